#pragma once

#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

struct SchemaProperty;

// Read-only typed access to a Swagger schema object (a body, a response, a definition,
// a property). Cheap to copy: it holds the document and a pointer, and reads on demand,
// so it is always current. An invalid view (no node there) answers empty values.
class SchemaView
{
public:
    SchemaView() = default;
    SchemaView(const ConnectorDocument *document, json::JsonPointer pointer,
               ConnectorDocument::Part part = ConnectorDocument::Part::Definition);

    bool isValid() const;
    const json::JsonPointer &pointer() const { return m_pointer; }
    const ConnectorDocument *document() const { return m_document; }

    // "$ref": the raw text, the definition name ("Employee" for #/definitions/Employee),
    // and the schema it leads to (following chains; invalid if dangling or circular).
    bool isReference() const;
    QString reference() const;
    QString referenceName() const;
    SchemaView resolved() const;

    QString type() const;           // as written; empty when absent
    QString effectiveType() const;  // type, or "object" when it has properties (of the resolved schema)
    QString format() const;
    QString title() const;          // "title"
    QString summary() const;        // "x-ms-summary"
    QString description() const;
    QString visibility() const;     // "", "important", "advanced", "internal"
    bool hasDefault() const;
    QString defaultText() const;
    QStringList enumValues() const;
    bool isNullable() const;        // x-nullable
    bool isReadOnly() const;
    bool hasDynamicSchema() const;  // x-ms-dynamic-schema or x-ms-dynamic-properties
    bool isNotificationUrl() const; // x-ms-notification-url: true

    QStringList requiredProperties() const;
    // For a view at .../properties/<name>: whether the parent lists it as required.
    bool isRequiredInParent() const;
    QString propertyName() const;   // <name> for a view at .../properties/<name>

    QList<SchemaProperty> properties() const; // own properties, in file order (no $ref following)
    SchemaView property(const QString &name) const;
    SchemaView items() const;
    SchemaView additionalProperties() const;
    // A one-line description for trees: "string (date-time)", "array of Employee", "Employee".
    QString displayType() const;

private:
    const json::JsonValue *node() const;
    QString text(const QString &key) const;
    SchemaView child(const QString &key) const;

    const ConnectorDocument *m_document = nullptr;
    json::JsonPointer m_pointer;
    ConnectorDocument::Part m_part = ConnectorDocument::Part::Definition;
};

struct SchemaProperty
{
    QString name;
    SchemaView schema;
    bool required = false;
};
