#include "SecurityJson.h"

#include "IdentityProviders.h"
#include "JsonBuilder.h"

#include <QObject>

using json::JsonValue;

namespace SecurityJson {

namespace {

Node customValue(const QString &value)
{
    return JsonBuilder().add(QStringLiteral("value"), value).take();
}

Node uiDefinition(const QString &label, const QString &description, const QString &tooltip, int tabIndex,
                  bool clearText)
{
    auto constraints = JsonBuilder()
                           .add(QStringLiteral("tabIndex"), JsonValue::makeNumber(tabIndex))
                           .add(QStringLiteral("clearText"), clearText)
                           .add(QStringLiteral("required"), QStringLiteral("true"))
                           .take();
    return JsonBuilder()
        .add(QStringLiteral("displayName"), label)
        .add(QStringLiteral("description"), description)
        .add(QStringLiteral("tooltip"), tooltip)
        .add(QStringLiteral("constraints"), std::move(constraints))
        .take();
}

Node secureString(Node ui)
{
    return JsonBuilder()
        .add(QStringLiteral("type"), QStringLiteral("securestring"))
        .add(QStringLiteral("uiDefinition"), std::move(ui))
        .take();
}

} // namespace

QString definitionKey(AuthKind kind)
{
    switch (kind) {
    case AuthKind::ApiKey:
        return QStringLiteral("API Key");
    case AuthKind::Basic:
        return QStringLiteral("basic_auth");
    case AuthKind::OAuth2:
        return QStringLiteral("oauth2-auth");
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return {};
}

QString setName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::ApiKey:
        return QStringLiteral("apiKey");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::OAuth2:
        return QStringLiteral("oauth");
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return QStringLiteral("auth");
}

QString kindLabel(const AuthSettings &settings)
{
    switch (settings.kind) {
    case AuthKind::ApiKey:
        return QObject::tr("API key");
    case AuthKind::Basic:
        return QObject::tr("User name and password");
    case AuthKind::OAuth2:
        return QObject::tr("Sign in with %1")
            .arg(IdentityProviders::find(settings.identityProvider).displayName);
    case AuthKind::None:
        return QObject::tr("No authentication");
    case AuthKind::Multiple:
        break;
    }
    return {};
}

Node scopesObject(const QStringList &scopes)
{
    JsonBuilder object;
    for (const QString &scope : scopes)
        object.add(scope, scope);
    return object.take();
}

Node definition(const AuthSettings &s)
{
    switch (s.kind) {
    case AuthKind::ApiKey:
        return JsonBuilder()
            .add(QStringLiteral("type"), QStringLiteral("apiKey"))
            .add(QStringLiteral("in"), s.apiKeyLocation)
            .add(QStringLiteral("name"), s.apiKeyName)
            .take();
    case AuthKind::Basic:
        return JsonBuilder().add(QStringLiteral("type"), QStringLiteral("basic")).take();
    case AuthKind::OAuth2: {
        const auto provider = IdentityProviders::find(s.identityProvider);
        return JsonBuilder()
            .add(QStringLiteral("type"), QStringLiteral("oauth2"))
            .add(QStringLiteral("flow"), QStringLiteral("accessCode"))
            .add(QStringLiteral("authorizationUrl"),
                 s.authorizationUrl.isEmpty() ? provider.authorizationUrl : s.authorizationUrl)
            .add(QStringLiteral("tokenUrl"), s.tokenUrl.isEmpty() ? provider.tokenUrl : s.tokenUrl)
            .add(QStringLiteral("scopes"), scopesObject(s.scopes))
            .take();
    }
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return nullptr;
}

Node requirement(const QString &key, const AuthSettings &s)
{
    return JsonBuilder()
        .add(key, JsonBuilder::stringArray(s.kind == AuthKind::OAuth2 ? s.scopes : QStringList()))
        .take();
}

Node oauthSettings(const AuthSettings &s)
{
    const QString provider = s.identityProvider.isEmpty() ? QStringLiteral("oauth2") : s.identityProvider;
    JsonBuilder properties;
    properties.add(QStringLiteral("IsFirstParty"), QStringLiteral("False"));
    JsonBuilder custom;
    if (provider == QLatin1String("aad")) {
        properties.add(QStringLiteral("AzureActiveDirectoryResourceId"), s.resourceUrl);
        properties.add(QStringLiteral("IsOnbehalfofLoginSupported"), s.onBehalfOfLogin);
        custom.add(QStringLiteral("loginUri"), customValue(s.loginUrl));
        custom.add(QStringLiteral("tenantId"), customValue(s.tenantId));
        custom.add(QStringLiteral("resourceUri"), customValue(s.resourceUrl));
        custom.add(QStringLiteral("enableOnbehalfOfLogin"),
                   customValue(s.onBehalfOfLogin ? QStringLiteral("true") : QStringLiteral("false")));
    } else if (provider == QLatin1String("oauth2generic")) {
        custom.add(QStringLiteral("authorizationUrlTemplate"), customValue(s.authorizationUrl));
        custom.add(QStringLiteral("authorizationUrlQueryStringTemplate"),
                   customValue(s.authorizationQueryTemplate));
        custom.add(QStringLiteral("tokenUrlTemplate"), customValue(s.tokenUrl));
        custom.add(QStringLiteral("tokenBodyTemplate"), customValue(s.tokenBodyTemplate));
        custom.add(QStringLiteral("refreshUrlTemplate"), customValue(s.refreshUrl));
        custom.add(QStringLiteral("refreshBodyTemplate"), customValue(s.refreshBodyTemplate));
    } else if (provider == QLatin1String("oauth2")) {
        custom.add(QStringLiteral("authorizationUrl"), customValue(s.authorizationUrl));
        custom.add(QStringLiteral("tokenUrl"), customValue(s.tokenUrl));
        custom.add(QStringLiteral("refreshUrl"), customValue(s.refreshUrl));
    }
    // clientSecret is left out on purpose: the platform asks for it when the connector is
    // created and keeps it there; the files never hold it.
    return JsonBuilder()
        .add(QStringLiteral("identityProvider"), provider)
        .add(QStringLiteral("clientId"), s.clientId)
        .add(QStringLiteral("scopes"), JsonBuilder::stringArray(s.scopes))
        .add(QStringLiteral("redirectMode"),
             s.redirectMode.isEmpty() ? QStringLiteral("Global") : s.redirectMode)
        .add(QStringLiteral("redirectUrl"), IdentityProviders::globalRedirectUrl())
        .add(QStringLiteral("properties"), properties.take())
        .add(QStringLiteral("customParameters"), custom.take())
        .take();
}

std::vector<NamedNode> parameters(const AuthSettings &s)
{
    std::vector<NamedNode> result;
    switch (s.kind) {
    case AuthKind::ApiKey:
        result.emplace_back(
            QStringLiteral("api_key"),
            secureString(uiDefinition(s.apiKeyLabel, QStringLiteral("The API Key for this api"),
                                      QStringLiteral("Provide your API Key"), 2, false)));
        break;
    case AuthKind::Basic:
        result.emplace_back(
            QStringLiteral("username"),
            secureString(uiDefinition(s.userNameLabel, QStringLiteral("The username for this api"),
                                      QStringLiteral("Provide your username"), 2, true)));
        result.emplace_back(
            QStringLiteral("password"),
            secureString(uiDefinition(s.passwordLabel, QStringLiteral("The password for this api"),
                                      QStringLiteral("Provide your password"), 3, false)));
        break;
    case AuthKind::OAuth2:
        result.emplace_back(QStringLiteral("token"),
                            JsonBuilder()
                                .add(QStringLiteral("type"), QStringLiteral("oauthSetting"))
                                .add(QStringLiteral("oAuthSettings"), oauthSettings(s))
                                .take());
        break;
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return result;
}

const QStringList &swaggerRootOrder()
{
    static const QStringList order {
        QStringLiteral("swagger"),    QStringLiteral("info"),      QStringLiteral("host"),
        QStringLiteral("basePath"),   QStringLiteral("schemes"),   QStringLiteral("consumes"),
        QStringLiteral("produces"),   QStringLiteral("paths"),     QStringLiteral("definitions"),
        QStringLiteral("parameters"), QStringLiteral("responses"), QStringLiteral("securityDefinitions"),
        QStringLiteral("security"),   QStringLiteral("tags")};
    return order;
}

const QStringList &propertiesOrder()
{
    static const QStringList order {
        QStringLiteral("connectionParameters"), QStringLiteral("connectionParameterSets"),
        QStringLiteral("iconBrandColor"),       QStringLiteral("scriptOperations"),
        QStringLiteral("capabilities"),         QStringLiteral("policyTemplateInstances")};
    return order;
}

} // namespace SecurityJson
