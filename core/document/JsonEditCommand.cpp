#include "JsonEditCommand.h"

JsonEditCommand::JsonEditCommand(ConnectorDocument *document, ConnectorDocument::Part part,
                                 json::JsonPointer pointer, const QString &text)
    : QUndoCommand(text), m_document(document), m_part(part), m_pointer(std::move(pointer))
{
}

json::JsonValue *JsonEditCommand::resolve(const json::JsonPointer &pointer) const
{
    return m_document->value(m_part, pointer);
}

void JsonEditCommand::announce(const json::JsonPointer &pointer) const
{
    m_document->notifyChanged(m_part, pointer);
}

// A short name for the undo menu: the last meaningful token of the pointer.
QString JsonEditCommand::describe(const json::JsonPointer &pointer)
{
    const QStringList &tokens = pointer.tokens();
    for (int i = int(tokens.size()) - 1; i >= 0; --i) {
        bool isIndex = false;
        tokens.at(i).toInt(&isIndex);
        if (!isIndex)
            return tokens.at(i);
    }
    return pointer.isRoot() ? QStringLiteral("document") : pointer.toString();
}
