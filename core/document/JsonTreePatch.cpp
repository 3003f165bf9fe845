#include "JsonTreePatch.h"

#include "json/JsonPointer.h"
#include "json/JsonValue.h"

#include <QStringList>
#include <QUndoStack>

using json::JsonPointer;
using json::JsonValue;

JsonTreePatch::Result JsonTreePatch::apply(ConnectorDocument *document, ConnectorDocument::Part part,
                                           const JsonValue &target, const QString &undoText)
{
    const JsonValue *current = document->root(part);
    if (!current)
        return {false, 0, QObject::tr("The file has no JSON tree to change.")};
    if (current->equals(target))
        return {true, 0, {}};
    if (document->isReadOnly())
        return {false, 0, document->readOnlyReason()};
    if (current->type() != target.type() || (current->isObject() && reordered(*current, target)))
        return {false, 0, QObject::tr("The whole file would be replaced; apply it as JSON text instead.")};
    JsonTreePatch patcher(document, part);
    document->beginMacro(undoText);
    const bool ok = patcher.patch(JsonPointer(), *current, target);
    document->endMacro();
    if (!ok && patcher.m_edits > 0)
        document->undoStack()->undo(); // never leave half a change behind
    return {ok, ok ? patcher.m_edits : 0, patcher.m_error};
}

bool JsonTreePatch::check(bool ok)
{
    if (ok)
        ++m_edits;
    return ok;
}

bool JsonTreePatch::replace(const JsonPointer &at, const JsonValue &target)
{
    auto copy = target.clone();
    copy->detachFromSource(); // formatted in the file's style, not the other notation's
    if (at.isRoot()) {
        m_error = QObject::tr("The whole file would be replaced; apply it as JSON text instead.");
        return false;
    }
    return check(m_document->setValue(m_part, at, std::move(copy), &m_error));
}

bool JsonTreePatch::patch(const JsonPointer &at, const JsonValue &current, const JsonValue &target)
{
    if (current.equals(target))
        return true;
    if (current.type() != target.type())
        return replace(at, target);
    if (current.isObject())
        return patchObject(at, current, target);
    if (current.isArray())
        return patchArray(at, current, target);
    return replace(at, target);
}

// Members removed, then those kept patched in place, then new ones inserted where the target
// has them. Kept members that changed order: the object is rewritten (rare in a text edit).
bool JsonTreePatch::reordered(const JsonValue &current, const JsonValue &target)
{
    QStringList kept;
    for (const QString &key : current.keys()) {
        if (target.indexOf(key) >= 0)
            kept.append(key);
    }
    QStringList targetOrder;
    for (const QString &key : target.keys()) {
        if (kept.contains(key))
            targetOrder.append(key);
    }
    return kept != targetOrder || kept.removeDuplicates() > 0;
}

bool JsonTreePatch::patchObject(const JsonPointer &at, const JsonValue &current, const JsonValue &target)
{
    if (reordered(current, target))
        return replace(at, target);
    for (int i = current.size() - 1; i >= 0; --i) {
        if (target.indexOf(current.keyAt(i)) < 0
            && !check(m_document->remove(m_part, at.child(current.keyAt(i)), &m_error)))
            return false;
    }
    for (int i = 0; i < target.size(); ++i) {
        const QString key = target.keyAt(i);
        const JsonValue *now = m_document->value(m_part, at);
        const int index = now ? now->indexOf(key) : -1;
        if (index >= 0) {
            if (!patch(at.child(key), *now->at(index), *target.at(i)))
                return false;
            continue;
        }
        auto copy = target.at(i)->clone();
        copy->detachFromSource();
        if (!check(m_document->insert(m_part, at, i, std::move(copy), key, &m_error)))
            return false;
    }
    return true;
}

// Equal items at both ends are left alone; the middle of the current array is patched item by
// item against the middle of the target, the surplus removed or the rest inserted.
bool JsonTreePatch::patchArray(const JsonPointer &at, const JsonValue &current, const JsonValue &target)
{
    int prefix = 0;
    const int common = qMin(current.size(), target.size());
    while (prefix < common && current.at(prefix)->equals(*target.at(prefix)))
        ++prefix;
    int suffix = 0;
    while (suffix < common - prefix
           && current.at(current.size() - 1 - suffix)->equals(*target.at(target.size() - 1 - suffix)))
        ++suffix;
    const int currentMiddle = current.size() - prefix - suffix;
    const int targetMiddle = target.size() - prefix - suffix;
    const int paired = qMin(currentMiddle, targetMiddle);
    for (int i = prefix + paired; i < prefix + currentMiddle; ++i) { // surplus, from the first
        if (!check(m_document->remove(m_part, at.child(QString::number(prefix + paired)), &m_error)))
            return false;
    }
    for (int i = prefix; i < prefix + paired; ++i) {
        const JsonValue *now = m_document->value(m_part, at.child(QString::number(i)));
        if (!now || !patch(at.child(QString::number(i)), *now, *target.at(i)))
            return false;
    }
    for (int i = prefix + paired; i < prefix + targetMiddle; ++i) {
        auto copy = target.at(i)->clone();
        copy->detachFromSource();
        if (!check(m_document->insert(m_part, at, i, std::move(copy), {}, &m_error)))
            return false;
    }
    return true;
}
