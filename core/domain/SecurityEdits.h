#pragma once

#include "AuthSettings.h"
#include "EditResult.h"

class ConnectorDocument;

// The Security tab's edits. Each keeps the three places that describe the authentication in
// step, the Swagger securityDefinitions and security requirement and the connection
// parameters (or connectionParameterSets) of apiProperties.json, as ONE undo step across both
// files. Nothing here ever writes a client secret.
class SecurityEdits
{
public:
    enum class Field {
        ApiKeyLabel,
        ApiKeyName,
        ApiKeyLocation, // header or query
        UserNameLabel,
        PasswordLabel,
        IdentityProvider, // rebuilds the OAuth parameter for the provider, keeping client id, scopes,
                          // redirect mode
        ClientId,
        AuthorizationUrl,
        TokenUrl,
        RefreshUrl,
        Scopes, // separated by spaces or commas
        RedirectMode, // Global or GlobalPerConnector
        LoginUrl,
        TenantId,
        ResourceUrl,
        OnBehalfOfLogin, // "true" / "false"
        AuthorizationQueryTemplate,
        TokenBodyTemplate,
        RefreshBodyTemplate,
        SetName,
        SetDisplayName,
        SetDescription,
        SetsDisplayName, // the set picker's label (set ignored)
        SetsDescription,
    };

    // Switches the single authentication (or to Multiple: the current one becomes the first set).
    static EditResult setKind(ConnectorDocument *document, AuthKind kind,
                              const QString &identityProvider = {});
    // set -1 = the single authentication.
    static EditResult setField(ConnectorDocument *document, int set, Field field, const QString &value);
    static EditResult addSet(ConnectorDocument *document, AuthKind kind,
                             const QString &identityProvider = {});
    static EditResult removeSet(ConnectorDocument *document, int set);
    static EditResult setSetKind(ConnectorDocument *document, int set, AuthKind kind,
                                 const QString &identityProvider = {});
    // Which fields apply to an authentication and their values: SecurityFieldValues.
};
