#include "ConnectorMerge.h"

#include "ImportedConnector.h"
#include "MergeRules.h"
#include "ReferenceMerge.h"
#include "document/ConnectorDocument.h"
#include "domain/EditTransaction.h"
#include "domain/JsonBuilder.h"
#include "domain/KeyOrder.h"
#include "domain/OperationEdits.h"
#include "domain/OperationIndex.h"
#include "domain/PathEdits.h"
#include "json/JsonValue.h"

#include <QCoreApplication>
#include <QSet>

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;
using Kind = MergeChange::Kind;

namespace {

QString textOf(const JsonValue *object, const QString &key)
{
    const JsonValue *value = object && object->isObject() ? object->member(key) : nullptr;
    return value && value->isString() ? value->toString() : QString();
}

// The import's path as seen under the connector's basePath ("/v1" + "/pets" under "/v1" is "/pets").
QString localPath(const QString &path, const QString &importBase, const QString &connectorBase)
{
    if (importBase == connectorBase)
        return path;
    QString base = importBase == QLatin1String("/") ? QString() : importBase;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString full = base + path;
    QString mine = connectorBase == QLatin1String("/") ? QString() : connectorBase;
    while (mine.endsWith(QLatin1Char('/')))
        mine.chop(1);
    if (mine.isEmpty())
        return full;
    if (full == mine)
        return QStringLiteral("/");
    return full.startsWith(mine + QLatin1Char('/')) ? full.mid(mine.size()) : full;
}

// A parameter entry resolved through "#/parameters/X" in root.
const JsonValue *resolved(const JsonValue *entry, const JsonValue *root)
{
    const QString reference = textOf(entry, QStringLiteral("$ref"));
    if (!reference.startsWith(QLatin1String("#/parameters/")))
        return entry;
    const JsonValue *target = JsonPointer::fromString(reference.mid(1)).resolve(root);
    return target ? target : entry;
}

// The identity of a parameter in its operation: there is one body; header names ignore case.
QString parameterKey(const JsonValue *parameter)
{
    const QString in = textOf(parameter, QStringLiteral("in"));
    if (in == QLatin1String("body"))
        return in;
    const QString name = textOf(parameter, QStringLiteral("name"));
    return in + QLatin1Char(':') + (in == QLatin1String("header") ? name.toLower() : name);
}

QString parameterTitle(const JsonValue *parameter)
{
    const QString in = textOf(parameter, QStringLiteral("in"));
    if (in == QLatin1String("body"))
        return ConnectorMerge::tr("body");
    return ConnectorMerge::tr("parameter %1 (%2)").arg(textOf(parameter, QStringLiteral("name")), in);
}

const JsonValue *arrayMember(const JsonValue *object, const QString &key)
{
    const JsonValue *value = object && object->isObject() ? object->member(key) : nullptr;
    return value && value->isArray() ? value : nullptr;
}

// Own parameters, then the path item's that the operation does not override (copies).
std::unique_ptr<JsonValue> effectiveParameters(const JsonValue *pathItem, const JsonValue *operation,
                                               const JsonValue *root)
{
    auto list = JsonValue::makeArray();
    QSet<QString> own;
    if (const JsonValue *params = arrayMember(operation, QStringLiteral("parameters"))) {
        for (int i = 0; i < params->size(); ++i) {
            own.insert(parameterKey(resolved(params->at(i), root)));
            list->insertItem(list->size(), JsonBuilder::detachedClone(*params->at(i)));
        }
    }
    if (const JsonValue *shared = arrayMember(pathItem, QStringLiteral("parameters"))) {
        for (int i = 0; i < shared->size(); ++i) {
            if (!own.contains(parameterKey(resolved(shared->at(i), root))))
                list->insertItem(list->size(), JsonBuilder::detachedClone(*shared->at(i)));
        }
    }
    return list;
}

struct ImportedOperation
{
    OperationKey key;
    QString id;
    const JsonValue *operation = nullptr;
    std::shared_ptr<JsonValue> parameters; // effective, after renames
};

class Planner
{
public:
    Planner(const ConnectorDocument *document, JsonValue *imported, bool partial)
        : m_document(document),
          m_root(document->root(Part::Definition)),
          m_imported(imported),
          m_index(document),
          m_partial(partial)
    { }

