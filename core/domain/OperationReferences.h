#pragma once

#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>

// A place that names an operation by its operationId, outside the operation itself.
struct OperationReference
{
    enum class Kind {
        DynamicValues,     // x-ms-dynamic-values.operationId
        DynamicList,       // x-ms-dynamic-list.operationId
        DynamicSchema,     // x-ms-dynamic-schema.operationId
        DynamicProperties, // x-ms-dynamic-properties.operationId
        DynamicTree,       // x-ms-dynamic-tree.{settings,open,browse}.operationId
        Notification,      // x-ms-notification.operationId (webhook trigger -> its delete)
        TestConnection,    // x-ms-capabilities.testConnection.operationId
        FilePicker,        // x-ms-capabilities.file-picker.{open,browse}.operationId
        OpenAiData,        // x-ms-openai-data.operations[].operationId
        ScriptOperations,  // apiProperties scriptOperations[]
        PolicyOperations,  // policyTemplateInstances[].parameters["x-ms-apimTemplate-operationName"]
    };

    ConnectorDocument::Part part = ConnectorDocument::Part::Definition;
    json::JsonPointer pointer; // the string that holds the operationId
    Kind kind = Kind::DynamicValues;
};

// Finds every reference to an operationId, in the definition and in apiProperties.json.
// (The kinds are those the corpus of real connectors uses.)
// One walk over the definition; pointers are built only for hits.
class OperationReferences
{
public:
    static QList<OperationReference> find(const ConnectorDocument *document, const QString &operationId);
    static QString kindName(OperationReference::Kind kind);

private:
    static void walkDefinition(const json::JsonValue *node, QStringList &path, const QString &operationId,
                               QList<OperationReference> &out);
    static void findInCapabilities(const json::JsonValue *node, const QString &token, const QStringList &path,
                                   const QString &operationId, QList<OperationReference> &out);
    static void findInProperties(const ConnectorDocument *document, const QString &operationId,
                                 QList<OperationReference> &out);
};
