#include "SetJsonValueCommand.h"

SetJsonValueCommand::SetJsonValueCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                         json::JsonPointer pointer, std::unique_ptr<json::JsonValue> value,
                                         bool mergeable)
    : JsonEditCommand(document, part, pointer, QObject::tr("Edit %1").arg(describe(pointer))),
      m_value(std::move(value)), m_mergeable(mergeable)
{
}

void SetJsonValueCommand::swap()
{
    if (m_pointer.isRoot()) {
        json::JsonFile &file = m_document->file(m_part);
        std::unique_ptr<json::JsonValue> old = file.takeRoot();
        file.setRoot(std::move(m_value));
        m_value = std::move(old);
        return;
    }
    json::JsonValue *parent = resolve(m_pointer.parentPointer());
    if (!parent)
        return;
    const QString token = m_pointer.lastToken();
    const int index = parent->isObject() ? parent->indexOf(token) : token.toInt();
    if (!m_applied && index < 0) {
        m_created = true;
        parent->insertItem(parent->size(), std::move(m_value), token);
    } else if (m_applied && m_created) {
        m_value = parent->takeItem(index);
    } else if (m_created) {
        parent->insertItem(parent->size(), std::move(m_value), token);
    } else {
        m_value = parent->replaceValue(index, std::move(m_value));
    }
}

void SetJsonValueCommand::redo()
{
    swap();
    m_applied = true;
    announce(m_pointer);
}

void SetJsonValueCommand::undo()
{
    swap();
    m_applied = false;
    announce(m_pointer);
}

int SetJsonValueCommand::id() const
{
    return m_mergeable ? 0x4a534554 : -1; // 'JSET'
}

bool SetJsonValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetJsonValueCommand *>(other);
    if (!next || !next->m_mergeable || next->m_created || next->m_document != m_document
        || next->m_part != m_part || next->m_pointer != m_pointer)
        return false;
    // Typing back to the original value: put the original node back and drop the step.
    const json::JsonValue *current = resolve(m_pointer);
    if (!m_created && current && m_value && current->equals(*m_value)) {
        swap();
        m_applied = false;
        setObsolete(true);
        announce(m_pointer);
    }
    return true;
}
