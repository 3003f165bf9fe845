#include "EditTransaction.h"

#include "KeyOrder.h"
#include "RenameKeyCommand.h"

#include <QUndoStack>

EditTransaction::EditTransaction(ConnectorDocument *document, const QString &text)
    : m_document(document), m_text(text)
{
}

EditTransaction::~EditTransaction()
{
    if (!m_done)
        commit();
}

bool EditTransaction::begin()
{
    if (m_failed)
        return false;
    if (!m_open) {
        m_document->beginMacro(m_text);
        m_open = true;
    }
    return true;
}

bool EditTransaction::record(bool ok)
{
    if (!ok)
        m_failed = true;
    return ok;
}

bool EditTransaction::set(Part part, const json::JsonPointer &pointer, std::unique_ptr<json::JsonValue> value)
{
    if (!begin())
        return false;
    return record(m_document->setValue(part, pointer, std::move(value), &m_error, false));
}

bool EditTransaction::setString(Part part, const json::JsonPointer &pointer, const QString &text)
{
    return set(part, pointer, json::JsonValue::makeString(text));
}

bool EditTransaction::insert(Part part, const json::JsonPointer &container, int index,
                             std::unique_ptr<json::JsonValue> value, const QString &key)
{
    if (!begin())
        return false;
    return record(m_document->insert(part, container, index, std::move(value), key, &m_error));
}

bool EditTransaction::remove(Part part, const json::JsonPointer &pointer)
{
    if (!begin())
        return false;
    return record(m_document->remove(part, pointer, &m_error));
}

bool EditTransaction::setMember(Part part, const json::JsonPointer &object, const QString &key,
                                std::unique_ptr<json::JsonValue> value, const QStringList &order)
{
    const json::JsonValue *node = m_document->value(part, object);
    if (!node || !node->isObject() || node->indexOf(key) >= 0)
        return set(part, object.child(key), std::move(value));
    return insert(part, object, KeyOrder::insertIndex(node, key, order), std::move(value), key);
}

bool EditTransaction::setMergeable(ConnectorDocument *document, Part part, const json::JsonPointer &object,
                                   const QString &key, std::unique_ptr<json::JsonValue> value, const QStringList &order,
                                   QString *error, bool mergeable)
{
    const json::JsonValue *node = document->value(part, object);
    if (!node || !node->isObject() || node->indexOf(key) >= 0)
        return document->setValue(part, object.child(key), std::move(value), error, mergeable);
    return document->insert(part, object, KeyOrder::insertIndex(node, key, order), std::move(value), key, error);
}

bool EditTransaction::removeIfPresent(Part part, const json::JsonPointer &pointer)
{
    if (!m_document->value(part, pointer))
        return !m_failed;
    return remove(part, pointer);
}

bool EditTransaction::move(Part part, const json::JsonPointer &container, int from, int to)
{
    if (!begin())
        return false;
    return record(m_document->move(part, container, from, to, &m_error));
}

bool EditTransaction::renameKey(Part part, const json::JsonPointer &pointer, const QString &newKey)
{
    if (!begin())
        return false;
    const json::JsonValue *parent = m_document->value(part, pointer.parentPointer());
    if (m_document->isReadOnly())
        m_error = QObject::tr("The connector is read-only: %1").arg(m_document->readOnlyReason());
    else if (!parent || !parent->isObject() || parent->indexOf(pointer.lastToken()) < 0)
        m_error = QObject::tr("Nothing to rename at %1").arg(pointer.toString());
    else if (parent->indexOf(newKey) >= 0)
        m_error = QObject::tr("\"%1\" already exists").arg(newKey);
    else {
        if (pointer.lastToken() != newKey)
            m_document->undoStack()->push(new RenameKeyCommand(m_document, part, pointer, newKey));
        return true;
    }
    return record(false);
}

bool EditTransaction::fail(const QString &reason)
{
    if (!m_failed)
        m_error = reason;
    m_failed = true;
    return false;
}

bool EditTransaction::commit()
{
    if (m_done)
        return !m_failed;
    m_done = true;
    if (!m_open)
        return !m_failed;
    m_document->endMacro();
    QUndoStack *stack = m_document->undoStack();
    auto *macro = const_cast<QUndoCommand *>(stack->command(stack->index() - 1));
    if (macro && (m_failed || macro->childCount() == 0)) {
        // Revert by hand, then let the stack drop the obsolete step (it does not undo an
        // obsolete command again, it deletes it), so no redo entry is left behind.
        if (m_failed)
            macro->undo();
        macro->setObsolete(true);
        stack->undo();
    }
    return !m_failed;
}
