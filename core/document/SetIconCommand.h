#pragma once

#include <QByteArray>
#include <QUndoCommand>

class ConnectorDocument;

// Replaces the connector icon (PNG bytes; empty = no icon).
class SetIconCommand : public QUndoCommand
{
public:
    SetIconCommand(ConnectorDocument *document, QByteArray before, QByteArray after);

    void redo() override;
    void undo() override;

private:
    ConnectorDocument *m_document;
    QByteArray m_before;
    QByteArray m_after;
};
