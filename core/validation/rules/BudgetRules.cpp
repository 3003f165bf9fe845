// The size budget: what the platform refuses or handles badly when a connector grows.
#include "RuleSets.h"
#include "RuleSupport.h"

#include "validation/ConnectorBudget.h"
#include "validation/SchemaMeasurer.h"

namespace rules {
namespace {

constexpr qint64 MaxDefinitionBytes = ConnectorBudget::MaxDefinitionBytes;
constexpr int MaxOperations = ConnectorBudget::MaxOperations;
constexpr int MaxSchemasPerBody = ConnectorBudget::MaxSchemasPerBody;
constexpr int MaxSchemaDepth = ConnectorBudget::MaxSchemaDepth;

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
        ctx.report(
            Part::Definition, JsonPointer({QStringLiteral("paths")}),
            tr("The connector has %1 operations, over the limit of %2: split it into several connectors")
                .arg(ctx.operations().size())
                .arg(MaxOperations));
}

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
    SchemaMeasurer &measurer = ctx.schemaMeasurer();
    forEachBody(
        ctx, [&](const JsonValue *schema, const JsonPointer &at, const QString &what, const Operation &op) {
            const qint64 count = measurer.measure(schema).count;
            if (count > MaxSchemasPerBody)
                ctx.report(
                    Part::Definition, at,
                    tr("%1 has %2 schemas, over the limit of %3: trim properties the flows do not need")
                        .arg(what.arg(ValidationContext::operationLabel(op)))
                        .arg(count)
                        .arg(MaxSchemasPerBody));
        });
}

void schemaDepth(ValidationContext &ctx)
{
    SchemaMeasurer &measurer = ctx.schemaMeasurer();
    forEachBody(
        ctx, [&](const JsonValue *schema, const JsonPointer &at, const QString &what, const Operation &op) {
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
