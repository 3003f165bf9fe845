// The Test tab's OAuth token refresh (TestController, AsyncOperationTest, TestAllRun over
// ConnectionTokenRefresh, the code the test CLI uses too) against an in-process provider: a
// QHttpServer whose /token counts and records every call and whose /api/me accepts only the
// token it issued last. An expired token is refreshed before the call, a 401 makes exactly one
// refresh and one resend, a failing refresh shows the provider's error and error_description.
#include "connections/ConnectionDialog.h"
#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "oauth/OAuthClient.h"
#include "runner/ConnectionCredentials.h"
#include "runner/JsonBridge.h"
#include "runner/TestValueGenerator.h"
#include "test/AsyncOperationTest.h"
#include "test/RequestPane.h"
#include "test/ResponsePane.h"
#include "test/TestAllRun.h"
#include "test/TestController.h"

#include <QComboBox>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace {
const QString kClientId = QStringLiteral("cd client");
const QString kClientSecret = QStringLiteral("s3cret:+/&=");

// The identity provider and the API in one server, counting what reaches it.
struct Provider
{
    QHttpServer server;
    quint16 port = 0;
    int tokenCalls = 0;
    int apiCalls = 0;
    QByteArray tokenAuthorization; // of the last /token call
    QUrlQuery tokenBody;
    QList<QByteArray> apiBearers; // the Authorization header of every API call
    QString validToken = QStringLiteral("never-issued");
    bool refuseRefresh = false;
    bool apiAlways401 = false;
    int tokenDelayMs = 0; // the token endpoint answers this late

    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
    {
        for (const auto &[key, value] : request.headers()) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    void start()
    {
        server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QString path = request.url().path();
            if (path == QLatin1String("/authorize")) { // signs in at once: back with a code
                const QUrlQuery query(request.url());
                QUrl back(query.queryItemValue("redirect_uri", QUrl::FullyDecoded));
                back.setQuery(QStringLiteral("code=the-code&state=") + query.queryItemValue("state"));
                responder.write(QByteArray(), {{"Location", back.toEncoded()}},
                                QHttpServerResponder::StatusCode::Found);
                return;
            }
            if (path == QLatin1String("/token")) {
                ++tokenCalls;
                tokenAuthorization = header(request, "Authorization");
                tokenBody = QUrlQuery(QString::fromUtf8(request.body()));
                if (refuseRefresh) {
                    responder.write(
                        QJsonDocument(QJsonObject {{"error", "invalid_grant"},
                                                   {"error_description", "The refresh token was revoked."}}),
                        QHttpServerResponder::StatusCode::BadRequest);
                    return;
                }
                validToken = QStringLiteral("token-%1").arg(tokenCalls);
                responder.write(QJsonDocument(
                    QJsonObject {{"access_token", validToken},
                                 {"token_type", "Bearer"},
                                 {"expires_in", 3600},
                                 {"refresh_token", QStringLiteral("refresh-%1").arg(tokenCalls)}}));
                return;
            }
            ++apiCalls;
            const QByteArray bearer = header(request, "Authorization");
            apiBearers << bearer;
            if (apiAlways401 || bearer != "Bearer " + validToken.toUtf8()) {
                responder.write(QJsonDocument(QJsonObject {{"error", "invalid_token"}}),
                                QHttpServerResponder::StatusCode::Unauthorized);
                return;
            }
            responder.write(QJsonDocument(QJsonObject {{"sub", "alice"}}));
        });
        port = server.listen(QHostAddress::LocalHost);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};
} // namespace

class TestTabRefreshTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void expiredTokenRefreshedBeforeCall();
    void unauthorizedRefreshesOnceAndResends();
    void stillUnauthorizedAfterOneRefresh();
    void failingRefreshShowsProviderError();
    void testAllRefreshesOnce();
    void cliRenewsAfterUnauthorized();
    void cancelWhileRefreshing();
    void clientAuthenticationEveryGrant_data();
    void clientAuthenticationEveryGrant();
    void refreshSendsBasicFromConnection();
    void dialogStoresClientAuthentication();

