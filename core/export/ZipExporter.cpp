#include "ZipExporter.h"

#include "ZipArchive.h"
#include "document/ConnectorDocument.h"

#include <QCoreApplication>

ExportResult ZipExporter::exportConnector(const ConnectorDocument &document)
{
    ExportResult result;
    QList<ZipArchive::Entry> entries;
    entries.append({QStringLiteral("apiDefinition.swagger.json"),
                    document.file(ConnectorDocument::Part::Definition).toBytes()});
    entries.append(
        {QStringLiteral("apiProperties.json"), document.file(ConnectorDocument::Part::Properties).toBytes()});
    if (!document.icon().isEmpty())
        entries.append({ConnectorDocument::IconFileName, document.icon()});
    if (document.hasScript())
        entries.append({ConnectorDocument::ScriptFileName, document.script().toUtf8()});
    if (document.hasSettings())
        result.report.add(
            ImportReport::Severity::Info,
            QCoreApplication::translate(
                "ZipExporter",
                "settings.json is not included: it names your environment, not the connector."));
    result.bytes = ZipArchive::write(entries, &result.error);
    return result;
}
