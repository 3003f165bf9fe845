#include "TriggerEdits.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "KeyOrder.h"
#include "OperationEdits.h"
#include "OperationIndex.h"
#include "OperationView.h"
#include "PolicyTemplateCatalog.h"
#include "PolicyView.h"
#include "SwaggerKeys.h"
#include "json/JsonParser.h"

#include <QCoreApplication>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("TriggerEdits", text);
}

static std::unique_ptr<JsonValue> callbackSchema()
{
    return JsonBuilder()
        .add(K::Type, QStringLiteral("string"))
        .add(K::XmsNotificationUrl, true)
        .add(K::XmsVisibility, QStringLiteral("internal"))
        .take();
}

// Appends name to the schema's "required" list (created when missing), once.
static void requireProperty(EditTransaction &edit, const JsonPointer &schema, const QString &name)
{
    const JsonValue *required = edit.document()->value(Part::Definition, schema.child(K::Required));
    if (!required || !required->isArray()) {
        edit.setMember(Part::Definition, schema, K::Required, JsonBuilder::stringArray({name}),
                       KeyOrder::schema());
        return;
    }
    for (int i = 0; i < required->size(); ++i) {
        if (required->at(i)->toString() == name)
            return;
    }
    edit.insert(Part::Definition, schema.child(K::Required), -1, JsonValue::makeString(name));
}

void TriggerEdits::addCallbackProperty(EditTransaction &edit, const OperationKey &key,
                                       const QString &property)
{
    ConnectorDocument *document = edit.document();
    const OperationView view(document, key);
    const std::optional<ParameterView> body = view.bodyParameter();
    if (!body) {
        auto schema = JsonBuilder()
                          .add(K::Type, QStringLiteral("object"))
                          .add(K::Properties, JsonBuilder().add(property, callbackSchema()).take())
                          .add(K::Required, JsonBuilder::stringArray({property}))
                          .take();
        auto parameter = JsonBuilder()
                             .add(K::Name, QStringLiteral("body"))
                             .add(K::In, QStringLiteral("body"))
                             .add(K::Required, true)
                             .add(K::Schema, std::move(schema))
                             .take();
        const JsonPointer parameters = key.pointer().child(K::Parameters);
        if (document->value(Part::Definition, parameters))
            edit.insert(Part::Definition, parameters, -1, std::move(parameter));
        else
            edit.setMember(
                Part::Definition, key.pointer(), K::Parameters,
                [&] {
                    auto list = JsonValue::makeArray();
                    list->insertItem(0, std::move(parameter));
                    return list;
                }(),
                KeyOrder::operation());
        return;
    }
    // The schema as it is edited: a $ref'd definition is changed where it is defined.
    const SchemaView schema = body->schema().resolved();
    if (!schema.isValid() || schema.effectiveType() != QLatin1String("object")) {
        edit.fail(tr("The body of this operation is not an object, so it cannot carry the callback URL."));
        return;
    }
    const JsonPointer properties = schema.pointer().child(K::Properties);
    if (document->value(Part::Definition, properties.child(property)))
        edit.set(Part::Definition, properties.child(property), callbackSchema());
    else if (document->value(Part::Definition, properties))
        edit.insert(Part::Definition, properties, -1, callbackSchema(), property);
    else
        edit.setMember(Part::Definition, schema.pointer(), K::Properties,
                       JsonBuilder().add(property, callbackSchema()).take(), KeyOrder::schema());
    requireProperty(edit, schema.pointer(), property);
}

void TriggerEdits::prepareDeleteOperation(EditTransaction &edit, const OperationKey &key, const Webhook &spec,
                                          QStringList *notes)
{
    ConnectorDocument *document = edit.document();
    OperationKey target;
    if (!spec.deleteOperationId.isEmpty()) {
        const OperationIndex index(document);
        const int at = index.indexOfOperationId(spec.deleteOperationId);
        if (at < 0) {
            edit.fail(tr("There is no operation \"%1\" to remove the webhook.").arg(spec.deleteOperationId));
            return;
        }
        target = index.at(at).key;
    } else {
        const QString path
            = spec.deletePath.isEmpty() ? key.path + QStringLiteral("/{hookId}") : spec.deletePath;
        const QString id = OperationView(document, key).operationId() + QStringLiteral("_Delete");
        const EditResult created = OperationEdits::addOperation(
            document, QStringLiteral("delete"), path, OperationIndex(document).uniqueOperationId(id),
            tr("Remove the webhook"));
        if (!created) {
            edit.fail(created.error);
            return;
        }
        target = created.operation;
        notes->append(
            tr("Added DELETE %1: the platform calls it when a flow using the trigger is removed.").arg(path));
    }
    edit.setMember(Part::Definition, target.pointer(), K::XmsVisibility,
                   JsonValue::makeString(QStringLiteral("internal")), KeyOrder::operation());
}