private:
    void writeConnector();
    void storeConnection(const QDateTime &expiry, const QString &accessToken);
    OperationTest runSingle();

    QTemporaryDir m_xdg;
    QTemporaryDir m_folder;
    std::unique_ptr<Provider> m_provider;
    std::unique_ptr<ConnectorDocument> m_document;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<TestController> m_controller;
    Connection m_connection;
};

void TestTabRefreshTest::initTestCase()
{
    // Nothing of this test may land in the user's own config.
    qputenv("XDG_CONFIG_HOME", m_xdg.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", m_xdg.filePath("data").toUtf8());
}

void TestTabRefreshTest::init()
{
    m_provider = std::make_unique<Provider>();
    m_provider->start();
    QVERIFY(m_provider->port > 0);
    writeConnector();
    m_document = std::make_unique<ConnectorDocument>();
    QString error;
    QVERIFY2(m_document->open(m_folder.path(), &error), qPrintable(error));
    m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
    m_controller = std::make_unique<TestController>(m_document.get());
    m_controller->setSecretStore(m_secrets.get());
    m_controller->setConnectionStore(std::make_unique<ConnectionStore>(m_xdg.filePath("connections.json")));
}

void TestTabRefreshTest::cleanup()
{
    m_controller.reset();
    m_document.reset();
    m_secrets.reset();
    m_provider.reset();
    QFile::remove(m_xdg.filePath("connections.json"));
}

void TestTabRefreshTest::writeConnector()
{
    QString definition = QStringLiteral(R"({
  "swagger": "2.0", "info": {"title": "Refresh", "version": "1.0"},
  "host": "HOST", "basePath": "/api", "schemes": ["http"],
  "paths": {
    "/me": {"get": {"operationId": "GetMe", "responses": {"200": {"description": "me",
      "schema": {"type": "object", "properties": {"sub": {"type": "string"}}}}}}},
    "/me/again": {"get": {"operationId": "GetMeAgain", "responses": {"200": {"description": "me"}}}}
  },
  "securityDefinitions": {"oauth2_auth": {"type": "oauth2", "flow": "accessCode",
    "authorizationUrl": "BASE/authorize", "tokenUrl": "BASE/token", "scopes": {}}},
  "security": [{"oauth2_auth": []}]
})");
    QString properties = QStringLiteral(R"({"properties": {"connectionParameters": {"token": {
  "type": "oauthSetting", "oAuthSettings": {"identityProvider": "oauth2", "clientId": "CLIENT",
  "scopes": [], "redirectMode": "Global", "customParameters": {
    "authorizationUrl": {"value": "BASE/authorize"}, "tokenUrl": {"value": "BASE/token"},
    "refreshUrl": {"value": "BASE/token"}}}}}}})");
    definition.replace("HOST", QStringLiteral("127.0.0.1:%1").arg(m_provider->port))
        .replace("BASE", m_provider->base());
    properties.replace("CLIENT", kClientId).replace("BASE", m_provider->base());
    for (const auto &[name, text] : {std::pair {QStringLiteral("apiDefinition.swagger.json"), definition},
                                     std::pair {QStringLiteral("apiProperties.json"), properties}}) {
        QFile file(m_folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
}

void TestTabRefreshTest::storeConnection(const QDateTime &expiry, const QString &accessToken)
{
    m_connection = Connection();
    m_connection.name = QStringLiteral("signed-in");
    m_connection.connectorId = m_controller->connectorId();
    m_connection.authKind = Connection::AuthKind::OAuth2;
    m_connection.tokenExpiry = expiry;
    m_controller->connections()->upsert(m_connection);
    QVERIFY(m_controller->connections()->save());
    QVERIFY(m_secrets->store(
        m_connection.secretKey(),
        {{"client_secret", kClientSecret}, {"access_token", accessToken}, {"refresh_token", "refresh-0"}}));
    m_controller->selectConnection(m_connection.name);
}

OperationTest TestTabRefreshTest::runSingle()
{
    const OperationIndex index(m_document.get());
    const OperationKey key = index.at(index.indexOfOperationId(QStringLiteral("GetMe"))).key;
    QSignalSpy finished(m_controller->single(), &AsyncOperationTest::finished);
    m_controller->run(key, TestValueGenerator(*m_document).generate(OperationView(m_document.get(), key)));
    if (!finished.wait(20000))
        return {};
    return finished.at(0).at(0).value<OperationTest>();
}

void TestTabRefreshTest::expiredTokenRefreshedBeforeCall()
{
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("expired-token"));
    const OperationTest test = runSingle();
    QVERIFY2(test.passed, qPrintable(test.error));
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(m_provider->tokenBody.queryItemValue("grant_type"), QStringLiteral("refresh_token"));
    QCOMPARE(m_provider->tokenBody.queryItemValue("refresh_token"), QStringLiteral("refresh-0"));
    // The expired token never went out: one API call, with the new token.
    QCOMPARE(m_provider->apiBearers, QList<QByteArray> {"Bearer token-1"});
    QVERIFY(RequestPane::textOf(test.request).contains("was refreshed before sending"));
    ResponsePane response;
    response.showResult(test.result);
    QVERIFY(!test.result.notes.filter("refreshed").isEmpty());
    // Written back: the tokens to the SecretStore, the expiry to the connection file.
    const SecretStore::Secrets stored = m_secrets->secrets(m_connection.secretKey());
    QCOMPARE(stored.value("access_token"), QStringLiteral("token-1"));
    QCOMPARE(stored.value("refresh_token"), QStringLiteral("refresh-1"));
    ConnectionStore reread(m_xdg.filePath("connections.json"));
    QVERIFY(reread.load());
    QVERIFY(reread.find(m_connection.connectorId, m_connection.name)->tokenExpiry
            > QDateTime::currentDateTimeUtc().addSecs(3000));
    QFile file(m_xdg.filePath("connections.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("token-1") && !written.contains("refresh-1") && !written.contains("s3cret"));
    // The next call uses the stored token: no second refresh.
    QVERIFY(runSingle().passed);
    QCOMPARE(m_provider->tokenCalls, 1);
}

void TestTabRefreshTest::unauthorizedRefreshesOnceAndResends()
{
    // Not expired by the clock, but revoked at the server.
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("revoked-token"));
    const OperationTest test = runSingle();
    QVERIFY2(test.passed, qPrintable(test.error));
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(m_provider->apiBearers, (QList<QByteArray> {"Bearer revoked-token", "Bearer token-1"}));
    QCOMPARE(test.result.status, 200);
    QVERIFY(!test.result.notes.filter("answered 401: the OAuth token was refreshed").isEmpty());
    QVERIFY(RequestPane::textOf(test.request).contains("answered 401"));
    QCOMPARE(m_secrets->secrets(m_connection.secretKey()).value("access_token"), QStringLiteral("token-1"));
}

void TestTabRefreshTest::stillUnauthorizedAfterOneRefresh()
{
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("revoked-token"));
    m_provider->apiAlways401 = true;
    const OperationTest test = runSingle();
    QVERIFY(!test.passed);
    QCOMPARE(test.result.status, 401);
    QCOMPARE(m_provider->tokenCalls, 1); // exactly one refresh
    QCOMPARE(m_provider->apiCalls, 2); // and one resend
}

