#include "QuickFix.h"

#include "json/JsonParser.h"

#include <QUndoStack>

QuickFix QuickFix::set(const QString &label, ConnectorDocument::Part part, const json::JsonPointer &pointer,
                       const QString &json)
{
    QuickFix fix;
    fix.label = label;
    fix.edits.append({Edit::Kind::Set, part, pointer, json, {}});
    return fix;
}

QuickFix QuickFix::remove(const QString &label, ConnectorDocument::Part part,
                          const json::JsonPointer &pointer)
{
    QuickFix fix;
    fix.label = label;
    fix.edits.append({Edit::Kind::Remove, part, pointer, {}, {}});
    return fix;
}

QuickFix QuickFix::renameKey(const QString &label, ConnectorDocument::Part part,
                             const json::JsonPointer &pointer, const QString &newKey)
{
    QuickFix fix;
    fix.label = label;
    fix.edits.append({Edit::Kind::RenameKey, part, pointer, {}, newKey});
    return fix;
}

QuickFix QuickFix::insert(const QString &label, ConnectorDocument::Part part,
                          const json::JsonPointer &container, int index, const QString &json,
                          const QString &key)
{
    QuickFix fix;
    fix.label = label;
    fix.edits.append({Edit::Kind::Insert, part, container, json, key, index});
    return fix;
}

QuickFix &QuickFix::then(const QuickFix &other)
{
    if (label.isEmpty())
        label = other.label;
    edits.append(other.edits);
    return *this;
}

static bool applyEdit(ConnectorDocument &document, const QuickFix::Edit &edit, QString *error)
{
    switch (edit.kind) {
    case QuickFix::Edit::Kind::Set: {
        auto value = json::JsonParser::parseValue(edit.json, error);
        return value && document.setValue(edit.part, edit.pointer, std::move(value), error);
    }
    case QuickFix::Edit::Kind::Insert: {
        auto value = json::JsonParser::parseValue(edit.json, error);
        return value
            && document.insert(edit.part, edit.pointer, edit.index, std::move(value), edit.newKey, error);
    }
    case QuickFix::Edit::Kind::Remove:
        return document.remove(edit.part, edit.pointer, error);
    case QuickFix::Edit::Kind::RenameKey: {
        // A rename is a remove and an insert at the same place; the value keeps its formatting.
        const json::JsonValue *node = document.value(edit.part, edit.pointer);
        if (!node || !node->parent() || !node->parent()->isObject()) {
            *error = QObject::tr("Nothing to rename at %1").arg(edit.pointer.toString());
            return false;
        }
        const int index = node->indexInParent();
        auto copy = node->clone();
        return document.remove(edit.part, edit.pointer, error)
            && document.insert(edit.part, edit.pointer.parentPointer(), index, std::move(copy), edit.newKey,
                               error);
    }
    }
    return false;
}

bool QuickFix::apply(ConnectorDocument &document, QString *error) const
{
    QString dummy;
    QString *err = error ? error : &dummy;
    document.beginMacro(label);
    bool ok = true;
    for (const Edit &edit : edits) {
        ok = applyEdit(document, edit, err);
        if (!ok)
            break;
    }
    document.endMacro();
    if (!ok && document.undoStack()->canUndo()) {
        // Roll back the partial macro so a failed fix changes nothing.
        document.undoStack()->undo();
    }
    return ok;
}
