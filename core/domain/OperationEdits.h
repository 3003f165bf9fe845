#pragma once

#include "EditResult.h"
#include "OperationKey.h"

#include <QString>
#include <QVariant>

class ConnectorDocument;
class EditTransaction;

// Adding, duplicating, deleting operations and editing their general fields. Each call is
// one undo step (or none when nothing changes) and leaves the document unchanged on error.
class OperationEdits
{
public:
    enum class Field { Summary, Description, Visibility, Deprecated };

    // A new operation with summary, description (""), operationId, path parameters for the
    // {placeholders} and a "default" response. An empty operationId is made from the
    // summary (or method and path) and made unique; a given one must be unused.
    static EditResult addOperation(ConnectorDocument *document, const QString &method, const QString &path,
                                   const QString &operationId, const QString &summary);

    // A copy with the operationId "<id>_copy" (then _copy2, ...), the summary "<summary>
    // (copy)", the same method at the path "<path>/copy" (then /copy2, ...): an operation is
    // identified by path and method, and the copy is meant to be edited. The copy keeps the
    // original's formatting, takes its inherited path-level parameters and, for a webhook,
    // the notification content, and joins the same scriptOperations and policy lists.
    static EditResult duplicateOperation(ConnectorDocument *document, const OperationKey &key);

    // Removes the operation, its path item when no operation is left in it, and its
    // operationId from scriptOperations and policy operation lists (a policy whose list
    // becomes empty applied only to deleted operations and is removed). Notes report what
    // still refers to the deleted operation and a scriptOperations list that became empty.
    static EditResult deleteOperation(ConnectorDocument *document, const OperationKey &key);

    // Summary, Description: text, typed edits of one field merge into one undo step.
    // Visibility: "", "none" (removes it), "important", "advanced", "internal".
    // Deprecated: bool; false removes the key.
    static EditResult setOperationField(ConnectorDocument *document, const OperationKey &key, Field field,
                                        const QVariant &value);

    static const QStringList &visibilities(); // "", "important", "advanced", "internal"
    // Inside another action's transaction: drops operationId from scriptOperations and policies.
    static void removeFromLists(EditTransaction &edit, const QString &operationId, QStringList *notes);

private:
    static QString newOperationId(const ConnectorDocument *document, const QString &method, const QString &path,
                                  const QString &operationId, const QString &summary, QString *error);
    static QString freeCopyPath(const ConnectorDocument *document, const OperationKey &key);
    static void addCopyToLists(EditTransaction &edit, const QString &originalId, const QString &copyId);
};
