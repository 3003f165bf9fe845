#include "ParameterEdits.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "KeyOrder.h"
#include "NameStyle.h"
#include "OperationEdits.h"
#include "OperationView.h"
#include "PathEdits.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;
using Field = ParameterEdits::Field;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ParameterEdits", text);
}

// Which operation (or, for a path-level entry, which path item) a list entry belongs to.
struct Owner
{
    OperationKey key;       // method empty for a path-level entry
    bool pathLevel = false;
    bool valid = false;
};

Owner ownerOf(const JsonPointer &entry)
{
    const QStringList &t = entry.tokens();
    if (t.size() == 5 && t.at(0) == K::Paths && t.at(3) == K::Parameters)
        return {OperationKey(t.at(1), t.at(2)), false, true};
    if (t.size() == 4 && t.at(0) == K::Paths && t.at(2) == K::Parameters)
        return {OperationKey(t.at(1), QString()), true, true};
    return {};
}

ParameterView viewOf(const ConnectorDocument *document, const JsonPointer &entry)
{
    const Owner owner = ownerOf(entry);
    return ParameterView(document, entry,
                         !owner.valid      ? ParameterView::Origin::Shared
                         : owner.pathLevel ? ParameterView::Origin::PathItem
                                           : ParameterView::Origin::Operation);
}

bool placeholderInPath(const ParameterView &view, const JsonPointer &entry)
{
    const Owner owner = ownerOf(entry);
    return owner.valid && view.isPath() && OperationKey::placeholders(owner.key.path).contains(view.name());
}

// Sets a member of the parameter at `at` where parameters usually have it.
void setMember(EditTransaction &edit, const JsonPointer &at, const QString &key, std::unique_ptr<JsonValue> value)
{
    edit.setMember(Part::Definition, at, key, std::move(value), KeyOrder::parameter());
}

// Sets a text member, or removes it for an empty text.
void setText(EditTransaction &edit, const JsonPointer &at, const QString &key, const QString &text)
{
    if (text.isEmpty())
        edit.removeIfPresent(Part::Definition, at.child(key));
    else
        setMember(edit, at, key, JsonValue::makeString(text));
}

QString textAt(const ConnectorDocument *document, const JsonPointer &at)
{
    const JsonValue *value = document->value(Part::Definition, at);
    return value ? value->toString() : QString();
}

} // namespace

const QStringList &ParameterEdits::locations()
{
    static const QStringList values{QStringLiteral("path"), QStringLiteral("query"), QStringLiteral("header"),
                                    QStringLiteral("body"), QStringLiteral("formData")};
    return values;
}

const QStringList &ParameterEdits::types()
{
    static const QStringList values{QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("number"),
                                    QStringLiteral("boolean"), QStringLiteral("array"), QStringLiteral("file")};
    return values;
}

bool ParameterEdits::formatFits(const QString &type, const QString &format)
{
    static const QStringList numeric{QStringLiteral("int32"), QStringLiteral("int64"), QStringLiteral("float"),
                                     QStringLiteral("double")};
    if (format.isEmpty())
        return true;
    if (type == QLatin1String("string"))
        return !numeric.contains(format);
    if (type == QLatin1String("integer"))
        return format == QLatin1String("int32") || format == QLatin1String("int64");
    if (type == QLatin1String("number"))
        return format == QLatin1String("float") || format == QLatin1String("double");
    return false;
}

std::unique_ptr<JsonValue> ParameterEdits::build(const ParameterSpec &spec)
{
    JsonBuilder p;
    const bool body = spec.location == QLatin1String("body");
    p.add(K::Name, spec.name).add(K::In, spec.location);
    p.add(K::Required, spec.required || spec.location == QLatin1String("path"));
    if (body) {
        p.add(K::Schema, JsonBuilder().add(K::Type, QStringLiteral("object")).take());
    } else {
        p.addIfNotEmpty(K::Type, spec.type).addIfNotEmpty(K::Format, spec.format);
        if (spec.type == QLatin1String("array"))
            p.add(K::Items, JsonBuilder().add(K::Type, QStringLiteral("string")).take());
        if (!spec.defaultText.isEmpty())
            p.add(K::Default, JsonBuilder::typedScalar(spec.defaultText, spec.type));
        if (!spec.enumValues.isEmpty()) {
            auto values = JsonValue::makeArray();
            for (const QString &v : spec.enumValues)
                values->insertItem(values->size(), JsonBuilder::typedScalar(v, spec.type));
            p.add(K::Enum, std::move(values));
        }
    }
    p.addIfNotEmpty(K::XmsSummary, spec.summary).addIfNotEmpty(K::Description, spec.description);
    p.addIfNotEmpty(K::XmsVisibility, spec.visibility);
    if (!body)
        p.addIfNotEmpty(K::XmsUrlEncoding, spec.urlEncoding);
    std::unique_ptr<JsonValue> node = p.take();
    return node;
}

