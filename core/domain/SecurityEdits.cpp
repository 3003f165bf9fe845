#include "SecurityEdits.h"

#include "EditTransaction.h"
#include "IdentityProviders.h"
#include "JsonBuilder.h"
#include "SecurityFieldValues.h"
#include "SecurityJson.h"
#include "SecurityView.h"

#include <QObject>
#include <QRegularExpression>

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;
using Field = SecurityEdits::Field;

namespace {

const JsonPointer &definitionsPointer()
{
    static const JsonPointer pointer = JsonPointer::fromString(QStringLiteral("/securityDefinitions"));
    return pointer;
}

const JsonPointer &requirementsPointer()
{
    static const JsonPointer pointer = JsonPointer::fromString(QStringLiteral("/security"));
    return pointer;
}

const JsonPointer &propertiesPointer()
{
    static const JsonPointer pointer = JsonPointer::fromString(QStringLiteral("/properties"));
    return pointer;
}

QStringList splitScopes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isBoolText(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("false");
}

// Replaces securityDefinitions and security with one definition and requirement per entry,
// member by member, so containers the file already had keep their place and formatting.
void writeSwagger(EditTransaction &tx, const QList<std::pair<QString, AuthSettings>> &entries)
{
    ConnectorDocument *doc = tx.document();
    const JsonValue *defs = doc->value(Part::Definition, definitionsPointer());
    if (defs && defs->isObject()) {
        for (int i = defs->size() - 1; i >= 0; --i)
            tx.remove(Part::Definition, definitionsPointer().child(defs->keyAt(i)));
        int index = 0;
        for (const auto &[key, settings] : entries) {
            if (auto node = SecurityJson::definition(settings))
                tx.insert(Part::Definition, definitionsPointer(), index++, std::move(node), key);
        }
    } else if (!entries.isEmpty()) {
        JsonBuilder object;
        for (const auto &[key, settings] : entries) {
            if (auto node = SecurityJson::definition(settings))
                object.add(key, std::move(node));
        }
        tx.setMember(Part::Definition, {}, QStringLiteral("securityDefinitions"), object.take(),
                     SecurityJson::swaggerRootOrder());
    }
    const JsonValue *reqs = doc->value(Part::Definition, requirementsPointer());
    if (reqs && reqs->isArray()) {
        for (int i = reqs->size() - 1; i >= 0; --i)
            tx.remove(Part::Definition, requirementsPointer().child(i));
        int index = 0;
        for (const auto &[key, settings] : entries)
            tx.insert(Part::Definition, requirementsPointer(), index++,
                      SecurityJson::requirement(key, settings));
    } else if (!entries.isEmpty()) {
        auto array = JsonValue::makeArray();
        for (const auto &[key, settings] : entries)
            array->insertItem(array->size(), SecurityJson::requirement(key, settings));
        tx.setMember(Part::Definition, {}, QStringLiteral("security"), std::move(array),
                     SecurityJson::swaggerRootOrder());
    }
}

int requirementIndex(const ConnectorDocument *doc, const QString &key)
{
    const JsonValue *reqs = doc->value(Part::Definition, requirementsPointer());
    for (int i = 0; reqs && reqs->isArray() && i < reqs->size(); ++i) {
        if (reqs->at(i)->isObject() && reqs->at(i)->member(key))
            return i;
    }
    return -1;
}

// Puts the parameters of settings first into the parameters object at pointer, after
// removing the ones in old (the previous authentication's).
void replaceAuthParameters(EditTransaction &tx, const JsonPointer &pointer, const QStringList &old,
                           const AuthSettings &settings)
{
    for (const QString &name : old)
        tx.removeIfPresent(Part::Properties, pointer.child(name));
    int index = 0;
    for (auto &[name, node] : SecurityJson::parameters(settings)) {
        const JsonValue *params = tx.document()->value(Part::Properties, pointer);
        if (params && params->member(name))
            tx.set(Part::Properties, pointer.child(name), std::move(node)); // an extra field of that name
        else
            tx.insert(Part::Properties, pointer, index++, std::move(node), name);
    }
}

// The parameters object of a new set or of the single authentication built from another's
// extra (non-authentication) parameters.
std::unique_ptr<JsonValue> parametersObject(const AuthSettings &settings, const JsonValue *from,
                                            const QStringList &skip)
{
    JsonBuilder object;
    for (auto &[name, node] : SecurityJson::parameters(settings))
        object.add(name, std::move(node));
    auto result = object.take();
    for (int i = 0; from && from->isObject() && i < from->size(); ++i) {
        if (!skip.contains(from->keyAt(i)) && result->indexOf(from->keyAt(i)) < 0)
            result->insertItem(result->size(), JsonBuilder::detachedClone(*from->at(i)), from->keyAt(i));
    }
    return result;
}

QString uniqueSetName(const QList<AuthSet> &sets, const QString &base)
{
    QString name = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const AuthSet &set : sets)
            taken = taken || set.name == name;
        if (!taken)
            return name;
        name = base + QString::number(n);
    }
}

