#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The kinds of authentication a connector can ask its users for.
enum class AuthKind { None, ApiKey, Basic, OAuth2, Multiple };

// One authentication as the Security tab shows it: the typed fields of the Swagger security
// definition and of the connection parameters in apiProperties.json. A client secret is not
// part of it: the designer never writes one into the connector's files.
struct AuthSettings
{
    AuthKind kind = AuthKind::None;
    // API key: the connection dialog's label; the header or query parameter that carries it.
    QString apiKeyLabel;
    QString apiKeyName;
    QString apiKeyLocation; // "header" or "query"
    // Basic: the labels of the two fields.
    QString userNameLabel;
    QString passwordLabel;
    // OAuth 2.0
    QString identityProvider; // oauth2, aad, oauth2generic, github, google, ...
    QString clientId;
    QString authorizationUrl;
    QString tokenUrl;
    QString refreshUrl;
    QStringList scopes;
    QString redirectMode; // Global or GlobalPerConnector
    QString loginUrl; // aad
    QString tenantId; // aad
    QString resourceUrl; // aad
    bool onBehalfOfLogin = false; // aad
    QString authorizationQueryTemplate; // oauth2generic
    QString tokenBodyTemplate; // oauth2generic
    QString refreshBodyTemplate; // oauth2generic

    // What a new authentication of that kind starts with (the provider's preset for OAuth).
    static AuthSettings defaults(AuthKind kind, const QString &identityProvider = {});
};

// One entry of connectionParameterSets: a way to sign in that the user picks.
struct AuthSet
{
    QString name;
    QString displayName;
    QString description;
    AuthSettings settings;
};
