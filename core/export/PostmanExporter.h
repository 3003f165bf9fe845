#pragma once

#include "ExportResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

class ConnectorDocument;

// A connector -> a Postman v2.1 collection: tags -> folders, each operation a request named by
// its summary (or operationId, so importing it again gives the same id), path parameters ->
// :variables, query and header parameters with example values, a body example built from the
// schema (TestValueGenerator), the connection's auth as collection auth whose secrets are
// {{variables}} with empty values, and a baseUrl variable from host/basePath/schemes.
class PostmanExporter
{
public:
    static ExportResult exportConnector(const ConnectorDocument &document);
    static QJsonObject collection(const ConnectorDocument &document, ImportReport *report);
    // The Postman auth object for a Swagger 2.0 security definition; adds its secret variables.
    static QJsonObject auth(const QJsonObject &securityDefinition, QJsonArray *variables);

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(PostmanExporter)
};
