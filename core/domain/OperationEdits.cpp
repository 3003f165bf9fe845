#include "OperationEdits.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "KeyOrder.h"
#include "NameStyle.h"
#include "OperationIndex.h"
#include "OperationReferences.h"
#include "OperationView.h"
#include "PathEdits.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("OperationEdits", text);
}

static const JsonPointer &pathsPointer()
{
    static const JsonPointer pointer(QStringList{QString(K::Paths)});
    return pointer;
}

static const JsonPointer &propertiesPointer()
{
    static const JsonPointer pointer(QStringList{QString(K::PropertiesRoot)});
    return pointer;
}

const QStringList &OperationEdits::visibilities()
{
    static const QStringList values{QString(), QStringLiteral("important"), QStringLiteral("advanced"),
                                    QStringLiteral("internal")};
    return values;
}

QString OperationEdits::newOperationId(const ConnectorDocument *document, const QString &method, const QString &path,
                                       const QString &operationId, const QString &summary, QString *error)
{
    const OperationIndex index(document);
    if (!operationId.isEmpty()) {
        *error = NameStyle::operationIdProblem(operationId);
        if (error->isEmpty() && index.containsOperationId(operationId))
            *error = tr("Another operation already has the ID \"%1\".").arg(operationId);
        return operationId;
    }
    QString base = NameStyle::identifier(summary);
    if (base.isEmpty())
        base = NameStyle::identifier(method + QLatin1Char(' ') + QString(path).remove(QRegularExpression(QStringLiteral("[{}]"))));
    if (base.isEmpty() || !base.at(0).isLetter())
        base.prepend(QStringLiteral("Operation"));
    return index.uniqueOperationId(base);
}

EditResult OperationEdits::addOperation(ConnectorDocument *document, const QString &method, const QString &path,
                                        const QString &operationId, const QString &summary)
{
    const QString lower = method.trimmed().toLower();
    if (!OperationKey::isHttpMethod(lower))
        return EditResult::failure(tr("\"%1\" is not an HTTP method.").arg(method));
    const QString problem = OperationKey::pathProblem(path);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    const OperationKey key(path, lower);
    if (OperationView(document, key).isValid())
        return EditResult::failure(tr("%1 %2 already exists.").arg(lower.toUpper(), path));
    QString error;
    const QString id = newOperationId(document, lower, path, operationId.trimmed(), summary, &error);
    if (!error.isEmpty())
        return EditResult::failure(error);

    JsonBuilder operation;
    operation.add(K::Summary, summary).add(K::Description, QString()).add(K::OperationId, id);
    operation.add(K::Responses,
                  JsonBuilder().add(K::Default, JsonBuilder().add(K::Description, QStringLiteral("default")).take()).take());

    EditTransaction edit(document, tr("Add operation %1").arg(id));
    const JsonValue *item = document->value(Part::Definition, key.pathItemPointer());
    if (item && item->isObject())
        edit.insert(Part::Definition, key.pathItemPointer(), -1, operation.take(), lower);
    else if (document->value(Part::Definition, pathsPointer()))
        edit.insert(Part::Definition, pathsPointer(), -1, JsonBuilder().add(lower, operation.take()).take(), path);
    else
        edit.set(Part::Definition, key.pathItemPointer(), JsonBuilder().add(lower, operation.take()).take());
    PathEdits::syncPathParameters(edit, key, OperationKey::placeholders(path), false);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(key);
}

QString OperationEdits::freeCopyPath(const ConnectorDocument *document, const OperationKey &key)
{
    QString base = key.path;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    base += QStringLiteral("/copy");
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        if (!OperationView(document, OperationKey(candidate, key.method)).isValid())
            return candidate;
    }
}

static void setMember(JsonValue *object, QLatin1String key, const QString &text, int insertAt)
{
    const int index = object->indexOf(key);
    if (index >= 0)
        object->replaceValue(index, JsonValue::makeString(text));
    else
        object->insertItem(qMin(insertAt, object->size()), JsonValue::makeString(text), key);
}

EditResult OperationEdits::duplicateOperation(ConnectorDocument *document, const OperationKey &key)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    const OperationIndex index(document);
    const QString originalId = view.operationId();
    const QString copyId = index.uniqueOperationId(originalId.isEmpty() ? QStringLiteral("Operation") : originalId,
                                                   QStringLiteral("_copy"));
    const OperationKey copyKey(freeCopyPath(document, key), key.method);

    std::unique_ptr<JsonValue> copy = PathEdits::detachedOperation(document, key);
    if (!view.summary().isEmpty())
        setMember(copy.get(), K::Summary, view.summary() + tr(" (copy)"), 0);
    setMember(copy.get(), K::OperationId, copyId, copy->indexOf(K::Description) + 1);

    EditTransaction edit(document, tr("Duplicate operation %1").arg(originalId));
    const JsonValue *target = document->value(Part::Definition, copyKey.pathItemPointer());
    if (target) {
        edit.insert(Part::Definition, copyKey.pathItemPointer(), -1, std::move(copy), key.method);
    } else {
        JsonBuilder item;
        const JsonValue *content = document->value(Part::Definition, key.pathItemPointer().child(K::XmsNotificationContent));
        if (view.isTrigger() && content)
            item.add(K::XmsNotificationContent, content->clone());
        item.add(key.method, std::move(copy));
        const int at = document->value(Part::Definition, pathsPointer())->indexOf(key.path) + 1;
        edit.insert(Part::Definition, pathsPointer(), at, item.take(), copyKey.path);
    }
    if (!originalId.isEmpty() && !index.duplicateOperationIds().contains(originalId))
        addCopyToLists(edit, originalId, copyId);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(copyKey);
}

