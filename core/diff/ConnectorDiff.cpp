#include "ConnectorDiff.h"

#include "SchemaShape.h"

#include "document/ConnectorDocument.h"
#include "json/JsonFile.h"
#include "json/JsonValue.h"

#include <QObject>
#include <QSet>

using json::JsonPointer;
using json::JsonValue;

namespace {

QString operationIdOf(const ValidationContext::Operation &op)
{
    return ValidationContext::stringAt(op.node, QStringLiteral("operationId"));
}

QString routeOf(const ValidationContext::Operation &op)
{
    return op.method.toUpper() + QLatin1Char(' ') + op.path;
}

// "array of string" for arrays, so a changed item type is a changed type.
QString typeOf(const ValidationContext &ctx, const JsonValue *schema)
{
    const QString type = ValidationContext::stringAt(schema, QStringLiteral("type"));
    if (type != QLatin1String("array"))
        return type;
    const QString items = ValidationContext::stringAt(ctx.deref(schema->member(QStringLiteral("items"))),
                                                      QStringLiteral("type"));
    return items.isEmpty() ? type : ConnectorDiff::tr("array of %1").arg(items);
}

// "query top" -> "query parameter \"top\"", "body/name" -> "body property \"name\"".
QString describeTarget(const QString &key)
{
    if (key == QLatin1String("body"))
        return ConnectorDiff::tr("the body");
    if (key.startsWith(QLatin1String("body/")))
        return ConnectorDiff::tr("body property \"%1\"").arg(key.mid(5));
    return ConnectorDiff::tr("%1 parameter \"%2\"")
        .arg(key.section(QLatin1Char(' '), 0, 0), key.section(QLatin1Char(' '), 1));
}

QString describeVisibility(const QString &visibility)
{
    return visibility.isEmpty() ? QStringLiteral("none") : visibility;
}

// The schema of the response flows read: the first 2xx response with a schema, else "default".
const JsonValue *responseSchema(const ValidationContext &ctx, const ValidationContext::Operation &op)
{
    const JsonValue *responses = op.node->member(QStringLiteral("responses"));
    if (!responses || !responses->isObject())
        return nullptr;
    for (int i = 0; i < responses->size(); ++i) {
        const JsonValue *response = ctx.deref(responses->at(i));
        if (responses->keyAt(i).startsWith(QLatin1Char('2')) && response && response->isObject()
            && response->member(QStringLiteral("schema")))
            return response->member(QStringLiteral("schema"));
    }
    const JsonValue *fallback = ctx.deref(responses->member(QStringLiteral("default")));
    return fallback && fallback->isObject() ? fallback->member(QStringLiteral("schema")) : nullptr;
}

// True when an ancestor path of path ("a" for "a/b", "a" for "a[]/b") is in keys.
bool parentIn(const QString &path, const QSet<QString> &keys)
{
    for (int i = int(path.size()) - 1; i > 0; --i) {
        if ((path.at(i) == QLatin1Char('/') || path.at(i) == QLatin1Char('[')) && keys.contains(path.left(i)))
            return true;
    }
    return false;
}

const json::JsonFile &noProperties()
{
    static const json::JsonFile empty;
    return empty;
}

} // namespace

ConnectorDiff::ConnectorDiff(const ValidationContext &oldContext, const ValidationContext &newContext)
    : m_old(oldContext), m_new(newContext)
{ }

QList<DiffChange> ConnectorDiff::compare(const json::JsonFile &oldDefinition,
                                         const json::JsonFile &newDefinition)
{
    const ValidationContext oldContext(oldDefinition, noProperties(), 0);
    const ValidationContext newContext(newDefinition, noProperties(), 0);
    ConnectorDiff diff(oldContext, newContext);
    diff.compareOperations();
    return diff.m_changes;
}

QList<DiffChange> ConnectorDiff::compare(const ConnectorDocument &oldVersion,
                                         const ConnectorDocument &newVersion)
{
    return compare(oldVersion.file(ConnectorDocument::Part::Definition),
                   newVersion.file(ConnectorDocument::Part::Definition));
}

