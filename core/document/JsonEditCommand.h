#pragma once

#include "ConnectorDocument.h"

#include <QUndoCommand>

// Base of the generic JSON edits: knows the document, the file part and where.
class JsonEditCommand : public QUndoCommand
{
public:
    JsonEditCommand(ConnectorDocument *document, ConnectorDocument::Part part, json::JsonPointer pointer,
                    const QString &text);

    ConnectorDocument::Part part() const { return m_part; }
    const json::JsonPointer &pointer() const { return m_pointer; }

protected:
    json::JsonValue *resolve(const json::JsonPointer &pointer) const;
    void announce(const json::JsonPointer &pointer) const;
    static QString describe(const json::JsonPointer &pointer);

    ConnectorDocument *m_document;
    ConnectorDocument::Part m_part;
    json::JsonPointer m_pointer;
};
