#include "SchemaView.h"

#include "JsonBuilder.h"
#include "LocalReference.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;

SchemaView::SchemaView(const ConnectorDocument *document, JsonPointer pointer, ConnectorDocument::Part part)
    : m_document(document), m_pointer(std::move(pointer)), m_part(part)
{
}

const JsonValue *SchemaView::node() const
{
    if (!m_document)
        return nullptr;
    const JsonValue *value = m_document->value(m_part, m_pointer);
    return value && value->isObject() ? value : nullptr;
}

bool SchemaView::isValid() const
{
    return node() != nullptr;
}

QString SchemaView::text(const QString &key) const
{
    const JsonValue *n = node();
    const JsonValue *member = n ? n->member(key) : nullptr;
    return member && member->isString() ? member->toString() : QString();
}

SchemaView SchemaView::child(const QString &key) const
{
    return SchemaView(m_document, m_pointer.child(key), m_part);
}

bool SchemaView::isReference() const
{
    const JsonValue *n = node();
    return n && n->member(K::Ref) && n->member(K::Ref)->isString();
}

QString SchemaView::reference() const
{
    return text(K::Ref);
}

QString SchemaView::referenceName() const
{
    return LocalReference::nameIn(reference(), K::Definitions);
}

SchemaView SchemaView::resolved() const
{
    SchemaView view = *this;
    for (int hops = 0; hops < 32 && view.isReference(); ++hops) {
        JsonPointer target;
        if (!LocalReference::target(view.reference(), &target))
            return SchemaView();
        view = SchemaView(m_document, target, m_part);
    }
    return view.isReference() ? SchemaView() : view;
}

QString SchemaView::type() const
{
    return text(K::Type);
}

QString SchemaView::effectiveType() const
{
    const SchemaView target = resolved();
    const QString declared = target.type();
    if (!declared.isEmpty())
        return declared;
    const JsonValue *n = target.node();
    return n && (n->member(K::Properties) || n->member(K::AdditionalProperties)) ? QStringLiteral("object") : QString();
}

QString SchemaView::format() const
{
    return text(K::Format);
}

QString SchemaView::title() const
{
    return text(K::Title);
}

QString SchemaView::summary() const
{
    return text(K::XmsSummary);
}

QString SchemaView::description() const
{
    return text(K::Description);
}

QString SchemaView::visibility() const
{
    return text(K::XmsVisibility);
}

bool SchemaView::hasDefault() const
{
    const JsonValue *n = node();
    return n && n->member(K::Default);
}

QString SchemaView::defaultText() const
{
    const JsonValue *n = node();
    return n ? JsonBuilder::displayText(n->member(K::Default)) : QString();
}

QStringList SchemaView::enumValues() const
{
    QStringList values;
    const JsonValue *n = node();
    const JsonValue *list = n ? n->member(K::Enum) : nullptr;
    for (int i = 0; list && list->isArray() && i < list->size(); ++i)
        values.append(JsonBuilder::displayText(list->at(i)));
    return values;
}

bool SchemaView::isNullable() const
{
    const JsonValue *n = node();
    return n && n->member(K::XNullable) && n->member(K::XNullable)->toBool();
}

bool SchemaView::isReadOnly() const
{
    const JsonValue *n = node();
    const JsonValue *flag = n ? n->member(QStringLiteral("readOnly")) : nullptr;
    return flag && flag->toBool();
}

bool SchemaView::hasDynamicSchema() const
{
    const JsonValue *n = node();
    return n && (n->member(K::XmsDynamicSchema) || n->member(K::XmsDynamicProperties));
}

bool SchemaView::isNotificationUrl() const
{
    const JsonValue *n = node();
    return n && n->member(K::XmsNotificationUrl) && n->member(K::XmsNotificationUrl)->toBool();
}

QStringList SchemaView::requiredProperties() const
{
    QStringList names;
    const JsonValue *n = node();
    const JsonValue *list = n ? n->member(K::Required) : nullptr;
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        if (list->at(i)->isString())
            names.append(list->at(i)->toString());
    }
    return names;
}

QString SchemaView::propertyName() const
{
    const QStringList &tokens = m_pointer.tokens();
    if (tokens.size() < 2 || tokens.at(tokens.size() - 2) != K::Properties)
        return {};
    return tokens.last();
}

bool SchemaView::isRequiredInParent() const
{
    const QString name = propertyName();
    if (name.isEmpty())
        return false;
    const SchemaView parent(m_document, m_pointer.parentPointer().parentPointer(), m_part);
    return parent.requiredProperties().contains(name);
}

QList<SchemaProperty> SchemaView::properties() const
{
    QList<SchemaProperty> list;
    const JsonValue *n = node();
    const JsonValue *props = n ? n->member(K::Properties) : nullptr;
    if (!props || !props->isObject())
        return list;
    const QStringList required = requiredProperties();
    const JsonPointer base = m_pointer.child(K::Properties);
    list.reserve(props->size());
    for (int i = 0; i < props->size(); ++i) {
        const QString name = props->keyAt(i);
        list.append(SchemaProperty{name, SchemaView(m_document, base.child(name), m_part), required.contains(name)});
    }
    return list;
}

SchemaView SchemaView::property(const QString &name) const
{
    return SchemaView(m_document, m_pointer.child(K::Properties).child(name), m_part);
}

SchemaView SchemaView::items() const
{
    return child(K::Items);
}

SchemaView SchemaView::additionalProperties() const
{
    return child(K::AdditionalProperties);
}

QString SchemaView::displayType() const
{
    if (isReference()) {
        const QString name = referenceName();
        return name.isEmpty() ? reference() : name;
    }
    const QString kind = effectiveType();
    if (kind == QLatin1String("array")) {
        const QString inner = items().displayType();
        return inner.isEmpty() ? kind : QCoreApplication::translate("SchemaView", "array of %1").arg(inner);
    }
    const QString fmt = format();
    return fmt.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, fmt);
}
