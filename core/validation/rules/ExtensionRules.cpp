// x-ms-* extensions: the values of x-ms-visibility, x-ms-trigger and x-ms-url-encoding, internal
// required values without a default, and misspelled extension names.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QSet>

namespace rules {
namespace {

using KeyKind = ValidationContext::KeyKind;

// Reports every member of a kind (x-ms-visibility...) whose value is not one of choices.
void checkValues(ValidationContext &ctx, KeyKind kind, const QString &key, const QStringList &choices)
{
    for (const auto &m : ctx.members(kind)) {
        const JsonValue *value = m.value();
        if (value->isString() && (choices.contains(value->toString()) || value->toString().isEmpty()))
            continue; // "" is visibility-empty's
        const JsonPointer at = JsonPointer::of(value);
        QuickFix fix;
        const QString lower = value->isString() ? value->toString().trimmed().toLower() : QString();
        if (choices.contains(lower))
            fix = QuickFix::set(tr("Use \"%1\"").arg(lower), Part::Definition, at, jsonString(lower));
        ctx.report(
            Part::Definition, at,
            tr("%1 must be one of %2")
                .arg(key, QLatin1Char('"') + choices.join(QStringLiteral("\", \"")) + QLatin1Char('"')),
            fix);
    }
}

void visibilityValue(ValidationContext &ctx)
{
    checkValues(ctx, KeyKind::Visibility, QStringLiteral("x-ms-visibility"),
                {QStringLiteral("important"), QStringLiteral("advanced"), QStringLiteral("internal"),
                 QStringLiteral("none")});
}

void visibilityEmpty(ValidationContext &ctx)
{
    for (const auto &m : ctx.members(KeyKind::Visibility)) {
        if (!m.value()->isString() || !m.value()->toString().isEmpty())
            continue;
        const JsonPointer at = JsonPointer::of(m.value());
        ctx.report(Part::Definition, at,
                   tr("Remove the empty x-ms-visibility (it means \"none\", the default) or choose a value"),
                   QuickFix::remove(tr("Remove x-ms-visibility"), Part::Definition, at));
    }
}

void triggerValue(ValidationContext &ctx)
{
    checkValues(ctx, KeyKind::Trigger, QStringLiteral("x-ms-trigger"),
                {QStringLiteral("single"), QStringLiteral("batch")});
}

void urlEncodingValue(ValidationContext &ctx)
{
    checkValues(ctx, KeyKind::UrlEncoding, QStringLiteral("x-ms-url-encoding"),
                {QStringLiteral("single"), QStringLiteral("double")});
}

// --- internal + required -----------------------------------------------------------------

bool isInternal(const JsonValue *node)
{
    return ValidationContext::stringAt(node, QStringLiteral("x-ms-visibility")) == QLatin1String("internal");
}

// Internal values nobody can enter: they need a default, unless the platform fills them in.
bool needsDefault(const JsonValue *node)
{
    return isInternal(node) && !member(node, QStringLiteral("default"))
        && !isTrue(member(node, QStringLiteral("x-ms-notification-url")));
}

void internalParameters(ValidationContext &ctx)
{
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        if (paramIn(parameter) != QLatin1String("body")
            && isTrue(member(parameter, QStringLiteral("required"))) && needsDefault(parameter))
            ctx.report(
                Part::Definition, at.child(QStringLiteral("x-ms-visibility")),
                tr("Give internal required parameter \"%1\" a default: users cannot see it to fill it in")
                    .arg(paramName(parameter)));
    });
}

// Required internal properties of request bodies (with the definitions they use), each once.
class RequestPropertyWalker
{
public:
    explicit RequestPropertyWalker(ValidationContext &ctx) : m_ctx(ctx) { }

