#include "InsertJsonCommand.h"

InsertJsonCommand::InsertJsonCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                     json::JsonPointer container, int index,
                                     std::unique_ptr<json::JsonValue> value, const QString &key)
    : JsonEditCommand(document, part, container,
                      QObject::tr("Add %1").arg(key.isEmpty() ? describe(container) : key)),
      m_value(std::move(value)), m_key(key), m_index(index)
{
}

void InsertJsonCommand::redo()
{
    json::JsonValue *container = resolve(m_pointer);
    if (!container || !m_value)
        return;
    if (m_index < 0 || m_index > container->size())
        m_index = container->size();
    container->insertItem(m_index, std::move(m_value), m_key);
    announce(m_pointer);
}

void InsertJsonCommand::undo()
{
    json::JsonValue *container = resolve(m_pointer);
    if (!container || m_index >= container->size())
        return;
    m_value = container->takeItem(m_index);
    announce(m_pointer);
}
