#include "SchemaShape.h"

#include "validation/ValidationContext.h"
#include "json/JsonValue.h"

namespace {

// Deep enough for any real payload, shallow enough that generated schemas stay cheap.
constexpr int MaxDepth = 12;

bool listed(const json::JsonValue *required, const QString &name)
{
    for (int i = 0; required && required->isArray() && i < required->size(); ++i) {
        if (required->at(i)->isString() && required->at(i)->toString() == name)
            return true;
    }
    return false;
}

} // namespace

QMap<QString, SchemaShape::Field> SchemaShape::of(const ValidationContext &ctx, const json::JsonValue *schema,
                                                  bool rootRequired)
{
    SchemaShape shape(ctx);
    shape.walk(schema, QString(), rootRequired, 0);
    return shape.m_fields;
}

QString SchemaShape::join(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('/') + name;
}

void SchemaShape::walk(const json::JsonValue *node, const QString &path, bool required, int depth)
{
    const json::JsonValue *schema = m_ctx.deref(node);
    if (!schema || !schema->isObject() || depth > MaxDepth || m_stack.contains(schema))
        return;
    m_stack.append(schema);
    Field &field = m_fields[path];
    if (!field.node) {
        field.node = schema;
        field.type = ValidationContext::stringAt(schema, QStringLiteral("type"));
        field.visibility = ValidationContext::stringAt(schema, QStringLiteral("x-ms-visibility"));
        field.required = required;
        field.hasDefault = schema->member(QStringLiteral("default")) != nullptr;
    }
    if (field.type.isEmpty() && schema->member(QStringLiteral("properties")))
        field.type = QStringLiteral("object");
    const json::JsonValue *properties = schema->member(QStringLiteral("properties"));
    const json::JsonValue *requiredList = schema->member(QStringLiteral("required"));
    for (int i = 0; properties && properties->isObject() && i < properties->size(); ++i)
        walk(properties->at(i), join(path, properties->keyAt(i)),
             required && listed(requiredList, properties->keyAt(i)), depth + 1);
    if (const json::JsonValue *items = schema->member(QStringLiteral("items")))
        walk(items, path + QStringLiteral("[]"), false, depth + 1);
    // allOf parts add their properties to the same object.
    const json::JsonValue *all = schema->member(QStringLiteral("allOf"));
    for (int i = 0; all && all->isArray() && i < all->size(); ++i)
        walk(all->at(i), path, required, depth + 1);
    m_stack.removeLast();
}
