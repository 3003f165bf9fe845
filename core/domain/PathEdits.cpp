#include "PathEdits.h"

#include "JsonBuilder.h"
#include "NameStyle.h"
#include "OperationView.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>

#include <algorithm>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

struct PathEdits::ParamSlot
{
    JsonPointer entry;  // the item in a parameters array
    QString name;       // resolved through $ref
    bool reference = false;
};

static QString tr(const char *text)
{
    return QCoreApplication::translate("PathEdits", text);
}

int PathEdits::operationCount(const JsonValue *pathItem)
{
    int count = 0;
    for (int i = 0; pathItem && pathItem->isObject() && i < pathItem->size(); ++i)
        count += OperationKey::isHttpMethod(pathItem->keyAt(i)) ? 1 : 0;
    return count;
}

std::unique_ptr<JsonValue> PathEdits::newPathParameter(const QString &name)
{
    return JsonBuilder()
        .add(K::Name, name)
        .add(K::In, QStringLiteral("path"))
        .add(K::Required, true)
        .add(K::Type, QStringLiteral("string"))
        .add(K::XmsSummary, NameStyle::label(name))
        .take();
}

QString PathEdits::movePathProblem(const ConnectorDocument *document, const OperationKey &key, const QString &newPath)
{
    if (!OperationView(document, key).isValid())
        return tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path);
    const QString problem = OperationKey::pathProblem(newPath);
    if (!problem.isEmpty())
        return problem;
    if (newPath != key.path && OperationView(document, OperationKey(newPath, key.method)).isValid())
        return tr("%1 %2 already exists.").arg(key.method.toUpper(), newPath);
    return {};
}

EditResult PathEdits::setPath(ConnectorDocument *document, const OperationKey &key, const QString &newPath)
{
    const QString problem = movePathProblem(document, key, newPath);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    EditTransaction edit(document, tr("Change path of %1").arg(OperationView(document, key).operationId()));
    OperationKey moved;
    movePath(edit, key, newPath, &moved);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(moved);
}

EditResult PathEdits::setMethod(ConnectorDocument *document, const OperationKey &key, const QString &method)
{
    const QString lower = method.trimmed().toLower();
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    if (!OperationKey::isHttpMethod(lower))
        return EditResult::failure(tr("\"%1\" is not an HTTP method.").arg(method));
    const OperationKey target(key.path, lower);
    if (target == key)
        return EditResult::success(key);
    if (OperationView(document, target).isValid())
        return EditResult::failure(tr("%1 %2 already exists.").arg(lower.toUpper(), key.path));
    EditTransaction edit(document, tr("Change method of %1").arg(view.operationId()));
    edit.renameKey(Part::Definition, key.pointer(), lower);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(target);
}

bool PathEdits::movePath(EditTransaction &edit, const OperationKey &key, const QString &newPath, OperationKey *moved)
{
    *moved = key;
    const QString problem = movePathProblem(edit.document(), key, newPath);
    if (!problem.isEmpty())
        return edit.fail(problem);
    if (newPath == key.path)
        return true;
    const ConnectorDocument *document = edit.document();
    const QStringList oldPlaceholders = OperationKey::placeholders(key.path);
    const bool targetExists = document->value(Part::Definition, OperationKey(newPath, key.method).pathItemPointer());
    const bool alone = operationCount(document->value(Part::Definition, key.pathItemPointer())) == 1;
    if (alone && !targetExists)
        edit.renameKey(Part::Definition, key.pathItemPointer(), newPath);
    else
        moveOperation(edit, key, newPath);
    *moved = OperationKey(newPath, key.method);
    syncPathParameters(edit, *moved, oldPlaceholders, !targetExists);
    return !edit.failed();
}

