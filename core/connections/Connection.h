#pragma once

#include "oauth/OAuthConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

// A named set of credentials for one connector, without its secrets: those live in SecretStore,
// keyed by secretKey(). Everything here may be written to the user's config directory.
class Connection
{
public:
    enum class AuthKind { None, ApiKey, Basic, OAuth2 };

    QString name;
    QString connectorId; // the connector's folder path (or its title when it has no folder)
    AuthKind authKind = AuthKind::None;
    // Non-secret values by connection parameter name: user name, client id, token URL, scopes...
    QMap<QString, QString> fields;
    // How the client secret goes to the token endpoint (body or HTTP Basic); not a secret.
    OAuthConfig::ClientAuthentication clientAuthentication = OAuthConfig::ClientAuthentication::RequestBody;
    QDateTime tokenExpiry; // UTC; invalid when there is no token

    bool isValid() const { return !name.isEmpty() && !connectorId.isEmpty(); }
    // The key of this connection's entry in the keychain (or the in-memory fallback).
    QString secretKey() const;

    QJsonObject toJson() const;
    static Connection fromJson(const QJsonObject &object);

    static QString authKindName(AuthKind kind);
    static AuthKind authKindFromName(const QString &name);

    friend bool operator==(const Connection &a, const Connection &b);
    friend bool operator!=(const Connection &a, const Connection &b) { return !(a == b); }
};