    void run()
    {
        for (const Operation &op : m_ctx.operations()) {
            for (const auto &p : m_ctx.parameters(op)) {
                if (paramIn(p.node) == QLatin1String("body"))
                    visit(member(p.node, QStringLiteral("schema")), 0);
            }
        }
    }

private:
    void visit(const JsonValue *node, int depth)
    {
        const JsonValue *schema = m_ctx.deref(node);
        if (!schema || !schema->isObject() || depth > 64 || m_visited.contains(schema))
            return;
        m_visited.insert(schema);
        const JsonValue *properties = member(schema, QStringLiteral("properties"));
        const JsonValue *required = member(schema, QStringLiteral("required"));
        for (int i = 0; properties && properties->isObject() && i < properties->size(); ++i) {
            const JsonValue *property = m_ctx.deref(properties->at(i));
            if (property && isRequired(required, properties->keyAt(i)) && needsDefault(property))
                m_ctx.report(
                    Part::Definition, JsonPointer::of(property).child(QStringLiteral("x-ms-visibility")),
                    rules::tr(
                        "Give internal required property \"%1\" a default: users cannot see it to fill it in")
                        .arg(properties->keyAt(i)));
            visit(properties->at(i), depth + 1);
        }
        visit(member(schema, QStringLiteral("items")), depth + 1);
        const JsonValue *all = member(schema, QStringLiteral("allOf"));
        for (int i = 0; all && all->isArray() && i < all->size(); ++i)
            visit(all->at(i), depth + 1);
    }

    static bool isRequired(const JsonValue *required, const QString &name)
    {
        for (int i = 0; required && required->isArray() && i < required->size(); ++i) {
            if (required->at(i)->toString() == name)
                return true;
        }
        return false;
    }

    ValidationContext &m_ctx;
    QSet<const JsonValue *> m_visited;
};

void internalRequiredDefault(ValidationContext &ctx)
{
    internalParameters(ctx);
    RequestPropertyWalker(ctx).run();
}

// --- misspelled extension names ----------------------------------------------------------

const QSet<QString> &knownExtensions()
{
    static const QSet<QString> names = {
        // Power Platform connector extensions.
        QStringLiteral("x-ms-api-annotation"),
        QStringLiteral("x-ms-apimTemplate-operationName"),
        QStringLiteral("x-ms-apimTemplate-policySection"),
        QStringLiteral("x-ms-capabilities"),
        QStringLiteral("x-ms-connector-metadata"),
        QStringLiteral("x-ms-deployment-version"),
        QStringLiteral("x-ms-dynamic-list"),
        QStringLiteral("x-ms-dynamic-properties"),
        QStringLiteral("x-ms-dynamic-schema"),
        QStringLiteral("x-ms-dynamic-tree"),
        QStringLiteral("x-ms-dynamic-values"),
        QStringLiteral("x-ms-editor"),
        QStringLiteral("x-ms-editor-options"),
        QStringLiteral("x-ms-enum-values"),
        QStringLiteral("x-ms-explicit-only"),
        QStringLiteral("x-ms-localizeDefaultValue"),
        QStringLiteral("x-ms-media-kind"),
        QStringLiteral("x-ms-no-generic-test"),
        QStringLiteral("x-ms-notification"),
        QStringLiteral("x-ms-notification-content"),
        QStringLiteral("x-ms-notification-url"),
        QStringLiteral("x-ms-openai-data"),
        QStringLiteral("x-ms-openai-manifest"),
        QStringLiteral("x-ms-openai-published-to-copilots"),
        QStringLiteral("x-ms-operation-context"),
        QStringLiteral("x-ms-require-user-confirmation"),
        QStringLiteral("x-ms-safe-operation"),
        QStringLiteral("x-ms-summary"),
        QStringLiteral("x-ms-test-value"),
        QStringLiteral("x-ms-trigger"),
        QStringLiteral("x-ms-trigger-hint"),
        QStringLiteral("x-ms-trigger-metadata"),
        QStringLiteral("x-ms-trigger-value"),
        QStringLiteral("x-ms-triggerConfig-nextLink"),
        QStringLiteral("x-ms-url-encoding"),
        QStringLiteral("x-ms-visibility"),
        QStringLiteral("x-ms-docs"),
        QStringLiteral("x-ms-apihub-cached-response"),
        QStringLiteral("x-ms-apihub-obo"),
        QStringLiteral("x-ms-correlation-id"),
        QStringLiteral("x-ms-navigationProperty"),
        QStringLiteral("x-ms-keywords"),
        QStringLiteral("x-ms-permission"),
        QStringLiteral("x-ms-tooltip"),
        QStringLiteral("x-ms-primary-error-message"),
        QStringLiteral("x-ms-lcsstamp"),
        QStringLiteral("x-ms-cookie-header"),
        // AutoRest and Microsoft Graph extensions that imported definitions carry along.
        QStringLiteral("x-ms-enum"),
        QStringLiteral("x-ms-pageable"),
        QStringLiteral("x-ms-examples"),
        QStringLiteral("x-ms-parameter-location"),
        QStringLiteral("x-ms-skip-url-encoding"),
        QStringLiteral("x-ms-client-name"),
        QStringLiteral("x-ms-client-flatten"),
        QStringLiteral("x-ms-paths"),
        QStringLiteral("x-ms-parameterized-host"),
        QStringLiteral("x-ms-long-running-operation"),
        QStringLiteral("x-ms-long-running-operation-options"),
        QStringLiteral("x-ms-azure-resource"),
        QStringLiteral("x-ms-mutability"),
        QStringLiteral("x-ms-discriminator-value"),
        QStringLiteral("x-ms-secret"),
        QStringLiteral("x-ms-external"),
        QStringLiteral("x-ms-odata"),
        QStringLiteral("x-ms-error-response"),
        QStringLiteral("x-ms-docs-operation-type"),
        QStringLiteral("x-ms-code-generation-settings"),
        QStringLiteral("x-ms-client-default"),
        QStringLiteral("x-ms-header-collection-prefix"),
        QStringLiteral("x-ms-requestBody-name"),
    };
    return names;
}