std::unique_ptr<JsonValue> PathEdits::detachedOperation(const ConnectorDocument *document, const OperationKey &key)
{
    std::unique_ptr<JsonValue> copy = document->value(Part::Definition, key.pointer())->clone();
    for (const ParameterView &p : OperationView(document, key).parameters()) {
        if (p.origin() != ParameterView::Origin::PathItem)
            continue;
        if (!copy->member(K::Parameters)) {
            const int at = copy->indexOf(K::Responses);
            copy->insertItem(at < 0 ? copy->size() : at, JsonValue::makeArray(), K::Parameters);
        }
        JsonValue *list = copy->member(K::Parameters);
        // Detached: path-level entries sit one level shallower, so they take the file's layout.
        list->insertItem(list->size(), JsonBuilder::detachedClone(*document->value(Part::Definition, p.listPointer())));
    }
    return copy;
}

// Moves one operation of a shared path item to another path item (created if needed,
// right after the old one). The operation keeps the path-level parameters it inherited.
void PathEdits::moveOperation(EditTransaction &edit, const OperationKey &key, const QString &newPath)
{
    const ConnectorDocument *document = edit.document();
    const OperationView view(document, key);
    std::unique_ptr<JsonValue> copy = detachedOperation(document, key);
    const JsonPointer paths = JsonPointer(QStringList{QString(K::Paths)});
    const JsonValue *pathsNode = document->value(Part::Definition, paths);
    const JsonValue *oldItem = document->value(Part::Definition, key.pathItemPointer());
    const JsonPointer targetItem = OperationKey(newPath, key.method).pathItemPointer();
    const bool targetExists = document->value(Part::Definition, targetItem);
    const JsonValue *content = oldItem->member(K::XmsNotificationContent);
    const bool takeContent = view.isTrigger() && content && !targetExists;
    std::unique_ptr<JsonValue> contentCopy = takeContent ? content->clone() : nullptr;
    const int oldIndex = pathsNode->indexOf(key.path);
    const bool removeItem = operationCount(oldItem) == 1;
    edit.remove(Part::Definition, removeItem ? key.pathItemPointer() : key.pointer());
    if (targetExists) {
        edit.insert(Part::Definition, targetItem, -1, std::move(copy), key.method);
        return;
    }
    JsonBuilder item;
    if (contentCopy)
        item.add(K::XmsNotificationContent, std::move(contentCopy));
    item.add(key.method, std::move(copy));
    edit.insert(Part::Definition, paths, removeItem ? oldIndex : oldIndex + 1, item.take(), newPath);
}

QList<PathEdits::ParamSlot> PathEdits::editablePathParameters(const EditTransaction &edit, const OperationKey &key,
                                                              bool ownsPathItem)
{
    QList<ParamSlot> found;
    for (const ParameterView &p : OperationView(edit.document(), key).parameters()) {
        if (!p.isPath())
            continue;
        if (p.origin() == ParameterView::Origin::Operation || ownsPathItem)
            found.append({p.listPointer(), p.name(), p.isReference()});
    }
    // Path-level lists are only reachable here when the path item serves this operation alone.
    if (ownsPathItem) {
        const JsonPointer shared = key.pathItemPointer().child(K::Parameters);
        const JsonValue *list = edit.document()->value(Part::Definition, shared);
        for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
            const ParameterView p(edit.document(), shared.child(i), ParameterView::Origin::PathItem);
            const bool listed = std::any_of(found.cbegin(), found.cend(),
                                            [&](const ParamSlot &s) { return s.entry == p.listPointer(); });
            if (p.isPath() && !listed)
                found.append({p.listPointer(), p.name(), p.isReference()});
        }
    }
    return found;
}

void PathEdits::syncPathParameters(EditTransaction &edit, const OperationKey &key, const QStringList &oldPlaceholders,
                                   bool ownsPathItem)
{
    const QStringList now = OperationKey::placeholders(key.path);
    QStringList oldLeft, newLeft;
    for (const QString &name : oldPlaceholders) {
        if (!now.contains(name))
            oldLeft.append(name);
    }
    for (const QString &name : now) {
        if (!oldPlaceholders.contains(name))
            newLeft.append(name);
    }
    renamePlaceholders(edit, key, oldLeft, newLeft, ownsPathItem);
    removePathParameters(edit, key, oldLeft, ownsPathItem);
    // Placeholders already in the path may lack a parameter too (a hand-edited file).
    addPathParameters(edit, key, now);
}

