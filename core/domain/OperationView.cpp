#include "OperationView.h"

#include "SwaggerKeys.h"

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

OperationView::OperationView(const ConnectorDocument *document, OperationKey key)
    : m_document(document), m_key(std::move(key))
{
}

const JsonValue *OperationView::node() const
{
    if (!m_document || !m_key.isValid())
        return nullptr;
    const JsonValue *value = m_document->value(Part::Definition, m_key.pointer());
    return value && value->isObject() ? value : nullptr;
}

bool OperationView::isValid() const
{
    return node() != nullptr;
}

QString OperationView::text(const QString &key) const
{
    const JsonValue *n = node();
    const JsonValue *member = n ? n->member(key) : nullptr;
    return member && member->isString() ? member->toString() : QString();
}

QString OperationView::operationId() const { return text(K::OperationId); }
QString OperationView::summary() const { return text(K::Summary); }
QString OperationView::description() const { return text(K::Description); }
QString OperationView::visibility() const { return text(K::XmsVisibility); }

bool OperationView::isDeprecated() const
{
    const JsonValue *n = node();
    return n && n->member(K::Deprecated) && n->member(K::Deprecated)->toBool();
}

static QStringList stringList(const JsonValue *array)
{
    QStringList items;
    for (int i = 0; array && array->isArray() && i < array->size(); ++i) {
        if (array->at(i)->isString())
            items.append(array->at(i)->toString());
    }
    return items;
}

QStringList OperationView::tags() const
{
    const JsonValue *n = node();
    return stringList(n ? n->member(K::Tags) : nullptr);
}

QStringList OperationView::consumes() const
{
    const JsonValue *n = node();
    if (n && n->member(K::Consumes))
        return stringList(n->member(K::Consumes));
    return stringList(m_document ? m_document->value(Part::Definition, JsonPointer({QString(K::Consumes)})) : nullptr);
}

QStringList OperationView::produces() const
{
    const JsonValue *n = node();
    if (n && n->member(K::Produces))
        return stringList(n->member(K::Produces));
    return stringList(m_document ? m_document->value(Part::Definition, JsonPointer({QString(K::Produces)})) : nullptr);
}

OperationView::TriggerKind OperationView::triggerKindOf(const JsonValue *operation)
{
    const JsonValue *trigger = operation && operation->isObject() ? operation->member(K::XmsTrigger) : nullptr;
    if (!trigger)
        return TriggerKind::None;
    return trigger->toString().compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0 ? TriggerKind::Batch
                                                                                           : TriggerKind::Single;
}

OperationView::TriggerKind OperationView::triggerKind() const
{
    return triggerKindOf(node());
}

bool OperationView::hasNotificationUrl() const
{
    for (const ParameterView &p : parameters()) {
        const JsonValue *param = m_document->value(Part::Definition, p.pointer());
        if (param && param->isObject() && param->member(K::XmsNotificationUrl))
            return true;
        if (!p.isBody())
            continue;
        const SchemaView body = p.schema().resolved();
        for (const SchemaProperty &property : body.properties()) {
            if (property.schema.isNotificationUrl())
                return true;
        }
    }
    return false;
}

OperationView::TriggerStyle OperationView::triggerStyle() const
{
    if (!isTrigger())
        return TriggerStyle::None;
    const JsonValue *item = m_document->value(Part::Definition, m_key.pathItemPointer());
    if ((item && item->isObject() && item->member(K::XmsNotificationContent)) || hasNotificationUrl())
        return TriggerStyle::Webhook;
    return TriggerStyle::Polling;
}

QString OperationView::notificationOperationId() const
{
    const JsonValue *n = node();
    const JsonValue *notification = n ? n->member(K::XmsNotification) : nullptr;
    const JsonValue *id = notification && notification->isObject() ? notification->member(K::OperationId) : nullptr;
    return id ? id->toString() : QString();
}

JsonPointer OperationView::parametersPointer() const
{
    return m_key.pointer().child(K::Parameters);
}

int OperationView::ownParameterCount() const
{
    const JsonValue *n = node();
    const JsonValue *list = n ? n->member(K::Parameters) : nullptr;
    return list && list->isArray() ? list->size() : 0;
}

QList<ParameterView> OperationView::parameters() const
{
    QList<ParameterView> list;
    if (!isValid())
        return list;
    const JsonPointer own = parametersPointer();
    for (int i = 0; i < ownParameterCount(); ++i)
        list.append(ParameterView(m_document, own.child(i), ParameterView::Origin::Operation));
    const JsonPointer shared = m_key.pathItemPointer().child(K::Parameters);
    const JsonValue *pathLevel = m_document->value(Part::Definition, shared);
    for (int i = 0; pathLevel && pathLevel->isArray() && i < pathLevel->size(); ++i) {
        const ParameterView candidate(m_document, shared.child(i), ParameterView::Origin::PathItem);
        bool overridden = false;
        for (int j = 0; j < ownParameterCount() && !overridden; ++j)
            overridden = list.at(j).name() == candidate.name() && list.at(j).location() == candidate.location();
        if (!overridden)
            list.append(candidate);
    }
    return list;
}

std::optional<ParameterView> OperationView::parameter(const QString &name, const QString &location) const
{
    for (const ParameterView &p : parameters()) {
        if (p.name() == name && p.location() == location)
            return p;
    }
    return std::nullopt;
}

std::optional<ParameterView> OperationView::bodyParameter() const
{
    for (const ParameterView &p : parameters()) {
        if (p.isBody())
            return p;
    }
    return std::nullopt;
}

QList<ResponseView> OperationView::responses() const
{
    QList<ResponseView> list;
    const JsonValue *n = node();
    const JsonValue *responses = n ? n->member(K::Responses) : nullptr;
    const JsonPointer base = m_key.pointer().child(K::Responses);
    for (int i = 0; responses && responses->isObject() && i < responses->size(); ++i)
        list.append(ResponseView(m_document, base.child(responses->keyAt(i))));
    return list;
}

std::optional<ResponseView> OperationView::response(const QString &statusCode) const
{
    const ResponseView view(m_document, m_key.pointer().child(K::Responses).child(statusCode));
    if (!view.isValid())
        return std::nullopt;
    return view;
}
