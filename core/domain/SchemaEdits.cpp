#include "SchemaEdits.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "KeyOrder.h"
#include "LocalReference.h"
#include "OperationEdits.h"
#include "ParameterEdits.h"
#include "SchemaView.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;
using Field = SchemaEdits::Field;

static QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaEdits", text);
}

static const JsonValue *objectAt(const ConnectorDocument *document, const JsonPointer &pointer)
{
    const JsonValue *node = document->value(Part::Definition, pointer);
    return node && node->isObject() ? node : nullptr;
}

static bool isProperty(const JsonPointer &pointer)
{
    const QStringList &t = pointer.tokens();
    return t.size() >= 2 && t.at(t.size() - 2) == K::Properties;
}

static JsonPointer ownerOf(const JsonPointer &property)
{
    return property.parentPointer().parentPointer();
}

QString SchemaEdits::propertyProblem(const ConnectorDocument *document, const JsonPointer &property)
{
    if (!isProperty(property) || !objectAt(document, property))
        return tr("There is no property at %1.").arg(property.toString());
    return {};
}

EditResult SchemaEdits::setField(ConnectorDocument *document, const JsonPointer &schema, Field field,
                                 const QVariant &value)
{
    if (!objectAt(document, schema))
        return EditResult::failure(tr("There is no schema at %1.").arg(schema.toString()));
    const QString text = value.toString();
    static const QList<QPair<Field, QLatin1String>> texts{{Field::Format, K::Format},
                                                          {Field::Title, K::Title},
                                                          {Field::Summary, K::XmsSummary},
                                                          {Field::Description, K::Description}};
    QString error;
    for (const auto &pair : texts) {
        if (pair.first == field && !text.isEmpty()) {
            if (!EditTransaction::setMergeable(document, Part::Definition, schema, pair.second, JsonValue::makeString(text),
                                               KeyOrder::schema(), &error))
                return EditResult::failure(error);
            return EditResult::success(schema);
        }
    }
    const QString type = SchemaView(document, schema).type();
    if (field == Field::Default && !text.isEmpty()) {
        if (!EditTransaction::setMergeable(document, Part::Definition, schema, K::Default,
                                           JsonBuilder::typedScalar(text, type), KeyOrder::schema(), &error))
            return EditResult::failure(error);
        return EditResult::success(schema);
    }
    if (field == Field::Visibility && !OperationEdits::visibilities().contains(text))
        return EditResult::failure(tr("\"%1\" is not a visibility.").arg(text));
    if (field == Field::Type && !text.isEmpty() && !ParameterEdits::types().contains(text)
        && text != QLatin1String("object"))
        return EditResult::failure(tr("\"%1\" is not a schema type.").arg(text));

    EditTransaction edit(document, tr("Edit schema"));
    const auto setMember = [&](const QString &key, std::unique_ptr<JsonValue> v) {
        edit.setMember(Part::Definition, schema, key, std::move(v), KeyOrder::schema());
    };
    switch (field) {
    case Field::Type: setType(edit, schema, text); break;
    case Field::Visibility:
        if (text.isEmpty())
            edit.removeIfPresent(Part::Definition, schema.child(K::XmsVisibility));
        else
            setMember(K::XmsVisibility, JsonValue::makeString(text));
        break;
    case Field::Enum: {
        const QStringList values = value.toStringList();
        if (values.isEmpty()) {
            edit.removeIfPresent(Part::Definition, schema.child(K::Enum));
            break;
        }
        auto list = JsonValue::makeArray();
        for (const QString &v : values)
            list->insertItem(list->size(), JsonBuilder::typedScalar(v, type));
        setMember(K::Enum, std::move(list));
        break;
    }
    case Field::Nullable:
        if (value.toBool())
            setMember(K::XNullable, JsonValue::makeBool(true));
        else
            edit.removeIfPresent(Part::Definition, schema.child(K::XNullable));
        break;
    default: // an emptied text field
        for (const auto &pair : texts) {
            if (pair.first == field)
                edit.removeIfPresent(Part::Definition, schema.child(pair.second));
        }
        if (field == Field::Default)
            edit.removeIfPresent(Part::Definition, schema.child(K::Default));
        break;
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(schema);
}

void SchemaEdits::setType(EditTransaction &edit, const JsonPointer &schema, const QString &type)
{
    const ConnectorDocument *document = edit.document();
    const SchemaView view(document, schema);
    if (view.isReference()) {
        edit.set(Part::Definition, schema, JsonBuilder().add(K::Type, type).take());
        return;
    }
    if (type.isEmpty())
        edit.removeIfPresent(Part::Definition, schema.child(K::Type));
    else
        edit.setMember(Part::Definition, schema, K::Type, JsonValue::makeString(type), KeyOrder::schema());
    if (!ParameterEdits::formatFits(type, view.format()) || type == QLatin1String("object"))
        edit.removeIfPresent(Part::Definition, schema.child(K::Format));
    if (const JsonValue *current = objectAt(document, schema)->member(K::Default))
        edit.set(Part::Definition, schema.child(K::Default), JsonBuilder::typedScalar(JsonBuilder::displayText(current), type));
    if (type == QLatin1String("array") && !objectAt(document, schema)->member(K::Items))
        edit.setMember(Part::Definition, schema, K::Items, JsonBuilder().add(K::Type, QStringLiteral("string")).take(),
                       KeyOrder::schema());
    if (type != QLatin1String("array"))
        edit.removeIfPresent(Part::Definition, schema.child(K::Items));
    if (type != QLatin1String("object")) {
        edit.removeIfPresent(Part::Definition, schema.child(K::Properties));
        edit.removeIfPresent(Part::Definition, schema.child(K::Required));
    }
}

void SchemaEdits::setRequiredIn(EditTransaction &edit, const JsonPointer &objectSchema, const QString &name,
                                bool required)
{
    const SchemaView owner(edit.document(), objectSchema);
    QStringList names = owner.requiredProperties();
    if (names.contains(name) == required)
        return;
    const JsonPointer list = objectSchema.child(K::Required);
    if (required) {
        if (edit.document()->value(Part::Definition, list))
            edit.insert(Part::Definition, list, -1, JsonValue::makeString(name));
        else
            edit.setMember(Part::Definition, objectSchema, K::Required, JsonBuilder::stringArray({name}), KeyOrder::schema());
        return;
    }
    const JsonValue *node = edit.document()->value(Part::Definition, list);
    if (names.size() == 1) {
        edit.remove(Part::Definition, list);
        return;
    }
    for (int i = node->size() - 1; i >= 0; --i) {
        if (node->at(i)->toString() == name)
            edit.remove(Part::Definition, list.child(i));
    }
}

EditResult SchemaEdits::setRequired(ConnectorDocument *document, const JsonPointer &property, bool required)
{
    const QString problem = propertyProblem(document, property);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    EditTransaction edit(document, required ? tr("Make %1 required").arg(property.lastToken())
                                            : tr("Make %1 optional").arg(property.lastToken()));
    setRequiredIn(edit, ownerOf(property), property.lastToken(), required);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(property);
}

EditResult SchemaEdits::addProperty(ConnectorDocument *document, const JsonPointer &objectSchema, const QString &name,
                                    const QString &type, int index)
{
    const JsonValue *owner = objectAt(document, objectSchema);
    if (!owner)
        return EditResult::failure(tr("There is no schema at %1.").arg(objectSchema.toString()));
    if (owner->member(K::Ref))
        return EditResult::failure(tr("This schema refers to a definition: add the property to the definition."));
    if (name.trimmed().isEmpty())
        return EditResult::failure(tr("A property needs a name."));
    const JsonPointer properties = objectSchema.child(K::Properties);
    const JsonValue *list = document->value(Part::Definition, properties);
    if (list && list->isObject() && list->indexOf(name) >= 0)
        return EditResult::failure(tr("There is already a property \"%1\".").arg(name));
    EditTransaction edit(document, tr("Add property %1").arg(name));
    if (!owner->member(K::Type))
        edit.setMember(Part::Definition, objectSchema, K::Type, JsonValue::makeString(QStringLiteral("object")),
                       KeyOrder::schema());
    std::unique_ptr<JsonValue> schema = JsonBuilder().add(K::Type, type).take();
    if (type == QLatin1String("array"))
        schema->insertItem(1, JsonBuilder().add(K::Type, QStringLiteral("string")).take(), K::Items);
    if (list && list->isObject())
        edit.insert(Part::Definition, properties, index < 0 || index > list->size() ? -1 : index, std::move(schema), name);
    else
        edit.setMember(Part::Definition, objectSchema, K::Properties, JsonBuilder().add(name, std::move(schema)).take(),
                       KeyOrder::schema());
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(properties.child(name));
}

EditResult SchemaEdits::removeProperty(ConnectorDocument *document, const JsonPointer &property)
{
    const QString problem = propertyProblem(document, property);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    EditTransaction edit(document, tr("Remove property %1").arg(property.lastToken()));
    setRequiredIn(edit, ownerOf(property), property.lastToken(), false);
    edit.remove(Part::Definition, property);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(ownerOf(property));
}

EditResult SchemaEdits::renameProperty(ConnectorDocument *document, const JsonPointer &property, const QString &newName)
{
    const QString problem = propertyProblem(document, property);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    if (newName.trimmed().isEmpty())
        return EditResult::failure(tr("A property needs a name."));
    const QString oldName = property.lastToken();
    if (newName == oldName)
        return EditResult::success(property);
    EditTransaction edit(document, tr("Rename property %1 to %2").arg(oldName, newName));
    edit.renameKey(Part::Definition, property, newName);
    const JsonPointer list = ownerOf(property).child(K::Required);
    const JsonValue *node = document->value(Part::Definition, list);
    for (int i = 0; node && node->isArray() && i < node->size(); ++i) {
        if (node->at(i)->toString() == oldName)
            edit.setString(Part::Definition, list.child(i), newName);
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(property.parentPointer().child(newName));
}

EditResult SchemaEdits::moveProperty(ConnectorDocument *document, const JsonPointer &objectSchema, int from, int to)
{
    QString error;
    if (!document->move(Part::Definition, objectSchema.child(K::Properties), from, to, &error))
        return EditResult::failure(error);
    return EditResult::success(objectSchema);
}

EditResult SchemaEdits::movePropertyTo(ConnectorDocument *document, const JsonPointer &property,
                                       const JsonPointer &targetObjectSchema, int index)
{
    QString problem = propertyProblem(document, property);
    const JsonValue *target = objectAt(document, targetObjectSchema);
    const QString name = property.lastToken();
    if (problem.isEmpty() && !target)
        problem = tr("There is no schema at %1.").arg(targetObjectSchema.toString());
    else if (problem.isEmpty() && targetObjectSchema.startsWith(property))
        problem = tr("A property cannot move into itself.");
    else if (problem.isEmpty() && target->member(K::Ref))
        problem = tr("The target refers to a definition: move the property into the definition.");
    else if (problem.isEmpty() && targetObjectSchema == ownerOf(property))
        return EditResult::success(property);
    else if (problem.isEmpty() && document->value(Part::Definition, targetObjectSchema.child(K::Properties).child(name)))
        problem = tr("The target already has a property \"%1\".").arg(name);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    const bool required = SchemaView(document, property).isRequiredInParent();
    std::unique_ptr<JsonValue> copy = JsonBuilder::detachedClone(*document->value(Part::Definition, property));
    // The target's pointer after the removal: only an index in the same array could shift,
    // and properties are object members, so it stays valid.
    EditTransaction edit(document, tr("Move property %1").arg(name));
    setRequiredIn(edit, ownerOf(property), name, false);
    edit.remove(Part::Definition, property);
    const JsonPointer properties = targetObjectSchema.child(K::Properties);
    const JsonValue *list = document->value(Part::Definition, properties);
    if (!objectAt(document, targetObjectSchema)->member(K::Type))
        edit.setMember(Part::Definition, targetObjectSchema, K::Type, JsonValue::makeString(QStringLiteral("object")),
                       KeyOrder::schema());
    if (list && list->isObject())
        edit.insert(Part::Definition, properties, index < 0 || index > list->size() ? -1 : index, std::move(copy), name);
    else
        edit.setMember(Part::Definition, targetObjectSchema, K::Properties, JsonBuilder().add(name, std::move(copy)).take(),
                       KeyOrder::schema());
    if (required)
        setRequiredIn(edit, targetObjectSchema, name, true);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(properties.child(name));
}

EditResult SchemaEdits::setReference(ConnectorDocument *document, const JsonPointer &schema, const QString &definitionName)
{
    if (!document->value(Part::Definition, JsonPointer(QStringList{QString(K::Definitions), definitionName})))
        return EditResult::failure(tr("There is no definition \"%1\".").arg(definitionName));
    return replaceSchema(document, schema,
                         JsonBuilder().add(K::Ref, LocalReference::make(K::Definitions, definitionName)).take());
}

EditResult SchemaEdits::replaceSchema(ConnectorDocument *document, const JsonPointer &schema,
                                      std::unique_ptr<JsonValue> value)
{
    if (!value || !value->isObject())
        return EditResult::failure(tr("A schema is a JSON object."));
    QString error;
    if (!document->setValue(Part::Definition, schema, std::move(value), &error))
        return EditResult::failure(error);
    return EditResult::success(schema);
}
