// `connector-designer test --oauth-grant client_credentials` and `--connection` against a real
// OAuth 2.0 server: oauth2-mock-server@8.2.3 (npm, installed by run-oauth-integration.sh)
// started by oauth-test-server.mjs, whose /api/me is the connector's protected API. Also
// ConnectionCredentials in process: a renewed token (client credentials, or a refresh after
// expiry) is written back to the SecretStore, only its expiry to connections.json.
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "oauth/OAuthClient.h"
#include "runner/ConnectionCredentials.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#ifndef CD_EXECUTABLE
#error "CD_EXECUTABLE must name the connector-designer executable"
#endif

namespace {
const QString kClientId = QStringLiteral("cd-client");
const QString kClientSecret = QStringLiteral("cd-secret-Zq8+/=&x");
constexpr int kTokenLifetime = 2;
} // namespace

class CliOAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientCredentialsThroughCli();
    void wrongClientSecretThroughCli();
    void connectionGetsExpiryNotToken();
    void clientCredentialsWrittenBack();
    void refreshAfterExpiryWrittenBack();
    void cliRenewsOnceAfterUnauthorized();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QProcessEnvironment &extra);
    void writeConnector(const QString &dir);
    int apiStatus(const QString &token);
    OAuthTokens signIn();
    QByteArray allFiles(const QString &dir);

    QProcess m_server;
    QUrl m_base;
    QTemporaryDir m_connector;
    QTemporaryDir m_xdg;
    QNetworkAccessManager m_network;
};

void CliOAuthTest::initTestCase()
{
    if (qEnvironmentVariableIsSet("CD_OAUTH_MOCK_SKIP"))
        QSKIP(qPrintable(qEnvironmentVariable("CD_OAUTH_MOCK_SKIP")));
    const QString prefix = qEnvironmentVariable("CD_OAUTH_MOCK_PREFIX");
    if (prefix.isEmpty())
        QSKIP("CD_OAUTH_MOCK_PREFIX is not set: run this test through ctest (run-oauth-integration.sh)");
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(
        QStringLiteral("node"),
        {QStringLiteral(CD_AUTH_TEST_DIR "/oauth-test-server.mjs"), prefix, QString::number(kTokenLifetime)});
    QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 30000) {
        if (!m_server.waitForReadyRead(1000) && m_server.state() != QProcess::Running)
            break;
        line += m_server.readAllStandardOutput();
    }
    const int port = QJsonDocument::fromJson(line).object().value(QStringLiteral("port")).toInt();
    QVERIFY2(port > 0, line.constData());
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    writeConnector(m_connector.path());
    // The in-process half writes its connection file here too, to be scanned.
    qputenv("XDG_CONFIG_HOME", m_xdg.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", m_xdg.filePath("data").toUtf8());
}

void CliOAuthTest::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
    }
}