int ConnectorDiff::breakingCount(const QList<DiffChange> &changes)
{
    int count = 0;
    for (const DiffChange &c : changes)
        count += c.breaking;
    return count;
}

DiffChange ConnectorDiff::change(DiffChange::Kind kind, bool breaking, const Operation &op,
                                 const QString &target) const
{
    DiffChange c;
    c.kind = kind;
    c.breaking = breaking;
    c.operationId = operationIdOf(op);
    c.method = op.method.toUpper();
    c.path = op.path;
    c.target = target;
    return c;
}

// The new version of an old operation: the one with its operationId, else the one at the same
// method and path whose operationId the old version did not have (a rename).
const ValidationContext::Operation *ConnectorDiff::match(const Operation &oldOp,
                                                         const QSet<QString> &oldIds) const
{
    const QString id = operationIdOf(oldOp);
    if (!id.isEmpty()) {
        if (const Operation *same = m_new.operationById(id))
            return same;
    }
    for (const Operation &candidate : m_new.operations()) {
        const QString candidateId = operationIdOf(candidate);
        if (candidate.path == oldOp.path && candidate.method == oldOp.method
            && (candidateId.isEmpty() || !oldIds.contains(candidateId)))
            return &candidate;
    }
    return nullptr;
}

void ConnectorDiff::compareOperations()
{
    QSet<QString> oldIds;
    for (const Operation &op : m_old.operations())
        oldIds.insert(operationIdOf(op));
    QSet<const JsonValue *> matched;
    for (const Operation &oldOp : m_old.operations()) {
        const Operation *newOp = match(oldOp, oldIds);
        if (!newOp) {
            DiffChange c = change(DiffChange::Kind::OperationRemoved, true, oldOp);
            c.message = ConnectorDiff::tr("operation removed");
            c.reason = ConnectorDiff::tr("flows that use it stop working");
            c.oldPointer = oldOp.pointer;
            m_changes.append(c);
            continue;
        }
        if (!operationIdOf(oldOp).isEmpty() && operationIdOf(oldOp) != operationIdOf(*newOp)) {
            DiffChange c = change(DiffChange::Kind::OperationRenamed, true, *newOp);
            c.oldValue = operationIdOf(oldOp);
            c.newValue = operationIdOf(*newOp);
            c.message = ConnectorDiff::tr("operationId \"%1\" renamed to \"%2\"").arg(c.oldValue, c.newValue);
            c.reason = ConnectorDiff::tr("flows and apps call the action by its operationId");
            c.oldPointer = oldOp.pointer.child(QStringLiteral("operationId"));
            c.newPointer = newOp->pointer.child(QStringLiteral("operationId"));
            m_changes.append(c);
        }
        matched.insert(newOp->node);
        compareOperation(oldOp, *newOp);
    }
    for (const Operation &newOp : m_new.operations()) {
        if (matched.contains(newOp.node))
            continue;
        DiffChange c = change(DiffChange::Kind::OperationAdded, false, newOp);
        c.message = ConnectorDiff::tr("operation added");
        c.reason = ConnectorDiff::tr("nothing built on the old version uses it");
        c.newPointer = newOp.pointer;
        m_changes.append(c);
    }
}

void ConnectorDiff::compareOperation(const Operation &oldOp, const Operation &newOp)
{
    if (oldOp.path != newOp.path || oldOp.method != newOp.method) {
        DiffChange c = change(DiffChange::Kind::OperationMoved, false, newOp);
        c.oldValue = routeOf(oldOp);
        c.newValue = routeOf(newOp);
        c.message = ConnectorDiff::tr("moved from %1 to %2").arg(c.oldValue, c.newValue);
        c.reason = ConnectorDiff::tr("flows call the action by its operationId, not by its URL");
        c.oldPointer = oldOp.pointer;
        c.newPointer = newOp.pointer;
        m_changes.append(c);
    }
    compareVisibility(
        newOp, QString(), ValidationContext::stringAt(oldOp.node, QStringLiteral("x-ms-visibility")),
        ValidationContext::stringAt(newOp.node, QStringLiteral("x-ms-visibility")), oldOp.node, newOp.node);
    compareParameters(oldOp, newOp);
    compareResponses(oldOp, newOp);
}

