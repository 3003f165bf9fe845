// apiProperties.json: brand colour, connection parameters, identity providers, script operations
// and policy templates.
#include "RuleSets.h"
#include "RuleSupport.h"
#include "domain/PolicyTemplateCatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace rules {
namespace {

const JsonPointer &propertiesAt()
{
    static const JsonPointer at({QStringLiteral("properties")});
    return at;
}

void iconBrandColor(ValidationContext &ctx)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const JsonValue *properties = ctx.properties();
    if (!properties || !properties->isObject())
        return;
    const JsonPointer at = propertiesAt().child(QStringLiteral("iconBrandColor"));
    const JsonValue *color = properties->member(QStringLiteral("iconBrandColor"));
    if (!color) {
        ctx.report(Part::Properties, propertiesAt(),
                   tr("Add \"iconBrandColor\": the icon's background colour as #rrggbb"),
                   QuickFix::set(tr("Use #007ee5"), Part::Properties, at, QStringLiteral("\"#007ee5\"")));
    } else if (!color->isString() || !hex.match(color->toString()).hasMatch()) {
        ctx.report(Part::Properties, at,
                   tr("Write \"iconBrandColor\" as a hex colour #rrggbb (e.g. #007ee5)"));
    }
}

// Calls visit(parameter, pointer) for every connection parameter, single or in parameter sets.
template<typename Visit>
void forEachConnectionParameter(const ValidationContext &ctx, Visit visit)
{
    const JsonValue *properties = ctx.properties();
    auto visitMap = [&](const JsonValue *map, const JsonPointer &at) {
        for (int i = 0; map && map->isObject() && i < map->size(); ++i) {
            if (map->at(i)->isObject())
                visit(map->at(i), at.child(map->keyAt(i)));
        }
    };
    visitMap(member(properties, QStringLiteral("connectionParameters")),
             propertiesAt().child(QStringLiteral("connectionParameters")));
    const JsonValue *sets
        = member(member(properties, QStringLiteral("connectionParameterSets")), QStringLiteral("values"));
    const JsonPointer setsAt
        = propertiesAt().child(QStringLiteral("connectionParameterSets")).child(QStringLiteral("values"));
    for (int i = 0; sets && sets->isArray() && i < sets->size(); ++i)
        visitMap(member(sets->at(i), QStringLiteral("parameters")),
                 setsAt.child(i).child(QStringLiteral("parameters")));
}

// Reports value at key of object unless it is one of choices; a case slip gets a fix.
void checkKnown(ValidationContext &ctx, const JsonValue *object, const JsonPointer &at, const QString &key,
                const QStringList &choices, const QString &what)
{
    const JsonValue *value = member(object, key);
    if (!value || (value->isString() && choices.contains(value->toString())))
        return;
    QuickFix fix;
    for (const QString &choice : choices) {
        if (value->isString() && choice.compare(value->toString(), Qt::CaseInsensitive) == 0)
            fix = QuickFix::set(tr("Use \"%1\"").arg(choice), Part::Properties, at.child(key),
                                jsonString(choice));
    }
    ctx.report(Part::Properties, at.child(key),
               tr("\"%1\" is not a known %2: use one of %3")
                   .arg(value->toString(), what, choices.join(QStringLiteral(", "))),
               fix);
}

void connectionParameterType(ValidationContext &ctx)
{
    static const QStringList types = {QStringLiteral("string"),         QStringLiteral("securestring"),
                                      QStringLiteral("secureobject"),   QStringLiteral("int"),
                                      QStringLiteral("bool"),           QStringLiteral("oauthSetting"),
                                      QStringLiteral("gatewaySetting"), QStringLiteral("clientCertificate"),
                                      QStringLiteral("object"),         QStringLiteral("array")};
    forEachConnectionParameter(ctx, [&](const JsonValue *parameter, const JsonPointer &at) {
        checkKnown(ctx, parameter, at, QStringLiteral("type"), types, tr("connection parameter type"));
    });
}

void identityProvider(ValidationContext &ctx)
{
    static const QStringList providers = {QStringLiteral("aad"),        QStringLiteral("aadcertificate"),
                                          QStringLiteral("oauth2"),     QStringLiteral("oauth2generic"),
                                          QStringLiteral("dropbox"),    QStringLiteral("facebook"),
                                          QStringLiteral("github"),     QStringLiteral("google"),
                                          QStringLiteral("salesforce"), QStringLiteral("microsoftaccount"),
                                          QStringLiteral("slack"),      QStringLiteral("instagram"),
                                          QStringLiteral("linkedin"),   QStringLiteral("twitter")};
    forEachConnectionParameter(ctx, [&](const JsonValue *parameter, const JsonPointer &at) {
        const QString key = QStringLiteral("oAuthSettings");
        checkKnown(ctx, member(parameter, key), at.child(key), QStringLiteral("identityProvider"), providers,
                   tr("identity provider"));
    });
}