QString ParameterEdits::specProblem(const ConnectorDocument *document, const OperationKey &key,
                                    const ParameterSpec &spec, const JsonPointer &self)
{
    if (spec.name.trimmed().isEmpty())
        return tr("A parameter needs a name.");
    if (!locations().contains(spec.location))
        return tr("\"%1\" is not a parameter location.").arg(spec.location);
    if (spec.location != QLatin1String("body") && !types().contains(spec.type))
        return tr("\"%1\" is not a parameter type.").arg(spec.type);
    if (!OperationEdits::visibilities().contains(spec.visibility))
        return tr("\"%1\" is not a visibility.").arg(spec.visibility);
    for (const ParameterView &other : OperationView(document, key).parameters()) {
        if (other.listPointer() == self)
            continue;
        if (other.name() == spec.name && other.location() == spec.location)
            return tr("The operation already has the %1 parameter \"%2\".").arg(spec.location, spec.name);
        if (spec.location == QLatin1String("body") && other.isBody())
            return tr("The operation already has a body parameter.");
    }
    if (spec.location == QLatin1String("path") && !OperationKey::placeholders(key.path).contains(spec.name))
        return tr("The path has no {%1}: add it to the path, and the parameter follows.").arg(spec.name);
    return {};
}

EditResult ParameterEdits::addParameter(ConnectorDocument *document, const OperationKey &key, const ParameterSpec &spec,
                                        int index)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    const QString problem = specProblem(document, key, spec, JsonPointer());
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    const JsonPointer list = view.parametersPointer();
    const int size = view.ownParameterCount();
    const int at = index < 0 || index > size ? size : index;
    EditTransaction edit(document, tr("Add parameter %1").arg(spec.name));
    const JsonValue *existing = document->value(Part::Definition, list);
    if (existing) {
        edit.insert(Part::Definition, list, at, build(spec));
    } else {
        auto array = JsonValue::makeArray();
        array->insertItem(0, build(spec));
        const int responses = document->value(Part::Definition, key.pointer())->indexOf(K::Responses);
        edit.insert(Part::Definition, key.pointer(), responses, std::move(array), K::Parameters);
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    EditResult result = EditResult::success(list.child(at));
    result.operation = key;
    return result;
}

QString ParameterEdits::fieldProblem(const ConnectorDocument *document, const JsonPointer &entry, Field field,
                                     const QVariant &value)
{
    const ParameterView view = viewOf(document, entry);
    if (!view.isValid())
        return tr("There is no parameter at %1.").arg(entry.toString());
    const Owner owner = ownerOf(entry);
    const QString text = value.toString();
    switch (field) {
    case Field::Name: {
        if (text.trimmed().isEmpty())
            return tr("A parameter needs a name.");
        if (placeholderInPath(view, entry) && OperationKey::placeholders(owner.key.path).contains(text))
            return tr("The path already has {%1}.").arg(text);
        if (placeholderInPath(view, entry) && view.isReference())
            return tr("{%1} is the shared parameter %2: rename it under References, and the placeholder in the path.")
                .arg(view.name(), view.referenceName());
        ParameterSpec spec = ParameterSpec::of(view);
        spec.name = text;
        if (owner.valid && !owner.pathLevel && text != view.name() && !view.isPath())
            return specProblem(document, owner.key, spec, entry);
        return {};
    }
    case Field::Location: {
        if (text == view.location())
            return {};
        if (!locations().contains(text))
            return tr("\"%1\" is not a parameter location.").arg(text);
        if (view.isBody() || text == QLatin1String("body"))
            return tr("A body parameter cannot change its location: delete it and add another.");
        if (placeholderInPath(view, entry))
            return tr("The path has {%1}: remove it from the path instead.").arg(view.name());
        if (text == QLatin1String("path"))
            return tr("Add {%1} to the path instead: its path parameter follows.").arg(view.name());
        return {};
    }
    case Field::Required:
        return view.isPath() && !value.toBool() ? tr("A path parameter is always required.") : QString();
    case Field::Type:
        if (view.isBody())
            return tr("A body parameter has a schema, not a type.");
        return types().contains(text) ? QString() : tr("\"%1\" is not a parameter type.").arg(text);
    case Field::Visibility:
        return OperationEdits::visibilities().contains(text) ? QString() : tr("\"%1\" is not a visibility.").arg(text);
    case Field::UrlEncoding:
        return text.isEmpty() || text == QLatin1String("single") || text == QLatin1String("double")
                   ? QString()
                   : tr("x-ms-url-encoding is \"single\" or \"double\".");
    default:
        return {};
    }
}

