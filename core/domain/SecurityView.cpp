#include "SecurityView.h"

#include "json/JsonValue.h"

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;

namespace {

QString text(const JsonValue *node, const QString &key)
{
    const JsonValue *value = node ? node->member(key) : nullptr;
    if (!value)
        return {};
    if (value->isString())
        return value->toString();
    if (value->isBool())
        return value->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value->isNumber())
        return value->numberLexeme();
    return {};
}

const JsonValue *child(const JsonValue *node, const QString &key)
{
    return node && node->isObject() ? node->member(key) : nullptr;
}

// customParameters.<key>.value
QString custom(const JsonValue *oauth, const QString &key)
{
    return text(child(child(oauth, QStringLiteral("customParameters")), key), QStringLiteral("value"));
}

bool truthy(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString firstOfType(const JsonValue *parameters, const QString &type)
{
    if (!parameters || !parameters->isObject())
        return {};
    for (int i = 0; i < parameters->size(); ++i) {
        if (text(parameters->at(i), QStringLiteral("type")) == type)
            return parameters->keyAt(i);
    }
    return {};
}

// The parameter that holds the API key: "api_key" as the wizard names it, else a secure string.
QString apiKeyParameter(const JsonValue *parameters)
{
    if (!parameters || !parameters->isObject())
        return {};
    for (const QString &name :
         {QStringLiteral("api_key"), QStringLiteral("apiKey"), QStringLiteral("apikey")}) {
        if (parameters->member(name))
            return name;
    }
    return firstOfType(parameters, QStringLiteral("securestring"));
}

} // namespace

SecurityView::SecurityView(const ConnectorDocument *document) : m_document(document) { }

JsonPointer SecurityView::setsPointer()
{
    return JsonPointer::fromString(QStringLiteral("/properties/connectionParameterSets"));
}

JsonPointer SecurityView::parametersPointer(int set)
{
    if (set < 0)
        return JsonPointer::fromString(QStringLiteral("/properties/connectionParameters"));
    return setsPointer().child(QStringLiteral("values")).child(set).child(QStringLiteral("parameters"));
}

const JsonValue *SecurityView::parameters(int set) const
{
    const JsonValue *node = m_document->value(Part::Properties, parametersPointer(set));
    return node && node->isObject() ? node : nullptr;
}

AuthKind SecurityView::kind() const
{
    const JsonValue *sets = m_document->value(Part::Properties, setsPointer());
    if (sets && sets->isObject())
        return AuthKind::Multiple;
    return read(-1).kind;
}

QString SecurityView::definitionKey(int set) const
{
    const JsonValue *defs = m_document->value(
        Part::Definition, JsonPointer::fromString(QStringLiteral("/securityDefinitions")));
    if (!defs || !defs->isObject() || defs->size() == 0)
        return {};
    if (set < 0)
        return defs->keyAt(0);
    const JsonValue *values
        = m_document->value(Part::Properties, setsPointer().child(QStringLiteral("values")));
    const QString name = text(values ? values->at(set) : nullptr, QStringLiteral("name"));
    return defs->indexOf(name) >= 0 ? name : QString();
}

const JsonValue *SecurityView::definition(int set) const
{
    const QString key = definitionKey(set);
    if (key.isEmpty())
        return nullptr;
    return m_document->value(Part::Definition,
                             JsonPointer::fromString(QStringLiteral("/securityDefinitions")).child(key));
}

QString SecurityView::oauthParameterName(int set) const
{
    return firstOfType(parameters(set), QStringLiteral("oauthSetting"));
}

