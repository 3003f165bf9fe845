#pragma once

#include "ExportResult.h"

class ConnectorDocument;

// A zip of the connector folder as it is now (unsaved edits included): apiDefinition.swagger.json,
// apiProperties.json, icon.png and script.csx when the connector has them. settings.json is left
// out: it names a tenant and environment, not the connector.
class ZipExporter
{
public:
    static ExportResult exportConnector(const ConnectorDocument &document);
};
