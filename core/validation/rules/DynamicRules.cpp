// Dynamic extensions (x-ms-dynamic-values, -list, -schema, -properties, -tree) and webhook triggers:
// what they refer to must exist.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QHash>
#include <QSet>

namespace rules {
namespace {

// One call made by a dynamic extension: the object holding operationId and parameters.
struct DynamicCall
{
    QString extension;
    const JsonValue *call = nullptr;
};

QList<DynamicCall> dynamicCalls(const ValidationContext &ctx)
{
    static const QStringList direct
        = {QStringLiteral("x-ms-dynamic-values"), QStringLiteral("x-ms-dynamic-list"),
           QStringLiteral("x-ms-dynamic-schema"), QStringLiteral("x-ms-dynamic-properties")};
    QList<DynamicCall> calls;
    for (const auto &m : ctx.members(ValidationContext::KeyKind::Dynamic)) {
        if (!m.value()->isObject())
            continue;
        if (direct.contains(m.key())) {
            calls.append({m.key(), m.value()});
        } else if (m.key() == QLatin1String("x-ms-dynamic-tree")) {
            for (const char *part : {"open", "browse"}) {
                if (const JsonValue *call = m.value()->member(QLatin1String(part)); call && call->isObject())
                    calls.append({m.key(), call});
            }
        }
    }
    return calls;
}

void dynamicOperationExists(ValidationContext &ctx)
{
    for (const DynamicCall &c : dynamicCalls(ctx)) {
        const JsonValue *id = c.call->member(QStringLiteral("operationId"));
        if (!id) {
            if (!c.call->member(QStringLiteral("capability"))
                && !c.call->member(QStringLiteral("builtInOperation")))
                ctx.report(Part::Definition, JsonPointer::of(c.call),
                           tr("Add the operationId that %1 calls").arg(c.extension));
        } else if (!id->isString() || !ctx.operationIds().contains(id->toString())) {
            ctx.report(Part::Definition, JsonPointer::of(id),
                       tr("%1 calls operation \"%2\", which does not exist: use an existing operationId")
                           .arg(c.extension, id->toString()));
        }
    }
}

// The top-level property names of the operation's body schema.
QSet<QString> bodyProperties(const ValidationContext &ctx, const Operation &op)
{
    QSet<QString> names;
    for (const auto &p : ctx.parameters(op)) {
        if (paramIn(p.node) != QLatin1String("body"))
            continue;
        const JsonValue *properties
            = member(ctx.deref(member(p.node, QStringLiteral("schema"))), QStringLiteral("properties"));
        for (int i = 0; properties && properties->isObject() && i < properties->size(); ++i)
            names.insert(properties->keyAt(i));
    }
    return names;
}

QSet<QString> parameterNames(const ValidationContext &ctx, const Operation &op)
{
    QSet<QString> names;
    for (const auto &p : ctx.parameters(op))
        names.insert(paramName(p.node));
    return names;
}

void dynamicParametersExist(ValidationContext &ctx)
{
    for (const DynamicCall &c : dynamicCalls(ctx)) {
        const Operation *target
            = ctx.operationById(ValidationContext::stringAt(c.call, QStringLiteral("operationId")));
        const JsonValue *parameters = c.call->member(QStringLiteral("parameters"));
        if (!target || !parameters || !parameters->isObject())
            continue;
        const QSet<QString> names = parameterNames(ctx, *target) + bodyProperties(ctx, *target);
        for (int i = 0; i < parameters->size(); ++i) {
            const QString name = parameters->keyAt(i);
            if (!names.contains(name) && !names.contains(name.section(QLatin1Char('/'), -1)))
                ctx.report(Part::Definition, JsonPointer::of(parameters).child(name),
                           tr("Operation \"%1\" has no parameter \"%2\": use one of its parameter names")
                               .arg(ValidationContext::operationLabel(*target), name));
        }
    }
}

// The operation a node of the definition belongs to (by its /paths/{path}/{method} prefix), or null.
const Operation *owningOperation(const ValidationContext &ctx, const JsonPointer &at)
{
    const QStringList &tokens = at.tokens();
    if (tokens.size() < 3 || tokens.at(0) != QLatin1String("paths"))
        return nullptr;
    for (const Operation &op : ctx.operations()) {
        if (op.path == tokens.at(1) && op.method == tokens.at(2))
            return &op;
    }
    return nullptr;
}

// "plan_id" (a parameter or body property) or "body/plan_id" (a body property by path).
bool referenceExists(const ValidationContext &ctx, const Operation &op, const QString &reference)
{
    const QSet<QString> parameters = parameterNames(ctx, op);
    const QSet<QString> properties = bodyProperties(ctx, op);
    if (!reference.contains(QLatin1Char('/')))
        return parameters.contains(reference) || properties.contains(reference);
    return parameters.contains(reference.section(QLatin1Char('/'), 0, 0))
        && properties.contains(reference.section(QLatin1Char('/'), 1, 1));
}

void dynamicParameterReference(ValidationContext &ctx)
{
    for (const DynamicCall &c : dynamicCalls(ctx)) {
        const JsonValue *parameters = c.call->member(QStringLiteral("parameters"));
        if (!parameters || !parameters->isObject())
            continue;
        const JsonPointer parametersAt = JsonPointer::of(parameters);
        const Operation *op = owningOperation(ctx, parametersAt);
        for (int i = 0; op && i < parameters->size(); ++i) {
            const JsonValue *value = parameters->at(i);
            const JsonValue *reference = member(value, QStringLiteral("parameter"));
            if (!reference)
                reference = member(value, QStringLiteral("parameterReference"));
            if (reference && reference->isString() && !referenceExists(ctx, *op, reference->toString()))
                ctx.report(Part::Definition, JsonPointer::of(reference),
                           tr("\"%1\" is not a parameter of %2: refer to one of its parameters")
                               .arg(reference->toString(), ValidationContext::operationLabel(*op)));
        }
    }
}

// --- webhooks ----------------------------------------------------------------------------

// Where the notification URL of a webhook goes: a parameter, or a property of the body schema.
struct NotificationUrl
{
    const JsonValue *node = nullptr;
    bool required = false;
};

// Searches the properties (and, a few levels down, nested objects) of a body schema; every
// schema is visited once, so recursive definitions cannot make it loop.
NotificationUrl findInSchema(const ValidationContext &ctx, const JsonValue *schema, int depth,
                             QSet<const JsonValue *> &visited)
{
    const JsonValue *properties = member(ctx.deref(schema), QStringLiteral("properties"));
    if (!properties || !properties->isObject() || depth > 4 || visited.contains(properties))
        return {};
    visited.insert(properties);
    const JsonValue *required = member(ctx.deref(schema), QStringLiteral("required"));
    for (int i = 0; i < properties->size(); ++i) {
        const JsonValue *property = ctx.deref(properties->at(i));
        if (isTrue(member(property, QStringLiteral("x-ms-notification-url")))) {
            bool listed = false;
            for (int r = 0; required && required->isArray() && r < required->size(); ++r)
                listed = listed || required->at(r)->toString() == properties->keyAt(i);
            return {property, listed};
        }
        if (NotificationUrl found = findInSchema(ctx, property, depth + 1, visited); found.node)
            return found;
    }
    return {};
}

NotificationUrl findNotificationUrl(const ValidationContext &ctx, const Operation &op)
{
    for (const auto &p : ctx.parameters(op)) {
        if (isTrue(member(p.node, QStringLiteral("x-ms-notification-url"))))
            return {p.node, isTrue(member(p.node, QStringLiteral("required")))};
        if (paramIn(p.node) == QLatin1String("body")) {
            QSet<const JsonValue *> visited;
            if (NotificationUrl found
                = findInSchema(ctx, member(p.node, QStringLiteral("schema")), 0, visited);
                found.node)
                return found;
        }
    }
    return {};
}

void webhookNotificationUrl(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        if (!isWebhookTrigger(ctx, op))
            continue;
        const NotificationUrl url = findNotificationUrl(ctx, op);
        if (!url.node) {
            ctx.report(
                Part::Definition, op.pointer,
                tr("Webhook trigger %1 (it has x-ms-notification-content) needs a body property with "
                   "\"x-ms-notification-url\": true (a required, internal string) where the platform puts "
                   "its callback URL")
                    .arg(ValidationContext::operationLabel(op)));
            continue;
        }
        QStringList missing;
        if (!url.required)
            missing << tr("required");
        if (ValidationContext::stringAt(url.node, QStringLiteral("x-ms-visibility"))
            != QLatin1String("internal"))
            missing << tr("\"x-ms-visibility\": \"internal\"");
        if (ValidationContext::stringAt(url.node, QStringLiteral("type")) != QLatin1String("string"))
            missing << tr("\"type\": \"string\"");
        if (!missing.isEmpty())
            ctx.report(Part::Definition, JsonPointer::of(url.node),
                       tr("Make the notification URL of %1 %2")
                           .arg(ValidationContext::operationLabel(op), missing.join(QStringLiteral(", "))));
    }
}

void webhookNotificationContent(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        if (isWebhookTrigger(ctx, op) && !notificationContent(op))
            ctx.report(
                Part::Definition, op.pointer,
                tr("Describe what webhook trigger %1 receives with \"x-ms-notification-content\" (a schema) "
                   "on its path")
                    .arg(ValidationContext::operationLabel(op)));
    }
}

