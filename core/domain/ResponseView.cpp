#include "ResponseView.h"

#include "LocalReference.h"
#include "SwaggerKeys.h"

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;

ResponseView::ResponseView(const ConnectorDocument *document, JsonPointer listPointer)
    : m_document(document), m_listPointer(std::move(listPointer))
{
}

JsonPointer ResponseView::pointer() const
{
    const JsonValue *entry = m_document ? m_document->value(ConnectorDocument::Part::Definition, m_listPointer) : nullptr;
    const JsonValue *ref = entry && entry->isObject() ? entry->member(K::Ref) : nullptr;
    JsonPointer target;
    if (ref && ref->isString() && LocalReference::target(ref->toString(), &target))
        return target;
    return m_listPointer;
}

const JsonValue *ResponseView::node() const
{
    if (!m_document)
        return nullptr;
    const JsonValue *value = m_document->value(ConnectorDocument::Part::Definition, pointer());
    return value && value->isObject() ? value : nullptr;
}

bool ResponseView::isValid() const
{
    return node() != nullptr;
}

QString ResponseView::statusCode() const
{
    return m_listPointer.lastToken();
}

bool ResponseView::isReference() const
{
    return pointer() != m_listPointer;
}

QString ResponseView::referenceName() const
{
    const JsonPointer target = pointer();
    if (target == m_listPointer || target.tokens().size() != 2)
        return {};
    return target.tokens().at(1);
}

QString ResponseView::description() const
{
    const JsonValue *n = node();
    const JsonValue *text = n ? n->member(K::Description) : nullptr;
    return text ? text->toString() : QString();
}

bool ResponseView::hasSchema() const
{
    const JsonValue *n = node();
    return n && n->member(K::Schema) && n->member(K::Schema)->isObject();
}

SchemaView ResponseView::schema() const
{
    return SchemaView(m_document, pointer().child(K::Schema));
}

QList<ResponseHeader> ResponseView::headers() const
{
    QList<ResponseHeader> list;
    const JsonValue *n = node();
    const JsonValue *headers = n ? n->member(K::Headers) : nullptr;
    for (int i = 0; headers && headers->isObject() && i < headers->size(); ++i) {
        const JsonValue *header = headers->at(i);
        const auto text = [header](QLatin1String key) {
            const JsonValue *v = header->isObject() ? header->member(key) : nullptr;
            return v ? v->toString() : QString();
        };
        list.append({headers->keyAt(i), text(K::Type), text(K::Description)});
    }
    return list;
}
