// Swagger 2.0 references: local targets only, resolvable, alone in their object, without loops.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QHash>

namespace rules {
namespace {

using KeyKind = ValidationContext::KeyKind;

bool isRefMember(const ValidationContext::Member &m)
{
    return m.value()->isString();
}

bool isAllowedTarget(const QString &ref)
{
    return ref.startsWith(QLatin1String("#/definitions/")) || ref.startsWith(QLatin1String("#/parameters/"))
        || ref.startsWith(QLatin1String("#/responses/"));
}

void refAllowedTarget(ValidationContext &ctx)
{
    for (const auto &m : ctx.members(KeyKind::Ref)) {
        if (isRefMember(m) && !isAllowedTarget(m.value()->toString()))
            ctx.report(
                Part::Definition, JsonPointer::of(m.value()),
                tr("\"%1\": point references into #/definitions, #/parameters or #/responses of this file "
                   "(the connector is uploaded as one file)")
                    .arg(m.value()->toString()));
    }
}

void refResolvable(ValidationContext &ctx)
{
    for (const auto &m : ctx.members(KeyKind::Ref)) {
        if (isRefMember(m) && isAllowedTarget(m.value()->toString())
            && !ctx.resolveRef(m.value()->toString()))
            ctx.report(
                Part::Definition, JsonPointer::of(m.value()),
                tr("\"%1\" does not exist: add it or correct the reference").arg(m.value()->toString()));
    }
}

void refNoSiblings(ValidationContext &ctx)
{
    for (const auto &m : ctx.members(KeyKind::Ref)) {
        if (!isRefMember(m) || m.object->size() < 2)
            continue;
        const JsonPointer objectAt = JsonPointer::of(m.object);
        QuickFix fix;
        QStringList siblings;
        for (int i = 0; i < m.object->size(); ++i) {
            if (i == m.index)
                continue;
            siblings.append(m.object->keyAt(i));
            fix.then(QuickFix::remove(tr("Remove what is beside $ref"), Part::Definition,
                                      objectAt.child(m.object->keyAt(i))));
        }
        ctx.report(Part::Definition, objectAt.child(QStringLiteral("$ref")),
                   tr("%1 beside \"$ref\" is ignored: move it into the referenced definition or remove it")
                       .arg(siblings.join(QStringLiteral(", "))),
                   fix);
    }
}

// --- loops -------------------------------------------------------------------------------

// The named entries (definitions, parameters, responses) as a graph: entry -> the $ref values in it.
struct RefGraph
{
    QHash<QString, QList<const JsonValue *>> edges; // "#/definitions/A" -> $ref string nodes inside A
    QStringList order; // the entries in document order
};

void collectRefs(const JsonValue *node, QList<const JsonValue *> &out, int depth)
{
    if (!node->isContainer() || depth > 200)
        return;
    for (int i = 0; i < node->size(); ++i) {
        const JsonValue *value = node->at(i);
        if (node->isObject()) {
            const QString &key = node->itemAt(i).key;
            if (key == QLatin1String("$ref") && value->isString()) {
                out.append(value);
                continue;
            }
            if (key == QLatin1String("example") || key == QLatin1String("default")
                || key == QLatin1String("enum"))
                continue;
        }
        collectRefs(value, out, depth + 1);
    }
}

RefGraph buildGraph(const JsonValue *root)
{
    RefGraph graph;
    for (const char *section : {"definitions", "parameters", "responses"}) {
        const JsonValue *named = member(root, QLatin1String(section));
        if (!named || !named->isObject())
            continue;
        const QString prefix = QStringLiteral("#/") + QLatin1String(section) + QLatin1Char('/');
        for (int i = 0; i < named->size(); ++i) {
            const QString entry = prefix + JsonPointer::escape(named->keyAt(i));
            graph.order.append(entry);
            collectRefs(named->at(i), graph.edges[entry], 0);
        }
    }
    return graph;
}

// Depth-first search; a $ref to an entry still on the stack closes a cycle.
class LoopFinder
{
public:
    LoopFinder(ValidationContext &ctx, const RefGraph &graph) : m_ctx(ctx), m_graph(graph) { }

    void run()
    {
        for (const QString &entry : m_graph.order) {
            if (!m_state.contains(entry))
                visit(entry);
        }
    }

private:
    void visit(const QString &entry)
    {
        m_state.insert(entry, OnStack);
        m_stack.append(entry);
        for (const JsonValue *ref : m_graph.edges.value(entry)) {
            const QString target = ref->toString();
            if (!m_graph.edges.contains(target))
                continue;
            const State state = m_state.value(target, Unvisited);
            if (state == OnStack)
                report(ref, target);
            else if (state == Unvisited)
                visit(target);
        }
        m_stack.removeLast();
        m_state.insert(entry, Done);
    }

    void report(const JsonValue *ref, const QString &target)
    {
        const QStringList cycle = m_stack.mid(m_stack.indexOf(target)) << target;
        m_ctx.report(
            Part::Definition, JsonPointer::of(ref),
            rules::tr(
                "Reference loop %1: Power Automate cannot expand recursive schemas; end the loop with a "
                "plain object or string")
                .arg(cycle.join(QStringLiteral(" -> "))));
    }

    enum State { Unvisited, OnStack, Done };
    ValidationContext &m_ctx;
    const RefGraph &m_graph;
    QHash<QString, State> m_state;
    QStringList m_stack;
};

void refLoop(ValidationContext &ctx)
{
    const RefGraph graph = buildGraph(ctx.definition());
    LoopFinder(ctx, graph).run();
}

} // namespace
} // namespace rules

void addReferenceRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("ref-local-target"), Severity::Error,
                 QStringLiteral("$ref points into #/definitions, #/parameters or #/responses"),
                 rules::refAllowedTarget});
    list.append({QStringLiteral("ref-resolvable"), Severity::Error,
                 QStringLiteral("Every $ref points at an existing entry"), rules::refResolvable});
    list.append({QStringLiteral("ref-no-siblings"), Severity::Warning,
                 QStringLiteral("Nothing stands beside $ref (Swagger 2.0 ignores it)"),
                 rules::refNoSiblings});
    list.append({QStringLiteral("ref-loop"), Severity::Warning,
                 QStringLiteral("Definitions do not refer to themselves, directly or through others"),
                 rules::refLoop});
}
