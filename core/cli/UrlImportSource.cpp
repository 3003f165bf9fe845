#include "UrlImportSource.h"

#include "import/OpenApiDiscovery.h"

#include <QNetworkAccessManager>
#include <QTextStream>

namespace cli {

bool UrlImportSource::isUrl(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool UrlImportSource::parseHeaders(const QStringList &texts, QList<UrlFetcher::Header> *headers,
                                   QString *error)
{
    for (const QString &text : texts) {
        UrlFetcher::Header header;
        if (!UrlFetcher::parseHeader(text, &header, error))
            return false;
        headers->append(header);
    }
    return true;
}

bool UrlImportSource::fetch(const QString &url, const QList<UrlFetcher::Header> &headers,
                            const UrlFetcher::Options &options, QByteArray *bytes, QString *foundAt,
                            QTextStream &err)
{
    QNetworkAccessManager network;
    const QUrl address = QUrl::fromUserInput(url);
    if (!headers.isEmpty()) {
        QStringList names;
        for (const UrlFetcher::Header &header : headers)
            names.append(QString::fromLatin1(header.first));
        // Names only: the values are credentials.
        err << "connector-designer import: sending header(s) " << names.join(QStringLiteral(", "))
            << " (values not shown) to " << address.host() << '\n';
    }
    const OpenApiDiscovery::Result result = OpenApiDiscovery::discover(&network, address, headers, options);
    for (const QString &note : result.notes)
        err << "connector-designer import: " << note << '\n';
    if (!result.found) {
        err << "connector-designer import: "
            << (result.error.isEmpty() ? QStringLiteral("not found") : result.error) << '\n';
        if (!result.attempts.isEmpty())
            err << "Tried:\n" << result.attemptsText() << '\n';
        return false;
    }
    *bytes = result.document;
    *foundAt = result.url.toDisplayString(QUrl::RemoveUserInfo);
    if (result.attempts.size() > 1)
        err << "connector-designer import: found the description at " << *foundAt << " after trying "
            << result.attempts.size() - 1 << " other address(es):\n"
            << result.attemptsText() << '\n';
    return true;
}

} // namespace cli
