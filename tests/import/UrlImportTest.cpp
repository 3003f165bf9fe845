// Import from URL against QHttpServers on 127.0.0.1 started here: discovery at the usual paths
// (OpenAPI 3 YAML, Swagger JSON, Postman), redirects (headers kept on the same origin, dropped
// on another: asserted on what the second server received), a too-large document, a slow
// server, 404 everywhere, cancel; and the readiness check of what was found.
#include "DocServer.h"
#include "import/ApiReadiness.h"
#include "import/ConnectorImporter.h"
#include "import/OpenApiDiscovery.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

class UrlImportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsOpenApi3YamlAtOpenapiYaml();
    void findsSwaggerUnderTheBasePath();
    void takesAPostmanCollectionAtTheGivenUrl();
    void skipsAnHtmlPage();
    void sameOriginRedirectKeepsTheHeaders();
    void crossOriginRedirectDropsTheHeaders();
    void declaredTooLargeIsStoppedBeforeTheBody();
    void streamedTooLargeIsAbortedEarly();
    void slowServerTimesOut();
    void notFoundEverywhereListsWhatWasTried();
    void cancelStops();
    void readinessOfAGoodApi();
    void readinessOfAWeakApi();
    void headerTextIsParsed();

private:
    OpenApiDiscovery::Result discover(const QString &url, const QList<UrlFetcher::Header> &headers = {},
                                      UrlFetcher::Options options = {});

    QNetworkAccessManager m_network;
    std::unique_ptr<DocServer> m_server;
};

OpenApiDiscovery::Result UrlImportTest::discover(const QString &url, const QList<UrlFetcher::Header> &headers,
                                                 UrlFetcher::Options options)
{
    return OpenApiDiscovery::discover(&m_network, QUrl(url), headers, options);
}

void UrlImportTest::init()
{
    m_server = std::make_unique<DocServer>();
    QVERIFY(m_server->listen());
}

void UrlImportTest::findsOpenApi3YamlAtOpenapiYaml()
{
    m_server->serve("/openapi.yaml", DocServer::openApi3Yaml(), "application/yaml");
    const auto result = discover(m_server->url());
    QVERIFY2(result.found, qPrintable(result.error + '\n' + result.attemptsText()));
    QCOMPARE(result.url.path(), QStringLiteral("/openapi.yaml"));
    QCOMPARE(result.format, ConnectorImporter::Format::OpenApi);
    // The base address, then the usual places in order until the YAML one.
    const QStringList expected = {"/",
                                  "/openapi.json",
                                  "/swagger.json",
                                  "/swagger/v1/swagger.json",
                                  "/v3/api-docs",
                                  "/v2/api-docs",
                                  "/.well-known/openapi",
                                  "/openapi.yaml"};
    QCOMPARE(m_server->paths(), expected);
    QCOMPARE(result.attempts.size(), expected.size());
    QCOMPARE(result.attempts.at(1).status, 404);
    QVERIFY(result.attempts.at(1).outcome.startsWith("404"));
    QCOMPARE(result.attempts.last().outcome, QStringLiteral("200, openapi"));
    const ImportedConnector imported = ConnectorImporter::import(result.document);
    QVERIFY(imported.ok());
    QCOMPARE(imported.operationCount(), 2);
}

void UrlImportTest::findsSwaggerUnderTheBasePath()
{
    m_server->serve("/api/swagger/v1/swagger.json", DocServer::swaggerJson(), "application/json");
    const auto result = discover(m_server->url("/api"));
    QVERIFY2(result.found, qPrintable(result.attemptsText()));
    QCOMPARE(result.url.path(), QStringLiteral("/api/swagger/v1/swagger.json"));
    QCOMPARE(result.format, ConnectorImporter::Format::Swagger);
    QCOMPARE(m_server->paths().first(), QStringLiteral("/api"));
    QVERIFY(!m_server->paths().contains("/openapi.json")); // under /api first
}

void UrlImportTest::takesAPostmanCollectionAtTheGivenUrl()
{
    m_server->serve("/notes.postman_collection.json", DocServer::postmanJson(), "application/json");
    const auto result = discover(m_server->url("/notes.postman_collection.json"));
    QVERIFY(result.found);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.format, ConnectorImporter::Format::Postman);
    QCOMPARE(ConnectorImporter::import(result.document).operationCount(), 2);
}