    MergePlan run();

private:
    QList<ImportedOperation> importedOperations() const;
    int match(const ImportedOperation &operation, const QSet<int> &taken) const;
    MergeChange compare(const ImportedOperation &operation, const OperationIndex::Entry &entry) const;
    MergeChange added(const ImportedOperation &operation, QSet<QString> *ids) const;
    void addNotes(MergePlan *plan) const;

    const ConnectorDocument *m_document;
    const JsonValue *m_root;
    JsonValue *m_imported;
    OperationIndex m_index;
    bool m_partial;
};

QList<ImportedOperation> Planner::importedOperations() const
{
    QList<ImportedOperation> list;
    const JsonValue *paths = m_imported->member(QStringLiteral("paths"));
    const QString importBase = textOf(m_imported, QStringLiteral("basePath"));
    const QString connectorBase = textOf(m_root, QStringLiteral("basePath"));
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i) {
        const JsonValue *item = paths->at(i);
        for (int j = 0; item->isObject() && j < item->size(); ++j) {
            if (!OperationKey::isHttpMethod(item->keyAt(j)) || !item->at(j)->isObject())
                continue;
            ImportedOperation operation;
            operation.key
                = OperationKey(localPath(paths->keyAt(i), importBase, connectorBase), item->keyAt(j));
            operation.operation = item->at(j);
            operation.id = textOf(operation.operation, QStringLiteral("operationId"));
            operation.parameters = effectiveParameters(item, operation.operation, m_imported);
            list.append(operation);
        }
    }
    return list;
}

// The connector's operation this one updates: same operationId, else same method and path.
int Planner::match(const ImportedOperation &operation, const QSet<int> &taken) const
{
    const int byKey = m_index.indexOf(operation.key);
    const int byId = operation.id.isEmpty() ? -1 : m_index.indexOfOperationId(operation.id);
    if (byId >= 0 && !taken.contains(byId)) {
        // Moving it onto another operation's method and path would collide: that one is the match.
        if (byKey >= 0 && byKey != byId && !taken.contains(byKey))
            return byKey;
        return byId;
    }
    return byKey >= 0 && !taken.contains(byKey) ? byKey : -1;
}