EditResult TriggerEdits::makeWebhook(ConnectorDocument *document, const OperationKey &key,
                                     const Webhook &spec)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    if (spec.callbackProperty.trimmed().isEmpty())
        return EditResult::failure(tr("Name the body property that receives the callback URL."));
    std::unique_ptr<JsonValue> notification;
    if (!spec.notificationSchema.trimmed().isEmpty()) {
        QString error;
        notification = json::JsonParser::parseValue(spec.notificationSchema, &error);
        if (!notification || !notification->isObject())
            return EditResult::failure(tr("The notification schema is not a JSON object: %1").arg(error));
    }
    EditResult result = EditResult::success(key);
    EditTransaction edit(document, tr("Make %1 a webhook trigger").arg(view.operationId()));
    edit.setMember(Part::Definition, key.pointer(), K::XmsTrigger,
                   JsonValue::makeString(spec.batch ? QStringLiteral("batch") : QStringLiteral("single")),
                   KeyOrder::operation());
    addCallbackProperty(edit, key, spec.callbackProperty.trimmed());
    if (notification) {
        auto content = JsonBuilder()
                           .add(K::Description, tr("The notification the service sends"))
                           .add(K::Schema, std::move(notification))
                           .take();
        edit.setMember(Part::Definition, key.pathItemPointer(), K::XmsNotificationContent, std::move(content),
                       {});
    }
    if (!edit.failed())
        prepareDeleteOperation(edit, key, spec, &result.notes);
    if (key.method != QLatin1String("post"))
        result.notes.append(tr("Webhook registrations are usually POST operations; this one is %1.")
                                .arg(key.method.toUpper()));
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return result;
}

EditResult TriggerEdits::makePolling(ConnectorDocument *document, const OperationKey &key,
                                     const Polling &spec)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    if (view.operationId().isEmpty())
        return EditResult::failure(tr("The operation needs an operation ID: the polling policy names it."));
    if (spec.triggerDataPath.trimmed().isEmpty())
        return EditResult::failure(tr("Say where the new items are in the response (trigger data path)."));
    const QString state = spec.stateParameter.trimmed();
    if (!state.isEmpty() && spec.stateExpression.trimmed().isEmpty())
        return EditResult::failure(tr("Give the expression for the next value of \"%1\".").arg(state));

    EditResult result = EditResult::success(key);
    EditTransaction edit(document, tr("Make %1 a polling trigger").arg(view.operationId()));
    edit.setMember(Part::Definition, key.pointer(), K::XmsTrigger,
                   JsonValue::makeString(spec.batch ? QStringLiteral("batch") : QStringLiteral("single")),
                   KeyOrder::operation());
    edit.setMember(Part::Definition, key.pointer(), K::XmsTriggerMetadata,
                   JsonBuilder()
                       .add(QStringLiteral("mode"), QStringLiteral("polling"))
                       .add(QStringLiteral("kind"), QStringLiteral("query"))
                       .take(),
                   KeyOrder::operation());
    bool hasState = state.isEmpty();
    for (const ParameterView &parameter : view.parameters())
        hasState = hasState || (parameter.name() == state && parameter.location() == QLatin1String("query"));
    if (!hasState) {
        auto parameter = JsonBuilder()
                             .add(K::Name, state)
                             .add(K::In, QStringLiteral("query"))
                             .add(K::Required, false)
                             .add(K::Type, QStringLiteral("string"))
                             .add(K::XmsVisibility, QStringLiteral("internal"))
                             .take();
        const JsonPointer parameters = key.pointer().child(K::Parameters);
        if (document->value(Part::Definition, parameters)) {
            edit.insert(Part::Definition, parameters, -1, std::move(parameter));
        } else {
            auto list = JsonValue::makeArray();
            list->insertItem(0, std::move(parameter));
            edit.setMember(Part::Definition, key.pointer(), K::Parameters, std::move(list),
                           KeyOrder::operation());
        }
        result.notes.append(
            tr("Added the internal query parameter \"%1\" that carries the state.").arg(state));
    }
    // The policy, in apiProperties.json, in the same undo step.
    const JsonPointer list = PolicyView::listPointer();
    if (!document->value(Part::Properties, list))
        edit.set(Part::Properties, list, JsonValue::makeArray());
    JsonBuilder config;
    if (!state.isEmpty())
        config.add(state, spec.stateExpression.trimmed());
    auto parameters
        = JsonBuilder()
              .add(PolicyTemplateCatalog::ParameterPrefix + QStringLiteral("triggerConfig"), config.take())
              .add(PolicyTemplateCatalog::ParameterPrefix + QStringLiteral("triggerDataPath"),
                   spec.triggerDataPath.trimmed())
              .add(PolicyTemplateCatalog::OperationsKey, JsonBuilder::stringArray({view.operationId()}))
              .take();
    edit.insert(Part::Properties, list, -1,
                JsonBuilder()
                    .add(QStringLiteral("templateId"), QStringLiteral("pollingtrigger"))
                    .add(QStringLiteral("title"), tr("Polling trigger for %1").arg(view.operationId()))
                    .add(QStringLiteral("type"), QStringLiteral("PollingTrigger"))
                    .add(QStringLiteral("parameters"), std::move(parameters))
                    .take());
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return result;
}
