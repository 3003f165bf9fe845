#include "PolicyEdits.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "PolicyTemplateCatalog.h"
#include "PolicyView.h"
#include "SwaggerKeys.h"
#include "json/JsonParser.h"

#include <QCoreApplication>

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyEdits", text);
}

static const QString ParametersKey = QStringLiteral("parameters");

EditResult PolicyEdits::checkIndex(const ConnectorDocument *document, int index)
{
    if (!PolicyView(document, index).isValid())
        return EditResult::failure(tr("There is no policy %1.").arg(index + 1));
    return EditResult::success(PolicyView(document, index).pointer());
}

QStringList PolicyEdits::parameterOrder(const QString &templateId)
{
    QStringList order;
    if (const PolicyTemplateSpec *spec = PolicyTemplateCatalog::find(templateId)) {
        for (const PolicyParameterSpec &parameter : spec->parameters)
            order.append(parameter.key);
    }
    order << PolicyTemplateCatalog::SectionKey << PolicyTemplateCatalog::OperationsKey;
    return order;
}

EditResult PolicyEdits::addPolicy(ConnectorDocument *document, const QString &templateId,
                                  const QString &title, const QStringList &operations)
{
    const PolicyTemplateSpec *spec = PolicyTemplateCatalog::find(templateId);
    if (!spec)
        return EditResult::failure(tr("\"%1\" is not a known policy template.").arg(templateId));
    JsonBuilder parameters;
    for (const PolicyParameterSpec &parameter : spec->parameters)
        parameters.addIfNotEmpty(parameter.key, parameter.defaultValue);
    if (spec->hasSection)
        parameters.add(PolicyTemplateCatalog::SectionKey, QStringLiteral("Request"));
    if (!operations.isEmpty())
        parameters.add(PolicyTemplateCatalog::OperationsKey, JsonBuilder::stringArray(operations));
    JsonBuilder entry;
    entry.add(QStringLiteral("templateId"), spec->id);
    entry.add(QStringLiteral("title"), title.trimmed().isEmpty() ? spec->title : title.trimmed());
    if (!spec->instanceType.isEmpty())
        entry.add(QStringLiteral("type"), spec->instanceType);
    entry.add(ParametersKey, parameters.take());

    const JsonPointer list = PolicyView::listPointer();
    const int index = PolicyView::count(document);
    EditTransaction edit(document, tr("Add policy %1").arg(spec->title));
    if (!document->value(Part::Properties, list.parentPointer()))
        edit.setMember(Part::Properties, JsonPointer(), list.parentPointer().tokens().constFirst(),
                       JsonValue::makeObject(), {});
    const JsonValue *existing = document->value(Part::Properties, list);
    if (!existing || !existing->isArray())
        edit.setMember(Part::Properties, list.parentPointer(), list.tokens().constLast(),
                       JsonValue::makeArray(), {});
    edit.insert(Part::Properties, list, -1, entry.take());
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(list.child(index));
}

EditResult PolicyEdits::duplicatePolicy(ConnectorDocument *document, int index)
{
    const EditResult check = checkIndex(document, index);
    if (!check)
        return check;
    const PolicyView view(document, index);
    auto copy = JsonBuilder::detachedClone(*document->value(Part::Properties, view.pointer()));
    const int titleAt = copy->indexOf(QStringLiteral("title"));
    if (titleAt >= 0 && copy->at(titleAt)->isString())
        copy->replaceValue(titleAt,
                           JsonValue::makeString(tr("%1 (copy)").arg(copy->at(titleAt)->toString())));
    EditTransaction edit(document, tr("Duplicate policy %1").arg(view.title()));
    edit.insert(Part::Properties, PolicyView::listPointer(), index + 1, std::move(copy));
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(PolicyView::listPointer().child(index + 1));
}

EditResult PolicyEdits::removePolicy(ConnectorDocument *document, int index)
{
    const EditResult check = checkIndex(document, index);
    if (!check)
        return check;
    const PolicyView view(document, index);
    EditTransaction edit(document, tr("Delete policy %1").arg(view.title()));
    edit.remove(Part::Properties, view.pointer());
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(PolicyView::listPointer());
}

EditResult PolicyEdits::setTitle(ConnectorDocument *document, int index, const QString &title)
{
    const EditResult check = checkIndex(document, index);
    if (!check)
        return check;
    QString error;
    if (PolicyView(document, index).title() == title)
        return check;
    if (!EditTransaction::setMergeable(document, Part::Properties, check.pointer, QStringLiteral("title"),
                                       JsonValue::makeString(title),
                                       {QStringLiteral("templateId"), QStringLiteral("title")}, &error))
        return EditResult::failure(error);
    return check;
}