MergeChange Planner::compare(const ImportedOperation &operation, const OperationIndex::Entry &entry) const
{
    MergeChange change;
    change.existing = entry.key;
    change.imported = operation.key;
    change.operationId = entry.operationId;
    change.summary = entry.summary;
    change.incomingSummary = textOf(operation.operation, QStringLiteral("summary"));
    if (entry.key != operation.key)
        change.details.append(ConnectorMerge::tr("moved from %1 %2 to %3 %4")
                                  .arg(entry.key.method.toUpper(), entry.key.path,
                                       operation.key.method.toUpper(), operation.key.path));

    QHash<QString, const JsonValue *> incoming;
    QStringList order;
    for (int i = 0; i < operation.parameters->size(); ++i) {
        const JsonValue *entryValue = operation.parameters->at(i);
        const QString key = parameterKey(resolved(entryValue, m_imported));
        incoming.insert(key, entryValue);
        order.append(key);
    }
    const JsonValue *pathItem = entry.key.pathItemPointer().resolve(m_root);
    const JsonValue *existingOperation = entry.key.pointer().resolve(m_root);
    auto own = JsonValue::makeArray();
    QSet<QString> used;
    bool parametersChanged = false;
    auto update = [&](const JsonValue *existing, bool isOwn) {
        const JsonValue *mine = resolved(existing, m_root);
        const QString key = parameterKey(mine);
        const JsonValue *theirs = incoming.value(key);
        if (!theirs || used.contains(key)) {
            if (isOwn) {
                change.details.append(ConnectorMerge::tr("%1 removed").arg(parameterTitle(mine)));
                parametersChanged = true;
            }
            return;
        }
        used.insert(key);
        const JsonValue *theirsResolved = resolved(theirs, m_imported);
        if (MergeRules::sameShape(theirsResolved, mine, MergeRules::Kind::Parameter)) {
            if (isOwn)
                own->insertItem(own->size(), JsonBuilder::detachedClone(*existing));
            return;
        }
        parametersChanged = true;
        const QStringList keys = MergeRules::differingKeys(theirsResolved, mine, MergeRules::Kind::Parameter);
        change.details.append(key == QLatin1String("body")
                                  ? ConnectorMerge::tr("body schema changed")
                                  : ConnectorMerge::tr("%1: %2 changed")
                                        .arg(parameterTitle(mine), keys.join(QStringLiteral(", "))));
        own->insertItem(own->size(),
                        theirs != theirsResolved
                            ? JsonBuilder::detachedClone(*theirs)
                            : MergeRules::merged(theirs, mine, MergeRules::Kind::Parameter));
    };
    const JsonValue *ownList = arrayMember(existingOperation, QStringLiteral("parameters"));
    QSet<QString> ownKeys;
    for (int i = 0; ownList && i < ownList->size(); ++i) {
        ownKeys.insert(parameterKey(resolved(ownList->at(i), m_root)));
        update(ownList->at(i), true);
    }
    // Inherited path-level parameters stay shared; a different shape becomes an own override.
    const JsonValue *sharedList
        = entry.key == operation.key ? arrayMember(pathItem, QStringLiteral("parameters")) : nullptr;
    for (int i = 0; sharedList && i < sharedList->size(); ++i) {
        if (!ownKeys.contains(parameterKey(resolved(sharedList->at(i), m_root))))
            update(sharedList->at(i), false);
    }
    for (const QString &key : std::as_const(order)) {
        if (used.contains(key))
            continue;
        const JsonValue *theirs = incoming.value(key);
        change.details.append(
            ConnectorMerge::tr("%1 added").arg(parameterTitle(resolved(theirs, m_imported))));
        own->insertItem(own->size(), JsonBuilder::detachedClone(*theirs));
        parametersChanged = true;
    }
    if (parametersChanged || entry.key != operation.key) {
        change.kind = Kind::Changed;
        if (own->size() > 0)
            change.content = std::shared_ptr<const JsonValue>(own.release());
    }
    return change;
}

MergeChange Planner::added(const ImportedOperation &operation, QSet<QString> *ids) const
{
    MergeChange change;
    change.kind = Kind::Added;
    change.imported = operation.key;
    change.summary = textOf(operation.operation, QStringLiteral("summary"));
    auto content = JsonBuilder::detachedClone(*operation.operation);
    const int at = content->indexOf(QStringLiteral("parameters"));
    if (operation.parameters->size() > 0) {
        auto copy = JsonBuilder::detachedClone(*operation.parameters);
        if (at >= 0)
            content->replaceValue(at, std::move(copy));
        else
            content->insertItem(
                KeyOrder::insertIndex(content.get(), QStringLiteral("parameters"), KeyOrder::operation()),
                std::move(copy), QStringLiteral("parameters"));
    }
    QString id = operation.id;
    if (!id.isEmpty() && (m_index.containsOperationId(id) || ids->contains(id))) {
        QString unique = m_index.uniqueOperationId(id);
        for (int n = 2; ids->contains(unique) || m_index.containsOperationId(unique); ++n)
            unique = id + QString::number(n);
        change.details.append(ConnectorMerge::tr("operationId %1 is taken: added as %2").arg(id, unique));
        content->replaceValue(content->indexOf(QStringLiteral("operationId")), JsonValue::makeString(unique));
        id = unique;
    }
    ids->insert(id);
    change.operationId = id;
    change.content = std::shared_ptr<const JsonValue>(content.release());
    return change;
}

