#include "RemoveJsonCommand.h"

RemoveJsonCommand::RemoveJsonCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                     json::JsonPointer pointer)
    : JsonEditCommand(document, part, pointer, QObject::tr("Remove %1").arg(describe(pointer)))
{
}

void RemoveJsonCommand::redo()
{
    json::JsonValue *node = resolve(m_pointer);
    if (!node || !node->parent())
        return;
    json::JsonValue *parent = node->parent();
    m_index = node->indexInParent();
    std::unique_ptr<json::JsonValue> value = parent->takeItem(m_index, &m_item);
    m_item.value = std::move(value);
    announce(m_pointer.parentPointer());
}

void RemoveJsonCommand::undo()
{
    json::JsonValue *parent = resolve(m_pointer.parentPointer());
    if (!parent || !m_item.value)
        return;
    parent->restoreItem(m_index, std::move(m_item));
    m_item = json::JsonValue::Item();
    announce(m_pointer.parentPointer());
}
