#include "ConnectionCredentials.h"

#include "ConnectionTokenRefresh.h"
#include "JsonBridge.h"
#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "connections/EnvSecrets.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace {

const QString kClientSecret = QStringLiteral("client_secret");
const QString kRefreshToken = QStringLiteral("refresh_token");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
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
    m_clientCredentials = true;
    return fetchToken(network, timeoutMs, Fetch::IfDue, error);
}

bool ConnectionCredentials::isOAuthConnection() const
{
    return m_hasConnection && m_connection.authKind == Connection::AuthKind::OAuth2;
}

bool ConnectionCredentials::refreshIfExpired(QNetworkAccessManager *network, int timeoutMs, QString *error)
{
    if (!isOAuthConnection() || m_secrets.value(kRefreshToken).isEmpty()
        || !m_connection.tokenExpiry.isValid()
        || m_connection.tokenExpiry
            > QDateTime::currentDateTimeUtc().addSecs(ConnectionTokenRefresh::kSkewSeconds))
        return true;
    return fetchToken(network, timeoutMs, Fetch::IfDue, error);
}

bool ConnectionCredentials::canRenew() const
{
    return m_clientCredentials || (isOAuthConnection() && !value(kRefreshToken).isEmpty());
}

bool ConnectionCredentials::renew(QNetworkAccessManager *network, int timeoutMs, QString *error)
{
    if (!canRenew()) {
        *error = QObject::tr("the OAuth token cannot be renewed: no refresh token");
        return false;
    }
    return fetchToken(network, timeoutMs, Fetch::Now, error);
}

bool ConnectionCredentials::fetchToken(QNetworkAccessManager *network, int timeoutMs, Fetch fetch,
                                       QString *error)
{
    OAuthConfig config;
    if (!ConnectionTokenRefresh::connectorConfig(m_document, &config, error))
        return false;
    if (config.clientId.isEmpty())
        config.clientId = value(QStringLiteral("client_id"));
    config.clientSecret = value(kClientSecret);
    if (m_hasConnection)
        config.clientAuthentication = m_connection.clientAuthentication;
    if (m_clientCredentials && config.clientSecret.isEmpty()) {
        *error = QObject::tr("no client secret: set %1").arg(EnvSecrets::variableName(kClientSecret));
        return false;
    }
    config.timeoutMs = timeoutMs;
    ConnectionTokenRefresh refresh(network, config,
                                   m_clientCredentials ? ConnectionTokenRefresh::Grant::ClientCredentials
                                                       : ConnectionTokenRefresh::Grant::Refresh);
    // Tokens in CONNECTOR_SECRET_ACCESS_TOKEN / _REFRESH_TOKEN go over the keychain's, as every
    // variable does.
    SecretStore::Secrets secrets = m_secrets;
    for (const QString &name : {QStringLiteral("access_token"), kRefreshToken}) {
        if (const std::optional<QString> v = EnvSecrets(m_environment).value(name))
            secrets.insert(name, *v);
    }
    refresh.setConnection(m_connection, secrets, m_hasConnection ? m_store : nullptr, m_secretStore);
    if (m_clientCredentials)
        refresh.dropTokenWithoutExpiry(); // an access token of unknown age: ask for a new one
    QEventLoop loop;
    OAuthResult result;
    bool done = false;
    auto finish = [&](const OAuthResult &r) {
        result = r;
        done = true;
        loop.quit();
    };
    if (fetch == Fetch::Now)
        refresh.renew(finish);
    else
        refresh.accessToken(finish);
    if (!done)
        loop.exec();
    m_notes << refresh.notes();
    m_connection = refresh.connection();
    m_secrets = refresh.secrets();
    if (!result.tokens.isValid()) {
        *error = QObject::tr("no OAuth token from %1: %2").arg(config.tokenUrl.toString(), result.message);
        return false;
    }
    m_bearerToken = result.tokens.accessToken;
    return true;
}
