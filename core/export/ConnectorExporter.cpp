#include "ConnectorExporter.h"

#include "OpenApi3Exporter.h"
#include "PostmanExporter.h"
#include "ZipExporter.h"
#include "document/ConnectorDocument.h"

#include <QCoreApplication>

ExportResult ConnectorExporter::run(const ConnectorDocument &document, Format format, bool yaml)
{
    switch (format) {
    case Format::OpenApi3: {
        const json::JsonValue *root = document.root(ConnectorDocument::Part::Definition);
        if (!root) {
            ExportResult result;
            result.error
                = QCoreApplication::translate("ConnectorExporter", "The definition could not be read.");
            return result;
        }
        return OpenApi3Exporter::exportDefinition(
            *root, yaml ? OpenApi3Exporter::Syntax::Yaml : OpenApi3Exporter::Syntax::Json);
    }
    case Format::Postman:
        return PostmanExporter::exportConnector(document);
    case Format::Zip:
        break;
    }
    return ZipExporter::exportConnector(document);
}

bool ConnectorExporter::parseFormat(const QString &name, Format *out)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("openapi3") || lower == QLatin1String("openapi"))
        *out = Format::OpenApi3;
    else if (lower == QLatin1String("postman"))
        *out = Format::Postman;
    else if (lower == QLatin1String("zip"))
        *out = Format::Zip;
    else
        return false;
    return true;
}

QString ConnectorExporter::suggestedFileName(const ConnectorDocument &document, Format format, bool yaml)
{
    QString base = document.displayName();
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    switch (format) {
    case Format::OpenApi3:
        return base + (yaml ? QStringLiteral(".openapi.yaml") : QStringLiteral(".openapi.json"));
    case Format::Postman:
        return base + QStringLiteral(".postman_collection.json");
    case Format::Zip:
        break;
    }
    return base + QStringLiteral(".zip");
}
