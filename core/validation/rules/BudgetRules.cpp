// The size budget: what the platform refuses or handles badly when a connector grows.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace rules {
namespace {

constexpr qint64 MaxDefinitionBytes = 1024 * 1024; // the platform's limit for the definition file
constexpr int MaxOperations = 256;                  // operations per connector
constexpr int MaxSchemasPerBody = 512;              // schema objects in one request or response body
// Not a published platform limit: our budget, beyond which the flow designer's cards become
// unusable and schemas are almost always generated from something else.
constexpr int MaxSchemaDepth = 32;

void fileSize(ValidationContext &ctx)
{
    if (ctx.definitionBytes() > MaxDefinitionBytes)
        ctx.report(Part::Definition, JsonPointer(),
                   tr("The definition has %1 KB, over the 1 MB limit: remove unused definitions and long "
                      "descriptions, or split the connector")
                       .arg((ctx.definitionBytes() + 1023) / 1024));
}

void operationCount(ValidationContext &ctx)
{
    if (ctx.operations().size() > MaxOperations)
        ctx.report(Part::Definition, JsonPointer({QStringLiteral("paths")}),
                   tr("The connector has %1 operations, over the limit of %2: split it into several connectors")
                       .arg(ctx.operations().size())
                       .arg(MaxOperations));
}

// Children of a schema that are schemas themselves.
template<typename Visit>
void forEachSubschema(const JsonValue *schema, Visit visit)
{
    if (const JsonValue *props = member(schema, QStringLiteral("properties")); props && props->isObject()) {
        for (int i = 0; i < props->size(); ++i)
            visit(props->at(i));
    }
    for (const char *key : {"items", "additionalProperties"}) {
        if (const JsonValue *child = member(schema, QLatin1String(key)); child && child->isObject())
            visit(child);
    }
    if (const JsonValue *all = member(schema, QStringLiteral("allOf")); all && all->isArray()) {
        for (int i = 0; i < all->size(); ++i)
            visit(all->at(i));
    }
}

// The schema objects in a body and their nesting depth, with references expanded. Each schema
// is measured once (memoised), so shared definitions cost nothing more; a reference back into
// a schema being measured (recursion) counts as nothing.
class SchemaMeasurer
{
public:
    struct Measure
    {
        qint64 count = 0;
        int depth = 0;
    };

    explicit SchemaMeasurer(const ValidationContext &ctx) : m_ctx(ctx) {}

    Measure measure(const JsonValue *node)
    {
        const JsonValue *schema = m_ctx.deref(node);
        if (!schema || !schema->isObject() || m_stack.contains(schema))
            return {};
        if (const auto known = m_memo.constFind(schema); known != m_memo.constEnd())
            return *known;
        m_stack.insert(schema);
        Measure result{1, 0};
        forEachSubschema(schema, [&](const JsonValue *child) {
            const Measure m = measure(child);
            result.count = std::min<qint64>(result.count + m.count, Q_INT64_C(1) << 40);
            result.depth = std::max(result.depth, m.depth);
        });
        ++result.depth;
        m_stack.remove(schema);
        m_memo.insert(schema, result);
        return result;
    }

private:
    const ValidationContext &m_ctx;
    QSet<const JsonValue *> m_stack;
    QHash<const JsonValue *, Measure> m_memo;
};

// Calls visit(schema, pointer, what) for the request body and each response body of each operation.
template<typename Visit>
void forEachBody(const ValidationContext &ctx, Visit visit)
{
    for (const Operation &op : ctx.operations()) {
        for (const auto &p : ctx.parameters(op)) {
            if (paramIn(p.node) == QLatin1String("body") && member(p.node, QStringLiteral("schema")))
                visit(member(p.node, QStringLiteral("schema")), p.pointer, tr("The request body of %1"), op);
        }
        const JsonValue *responses = member(op.node, QStringLiteral("responses"));
        for (int i = 0; responses && responses->isObject() && i < responses->size(); ++i) {
            if (const JsonValue *schema = member(ctx.deref(responses->at(i)), QStringLiteral("schema")))
                visit(schema, op.pointer.child(QStringLiteral("responses")).child(responses->keyAt(i)),
                      tr("Response %1 of %2").arg(responses->keyAt(i), QStringLiteral("%1")), op);
        }
    }
}

void bodySchemas(ValidationContext &ctx)
{
    SchemaMeasurer measurer(ctx);
    forEachBody(ctx, [&](const JsonValue *schema, const JsonPointer &at, const QString &what, const Operation &op) {
        const qint64 count = measurer.measure(schema).count;
        if (count > MaxSchemasPerBody)
            ctx.report(Part::Definition, at,
                       tr("%1 has %2 schemas, over the limit of %3: trim properties the flows do not need")
                           .arg(what.arg(ValidationContext::operationLabel(op)))
                           .arg(count)
                           .arg(MaxSchemasPerBody));
    });
}

void schemaDepth(ValidationContext &ctx)
{
    SchemaMeasurer measurer(ctx);
    forEachBody(ctx, [&](const JsonValue *schema, const JsonPointer &at, const QString &what, const Operation &op) {
        const int depth = measurer.measure(schema).depth;
        if (depth > MaxSchemaDepth)
            ctx.report(Part::Definition, at,
                       tr("%1 nests %2 levels deep (budget %3): flatten it")
                           .arg(what.arg(ValidationContext::operationLabel(op)))
                           .arg(depth)
                           .arg(MaxSchemaDepth));
    });
}

} // namespace
} // namespace rules

void addBudgetRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("budget-file-size"), Severity::Warning,
                  QStringLiteral("The definition file is at most 1 MB"), rules::fileSize});
    list.append({QStringLiteral("budget-operations"), Severity::Error,
                  QStringLiteral("The connector has at most 256 operations"), rules::operationCount});
    list.append({QStringLiteral("budget-body-schemas"), Severity::Warning,
                  QStringLiteral("A request or response body has at most 512 schemas"), rules::bodySchemas});
    list.append({QStringLiteral("budget-schema-depth"), Severity::Warning,
                  QStringLiteral("Body schemas nest at most 32 levels"), rules::schemaDepth});
}