void ConnectorDiff::compareVisibility(const Operation &newOp, const QString &target, const QString &was,
                                      const QString &is, const JsonValue *oldNode, const JsonValue *newNode)
{
    if (describeVisibility(was) == describeVisibility(is))
        return;
    const bool hidden = is == QLatin1String("internal");
    DiffChange c = change(DiffChange::Kind::VisibilityChanged, hidden, newOp, target);
    c.oldValue = describeVisibility(was);
    c.newValue = describeVisibility(is);
    const QString what = target.isEmpty() ? ConnectorDiff::tr("the operation") : describeTarget(target);
    c.message = ConnectorDiff::tr("visibility of %1 changed from %2 to %3").arg(what, c.oldValue, c.newValue);
    c.reason = hidden ? ConnectorDiff::tr("users can no longer see or set it; what flows set is lost")
                      : ConnectorDiff::tr("only where the designer shows it changes");
    c.oldPointer = JsonPointer::of(oldNode);
    c.newPointer = JsonPointer::of(newNode);
    m_changes.append(c);
}

ConnectorDiff::Parameters ConnectorDiff::parametersOf(const ValidationContext &ctx, const Operation &op) const
{
    Parameters result;
    for (const ValidationContext::Parameter &p : ctx.parameters(op)) {
        const QString in = ValidationContext::stringAt(p.node, QStringLiteral("in"));
        const bool required = p.node->member(QStringLiteral("required"))
            && p.node->member(QStringLiteral("required"))->toBool();
        if (in != QLatin1String("body")) {
            const QString key
                = in + QLatin1Char(' ') + ValidationContext::stringAt(p.node, QStringLiteral("name"));
            result.insert(key,
                          {typeOf(ctx, p.node),
                           ValidationContext::stringAt(p.node, QStringLiteral("x-ms-visibility")), required,
                           p.node->member(QStringLiteral("default")) != nullptr, p.node});
            continue;
        }
        const auto fields = SchemaShape::of(ctx, p.node->member(QStringLiteral("schema")), required);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString key
                = it.key().isEmpty() ? QStringLiteral("body") : QStringLiteral("body/") + it.key();
            result.insert(key,
                          {it->type == QLatin1String("array") ? typeOf(ctx, it->node) : it->type,
                           it->visibility, it->required, it->hasDefault, it->node});
        }
    }
    return result;
}

void ConnectorDiff::compareParameters(const Operation &oldOp, const Operation &newOp)
{
    const Parameters was = parametersOf(m_old, oldOp);
    const Parameters is = parametersOf(m_new, newOp);
    const QSet<QString> oldKeys(was.keyBegin(), was.keyEnd());
    const QSet<QString> newKeys(is.keyBegin(), is.keyEnd());
    for (auto it = was.constBegin(); it != was.constEnd(); ++it) {
        if (is.contains(it.key())) {
            compareParameter(newOp, it.key(), *it, is.value(it.key()));
        } else if (!parentIn(it.key(), oldKeys - newKeys)) {
            const bool internal = it->visibility == QLatin1String("internal");
            DiffChange c = change(DiffChange::Kind::ParameterRemoved, !internal, newOp, it.key());
            c.message = ConnectorDiff::tr("%1 removed").arg(describeTarget(it.key()));
            c.reason = internal ? ConnectorDiff::tr("it was internal: flows never set it")
                                : ConnectorDiff::tr("flows that set it lose the value or fail to load");
            c.oldPointer = JsonPointer::of(it->node);
            m_changes.append(c);
        }
    }
    for (auto it = is.constBegin(); it != is.constEnd(); ++it) {
        if (was.contains(it.key()) || parentIn(it.key(), newKeys - oldKeys))
            continue;
        const bool breaking = it->required && !it->hasDefault;
        DiffChange c = change(DiffChange::Kind::ParameterAdded, breaking, newOp, it.key());
        c.newValue = it->type;
        c.message = ConnectorDiff::tr("%1 added%2")
                        .arg(describeTarget(it.key()),
                             it->required ? ConnectorDiff::tr(" as required") : QString());
        c.reason = breaking ? ConnectorDiff::tr("existing flows do not send it")
            : it->required  ? ConnectorDiff::tr("it has a default")
                            : ConnectorDiff::tr("it is optional");
        c.newPointer = JsonPointer::of(it->node);
        m_changes.append(c);
    }
}

