#pragma once

#include "Credentials.h"
#include "connections/Connection.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class ConnectionStore;
class ConnectorDocument;
class QNetworkAccessManager;
class SecretStore;

// The credentials of a call outside the GUI (the test CLI): a saved connection (ConnectionStore,
// secrets from SecretStore), CONNECTOR_SECRET_<NAME> variables over it, and OAuth tokens:
// a client-credentials token from the connector's token URL, or the connection's tokens
// refreshed when they have expired. Renewed tokens go back to the SecretStore (and only the
// expiry to the connection file), never to a file in plain text: ConnectionTokenRefresh, which
// the Test tab uses too.
class ConnectionCredentials
{
public:
    ConnectionCredentials(const ConnectorDocument &document, const QString &connectorPath,
                          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // The connection named `name` of this connector; false with *error naming the known ones.
    bool useConnection(ConnectionStore *connections, SecretStore *secrets, const QString &name,
                       QString *error);
    // Gets a bearer token with the client-credentials grant (the connection's stored token while
    // it is valid). Client id from the connector's OAuth settings (or the connection's
    // "client_id"), secret from CONNECTOR_SECRET_CLIENT_SECRET or the connection.
    bool useClientCredentials(QNetworkAccessManager *network, int timeoutMs, QString *error);
    // Refreshes the connection's OAuth token when it has expired and a refresh token is stored.
    bool refreshIfExpired(QNetworkAccessManager *network, int timeoutMs, QString *error);
    // After a 401: whether the token can be renewed, and renewing it now (once per call).
    bool canRenew() const;
    bool renew(QNetworkAccessManager *network, int timeoutMs, QString *error);

    Credentials credentials() const;
    QStringList notes() const { return m_notes; }
    bool hasConnection() const { return m_hasConnection; }
    const Connection &connection() const { return m_connection; }

    // Whether a connection's connectorId names the folder at `path` (both canonicalised).
    static bool sameConnector(const QString &connectorId, const QString &path);

private:
    QString value(const QString &name) const; // environment, then connection secrets, then fields
    enum class Fetch { IfDue, Now };
    bool fetchToken(QNetworkAccessManager *network, int timeoutMs, Fetch fetch, QString *error);
    bool isOAuthConnection() const;

    const ConnectorDocument &m_document;
    QString m_connectorPath;
    QProcessEnvironment m_environment;
    ConnectionStore *m_store = nullptr;
    SecretStore *m_secretStore = nullptr;
    Connection m_connection;
    QMap<QString, QString> m_secrets; // of the connection
    bool m_hasConnection = false;
    QString m_bearerToken; // from an OAuth flow
    bool m_clientCredentials = false; // --oauth-grant client_credentials
    QStringList m_notes;
};