// The known names, sorted, each with its lower-case form: a stable order makes ties deterministic.
const QList<QPair<QString, QString>> &knownExtensionsLower()
{
    static const QList<QPair<QString, QString>> names = [] {
        QStringList sorted = knownExtensions().values();
        sorted.sort();
        QList<QPair<QString, QString>> list;
        for (const QString &name : sorted)
            list.append({name.toLower(), name});
        return list;
    }();
    return names;
}

// The known extension that key most likely misspells, or "" when it is none of them.
QString misspelledExtension(const QString &key)
{
    if (key.size() < 6 || (key.at(0) != QLatin1Char('x') && key.at(0) != QLatin1Char('X'))
        || knownExtensions().contains(key))
        return {};
    const QString lower = key.toLower();
    QString best;
    int bestDistance = 3;
    for (const auto &known : knownExtensionsLower()) {
        const int distance = editDistance(lower, known.first, bestDistance - 1);
        if (distance < bestDistance) {
            best = known.second;
            bestDistance = distance;
        }
    }
    return best;
}

void extensionTypos(ValidationContext &ctx, Part part)
{
    for (const auto &m : ctx.members(KeyKind::Extension, part)) {
        const QString &key = m.key();
        const QString known = misspelledExtension(key);
        if (known.isEmpty())
            continue;
        const JsonPointer at = JsonPointer::of(m.object).child(key);
        // With the right name already present, a rename would make a duplicate key.
        const QuickFix fix = m.object->member(known)
            ? QuickFix()
            : QuickFix::renameKey(tr("Rename to %1").arg(known), part, at, known);
        ctx.report(part, at,
                   tr("\"%1\" looks like a misspelling of \"%2\": the platform ignores unknown names")
                       .arg(key, known),
                   fix);
    }
}

void extensionNameTypo(ValidationContext &ctx)
{
    extensionTypos(ctx, Part::Definition);
    extensionTypos(ctx, Part::Properties);
}

} // namespace
} // namespace rules

void addExtensionRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("visibility-value"), Severity::Error,
                 QStringLiteral("x-ms-visibility is important, advanced, internal or none"),
                 rules::visibilityValue});
    list.append({QStringLiteral("visibility-empty"), Severity::Info,
                 QStringLiteral("x-ms-visibility is not an empty string"), rules::visibilityEmpty});
    list.append({QStringLiteral("trigger-value"), Severity::Error,
                 QStringLiteral("x-ms-trigger is single or batch"), rules::triggerValue});
    list.append({QStringLiteral("url-encoding-value"), Severity::Error,
                 QStringLiteral("x-ms-url-encoding is single or double"), rules::urlEncodingValue});
    list.append({QStringLiteral("internal-required-default"), Severity::Error,
                 QStringLiteral("Internal required parameters and properties have a default"),
                 rules::internalRequiredDefault});
    list.append({QStringLiteral("extension-name-typo"), Severity::Warning,
                 QStringLiteral("x-ms-* names are spelled as the platform knows them"),
                 rules::extensionNameTypo});
}
