#pragma once

#include "PostmanAuth.h"
#include "PostmanRequest.h"
#include "PostmanUrl.h"
#include "json/JsonValue.h"

#include <QHash>
#include <QString>

#include <memory>

class ImportReport;
class InputTree;

// Maps one Postman request to a Swagger 2.0 operation: path parameters from the URL's templates,
// query and header parameters (auth, Content-Type and Accept headers handled as such), the body
// (JSON -> a body parameter with an inferred schema; urlencoded, form-data and files -> formData
// parameters; GraphQL -> a JSON body; other raw text -> a string body) and saved examples ->
// responses with inferred schemas.
class PostmanOperationBuilder
{
public:
    PostmanOperationBuilder(const InputTree &input, ImportReport &report,
                            const QHash<QString, QString> &variables)
        : m_input(input), m_report(report), m_variables(variables)
    { }

    // The operation without tags, operationId and security (the importer adds those).
    std::unique_ptr<json::JsonValue> build(const PostmanRequest &request, const PostmanUrl &url, int skip,
                                           const PostmanAuth &auth);

private:
    void pathParameters(const PostmanRequest &request, const PostmanUrl &url, int skip, json::JsonValue *out);
    void queryParameters(const PostmanRequest &request, const PostmanUrl &url, const PostmanAuth &auth,
                         json::JsonValue *out);
    void headerParameters(const PostmanRequest &request, const PostmanAuth &auth, json::JsonValue *out);
    void body(const PostmanRequest &request, json::JsonValue *out);
    void rawBody(const PostmanRequest &request, json::JsonValue *out);
    void formBody(const PostmanRequest &request, json::JsonValue *out);
    void bodyParameter(std::unique_ptr<json::JsonValue> schema, json::JsonValue *out);
    std::unique_ptr<json::JsonValue> responses(const PostmanRequest &request);
    std::unique_ptr<json::JsonValue> inferJson(const QString &text, const json::JsonValue *at, bool quiet);
    static std::unique_ptr<json::JsonValue> simple(const QString &name, const QString &in, bool required,
                                                   const QString &description,
                                                   const QString &type = QStringLiteral("string"));

    const InputTree &m_input;
    ImportReport &m_report;
    const QHash<QString, QString> &m_variables;
    QString m_contentType;
    QString m_accept;
    bool m_hasBody = false;
};
