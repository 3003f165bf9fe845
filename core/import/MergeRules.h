#pragma once

#include "json/JsonValue.h"

#include <QString>
#include <QStringList>

#include <memory>

// What a re-import owns and what the user owns, for parameters and schemas. The import decides
// an item's shape (the "structural" keys: name, in, type, format, items, collectionFormat,
// schema, properties, $ref, allOf, additionalProperties); every other key (descriptions,
// x-ms-summary, x-ms-visibility, x-ms-dynamic-*, defaults, enums, required...) belongs to the
// user and is kept from the connector when an item is updated.
class MergeRules
{
public:
    enum class Kind { Parameter, Schema };

    static bool isStructural(const QString &key, Kind kind);
    // Equal shapes: structural keys only, recursively; object properties compared by name.
    static bool sameShape(const json::JsonValue *a, const json::JsonValue *b, Kind kind);
    // The structural keys whose values differ ("type", "schema"...), for the preview.
    static QStringList differingKeys(const json::JsonValue *imported, const json::JsonValue *existing,
                                     Kind kind);
    // The imported item's shape with the existing item's own keys kept (recursively into
    // properties and items). The result has no source spans.
    static std::unique_ptr<json::JsonValue> merged(const json::JsonValue *imported,
                                                   const json::JsonValue *existing, Kind kind);
};
