#pragma once

#include "EditResult.h"
#include "OperationKey.h"

#include <QString>

class ConnectorDocument;

// Renaming an operationId together with every reference to it, as one undo step:
// x-ms-dynamic-values/-list/-schema/-properties/-tree and x-ms-notification operationIds
// anywhere in the definition, x-ms-capabilities (testConnection, file-picker) and
// x-ms-openai-data, apiProperties scriptOperations, and the operation lists of policy
// template instances (see OperationReferences).
class OperationRename
{
public:
    // Fails when no operation has oldId, when several do (the references would be
    // ambiguous: use the OperationKey overload), or when newId is invalid or taken.
    static EditResult renameOperation(ConnectorDocument *document, const QString &oldId, const QString &newId);
    // Renames the operation at key. References are rewritten only when its old id was
    // unique (with duplicates, nobody can tell which operation they meant).
    static EditResult renameOperation(ConnectorDocument *document, const OperationKey &key, const QString &newId);
};
