#pragma once

#include "RequestInput.h"
#include "RunOptions.h"
#include "RunRequest.h"
#include "RunResult.h"
#include "SchemaMismatch.h"

#include <QJsonObject>

class ConnectorDocument;
class OperationView;
class QNetworkAccessManager;

// One "Test operation": build the request, send it, check the response against the schema.
// Passed means a 2xx response whose body matches the declared schema (or none is declared).
struct OperationTest
{
    QString operationId;
    RunRequest request;
    RunResult result;
    SchemaCheckResult schema;
    bool ran = false; // a request went out and a response came back
    bool passed = false;
    QString error; // why it did not run or did not pass, one line

    static OperationTest run(const ConnectorDocument &document, const OperationView &operation,
                             const RequestInput &input, QNetworkAccessManager *network,
                             const RunOptions &options);
    // operationId, method, url, status (null without a response), schemaValid, error, timeMs,
    // size, attempts, notes, mismatches.
    QJsonObject toJson() const;
};
