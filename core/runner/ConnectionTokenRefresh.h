#pragma once

#include "connections/Connection.h"
#include "connections/SecretStore.h"
#include "oauth/OAuthConfig.h"
#include "oauth/OAuthResult.h"

#include <QObject>
#include <QStringList>

#include <functional>

class ConnectionStore;
class ConnectorDocument;
class OAuthSession;
class QNetworkAccessManager;

// Renews the OAuth token of a stored connection, for the test CLI (ConnectionCredentials) and
// the Test tab alike: before a call when the token has expired (or expires within the skew),
// and once after a 401. Renewed tokens go to the SecretStore, only their expiry to the
// connection file (ConnectionStore); nothing secret is written anywhere else.
class ConnectionTokenRefresh : public QObject
{
    Q_OBJECT
public:
    enum class Grant { Refresh, ClientCredentials };
    using Done = std::function<void(const OAuthResult &)>;

    ConnectionTokenRefresh(QNetworkAccessManager *network, const OAuthConfig &config, Grant grant,
                           QObject *parent = nullptr);
    ~ConnectionTokenRefresh() override;

    // The connector's OAuth settings (first OAuth 2.0 connection parameter); false with *error.
    static bool connectorConfig(const ConnectorDocument &document, OAuthConfig *config, QString *error);

    // Where renewed tokens are written back; without stores they are only kept here.
    void setConnection(const Connection &connection, const SecretStore::Secrets &secrets,
                       ConnectionStore *store, SecretStore *secretStore);
    // Treat a stored token without an expiry as unknown (client credentials: ask anew).
    void dropTokenWithoutExpiry();
    // An access token is stored and expired (or expiring within the skew) and can be renewed.
    bool isDue() const;
    bool canRenew() const;
    QString accessToken() const;
    // A valid token: the stored one, or a renewed one when it is due.
    void accessToken(Done done);
    // Asks the token endpoint now (after a 401): refresh token, or client credentials.
    void renew(Done done);

    const Connection &connection() const { return m_connection; }
    const SecretStore::Secrets &secrets() const { return m_secrets; }
    // What happened ("new OAuth token (expires ...)", storage problems), for the UI or stderr.
    const QStringList &notes() const { return m_notes; }

    static constexpr int kSkewSeconds = 30;

private:
    void store(const struct OAuthTokens &tokens);

    OAuthSession *m_session;
    Grant m_grant;
    Connection m_connection;
    SecretStore::Secrets m_secrets;
    ConnectionStore *m_store = nullptr;
    SecretStore *m_secretStore = nullptr;
    QStringList m_notes;
};
