#pragma once

#include "ConnectorDocument.h"

#include <QUndoCommand>

// Replaces a whole JSON file with a parsed text (the raw editor's Apply). The command holds the
// other version of the file, tree and source spans included, and swaps it in on undo and redo:
// both directions restore the exact bytes, and the typed text is kept as typed.
class ReplaceFileTextCommand : public QUndoCommand
{
public:
    ReplaceFileTextCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                           json::JsonFile replacement);

    void redo() override;
    void undo() override;

private:
    ConnectorDocument *m_document;
    ConnectorDocument::Part m_part;
    json::JsonFile m_other; // the version not in the document
};
