#include "IdentityProviders.h"

#include <QObject>

namespace {

QList<IdentityProviders::Provider> makeProviders()
{
    using P = IdentityProviders;
    const int named = P::ClientId | P::Scopes;
    // The URLs of the named presets are the platform's; the Swagger definition only records them.
    return {
        {QStringLiteral("oauth2"),
         QObject::tr("Generic OAuth 2"),
         {},
         {},
         P::ClientId | P::AuthorizationUrl | P::TokenUrl | P::RefreshUrl | P::Scopes},
        {QStringLiteral("aad"), QObject::tr("Azure AD / Microsoft Entra ID"),
         QStringLiteral("https://login.microsoftonline.com/common/oauth2/authorize"),
         QStringLiteral("https://login.windows.net/common/oauth2/authorize"),
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
         QStringLiteral("https://accounts.google.com/o/oauth2/auth"),
         QStringLiteral("https://oauth2.googleapis.com/token"), named},
        {QStringLiteral("facebook"), QStringLiteral("Facebook"),
         QStringLiteral("https://graph.facebook.com/oauth/authorize"),
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