// The copy behaves like the original: same custom code, same policies.
void OperationEdits::addCopyToLists(EditTransaction &edit, const QString &originalId, const QString &copyId)
{
    for (const OperationReference &ref : OperationReferences::find(edit.document(), originalId)) {
        if (ref.part != Part::Properties)
            continue;
        const JsonValue *list = edit.document()->value(Part::Properties, ref.pointer.parentPointer());
        if (list && list->isArray())
            edit.insert(Part::Properties, ref.pointer.parentPointer(), -1, JsonValue::makeString(copyId));
    }
}

EditResult OperationEdits::deleteOperation(ConnectorDocument *document, const OperationKey &key)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    const QString id = view.operationId();
    const bool unique = !id.isEmpty() && !OperationIndex(document).duplicateOperationIds().contains(id);
    const bool lastInItem = PathEdits::operationCount(document->value(Part::Definition, key.pathItemPointer())) == 1;
    const JsonPointer removed = lastInItem ? key.pathItemPointer() : key.pointer();

    EditResult result = EditResult::success(removed);
    EditTransaction edit(document, tr("Delete operation %1").arg(id));
    edit.remove(Part::Definition, removed);
    if (unique) {
        removeFromLists(edit, id, &result.notes);
        for (const OperationReference &ref : OperationReferences::find(document, id)) {
            if (ref.part == Part::Definition)
                result.notes.append(tr("%1 at %2 still calls the deleted operation %3.")
                                        .arg(OperationReferences::kindName(ref.kind), ref.pointer.toString(), id));
        }
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return result;
}

void OperationEdits::removeFromLists(EditTransaction &edit, const QString &operationId, QStringList *notes)
{
    const ConnectorDocument *document = edit.document();
    const JsonPointer scripts = propertiesPointer().child(K::ScriptOperations);
    const JsonValue *list = document->value(Part::Properties, scripts);
    const int before = list && list->isArray() ? list->size() : 0;
    for (int i = before - 1; i >= 0; --i) {
        if (list->at(i)->toString() == operationId)
            edit.remove(Part::Properties, scripts.child(i));
    }
    list = document->value(Part::Properties, scripts);
    if (before > 0 && list && list->size() == 0)
        notes->append(tr("scriptOperations is now empty: the custom code applies to every operation."));

    const JsonPointer policies = propertiesPointer().child(K::PolicyTemplateInstances);
    const JsonValue *instances = document->value(Part::Properties, policies);
    for (int i = instances && instances->isArray() ? instances->size() - 1 : -1; i >= 0; --i) {
        const JsonPointer names = policies.child(i).child(K::Parameters).child(K::PolicyOperationNames);
        const JsonValue *value = document->value(Part::Properties, names);
        if (!value)
            continue;
        int matches = value->isString() && value->toString() == operationId ? 1 : 0;
        for (int j = 0; value->isArray() && j < value->size(); ++j)
            matches += value->at(j)->toString() == operationId ? 1 : 0;
        if (matches == 0)
            continue;
        if (matches == (value->isArray() ? value->size() : 1)) {
            const JsonValue *instance = instances->at(i);
            const JsonValue *title = instance->isObject() ? instance->member(K::Title) : nullptr;
            const JsonValue *templateId = instance->isObject() ? instance->member(QStringLiteral("templateId")) : nullptr;
            notes->append(tr("Removed the policy \"%1\": it applied only to %2.")
                              .arg(title ? title->toString() : templateId ? templateId->toString() : QString(),
                                   operationId));
            edit.remove(Part::Properties, policies.child(i));
            continue;
        }
        for (int j = value->size() - 1; j >= 0; --j) {
            if (value->at(j)->toString() == operationId)
                edit.remove(Part::Properties, names.child(j));
        }
    }
}

EditResult OperationEdits::setOperationField(ConnectorDocument *document, const OperationKey &key, Field field,
                                             const QVariant &value)
{
    if (!OperationView(document, key).isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    QString error;
    const JsonPointer base = key.pointer();
    QString member;
    std::unique_ptr<JsonValue> node; // null: remove the member
    switch (field) {
    case Field::Summary:
    case Field::Description:
        member = field == Field::Summary ? QString(K::Summary) : QString(K::Description);
        node = JsonValue::makeString(value.toString());
        break;
    case Field::Visibility: {
        QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("none"))
            text.clear();
        if (!visibilities().contains(text))
            return EditResult::failure(
                tr("\"%1\" is not a visibility (important, advanced, internal).").arg(value.toString()));
        member = K::XmsVisibility;
        if (!text.isEmpty())
            node = JsonValue::makeString(text);
        break;
    }
    case Field::Deprecated:
        member = K::Deprecated;
        if (value.toBool())
            node = JsonValue::makeBool(true);
        break;
    }
    const JsonPointer at = base.child(member);
    bool ok = true;
    if (node)
        ok = EditTransaction::setMergeable(document, Part::Definition, base, member, std::move(node),
                                           KeyOrder::operation(), &error,
                                           field == Field::Summary || field == Field::Description);
    else if (document->value(Part::Definition, at))
        ok = document->remove(Part::Definition, at, &error);
    return ok ? EditResult::success(at) : EditResult::failure(error);
}
