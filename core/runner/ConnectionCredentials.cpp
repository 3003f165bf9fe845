#include "ConnectionCredentials.h"

#include "JsonBridge.h"
#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "connections/EnvSecrets.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "oauth/OAuthSession.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace {

const QString kClientSecret = QStringLiteral("client_secret");
const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
}

QList<ConnectionParameter> parametersOf(const ConnectorDocument &document)
{
    const QJsonValue properties
        = JsonBridge::toQJson(document.value(ConnectorDocument::Part::Properties, json::JsonPointer()));
    return ConnectionParameter::fromApiProperties(properties.toObject());
}

} // namespace

ConnectionCredentials::ConnectionCredentials(const ConnectorDocument &document, const QString &connectorPath,
                                             const QProcessEnvironment &environment)
    : m_document(document), m_connectorPath(connectorPath), m_environment(environment)
{ }

bool ConnectionCredentials::sameConnector(const QString &connectorId, const QString &path)
{
    return canonical(connectorId) == canonical(path);
}

bool ConnectionCredentials::useConnection(ConnectionStore *connections, SecretStore *secrets,
                                          const QString &name, QString *error)
{
    m_store = connections;
    m_secretStore = secrets;
    QString why;
    if (!connections->load(&why)) {
        *error = QObject::tr("cannot read the connections (%1): %2").arg(connections->filePath(), why);
        return false;
    }
    QStringList known;
    for (const Connection &c : connections->connections()) {
        if (!sameConnector(c.connectorId, m_connectorPath))
            continue;
        if (c.name == name) {
            m_connection = c;
            m_hasConnection = true;
        }
        known << c.name;
    }
    if (!m_hasConnection) {
        *error = known.isEmpty() ? QObject::tr("no connection '%1': this connector has no connection in %2")
                                       .arg(name, connections->filePath())
                                 : QObject::tr("no connection '%1' for this connector (it has: %2)")
                                       .arg(name, known.join(QStringLiteral(", ")));
        return false;
    }
    m_secrets = secrets->secrets(m_connection.secretKey(), &why);
    if (!why.isEmpty())
        m_notes << QObject::tr("the keychain could not be read: %1").arg(why);
    if (!secrets->usesKeychain())
        m_notes << QObject::tr(
            "no keychain here: the connection's secrets come from CONNECTOR_SECRET_* variables only");
    return true;
}

QString ConnectionCredentials::value(const QString &name) const
{
    if (const std::optional<QString> v = EnvSecrets(m_environment).value(name))
        return *v;
    return m_secrets.value(name, m_connection.fields.value(name));
}

Credentials ConnectionCredentials::credentials() const
{
    // The connection's values become the variables Credentials::fromEnvironment reads, and the
    // real environment goes over them: one mapping onto the security scheme for both.
    QProcessEnvironment merged;
    auto put = [&](const QMap<QString, QString> &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            merged.insert(Credentials::environmentName(it.key()), it.value());
    };
    put(m_connection.fields);
    put(m_secrets);
    for (const QString &key : m_environment.keys())
        merged.insert(key, m_environment.value(key));
    Credentials credentials = Credentials::fromEnvironment(m_document, merged);
    if (!m_bearerToken.isEmpty())
        credentials.bearerToken = m_bearerToken;
    return credentials;
}

bool ConnectionCredentials::useClientCredentials(QNetworkAccessManager *network, int timeoutMs,
                                                 QString *error)
{
    return fetchToken(network, timeoutMs, true, error);
}

bool ConnectionCredentials::refreshIfExpired(QNetworkAccessManager *network, int timeoutMs, QString *error)
{
    if (!m_hasConnection || m_connection.authKind != Connection::AuthKind::OAuth2
        || m_secrets.value(kRefreshToken).isEmpty() || !m_connection.tokenExpiry.isValid()
        || m_connection.tokenExpiry > QDateTime::currentDateTimeUtc().addSecs(30))
        return true;
    return fetchToken(network, timeoutMs, false, error);
}

bool ConnectionCredentials::fetchToken(QNetworkAccessManager *network, int timeoutMs, bool clientCredentials,
                                       QString *error)
{
    OAuthConfig config;
    bool found = false;
    for (const ConnectionParameter &p : parametersOf(m_document)) {
        if (p.kind == ConnectionParameter::Kind::OAuth) {
            config = p.oauthConfig();
            found = true;
            break;
        }
    }
    if (!found) {
        *error = QObject::tr("the connector has no OAuth 2.0 connection parameter (apiProperties.json)");
        return false;
    }
    if (config.clientId.isEmpty())
        config.clientId = value(QStringLiteral("client_id"));
    config.clientSecret = value(kClientSecret);
    if (clientCredentials && config.clientSecret.isEmpty()) {
        *error = QObject::tr("no client secret: set %1").arg(EnvSecrets::variableName(kClientSecret));
        return false;
    }
    if (!config.tokenUrl.isValid() || config.tokenUrl.isEmpty()) {
        *error = QObject::tr("the connector's OAuth settings have no token URL");
        return false;
    }
    config.timeoutMs = timeoutMs;
    OAuthSession session(network, config,
                         clientCredentials ? OAuthSession::Grant::ClientCredentials
                                           : OAuthSession::Grant::AuthorizationCode);
    OAuthTokens stored;
    stored.accessToken = m_secrets.value(kAccessToken);
    stored.refreshToken = m_secrets.value(kRefreshToken);
    stored.expiresAt = m_connection.tokenExpiry;
    if (stored.isValid() && !stored.expiresAt.isValid() && clientCredentials)
        stored = OAuthTokens(); // an access token of unknown age: ask for a new one
    session.setTokens(stored);
    QObject::connect(&session, &OAuthSession::tokensChanged, &session,
                     [this](const OAuthTokens &tokens) { storeTokens(tokens); });
    QEventLoop loop;
    OAuthResult result;
    bool done = false;
    session.accessToken([&](const OAuthResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!result.tokens.isValid()) {
        *error = QObject::tr("no OAuth token from %1: %2").arg(config.tokenUrl.toString(), result.message);
        return false;
    }
    m_bearerToken = result.tokens.accessToken;
    return true;
}

void ConnectionCredentials::storeTokens(const OAuthTokens &tokens)
{
    m_notes << QObject::tr("new OAuth token (expires %1)")
                   .arg(tokens.expiresAt.isValid() ? tokens.expiresAt.toString(Qt::ISODate)
                                                   : QObject::tr("never"));
    if (!m_hasConnection || !m_secretStore || !m_store)
        return;
    m_secrets.insert(kAccessToken, tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        m_secrets.insert(kRefreshToken, tokens.refreshToken);
    QString error;
    if (!m_secretStore->store(m_connection.secretKey(), m_secrets, &error))
        m_notes << QObject::tr("the new token could not be stored in the keychain: %1").arg(error);
    m_connection.tokenExpiry = tokens.expiresAt;
    m_store->upsert(m_connection);
    if (!m_store->save(&error))
        m_notes << QObject::tr("the token expiry could not be saved: %1").arg(error);
}