void TestTabRefreshTest::failingRefreshShowsProviderError()
{
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("expired-token"));
    m_provider->refuseRefresh = true;
    const OperationTest expired = runSingle();
    QVERIFY(!expired.passed);
    QVERIFY2(expired.error.contains("invalid_grant")
                 && expired.error.contains("The refresh token was revoked."),
             qPrintable(expired.error));
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(m_provider->apiCalls, 0);

    // After a 401: the 401 stays, with the provider's words.
    cleanup();
    init();
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("revoked-token"));
    m_provider->refuseRefresh = true;
    const OperationTest rejected = runSingle();
    QCOMPARE(rejected.result.status, 401);
    QVERIFY2(rejected.error.contains("HTTP 401") && rejected.error.contains("invalid_grant")
                 && rejected.error.contains("The refresh token was revoked."),
             qPrintable(rejected.error));
    QVERIFY(!rejected.result.notes.filter("The refresh token was revoked.").isEmpty());
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(m_provider->apiCalls, 1);
    QCOMPARE(m_secrets->secrets(m_connection.secretKey()).value("access_token"),
             QStringLiteral("revoked-token"));
}

void TestTabRefreshTest::testAllRefreshesOnce()
{
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("expired-token"));
    const OperationIndex index(m_document.get());
    QList<OperationKey> keys;
    for (int i = 0; i < index.size(); ++i)
        keys << index.at(i).key;
    QSignalSpy done(m_controller->all(), &TestAllRun::finished);
    QSignalSpy each(m_controller->all(), &TestAllRun::operationFinished);
    m_controller->runAll(keys);
    QVERIFY(done.wait(20000));
    QCOMPARE(each.size(), 2);
    for (const QList<QVariant> &args : std::as_const(each))
        QVERIFY(args.at(1).value<OperationTest>().passed);
    QCOMPARE(m_provider->tokenCalls, 1); // the second call uses the token the first one got
    QCOMPARE(m_provider->apiBearers, (QList<QByteArray> {"Bearer token-1", "Bearer token-1"}));
}

