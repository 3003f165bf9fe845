#include "SchemaMeasurer.h"

#include "ValidationContext.h"
#include "json/JsonValue.h"

#include <algorithm>

namespace {

// Children of a schema that are schemas themselves.
template<typename Visit>
void forEachSubschema(const json::JsonValue *schema, Visit visit)
{
    if (const json::JsonValue *props = schema->member(QStringLiteral("properties"));
        props && props->isObject()) {
        for (int i = 0; i < props->size(); ++i)
            visit(props->at(i));
    }
    for (const char *key : {"items", "additionalProperties"}) {
        if (const json::JsonValue *child = schema->member(QLatin1String(key)); child && child->isObject())
            visit(child);
    }
    if (const json::JsonValue *all = schema->member(QStringLiteral("allOf")); all && all->isArray()) {
        for (int i = 0; i < all->size(); ++i)
            visit(all->at(i));
    }
}

} // namespace

SchemaMeasurer::Measure SchemaMeasurer::measure(const json::JsonValue *node)
{
    const json::JsonValue *schema = m_ctx.deref(node);
    if (!schema || !schema->isObject() || m_stack.contains(schema))
        return {};
    if (const auto known = m_memo.constFind(schema); known != m_memo.constEnd())
        return *known;
    m_stack.insert(schema);
    Measure result {1, 0};
    forEachSubschema(schema, [&](const json::JsonValue *child) {
        const Measure m = measure(child);
        result.count = std::min<qint64>(result.count + m.count, Q_INT64_C(1) << 40);
        result.depth = std::max(result.depth, m.depth);
    });
    ++result.depth;
    m_stack.remove(schema);
    m_memo.insert(schema, result);
    return result;
}
