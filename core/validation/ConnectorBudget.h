#pragma once

#include <QString>

class ConnectorDocument;
namespace json {
class JsonFile;
class JsonValue;
} // namespace json

// The size budget of a connector: the platform's limits and what the connector uses of them,
// for the budget rules and the status-bar meter.
class ConnectorBudget
{
public:
    static constexpr qint64 MaxDefinitionBytes = 1024 * 1024; // the definition file
    static constexpr int MaxOperations = 256; // operations per connector
    static constexpr int MaxSchemasPerBody = 512; // schema objects in one request or response body
    // Not a published platform limit: our budget, beyond which the flow designer's cards become
    // unusable and schemas are almost always generated from something else.
    static constexpr int MaxSchemaDepth = 32;

    struct Figures
    {
        qint64 definitionBytes = 0; // the file as it would be saved
        qint64 minifiedBytes = 0; // the definition without whitespace or comments
        int operations = 0;
        qint64 largestBodySchemas = 0; // schema objects in the largest request or response body
        QString largestBodyOperation; // the operation that has it ("" when there are no bodies)
        QString largestBody; // which body: "response 200 of GetItem" ("" when there are no bodies)
        int deepestBody = 0; // nesting depth of the deepest body schema
    };

    static Figures measure(const ConnectorDocument &document);
    static Figures measure(const json::JsonFile &definition, qint64 definitionBytes);

    // The size of the definition as saved. A document without edits is measured from the text
    // it was read from (the engine writes it back unchanged): serialising a large file costs
    // more than all the validation rules together.
    static qint64 definitionSize(const ConnectorDocument &document);
    // The UTF-8 size of value written as compact JSON.
    static qint64 minifiedSize(const json::JsonValue &value);
};