// Equal JSON whatever the key order (another tool may have written the import's objects).
bool sameJson(const JsonValue *a, const JsonValue *b)
{
    if (!a || !b)
        return a == b;
    if (a->type() != b->type())
        return false;
    if (!a->isContainer())
        return a->equals(*b);
    if (a->size() != b->size())
        return false;
    for (int i = 0; i < a->size(); ++i) {
        if (!sameJson(a->at(i), a->isObject() ? b->member(a->keyAt(i)) : b->at(i)))
            return false;
    }
    return true;
}

void Planner::addNotes(MergePlan *plan) const
{
    const JsonValue *theirs = m_imported->member(QStringLiteral("securityDefinitions"));
    const JsonValue *mine = m_root ? m_root->member(QStringLiteral("securityDefinitions")) : nullptr;
    if (theirs && theirs->isObject() && theirs->size() > 0 && !sameJson(mine, theirs))
        plan->notes.append(ConnectorMerge::tr(
            "The import's security definitions are not applied: the connector keeps its own."));
    const QString host = textOf(m_imported, QStringLiteral("host"));
    if (!host.isEmpty() && host != textOf(m_root, QStringLiteral("host")))
        plan->notes.append(ConnectorMerge::tr("The import's host %1 is not applied: the connector keeps %2.")
                               .arg(host, textOf(m_root, QStringLiteral("host"))));
}

MergePlan Planner::run()
{
    MergePlan plan;
    if (!m_root || !m_root->isObject()) {
        plan.error = ConnectorMerge::tr("The connector's definition is not a JSON object.");
        return plan;
    }
    const QHash<QString, QString> renames = ReferenceMerge::resolveCollisions(m_root, m_imported);
    for (auto it = renames.cbegin(); it != renames.cend(); ++it)
        plan.renamedItems.insert(it.key(), it.value());

    QSet<int> taken;
    QSet<QString> ids;
    QSet<QString> references;
    for (const ImportedOperation &operation : importedOperations()) {
        const int found = match(operation, taken);
        MergeChange change;
        if (found >= 0) {
            taken.insert(found);
            change = compare(operation, m_index.at(found));
        } else {
            change = added(operation, &ids);
        }
        if (change.content)
            ReferenceMerge::collect(change.content.get(), &references);
        plan.changes.append(change);
    }
    for (int i = 0; !m_partial && i < m_index.size(); ++i) {
        if (taken.contains(i))
            continue;
        MergeChange change;
        change.kind = Kind::Removed;
        change.existing = m_index.at(i).key;
        change.operationId = m_index.at(i).operationId;
        change.summary = m_index.at(i).summary;
        plan.changes.append(change);
    }
    plan.addedItems = ReferenceMerge::missing(m_root, m_imported, references);
    for (const QString &address : std::as_const(plan.addedItems)) {
        const JsonValue *item = m_imported->member(address.section(QLatin1Char('/'), 0, 0))
                                    ->member(address.section(QLatin1Char('/'), 1));
        plan.addedItemContent.append(
            std::shared_ptr<const JsonValue>(JsonBuilder::detachedClone(*item).release()));
    }
    addNotes(&plan);
    return plan;
}

void insertOperation(EditTransaction &edit, const OperationKey &key, std::unique_ptr<JsonValue> operation)
{
    const ConnectorDocument *document = edit.document();
    const JsonPointer paths(QStringList {QStringLiteral("paths")});
    const JsonValue *item = document->value(Part::Definition, key.pathItemPointer());
    if (item && item->isObject()) {
        edit.insert(Part::Definition, key.pathItemPointer(), -1, std::move(operation), key.method);
        return;
    }
    auto pathItem = JsonValue::makeObject();
    pathItem->insertItem(0, std::move(operation), key.method);
    const JsonValue *pathsValue = document->value(Part::Definition, paths);
    if (pathsValue && pathsValue->isObject())
        edit.insert(Part::Definition, paths, -1, std::move(pathItem), key.path);
    else
        edit.set(Part::Definition, key.pathItemPointer(), std::move(pathItem));
}

// Removes the operation, or its path item when it is the last operation in it.
void removeOperation(EditTransaction &edit, const OperationKey &key)
{
    const JsonValue *item = edit.document()->value(Part::Definition, key.pathItemPointer());
    edit.remove(Part::Definition,
                PathEdits::operationCount(item) == 1 ? key.pathItemPointer() : key.pointer());
}