bool PolicyEdits::ensureParameters(EditTransaction &edit, int index)
{
    const JsonPointer entry = PolicyView::listPointer().child(index);
    const JsonValue *parameters = edit.document()->value(Part::Properties, entry.child(ParametersKey));
    if (parameters && parameters->isObject())
        return true;
    if (parameters)
        return edit.set(Part::Properties, entry.child(ParametersKey), JsonValue::makeObject());
    return edit.setMember(
        Part::Properties, entry, ParametersKey, JsonValue::makeObject(),
        {QStringLiteral("templateId"), QStringLiteral("title"), QStringLiteral("type"), ParametersKey});
}

EditResult PolicyEdits::setParameter(ConnectorDocument *document, int index, const QString &key,
                                     const QString &text)
{
    const EditResult check = checkIndex(document, index);
    if (!check)
        return check;
    const PolicyView view(document, index);
    if (view.parameterText(key) == text && (view.hasParameter(key) || text.isEmpty()))
        return check;
    std::unique_ptr<JsonValue> value;
    const PolicyTemplateSpec *spec = view.spec();
    bool json = false;
    for (const PolicyParameterSpec &parameter : spec ? spec->parameters : QList<PolicyParameterSpec>()) {
        if (parameter.key == key)
            json = parameter.kind == PolicyParameterSpec::Kind::Json;
    }
    if (json && !text.trimmed().isEmpty()) {
        QString parseError;
        value = json::JsonParser::parseValue(text, &parseError);
        if (!value)
            return EditResult::failure(tr("Not valid JSON: %1").arg(parseError));
    } else if (!text.isEmpty()) {
        value = JsonValue::makeString(text);
    }
    const JsonPointer parameters = check.pointer.child(ParametersKey);
    if (value && document->value(Part::Properties, parameters.child(key))) {
        // Typing in a field: successive changes of one parameter merge into one undo step.
        QString error;
        if (!EditTransaction::setMergeable(document, Part::Properties, parameters, key, std::move(value),
                                           parameterOrder(view.templateId()), &error))
            return EditResult::failure(error);
        return EditResult::success(parameters.child(key));
    }
    EditTransaction edit(document, tr("Set %1 of policy %2").arg(key, view.title()));
    if (value) {
        ensureParameters(edit, index);
        edit.setMember(Part::Properties, parameters, key, std::move(value),
                       parameterOrder(view.templateId()));
    } else {
        edit.removeIfPresent(Part::Properties, parameters.child(key));
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(parameters.child(key));
}

EditResult PolicyEdits::setOperations(ConnectorDocument *document, int index, const QStringList &operations)
{
    const EditResult check = checkIndex(document, index);
    if (!check)
        return check;
    const PolicyView view(document, index);
    if (view.operations() == operations
        && (view.hasParameter(PolicyTemplateCatalog::OperationsKey) || operations.isEmpty()))
        return check;
    const JsonPointer parameters = check.pointer.child(ParametersKey);
    EditTransaction edit(document, tr("Set the operations of policy %1").arg(view.title()));
    if (operations.isEmpty()) {
        edit.removeIfPresent(Part::Properties, parameters.child(PolicyTemplateCatalog::OperationsKey));
    } else {
        ensureParameters(edit, index);
        edit.setMember(Part::Properties, parameters, PolicyTemplateCatalog::OperationsKey,
                       JsonBuilder::stringArray(operations), parameterOrder(view.templateId()));
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(parameters);
}

EditResult PolicyEdits::replacePolicy(ConnectorDocument *document, int index, const QString &jsonText)
{
    const EditResult check = checkIndex(document, index);
    if (!check)
        return check;
    QString parseError;
    std::unique_ptr<JsonValue> value = json::JsonParser::parseValue(jsonText, &parseError);
    if (!value)
        return EditResult::failure(tr("Not valid JSON: %1").arg(parseError));
    if (!value->isObject())
        return EditResult::failure(tr("A policy is a JSON object."));
    const JsonValue *id = value->member(QStringLiteral("templateId"));
    if (!id || !id->isString() || id->toString().trimmed().isEmpty())
        return EditResult::failure(tr("A policy needs a \"templateId\"."));
    if (PolicyView(document, index).toJsonText() == jsonText)
        return check;
    EditTransaction edit(document, tr("Edit policy %1 as JSON").arg(PolicyView(document, index).title()));
    edit.set(Part::Properties, check.pointer, std::move(value));
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return check;
}