std::unique_ptr<JsonValue> setEntry(const QString &name, const AuthSettings &settings,
                                    std::unique_ptr<JsonValue> parameters)
{
    auto ui = JsonBuilder()
                  .add(QStringLiteral("displayName"), SecurityJson::kindLabel(settings))
                  .add(QStringLiteral("description"), SecurityJson::kindLabel(settings))
                  .take();
    return JsonBuilder()
        .add(QStringLiteral("name"), name)
        .add(QStringLiteral("uiDefinition"), std::move(ui))
        .add(QStringLiteral("parameters"), std::move(parameters))
        .take();
}

EditResult finish(EditTransaction &tx, const JsonPointer &at)
{
    if (!tx.commit())
        return EditResult::failure(tx.error());
    return EditResult::success(at);
}

EditResult toMultiple(ConnectorDocument *doc)
{
    SecurityView view(doc);
    AuthSettings current = view.settings();
    if (current.kind == AuthKind::None)
        current = AuthSettings::defaults(AuthKind::ApiKey);
    const QString name = SecurityJson::setName(current.kind);
    const JsonPointer single = SecurityView::parametersPointer();
    const JsonValue *params = doc->value(Part::Properties, single);
    auto sets = JsonBuilder()
                    .add(QStringLiteral("uiDefinition"),
                         JsonBuilder()
                             .add(QStringLiteral("displayName"), QStringLiteral("Authentication type"))
                             .add(QStringLiteral("description"),
                                  QStringLiteral("Type of authentication to be used."))
                             .take())
                    .take();
    auto values = JsonValue::makeArray();
    values->insertItem(0,
                       setEntry(name, current, parametersObject(current, params, view.authParameterNames())));
    sets->insertItem(sets->size(), std::move(values), QStringLiteral("values"));

    EditTransaction tx(doc, QObject::tr("Use multiple authentication types"));
    tx.removeIfPresent(Part::Properties, single);
    tx.setMember(Part::Properties, propertiesPointer(), QStringLiteral("connectionParameterSets"),
                 std::move(sets), SecurityJson::propertiesOrder());
    writeSwagger(tx, {{name, current}});
    return finish(tx, SecurityView::setsPointer());
}

JsonPointer oauthPointer(const SecurityView &view, int set)
{
    return SecurityView::parametersPointer(set)
        .child(view.oauthParameterName(set))
        .child(QStringLiteral("oAuthSettings"));
}

JsonPointer customPointer(const SecurityView &view, int set, const QString &key)
{
    return oauthPointer(view, set)
        .child(QStringLiteral("customParameters"))
        .child(key)
        .child(QStringLiteral("value"));
}

QString validationError(Field field, const QString &value)
{
    if (field == Field::ApiKeyLocation && value != QLatin1String("header") && value != QLatin1String("query"))
        return QObject::tr("An API key goes in a \"header\" or a \"query\" parameter, not \"%1\"").arg(value);
    if (field == Field::RedirectMode && value != QLatin1String("Global")
        && value != QLatin1String("GlobalPerConnector"))
        return QObject::tr("The redirect mode is Global or GlobalPerConnector, not \"%1\"").arg(value);
    if (field == Field::OnBehalfOfLogin && !isBoolText(value))
        return QObject::tr("On-behalf-of login is \"true\" or \"false\"");
    if ((field == Field::ApiKeyName || field == Field::SetName) && value.trimmed().isEmpty())
        return QObject::tr("The name cannot be empty");
    return {};
}