void UrlImportTest::skipsAnHtmlPage()
{
    m_server->serve("/", "<!DOCTYPE html><html><body>Swagger UI</body></html>", "text/html; charset=utf-8");
    m_server->serve("/v3/api-docs", DocServer::openApi3Yaml(), "application/vnd.oai.openapi");
    const auto result = discover(m_server->url("/"));
    QVERIFY(result.found);
    QCOMPARE(result.url.path(), QStringLiteral("/v3/api-docs"));
    QCOMPARE(result.attempts.first().outcome, QStringLiteral("200, but not an API description (text/html)"));
}

void UrlImportTest::sameOriginRedirectKeepsTheHeaders()
{
    m_server->on("/docs", {302, {}, {{"Location", "/internal/swagger.json"}}, 0});
    m_server->serve("/internal/swagger.json", DocServer::swaggerJson(), "application/json");
    const auto result = discover(m_server->url("/docs"), {{"X-Api-Key", "k-123"}});
    QVERIFY(result.found);
    QCOMPARE(result.url.path(), QStringLiteral("/internal/swagger.json"));
    QCOMPARE(m_server->seen().size(), 2);
    QCOMPARE(m_server->seen().at(1).headers.value("x-api-key"), QByteArray("k-123"));
    QVERIFY(result.notes.join('\n').contains("Redirected (302)"));
}

void UrlImportTest::crossOriginRedirectDropsTheHeaders()
{
    DocServer other; // another port: another origin
    QVERIFY(other.listen());
    other.serve("/swagger.json", DocServer::swaggerJson(), "application/json");
    m_server->on("/swagger.json", {301, {}, {{"Location", other.url("/swagger.json").toUtf8()}}, 0});
    const auto result
        = discover(m_server->url("/swagger.json"), {{"X-Api-Key", "k-123"}, {"X-Tenant", "t1"}});
    QVERIFY2(result.found, qPrintable(result.error));
    QCOMPARE(m_server->seen().first().headers.value("x-api-key"), QByteArray("k-123"));
    QCOMPARE(other.seen().size(), 1);
    QVERIFY(!other.seen().first().headers.contains("x-api-key"));
    QVERIFY(!other.seen().first().headers.contains("x-tenant"));
    QVERIFY(result.notes.join('\n').contains("not sent to " + other.url()));
}

void UrlImportTest::declaredTooLargeIsStoppedBeforeTheBody()
{
    m_server->serve("/openapi.json", QByteArray(3 * 1024 * 1024, ' ') + "{}", "application/json");
    UrlFetcher::Options options;
    options.maxBytes = 1024 * 1024;
    const auto result = discover(m_server->url("/openapi.json"), {}, options);
    QVERIFY(!result.found);
    QVERIFY2(result.error.contains("more than the limit of 1.0 MB: download stopped"),
             qPrintable(result.error));
    QCOMPARE(result.attempts.size(), 1); // no other path is tried after a fatal error
}

void UrlImportTest::streamedTooLargeIsAbortedEarly()
{
    // No Content-Length: the limit is enforced while the bytes arrive.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    qint64 written = 0;
    bool disconnected = false;
    QPointer<QTcpSocket> client;
    QTimer pump;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        client = raw.nextPendingConnection();
        connect(client, &QTcpSocket::disconnected, this, [&] { disconnected = true; });
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
        pump.start(5);
    });
    connect(&pump, &QTimer::timeout, this, [&] {
        if (!client || client->state() != QAbstractSocket::ConnectedState || written > 64 * 1024 * 1024) {
            pump.stop();
            return;
        }
        written += client->write(QByteArray(64 * 1024, ' '));
    });
    UrlFetcher::Options options;
    options.maxBytes = 512 * 1024;
    const auto result = UrlFetcher::fetch(
        &m_network, QUrl(QStringLiteral("http://127.0.0.1:%1/big").arg(raw.serverPort())), {}, options);
    QVERIFY(result.tooLarge);
    QVERIFY2(result.error.contains("sent more than the limit of 512"), qPrintable(result.error));
    QVERIFY(result.body.size() <= options.maxBytes);
    QTRY_VERIFY(disconnected); // the client closed the connection...
    QVERIFY2(written < 16 * 1024 * 1024, qPrintable(QString::number(written))); // ...long before the end
}

void UrlImportTest::slowServerTimesOut()
{
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    UrlFetcher::Options options;
    options.timeoutMs = 400;
    QElapsedTimer clock;
    clock.start();
    const auto result
        = discover(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()), {}, options);
    QVERIFY(!result.found);
    QVERIFY2(result.error.startsWith("No complete response within 0.4 s"), qPrintable(result.error));
    QCOMPARE(result.attempts.size(), 1);
    QVERIFY(clock.elapsed() < 5000);
}

