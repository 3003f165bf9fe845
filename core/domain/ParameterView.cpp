#include "ParameterView.h"

#include "JsonBuilder.h"
#include "LocalReference.h"
#include "SwaggerKeys.h"

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;

ParameterView::ParameterView(const ConnectorDocument *document, JsonPointer listPointer, Origin origin)
    : m_document(document), m_listPointer(std::move(listPointer)), m_origin(origin)
{
}

const JsonValue *ParameterView::entry() const
{
    if (!m_document)
        return nullptr;
    const JsonValue *value = m_document->value(ConnectorDocument::Part::Definition, m_listPointer);
    return value && value->isObject() ? value : nullptr;
}

JsonPointer ParameterView::pointer() const
{
    const JsonValue *e = entry();
    const JsonValue *ref = e ? e->member(K::Ref) : nullptr;
    JsonPointer target;
    if (ref && ref->isString() && LocalReference::target(ref->toString(), &target))
        return target;
    return m_listPointer;
}

const JsonValue *ParameterView::node() const
{
    if (!isReference())
        return entry();
    const JsonValue *value = m_document->value(ConnectorDocument::Part::Definition, pointer());
    return value && value->isObject() ? value : nullptr;
}

bool ParameterView::isValid() const
{
    return node() != nullptr;
}

bool ParameterView::isReference() const
{
    const JsonValue *e = entry();
    return e && e->member(K::Ref) && e->member(K::Ref)->isString();
}

QString ParameterView::referenceName() const
{
    const JsonValue *e = entry();
    const JsonValue *ref = e ? e->member(K::Ref) : nullptr;
    return ref ? LocalReference::nameIn(ref->toString(), K::Parameters) : QString();
}

QString ParameterView::text(const QString &key) const
{
    const JsonValue *n = node();
    const JsonValue *member = n ? n->member(key) : nullptr;
    return member && member->isString() ? member->toString() : QString();
}

QString ParameterView::name() const { return text(K::Name); }
QString ParameterView::location() const { return text(K::In); }
QString ParameterView::type() const { return text(K::Type); }
QString ParameterView::format() const { return text(K::Format); }
QString ParameterView::description() const { return text(K::Description); }
QString ParameterView::summary() const { return text(K::XmsSummary); }
QString ParameterView::visibility() const { return text(K::XmsVisibility); }
QString ParameterView::urlEncoding() const { return text(K::XmsUrlEncoding); }

bool ParameterView::isRequired() const
{
    const JsonValue *n = node();
    const JsonValue *flag = n ? n->member(K::Required) : nullptr;
    return flag && flag->toBool();
}

bool ParameterView::hasDefault() const
{
    const JsonValue *n = node();
    return n && n->member(K::Default);
}

QString ParameterView::defaultText() const
{
    const JsonValue *n = node();
    return n ? JsonBuilder::displayText(n->member(K::Default)) : QString();
}

QStringList ParameterView::enumValues() const
{
    QStringList values;
    const JsonValue *n = node();
    const JsonValue *list = n ? n->member(K::Enum) : nullptr;
    for (int i = 0; list && list->isArray() && i < list->size(); ++i)
        values.append(JsonBuilder::displayText(list->at(i)));
    return values;
}

QList<EnumDisplayValue> ParameterView::enumDisplayValues() const
{
    QList<EnumDisplayValue> values;
    const JsonValue *n = node();
    const JsonValue *list = n ? n->member(K::XmsEnumValues) : nullptr;
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        const JsonValue *item = list->at(i);
        if (!item->isObject())
            continue;
        values.append({JsonBuilder::displayText(item->member(QStringLiteral("value"))),
                       JsonBuilder::displayText(item->member(QStringLiteral("displayName")))});
    }
    return values;
}

QString ParameterView::itemsType() const
{
    const JsonValue *n = node();
    const JsonValue *items = n ? n->member(K::Items) : nullptr;
    const JsonValue *type = items && items->isObject() ? items->member(K::Type) : nullptr;
    return type ? type->toString() : QString();
}

SchemaView ParameterView::schema() const
{
    return SchemaView(m_document, pointer().child(K::Schema));
}

QStringList ParameterView::dynamicExtensions() const
{
    QStringList found;
    const JsonValue *n = node();
    for (const QLatin1String key : {K::XmsDynamicValues, K::XmsDynamicList, K::XmsDynamicSchema, K::XmsDynamicProperties}) {
        if (n && n->member(key))
            found.append(key);
    }
    return found;
}

QString ParameterView::dynamicOperationId() const
{
    const JsonValue *n = node();
    for (const QString &key : dynamicExtensions()) {
        const JsonValue *ext = n->member(key);
        const JsonValue *id = ext && ext->isObject() ? ext->member(K::OperationId) : nullptr;
        if (id && id->isString())
            return id->toString();
    }
    return {};
}
