#include "CurrentTextLocator.h"

#include "json/JsonSource.h"
#include "json/JsonValue.h"

#include <QUndoStack>

using Part = ConnectorDocument::Part;

CurrentTextLocator::CurrentTextLocator(const ConnectorDocument &document)
    : m_document(document), m_edited(document.undoStack()->count() > 0)
{
}

const json::JsonFile &CurrentTextLocator::current(Part part)
{
    const json::JsonFile &file = m_document.file(part);
    // Without edits (or without a tree to write) the positions of the file as read are current.
    if (!m_edited || !file.isValid())
        return file;
    std::optional<json::JsonFile> &reparsed = m_reparsed.at(size_t(part));
    if (!reparsed) {
        const QByteArray bytes = file.toBytes();
        if (part == Part::Definition)
            m_definitionBytes = bytes.size();
        reparsed = json::JsonFile::fromBytes(bytes, file.fileName());
    }
    return reparsed->isValid() ? *reparsed : file;
}

bool CurrentTextLocator::locate(Part part, const json::JsonPointer &pointer, int *line, int *column)
{
    const json::JsonFile &file = current(part);
    if (!file.root())
        return false;
    json::JsonPointer at = pointer;
    const json::JsonValue *node = at.resolve(file.root());
    while (!node && !at.isRoot()) {
        at = at.parentPointer();
        node = at.resolve(file.root());
    }
    for (; node; node = node->parent()) {
        const json::JsonSource *source = node->hasSource() ? node->source().get() : nullptr;
        int offset = source ? node->sourceStart() : -1;
        const json::JsonValue *parent = node->parent();
        if (parent && parent->isObject() && parent->hasSource()) {
            const json::JsonValue::Item &item = parent->itemAt(node->indexInParent());
            if (item.hasSource()) { // "name": the line where the member starts
                source = parent->source().get();
                offset = item.keyStart;
            }
        }
        if (source && offset >= 0) {
            *line = source->lineAt(offset);
            *column = source->columnAt(offset);
            return true;
        }
    }
    return false;
}

qint64 CurrentTextLocator::definitionBytes()
{
    if (m_definitionBytes)
        return *m_definitionBytes;
    const json::JsonFile &file = m_document.file(Part::Definition);
    if (m_edited && file.isValid()) {
        m_definitionBytes = file.encodedSize(file.toText());
        return *m_definitionBytes;
    }
    // Unedited (or unreadable, so never edited): the text as read is what would be written;
    // counting its UTF-8 bytes is much cheaper than serialising a large file.
    m_definitionBytes = file.encodedSize(file.text());
    return *m_definitionBytes;
}
