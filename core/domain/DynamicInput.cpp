#include "DynamicInput.h"

#include "JsonBuilder.h"
#include "SwaggerKeys.h"

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;

namespace {

// The response-path keys of each kind: collection, value, title.
struct PathKeys
{
    const char *collection;
    const char *value;
    const char *title;
};

PathKeys pathKeys(DynamicInput::Kind kind)
{
    switch (kind) {
    case DynamicInput::Kind::Values:
        return {"value-collection", "value-path", "value-title"};
    case DynamicInput::Kind::List:
        return {"itemsPath", "itemValuePath", "itemTitlePath"};
    case DynamicInput::Kind::Schema:
        return {nullptr, "value-path", nullptr};
    case DynamicInput::Kind::Properties:
        return {nullptr, "itemValuePath", nullptr};
    }
    return {};
}

// The newer extensions reference parameters with "parameterReference" and wrap fixed values.
bool newStyle(DynamicInput::Kind kind)
{
    return kind == DynamicInput::Kind::List || kind == DynamicInput::Kind::Properties;
}

QString stringMember(const JsonValue *object, const char *key)
{
    const JsonValue *value = key && object ? object->member(QLatin1String(key)) : nullptr;
    return value && value->isString() ? value->toString() : QString();
}

} // namespace

QString DynamicInput::key(Kind kind)
{
    switch (kind) {
    case Kind::Values:
        return K::XmsDynamicValues;
    case Kind::List:
        return K::XmsDynamicList;
    case Kind::Schema:
        return K::XmsDynamicSchema;
    case Kind::Properties:
        return K::XmsDynamicProperties;
    }
    return {};
}

QList<DynamicInput::Kind> DynamicInput::kinds()
{
    return {Kind::Values, Kind::List, Kind::Schema, Kind::Properties};
}

std::optional<DynamicInput> DynamicInput::read(const ConnectorDocument *document, const JsonPointer &node,
                                               Kind kind)
{
    const JsonValue *owner = document->value(ConnectorDocument::Part::Definition, node);
    const JsonValue *ext = owner && owner->isObject() ? owner->member(key(kind)) : nullptr;
    if (!ext || !ext->isObject())
        return std::nullopt;
    DynamicInput input;
    input.kind = kind;
    input.operationId = stringMember(ext, "operationId");
    const PathKeys keys = pathKeys(kind);
    input.collectionPath = stringMember(ext, keys.collection);
    input.valuePath = stringMember(ext, keys.value);
    input.titlePath = stringMember(ext, keys.title);
    const JsonValue *parameters = ext->member(K::Parameters);
    input.emptyParameters = parameters && parameters->isObject() && parameters->size() == 0;
    for (int i = 0; parameters && parameters->isObject() && i < parameters->size(); ++i) {
        const JsonValue *value = parameters->at(i);
        Mapping mapping {parameters->keyAt(i), false, {}};
        const JsonValue *reference
            = value->isObject() ? value->member(QStringLiteral("parameterReference")) : nullptr;
        if (!reference && value->isObject())
            reference = value->member(QStringLiteral("parameter"));
        const JsonValue *fixed = value->isObject() ? value->member(QStringLiteral("value")) : nullptr;
        if (reference) {
            mapping.fromParameter = true;
            mapping.text = JsonBuilder::displayText(reference);
        } else {
            mapping.text = JsonBuilder::displayText(fixed ? fixed : value);
        }
        input.parameters.append(mapping);
    }
    return input;
}

std::unique_ptr<JsonValue> DynamicInput::toJson() const
{
    JsonBuilder out;
    out.add(K::OperationId, operationId);
    if (parameters.isEmpty() && emptyParameters) {
        out.add(K::Parameters, JsonValue::makeObject());
    } else if (!parameters.isEmpty()) {
        JsonBuilder mapped;
        for (const Mapping &mapping : parameters) {
            if (mapping.fromParameter) {
                mapped.add(mapping.name,
                           JsonBuilder()
                               .add(newStyle(kind) ? QStringLiteral("parameterReference")
                                                   : QStringLiteral("parameter"),
                                    mapping.text)
                               .take());
            } else if (newStyle(kind)) {
                mapped.add(mapping.name, JsonBuilder().add(QStringLiteral("value"), mapping.text).take());
            } else {
                mapped.add(mapping.name, mapping.text);
            }
        }
        out.add(K::Parameters, mapped.take());
    }
    const PathKeys keys = pathKeys(kind);
    // The order the platform's own connectors use: the collection first, then value and title.
    if (keys.collection)
        out.addIfNotEmpty(QLatin1String(keys.collection), collectionPath);
    out.addIfNotEmpty(QLatin1String(keys.value), valuePath);
    if (keys.title)
        out.addIfNotEmpty(QLatin1String(keys.title), titlePath);
    return out.take();
}
