// Unit tests of the connection and OAuth building blocks that need no outside server:
// PKCE (RFC 7636 appendix B), redirect parsing, the loopback listener, EnvSecrets,
// ConnectionStore, the in-memory SecretStore, token expiry, cancel and timeout.
#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "connections/EnvSecrets.h"
#include "connections/SecretStore.h"
#include "domain/IdentityProviders.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/OAuthClient.h"
#include "oauth/OAuthRedirect.h"
#include "oauth/OAuthTokens.h"
#include "oauth/Pkce.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// JSON written with single quotes, to keep test literals readable.
static QJsonDocument jsonFromQuoted(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"'));
}

class AuthUnitsTest : public QObject
{
    Q_OBJECT
private slots:
    // The named presets' URLs as each provider documents them (sources in IdentityProviders.cpp):
    // Microsoft identity platform v1, GitHub "Authorizing OAuth apps", Google "Using OAuth 2.0
    // for Web Server Applications", Facebook "Manually Build a Login Flow", Dropbox OAuth
    // guide, Salesforce "OAuth Endpoints".
    void presetUrls_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<QString>("token");
        QTest::newRow("aad") << "https://login.microsoftonline.com/common/oauth2/authorize"
                             << "https://login.microsoftonline.com/common/oauth2/token";
        QTest::newRow("github") << "https://github.com/login/oauth/authorize"
                                << "https://github.com/login/oauth/access_token";
        QTest::newRow("google") << "https://accounts.google.com/o/oauth2/v2/auth"
                                << "https://oauth2.googleapis.com/token";
        QTest::newRow("facebook") << "https://www.facebook.com/dialog/oauth"
                                  << "https://graph.facebook.com/oauth/access_token";
        QTest::newRow("dropbox") << "https://www.dropbox.com/oauth2/authorize"
                                 << "https://api.dropboxapi.com/oauth2/token";
        QTest::newRow("salesforce") << "https://login.salesforce.com/services/oauth2/authorize"
                                    << "https://login.salesforce.com/services/oauth2/token";
    }

    void presetUrls()
    {
        QFETCH(QString, authorization);
        QFETCH(QString, token);
        const QString id = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(IdentityProviders::isKnown(id));
        QCOMPARE(IdentityProviders::find(id).authorizationUrl, authorization);
        QCOMPARE(IdentityProviders::find(id).tokenUrl, token);
    }

    void clientSecretBasicHeader()
    {
        // RFC 6749 2.3.1 + Appendix B: each part form-urlencoded before base64.
        QCOMPARE(OAuthClient::basicAuthorization(QStringLiteral("a b"), QStringLiteral("p:w/+&")),
                 "Basic " + QByteArray("a+b:p%3Aw%2F%2B%26").toBase64());
        QCOMPARE(OAuthClient::basicAuthorization(QStringLiteral("id"), QStringLiteral("secret")),
                 QByteArray("Basic aWQ6c2VjcmV0"));
    }

    void connectionKeepsClientAuthentication()
    {
        Connection c;
        c.name = QStringLiteral("n");
        c.connectorId = QStringLiteral("/x");
        QVERIFY(!c.toJson().contains(QStringLiteral("clientAuthentication"))); // default: body
        c.clientAuthentication = OAuthConfig::ClientAuthentication::HttpBasic;
        QCOMPARE(c.toJson().value(QStringLiteral("clientAuthentication")).toString(),
                 QStringLiteral("basic"));
        QCOMPARE(Connection::fromJson(c.toJson()), c);
    }

    void pkceRfc7636AppendixB()
    {
        // RFC 7636 appendix B: the verifier and the S256 challenge it must give.
        const Pkce pkce(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(pkce.challenge(), QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::method(), QByteArrayLiteral("S256"));
    }

    void pkceRandomVerifiers()
    {
        const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const Pkce pkce;
            QCOMPARE(pkce.verifier().size(), 43);
            QVERIFY2(allowed.match(QString::fromLatin1(pkce.verifier())).hasMatch(),
                     pkce.verifier().constData());
            QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
            seen.insert(pkce.verifier());
        }
        QCOMPARE(seen.size(), 50);
    }

    void redirectParsing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("code") << "/callback?code=abc-123&state=s%2Bt"
                              << "abc-123"
                              << "s+t"
                              << ""
                              << "";
        QTest::newRow("error with +") << "/cb?error=access_denied&error_description=The+user+said+no&state=x"
                                      << ""
                                      << "x"
                                      << "access_denied"
                                      << "The user said no";
        QTest::newRow("error with %20 and utf-8")
            << "/cb?error=invalid_scope&error_description=Scope%20%C2%ABadmin%C2%BB%20unknown"
            << ""
            << ""
            << "invalid_scope" << QString::fromUtf8("Scope «admin» unknown");
        QTest::newRow("full url") << "http://127.0.0.1:8400/cb?state=a%26b&code=c%3Dd"
                                  << "c=d"
                                  << "a&b"
                                  << ""
                                  << "";
        QTest::newRow("nothing") << "/cb"
                                 << ""
                                 << ""
                                 << ""
                                 << "";
    }

    void redirectParsing()
    {
        QFETCH(QString, target);
        const OAuthRedirect r = OAuthRedirect::fromUrl(QUrl::fromEncoded(target.toLatin1()));
        QTEST(r.code, "code");
        QTEST(r.state, "state");
        QTEST(r.error, "error");
        QTEST(r.errorDescription, "description");
    }

    void listenerAnswersTheBrowserAndCloses()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen(0, QStringLiteral("/callback")));
        const quint16 port = listener.port();
        QVERIFY(port > 0);
        QCOMPARE(listener.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);

        QNetworkAccessManager network;
        // A browser asks for the favicon too: 404, and the listener keeps waiting.
        auto [faviconStatus, faviconBody]
            = get(network, listener.redirectUri().resolved(QUrl(QStringLiteral("/favicon.ico"))));
        QCOMPARE(faviconStatus, 404);
        QVERIFY(listener.isListening());
        QCOMPARE(received.count(), 0);

        QUrl redirect = listener.redirectUri();
        redirect.setQuery(QStringLiteral("code=the-code&state=the-state"));
        auto [status, body] = get(network, redirect);
        QCOMPARE(status, 200);
        QVERIFY2(body.contains("You can close this window"), body.constData());
        QCOMPARE(received.count(), 1);
        const auto r = received.at(0).at(0).value<OAuthRedirect>();
        QCOMPARE(r.code, QStringLiteral("the-code"));
        QCOMPARE(r.state, QStringLiteral("the-state"));
        QVERIFY(!listener.isListening());
        // The port is free again: something else can listen on it.
        QTcpServer other;
        QVERIFY2(other.listen(QHostAddress::LocalHost, port), qPrintable(other.errorString()));
    }

    void listenerOnConfiguredPortAndBusyPort()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        LoopbackRedirectListener listener;
        QVERIFY(!listener.listen(blocker.serverPort()));
        QVERIFY2(listener.errorString().contains(QString::number(blocker.serverPort())),
                 qPrintable(listener.errorString()));
        const quint16 port = blocker.serverPort();
        blocker.close();
        QVERIFY(listener.listen(port, QStringLiteral("oauth")));
        QCOMPARE(listener.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/oauth").arg(port));
    }

    void listenerShowsProviderError()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QUrl redirect = listener.redirectUri();
        redirect.setQuery(QStringLiteral("error=access_denied&error_description=%3Cb%3Eno%3C/b%3E"));
        QNetworkAccessManager network;
        auto [status, body] = get(network, redirect);
        QCOMPARE(status, 200);
        QVERIFY2(body.contains("access_denied") && body.contains("&lt;b&gt;no&lt;/b&gt;"), body.constData());
        QCOMPARE(received.count(), 1);
    }

    void envSecretNames_data()
    {
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("variable");
        QTest::newRow("api_key") << "api_key"
                                 << "CONNECTOR_SECRET_API_KEY";
        QTest::newRow("password") << "password"
                                  << "CONNECTOR_SECRET_PASSWORD";
        QTest::newRow("client secret") << "clientSecret"
                                       << "CONNECTOR_SECRET_CLIENTSECRET";
        QTest::newRow("client_secret") << "client_secret"
                                       << "CONNECTOR_SECRET_CLIENT_SECRET";
        QTest::newRow("dash dot") << "x-api.key"
                                  << "CONNECTOR_SECRET_X_API_KEY";
        QTest::newRow("digits") << "token2"
                                << "CONNECTOR_SECRET_TOKEN2";
        QTest::newRow("non-ascii") << QString::fromUtf8("clé") << "CONNECTOR_SECRET_CL_";
    }

    void envSecretNames()
    {
        QFETCH(QString, parameter);
        QTEST(EnvSecrets::variableName(parameter), "variable");
    }

    void envSecretValues()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CONNECTOR_SECRET_API_KEY"), QStringLiteral("k-123"));
        env.insert(QStringLiteral("CONNECTOR_SECRET_PASSWORD"), QString()); // set but empty
        const EnvSecrets secrets(env);
        QCOMPARE(secrets.value(QStringLiteral("api_key")).value_or(QString()), QStringLiteral("k-123"));
        QVERIFY(secrets.value(QStringLiteral("password")).has_value());
        QVERIFY(!secrets.value(QStringLiteral("client_secret")).has_value());
        QCOMPARE(secrets.missing({QStringLiteral("api_key"), QStringLiteral("client_secret")}),
                 QStringList {QStringLiteral("CONNECTOR_SECRET_CLIENT_SECRET")});
    }

    void envSecretsForConnectorParameters()
    {
        const QList<ConnectionParameter> basic
            = ConnectionParameter::fromApiProperties(corpusApiProperties(QStringLiteral("SAP-ODATA-Demo")));
        QProcessEnvironment env;
        QStringList missing;
        QVERIFY(EnvSecrets(env).secretsFor(basic, &missing).isEmpty());
        QCOMPARE(missing,
                 QStringList {QStringLiteral("CONNECTOR_SECRET_PASSWORD")}); // the user name is no secret
        env.insert(QStringLiteral("CONNECTOR_SECRET_PASSWORD"), QStringLiteral("pw"));
        missing.clear();
        QCOMPARE(EnvSecrets(env).secretsFor(basic, &missing).value(QStringLiteral("password")),
                 QStringLiteral("pw"));
        QVERIFY(missing.isEmpty());
        const QList<ConnectionParameter> aad
            = ConnectionParameter::fromApiProperties(corpusApiProperties(QStringLiteral("Office365Groups")));
        QVERIFY(EnvSecrets(env).secretsFor(aad, &missing).isEmpty());
        QCOMPARE(missing, QStringList {QStringLiteral("CONNECTOR_SECRET_CLIENT_SECRET")});
    }

    void connectionStoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/connections.json"));
        Connection a;
        a.name = QStringLiteral("Production");
        a.connectorId = QStringLiteral("/home/me/connectors/contoso");
        a.authKind = Connection::AuthKind::OAuth2;
        a.fields.insert(QStringLiteral("clientId"), QStringLiteral("cd-client"));
        a.tokenExpiry = QDateTime(QDate(2026, 11, 30), QTime(5, 6, 7, 89), Qt::UTC);
        Connection b;
        b.name = QStringLiteral("Basic «test»");
        b.connectorId = a.connectorId;
        b.authKind = Connection::AuthKind::Basic;
        b.fields.insert(QStringLiteral("username"), QStringLiteral("alice"));
        {
            ConnectionStore store(path);
            store.upsert(a);
            store.upsert(b);
            QString error;
            QVERIFY2(store.save(&error), qPrintable(error));
        }
        ConnectionStore loaded(path);
        QString error;
        QVERIFY2(loaded.load(&error), qPrintable(error));
        QCOMPARE(loaded.connections().size(), 2);
        QVERIFY(*loaded.find(a.connectorId, a.name) == a);
        QVERIFY(*loaded.find(b.connectorId, b.name) == b);
        QCOMPARE(loaded.connectionsFor(a.connectorId).size(), 2);
        QVERIFY(loaded.connectionsFor(QStringLiteral("other")).isEmpty());

        // Replacing by connector + name, then removing.
        b.fields.insert(QStringLiteral("username"), QStringLiteral("bob"));
        loaded.upsert(b);
        QCOMPARE(loaded.connections().size(), 2);
        QCOMPARE(loaded.find(b.connectorId, b.name)->fields.value(QStringLiteral("username")),
                 QStringLiteral("bob"));
        QVERIFY(loaded.remove(a.connectorId, a.name));
        QVERIFY(!loaded.remove(a.connectorId, a.name));
        QVERIFY(loaded.save());
        ConnectionStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.connections().size(), 1);
        // No temporary file of QSaveFile is left behind.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files),
                 QStringList {QStringLiteral("connections.json")});
    }

    void connectionStoreBadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("connections.json"));
        ConnectionStore missing(path);
        QVERIFY(missing.load()); // no file yet: empty, fine
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"connections\": [ ");
        file.close();
        ConnectionStore broken(path);
        QString error;
        QVERIFY(!broken.load(&error));
        QVERIFY2(error.contains(QStringLiteral("connections.json"))
                     && error.contains(QStringLiteral("offset")),
                 qPrintable(error));
    }

    void connectionStoreDefaultPathIsTheConfigDirectory()
    {
        const QString path = ConnectionStore::defaultFilePath();
        QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)),
                 qPrintable(path));
    }

    void memorySecretStore()
    {
        SecretStore store(SecretStore::Mode::MemoryOnly);
        QVERIFY(!store.usesKeychain());
        QVERIFY2(store.notice().contains(QStringLiteral("in memory only until you quit")),
                 qPrintable(store.notice()));
        QVERIFY(store.secrets(QStringLiteral("k")).isEmpty());
        QVERIFY(store.store(QStringLiteral("k"), {{QStringLiteral("api_key"), QStringLiteral("v")}}));
        QCOMPARE(store.secrets(QStringLiteral("k")).value(QStringLiteral("api_key")), QStringLiteral("v"));
        QVERIFY(store.remove(QStringLiteral("k")));
        QVERIFY(store.secrets(QStringLiteral("k")).isEmpty());
    }

    void tokenResponseAndExpiry()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const QJsonObject response = jsonFromQuoted("{'access_token':'a','refresh_token':'r','token_type':'"
                                                    "Bearer','expires_in':'60','scope':'x y'}")
                                         .object();
        const OAuthTokens t = OAuthTokens::fromResponse(response, now);
        QCOMPARE(t.expiresAt, now.addSecs(60));
        QCOMPARE(t.refreshToken, QStringLiteral("r"));
        QVERIFY(!t.isExpired(now, 30));
        QVERIFY(t.isExpired(now.addSecs(31), 30));
        QVERIFY(t.isExpired(now.addSecs(60), 0));
        const OAuthTokens noLifetime
            = OAuthTokens::fromResponse(jsonFromQuoted("{'access_token':'a'}").object(), now);
        QVERIFY(!noLifetime.expiresAt.isValid());
        QVERIFY(!noLifetime.isExpired(now.addYears(5), 30));
        QVERIFY(OAuthTokens().isExpired(now, 0));
    }

    void formEncoding()
    {
        const OAuthClient::FormFields fields {
            {QStringLiteral("client_secret"), QStringLiteral("a+b&c=d /é")},
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        QCOMPARE(OAuthClient::formEncode(fields),
                 QByteArrayLiteral("client_secret=a%2Bb%26c%3Dd%20%2F%C3%A9&grant_type=client_credentials"));
    }

    void authorizationUrlCancelAndTimeout()
    {
        QNetworkAccessManager network;
        OAuthClient client(&network);
        QUrl opened;
        client.setBrowserOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        OAuthConfig config;
        config.authorizationUrl = QUrl(QStringLiteral("https://login.example.com/authorize?prompt=consent"));
        config.tokenUrl = QUrl(QStringLiteral("https://login.example.com/token"));
        config.clientId = QStringLiteral("my client");
        config.scopes = {QStringLiteral("read"), QStringLiteral("write+all")};
        QSignalSpy finished(&client, &OAuthClient::finished);

        client.startAuthorizationCode(config);
        QVERIFY(client.isBusy());
        const QUrlQuery query(opened);
        QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
                 QStringLiteral("my client"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read write+all"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 32);
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect, client.redirectUri());

        client.cancel();
        QCOMPARE(finished.count(), 1);
        auto result = finished.takeFirst().at(0).value<OAuthResult>();
        QCOMPARE(result.outcome, OAuthResult::Outcome::Cancelled);
        QVERIFY2(result.message.contains(QStringLiteral("cancelled")), qPrintable(result.message));
        QTcpServer reuse; // the listener is closed: its port is free
        QVERIFY(reuse.listen(QHostAddress::LocalHost, redirect.port()));
        reuse.close();

        config.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        client.startAuthorizationCode(config);
        QVERIFY(finished.wait(5000));
        QVERIFY(timer.elapsed() >= 250);
        result = finished.takeFirst().at(0).value<OAuthResult>();
        QCOMPARE(result.outcome, OAuthResult::Outcome::TimedOut);
        QVERIFY2(result.message.contains(QStringLiteral("timed out")), qPrintable(result.message));
        QVERIFY(!client.isBusy());
    }

    void browserThatCannotOpen()
    {
        QNetworkAccessManager network;
        OAuthClient client(&network);
        client.setBrowserOpener([](const QUrl &) { return false; });
        QSignalSpy finished(&client, &OAuthClient::finished);
        OAuthConfig config;
        config.authorizationUrl = QUrl(QStringLiteral("https://login.example.com/authorize"));
        client.startAuthorizationCode(config);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<OAuthResult>().message.contains(QStringLiteral("browser")));
    }

    void connectionParametersFromCorpus()
    {
        // Basic auth as real connectors declare it: the user name is a securestring shown in clear.
        const QList<ConnectionParameter> basic
            = ConnectionParameter::fromApiProperties(corpusApiProperties(QStringLiteral("SAP-ODATA-Demo")));
        QCOMPARE(basic.size(), 2);
        QCOMPARE(basic.at(0).name, QStringLiteral("username"));
        QVERIFY(!basic.at(0).isSecret());
        QVERIFY(basic.at(0).required);
        QCOMPARE(basic.at(1).name, QStringLiteral("password"));
        QVERIFY(basic.at(1).isSecret());
        QCOMPARE(basic.at(1).label(), QStringLiteral("Password"));

        // Azure AD: endpoints from the login URL and tenant.
        const QList<ConnectionParameter> aad
            = ConnectionParameter::fromApiProperties(corpusApiProperties(QStringLiteral("Office365Groups")));
        QCOMPARE(aad.size(), 1);
        QCOMPARE(aad.at(0).kind, ConnectionParameter::Kind::OAuth);
        const OAuthConfig config = aad.at(0).oauthConfig();
        QCOMPARE(config.authorizationUrl.toString(),
                 QStringLiteral("https://login.windows.net/common/oauth2/v2.0/authorize"));
        QCOMPARE(config.tokenUrl.toString(),
                 QStringLiteral("https://login.windows.net/common/oauth2/v2.0/token"));
        QCOMPARE(config.scopes,
                 (QStringList {QStringLiteral("Group.ReadWrite.All"), QStringLiteral("offline_access")}));
    }

    void genericOAuthParameter()
    {
        const QJsonObject props
            = jsonFromQuoted(
                  "{'properties':{'connectionParameters':{"
                  "'token':{'type':'oauthSetting','oAuthSettings':{'identityProvider':'oauth2generic','"
                  "clientId':'abc',"
                  "'scopes':['read write'],'customParameters':{"
                  "'authorizationUrl':{'value':'https://id.example.com/auth'},"
                  "'tokenUrl':{'value':'https://id.example.com/token'},"
                  "'refreshUrl':{'value':'https://id.example.com/refresh'}}}},"
                  "'region':{'type':'string','uiDefinition':{'constraints':{'tabIndex':0,'hidden':true}}},"
                  "'gw':{'type':'gatewaySetting'}}}}")
                  .object();
        const QList<ConnectionParameter> params = ConnectionParameter::fromApiProperties(props);
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.at(0).name, QStringLiteral("region")); // tabIndex 0 first
        QVERIFY(params.at(0).hidden);
        const OAuthConfig c = params.at(1).oauthConfig();
        QCOMPARE(c.clientId, QStringLiteral("abc"));
        QCOMPARE(c.authorizationUrl.toString(), QStringLiteral("https://id.example.com/auth"));
        QCOMPARE(c.effectiveRefreshUrl().toString(), QStringLiteral("https://id.example.com/refresh"));
        QCOMPARE(c.scopes.size(), 2);
    }

private:
    static QJsonObject corpusApiProperties(const QString &connector)
    {
        QFile file(qEnvironmentVariable("CD_CORPUS") + QStringLiteral("/connectors/custom-connectors/")
                   + connector + QStringLiteral("/apiProperties.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static std::pair<int, QByteArray> get(QNetworkAccessManager &network, const QUrl &url)
    {
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(5000))
            return {-1, {}};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
};

QTEST_GUILESS_MAIN(AuthUnitsTest)
#include "AuthUnitsTest.moc"
