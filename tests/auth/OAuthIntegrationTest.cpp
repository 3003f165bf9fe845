// OAuth 2.0 against a real server: oauth2-mock-server@8.2.3 from the npm registry, started on
// 127.0.0.1 by oauth-test-server.mjs, which adds client-secret, PKCE and redirect_uri checks,
// 2-second tokens and a protected /api/me. Run through run-oauth-integration.sh (ctest does),
// which installs the server; without Node.js or the registry every test skips and says why.
#include "oauth/OAuthClient.h"
#include "oauth/OAuthSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString kClientId = QStringLiteral("cd-client");
const QString kClientSecret = QStringLiteral("cd-secret-Zq8+/=&x"); // '+', '=', '&' test the encoding
constexpr int kTokenLifetime = 2;
} // namespace

class OAuthIntegrationTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("CD_OAUTH_MOCK_SKIP"))
            QSKIP(qPrintable(qEnvironmentVariable("CD_OAUTH_MOCK_SKIP")));
        const QString prefix = qEnvironmentVariable("CD_OAUTH_MOCK_PREFIX");
        if (prefix.isEmpty())
            QSKIP("CD_OAUTH_MOCK_PREFIX is not set: run this test through ctest (run-oauth-integration.sh)");
        const QString script = QStringLiteral(CD_AUTH_TEST_DIR "/oauth-test-server.mjs");
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral("node"), {script, prefix, QString::number(kTokenLifetime)});
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
        qInfo("oauth2-mock-server@8.2.3 on %s, tokens live %d s", qPrintable(m_base.toString()),
              kTokenLifetime);
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::Running) {
            m_server.closeWriteChannel(); // the script exits when stdin closes
            if (!m_server.waitForFinished(5000))
                m_server.kill();
        }
    }

    void authorizationCodeWithPkce()
    {
        m_lastBrowserPage.clear();
        OAuthClient client(&m_network);
        client.setBrowserOpener([this](const QUrl &url) { return followAuthorization(url, {}); });
        const OAuthResult r = run(client, [&] { client.startAuthorizationCode(config()); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.tokens.accessToken.count(QLatin1Char('.')), 2); // a signed JWT
        QVERIFY(!r.tokens.refreshToken.isEmpty());
        QCOMPARE(r.tokens.tokenType, QStringLiteral("Bearer"));
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(r.tokens.expiresAt);
        QVERIFY2(lifetime > 0 && lifetime <= kTokenLifetime, qPrintable(QString::number(lifetime)));
        // The browser got the listener's page, and the token works on the protected API.
        QTRY_VERIFY2(m_lastBrowserPage.contains("You can close this window"), m_lastBrowserPage.constData());
        QCOMPARE(apiStatus(r.tokens.accessToken), 200);
        QVERIFY(!client.redirectUri().isEmpty());
    }

    void providerErrorOnRedirectShownAsIs()
    {
        OAuthClient client(&m_network);
        client.setBrowserOpener([this](const QUrl &url) { return followAuthorization(url, {}); });
        OAuthConfig c = config();
        c.scopes = {QStringLiteral("deny")}; // the server's user says no
        const OAuthResult r = run(client, [&] { client.startAuthorizationCode(c); });
        QCOMPARE(r.outcome, OAuthResult::Outcome::ProviderError);
        QCOMPARE(r.error, QStringLiteral("access_denied"));
        QCOMPARE(r.errorDescription, QStringLiteral("The user denied access (+ test & check)"));
        QVERIFY2(r.message.contains(QStringLiteral("access_denied: The user denied access (+ test & check)")),
                 qPrintable(r.message));
    }

    void wrongStateRejected()
    {
        const QJsonObject before = stats();
        OAuthClient client(&m_network);
        client.setBrowserOpener(
            [this](const QUrl &url) { return followAuthorization(url, QStringLiteral("forged")); });
        const OAuthResult r = run(client, [&] { client.startAuthorizationCode(config()); });
        QCOMPARE(r.outcome, OAuthResult::Outcome::StateMismatch);
        QVERIFY2(r.message.contains(QStringLiteral("state")), qPrintable(r.message));
        QVERIFY(!r.tokens.isValid());
        // The server did authorize, but the code was never exchanged.
        const QJsonObject after = stats();
        QCOMPARE(after.value(QStringLiteral("authorize")).toInt(),
                 before.value(QStringLiteral("authorize")).toInt() + 1);
        QCOMPARE(after.value(QStringLiteral("token")).toInt(), before.value(QStringLiteral("token")).toInt());
    }

    void clientCredentials()
    {
        OAuthClient client(&m_network);
        const OAuthResult r = run(client, [&] { client.requestClientCredentials(config()); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.tokens.refreshToken.isEmpty());
        QCOMPARE(apiStatus(r.tokens.accessToken), 200);
    }

    void wrongClientSecretShowsProviderError()
    {
        OAuthClient client(&m_network);
        OAuthConfig c = config();
        c.clientSecret = QStringLiteral("not-the-secret");
        const OAuthResult r = run(client, [&] { client.requestClientCredentials(c); });
        QCOMPARE(r.outcome, OAuthResult::Outcome::ProviderError);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.error, QStringLiteral("invalid_client"));
        QCOMPARE(r.errorDescription,
                 QStringLiteral("Client authentication failed: wrong client id or secret"));
        QVERIFY2(r.message.contains(QStringLiteral("HTTP 401: invalid_client: Client authentication failed")),
                 qPrintable(r.message));
    }

    void refreshAfterExpiry()
    {
        OAuthClient client(&m_network);
        client.setBrowserOpener([this](const QUrl &url) { return followAuthorization(url, {}); });
        const OAuthResult signIn = run(client, [&] { client.startAuthorizationCode(config()); });
        QVERIFY2(signIn.ok(), qPrintable(signIn.message));

        OAuthSession session(&m_network, config(), OAuthSession::Grant::AuthorizationCode);
        session.setExpirySkew(0);
        session.setTokens(signIn.tokens);
        QSignalSpy changed(&session, &OAuthSession::tokensChanged);
        QTest::qWait((kTokenLifetime + 1) * 1000);
        // The server itself refuses the old token now: expiry is real.
        QCOMPARE(apiStatus(signIn.tokens.accessToken), 401);
        const int refreshesBefore = stats().value(QStringLiteral("refresh")).toInt();

        const OAuthSession::Response response = sendMe(session);
        QCOMPARE(response.status, 200);
        QVERIFY(response.refreshed);
        QCOMPARE(changed.count(), 1);
        QVERIFY(session.tokens().accessToken != signIn.tokens.accessToken);
        // The server rotates refresh tokens and accepts each once: the new one was kept.
        QVERIFY(session.tokens().refreshToken != signIn.tokens.refreshToken);
        QCOMPARE(stats().value(QStringLiteral("refresh")).toInt(), refreshesBefore + 1);
    }

    void refreshOnceOn401()
    {
        OAuthClient client(&m_network);
        client.setBrowserOpener([this](const QUrl &url) { return followAuthorization(url, {}); });
        const OAuthResult signIn = run(client, [&] { client.startAuthorizationCode(config()); });
        QVERIFY2(signIn.ok(), qPrintable(signIn.message));
        OAuthSession session(&m_network, config(), OAuthSession::Grant::AuthorizationCode);
        session.setExpirySkew(0);
        OAuthTokens tokens = signIn.tokens;
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600); // we believe it is valid
        session.setTokens(tokens);

        // The server revokes the token: the first call gets 401, refreshes, and the retry passes.
        admin(QStringLiteral("/admin/revoke-access-tokens"));
        int refreshes = stats().value(QStringLiteral("refresh")).toInt();
        OAuthSession::Response response = sendMe(session);
        QCOMPARE(response.status, 200);
        QVERIFY(response.refreshed);
        QCOMPARE(stats().value(QStringLiteral("refresh")).toInt(), refreshes + 1);

        // A server that keeps answering 401: one refresh, one retry, then the 401 is reported.
        tokens = session.tokens();
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        session.setTokens(tokens);
        admin(QStringLiteral("/admin/reject-all?on=1"));
        refreshes = stats().value(QStringLiteral("refresh")).toInt();
        const int apiCalls = stats().value(QStringLiteral("api")).toInt();
        response = sendMe(session);
        admin(QStringLiteral("/admin/reject-all?on=0"));
        QCOMPARE(response.status, 401);
        QCOMPARE(stats().value(QStringLiteral("refresh")).toInt(), refreshes + 1);
        QCOMPARE(stats().value(QStringLiteral("api")).toInt(), apiCalls + 2);
    }

    void clientCredentialsSessionRenewsWithoutRefreshToken()
    {
        OAuthSession session(&m_network, config(), OAuthSession::Grant::ClientCredentials);
        session.setExpirySkew(0);
        const OAuthSession::Response first = sendMe(session); // no token yet: gets one
        QCOMPARE(first.status, 200);
        QVERIFY(first.refreshed);
        const QString token = session.tokens().accessToken;
        QTest::qWait((kTokenLifetime + 1) * 1000);
        const OAuthSession::Response second = sendMe(session);
        QCOMPARE(second.status, 200);
        QVERIFY(session.tokens().accessToken != token);
    }

