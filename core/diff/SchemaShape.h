#pragma once

#include <QMap>
#include <QString>

class ValidationContext;
namespace json {
class JsonValue;
}

// The shape of a schema as flows see it: every property path ("address/city", "tags[]",
// "items[]/id") with its type, references expanded, recursion and depth cut off.
class SchemaShape
{
public:
    struct Field
    {
        QString type; // "string", "integer", "object", ...; "" when the schema does not say
        QString visibility; // x-ms-visibility, "" for none
        bool required = false;
        bool hasDefault = false;
        const json::JsonValue *node = nullptr; // the schema, $ref resolved
    };

    // The fields of schema; the root itself is the field "" (with rootRequired).
    static QMap<QString, Field> of(const ValidationContext &ctx, const json::JsonValue *schema,
                                   bool rootRequired = true);

private:
    SchemaShape(const ValidationContext &ctx) : m_ctx(ctx) { }
    void walk(const json::JsonValue *node, const QString &path, bool required, int depth);
    static QString join(const QString &path, const QString &name);

    const ValidationContext &m_ctx;
    QMap<QString, Field> m_fields;
    QList<const json::JsonValue *> m_stack;
};
