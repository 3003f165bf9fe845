#pragma once

#include "document/ConnectorDocument.h"
#include "domain/PolicyTemplateCatalog.h"

#include <QString>
#include <QStringList>

// One entry of apiProperties.json properties.policyTemplateInstances, read on demand (holds the
// document and an index, so it never dangles: an index past the end reads as invalid).
class PolicyView
{
public:
    PolicyView(const ConnectorDocument *document, int index);

    static json::JsonPointer listPointer(); // /properties/policyTemplateInstances
    static int count(const ConnectorDocument *document);

    bool isValid() const;
    int index() const { return m_index; }
    json::JsonPointer pointer() const;
    QString templateId() const;
    QString title() const;
    const PolicyTemplateSpec *spec() const; // nullptr for an unknown template
    // A parameter as a form shows it: strings as they are, other JSON compact; "" if absent.
    QString parameterText(const QString &key) const;
    bool hasParameter(const QString &key) const;
    QStringList operations() const;
    QString section() const;
    // The whole entry as indented JSON, for the raw editor.
    QString toJsonText() const;

private:
    const json::JsonValue *node() const;
    const json::JsonValue *parameters() const;

    const ConnectorDocument *m_document;
    int m_index;
};
