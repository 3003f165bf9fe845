#include "MergeRules.h"

#include "domain/JsonBuilder.h"

using json::JsonValue;

static const QStringList &structuralKeys(MergeRules::Kind kind)
{
    static const QStringList parameter {QStringLiteral("name"),  QStringLiteral("in"),
                                        QStringLiteral("type"),  QStringLiteral("format"),
                                        QStringLiteral("items"), QStringLiteral("collectionFormat"),
                                        QStringLiteral("schema")};
    static const QStringList schema {QStringLiteral("type"),
                                     QStringLiteral("format"),
                                     QStringLiteral("items"),
                                     QStringLiteral("properties"),
                                     QStringLiteral("$ref"),
                                     QStringLiteral("allOf"),
                                     QStringLiteral("additionalProperties")};
    return kind == MergeRules::Kind::Parameter ? parameter : schema;
}

bool MergeRules::isStructural(const QString &key, Kind kind)
{
    return structuralKeys(kind).contains(key);
}

// Nested schemas (items, schema, properties' values, allOf entries) are compared as schemas.
static bool sameValue(const QString &key, const JsonValue *a, const JsonValue *b)
{
    if (!a || !b)
        return a == b;
    if (key == QLatin1String("properties")) {
        if (!a->isObject() || !b->isObject())
            return a->equals(*b);
        if (a->size() != b->size())
            return false;
        for (int i = 0; i < a->size(); ++i) {
            if (!MergeRules::sameShape(a->at(i), b->member(a->keyAt(i)), MergeRules::Kind::Schema))
                return false;
        }
        return true;
    }
    if (key == QLatin1String("allOf") && a->isArray() && b->isArray()) {
        if (a->size() != b->size())
            return false;
        for (int i = 0; i < a->size(); ++i) {
            if (!MergeRules::sameShape(a->at(i), b->at(i), MergeRules::Kind::Schema))
                return false;
        }
        return true;
    }
    if ((key == QLatin1String("items") || key == QLatin1String("schema")
         || key == QLatin1String("additionalProperties"))
        && a->isObject() && b->isObject())
        return MergeRules::sameShape(a, b, MergeRules::Kind::Schema);
    return a->equals(*b);
}

bool MergeRules::sameShape(const JsonValue *a, const JsonValue *b, Kind kind)
{
    if (!a || !b)
        return a == b;
    if (!a->isObject() || !b->isObject())
        return a->equals(*b);
    return differingKeys(a, b, kind).isEmpty();
}

QStringList MergeRules::differingKeys(const JsonValue *imported, const JsonValue *existing, Kind kind)
{
    QStringList keys;
    for (const QString &key : structuralKeys(kind)) {
        const JsonValue *a = imported ? imported->member(key) : nullptr;
        const JsonValue *b = existing ? existing->member(key) : nullptr;
        if (!sameValue(key, a, b))
            keys.append(key);
    }
    return keys;
}

static std::unique_ptr<JsonValue> mergedValue(const QString &key, const JsonValue *imported,
                                              const JsonValue *existing)
{
    if (!existing || !imported->isObject() || !existing->isObject())
        return JsonBuilder::detachedClone(*imported);
    if (key == QLatin1String("properties")) {
        auto result = JsonValue::makeObject();
        for (int i = 0; i < imported->size(); ++i) {
            const QString name = imported->keyAt(i);
            result->insertItem(
                result->size(),
                MergeRules::merged(imported->at(i), existing->member(name), MergeRules::Kind::Schema), name);
        }
        return result;
    }
    if (key == QLatin1String("items") || key == QLatin1String("schema")
        || key == QLatin1String("additionalProperties"))
        return MergeRules::merged(imported, existing, MergeRules::Kind::Schema);
    return JsonBuilder::detachedClone(*imported);
}

std::unique_ptr<JsonValue> MergeRules::merged(const JsonValue *imported, const JsonValue *existing, Kind kind)
{
    if (!existing || !imported->isObject() || !existing->isObject())
        return JsonBuilder::detachedClone(*imported);
    // A $ref on either side: the import's reference (or inline schema) wins, with the user's
    // top-level keys kept (a $ref sibling is ignored by tools, but the user put it there).
    const bool reference
        = imported->member(QStringLiteral("$ref")) || existing->member(QStringLiteral("$ref"));
    auto result = JsonValue::makeObject();
    // The connector's key order first, so an updated item reads as before.
    for (int i = 0; i < existing->size(); ++i) {
        const QString key = existing->keyAt(i);
        if (result->indexOf(key) >= 0)
            continue;
        if (isStructural(key, kind)) {
            if (const JsonValue *value = imported->member(key))
                result->insertItem(result->size(),
                                   reference ? JsonBuilder::detachedClone(*value)
                                             : mergedValue(key, value, existing->member(key)),
                                   key);
        } else if (!reference || kind == Kind::Parameter) {
            result->insertItem(result->size(), JsonBuilder::detachedClone(*existing->at(i)), key);
        }
    }
    for (int i = 0; i < imported->size(); ++i) {
        const QString key = imported->keyAt(i);
        if (result->indexOf(key) < 0 && (isStructural(key, kind) || !reference))
            result->insertItem(result->size(), JsonBuilder::detachedClone(*imported->at(i)), key);
    }
    return result;
}
