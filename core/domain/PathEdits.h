#pragma once

#include "EditResult.h"
#include "EditTransaction.h"
#include "OperationKey.h"

#include <memory>

class ConnectorDocument;
namespace json { class JsonValue; }

// Changing where an operation lives (path template, method), keeping its path parameters
// and the {placeholders} of its path consistent, each change one undo step.
//
// setPath moves only the given operation. When it is the only operation of its path item
// (and the new path is free), the path item itself is renamed, in place, with its
// path-level parameters; otherwise the operation moves to the other (possibly new) path
// item, taking along the path-level parameters it inherited. Then path parameters follow
// the placeholders: a placeholder renamed at the same position renames its parameter
// (keeping type and description), a new one adds a required string parameter, a removed
// one removes its parameter.
class PathEdits
{
public:
    static EditResult setPath(ConnectorDocument *document, const OperationKey &key, const QString &newPath);
    static EditResult setMethod(ConnectorDocument *document, const OperationKey &key, const QString &method);

    // Building blocks for other domain actions, inside their transaction.
    static QString movePathProblem(const ConnectorDocument *document, const OperationKey &key, const QString &newPath);
    static bool movePath(EditTransaction &edit, const OperationKey &key, const QString &newPath, OperationKey *moved);
    static void syncPathParameters(EditTransaction &edit, const OperationKey &key, const QStringList &oldPlaceholders,
                                   bool ownsPathItem);
    // {"name": n, "in": "path", "required": true, "type": "string", "x-ms-summary": "N"}
    static std::unique_ptr<json::JsonValue> newPathParameter(const QString &name);
    // A copy of the operation (keeping its formatting) that also carries, as its own, the
    // path-level parameters it inherits: for moving or copying it to another path item.
    static std::unique_ptr<json::JsonValue> detachedOperation(const ConnectorDocument *document,
                                                              const OperationKey &key);
    // Operations (HTTP method keys) in a path item.
    static int operationCount(const json::JsonValue *pathItem);

private:
    struct ParamSlot;
    static QList<ParamSlot> editablePathParameters(const EditTransaction &edit, const OperationKey &key,
                                                   bool ownsPathItem);
    static void renamePlaceholders(EditTransaction &edit, const OperationKey &key, QStringList &oldLeft,
                                   QStringList &newLeft, bool ownsPathItem);
    static void removePathParameters(EditTransaction &edit, const OperationKey &key, const QStringList &names,
                                     bool ownsPathItem);
    static void addPathParameters(EditTransaction &edit, const OperationKey &key, const QStringList &names);
    static void moveOperation(EditTransaction &edit, const OperationKey &key, const QString &newPath);
};
