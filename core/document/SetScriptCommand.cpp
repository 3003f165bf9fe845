#include "SetScriptCommand.h"

#include "ConnectorDocument.h"

SetScriptCommand::SetScriptCommand(ConnectorDocument *document, QString before, bool beforePresent,
                                   QString after, bool afterPresent, bool newStep)
    : QUndoCommand(QObject::tr("Edit custom code")), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_beforePresent(beforePresent), m_afterPresent(afterPresent),
      m_newStep(newStep)
{
}

void SetScriptCommand::redo()
{
    m_document->applyScript(m_after, m_afterPresent);
}

void SetScriptCommand::undo()
{
    m_document->applyScript(m_before, m_beforePresent);
}

// Typing in the code editor is one step, as long as the script stays present.
bool SetScriptCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetScriptCommand *>(other);
    if (!next || next->m_document != m_document || !m_afterPresent || !next->m_afterPresent
        || !next->m_beforePresent || next->m_newStep)
        return false;
    m_after = next->m_after;
    return true;
}
