#pragma once

#include <QString>
#include <QUndoCommand>

class ConnectorDocument;

// Replaces the custom code (script.csx), or adds or removes it.
class SetScriptCommand : public QUndoCommand
{
public:
    SetScriptCommand(ConnectorDocument *document, QString before, bool beforePresent, QString after,
                     bool afterPresent, bool newStep = false);

    void redo() override;
    void undo() override;
    int id() const override { return 0x53435054; } // 'SCPT'
    bool mergeWith(const QUndoCommand *other) override;

private:
    ConnectorDocument *m_document;
    QString m_before;
    QString m_after;
    bool m_beforePresent;
    bool m_afterPresent;
    bool m_newStep; // never merged into the step before it
};
