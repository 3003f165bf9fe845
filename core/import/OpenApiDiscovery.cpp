#include "OpenApiDiscovery.h"

#include "InputTree.h"
#include "document/ConnectorFolder.h"

#include <QEventLoop>

OpenApiDiscovery::OpenApiDiscovery(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_fetcher(network)
{
    connect(&m_fetcher, &UrlFetcher::finished, this, &OpenApiDiscovery::onFetched);
    connect(&m_fetcher, &UrlFetcher::progress, this, &OpenApiDiscovery::progress);
}

const QStringList &OpenApiDiscovery::wellKnownPaths()
{
    // Where the common frameworks publish their description: ASP.NET (Swashbuckle), Springdoc and
    // Springfox, FastAPI, NestJS, Express/swagger-ui, and the draft well-known URI.
    static const QStringList paths = {
        QStringLiteral("openapi.json"),
        QStringLiteral("swagger.json"),
        QStringLiteral("swagger/v1/swagger.json"),
        QStringLiteral("v3/api-docs"),
        QStringLiteral("v2/api-docs"),
        QStringLiteral(".well-known/openapi"),
        QStringLiteral("openapi.yaml"),
        QStringLiteral("openapi.yml"),
        QStringLiteral("swagger.yaml"),
        QStringLiteral("api-docs"),
        QStringLiteral("api-docs-json"),
        QStringLiteral("docs/openapi.json"),
        QStringLiteral("api/openapi.json"),
        QStringLiteral("api/swagger.json"),
    };
    return paths;
}

QList<QUrl> OpenApiDiscovery::candidates(const QUrl &url)
{
    QList<QUrl> list {url};
    const auto add = [&list](const QUrl &candidate) {
        if (!list.contains(candidate))
            list.append(candidate);
    };
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    QStringList bases;
    if (path != QLatin1String("/"))
        bases.append(path);
    bases.append(QStringLiteral("/"));
    for (const QString &prefix : std::as_const(bases)) {
        for (const QString &known : wellKnownPaths()) {
            QUrl candidate = base;
            candidate.setPath(prefix + known);
            add(candidate);
        }
    }
    return list;
}

ConnectorImporter::Format OpenApiDiscovery::detect(const QByteArray &bytes)
{
    const QString text = ConnectorFolder::decodeText(bytes);
    if (QStringView(text).trimmed().startsWith(QLatin1Char('<')))
        return ConnectorImporter::Format::Auto; // an HTML page (a Swagger UI), not the document
    const InputTree tree = InputTree::parse(text);
    if (!tree.ok())
        return ConnectorImporter::Format::Auto;
    const ConnectorImporter::Format format = ConnectorImporter::detect(text, &tree);
    return format == ConnectorImporter::Format::Curl ? ConnectorImporter::Format::Auto : format;
}

QString OpenApiDiscovery::Result::attemptsText() const
{
    QStringList lines;
    for (const Attempt &attempt : attempts)
        lines.append(QStringLiteral("  %1: %2")
                         .arg(attempt.url.toDisplayString(QUrl::RemoveUserInfo), attempt.outcome));
    return lines.join(QLatin1Char('\n'));
}

void OpenApiDiscovery::start(const QUrl &url, const QList<UrlFetcher::Header> &headers)
{
    m_result = Result();
    m_headers = headers;
    m_candidates = candidates(url);
    m_index = 0;
    m_running = true;
    next();
}

void OpenApiDiscovery::next()
{
    if (m_index >= m_candidates.size()) {
        m_result.error = tr("No API description found: tried %1 address(es).").arg(m_result.attempts.size());
        finish();
        return;
    }
    emit attemptStarted(m_candidates.at(m_index), m_index, int(m_candidates.size()));
    m_fetcher.start(m_candidates.at(m_index), m_headers);
}

void OpenApiDiscovery::onFetched()
{
    const UrlFetcher::Result &fetched = m_fetcher.result();
    Attempt attempt;
    attempt.url = m_candidates.at(m_index);
    attempt.status = fetched.status;
    for (const QString &note : fetched.notes)
        if (!m_result.notes.contains(note))
            m_result.notes.append(note);
    if (!fetched.error.isEmpty()) {
        attempt.outcome = fetched.error;
    } else if (!fetched.isSuccess()) {
        attempt.outcome
            = QStringLiteral("%1 %2").arg(fetched.status).arg(QString::fromLatin1(fetched.reason));
        if (fetched.status == 401 || fetched.status == 403)
            attempt.outcome += tr(" (does it need an API key header?)");
    } else {
        const ConnectorImporter::Format format = detect(fetched.body);
        if (format != ConnectorImporter::Format::Auto) {
            attempt.outcome = tr("%1, %2").arg(fetched.status).arg(ConnectorImporter::formatName(format));
            m_result.attempts.append(attempt);
            m_result.found = true;
            m_result.url = fetched.finalUrl;
            m_result.document = fetched.body;
            m_result.format = format;
            finish();
            return;
        }
        const QString type = QString::fromLatin1(fetched.contentType.split(';').first().trimmed());
        attempt.outcome = tr("%1, but not an API description (%2)")
                              .arg(fetched.status)
                              .arg(type.isEmpty() ? tr("no content type") : type);
    }
    m_result.attempts.append(attempt);
    if (fetched.isFatal()) {
        // The server is unreachable, too slow, too big or the user stopped: other paths would
        // fail the same way.
        m_result.cancelled = fetched.cancelled;
        m_result.error = fetched.error;
        finish();
        return;
    }
    ++m_index;
    next();
}

void OpenApiDiscovery::cancel()
{
    if (m_running)
        m_fetcher.cancel();
}

void OpenApiDiscovery::finish()
{
    m_running = false;
    emit finished();
}

OpenApiDiscovery::Result OpenApiDiscovery::discover(QNetworkAccessManager *network, const QUrl &url,
                                                    const QList<UrlFetcher::Header> &headers,
                                                    const UrlFetcher::Options &options)
{
    OpenApiDiscovery discovery(network);
    discovery.setOptions(options);
    QEventLoop loop;
    connect(&discovery, &OpenApiDiscovery::finished, &loop, &QEventLoop::quit);
    discovery.start(url, headers);
    if (discovery.isRunning())
        loop.exec();
    return discovery.result();
}
