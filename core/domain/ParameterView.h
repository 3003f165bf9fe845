#pragma once

#include "SchemaView.h"
#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

// One entry of x-ms-enum-values: the value sent and the name shown.
struct EnumDisplayValue
{
    QString value;
    QString displayName;
};

// Read-only typed access to one parameter of an operation. A parameter listed as
// {"$ref": "#/parameters/X"} reads through to the shared parameter; listPointer() is the
// entry in the operation's (or path item's) list, pointer() the parameter object itself.
class ParameterView
{
public:
    enum class Origin { Operation, PathItem, Shared }; // Shared: a view of #/parameters/X itself

    ParameterView() = default;
    ParameterView(const ConnectorDocument *document, json::JsonPointer listPointer, Origin origin);

    bool isValid() const;
    const json::JsonPointer &listPointer() const { return m_listPointer; }
    json::JsonPointer pointer() const;
    Origin origin() const { return m_origin; }
    bool isReference() const;
    QString referenceName() const;  // "X" for #/parameters/X

    QString name() const;
    QString location() const;       // "path", "query", "header", "body", "formData"
    bool isBody() const { return location() == QLatin1String("body"); }
    bool isPath() const { return location() == QLatin1String("path"); }
    QString type() const;           // non-body parameters
    QString format() const;
    bool isRequired() const;
    bool hasDefault() const;
    QString defaultText() const;
    QString description() const;
    QString summary() const;        // x-ms-summary
    QString visibility() const;     // "", "important", "advanced", "internal"
    QString urlEncoding() const;    // x-ms-url-encoding: "", "single", "double"
    QStringList enumValues() const;
    QList<EnumDisplayValue> enumDisplayValues() const; // x-ms-enum-values
    QString itemsType() const;      // array parameters: the element type
    SchemaView schema() const;      // body parameters

    // Dynamic inputs: which of x-ms-dynamic-values/-list/-schema/-properties are set, and
    // the operationId the first of them calls.
    QStringList dynamicExtensions() const;
    QString dynamicOperationId() const;

private:
    const json::JsonValue *entry() const;
    const json::JsonValue *node() const;
    QString text(const QString &key) const;

    const ConnectorDocument *m_document = nullptr;
    json::JsonPointer m_listPointer;
    Origin m_origin = Origin::Operation;
};