// A placeholder replaced at the same position renames its parameter, keeping its type,
// description and the rest; a generated label follows the new name.
void PathEdits::renamePlaceholders(EditTransaction &edit, const OperationKey &key, QStringList &oldLeft,
                                   QStringList &newLeft, bool ownsPathItem)
{
    const int pairs = int(qMin(oldLeft.size(), newLeft.size()));
    QStringList oldDone, newDone;
    for (int i = 0; i < pairs; ++i) {
        for (const ParamSlot &slot : editablePathParameters(edit, key, ownsPathItem)) {
            if (slot.name != oldLeft.at(i) || slot.reference)
                continue;
            edit.setString(Part::Definition, slot.entry.child(K::Name), newLeft.at(i));
            const JsonValue *label = edit.document()->value(Part::Definition, slot.entry.child(K::XmsSummary));
            if (label && label->toString() == NameStyle::label(oldLeft.at(i)))
                edit.setString(Part::Definition, slot.entry.child(K::XmsSummary), NameStyle::label(newLeft.at(i)));
            oldDone.append(oldLeft.at(i));
            newDone.append(newLeft.at(i));
            break;
        }
    }
    for (const QString &name : oldDone)
        oldLeft.removeOne(name);
    for (const QString &name : newDone)
        newLeft.removeOne(name);
}

void PathEdits::removePathParameters(EditTransaction &edit, const OperationKey &key, const QStringList &names,
                                     bool ownsPathItem)
{
    if (names.isEmpty())
        return;
    QList<JsonPointer> doomed;
    for (const ParamSlot &slot : editablePathParameters(edit, key, ownsPathItem)) {
        if (names.contains(slot.name))
            doomed.append(slot.entry);
    }
    // Highest index first, so earlier removals do not shift later pointers.
    std::sort(doomed.begin(), doomed.end(), [](const JsonPointer &a, const JsonPointer &b) {
        return a.parentPointer() == b.parentPointer() ? a.lastToken().toInt() > b.lastToken().toInt()
                                                      : a.toString() < b.toString();
    });
    for (const JsonPointer &entry : doomed)
        edit.remove(Part::Definition, entry);
    for (const JsonPointer &list : {key.pointer().child(K::Parameters), key.pathItemPointer().child(K::Parameters)}) {
        const JsonValue *node = edit.document()->value(Part::Definition, list);
        const bool touched = std::any_of(doomed.cbegin(), doomed.cend(),
                                         [&](const JsonPointer &p) { return p.parentPointer() == list; });
        if (touched && node && node->isArray() && node->size() == 0)
            edit.remove(Part::Definition, list);
    }
}

void PathEdits::addPathParameters(EditTransaction &edit, const OperationKey &key, const QStringList &names)
{
    const JsonPointer list = key.pointer().child(K::Parameters);
    for (const QString &name : names) {
        const OperationView view(edit.document(), key);
        if (view.parameter(name, QStringLiteral("path")))
            continue;
        const JsonValue *node = edit.document()->value(Part::Definition, list);
        if (!node || !node->isArray()) {
            auto array = JsonValue::makeArray();
            array->insertItem(0, newPathParameter(name));
            const JsonValue *operation = edit.document()->value(Part::Definition, key.pointer());
            const int at = operation->indexOf(K::Responses);
            edit.insert(Part::Definition, key.pointer(), at < 0 ? -1 : at, std::move(array), K::Parameters);
            continue;
        }
        // Path parameters stay together at the top, in placeholder order.
        int at = 0;
        for (int i = 0; i < node->size(); ++i) {
            if (ParameterView(edit.document(), list.child(i), ParameterView::Origin::Operation).isPath())
                at = i + 1;
        }
        edit.insert(Part::Definition, list, at, newPathParameter(name));
    }
}