// A connector whose API is the server's /api/me, protected by OAuth 2.0 with the server's
// token endpoint and client id, as a user would write it.
void CliOAuthTest::writeConnector(const QString &dir)
{
    QString definition = QStringLiteral(R"({
  "swagger": "2.0",
  "info": {"title": "OAuth mock", "version": "1.0"},
  "host": "HOST",
  "basePath": "/api",
  "schemes": ["http"],
  "paths": {
    "/me": {
      "get": {
        "operationId": "GetMe",
        "responses": {
          "200": {
            "description": "me",
            "schema": {"type": "object", "required": ["sub"], "properties": {"sub": {"type": "string"}}}
          }
        }
      }
    }
  },
  "securityDefinitions": {
    "oauth2_auth": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "BASE/authorize",
                    "tokenUrl": "BASE/token", "scopes": {}}
  },
  "security": [{"oauth2_auth": []}]
}
)");
    QString properties = QStringLiteral(R"({
  "properties": {
    "connectionParameters": {
      "token": {
        "type": "oauthSetting",
        "oAuthSettings": {
          "identityProvider": "oauth2",
          "clientId": "CLIENT",
          "scopes": ["openid"],
          "redirectMode": "Global",
          "customParameters": {
            "authorizationUrl": {"value": "BASE/authorize"},
            "tokenUrl": {"value": "BASE/token"},
            "refreshUrl": {"value": "BASE/token"}
          }
        }
      }
    },
    "iconBrandColor": "#007ee5"
  }
}
)");
    const QString base = m_base.toString();
    definition.replace("HOST", m_base.authority()).replace("BASE", base);
    properties.replace("CLIENT", kClientId).replace("BASE", base);
    for (const auto &[name, text] : {std::pair {QStringLiteral("apiDefinition.swagger.json"), definition},
                                     std::pair {QStringLiteral("apiProperties.json"), properties}}) {
        QFile file(dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
}

CliOAuthTest::Run CliOAuthTest::cli(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CD_EXECUTABLE), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int CliOAuthTest::apiStatus(const QString &token)
{
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/api/me"))));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray CliOAuthTest::allFiles(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void CliOAuthTest::clientCredentialsThroughCli()
{
    QProcessEnvironment env;
    env.insert("CONNECTOR_SECRET_CLIENT_SECRET", kClientSecret);
    const Run r = cli(
        {"test", m_connector.path(), "--operation", "GetMe", "--oauth-grant", "client_credentials"}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains("status: 200"));
    QVERIFY(r.out.contains("\"sub\""));
    QVERIFY(!r.out.contains(kClientSecret) && !r.err.contains(kClientSecret));
}

void CliOAuthTest::wrongClientSecretThroughCli()
{
    QProcessEnvironment env;
    env.insert("CONNECTOR_SECRET_CLIENT_SECRET", "wrong");
    const Run r = cli(
        {"test", m_connector.path(), "--operation", "GetMe", "--oauth-grant", "client_credentials"}, env);
    QCOMPARE(r.code, 2);
    // The provider's own words.
    QVERIFY2(r.err.contains("invalid_client") && r.err.contains("Client authentication failed"),
             qPrintable(r.err));
    const Run none = cli(
        {"test", m_connector.path(), "--operation", "GetMe", "--oauth-grant", "client_credentials"}, {});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains("CONNECTOR_SECRET_CLIENT_SECRET"), qPrintable(none.err));
}

void CliOAuthTest::connectionGetsExpiryNotToken()
{
    // A connection saved by the GUI; the CLI gets a token for it and stores the token in the
    // keychain (here, with no keychain, memory) and only the expiry in connections.json.
    QTemporaryDir config;
    const QString file = config.filePath("ConnectorDesigner/Connector Designer/connections.json");
    Connection c;
    c.name = "ci";
    c.connectorId = m_connector.path();
    c.authKind = Connection::AuthKind::OAuth2;
    ConnectionStore store(file);
    store.upsert(c);
    QVERIFY(store.save());
    QProcessEnvironment env;
    env.insert("XDG_CONFIG_HOME", config.path());
    env.insert("CONNECTOR_SECRET_CLIENT_SECRET", kClientSecret);
    const Run r = cli({"test", m_connector.path(), "--operation", "GetMe", "--connection", "ci",
                       "--oauth-grant", "client_credentials"},
                      env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains("new OAuth token"), qPrintable(r.err));
    ConnectionStore reread(file);
    QVERIFY(reread.load());
    const QDateTime expiry = reread.find(m_connector.path(), "ci")->tokenExpiry;
    QVERIFY(expiry.isValid() && expiry > QDateTime::currentDateTimeUtc().addSecs(-5));
    const QByteArray written = allFiles(config.path());
    QVERIFY(!written.contains("access_token") && !written.contains(kClientSecret.toUtf8()));
    QVERIFY(!written.contains("eyJ")); // no JWT
}

void CliOAuthTest::clientCredentialsWrittenBack()
{
    ConnectorDocument document;
    QString openError;
    QVERIFY2(document.open(m_connector.path(), &openError), qPrintable(openError));
    ConnectionStore store;
    SecretStore secrets(SecretStore::Mode::MemoryOnly);
    Connection c;
    c.name = "ci";
    c.connectorId = m_connector.path();
    c.authKind = Connection::AuthKind::OAuth2;
    c.tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(-60); // expired
    store.upsert(c);
    QVERIFY(store.save());
    QVERIFY(secrets.store(c.secretKey(), {{"client_secret", kClientSecret}, {"access_token", "old-token"}}));
    ConnectionCredentials resolver(document, m_connector.path(), QProcessEnvironment());
    QString error;
    QVERIFY2(resolver.useConnection(&store, &secrets, "ci", &error), qPrintable(error));
    QVERIFY2(resolver.useClientCredentials(&m_network, 20000, &error), qPrintable(error));
    const QString token = resolver.credentials().bearerToken;
    QVERIFY(token != "old-token" && token.count('.') == 2);
    QCOMPARE(apiStatus(token), 200);
    QCOMPARE(secrets.secrets(c.secretKey()).value("access_token"), token);
    QCOMPARE(secrets.secrets(c.secretKey()).value("client_secret"), kClientSecret);
    ConnectionStore reread;
    QVERIFY(reread.load());
    QVERIFY(reread.find(m_connector.path(), "ci")->tokenExpiry > QDateTime::currentDateTimeUtc());
    // A second resolver reuses a stored token that is still valid (the server's tokens live
    // 2 s, less than the 30 s safety margin, so the expiry is moved on): no new request.
    Connection later = *reread.find(m_connector.path(), "ci");
    later.tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    reread.upsert(later);
    QVERIFY(reread.save());
    ConnectionCredentials again(document, m_connector.path(), QProcessEnvironment());
    QVERIFY(again.useConnection(&reread, &secrets, "ci", &error));
    QVERIFY(again.useClientCredentials(&m_network, 20000, &error));
    QCOMPARE(again.credentials().bearerToken, token);
    QVERIFY(again.notes().filter("new OAuth token").isEmpty());
    const QByteArray written = allFiles(m_xdg.path());
    QVERIFY(!written.isEmpty());
    QVERIFY(!written.contains(token.toUtf8()) && !written.contains(kClientSecret.toUtf8()));
}

void CliOAuthTest::refreshAfterExpiryWrittenBack()
{
    // Tokens from a real sign-in (authorization code + PKCE, the test plays the browser).
    const OAuthTokens tokens = signIn();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());

    ConnectorDocument document;
    QString openError;
    QVERIFY2(document.open(m_connector.path(), &openError), qPrintable(openError));
    ConnectionStore store;
    SecretStore secrets(SecretStore::Mode::MemoryOnly);
    Connection c;
    c.name = "signed-in";
    c.connectorId = m_connector.path();
    c.authKind = Connection::AuthKind::OAuth2;
    c.tokenExpiry = tokens.expiresAt;
    store.upsert(c);
    QVERIFY(store.save());
    QVERIFY(secrets.store(c.secretKey(),
                          {{"client_secret", kClientSecret},
                           {"access_token", tokens.accessToken},
                           {"refresh_token", tokens.refreshToken}}));
    QTest::qWait((kTokenLifetime + 1) * 1000); // let it expire
    QCOMPARE(apiStatus(tokens.accessToken), 401);
    ConnectionCredentials resolver(document, m_connector.path(), QProcessEnvironment());
    QString error;
    QVERIFY2(resolver.useConnection(&store, &secrets, "signed-in", &error), qPrintable(error));
    QVERIFY2(resolver.refreshIfExpired(&m_network, 20000, &error), qPrintable(error));
    const QString token = resolver.credentials().bearerToken;
    QVERIFY(token != tokens.accessToken);
    QCOMPARE(apiStatus(token), 200);
    const SecretStore::Secrets stored = secrets.secrets(c.secretKey());
    QCOMPARE(stored.value("access_token"), token);
    QVERIFY(!stored.value("refresh_token").isEmpty());
    QVERIFY(stored.value("refresh_token") != tokens.refreshToken); // rotated, kept
    const QByteArray written = allFiles(m_xdg.path());
    QVERIFY(!written.contains(token.toUtf8()) && !written.contains(stored.value("refresh_token").toUtf8()));
}

