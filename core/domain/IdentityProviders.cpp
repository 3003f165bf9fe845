#include "IdentityProviders.h"

#include <QObject>

namespace {

QList<IdentityProviders::Provider> makeProviders()
{
    using P = IdentityProviders;
    const int named = P::ClientId | P::Scopes;
    // The URLs of the named presets are the platform's; the Swagger definition only records them.
    // Checked against each provider's documentation (2026-11, AuthUnitsTest::presetUrls):
    // aad: Microsoft identity platform v1 endpoints, login.microsoftonline.com/{tenant}/oauth2/
    //   authorize and /token (exports often carry login.windows.net/.../authorize as the token
    //   URL, which is no token endpoint; the platform signs in with its own aad settings);
    // GitHub: docs.github.com "Authorizing OAuth apps"; Google: developers.google.com/identity/
    //   protocols/oauth2/web-server (o/oauth2/v2/auth, oauth2.googleapis.com/token); Facebook:
    //   "Manually Build a Login Flow" (www.facebook.com/dialog/oauth, graph.facebook.com/oauth/
    //   access_token, unversioned = the oldest available Graph API version); Dropbox: OAuth
    //   guide (www.dropbox.com/oauth2/authorize, api.dropboxapi.com/oauth2/token); Salesforce:
    //   "OAuth Endpoints" (login.salesforce.com/services/oauth2/authorize and /token).
    return {
        {QStringLiteral("oauth2"),
         QObject::tr("Generic OAuth 2"),
         {},
         {},
         P::ClientId | P::AuthorizationUrl | P::TokenUrl | P::RefreshUrl | P::Scopes},
        {QStringLiteral("aad"), QObject::tr("Azure AD / Microsoft Entra ID"),
         QStringLiteral("https://login.microsoftonline.com/common/oauth2/authorize"),
         QStringLiteral("https://login.microsoftonline.com/common/oauth2/token"),
         P::ClientId | P::Scopes | P::AzureFields},
        {QStringLiteral("oauth2generic"),
         QObject::tr("Generic OAuth 2 with templates (oauth2generic)"),
         {},
         {},
         P::ClientId | P::AuthorizationUrl | P::TokenUrl | P::RefreshUrl | P::Scopes | P::Templates},
        {QStringLiteral("github"), QStringLiteral("GitHub"),
         QStringLiteral("https://github.com/login/oauth/authorize"),
         QStringLiteral("https://github.com/login/oauth/access_token"), named},
        {QStringLiteral("google"), QStringLiteral("Google"),
         QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"),
         QStringLiteral("https://oauth2.googleapis.com/token"), named},
        {QStringLiteral("facebook"), QStringLiteral("Facebook"),
         QStringLiteral("https://www.facebook.com/dialog/oauth"),
         QStringLiteral("https://graph.facebook.com/oauth/access_token"), named},
        {QStringLiteral("dropbox"), QStringLiteral("Dropbox"),
         QStringLiteral("https://www.dropbox.com/oauth2/authorize"),
         QStringLiteral("https://api.dropboxapi.com/oauth2/token"), named},
        {QStringLiteral("salesforce"), QStringLiteral("Salesforce"),
         QStringLiteral("https://login.salesforce.com/services/oauth2/authorize"),
         QStringLiteral("https://login.salesforce.com/services/oauth2/token"), named},
    };
}

} // namespace

const QList<IdentityProviders::Provider> &IdentityProviders::all()
{
    static const QList<Provider> providers = makeProviders();
    return providers;
}

IdentityProviders::Provider IdentityProviders::find(const QString &id)
{
    for (const Provider &provider : all()) {
        if (provider.id.compare(id, Qt::CaseInsensitive) == 0)
            return provider;
    }
    return {id, id, {}, {}, ClientId | Scopes};
}

bool IdentityProviders::isKnown(const QString &id)
{
    for (const Provider &provider : all()) {
        if (provider.id.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString IdentityProviders::globalRedirectUrl()
{
    return QStringLiteral("https://global.consent.azure-apim.net/redirect");
}