void setOAuthField(EditTransaction &tx, const SecurityView &view, int set, const AuthSettings &s, Field field,
                   const QString &value, const JsonPointer &def)
{
    const bool generic = s.identityProvider == QLatin1String("oauth2generic");
    const QString suffix = generic ? QStringLiteral("Template") : QString();
    switch (field) {
    case Field::ClientId:
        tx.setString(Part::Properties, oauthPointer(view, set).child(QStringLiteral("clientId")), value);
        break;
    case Field::RedirectMode:
        tx.setString(Part::Properties, oauthPointer(view, set).child(QStringLiteral("redirectMode")), value);
        break;
    case Field::Scopes: {
        const QStringList scopes = splitScopes(value);
        tx.set(Part::Properties, oauthPointer(view, set).child(QStringLiteral("scopes")),
               JsonBuilder::stringArray(scopes));
        if (!def.isRoot()) {
            tx.set(Part::Definition, def.child(QStringLiteral("scopes")), SecurityJson::scopesObject(scopes));
            const int index = requirementIndex(tx.document(), def.lastToken());
            if (index >= 0)
                tx.set(Part::Definition, requirementsPointer().child(index).child(def.lastToken()),
                       JsonBuilder::stringArray(scopes));
        }
        break;
    }
    case Field::AuthorizationUrl:
    case Field::TokenUrl: {
        const QString key = field == Field::AuthorizationUrl ? QStringLiteral("authorizationUrl")
                                                             : QStringLiteral("tokenUrl");
        tx.setString(Part::Properties, customPointer(view, set, key + suffix), value);
        if (!def.isRoot())
            tx.setString(Part::Definition, def.child(key), value);
        break;
    }
    case Field::RefreshUrl:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("refreshUrl") + suffix),
                     value);
        break;
    case Field::LoginUrl:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("loginUri")), value);
        break;
    case Field::TenantId:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("tenantId")), value);
        break;
    case Field::ResourceUrl:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("resourceUri")), value);
        tx.setString(Part::Properties,
                     oauthPointer(view, set)
                         .child(QStringLiteral("properties"))
                         .child(QStringLiteral("AzureActiveDirectoryResourceId")),
                     value);
        break;
    case Field::OnBehalfOfLogin:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("enableOnbehalfOfLogin")),
                     value);
        tx.set(Part::Properties,
               oauthPointer(view, set)
                   .child(QStringLiteral("properties"))
                   .child(QStringLiteral("IsOnbehalfofLoginSupported")),
               JsonValue::makeBool(value == QLatin1String("true")));
        break;
    case Field::AuthorizationQueryTemplate:
        tx.setString(Part::Properties,
                     customPointer(view, set, QStringLiteral("authorizationUrlQueryStringTemplate")), value);
        break;
    case Field::TokenBodyTemplate:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("tokenBodyTemplate")), value);
        break;
    case Field::RefreshBodyTemplate:
        tx.setString(Part::Properties, customPointer(view, set, QStringLiteral("refreshBodyTemplate")),
                     value);
        break;
    case Field::IdentityProvider: {
        AuthSettings next = AuthSettings::defaults(AuthKind::OAuth2, value);
        next.clientId = s.clientId;
        next.scopes = s.scopes;
        next.redirectMode = s.redirectMode;
        tx.set(Part::Properties, oauthPointer(view, set), SecurityJson::oauthSettings(next));
        if (!def.isRoot())
            tx.set(Part::Definition, def, SecurityJson::definition(next));
        break;
    }
    default:
        break;
    }
}

