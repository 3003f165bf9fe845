#pragma once

#include <QString>

class ConnectionStore;
class SecretStore;

// The OAuth client secret a publish needs: paconn asks for it when it creates or updates a
// connector with an OAuth connection parameter. It comes from the connection's keychain entry
// (GUI) or CONNECTOR_SECRET_CLIENT_SECRET (CLI), never from a file, and is never written.
class PublishSecret
{
public:
    // Whether the connector in folder declares an OAuth connection parameter.
    static bool needsClientSecret(const QString &folder);
    // The "client_secret" of the first OAuth connection of the connector (its folder path) that
    // has one; connectionName tells which; empty when none is stored.
    static QString fromStores(const QString &folder, ConnectionStore &connections, SecretStore &secrets,
                              QString *connectionName = nullptr);
    // CONNECTOR_SECRET_CLIENT_SECRET (EnvSecrets' name for an OAuth client secret).
    static QString fromEnvironment();
    static QString environmentVariable();
};