void UrlImportTest::notFoundEverywhereListsWhatWasTried()
{
    const auto result = discover(m_server->url("/service"));
    QVERIFY(!result.found);
    const auto candidates = OpenApiDiscovery::candidates(QUrl(m_server->url("/service")));
    QCOMPARE(result.attempts.size(), candidates.size());
    QCOMPARE(m_server->seen().size(), candidates.size());
    for (const auto &attempt : result.attempts)
        QVERIFY2(attempt.outcome.startsWith("404"), qPrintable(attempt.outcome));
    QVERIFY2(result.error.contains(QStringLiteral("tried %1 address(es)").arg(candidates.size())),
             qPrintable(result.error));
    const QString text = result.attemptsText();
    QVERIFY(text.contains(m_server->url("/service/openapi.json") + ": 404"));
    QVERIFY(text.contains(m_server->url("/v3/api-docs") + ": 404"));
    QVERIFY(text.contains(m_server->url("/.well-known/openapi") + ": 404"));
}

void UrlImportTest::cancelStops()
{
    m_server->on("/openapi.json", {200, DocServer::swaggerJson(), {}, 5000});
    OpenApiDiscovery discovery(&m_network);
    QSignalSpy finished(&discovery, &OpenApiDiscovery::finished);
    discovery.start(QUrl(m_server->url("/openapi.json")));
    QTimer::singleShot(100, &discovery, &OpenApiDiscovery::cancel);
    QVERIFY(finished.wait(3000));
    QVERIFY(discovery.result().cancelled);
    QVERIFY(!discovery.result().found);
    QCOMPARE(discovery.result().error, QStringLiteral("Cancelled."));
    QCOMPARE(discovery.result().attempts.size(), 1);
}

void UrlImportTest::readinessOfAGoodApi()
{
    const ImportedConnector imported = ConnectorImporter::import(DocServer::openApi3Yaml());
    QVERIFY(imported.ok());
    const auto items
        = ApiReadiness::check(imported.definitionBytes(), QUrl("https://pets.example.com/openapi.yaml"));
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].status, ApiReadiness::Status::Ok);
    QVERIFY2(items[0].text.contains("HTTPS (pets.example.com)"), qPrintable(items[0].text));
    QCOMPARE(items[1].status, ApiReadiness::Status::Ok);
    QCOMPARE(items[1].text, QStringLiteral("all 2 operation(s) declare JSON responses."));
    QCOMPARE(items[2].status, ApiReadiness::Status::Ok);
    QVERIFY2(items[2].text.contains("API key 'X-Api-Key' in the header"), qPrintable(items[2].text));
}

void UrlImportTest::readinessOfAWeakApi()
{
    const ImportedConnector imported = ConnectorImporter::import(DocServer::swaggerJson());
    QVERIFY(imported.ok());
    const auto items
        = ApiReadiness::check(imported.definitionBytes(), QUrl("http://orders.example.com/swagger.json"));
    QCOMPARE(items[0].status, ApiReadiness::Status::Warning);
    QVERIFY(items[0].text.contains("declares http only"));
    QVERIFY(items[0].text.contains("downloaded over plain HTTP"));
    QCOMPARE(items[1].status, ApiReadiness::Status::Warning);
    QVERIFY2(items[1].text.contains("1 of 2 operation(s) declare JSON")
                 && items[1].text.contains("GET /orders/export (application/xml)"),
             qPrintable(items[1].text));
    QVERIFY(items[2].text.startsWith("basic authentication"));
    QVERIFY(ApiReadiness::text(items).startsWith("[warning] HTTPS: "));
}

void UrlImportTest::headerTextIsParsed()
{
    UrlFetcher::Header header;
    QString error;
    QVERIFY(UrlFetcher::parseHeader(" X-Api-Key :  abc: def ", &header, &error));
    QCOMPARE(header.first, QByteArray("X-Api-Key"));
    QCOMPARE(header.second, QByteArray("abc: def"));
    QVERIFY(!UrlFetcher::parseHeader("no colon here", &header, &error));
    QVERIFY(error.contains("expected \"Name: value\""));
    QVERIFY(!UrlFetcher::parseHeader(": value", &header, &error));
}

QTEST_GUILESS_MAIN(UrlImportTest)
#include "UrlImportTest.moc"
