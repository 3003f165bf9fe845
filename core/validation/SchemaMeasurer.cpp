#include "SchemaMeasurer.h"

#include "ValidationContext.h"
#include "json/JsonValue.h"

#include <algorithm>

SchemaMeasurer::Measure SchemaMeasurer::measure(const json::JsonValue *node)
{
    const json::JsonValue *schema = m_ctx.deref(node);
    if (!schema || !schema->isObject() || m_stack.contains(schema))
        return {};
    if (const auto known = m_memo.constFind(schema); known != m_memo.constEnd())
        return *known;
    m_stack.insert(schema);
    Measure result {1, 0};
    ValidationContext::forEachSubschema(schema, [&](const json::JsonValue *child) {
        const Measure m = measure(child);
        result.count = std::min<qint64>(result.count + m.count, Q_INT64_C(1) << 40);
        result.depth = std::max(result.depth, m.depth);
    });
    ++result.depth;
    m_stack.remove(schema);
    m_memo.insert(schema, result);
    return result;
}
