#pragma once

#include "json/JsonValue.h"

#include <QSet>
#include <QString>

#include <memory>

class ImportReport;
class InputTree;

// Converts OpenAPI 3.0/3.1 schemas (and the $refs in them) to Swagger 2.0 schemas. What 2.0
// cannot say is approximated (nullable -> x-nullable, const -> a one-value enum, a type list
// with "null" -> the type and x-nullable, a oneOf/anyOf with one non-null branch -> that branch)
// or dropped (other oneOf/anyOf, not, if/then/else, ...); each is listed in the report.
class OpenApiSchemaConverter
{
public:
    OpenApiSchemaConverter(const InputTree &input, ImportReport &report)
        : m_input(input), m_report(report) { }

    std::unique_ptr<json::JsonValue> convert(const json::JsonValue &schema) { return convert(schema, 0); }
    // "#/components/schemas/X" -> "#/definitions/X" (and parameters, responses); empty when the
    // reference cannot be expressed in the output (external, or to a kind 2.0 has no place for).
    static QString rewriteRef(const QString &ref);
    // Rewrites every "#/components/..." $ref left in a converted tree (extensions are copied as
    // they are, and may hold references).
    static void rewriteRemainingRefs(json::JsonValue *node);
    // The node a local "#/..." reference points to in the input, or null.
    const json::JsonValue *resolve(const QString &ref) const;
    // Follows $refs (up to a few hops) to the schema itself.
    const json::JsonValue *target(const json::JsonValue *schema) const;

private:
    std::unique_ptr<json::JsonValue> convert(const json::JsonValue &schema, int depth);
    std::unique_ptr<json::JsonValue> reference(const json::JsonValue &schema);
    void copyKeyword(json::JsonValue *out, const json::JsonValue &schema, int index, int depth);
    void applyType(json::JsonValue *out, const json::JsonValue &type);
    bool collapseAlternatives(json::JsonValue *out, const json::JsonValue &schema, const QString &key,
                              int depth);
    std::unique_ptr<json::JsonValue> convertMap(const json::JsonValue &map, int depth);
    void fixRequired(json::JsonValue *out, const json::JsonValue &schema, const QSet<QString> &siblings);
    void collectProperties(const json::JsonValue &schema, QSet<QString> *names, int depth) const;

    const InputTree &m_input;
    ImportReport &m_report;
    // While an allOf branch is converted: the properties its siblings and parent declare (its
    // "required" may name them).
    QSet<QString> m_siblingNames;
};
