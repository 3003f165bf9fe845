#pragma once

#include "document/ConnectorDocument.h"

#include <QUndoCommand>

// Renames an object member in place. The document's generic edits have no rename, and a
// remove + insert would move the member's comments and spacing; this keeps the member's
// position, its surrounding text and its value untouched, and undo restores the exact key.
class RenameKeyCommand : public QUndoCommand
{
public:
    // pointer: the member to rename (its parent must be an object).
    RenameKeyCommand(ConnectorDocument *document, ConnectorDocument::Part part, json::JsonPointer pointer,
                     QString newKey);

    void redo() override;
    void undo() override;

private:
    void apply(const QString &from, const QString &to, bool restoreFlag);

    ConnectorDocument *m_document;
    ConnectorDocument::Part m_part;
    json::JsonPointer m_parent;
    QString m_oldKey;
    QString m_newKey;
    bool m_oldKeyEdited = false;
};
