#include "AuthSettings.h"

#include "IdentityProviders.h"

#include <QObject>

AuthSettings AuthSettings::defaults(AuthKind kind, const QString &identityProvider)
{
    AuthSettings s;
    s.kind = kind;
    switch (kind) {
    case AuthKind::ApiKey:
        // What the Power Platform's wizard writes for a new API key.
        s.apiKeyLabel = QStringLiteral("API Key");
        s.apiKeyName = QStringLiteral("X-API-Key");
        s.apiKeyLocation = QStringLiteral("header");
        break;
    case AuthKind::Basic:
        s.userNameLabel = QStringLiteral("Username");
        s.passwordLabel = QStringLiteral("Password");
        break;
    case AuthKind::OAuth2: {
        const auto provider = IdentityProviders::find(identityProvider.isEmpty() ? QStringLiteral("oauth2")
                                                                                 : identityProvider);
        s.identityProvider = provider.id;
        s.redirectMode = QStringLiteral("Global");
        s.authorizationUrl = provider.authorizationUrl;
        s.tokenUrl = provider.tokenUrl;
        if (provider.id == QLatin1String("aad")) {
            s.loginUrl = QStringLiteral("https://login.microsoftonline.com");
            s.tenantId = QStringLiteral("common");
        } else if (provider.id == QLatin1String("oauth2generic")) {
            s.authorizationQueryTemplate = QStringLiteral("?response_type=code&client_id={clientId}&redirect_"
                                                          "uri={redirectUrl}&scope={scopes}&state={state}");
            s.tokenBodyTemplate
                = QStringLiteral("grant_type=authorization_code&code={code}&redirect_uri={"
                                 "redirectUrl}&client_id={clientId}&client_secret={clientSecret}");
            s.refreshBodyTemplate
                = QStringLiteral("grant_type=refresh_token&refresh_token={refreshToken}&"
                                 "redirect_uri={redirectUrl}&client_id={clientId}&client_secret={"
                                 "clientSecret}");
        }
        break;
    }
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return s;
}
