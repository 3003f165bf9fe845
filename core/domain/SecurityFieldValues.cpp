#include "SecurityFieldValues.h"

#include "IdentityProviders.h"

using Field = SecurityEdits::Field;

bool SecurityFieldValues::appliesTo(const AuthSettings &s, Field field)
{
    switch (field) {
    case Field::ApiKeyLabel:
    case Field::ApiKeyName:
    case Field::ApiKeyLocation:
        return s.kind == AuthKind::ApiKey;
    case Field::UserNameLabel:
    case Field::PasswordLabel:
        return s.kind == AuthKind::Basic;
    case Field::SetName:
    case Field::SetDisplayName:
    case Field::SetDescription:
    case Field::SetsDisplayName:
    case Field::SetsDescription:
        return true;
    default:
        break;
    }
    if (s.kind != AuthKind::OAuth2)
        return false;
    const int fields = IdentityProviders::find(s.identityProvider).fields;
    switch (field) {
    case Field::IdentityProvider:
    case Field::RedirectMode:
        return true;
    case Field::ClientId:
        return fields & IdentityProviders::ClientId;
    case Field::AuthorizationUrl:
        return fields & IdentityProviders::AuthorizationUrl;
    case Field::TokenUrl:
        return fields & IdentityProviders::TokenUrl;
    case Field::RefreshUrl:
        return fields & IdentityProviders::RefreshUrl;
    case Field::Scopes:
        return fields & IdentityProviders::Scopes;
    case Field::LoginUrl:
    case Field::TenantId:
    case Field::ResourceUrl:
    case Field::OnBehalfOfLogin:
        return fields & IdentityProviders::AzureFields;
    case Field::AuthorizationQueryTemplate:
    case Field::TokenBodyTemplate:
    case Field::RefreshBodyTemplate:
        return fields & IdentityProviders::Templates;
    default:
        return false;
    }
}

QString SecurityFieldValues::value(const AuthSettings &s, Field field)
{
    switch (field) {
    case Field::ApiKeyLabel:
        return s.apiKeyLabel;
    case Field::ApiKeyName:
        return s.apiKeyName;
    case Field::ApiKeyLocation:
        return s.apiKeyLocation;
    case Field::UserNameLabel:
        return s.userNameLabel;
    case Field::PasswordLabel:
        return s.passwordLabel;
    case Field::IdentityProvider:
        return s.identityProvider;
    case Field::ClientId:
        return s.clientId;
    case Field::AuthorizationUrl:
        return s.authorizationUrl;
    case Field::TokenUrl:
        return s.tokenUrl;
    case Field::RefreshUrl:
        return s.refreshUrl;
    case Field::Scopes:
        return s.scopes.join(QLatin1Char(' '));
    case Field::RedirectMode:
        return s.redirectMode;
    case Field::LoginUrl:
        return s.loginUrl;
    case Field::TenantId:
        return s.tenantId;
    case Field::ResourceUrl:
        return s.resourceUrl;
    case Field::OnBehalfOfLogin:
        return s.onBehalfOfLogin ? QStringLiteral("true") : QStringLiteral("false");
    case Field::AuthorizationQueryTemplate:
        return s.authorizationQueryTemplate;
    case Field::TokenBodyTemplate:
        return s.tokenBodyTemplate;
    case Field::RefreshBodyTemplate:
        return s.refreshBodyTemplate;
    default:
        return {};
    }
}
