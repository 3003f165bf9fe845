#pragma once

#include "ExportResult.h"

class ConnectorDocument;

// Entry point of the exporters, shared by the CLI and the GUI.
class ConnectorExporter
{
public:
    enum class Format { OpenApi3, Postman, Zip };

    static ExportResult run(const ConnectorDocument &document, Format format, bool yaml = false);
    static bool parseFormat(const QString &name, Format *out); // "openapi3", "postman", "zip"
    // The usual file name for an export of document ("Contoso HR.openapi.yaml", ...).
    static QString suggestedFileName(const ConnectorDocument &document, Format format, bool yaml);
};
