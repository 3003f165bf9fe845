#include "RenameKeyCommand.h"

RenameKeyCommand::RenameKeyCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                   json::JsonPointer pointer, QString newKey)
    : QUndoCommand(QObject::tr("Rename %1 to %2").arg(pointer.lastToken(), newKey)), m_document(document),
      m_part(part), m_parent(pointer.parentPointer()), m_oldKey(pointer.lastToken()), m_newKey(std::move(newKey))
{
}

void RenameKeyCommand::redo()
{
    apply(m_oldKey, m_newKey, false);
}

void RenameKeyCommand::undo()
{
    apply(m_newKey, m_oldKey, true);
}

// Takes the member out with its source spans and puts it back under the other key, so the
// writer re-emits only the key; on undo the original "key edited" flag comes back too,
// which makes the bytes identical even for keys written with escapes.
void RenameKeyCommand::apply(const QString &from, const QString &to, bool restoreFlag)
{
    json::JsonValue *parent = m_document->value(m_part, m_parent);
    if (!parent || !parent->isObject())
        return;
    const int index = parent->indexOf(from);
    if (index < 0)
        return;
    json::JsonValue::Item item;
    std::unique_ptr<json::JsonValue> value = parent->takeItem(index, &item);
    if (!restoreFlag)
        m_oldKeyEdited = item.keyEdited;
    item.value = std::move(value);
    item.key = to;
    item.keyEdited = restoreFlag ? m_oldKeyEdited : true;
    parent->restoreItem(index, std::move(item));
    m_document->notifyChanged(m_part, m_parent);
}