EditResult ParameterEdits::setParameterField(ConnectorDocument *document, const JsonPointer &entry, Field field,
                                             const QVariant &value)
{
    const QString problem = fieldProblem(document, entry, field, value);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    const ParameterView view = viewOf(document, entry);
    const JsonPointer at = view.pointer();
    const QString text = value.toString();
    // Typing in a text field: one mergeable set, so a word is one undo step.
    static const QList<QPair<Field, QLatin1String>> textKeys{
        {Field::Description, K::Description}, {Field::Summary, K::XmsSummary}, {Field::Format, K::Format}};
    for (const auto &pair : textKeys) {
        if (pair.first == field && !text.isEmpty()) {
            QString error;
            if (!EditTransaction::setMergeable(document, Part::Definition, at, pair.second, JsonValue::makeString(text),
                                               KeyOrder::parameter(), &error))
                return EditResult::failure(error);
            return EditResult::success(entry);
        }
    }
    if (field == Field::Default && !text.isEmpty()) {
        QString error;
        if (!EditTransaction::setMergeable(document, Part::Definition, at, K::Default,
                                           JsonBuilder::typedScalar(text, view.type()), KeyOrder::parameter(), &error))
            return EditResult::failure(error);
        return EditResult::success(entry);
    }
    EditTransaction edit(document, tr("Edit parameter %1").arg(view.name()));
    applyField(edit, entry, field, value);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(entry);
}

void ParameterEdits::applyField(EditTransaction &edit, const JsonPointer &entry, Field field, const QVariant &value)
{
    const ConnectorDocument *document = edit.document();
    const ParameterView view = viewOf(document, entry);
    const JsonPointer at = view.pointer();
    const QString text = value.toString();
    switch (field) {
    case Field::Name: renameParameter(edit, entry, text); break;
    case Field::Location: setMember(edit, at, K::In, JsonValue::makeString(text)); break;
    case Field::Type: setType(edit, at, text); break;
    case Field::Format: setText(edit, at, K::Format, text); break;
    case Field::Required:
        if (value.toBool() || document->value(Part::Definition, at.child(K::Required)))
            setMember(edit, at, K::Required, JsonValue::makeBool(value.toBool()));
        break;
    case Field::Default:
        if (text.isEmpty())
            edit.removeIfPresent(Part::Definition, at.child(K::Default));
        else
            setMember(edit, at, K::Default, JsonBuilder::typedScalar(text, view.type()));
        break;
    case Field::Description: setText(edit, at, K::Description, text); break;
    case Field::Summary: setText(edit, at, K::XmsSummary, text); break;
    case Field::Visibility: setText(edit, at, K::XmsVisibility, text); break;
    case Field::UrlEncoding: setText(edit, at, K::XmsUrlEncoding, text); break;
    case Field::Enum: {
        const QStringList values = value.toStringList();
        QStringList names;
        const QList<EnumDisplayValue> display = view.enumDisplayValues();
        for (const QString &v : values) {
            QString name;
            for (const EnumDisplayValue &d : display)
                name = d.value == v ? d.displayName : name;
            names.append(name);
        }
        setEnum(edit, at, values, names);
        break;
    }
    case Field::EnumDisplayNames: setEnum(edit, at, view.enumValues(), value.toStringList()); break;
    }
}

