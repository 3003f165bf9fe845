#pragma once

#include "json/JsonValue.h"

#include <QHash>
#include <QString>

#include <memory>

class ImportReport;

// Swagger 2.0 schemas and $refs -> OpenAPI 3.0: "#/definitions/X" -> "#/components/schemas/X"
// (likewise parameters, responses; a body parameter's ref -> requestBodies), x-nullable ->
// nullable, type file -> string/binary, a string discriminator -> {propertyName}. Component names
// OpenAPI 3 does not allow (it wants [A-Za-z0-9._-]) are renamed and the refs follow.
class OpenApi3Schema
{
public:
    explicit OpenApi3Schema(ImportReport *report) : m_report(report) { }

    // Registers a component of a Swagger 2.0 section ("definitions", "parameters", "responses")
    // and returns its OpenAPI 3 name; target is the components section it lands in.
    QString addComponent(const QString &section, const QString &name, const QString &target);
    // The rewritten reference ("" kept as is when it is not a local component).
    QString rewriteRef(const QString &ref) const;
    // A deep copy with every conversion applied; pointer locates the source for the report.
    std::unique_ptr<json::JsonValue> convert(const json::JsonValue &schema, const QString &pointer) const;
    // OpenAPI 3's allowed component name for name.
    static QString componentName(const QString &name);

private:
    ImportReport *m_report;
    QHash<QString, QString> m_refs; // "#/definitions/A B" -> "#/components/schemas/A_B"
};
