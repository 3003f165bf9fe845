#pragma once

#include "document/ConnectorDocument.h"

#include <QByteArray>

#include <array>
#include <optional>

// Lines and columns of JSON pointers in the text the document would save now. Findings carry
// lines of the file as it was read, and after edits those are stale; so for an edited document
// the files are serialised and parsed again (each once, on first use) and the pointers resolved
// there. Make one per document state and drop it on the next change.
class CurrentTextLocator
{
public:
    explicit CurrentTextLocator(const ConnectorDocument &document);

    // The 1-based position of the node at pointer (or of its nearest ancestor that exists): the
    // key of an object member, else the value. False when the file has no tree.
    bool locate(ConnectorDocument::Part part, const json::JsonPointer &pointer, int *line, int *column);
    // The definition's size as it would be saved, in bytes.
    qint64 definitionBytes();

private:
    const json::JsonFile &current(ConnectorDocument::Part part);

    const ConnectorDocument &m_document;
    bool m_edited;
    std::optional<qint64> m_definitionBytes;
    std::array<std::optional<json::JsonFile>, 3> m_reparsed;
};
