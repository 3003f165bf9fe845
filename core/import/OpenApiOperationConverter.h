#pragma once

#include "json/JsonValue.h"

#include <QSet>
#include <QString>

#include <memory>

class ImportReport;
class InputTree;
class OpenApiSchemaConverter;

// Converts the parts of an OpenAPI 3 operation: parameters (schema -> type, style/explode ->
// collectionFormat; cookie parameters dropped), the requestBody (JSON and other media -> a body
// parameter, form media -> formData parameters), responses (content -> schema, headers, links
// dropped) and the media types (-> consumes/produces).
class OpenApiOperationConverter
{
public:
    OpenApiOperationConverter(const InputTree &input, ImportReport &report, OpenApiSchemaConverter &schemas)
        : m_input(input), m_report(report), m_schemas(schemas)
    { }

    // A Swagger 2.0 parameter (or {"$ref": "#/parameters/X"}), or null when it cannot be one.
    std::unique_ptr<json::JsonValue> parameter(const json::JsonValue &parameter);
    // Appends the body or formData parameters of requestBody to parameters; consumes gets its media types.
    void requestBody(const json::JsonValue &body, json::JsonValue *parameters, QStringList *consumes);
    // A Swagger 2.0 response (or a $ref to one); produces gets its media types.
    std::unique_ptr<json::JsonValue> response(const json::JsonValue &response, QStringList *produces);
    // The primitive-typed fields of a schema, as a parameter, header or items object has them.
    std::unique_ptr<json::JsonValue> simpleType(const json::JsonValue *schema, const json::JsonValue *at,
                                                bool allowFile);

    static QString preferredMedia(const json::JsonValue &content);

private:
    void formParameters(const json::JsonValue &schema, bool required, json::JsonValue *parameters);
    static QString collectionFormat(const json::JsonValue &parameter);

    const InputTree &m_input;
    ImportReport &m_report;
    OpenApiSchemaConverter &m_schemas;
};
