#pragma once

#include <QString>

namespace json {
class JsonValue;
}
class ImportReport;
class InputTree;

// Mends, in a Swagger 2.0 document taken as it is, what the Swagger 2.0 schema forbids and a
// connector can do without (swagger-parser refuses the document otherwise); each change is
// reported at its place in the input:
//  - an array parameter (or header, or items) without "items" gets items inferred from its
//    default or enum values, else {"type": "string"};
//  - a response whose "schema" refers to a response ("#/responses/X") gets that response's
//    schema (or none) and its headers;
//  - an empty "required" list in a schema is dropped.
class SwaggerRepair
{
public:
    SwaggerRepair(const InputTree &input, ImportReport &report) : m_input(input), m_report(report) { }

    void run(json::JsonValue *root);

private:
    void parameterList(json::JsonValue *list);
    void simpleItems(json::JsonValue *value, int depth);
    void responseMap(json::JsonValue *responses, const json::JsonValue *root);
    void responseSchema(json::JsonValue *response, const json::JsonValue *root);
    void emptyRequired(json::JsonValue *node, int depth);
    void warn(const QString &message, const json::JsonValue *outputNode);

    const InputTree &m_input;
    ImportReport &m_report;
};
