#pragma once

#include "OAuthConfig.h"
#include "OAuthRedirect.h"
#include "OAuthResult.h"
#include "Pkce.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

class LoopbackRedirectListener;
class QNetworkAccessManager;
class QNetworkReply;

// OAuth 2.0 flows with QNetworkAccessManager: authorization code with PKCE (S256) through a
// loopback redirect, client credentials, refresh. One flow at a time; each ends with exactly
// one finished() (success, provider error, state mismatch, cancel, timeout or failure).
class OAuthClient : public QObject
{
    Q_OBJECT
public:
    // Opens the authorization URL: QDesktopServices::openUrl in the GUI; tests follow it.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    explicit OAuthClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthClient() override;

    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    void startAuthorizationCode(const OAuthConfig &config);
    void requestClientCredentials(const OAuthConfig &config);
    void refresh(const OAuthConfig &config, const QString &refreshToken);
    void cancel();
    bool isBusy() const { return m_busy; }

    // The authorization URL of the running sign-in (for "open it yourself" in the UI).
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const { return m_redirectUri; }

    using FormFields = QList<QPair<QString, QString>>;
    static QByteArray formEncode(const FormFields &fields);
    // "Basic base64(urlencode(id):urlencode(secret))", RFC 6749 2.3.1 with Appendix B's encoding.
    static QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);

signals:
    void finished(const OAuthResult &result);

private:
    bool begin(const OAuthConfig &config);
    void onRedirect(const OAuthRedirect &redirect);
    void postToken(const QUrl &url, FormFields fields);
    void onTokenReply(QNetworkReply *reply);
    void finish(OAuthResult result);
    void fail(OAuthResult::Outcome outcome, const QString &message);
    QUrl buildAuthorizationUrl(const QUrl &redirectUri);

    QNetworkAccessManager *m_network;
    BrowserOpener m_openBrowser;
    OAuthConfig m_config;
    bool m_busy = false;
    Pkce m_pkce;
    QString m_state;
    QUrl m_authorizationUrl;
    QUrl m_redirectUri; // kept: the listener closes before the code is exchanged
    LoopbackRedirectListener *m_listener = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
};
