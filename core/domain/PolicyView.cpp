#include "PolicyView.h"

#include "JsonBuilder.h"
#include "SwaggerKeys.h"
#include "json/JsonStyle.h"
#include "json/JsonWriter.h"

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;

PolicyView::PolicyView(const ConnectorDocument *document, int index)
    : m_document(document), m_index(index) { }

JsonPointer PolicyView::listPointer()
{
    return JsonPointer(
        QStringList {QString(SwaggerKeys::PropertiesRoot), QString(SwaggerKeys::PolicyTemplateInstances)});
}

int PolicyView::count(const ConnectorDocument *document)
{
    const JsonValue *list = document->value(Part::Properties, listPointer());
    return list && list->isArray() ? list->size() : 0;
}

const JsonValue *PolicyView::node() const
{
    if (!m_document || m_index < 0)
        return nullptr;
    const JsonValue *value = m_document->value(Part::Properties, pointer());
    return value && value->isObject() ? value : nullptr;
}

const JsonValue *PolicyView::parameters() const
{
    const JsonValue *entry = node();
    const JsonValue *value = entry ? entry->member(QStringLiteral("parameters")) : nullptr;
    return value && value->isObject() ? value : nullptr;
}

bool PolicyView::isValid() const
{
    return node() != nullptr;
}

JsonPointer PolicyView::pointer() const
{
    return listPointer().child(m_index);
}

QString PolicyView::templateId() const
{
    const JsonValue *entry = node();
    const JsonValue *id = entry ? entry->member(QStringLiteral("templateId")) : nullptr;
    return id && id->isString() ? id->toString() : QString();
}

QString PolicyView::title() const
{
    const JsonValue *entry = node();
    const JsonValue *value = entry ? entry->member(QStringLiteral("title")) : nullptr;
    return value && value->isString() ? value->toString() : QString();
}

const PolicyTemplateSpec *PolicyView::spec() const
{
    return PolicyTemplateCatalog::find(templateId());
}

bool PolicyView::hasParameter(const QString &key) const
{
    const JsonValue *all = parameters();
    return all && all->member(key);
}

QString PolicyView::parameterText(const QString &key) const
{
    const JsonValue *all = parameters();
    return all ? JsonBuilder::displayText(all->member(key)) : QString();
}

QStringList PolicyView::operations() const
{
    const JsonValue *all = parameters();
    const JsonValue *names = all ? all->member(PolicyTemplateCatalog::OperationsKey) : nullptr;
    QStringList out;
    if (names && names->isArray()) {
        for (int i = 0; i < names->size(); ++i) {
            if (names->at(i)->isString())
                out.append(names->at(i)->toString());
        }
    } else if (names && names->isString()) {
        out.append(names->toString()); // some connectors write a single name
    }
    return out;
}

QString PolicyView::section() const
{
    return parameterText(PolicyTemplateCatalog::SectionKey);
}

QString PolicyView::toJsonText() const
{
    const JsonValue *entry = node();
    if (!entry)
        return {};
    // A detached copy is laid out fresh, whatever the file's spacing of this entry.
    return json::JsonWriter(json::JsonStyle()).write(*JsonBuilder::detachedClone(*entry));
}
