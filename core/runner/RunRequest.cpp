#include "RunRequest.h"

QUrl RunRequest::url() const
{
    QString text = serviceUrl + path;
    if (!query.isEmpty())
        text += QLatin1Char('?') + query;
    // TolerantMode keeps percent-encodings as built (double encoding must survive).
    return QUrl::fromEncoded(text.toUtf8(), QUrl::TolerantMode);
}

QString RunRequest::maskedUrl() const
{
    RunRequest shown = *this;
    for (const QString &name : credentialQueryItems) {
        if (shown.hasQueryItem(name)) {
            shown.removeQueryItem(name);
            shown.addQueryItem(name, QStringLiteral("***"));
        }
    }
    return shown.url().toString();
}

QByteArray RunRequest::header(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RunRequest::hasHeader(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void RunRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void RunRequest::appendHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

void RunRequest::removeHeader(const QByteArray &name)
{
    headers.removeIf([&](const Header &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

namespace {

QString itemName(const QString &item)
{
    const int eq = item.indexOf(QLatin1Char('='));
    return eq < 0 ? item : item.left(eq);
}

} // namespace

void RunRequest::addQueryItem(const QString &encodedName, const QString &encodedValue)
{
    const QString item = encodedName + QLatin1Char('=') + encodedValue;
    query = query.isEmpty() ? item : query + QLatin1Char('&') + item;
}

bool RunRequest::hasQueryItem(const QString &encodedName) const
{
    const QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (itemName(item) == encodedName)
            return true;
    }
    return false;
}

void RunRequest::removeQueryItem(const QString &encodedName)
{
    QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    items.removeIf([&](const QString &item) { return itemName(item) == encodedName; });
    query = items.join(QLatin1Char('&'));
}
