#pragma once

#include <QList>
#include <QString>

// The identity providers the Power Platform knows for OAuth 2.0 connection parameters
// (oAuthSettings.identityProvider), with what a new connection parameter starts with.
class IdentityProviders
{
public:
    enum Field {
        ClientId = 1 << 0,
        AuthorizationUrl = 1 << 1,
        TokenUrl = 1 << 2,
        RefreshUrl = 1 << 3,
        Scopes = 1 << 4,
        AzureFields = 1 << 5, // login URL, tenant, resource URL, on-behalf-of login
        Templates = 1 << 6, // oauth2generic query/body templates
    };

    struct Provider
    {
        QString id;
        QString displayName;
        QString authorizationUrl; // for the Swagger security definition
        QString tokenUrl;
        int fields = 0;
    };

    static const QList<Provider> &all();
    // The provider with that id (case-insensitive); an unknown id gets a provider that edits
    // only the client id and scopes, so foreign files stay editable.
    static Provider find(const QString &id);
    static bool isKnown(const QString &id);

    static QString globalRedirectUrl();
};
