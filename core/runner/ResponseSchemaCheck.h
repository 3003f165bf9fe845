#pragma once

#include "SchemaMismatch.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

class ConnectorDocument;
class OperationView;

// Checks a response body against the operation's response schema for its status (or
// "default") with valijson, as JSON Schema draft 4. Swagger's dialect is adapted first:
// x-nullable allows null, type "file" checks nothing, and local #/definitions references
// resolve against the connector's definitions.
class ResponseSchemaCheck
{
public:
    explicit ResponseSchemaCheck(const ConnectorDocument &document);

    SchemaCheckResult check(const OperationView &operation, int status, const QByteArray &body) const;
    // The core: a Swagger schema (with the definitions its references need) against a value.
    static SchemaCheckResult checkValue(const QJsonObject &schema, const QJsonObject &definitions,
                                        const QJsonValue &value);

private:
    const ConnectorDocument &m_document;
};