// A path parameter's name is its placeholder's: rename both together.
void ParameterEdits::renameParameter(EditTransaction &edit, const JsonPointer &entry, const QString &newName)
{
    const ConnectorDocument *document = edit.document();
    const ParameterView view = viewOf(document, entry);
    const QString oldName = view.name();
    if (oldName == newName)
        return;
    if (!placeholderInPath(view, entry) || view.isReference()) {
        edit.setString(Part::Definition, view.pointer().child(K::Name), newName);
        return;
    }
    const Owner owner = ownerOf(entry);
    QString newPath = owner.key.path;
    newPath.replace(QLatin1Char('{') + oldName + QLatin1Char('}'), QLatin1Char('{') + newName + QLatin1Char('}'));
    if (!owner.pathLevel) {
        OperationKey moved;
        PathEdits::movePath(edit, owner.key, newPath, &moved); // its sync renames the parameter
        return;
    }
    // A path-level parameter serves every operation of the path item: rename the item.
    const JsonPointer newItem = OperationKey(newPath, QString()).pathItemPointer();
    if (document->value(Part::Definition, newItem)) {
        edit.fail(tr("The path %1 already exists.").arg(newPath));
        return;
    }
    edit.renameKey(Part::Definition, owner.key.pathItemPointer(), newPath);
    const JsonValue *item = document->value(Part::Definition, newItem);
    QList<JsonPointer> renamed{newItem.child(K::Parameters).child(entry.lastToken())};
    for (int m = 0; item && m < item->size(); ++m) {
        if (!OperationKey::isHttpMethod(item->keyAt(m)))
            continue;
        for (const ParameterView &p : OperationView(document, OperationKey(newPath, item->keyAt(m))).parameters()) {
            if (p.origin() == ParameterView::Origin::Operation && p.isPath() && p.name() == oldName && !p.isReference())
                renamed.append(p.listPointer());
        }
    }
    for (const JsonPointer &p : renamed) {
        edit.setString(Part::Definition, p.child(K::Name), newName);
        if (textAt(document, p.child(K::XmsSummary)) == NameStyle::label(oldName))
            edit.setString(Part::Definition, p.child(K::XmsSummary), NameStyle::label(newName));
    }
}

void ParameterEdits::setType(EditTransaction &edit, const JsonPointer &at, const QString &type)
{
    const ConnectorDocument *document = edit.document();
    setMember(edit, at, K::Type, JsonValue::makeString(type));
    if (!formatFits(type, textAt(document, at.child(K::Format))))
        edit.removeIfPresent(Part::Definition, at.child(K::Format));
    const JsonValue *current = document->value(Part::Definition, at.child(K::Default));
    if (current)
        setMember(edit, at, K::Default, JsonBuilder::typedScalar(JsonBuilder::displayText(current), type));
    const ParameterView view(document, at, ParameterView::Origin::Shared);
    if (!view.enumValues().isEmpty()) {
        QStringList names;
        for (const EnumDisplayValue &d : view.enumDisplayValues())
            names.append(d.displayName);
        setEnum(edit, at, view.enumValues(), names);
    }
    const bool array = type == QLatin1String("array");
    if (array && !document->value(Part::Definition, at.child(K::Items)))
        setMember(edit, at, K::Items, JsonBuilder().add(K::Type, QStringLiteral("string")).take());
    if (!array) {
        edit.removeIfPresent(Part::Definition, at.child(K::Items));
        edit.removeIfPresent(Part::Definition, at.child(QStringLiteral("collectionFormat")));
    }
}