void TestTabRefreshTest::cancelWhileRefreshing()
{
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("expired-token"));
    m_provider->tokenDelayMs = 300;
    const OperationIndex index(m_document.get());
    const OperationKey key = index.at(0).key;
    QSignalSpy finished(m_controller->single(), &AsyncOperationTest::finished);
    m_controller->run(key, TestValueGenerator(*m_document).generate(OperationView(m_document.get(), key)));
    QVERIFY(m_controller->single()->isRunning()); // waiting for the token
    m_controller->single()->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<OperationTest>().error, QStringLiteral("Cancelled"));
    QVERIFY(!m_controller->single()->isRunning());
    QTest::qWait(600);
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(m_provider->apiCalls, 0); // the call never went out
    QCOMPARE(finished.size(), 1);
}

void TestTabRefreshTest::cliRenewsAfterUnauthorized()
{
    // The CLI's side of the same code: ConnectionCredentials renews once after a 401.
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("revoked-token"));
    ConnectionCredentials resolver(*m_document, m_folder.path(), QProcessEnvironment());
    QString error;
    QVERIFY2(resolver.useConnection(m_controller->connections(), m_secrets.get(), m_connection.name, &error),
             qPrintable(error));
    QNetworkAccessManager network;
    QVERIFY(resolver.refreshIfExpired(&network, 10000, &error)); // not expired: nothing asked
    QCOMPARE(m_provider->tokenCalls, 0);
    QCOMPARE(resolver.credentials().bearerToken, QStringLiteral("revoked-token"));
    QVERIFY(resolver.canRenew());
    QVERIFY2(resolver.renew(&network, 10000, &error), qPrintable(error));
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(resolver.credentials().bearerToken, QStringLiteral("token-1"));
    QCOMPARE(m_secrets->secrets(m_connection.secretKey()).value("refresh_token"),
             QStringLiteral("refresh-1"));
}

// RFC 6749 2.3.1: id and secret form-urlencoded (space as '+'), joined by ':', base64.
static const QByteArray kExpectedBasic = "Basic " + QByteArray("cd+client:s3cret%3A%2B%2F%26%3D").toBase64();

void TestTabRefreshTest::clientAuthenticationEveryGrant_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<bool>("basic");
    for (const char *grant : {"authorization_code", "client_credentials", "refresh_token"}) {
        QTest::addRow("%s body", grant) << QString::fromLatin1(grant) << false;
        QTest::addRow("%s basic", grant) << QString::fromLatin1(grant) << true;
    }
}