void setSetField(EditTransaction &tx, const SecurityView &view, int set, Field field, const QString &value)
{
    const JsonPointer entry = SecurityView::setsPointer().child(QStringLiteral("values")).child(set);
    const JsonPointer ui = entry.child(QStringLiteral("uiDefinition"));
    if (field == Field::SetDisplayName)
        tx.setString(Part::Properties, ui.child(QStringLiteral("displayName")), value);
    else if (field == Field::SetDescription)
        tx.setString(Part::Properties, ui.child(QStringLiteral("description")), value);
    else if (field == Field::SetName) {
        const QString old = view.sets().value(set).name;
        for (const AuthSet &other : view.sets()) {
            if (other.name == value)
                return void(
                    tx.fail(QObject::tr("Another authentication type is already named \"%1\"").arg(value)));
        }
        const QString defKey = view.definitionKey(set);
        tx.setString(Part::Properties, entry.child(QStringLiteral("name")), value);
        if (!defKey.isEmpty() && !tx.document()->value(Part::Definition, definitionsPointer().child(value))) {
            tx.renameKey(Part::Definition, definitionsPointer().child(defKey), value);
            const int index = requirementIndex(tx.document(), old);
            if (index >= 0)
                tx.renameKey(Part::Definition, requirementsPointer().child(index).child(old), value);
        }
    }
}

} // namespace

EditResult SecurityEdits::setKind(ConnectorDocument *doc, AuthKind kind, const QString &identityProvider)
{
    SecurityView view(doc);
    const AuthKind currentKind = view.kind();
    if (kind == AuthKind::Multiple)
        return currentKind == AuthKind::Multiple ? EditResult::success(SecurityView::setsPointer())
                                                 : toMultiple(doc);
    const AuthSettings current = currentKind == AuthKind::Multiple ? AuthSettings() : view.settings();
    if (currentKind == kind
        && (kind != AuthKind::OAuth2 || identityProvider.isEmpty()
            || identityProvider == current.identityProvider))
        return EditResult::success(SecurityView::parametersPointer());
    if (currentKind == kind) // another provider: keep what carries over
        return setField(doc, -1, Field::IdentityProvider, identityProvider);

    const AuthSettings next = AuthSettings::defaults(kind, identityProvider);
    EditTransaction tx(doc, QObject::tr("Set authentication: %1").arg(SecurityJson::kindLabel(next)));
    const JsonPointer single = SecurityView::parametersPointer();
    if (currentKind == AuthKind::Multiple) {
        // The first set's extra parameters (e.g. a host) stay with the single authentication.
        const JsonValue *first = doc->value(Part::Properties, SecurityView::parametersPointer(0));
        auto params = parametersObject(next, first, view.authParameterNames(0));
        tx.remove(Part::Properties, SecurityView::setsPointer());
        tx.setMember(Part::Properties, propertiesPointer(), QStringLiteral("connectionParameters"),
                     std::move(params), SecurityJson::propertiesOrder());
    } else if (doc->value(Part::Properties, single)) {
        replaceAuthParameters(tx, single, view.authParameterNames(), next);
    } else if (kind != AuthKind::None) {
        tx.setMember(Part::Properties, propertiesPointer(), QStringLiteral("connectionParameters"),
                     parametersObject(next, nullptr, {}), SecurityJson::propertiesOrder());
    }
    QList<std::pair<QString, AuthSettings>> entries;
    if (kind != AuthKind::None)
        entries.append({SecurityJson::definitionKey(kind), next});
    writeSwagger(tx, entries);
    // An empty securityDefinitions says "none" outright; without it, extra parameters left
    // behind (a secure string, a user name) would read as an authentication again.
    if (kind == AuthKind::None && !doc->value(Part::Definition, definitionsPointer()))
        tx.setMember(Part::Definition, {}, QStringLiteral("securityDefinitions"), JsonValue::makeObject(),
                     SecurityJson::swaggerRootOrder());
    return finish(tx, single);
}

