#pragma once

#include "OAuthConfig.h"
#include "OAuthResult.h"
#include "OAuthTokens.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>

#include <functional>

class OAuthClient;
class QNetworkAccessManager;

// Tokens in use for one connection: hands out a fresh access token (refreshing it when it
// has expired) and sends requests with it, refreshing and retrying once when the API answers
// 401. Without a refresh token, a client-credentials session asks for a new token instead.
class OAuthSession : public QObject
{
    Q_OBJECT
public:
    enum class Grant { AuthorizationCode, ClientCredentials };
    struct Response
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString error; // why there is no answer or no token
        bool refreshed = false; // a refresh or new token happened on the way
    };
    using TokenCallback = std::function<void(const OAuthResult &)>;
    using ResponseCallback = std::function<void(const Response &)>;

    OAuthSession(QNetworkAccessManager *network, const OAuthConfig &config, Grant grant,
                 QObject *parent = nullptr);

    void setTokens(const OAuthTokens &tokens) { m_tokens = tokens; }
    OAuthTokens tokens() const { return m_tokens; }
    // Seconds before expiry at which a token counts as expired already (clock skew, latency).
    void setExpirySkew(int seconds) { m_skewSeconds = seconds; }
    OAuthClient *client() const { return m_client; }

    // A valid token: the current one, or one refreshed because it expired.
    void accessToken(TokenCallback done);
    // Sends with "Authorization: Bearer"; on 401 renews the token and retries once.
    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
              ResponseCallback done);
    // Asks the token endpoint now, whatever the expiry (the API answered 401): refresh token,
    // or a new client-credentials token.
    void renew(TokenCallback done);

signals:
    // New tokens to persist (SecretStore for the tokens, the connection for the expiry).
    void tokensChanged(const OAuthTokens &tokens);

private:
    void sendWithToken(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                       bool retried, bool refreshed, ResponseCallback done);

    QNetworkAccessManager *m_network;
    OAuthConfig m_config;
    Grant m_grant;
    OAuthClient *m_client;
    OAuthTokens m_tokens;
    int m_skewSeconds = 30;
};