void ParameterEdits::setEnum(EditTransaction &edit, const JsonPointer &at, const QStringList &values,
                             const QStringList &displayNames)
{
    const QString type = textAt(edit.document(), at.child(K::Type));
    if (values.isEmpty()) {
        edit.removeIfPresent(Part::Definition, at.child(K::Enum));
        edit.removeIfPresent(Part::Definition, at.child(K::XmsEnumValues));
        return;
    }
    auto list = JsonValue::makeArray();
    for (const QString &v : values)
        list->insertItem(list->size(), JsonBuilder::typedScalar(v, type));
    setMember(edit, at, K::Enum, std::move(list));
    bool anyName = false;
    for (const QString &name : displayNames)
        anyName = anyName || !name.isEmpty();
    if (!anyName) {
        edit.removeIfPresent(Part::Definition, at.child(K::XmsEnumValues));
        return;
    }
    auto display = JsonValue::makeArray();
    for (int i = 0; i < values.size(); ++i) {
        const QString name = i < displayNames.size() && !displayNames.at(i).isEmpty() ? displayNames.at(i) : values.at(i);
        display->insertItem(display->size(), JsonBuilder()
                                                 .add(QStringLiteral("value"), JsonBuilder::typedScalar(values.at(i), type))
                                                 .add(QStringLiteral("displayName"), name)
                                                 .take());
    }
    setMember(edit, at, K::XmsEnumValues, std::move(display));
}

QVariant ParameterEdits::fieldValue(const ParameterSpec &spec, Field field)
{
    switch (field) {
    case Field::Name: return spec.name;
    case Field::Location: return spec.location;
    case Field::Type: return spec.type;
    case Field::Format: return spec.format;
    case Field::Required: return spec.required;
    case Field::Default: return spec.defaultText;
    case Field::Description: return spec.description;
    case Field::Summary: return spec.summary;
    case Field::Visibility: return spec.visibility;
    case Field::UrlEncoding: return spec.urlEncoding;
    case Field::Enum: return spec.enumValues;
    case Field::EnumDisplayNames: return spec.enumDisplayNames;
    }
    return {};
}

EditResult ParameterEdits::updateParameter(ConnectorDocument *document, const JsonPointer &entry,
                                           const ParameterSpec &spec)
{
    const ParameterView view = viewOf(document, entry);
    if (!view.isValid())
        return EditResult::failure(tr("There is no parameter at %1.").arg(entry.toString()));
    const ParameterSpec now = ParameterSpec::of(view);
    const bool body = view.isBody();
    const QList<QPair<Field, QVariant>> changes{
        {Field::Name, spec.name}, {Field::Location, spec.location},
        {Field::Type, body ? now.type : spec.type}, {Field::Format, body ? now.format : spec.format},
        {Field::Required, spec.required || view.isPath()}, {Field::Default, body ? now.defaultText : spec.defaultText},
        {Field::Enum, body ? now.enumValues : spec.enumValues},
        {Field::EnumDisplayNames, body ? now.enumDisplayNames : spec.enumDisplayNames},
        {Field::Description, spec.description}, {Field::Summary, spec.summary},
        {Field::Visibility, spec.visibility}, {Field::UrlEncoding, body ? now.urlEncoding : spec.urlEncoding}};
    EditTransaction edit(document, tr("Edit parameter %1").arg(view.name()));
    for (const auto &change : changes) {
        const QVariant before = fieldValue(ParameterSpec::of(viewOf(document, entry)), change.first);
        if (before == change.second)
            continue;
        const QString problem = fieldProblem(document, entry, change.first, change.second);
        if (!problem.isEmpty()) {
            edit.fail(problem);
            break;
        }
        applyField(edit, entry, change.first, change.second);
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(entry);
}

EditResult ParameterEdits::removeParameter(ConnectorDocument *document, const JsonPointer &entry)
{
    const ParameterView view = viewOf(document, entry);
    if (!document->value(Part::Definition, entry))
        return EditResult::failure(tr("There is no parameter at %1.").arg(entry.toString()));
    if (placeholderInPath(view, entry))
        return EditResult::failure(tr("The path has {%1}: remove it from the path instead.").arg(view.name()));
    EditTransaction edit(document, tr("Remove parameter %1").arg(view.name()));
    edit.remove(Part::Definition, entry);
    const JsonValue *list = document->value(Part::Definition, entry.parentPointer());
    if (list && list->isArray() && list->size() == 0)
        edit.remove(Part::Definition, entry.parentPointer());
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(entry.parentPointer());
}

EditResult ParameterEdits::moveParameter(ConnectorDocument *document, const OperationKey &key, int from, int to)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    QString error;
    if (!document->move(Part::Definition, view.parametersPointer(), from, to, &error))
        return EditResult::failure(error);
    return EditResult::success(view.parametersPointer().child(to));
}
