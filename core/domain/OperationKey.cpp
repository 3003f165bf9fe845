#include "OperationKey.h"

#include "SwaggerKeys.h"

#include <QCoreApplication>

json::JsonPointer OperationKey::pathItemPointer() const
{
    return json::JsonPointer(QStringList{QString(SwaggerKeys::Paths), path});
}

json::JsonPointer OperationKey::pointer() const
{
    return json::JsonPointer(QStringList{QString(SwaggerKeys::Paths), path, method});
}

const QStringList &OperationKey::httpMethods()
{
    static const QStringList methods{QStringLiteral("get"),    QStringLiteral("put"),
                                     QStringLiteral("post"),   QStringLiteral("delete"),
                                     QStringLiteral("options"), QStringLiteral("head"),
                                     QStringLiteral("patch")};
    return methods;
}

bool OperationKey::isHttpMethod(const QString &key)
{
    return httpMethods().contains(key);
}

QStringList OperationKey::placeholders(const QString &path)
{
    QStringList names;
    int from = 0;
    while (true) {
        const int open = path.indexOf(QLatin1Char('{'), from);
        if (open < 0)
            break;
        const int close = path.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0)
            break;
        const QString name = path.mid(open + 1, close - open - 1);
        if (!name.isEmpty())
            names.append(name);
        from = close + 1;
    }
    return names;
}

QString OperationKey::pathProblem(const QString &path)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("OperationKey", text); };
    if (path.isEmpty())
        return tr("The path is empty.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("The path must start with '/'.");
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')))
        return tr("The path must not contain a query ('?') or fragment ('#'): use query parameters.");
    for (const QChar c : path) {
        if (c.isSpace())
            return tr("The path must not contain spaces.");
    }
    int depth = 0;
    QStringList seen;
    int open = -1;
    for (int i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('{')) {
            if (++depth > 1)
                return tr("A '{' inside a placeholder: placeholders cannot nest.");
            open = i;
        } else if (c == QLatin1Char('}')) {
            if (--depth < 0)
                return tr("A '}' without its '{'.");
            const QString name = path.mid(open + 1, i - open - 1);
            if (name.isEmpty())
                return tr("An empty placeholder '{}'.");
            if (seen.contains(name))
                return tr("The placeholder {%1} appears twice.").arg(name);
            seen.append(name);
        }
    }
    if (depth != 0)
        return tr("A '{' without its '}'.");
    return {};
}