private:
    OAuthConfig config() const
    {
        OAuthConfig c;
        c.authorizationUrl = m_base.resolved(QUrl(QStringLiteral("/authorize")));
        c.tokenUrl = m_base.resolved(QUrl(QStringLiteral("/token")));
        c.clientId = kClientId;
        c.clientSecret = kClientSecret;
        c.scopes = {QStringLiteral("openid"), QStringLiteral("profile")};
        c.timeoutMs = 20000;
        return c;
    }

    // Plays the browser: asks the authorization endpoint, takes its redirect and delivers it to
    // the loopback listener (with the state replaced when `forgedState` is set).
    bool followAuthorization(const QUrl &url, const QString &forgedState)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, forgedState] {
            reply->deleteLater();
            QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (!forgedState.isEmpty()) {
                QUrlQuery query(location);
                query.removeAllQueryItems(QStringLiteral("state"));
                query.addQueryItem(QStringLiteral("state"), forgedState);
                location.setQuery(query);
            }
            QNetworkReply *page = m_network.get(QNetworkRequest(location));
            connect(page, &QNetworkReply::finished, this, [this, page] {
                page->deleteLater();
                m_lastBrowserPage = page->readAll();
            });
        });
        return true;
    }

    OAuthResult run(OAuthClient &client, const std::function<void()> &start)
    {
        QSignalSpy finished(&client, &OAuthClient::finished);
        start();
        if (finished.isEmpty() && !finished.wait(30000))
            return {};
        return finished.at(0).at(0).value<OAuthResult>();
    }

    OAuthSession::Response sendMe(OAuthSession &session)
    {
        bool done = false;
        OAuthSession::Response result;
        session.send(QNetworkRequest(m_base.resolved(QUrl(QStringLiteral("/api/me")))), "GET", {},
                     [&](const OAuthSession::Response &r) {
                         result = r;
                         done = true;
                     });
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            result.error = QStringLiteral("no answer within 30 s");
        return result;
    }

    QByteArray call(const QNetworkRequest &request, int *status = nullptr)
    {
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }

    int apiStatus(const QString &accessToken)
    {
        QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/api/me"))));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        int status = 0;
        call(request, &status);
        return status;
    }

    QJsonObject stats() { return QJsonDocument::fromJson(admin(QStringLiteral("/admin/stats"))).object(); }
    QByteArray admin(const QString &path) { return call(QNetworkRequest(m_base.resolved(QUrl(path)))); }

    QProcess m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QByteArray m_lastBrowserPage;
};

QTEST_GUILESS_MAIN(OAuthIntegrationTest)
#include "OAuthIntegrationTest.moc"