OAuthTokens CliOAuthTest::signIn()
{
    OAuthClient client(&m_network);
    client.setBrowserOpener([this](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_network.get(QNetworkRequest(QUrl::fromEncoded(reply->rawHeader("Location"))));
        });
        return true;
    });
    OAuthConfig config;
    config.authorizationUrl = m_base.resolved(QUrl("/authorize"));
    config.tokenUrl = m_base.resolved(QUrl("/token"));
    config.clientId = kClientId;
    config.clientSecret = kClientSecret;
    config.scopes = {"openid"};
    config.timeoutMs = 20000;
    QSignalSpy finished(&client, &OAuthClient::finished);
    client.startAuthorizationCode(config);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<OAuthResult>().tokens;
}

void CliOAuthTest::cliRenewsOnceAfterUnauthorized()
{
    // The connection says the token is good for an hour, the server says it has expired: the
    // CLI gets a 401, refreshes once with the refresh token and sends the call once more.
    const OAuthTokens tokens = signIn();
    QVERIFY(tokens.isValid() && !tokens.refreshToken.isEmpty());
    QTemporaryDir config;
    const QString file = config.filePath("ConnectorDesigner/Connector Designer/connections.json");
    Connection c;
    c.name = "stale";
    c.connectorId = m_connector.path();
    c.authKind = Connection::AuthKind::OAuth2;
    c.tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    ConnectionStore store(file);
    store.upsert(c);
    QVERIFY(store.save());
    QTest::qWait((kTokenLifetime + 1) * 1000);
    QCOMPARE(apiStatus(tokens.accessToken), 401);
    QProcessEnvironment env;
    env.insert("XDG_CONFIG_HOME", config.path());
    env.insert("CONNECTOR_SECRET_CLIENT_SECRET", kClientSecret);
    env.insert("CONNECTOR_SECRET_ACCESS_TOKEN", tokens.accessToken);
    env.insert("CONNECTOR_SECRET_REFRESH_TOKEN", tokens.refreshToken);
    const Run r = cli({"test", m_connector.path(), "--operation", "GetMe", "--connection", "stale"}, env);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains("status: 200"), qPrintable(r.out));
    QVERIFY2(r.out.contains("answered 401: the OAuth token was renewed"), qPrintable(r.out));
    QCOMPARE(r.out.count("new OAuth token"), 1); // one refresh
    const QByteArray written = allFiles(config.path());
    QVERIFY(!written.contains(tokens.refreshToken.toUtf8()) && !written.contains(kClientSecret.toUtf8()));
}

QTEST_GUILESS_MAIN(CliOAuthTest)
#include "CliOAuthTest.moc"