EditResult SecurityEdits::setField(ConnectorDocument *doc, int set, Field field, const QString &value)
{
    SecurityView view(doc);
    const QList<AuthSet> sets = view.sets();
    const bool multiple = view.kind() == AuthKind::Multiple;
    if (set >= 0 && (!multiple || set >= sets.size()))
        return EditResult::failure(QObject::tr("There is no authentication type %1").arg(set + 1));
    if (set < 0 && multiple && field < Field::SetName)
        return EditResult::failure(QObject::tr("Choose which authentication type to edit"));
    if (const QString error = validationError(field, value); !error.isEmpty())
        return EditResult::failure(error);

    const AuthSettings s = set >= 0 ? sets.at(set).settings : view.settings();
    if (field == Field::SetsDisplayName || field == Field::SetsDescription) {
        if (!multiple)
            return EditResult::failure(QObject::tr("The connector has a single authentication type"));
        const QString current
            = field == Field::SetsDisplayName ? view.setsDisplayName() : view.setsDescription();
        if (current == value)
            return EditResult::success(SecurityView::setsPointer());
        EditTransaction tx(doc, QObject::tr("Edit authentication types"));
        tx.setString(Part::Properties,
                     SecurityView::setsPointer()
                         .child(QStringLiteral("uiDefinition"))
                         .child(field == Field::SetsDisplayName ? QStringLiteral("displayName")
                                                                : QStringLiteral("description")),
                     value);
        return finish(tx, SecurityView::setsPointer());
    }
    if (field >= Field::SetName) {
        if (set < 0)
            return EditResult::failure(QObject::tr("Choose which authentication type to edit"));
        const AuthSet &entry = sets.at(set);
        const QString current = field == Field::SetName ? entry.name
            : field == Field::SetDisplayName            ? entry.displayName
                                                        : entry.description;
        if (current == value)
            return EditResult::success(SecurityView::parametersPointer(set));
        EditTransaction tx(doc, QObject::tr("Edit authentication type"));
        setSetField(tx, view, set, field, value);
        return finish(tx, SecurityView::parametersPointer(set));
    }
    if (!SecurityFieldValues::appliesTo(s, field))
        return EditResult::failure(
            QObject::tr("This field does not apply to %1").arg(SecurityJson::kindLabel(s)));
    if (SecurityFieldValues::value(s, field) == value && field != Field::Scopes)
        return EditResult::success(SecurityView::parametersPointer(set));
    if (field == Field::Scopes && splitScopes(value) == s.scopes)
        return EditResult::success(SecurityView::parametersPointer(set));

    if (s.kind == AuthKind::OAuth2 && view.oauthParameterName(set).isEmpty())
        return EditResult::failure(
            QObject::tr("The connection parameters have no OAuth setting (type oauthSetting) to edit"));
    const QString defKey = view.definitionKey(set);
    const JsonPointer def = defKey.isEmpty() ? JsonPointer() : definitionsPointer().child(defKey);
    const JsonPointer params = SecurityView::parametersPointer(set);
    const QString uiLabel = QStringLiteral("uiDefinition");
    EditTransaction tx(doc, QObject::tr("Edit authentication"));
    switch (field) {
    case Field::ApiKeyLabel:
        tx.setString(Part::Properties,
                     params.child(view.authParameterNames(set).value(0, QStringLiteral("api_key")))
                         .child(uiLabel)
                         .child(QStringLiteral("displayName")),
                     value);
        break;
    case Field::ApiKeyName:
    case Field::ApiKeyLocation:
        if (def.isRoot())
            return EditResult::failure(
                QObject::tr("The Swagger file has no security definition for the API key"));
        tx.setString(Part::Definition,
                     def.child(field == Field::ApiKeyName ? QStringLiteral("name") : QStringLiteral("in")),
                     value);
        break;
    case Field::UserNameLabel:
    case Field::PasswordLabel:
        tx.setString(Part::Properties,
                     params
                         .child(field == Field::UserNameLabel ? QStringLiteral("username")
                                                              : QStringLiteral("password"))
                         .child(uiLabel)
                         .child(QStringLiteral("displayName")),
                     value);
        break;
    default:
        setOAuthField(tx, view, set, s, field, value, def);
        break;
    }
    return finish(tx, params);
}