void addItem(EditTransaction &edit, const QString &address, const JsonValue &content)
{
    static const QStringList topLevel {
        QStringLiteral("swagger"),    QStringLiteral("info"),      QStringLiteral("host"),
        QStringLiteral("basePath"),   QStringLiteral("schemes"),   QStringLiteral("consumes"),
        QStringLiteral("produces"),   QStringLiteral("paths"),     QStringLiteral("definitions"),
        QStringLiteral("parameters"), QStringLiteral("responses"), QStringLiteral("securityDefinitions")};
    const QString section = address.section(QLatin1Char('/'), 0, 0);
    const QString name = address.section(QLatin1Char('/'), 1);
    const JsonPointer pointer(QStringList {section});
    const JsonValue *existing = edit.document()->value(Part::Definition, pointer);
    if (existing && existing->isObject()) {
        edit.insert(Part::Definition, pointer, -1, JsonBuilder::detachedClone(content), name);
        return;
    }
    auto object = JsonValue::makeObject();
    object->insertItem(0, JsonBuilder::detachedClone(content), name);
    edit.setMember(Part::Definition, JsonPointer(), section, std::move(object), topLevel);
}

} // namespace

MergePlan ConnectorMerge::plan(const ConnectorDocument *document, const ImportedConnector &imported,
                               Options options)
{
    if (!imported.ok()) {
        MergePlan plan;
        plan.error = ConnectorMerge::tr("The input could not be imported: nothing to merge.");
        return plan;
    }
    // Renames rewrite the import's references: work on a copy.
    std::unique_ptr<JsonValue> copy = JsonBuilder::detachedClone(*imported.definition);
    return Planner(document, copy.get(), options.partial).run();
}

EditResult ConnectorMerge::apply(ConnectorDocument *document, const MergePlan &plan, bool deleteRemoved,
                                 const QString &undoText)
{
    if (!plan.ok())
        return EditResult::failure(plan.error);
    EditResult result = EditResult::success();
    EditTransaction edit(document, undoText.isEmpty() ? ConnectorMerge::tr("Re-import") : undoText);
    for (const MergeChange &change : plan.changes) {
        if (change.kind != Kind::Removed || !deleteRemoved)
            continue;
        removeOperation(edit, change.existing);
        if (!change.operationId.isEmpty()
            && !OperationIndex(document).containsOperationId(change.operationId))
            OperationEdits::removeFromLists(edit, change.operationId, &result.notes);
    }
    for (const MergeChange &change : plan.changes) {
        if (change.kind == Kind::Added) {
            insertOperation(edit, change.imported, JsonBuilder::detachedClone(*change.content));
        } else if (change.kind == Kind::Changed) {
            if (change.moved()) {
                std::unique_ptr<JsonValue> moved = PathEdits::detachedOperation(document, change.existing);
                if (!moved) {
                    edit.fail(ConnectorMerge::tr("There is no operation %1 %2.")
                                  .arg(change.existing.method.toUpper(), change.existing.path));
                    break;
                }
                removeOperation(edit, change.existing);
                if (document->value(Part::Definition, change.imported.pointer())) {
                    edit.fail(ConnectorMerge::tr("%1 %2 already exists.")
                                  .arg(change.imported.method.toUpper(), change.imported.path));
                    break;
                }
                insertOperation(edit, change.imported, std::move(moved));
            }
            const JsonPointer operation = change.imported.pointer();
            if (change.content)
                edit.setMember(Part::Definition, operation, QStringLiteral("parameters"),
                               JsonBuilder::detachedClone(*change.content), KeyOrder::operation());
            else
                edit.removeIfPresent(Part::Definition, operation.child(QStringLiteral("parameters")));
        }
    }
    for (int i = 0; i < plan.addedItems.size(); ++i)
        addItem(edit, plan.addedItems.at(i), *plan.addedItemContent.at(i));
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return result;
}