void ConnectorDiff::compareParameter(const Operation &newOp, const QString &key, const Parameter &was,
                                     const Parameter &is)
{
    if (!was.required && is.required) {
        const bool breaking = !is.hasDefault;
        DiffChange c = change(DiffChange::Kind::ParameterRequired, breaking, newOp, key);
        c.message = ConnectorDiff::tr("%1 became required").arg(describeTarget(key));
        c.reason = breaking ? ConnectorDiff::tr("flows that left it empty now fail")
                            : ConnectorDiff::tr("it has a default");
        c.oldPointer = JsonPointer::of(was.node);
        c.newPointer = JsonPointer::of(is.node);
        m_changes.append(c);
    }
    if (!was.type.isEmpty() && !is.type.isEmpty() && was.type != is.type) {
        DiffChange c = change(DiffChange::Kind::ParameterTypeChanged, true, newOp, key);
        c.oldValue = was.type;
        c.newValue = is.type;
        c.message = ConnectorDiff::tr("type of %1 changed from %2 to %3")
                        .arg(describeTarget(key), was.type, is.type);
        c.reason = ConnectorDiff::tr("values that flows set may no longer be valid");
        c.oldPointer = JsonPointer::of(was.node);
        c.newPointer = JsonPointer::of(is.node);
        m_changes.append(c);
    }
    compareVisibility(newOp, key, was.visibility, is.visibility, was.node, is.node);
}

void ConnectorDiff::compareResponses(const Operation &oldOp, const Operation &newOp)
{
    const auto was = SchemaShape::of(m_old, responseSchema(m_old, oldOp));
    const auto is = SchemaShape::of(m_new, responseSchema(m_new, newOp));
    const QSet<QString> oldKeys(was.keyBegin(), was.keyEnd());
    const QSet<QString> newKeys(is.keyBegin(), is.keyEnd());
    auto name = [](const QString &path) -> QString {
        return path.isEmpty() ? ConnectorDiff::tr("the response body")
                              : ConnectorDiff::tr("response property \"%1\"").arg(path);
    };
    for (auto it = was.constBegin(); it != was.constEnd(); ++it) {
        const auto now = is.constFind(it.key());
        if (now == is.constEnd()) {
            if (parentIn(it.key(), oldKeys - newKeys))
                continue;
            DiffChange c = change(DiffChange::Kind::ResponsePropertyRemoved, true, newOp, it.key());
            c.message = ConnectorDiff::tr("%1 removed").arg(name(it.key()));
            c.reason = ConnectorDiff::tr("flows that use this output get nothing or fail");
            c.oldPointer = JsonPointer::of(it->node);
            m_changes.append(c);
        } else if (!it->type.isEmpty() && !now->type.isEmpty() && it->type != now->type) {
            DiffChange c = change(DiffChange::Kind::ResponseTypeChanged, true, newOp, it.key());
            c.oldValue = it->type;
            c.newValue = now->type;
            c.message = ConnectorDiff::tr("type of %1 changed from %2 to %3")
                            .arg(name(it.key()), it->type, now->type);
            c.reason = ConnectorDiff::tr("flows that use this output read a different kind of value");
            c.oldPointer = JsonPointer::of(it->node);
            c.newPointer = JsonPointer::of(now->node);
            m_changes.append(c);
        }
    }
    for (auto it = is.constBegin(); it != is.constEnd(); ++it) {
        if (was.contains(it.key()) || parentIn(it.key(), newKeys - oldKeys))
            continue;
        DiffChange c = change(DiffChange::Kind::ResponsePropertyAdded, false, newOp, it.key());
        c.message = ConnectorDiff::tr("%1 added").arg(name(it.key()));
        c.reason = ConnectorDiff::tr("a new output; what flows use is unchanged");
        c.newPointer = JsonPointer::of(it->node);
        m_changes.append(c);
    }
}
