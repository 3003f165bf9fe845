#pragma once

#include "json/JsonValue.h"

#include <QString>
#include <QStringList>

#include <memory>

class ImportReport;
class OpenApi3Schema;

// The paths of a Swagger 2.0 definition -> OpenAPI 3.0 paths: non-body parameters get a schema
// (collectionFormat -> style/explode), body and formData parameters become the requestBody
// (one content entry per consumed media type), response schemas and examples go under content
// (per produced media type), headers get a schema. x-* extensions stay where they were.
class OpenApi3Operations
{
public:
    OpenApi3Operations(const json::JsonValue &swagger, const OpenApi3Schema &schemas, ImportReport *report);

    std::unique_ptr<json::JsonValue> paths() const;
    // Also used for components: a non-body parameter, a response, a body parameter's requestBody.
    std::unique_ptr<json::JsonValue> parameter(const json::JsonValue &parameter,
                                               const QString &pointer) const;
    std::unique_ptr<json::JsonValue> response(const json::JsonValue &response, const QStringList &produces,
                                              const QString &pointer) const;
    std::unique_ptr<json::JsonValue> requestBody(const QList<const json::JsonValue *> &parameters,
                                                 const QStringList &consumes, const QString &pointer) const;
    // A body or formData parameter, following a local $ref ("#/parameters/X"); null otherwise.
    const json::JsonValue *bodyLike(const json::JsonValue &parameter) const;

    static QStringList mediaTypes(const json::JsonValue *list, const QStringList &fallback);

private:
    std::unique_ptr<json::JsonValue> pathItem(const json::JsonValue &item, const QString &pointer) const;
    std::unique_ptr<json::JsonValue> operation(const json::JsonValue &operation,
                                               const QList<const json::JsonValue *> &pathBody,
                                               const QString &pointer) const;
    std::unique_ptr<json::JsonValue> simpleSchema(const json::JsonValue &parameter,
                                                  const QString &pointer) const;
    std::unique_ptr<json::JsonValue> responses(const json::JsonValue &responses, const QStringList &produces,
                                               const QString &pointer) const;

    const json::JsonValue &m_swagger;
    const OpenApi3Schema &m_schemas;
    ImportReport *m_report;
    QStringList m_consumes, m_produces;
};
