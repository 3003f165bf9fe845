#include "SetIconCommand.h"

#include "ConnectorDocument.h"

SetIconCommand::SetIconCommand(ConnectorDocument *document, QByteArray before, QByteArray after)
    : QUndoCommand(QObject::tr("Change icon")), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SetIconCommand::redo()
{
    m_document->applyIcon(m_after);
}

void SetIconCommand::undo()
{
    m_document->applyIcon(m_before);
}