void scriptOperationsExist(ValidationContext &ctx)
{
    const JsonValue *list = member(ctx.properties(), QStringLiteral("scriptOperations"));
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        const QString id = list->at(i)->toString();
        if (!ctx.operationIds().contains(id))
            ctx.report(
                Part::Properties, propertiesAt().child(QStringLiteral("scriptOperations")).child(i),
                tr("Operation \"%1\" does not exist: the script would never run for it; use an existing "
                   "operationId")
                    .arg(id),
                QuickFix::remove(tr("Remove \"%1\"").arg(id), Part::Properties,
                                 propertiesAt().child(QStringLiteral("scriptOperations")).child(i)));
    }
}

// --- policy templates --------------------------------------------------------------------

template<typename Visit>
void forEachPolicy(const ValidationContext &ctx, Visit visit)
{
    const JsonValue *list = member(ctx.properties(), QStringLiteral("policyTemplateInstances"));
    const JsonPointer listAt = propertiesAt().child(QStringLiteral("policyTemplateInstances"));
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        if (list->at(i)->isObject())
            visit(list->at(i), listAt.child(i));
    }
}

void policyTemplateKnown(ValidationContext &ctx)
{
    forEachPolicy(ctx, [&](const JsonValue *policy, const JsonPointer &at) {
        const QString id = ValidationContext::stringAt(policy, QStringLiteral("templateId"));
        if (PolicyTemplateCatalog::find(id))
            return;
        QStringList known;
        for (const PolicyTemplateSpec &spec : PolicyTemplateCatalog::all())
            known.append(spec.id);
        known.sort();
        ctx.report(Part::Properties, at.child(QStringLiteral("templateId")),
                   tr("\"%1\" is not a known policy template (any case): use one of %2")
                       .arg(id, known.join(QStringLiteral(", "))));
    });
}

void policyTemplateParameters(ValidationContext &ctx)
{
    forEachPolicy(ctx, [&](const JsonValue *policy, const JsonPointer &at) {
        const QString id = ValidationContext::stringAt(policy, QStringLiteral("templateId"));
        const JsonValue *parameters = member(policy, QStringLiteral("parameters"));
        for (const QString &required : PolicyTemplateCatalog::requiredKeys(id)) {
            if (!member(parameters, required))
                ctx.report(Part::Properties, parameters ? at.child(QStringLiteral("parameters")) : at,
                           tr("Policy \"%1\" needs the parameter \"%2\"").arg(id, required));
        }
    });
}

void policyOperationExists(ValidationContext &ctx)
{
    forEachPolicy(ctx, [&](const JsonValue *policy, const JsonPointer &at) {
        const QString key = QStringLiteral("x-ms-apimTemplate-operationName");
        const JsonValue *names = member(member(policy, QStringLiteral("parameters")), key);
        const JsonPointer namesAt = at.child(QStringLiteral("parameters")).child(key);
        for (int i = 0; names && names->isArray() && i < names->size(); ++i) {
            const QString id = names->at(i)->toString();
            if (!ctx.operationIds().contains(id))
                ctx.report(Part::Properties, namesAt.child(i),
                           tr("Operation \"%1\" does not exist: the policy never applies to it").arg(id),
                           QuickFix::remove(tr("Remove \"%1\"").arg(id), Part::Properties, namesAt.child(i)));
        }
    });
}

} // namespace
} // namespace rules

void addPropertiesRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("icon-brand-color"), Severity::Error,
                 QStringLiteral("iconBrandColor is a hex colour #rrggbb"), rules::iconBrandColor});
    list.append({QStringLiteral("connection-parameter-type"), Severity::Error,
                 QStringLiteral("Connection parameters have a known type"), rules::connectionParameterType});
    list.append({QStringLiteral("identity-provider"), Severity::Error,
                 QStringLiteral("OAuth settings name a known identity provider"), rules::identityProvider});
    list.append({QStringLiteral("script-operations-exist"), Severity::Error,
                 QStringLiteral("scriptOperations lists existing operationIds"),
                 rules::scriptOperationsExist});
    list.append({QStringLiteral("policy-template-known"), Severity::Error,
                 QStringLiteral("Policy templates are known ones (any case)"), rules::policyTemplateKnown});
    list.append({QStringLiteral("policy-template-parameters"), Severity::Error,
                 QStringLiteral("Policy templates have their required parameters"),
                 rules::policyTemplateParameters});
    list.append({QStringLiteral("policy-operation-exists"), Severity::Warning,
                 QStringLiteral("Policies apply to existing operationIds"), rules::policyOperationExists});
}
