#pragma once

#include "EditResult.h"
#include "OperationKey.h"
#include "RequestSample.h"

#include <QString>

class ConnectorDocument;
class EditTransaction;

// "Import from sample" for a request and for a response, each one undo step.
//
// A request sample sets the operation's method and path (path parameters follow the
// {placeholders}, as in PathEdits), adds a query parameter per query pair and a header
// parameter per header the connector should declare (not Authorization, Content-Type, ...),
// typed from the sample values, and sets the body parameter's schema inferred from the
// JSON body (adding a "body" parameter when there is none). Parameters that exist already
// are kept as they are (a note says so). A response sample sets or adds the response's
// schema and declares its non-transport headers.
class SampleImport
{
public:
    static EditResult importRequest(ConnectorDocument *document, const OperationKey &key, const RequestSample &sample);
    static EditResult importResponse(ConnectorDocument *document, const OperationKey &key, const QString &statusCode,
                                     const QString &body, const QString &headers = {});

    // The Swagger type (and format) a sample text value suggests: "42" integer, "1.5"
    // number, "true" boolean, "2024-01-31" string/date, else string.
    static QPair<QString, QString> typeOfValue(const QString &value);
    static QString reasonPhrase(const QString &statusCode);

private:
    static void addSimpleParameters(EditTransaction &edit, const OperationKey &key, const QString &location,
                                    const QList<QPair<QString, QString>> &pairs, QStringList *notes);
    static void setBodySchema(EditTransaction &edit, const OperationKey &key, std::unique_ptr<json::JsonValue> schema);
    static void appendParameter(EditTransaction &edit, const OperationKey &key, std::unique_ptr<json::JsonValue> parameter);
    static std::unique_ptr<json::JsonValue> parseBody(const QString &body, QString *error);
};