QStringList SecurityView::authParameterNames(int set) const
{
    const AuthSettings s = read(set);
    const JsonValue *params = parameters(set);
    QStringList names;
    switch (s.kind) {
    case AuthKind::OAuth2:
        names << oauthParameterName(set);
        break;
    case AuthKind::ApiKey: {
        const QString name = apiKeyParameter(params);
        if (!name.isEmpty())
            names << name;
        break;
    }
    case AuthKind::Basic:
        for (const QString &name : {QStringLiteral("username"), QStringLiteral("password")}) {
            if (params && params->member(name))
                names << name;
        }
        break;
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return names;
}

AuthSettings SecurityView::read(int set) const
{
    AuthSettings s;
    const JsonValue *params = parameters(set);
    const JsonValue *def = definition(set);
    const QString defType = text(def, QStringLiteral("type"));
    const QString oauthName = firstOfType(params, QStringLiteral("oauthSetting"));
    // The Swagger definition decides when there is one; files without (multiple authentication
    // sets often have none) are read from the parameters' usual names.
    const bool hasDefinitions = set < 0
        && m_document->value(Part::Definition,
                             JsonPointer::fromString(QStringLiteral("/securityDefinitions")));
    const bool byParameters = !def && !hasDefinitions;
    if (!oauthName.isEmpty() || defType == QLatin1String("oauth2"))
        s.kind = AuthKind::OAuth2;
    else if (defType == QLatin1String("basic")
             || (byParameters && params && params->member(QStringLiteral("username"))
                 && params->member(QStringLiteral("password"))))
        s.kind = AuthKind::Basic;
    else if (defType == QLatin1String("apiKey") || (byParameters && !apiKeyParameter(params).isEmpty()))
        s.kind = AuthKind::ApiKey;
    const auto label = [&](const QString &name) {
        return text(child(child(params, name), QStringLiteral("uiDefinition")),
                    QStringLiteral("displayName"));
    };
    switch (s.kind) {
    case AuthKind::ApiKey: {
        const QString name = apiKeyParameter(params);
        s.apiKeyLabel = label(name);
        s.apiKeyName = text(def, QStringLiteral("name"));
        s.apiKeyLocation = text(def, QStringLiteral("in"));
        break;
    }
    case AuthKind::Basic:
        s.userNameLabel = label(QStringLiteral("username"));
        s.passwordLabel = label(QStringLiteral("password"));
        break;
    case AuthKind::OAuth2: {
        const JsonValue *oauth = child(child(params, oauthName), QStringLiteral("oAuthSettings"));
        s.identityProvider = text(oauth, QStringLiteral("identityProvider"));
        s.clientId = text(oauth, QStringLiteral("clientId"));
        s.redirectMode = text(oauth, QStringLiteral("redirectMode"));
        if (const JsonValue *scopes = child(oauth, QStringLiteral("scopes")); scopes && scopes->isArray()) {
            for (int i = 0; i < scopes->size(); ++i)
                s.scopes << scopes->at(i)->toString();
        }
        const bool generic = s.identityProvider == QLatin1String("oauth2generic");
        const QString suffix = generic ? QStringLiteral("Template") : QString();
        s.authorizationUrl = custom(oauth, QStringLiteral("authorizationUrl") + suffix);
        s.tokenUrl = custom(oauth, QStringLiteral("tokenUrl") + suffix);
        s.refreshUrl = custom(oauth, QStringLiteral("refreshUrl") + suffix);
        if (s.authorizationUrl.isEmpty())
            s.authorizationUrl = text(def, QStringLiteral("authorizationUrl"));
        if (s.tokenUrl.isEmpty())
            s.tokenUrl = text(def, QStringLiteral("tokenUrl"));
        s.loginUrl = custom(oauth, QStringLiteral("loginUri"));
        s.tenantId = custom(oauth, QStringLiteral("tenantId"));
        s.resourceUrl = custom(oauth, QStringLiteral("resourceUri"));
        s.onBehalfOfLogin = truthy(custom(oauth, QStringLiteral("enableOnbehalfOfLogin")));
        s.authorizationQueryTemplate = custom(oauth, QStringLiteral("authorizationUrlQueryStringTemplate"));
        s.tokenBodyTemplate = custom(oauth, QStringLiteral("tokenBodyTemplate"));
        s.refreshBodyTemplate = custom(oauth, QStringLiteral("refreshBodyTemplate"));
        break;
    }
    case AuthKind::None:
    case AuthKind::Multiple:
        break;
    }
    return s;
}

AuthSettings SecurityView::settings() const
{
    return read(-1);
}

QList<AuthSet> SecurityView::sets() const
{
    QList<AuthSet> result;
    const JsonValue *values
        = m_document->value(Part::Properties, setsPointer().child(QStringLiteral("values")));
    if (!values || !values->isArray())
        return result;
    for (int i = 0; i < values->size(); ++i) {
        const JsonValue *entry = values->at(i);
        const JsonValue *ui = child(entry, QStringLiteral("uiDefinition"));
        result.append({text(entry, QStringLiteral("name")), text(ui, QStringLiteral("displayName")),
                       text(ui, QStringLiteral("description")), read(i)});
    }
    return result;
}

QString SecurityView::setsDisplayName() const
{
    return text(child(m_document->value(Part::Properties, setsPointer()), QStringLiteral("uiDefinition")),
                QStringLiteral("displayName"));
}

QString SecurityView::setsDescription() const
{
    return text(child(m_document->value(Part::Properties, setsPointer()), QStringLiteral("uiDefinition")),
                QStringLiteral("description"));
}

QList<ConnectionParameterInfo> SecurityView::connectionParameters(int set) const
{
    QList<ConnectionParameterInfo> result;
    const JsonValue *params = parameters(set);
    if (!params)
        return result;
    for (int i = 0; i < params->size(); ++i) {
        const JsonValue *param = params->at(i);
        const JsonValue *ui = child(param, QStringLiteral("uiDefinition"));
        const JsonValue *constraints = child(ui, QStringLiteral("constraints"));
        ConnectionParameterInfo info;
        info.name = params->keyAt(i);
        info.type = text(param, QStringLiteral("type"));
        info.displayName = text(ui, QStringLiteral("displayName"));
        info.description = text(ui, QStringLiteral("description"));
        info.tooltip = text(ui, QStringLiteral("tooltip"));
        info.required = truthy(text(constraints, QStringLiteral("required")));
        info.hidden = truthy(text(constraints, QStringLiteral("hidden")));
        info.clearText = truthy(text(constraints, QStringLiteral("clearText")));
        if (const JsonValue *allowed = child(constraints, QStringLiteral("allowedValues"));
            allowed && allowed->isArray()) {
            for (int j = 0; j < allowed->size(); ++j)
                info.allowedValues << text(allowed->at(j), QStringLiteral("text"));
        }
        info.identityProvider
            = text(child(param, QStringLiteral("oAuthSettings")), QStringLiteral("identityProvider"));
        result.append(info);
    }
    return result;
}

bool SecurityView::isAffectedBy(Part part, const JsonPointer &pointer)
{
    if (pointer.isRoot())
        return true;
    if (part == Part::Definition)
        return pointer.tokens().first() == QLatin1String("securityDefinitions")
            || pointer.tokens().first() == QLatin1String("security");
    if (part == Part::Properties)
        return pointer.tokens().first() == QLatin1String("properties")
            && (pointer.tokens().size() == 1
                || pointer.tokens().at(1).startsWith(QLatin1String("connectionParameter")));
    return false;
}
