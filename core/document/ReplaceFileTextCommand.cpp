#include "ReplaceFileTextCommand.h"

ReplaceFileTextCommand::ReplaceFileTextCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                               json::JsonFile replacement)
    : QUndoCommand(QObject::tr("Edit %1 as text").arg(replacement.fileName())),
      m_document(document),
      m_part(part),
      m_other(std::move(replacement))
{ }

void ReplaceFileTextCommand::redo()
{
    m_document->swapFile(m_part, m_other);
}

void ReplaceFileTextCommand::undo()
{
    m_document->swapFile(m_part, m_other);
}
