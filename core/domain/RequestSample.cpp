#include "RequestSample.h"

#include <QStringList>
#include <QUrl>

RequestSample::Url RequestSample::splitUrl(const QString &url, const QString &basePath)
{
    Url result;
    QString rest = url.trimmed();
    const int fragment = rest.indexOf(QLatin1Char('#'));
    if (fragment >= 0)
        rest.truncate(fragment);
    const int scheme = rest.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        const int slash = rest.indexOf(QLatin1Char('/'), scheme + 3);
        const int question = rest.indexOf(QLatin1Char('?'), scheme + 3);
        const int cut = slash >= 0 && (question < 0 || slash < question) ? slash : question;
        rest = cut < 0 ? QString() : rest.mid(cut);
    } else if (rest.startsWith(QLatin1String("{{"))) {
        // Postman: "{{baseUrl}}/employees" -- the variable stands for scheme and host.
        const int end = rest.indexOf(QLatin1String("}}"));
        rest = end < 0 ? QString() : rest.mid(end + 2);
    }
    const int question = rest.indexOf(QLatin1Char('?'));
    QString query;
    if (question >= 0) {
        query = rest.mid(question + 1);
        rest.truncate(question);
    }
    if (!rest.startsWith(QLatin1Char('/')))
        rest.prepend(QLatin1Char('/'));
    QString base = basePath.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.isEmpty() && (rest == base || rest.startsWith(base + QLatin1Char('/'))))
        rest = rest.mid(base.size());
    if (rest.isEmpty())
        rest = QStringLiteral("/");
    // Decode %xx but keep the braces of placeholders as typed.
    result.path = QUrl::fromPercentEncoding(rest.toUtf8());
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        const auto decode = [](QString text) {
            return QUrl::fromPercentEncoding(text.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
        };
        if (!name.isEmpty())
            result.query.append({decode(name), decode(value)});
    }
    return result;
}

QList<QPair<QString, QString>> RequestSample::parseHeaders(const QString &text)
{
    QList<QPair<QString, QString>> headers;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        if (!name.isEmpty())
            headers.append({name, line.mid(colon + 1).trimmed()});
    }
    return headers;
}

bool RequestSample::isTransportHeader(const QString &name)
{
    static const QStringList names{
        QStringLiteral("authorization"),   QStringLiteral("content-type"),    QStringLiteral("content-length"),
        QStringLiteral("accept"),          QStringLiteral("accept-encoding"), QStringLiteral("accept-language"),
        QStringLiteral("host"),            QStringLiteral("user-agent"),      QStringLiteral("connection"),
        QStringLiteral("cookie"),          QStringLiteral("cache-control"),   QStringLiteral("pragma"),
        QStringLiteral("origin"),          QStringLiteral("referer"),         QStringLiteral("postman-token"),
        QStringLiteral("date"),            QStringLiteral("server"),          QStringLiteral("transfer-encoding"),
        QStringLiteral("content-encoding"), QStringLiteral("set-cookie"),     QStringLiteral("vary"),
        QStringLiteral("keep-alive"),      QStringLiteral("expires"),         QStringLiteral("x-powered-by"),
        QStringLiteral("strict-transport-security")};
    return names.contains(name.trimmed().toLower());
}
