#include "DynamicInputEdits.h"

#include "EditTransaction.h"
#include "KeyOrder.h"
#include "OperationIndex.h"
#include "OperationView.h"
#include "SchemaView.h"

#include <QCoreApplication>

using json::JsonPointer;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("DynamicInputEdits", text);
}

namespace {

constexpr int MaxDepth = 6; // deep enough for real responses, safe with recursive definitions

std::optional<OperationView> target(const ConnectorDocument *document, const QString &operationId)
{
    const OperationIndex index(document);
    const int at = index.indexOfOperationId(operationId);
    if (at < 0)
        return std::nullopt;
    return OperationView(document, index.at(at).key);
}

// The schema of the first 2xx response, else of "default".
SchemaView successSchema(const ConnectorDocument *document, const QString &operationId)
{
    const std::optional<OperationView> view = target(document, operationId);
    if (!view)
        return {};
    SchemaView fallback;
    for (const ResponseView &response : view->responses()) {
        if (response.statusCode().startsWith(QLatin1Char('2')) && response.hasSchema())
            return response.schema().resolved();
        if (response.isDefault() && response.hasSchema())
            fallback = response.schema().resolved();
    }
    return fallback;
}

void collectArrays(const SchemaView &schema, const QString &prefix, int depth, QStringList *out)
{
    if (!schema.isValid() || depth > MaxDepth)
        return;
    if (schema.effectiveType() == QLatin1String("array")) {
        out->append(prefix);
        return;
    }
    for (const SchemaProperty &property : schema.properties())
        collectArrays(property.schema.resolved(),
                      prefix.isEmpty() ? property.name : prefix + QLatin1Char('/') + property.name, depth + 1,
                      out);
}

void collectScalars(const SchemaView &schema, const QString &prefix, int depth, QStringList *out)
{
    if (!schema.isValid() || depth > MaxDepth)
        return;
    for (const SchemaProperty &property : schema.properties()) {
        const SchemaView resolved = property.schema.resolved();
        const QString path = prefix.isEmpty() ? property.name : prefix + QLatin1Char('/') + property.name;
        const QString type = resolved.effectiveType();
        if (type == QLatin1String("object"))
            collectScalars(resolved, path, depth + 1, out);
        else if (type != QLatin1String("array"))
            out->append(path);
    }
}

} // namespace

EditResult DynamicInputEdits::set(ConnectorDocument *document, const JsonPointer &node,
                                  const DynamicInput &input)
{
    const json::JsonValue *owner = document->value(Part::Definition, node);
    if (!owner || !owner->isObject())
        return EditResult::failure(tr("There is no parameter or property at %1.").arg(node.toString()));
    if (input.operationId.trimmed().isEmpty())
        return EditResult::failure(tr("Choose the operation that gives the values."));
    if (!target(document, input.operationId))
        return EditResult::failure(tr("There is no operation \"%1\".").arg(input.operationId));
    for (const DynamicInput::Mapping &mapping : input.parameters) {
        if (mapping.name.trimmed().isEmpty())
            return EditResult::failure(tr("A mapped parameter has no name."));
    }
    const QString key = DynamicInput::key(input.kind);
    const std::optional<DynamicInput> current = DynamicInput::read(document, node, input.kind);
    if (current && current->toJson()->equals(*input.toJson()))
        return EditResult::success(node.child(key));
    EditTransaction edit(document, tr("Set %1").arg(key));
    QStringList order = KeyOrder::parameter();
    order.append(KeyOrder::schema());
    edit.setMember(Part::Definition, node, key, input.toJson(), order);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(node.child(key));
}

EditResult DynamicInputEdits::remove(ConnectorDocument *document, const JsonPointer &node,
                                     DynamicInput::Kind kind)
{
    const JsonPointer at = node.child(DynamicInput::key(kind));
    if (!document->value(Part::Definition, at))
        return EditResult::success(node);
    EditTransaction edit(document, tr("Remove %1").arg(DynamicInput::key(kind)));
    edit.remove(Part::Definition, at);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(node);
}

QStringList DynamicInputEdits::collectionPaths(const ConnectorDocument *document, const QString &operationId)
{
    QStringList out;
    collectArrays(successSchema(document, operationId), QString(), 0, &out);
    return out;
}

QStringList DynamicInputEdits::itemPaths(const ConnectorDocument *document, const QString &operationId,
                                         const QString &collectionPath)
{
    SchemaView schema = successSchema(document, operationId);
    for (const QString &name : collectionPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        schema = schema.property(name).resolved();
    if (schema.effectiveType() == QLatin1String("array"))
        schema = schema.items().resolved();
    QStringList out;
    collectScalars(schema, QString(), 0, &out);
    return out;
}

QStringList DynamicInputEdits::targetParameters(const ConnectorDocument *document, const QString &operationId)
{
    QStringList out;
    if (const std::optional<OperationView> view = target(document, operationId)) {
        for (const ParameterView &parameter : view->parameters()) {
            if (!parameter.isBody())
                out.append(parameter.name());
        }
    }
    return out;
}
