#include "ConnectionParameter.h"

#include <QJsonArray>

#include <algorithm>

namespace {
// Booleans in connectors are as often "true" strings as JSON booleans.
bool truthy(const QJsonValue &value)
{
    return value.isBool() ? value.toBool()
                          : value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString customParameter(const QJsonObject &settings, const char *name)
{
    return settings.value(QStringLiteral("customParameters"))
        .toObject()
        .value(QLatin1String(name))
        .toObject()
        .value(QStringLiteral("value"))
        .toString();
}
} // namespace

OAuthConfig ConnectionParameter::oauthConfig() const
{
    OAuthConfig config;
    config.clientId = oauthSettings.value(QStringLiteral("clientId")).toString();
    for (const QJsonValue &scope : oauthSettings.value(QStringLiteral("scopes")).toArray())
        config.scopes += scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (oauthSettings.value(QStringLiteral("identityProvider")).toString() == QLatin1String("aad")) {
        // Entra ID v2 endpoints from the login URL and tenant the connector names.
        QString login = customParameter(oauthSettings, "loginUri");
        if (login.isEmpty())
            login = QStringLiteral("https://login.microsoftonline.com");
        QString tenant = customParameter(oauthSettings, "tenantId");
        if (tenant.isEmpty())
            tenant = QStringLiteral("common");
        const QString base = login + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/");
        config.authorizationUrl = QUrl(base + QStringLiteral("authorize"));
        config.tokenUrl = QUrl(base + QStringLiteral("token"));
        return config;
    }
    config.authorizationUrl = QUrl(customParameter(oauthSettings, "authorizationUrl"));
    config.tokenUrl = QUrl(customParameter(oauthSettings, "tokenUrl"));
    config.refreshUrl = QUrl(customParameter(oauthSettings, "refreshUrl"));
    return config;
}

QList<ConnectionParameter> ConnectionParameter::fromApiProperties(const QJsonObject &apiProperties)
{
    const QJsonObject parameters = apiProperties.value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("connectionParameters"))
                                       .toObject();
    QList<std::pair<int, ConnectionParameter>> ordered;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        const QString type = object.value(QStringLiteral("type")).toString();
        const QJsonObject ui = object.value(QStringLiteral("uiDefinition")).toObject();
        const QJsonObject constraints = ui.value(QStringLiteral("constraints")).toObject();
        ConnectionParameter p;
        p.name = it.key();
        if (type == QLatin1String("oauthSetting")) {
            p.kind = Kind::OAuth;
            p.oauthSettings = object.value(QStringLiteral("oAuthSettings")).toObject();
        } else if (type == QLatin1String("securestring")) {
            p.kind = truthy(constraints.value(QStringLiteral("clearText"))) ? Kind::Text : Kind::SecureText;
        } else if (type == QLatin1String("string") || type == QLatin1String("int")
                   || type == QLatin1String("bool")) {
            p.kind = Kind::Text;
        } else {
            continue; // gatewaySetting, connection, ...: not part of a test connection
        }
        p.displayName = ui.value(QStringLiteral("displayName")).toString();
        p.description = ui.value(QStringLiteral("description")).toString();
        p.tooltip = ui.value(QStringLiteral("tooltip")).toString();
        p.required = truthy(constraints.value(QStringLiteral("required")));
        p.hidden = truthy(constraints.value(QStringLiteral("hidden")));
        const int tabIndex = constraints.value(QStringLiteral("tabIndex")).toInt(1000);
        ordered.append({tabIndex, p});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ConnectionParameter> result;
    for (const auto &entry : ordered)
        result.append(entry.second);
    return result;
}
