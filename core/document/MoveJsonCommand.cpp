#include "MoveJsonCommand.h"

MoveJsonCommand::MoveJsonCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                 json::JsonPointer container, int from, int to)
    : JsonEditCommand(document, part, container, QObject::tr("Move in %1").arg(describe(container))),
      m_from(from), m_to(to)
{
}

void MoveJsonCommand::apply(int from, int to)
{
    json::JsonValue *container = resolve(m_pointer);
    if (!container || from >= container->size() || to >= container->size())
        return;
    container->moveItem(from, to);
    announce(m_pointer);
}

void MoveJsonCommand::redo()
{
    apply(m_from, m_to);
}

void MoveJsonCommand::undo()
{
    apply(m_to, m_from);
}
