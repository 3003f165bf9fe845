#include "OperationReferences.h"

#include "SwaggerKeys.h"

using json::JsonPointer;
using json::JsonValue;
using Kind = OperationReference::Kind;
namespace K = SwaggerKeys;

namespace {

// The extensions whose object has an "operationId" naming another operation.
bool extensionKind(const QString &key, Kind *kind)
{
    static const QList<QPair<QLatin1String, Kind>> kinds{
        {K::XmsDynamicValues, Kind::DynamicValues},     {K::XmsDynamicList, Kind::DynamicList},
        {K::XmsDynamicSchema, Kind::DynamicSchema},     {K::XmsDynamicProperties, Kind::DynamicProperties},
        {K::XmsDynamicTree, Kind::DynamicTree},         {K::XmsNotification, Kind::Notification}};
    if (!key.startsWith(QLatin1String("x-ms-")))
        return false;
    for (const auto &pair : kinds) {
        if (key == pair.first) {
            *kind = pair.second;
            return true;
        }
    }
    return false;
}

bool isId(const JsonValue *value, const QString &operationId)
{
    return value && value->isString() && value->toString() == operationId;
}

} // namespace

QList<OperationReference> OperationReferences::find(const ConnectorDocument *document, const QString &operationId)
{
    QList<OperationReference> out;
    if (!document || operationId.isEmpty())
        return out;
    QStringList path;
    walkDefinition(document->root(ConnectorDocument::Part::Definition), path, operationId, out);
    findInProperties(document, operationId, out);
    return out;
}

void OperationReferences::walkDefinition(const JsonValue *node, QStringList &path, const QString &operationId,
                                         QList<OperationReference> &out)
{
    if (!node || !node->isContainer())
        return;
    for (int i = 0; i < node->size(); ++i) {
        const JsonValue *child = node->at(i);
        if (!child->isContainer())
            continue;
        const QString token = node->isObject() ? node->keyAt(i) : QString::number(i);
        path.append(token);
        Kind kind;
        if (node->isObject() && child->isObject() && extensionKind(token, &kind)) {
            if (kind == Kind::DynamicTree) {
                // settings/open/browse each may call an operation.
                for (int j = 0; j < child->size(); ++j) {
                    const JsonValue *part = child->at(j);
                    if (part->isObject() && isId(part->member(K::OperationId), operationId))
                        out.append({ConnectorDocument::Part::Definition,
                                    JsonPointer(path).child(child->keyAt(j)).child(K::OperationId), kind});
                }
            } else if (isId(child->member(K::OperationId), operationId)) {
                out.append({ConnectorDocument::Part::Definition, JsonPointer(path).child(K::OperationId), kind});
            }
        }
        if (node->isObject())
            findInCapabilities(child, token, path, operationId, out);
        walkDefinition(child, path, operationId, out);
        path.removeLast();
    }
}

// x-ms-capabilities (connection test, file picker) and x-ms-openai-data name operations too.
void OperationReferences::findInCapabilities(const JsonValue *node, const QString &token, const QStringList &path,
                                             const QString &operationId, QList<OperationReference> &out)
{
    const auto add = [&](const JsonValue *holder, const JsonPointer &at, Kind kind) {
        if (holder && holder->isObject() && isId(holder->member(K::OperationId), operationId))
            out.append({ConnectorDocument::Part::Definition, at.child(K::OperationId), kind});
    };
    const JsonPointer here(path);
    if (token == QLatin1String("x-ms-capabilities") && node->isObject()) {
        const QString test = QStringLiteral("testConnection");
        add(node->member(test), here.child(test), Kind::TestConnection);
        const QString picker = QStringLiteral("file-picker");
        const JsonValue *pickers = node->member(picker);
        for (int i = 0; pickers && pickers->isObject() && i < pickers->size(); ++i)
            add(pickers->at(i), here.child(picker).child(pickers->keyAt(i)), Kind::FilePicker);
    } else if (token == QLatin1String("x-ms-openai-data") && node->isObject()) {
        const QString operations = QStringLiteral("operations");
        const JsonValue *list = node->member(operations);
        for (int i = 0; list && list->isArray() && i < list->size(); ++i)
            add(list->at(i), here.child(operations).child(i), Kind::OpenAiData);
    }
}

void OperationReferences::findInProperties(const ConnectorDocument *document, const QString &operationId,
                                           QList<OperationReference> &out)
{
    using Part = ConnectorDocument::Part;
    const JsonPointer properties(QStringList{QString(K::PropertiesRoot)});
    const JsonPointer scripts = properties.child(K::ScriptOperations);
    const JsonValue *list = document->value(Part::Properties, scripts);
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        if (isId(list->at(i), operationId))
            out.append({Part::Properties, scripts.child(i), Kind::ScriptOperations});
    }
    const JsonPointer policies = properties.child(K::PolicyTemplateInstances);
    const JsonValue *instances = document->value(Part::Properties, policies);
    for (int i = 0; instances && instances->isArray() && i < instances->size(); ++i) {
        const JsonPointer names = policies.child(i).child(K::Parameters).child(K::PolicyOperationNames);
        const JsonValue *value = document->value(Part::Properties, names);
        if (isId(value, operationId))
            out.append({Part::Properties, names, Kind::PolicyOperations});
        for (int j = 0; value && value->isArray() && j < value->size(); ++j) {
            if (isId(value->at(j), operationId))
                out.append({Part::Properties, names.child(j), Kind::PolicyOperations});
        }
    }
}

QString OperationReferences::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DynamicValues: return K::XmsDynamicValues;
    case Kind::DynamicList: return K::XmsDynamicList;
    case Kind::DynamicSchema: return K::XmsDynamicSchema;
    case Kind::DynamicProperties: return K::XmsDynamicProperties;
    case Kind::DynamicTree: return K::XmsDynamicTree;
    case Kind::Notification: return K::XmsNotification;
    case Kind::TestConnection: return QStringLiteral("x-ms-capabilities/testConnection");
    case Kind::FilePicker: return QStringLiteral("x-ms-capabilities/file-picker");
    case Kind::OpenAiData: return QStringLiteral("x-ms-openai-data");
    case Kind::ScriptOperations: return K::ScriptOperations;
    case Kind::PolicyOperations: return K::PolicyOperationNames;
    }
    return {};
}
