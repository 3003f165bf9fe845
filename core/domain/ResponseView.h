#pragma once

#include "SchemaView.h"
#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>

// One response header: name, type and description.
struct ResponseHeader
{
    QString name;
    QString type;
    QString description;
};

// Read-only typed access to one response of an operation ("200", "default", ...). A
// response written as {"$ref": "#/responses/X"} reads through to the shared response.
class ResponseView
{
public:
    ResponseView() = default;
    ResponseView(const ConnectorDocument *document, json::JsonPointer listPointer);

    bool isValid() const;
    const json::JsonPointer &listPointer() const { return m_listPointer; }
    json::JsonPointer pointer() const;  // the response object (the $ref target when shared)
    QString statusCode() const;         // the key: "200", "default"
    bool isDefault() const { return statusCode() == QLatin1String("default"); }
    bool isReference() const;
    QString referenceName() const;
    QString description() const;
    bool hasSchema() const;
    SchemaView schema() const;
    QList<ResponseHeader> headers() const;

private:
    const json::JsonValue *node() const;

    const ConnectorDocument *m_document = nullptr;
    json::JsonPointer m_listPointer;
};
