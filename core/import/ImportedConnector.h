#pragma once

#include "ImportReport.h"
#include "json/JsonValue.h"

#include <QString>

#include <memory>

// What an importer produces: the Swagger 2.0 definition, apiProperties.json and the report.
// definition is null when the input could not be imported at all (the report says why).
struct ImportedConnector
{
    std::unique_ptr<json::JsonValue> definition;
    std::unique_ptr<json::JsonValue> properties;
    ImportReport report;
    QString format; // "postman", "openapi", "swagger" or "curl"
    QString formatVersion; // "v2.1", "3.0.3", ...
    int inputOperations = 0; // requests/operations found in the input
    int merged = 0; // of those, how many were merged into another (same method and path)

    bool ok() const { return definition != nullptr; }
    int operationCount() const;

    // The files' bytes as they are written (2-space indent, LF, final newline).
    QByteArray definitionBytes() const;
    QByteArray propertiesBytes() const;
    // Writes apiDefinition.swagger.json and apiProperties.json into folder (created if needed),
    // each atomically.
    bool write(const QString &folder, QString *error) const;
};