void TestTabRefreshTest::clientAuthenticationEveryGrant()
{
    QFETCH(QString, grant);
    QFETCH(bool, basic);
    QNetworkAccessManager network;
    OAuthClient client(&network);
    client.setBrowserOpener([&network](const QUrl &url) { // the test plays the browser
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&network, reply] {
            reply->deleteLater();
            network.get(QNetworkRequest(QUrl::fromEncoded(reply->rawHeader("Location"))));
        });
        return true;
    });
    OAuthConfig config;
    config.authorizationUrl = QUrl(m_provider->base() + "/authorize");
    config.tokenUrl = QUrl(m_provider->base() + "/token");
    config.clientId = kClientId;
    config.clientSecret = kClientSecret;
    config.timeoutMs = 10000;
    config.clientAuthentication = basic ? OAuthConfig::ClientAuthentication::HttpBasic
                                        : OAuthConfig::ClientAuthentication::RequestBody;
    QSignalSpy finished(&client, &OAuthClient::finished);
    if (grant == "authorization_code")
        client.startAuthorizationCode(config);
    else if (grant == "client_credentials")
        client.requestClientCredentials(config);
    else
        client.refresh(config, "refresh-0");
    QVERIFY(finished.wait(10000));
    const OAuthResult result = finished.at(0).at(0).value<OAuthResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_provider->tokenCalls, 1);
    QCOMPARE(m_provider->tokenBody.queryItemValue("grant_type"), grant);
    if (basic) {
        QCOMPARE(m_provider->tokenAuthorization, kExpectedBasic);
        QVERIFY(!m_provider->tokenBody.hasQueryItem("client_secret"));
        QVERIFY(!m_provider->tokenBody.hasQueryItem("client_id"));
    } else {
        QVERIFY(m_provider->tokenAuthorization.isEmpty());
        QCOMPARE(m_provider->tokenBody.queryItemValue("client_id", QUrl::FullyDecoded), kClientId);
        QCOMPARE(m_provider->tokenBody.queryItemValue("client_secret", QUrl::FullyDecoded), kClientSecret);
    }
}

void TestTabRefreshTest::refreshSendsBasicFromConnection()
{
    // The connection's choice reaches the Test tab's refresh.
    storeConnection(QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("expired-token"));
    m_connection.clientAuthentication = OAuthConfig::ClientAuthentication::HttpBasic;
    m_controller->connections()->upsert(m_connection);
    QVERIFY(m_controller->connections()->save());
    QVERIFY(runSingle().passed);
    QCOMPARE(m_provider->tokenAuthorization, kExpectedBasic);
    QVERIFY(!m_provider->tokenBody.hasQueryItem("client_secret"));
    ConnectionStore reread(m_xdg.filePath("connections.json"));
    QVERIFY(reread.load());
    QCOMPARE(reread.find(m_connection.connectorId, m_connection.name)->clientAuthentication,
             OAuthConfig::ClientAuthentication::HttpBasic);
}

void TestTabRefreshTest::dialogStoresClientAuthentication()
{
    const QJsonObject properties
        = JsonBridge::toQJson(m_document->root(ConnectorDocument::Part::Properties)).toObject();
    QNetworkAccessManager network;
    ConnectionDialog dialog(m_controller->connectorId(), ConnectionParameter::fromApiProperties(properties),
                            m_controller->connections(), m_secrets.get(), &network);
    auto *how = dialog.findChild<QComboBox *>("clientAuthentication");
    QVERIFY(how);
    QCOMPARE(how->count(), 2);
    QCOMPARE(how->itemText(0), QStringLiteral("In the request body"));
    QCOMPARE(how->itemText(1), QStringLiteral("As HTTP Basic authentication"));
    QCOMPARE(dialog.connection().clientAuthentication, OAuthConfig::ClientAuthentication::RequestBody);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("connectionName"), "basic one");
    how->setCurrentIndex(1);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("clientSecret"), kClientSecret);
    QVERIFY2(dialog.save(), qPrintable(dialog.saveError()));
    QFile file(m_xdg.filePath("connections.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("\"clientAuthentication\": \"basic\""), written.constData());
    QVERIFY(!written.contains("s3cret"));
    ConnectionDialog again(m_controller->connectorId(), ConnectionParameter::fromApiProperties(properties),
                           m_controller->connections(), m_secrets.get(), &network);
    again.edit(*m_controller->connections()->find(m_controller->connectorId(), "basic one"));
    QCOMPARE(again.findChild<QComboBox *>("clientAuthentication")->currentIndex(), 1);
}

QTEST_MAIN(TestTabRefreshTest)
#include "TestTabRefreshTest.moc"
