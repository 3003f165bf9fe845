#include "LocalReference.h"

#include <QUrl>

bool LocalReference::target(const QString &ref, json::JsonPointer *out)
{
    if (!ref.startsWith(QLatin1Char('#')))
        return false;
    QString fragment = ref.mid(1);
    if (fragment.contains(QLatin1Char('%')))
        fragment = QUrl::fromPercentEncoding(fragment.toUtf8());
    return json::JsonPointer::parse(fragment, out);
}

QString LocalReference::make(const QString &section, const QString &name)
{
    return QStringLiteral("#/") + section + QLatin1Char('/') + json::JsonPointer::escape(name);
}

QString LocalReference::nameIn(const QString &ref, const QString &section)
{
    json::JsonPointer pointer;
    if (!target(ref, &pointer) || pointer.tokens().size() != 2 || pointer.tokens().first() != section)
        return {};
    return pointer.tokens().at(1);
}
