#pragma once

#include <QHash>
#include <QSet>

class ValidationContext;
namespace json {
class JsonValue;
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

    explicit SchemaMeasurer(const ValidationContext &ctx) : m_ctx(ctx) { }
    Measure measure(const json::JsonValue *node);

private:
    const ValidationContext &m_ctx;
    QSet<const json::JsonValue *> m_stack;
    QHash<const json::JsonValue *, Measure> m_memo;
};