EditResult SecurityEdits::addSet(ConnectorDocument *doc, AuthKind kind, const QString &identityProvider)
{
    SecurityView view(doc);
    if (view.kind() != AuthKind::Multiple)
        return EditResult::failure(QObject::tr("Switch to multiple authentication types first"));
    if (kind == AuthKind::None || kind == AuthKind::Multiple)
        return EditResult::failure(QObject::tr("An authentication type needs a way to sign in"));
    const AuthSettings settings = AuthSettings::defaults(kind, identityProvider);
    const QList<AuthSet> sets = view.sets();
    const QString name = uniqueSetName(sets, SecurityJson::setName(kind));
    EditTransaction tx(doc, QObject::tr("Add authentication type"));
    tx.insert(Part::Properties, SecurityView::setsPointer().child(QStringLiteral("values")), -1,
              setEntry(name, settings, parametersObject(settings, nullptr, {})));
    if (doc->value(Part::Definition, definitionsPointer()))
        tx.setMember(Part::Definition, definitionsPointer(), name, SecurityJson::definition(settings), {});
    else
        tx.setMember(Part::Definition, {}, QStringLiteral("securityDefinitions"),
                     JsonBuilder().add(name, SecurityJson::definition(settings)).take(),
                     SecurityJson::swaggerRootOrder());
    if (const JsonValue *reqs = doc->value(Part::Definition, requirementsPointer()); reqs && reqs->isArray())
        tx.insert(Part::Definition, requirementsPointer(), -1, SecurityJson::requirement(name, settings));
    return finish(tx, SecurityView::parametersPointer(int(sets.size())));
}

EditResult SecurityEdits::removeSet(ConnectorDocument *doc, int set)
{
    SecurityView view(doc);
    const QList<AuthSet> sets = view.sets();
    if (view.kind() != AuthKind::Multiple || set < 0 || set >= sets.size())
        return EditResult::failure(QObject::tr("There is no authentication type %1").arg(set + 1));
    if (sets.size() == 1)
        return EditResult::failure(
            QObject::tr("Keep at least one authentication type, or choose a single one"));
    const QString defKey = view.definitionKey(set);
    const int requirement = requirementIndex(doc, sets.at(set).name);
    EditTransaction tx(doc, QObject::tr("Remove authentication type"));
    tx.remove(Part::Properties, SecurityView::setsPointer().child(QStringLiteral("values")).child(set));
    if (!defKey.isEmpty())
        tx.remove(Part::Definition, definitionsPointer().child(defKey));
    if (requirement >= 0)
        tx.remove(Part::Definition, requirementsPointer().child(requirement));
    return finish(tx, SecurityView::setsPointer());
}

EditResult SecurityEdits::setSetKind(ConnectorDocument *doc, int set, AuthKind kind,
                                     const QString &identityProvider)
{
    SecurityView view(doc);
    const QList<AuthSet> sets = view.sets();
    if (view.kind() != AuthKind::Multiple || set < 0 || set >= sets.size())
        return EditResult::failure(QObject::tr("There is no authentication type %1").arg(set + 1));
    if (kind == AuthKind::None || kind == AuthKind::Multiple)
        return EditResult::failure(QObject::tr("An authentication type needs a way to sign in"));
    const AuthSettings current = sets.at(set).settings;
    if (current.kind == kind)
        return identityProvider.isEmpty() || identityProvider == current.identityProvider
            ? EditResult::success(SecurityView::parametersPointer(set))
            : setField(doc, set, Field::IdentityProvider, identityProvider);
    const AuthSettings next = AuthSettings::defaults(kind, identityProvider);
    const QString name = sets.at(set).name;
    EditTransaction tx(doc, QObject::tr("Set authentication: %1").arg(SecurityJson::kindLabel(next)));
    replaceAuthParameters(tx, SecurityView::parametersPointer(set), view.authParameterNames(set), next);
    if (doc->value(Part::Definition, definitionsPointer()))
        tx.setMember(Part::Definition, definitionsPointer(), name, SecurityJson::definition(next), {});
    const int requirement = requirementIndex(doc, name);
    if (requirement >= 0)
        tx.set(Part::Definition, requirementsPointer().child(requirement),
               SecurityJson::requirement(name, next));
    return finish(tx, SecurityView::parametersPointer(set));
}