void webhookDeleteOperation(ValidationContext &ctx)
{
    const Operation *webhook = nullptr;
    for (const Operation &op : ctx.operations()) {
        if (op.method == QLatin1String("delete"))
            return;
        if (!webhook && isWebhookTrigger(ctx, op))
            webhook = &op;
    }
    if (webhook)
        ctx.report(
            Part::Definition, webhook->pointer,
            tr("Add a DELETE operation for the URL that %1 returns in its Location header: the platform "
               "calls it to remove the webhook")
                .arg(ValidationContext::operationLabel(*webhook)));
}

} // namespace
} // namespace rules

void addDynamicRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("dynamic-operation-exists"), Severity::Error,
                 QStringLiteral("Dynamic extensions call an existing operationId"),
                 rules::dynamicOperationExists});
    list.append({QStringLiteral("dynamic-parameters-exist"), Severity::Error,
                 QStringLiteral("Dynamic extensions pass only parameters the called operation has"),
                 rules::dynamicParametersExist});
    list.append({QStringLiteral("dynamic-parameter-reference"), Severity::Warning,
                 QStringLiteral("Dynamic extensions take values from parameters of their own operation"),
                 rules::dynamicParameterReference});
    list.append({QStringLiteral("webhook-notification-url"), Severity::Error,
                 QStringLiteral("Webhook triggers have a required, internal string x-ms-notification-url"),
                 rules::webhookNotificationUrl});
    list.append({QStringLiteral("webhook-notification-content"), Severity::Warning,
                 QStringLiteral("Webhook triggers describe their payload with x-ms-notification-content"),
                 rules::webhookNotificationContent});
    list.append({QStringLiteral("webhook-delete-operation"), Severity::Warning,
                 QStringLiteral("A connector with webhook triggers has a DELETE operation"),
                 rules::webhookDeleteOperation});
}
