#include "ConnectionProperties.h"

#include "SwaggerOutput.h"
#include "domain/JsonBuilder.h"

#include <QCoreApplication>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionProperties", text);
}

QString memberText(const JsonValue &object, const char *key)
{
    return SwaggerOutput::text(object.member(QLatin1String(key)));
}

} // namespace

std::unique_ptr<JsonValue> ConnectionProperties::secure(const QString &label, const QString &description,
                                                        int tab)
{
    JsonBuilder constraints;
    constraints.add(QStringLiteral("tabIndex"), JsonValue::makeNumber(tab));
    constraints.add(QStringLiteral("clearText"), false);
    constraints.add(QStringLiteral("required"), QStringLiteral("true"));
    JsonBuilder ui;
    ui.add(QStringLiteral("displayName"), label);
    ui.add(QStringLiteral("description"), description);
    ui.add(QStringLiteral("tooltip"), description);
    ui.add(QStringLiteral("constraints"), constraints.take());
    JsonBuilder parameter;
    parameter.add(QStringLiteral("type"), QStringLiteral("securestring"));
    parameter.add(QStringLiteral("uiDefinition"), ui.take());
    return parameter.take();
}

std::unique_ptr<JsonValue> ConnectionProperties::apiKey(const JsonValue &scheme)
{
    const QString name = memberText(scheme, "name");
    const QString given = memberText(scheme, "description");
    return secure(name.isEmpty() ? tr("API Key") : name,
                  given.isEmpty() ? tr("The value sent as \"%1\" with every request").arg(name) : given, 2);
}

std::unique_ptr<JsonValue> ConnectionProperties::oauth(const JsonValue &scheme)
{
    JsonBuilder custom;
    const auto url = [&](const char *key, const char *field) {
        const QString value = memberText(scheme, key);
        if (!value.isEmpty()) {
            JsonBuilder wrapped;
            wrapped.add(QStringLiteral("value"), value);
            custom.add(QLatin1String(field), wrapped.take());
        }
    };
    url("authorizationUrl", "authorizationUrl");
    url("tokenUrl", "tokenUrl");
    url("x-refreshUrl", "refreshUrl");
    if (!memberText(scheme, "tokenUrl").isEmpty() && memberText(scheme, "x-refreshUrl").isEmpty()) {
        JsonBuilder wrapped;
        wrapped.add(QStringLiteral("value"), memberText(scheme, "tokenUrl"));
        custom.add(QStringLiteral("refreshUrl"), wrapped.take());
    }
    QStringList scopes;
    if (const JsonValue *given = scheme.member(QStringLiteral("scopes")); given && given->isObject())
        scopes = given->keys();
    JsonBuilder properties;
    properties.add(QStringLiteral("IsFirstParty"), QStringLiteral("False"));
    JsonBuilder settings;
    settings.add(QStringLiteral("identityProvider"), QStringLiteral("oauth2"));
    settings.add(QStringLiteral("clientId"), QString());
    settings.add(QStringLiteral("scopes"), JsonBuilder::stringArray(scopes));
    settings.add(QStringLiteral("redirectMode"), QStringLiteral("Global"));
    settings.add(QStringLiteral("redirectUrl"),
                 QStringLiteral("https://global.consent.azure-apim.net/redirect"));
    settings.add(QStringLiteral("properties"), properties.take());
    settings.add(QStringLiteral("customParameters"), custom.take());
    JsonBuilder parameter;
    parameter.add(QStringLiteral("type"), QStringLiteral("oauthSetting"));
    parameter.add(QStringLiteral("oAuthSettings"), settings.take());
    return parameter.take();
}

std::unique_ptr<JsonValue> ConnectionProperties::fromDefinition(const JsonValue &definition,
                                                                QStringList *skipped)
{
    JsonBuilder parameters;
    const JsonValue *schemes = definition.member(QStringLiteral("securityDefinitions"));
    for (int i = 0; schemes && schemes->isObject() && i < schemes->size(); ++i) {
        const JsonValue &scheme = *schemes->at(i);
        if (i > 0) {
            if (skipped)
                skipped->append(schemes->keyAt(i));
            continue;
        }
        const QString type = scheme.isObject() ? memberText(scheme, "type") : QString();
        if (type == QLatin1String("apiKey")) {
            parameters.add(QStringLiteral("api_key"), apiKey(scheme));
        } else if (type == QLatin1String("basic")) {
            parameters.add(QStringLiteral("username"), secure(tr("Username"), tr("The user name"), 2));
            parameters.add(QStringLiteral("password"), secure(tr("Password"), tr("The password"), 3));
        } else if (type == QLatin1String("oauth2")) {
            parameters.add(QStringLiteral("token"), oauth(scheme));
        }
    }
    JsonBuilder properties;
    properties.add(QStringLiteral("connectionParameters"), parameters.take());
    properties.add(QStringLiteral("iconBrandColor"), QStringLiteral("#007EE5"));
    properties.add(QStringLiteral("capabilities"), JsonValue::makeArray());
    properties.add(QStringLiteral("publisher"), QString());
    properties.add(QStringLiteral("stackOwner"), QString());
    JsonBuilder root;
    root.add(QStringLiteral("properties"), properties.take());
    return root.take();
}
