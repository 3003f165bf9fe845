#include "ConnectionTokenRefresh.h"

#include "JsonBridge.h"
#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "document/ConnectorDocument.h"
#include "oauth/OAuthSession.h"

#include <QJsonObject>

namespace {
const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");
} // namespace

ConnectionTokenRefresh::ConnectionTokenRefresh(QNetworkAccessManager *network, const OAuthConfig &config,
                                               Grant grant, QObject *parent)
    : QObject(parent),
      m_session(new OAuthSession(network, config,
                                 grant == Grant::ClientCredentials ? OAuthSession::Grant::ClientCredentials
                                                                   : OAuthSession::Grant::AuthorizationCode,
                                 this)),
      m_grant(grant)
{
    m_session->setExpirySkew(kSkewSeconds);
    connect(m_session, &OAuthSession::tokensChanged, this, &ConnectionTokenRefresh::store);
}

ConnectionTokenRefresh::~ConnectionTokenRefresh() = default;

bool ConnectionTokenRefresh::connectorConfig(const ConnectorDocument &document, OAuthConfig *config,
                                             QString *error)
{
    const QJsonValue properties
        = JsonBridge::toQJson(document.value(ConnectorDocument::Part::Properties, json::JsonPointer()));
    for (const ConnectionParameter &p : ConnectionParameter::fromApiProperties(properties.toObject())) {
        if (p.kind != ConnectionParameter::Kind::OAuth)
            continue;
        *config = p.oauthConfig();
        if (!config->tokenUrl.isValid() || config->tokenUrl.isEmpty()) {
            *error = tr("the connector's OAuth settings have no token URL");
            return false;
        }
        return true;
    }
    *error = tr("the connector has no OAuth 2.0 connection parameter (apiProperties.json)");
    return false;
}

void ConnectionTokenRefresh::setConnection(const Connection &connection, const SecretStore::Secrets &secrets,
                                           ConnectionStore *store, SecretStore *secretStore)
{
    m_connection = connection;
    m_secrets = secrets;
    m_store = store;
    m_secretStore = secretStore;
    OAuthTokens tokens;
    tokens.accessToken = secrets.value(kAccessToken);
    tokens.refreshToken = secrets.value(kRefreshToken);
    tokens.expiresAt = connection.tokenExpiry;
    m_session->setTokens(tokens);
}

void ConnectionTokenRefresh::dropTokenWithoutExpiry()
{
    OAuthTokens tokens = m_session->tokens();
    if (tokens.isValid() && !tokens.expiresAt.isValid())
        m_session->setTokens(OAuthTokens());
}

bool ConnectionTokenRefresh::canRenew() const
{
    return m_grant == Grant::ClientCredentials || !m_session->tokens().refreshToken.isEmpty();
}

bool ConnectionTokenRefresh::isDue() const
{
    const OAuthTokens &tokens = m_session->tokens();
    // A token without a known lifetime is used until the API rejects it (401).
    if (tokens.isValid() && !tokens.expiresAt.isValid())
        return false;
    return canRenew() && tokens.isExpired(QDateTime::currentDateTimeUtc(), kSkewSeconds);
}

QString ConnectionTokenRefresh::accessToken() const
{
    return m_session->tokens().accessToken;
}

void ConnectionTokenRefresh::accessToken(Done done)
{
    if (!isDue() && m_session->tokens().isValid()) {
        OAuthResult r;
        r.outcome = OAuthResult::Outcome::Success;
        r.tokens = m_session->tokens();
        done(r);
        return;
    }
    m_session->accessToken(std::move(done));
}

void ConnectionTokenRefresh::renew(Done done)
{
    m_session->renew(std::move(done));
}

void ConnectionTokenRefresh::store(const OAuthTokens &tokens)
{
    m_notes << tr("new OAuth token (expires %1)")
                   .arg(tokens.expiresAt.isValid() ? tokens.expiresAt.toString(Qt::ISODate) : tr("never"));
    m_secrets.insert(kAccessToken, tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        m_secrets.insert(kRefreshToken, tokens.refreshToken);
    m_connection.tokenExpiry = tokens.expiresAt;
    if (!m_connection.isValid() || !m_secretStore || !m_store)
        return;
    QString error;
    if (!m_secretStore->store(m_connection.secretKey(), m_secrets, &error))
        m_notes << tr("the new token could not be stored in the keychain: %1").arg(error);
    m_store->upsert(m_connection);
    if (!m_store->save(&error))
        m_notes << tr("the token expiry could not be saved: %1").arg(error);
}
