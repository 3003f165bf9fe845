#include "PostmanOperationBuilder.h"

#include "ImportReport.h"
#include "InputTree.h"
#include "SwaggerOutput.h"
#include "domain/JsonBuilder.h"
#include "domain/SchemaInference.h"
#include "json/JsonParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostmanOperationBuilder", text);
}

bool isJsonMedia(const QString &media)
{
    return media.contains(QLatin1String("json"), Qt::CaseInsensitive);
}

QString mediaOfLanguage(const QString &language)
{
    if (language == QLatin1String("json"))
        return QStringLiteral("application/json");
    if (language == QLatin1String("xml"))
        return QStringLiteral("application/xml");
    if (language == QLatin1String("html"))
        return QStringLiteral("text/html");
    if (language == QLatin1String("javascript"))
        return QStringLiteral("application/javascript");
    return QStringLiteral("text/plain");
}

} // namespace

std::unique_ptr<JsonValue> PostmanOperationBuilder::simple(const QString &name, const QString &in,
                                                           bool required, const QString &description,
                                                           const QString &type)
{
    JsonBuilder parameter;
    parameter.add(QStringLiteral("name"), name);
    parameter.add(QStringLiteral("in"), in);
    parameter.addIfNotEmpty(QStringLiteral("description"), description.trimmed());
    parameter.add(QStringLiteral("required"), required);
    parameter.add(QStringLiteral("type"), type);
    return parameter.take();
}

std::unique_ptr<JsonValue> PostmanOperationBuilder::inferJson(const QString &text, const JsonValue *at,
                                                              bool quiet)
{
    json::ParseResult parsed = json::JsonParser::parse(text);
    if (!parsed.ok()) {
        // Bodies often hold unquoted variables ({"n": {{count}}}): try again with them as numbers.
        static const QRegularExpression variable(
            QStringLiteral("(?<![\"\\w])\\{\\{[^{}\"]*\\}\\}(?![\"\\w])"));
        QString replaced = text;
        replaced.replace(variable, QStringLiteral("0"));
        parsed = json::JsonParser::parse(replaced);
    }
    if (!parsed.ok()) {
        if (!quiet) {
            const json::JsonDiagnostic *error = parsed.error();
            m_report.warn(
                tr("The JSON body does not parse (%1, line %2 of the body); its schema is left open.")
                    .arg(error ? error->message : QString())
                    .arg(error ? error->line : 0),
                m_input, at);
        }
        return nullptr;
    }
    return SchemaInference::infer(*parsed.root);
}

void PostmanOperationBuilder::pathParameters(const PostmanRequest &request, const PostmanUrl &url, int skip,
                                             JsonValue *out)
{
    QSet<QString> seen;
    for (int i = skip; i < url.segments.size(); ++i) {
        for (const QString &name : url.segments.at(i).params) {
            if (seen.contains(name))
                continue;
            seen.insert(name);
            QString description;
            for (const PostmanRequest::Field &variable : request.pathVariables)
                if (variable.key == name)
                    description = variable.description;
            auto parameter = simple(name, QStringLiteral("path"), true, description);
            if (m_variables.contains(name) && !m_variables.value(name).isEmpty())
                SwaggerOutput::set(parameter.get(), QStringLiteral("default"), m_variables.value(name));
            SwaggerOutput::append(out, std::move(parameter));
        }
    }
}

void PostmanOperationBuilder::queryParameters(const PostmanRequest &request, const PostmanUrl &url,
                                              const PostmanAuth &auth, JsonValue *out)
{
    const QList<PostmanRequest::Field> &query = request.queryFromUrl ? request.query : url.query;
    QSet<QString> seen;
    for (const PostmanRequest::Field &field : query) {
        if (auth.carries(QStringLiteral("query"), field.key))
            continue;
        if (seen.contains(field.key)) {
            m_report.info(tr("The query parameter \"%1\" is repeated; it is written once.").arg(field.key),
                          m_input, field.node ? field.node : request.node);
            continue;
        }
        seen.insert(field.key);
        SwaggerOutput::append(out, simple(field.key, QStringLiteral("query"), false, field.description));
    }
}

void PostmanOperationBuilder::headerParameters(const PostmanRequest &request, const PostmanAuth &auth,
                                               JsonValue *out)
{
    QSet<QString> seen;
    for (const PostmanRequest::Field &field : request.headers) {
        const QString lower = field.key.toLower();
        if (field.disabled || seen.contains(lower))
            continue;
        seen.insert(lower);
        if (lower == QLatin1String("content-type")) {
            m_contentType = field.value.section(QLatin1Char(';'), 0, 0).trimmed();
        } else if (lower == QLatin1String("accept")) {
            m_accept = field.value.section(QLatin1Char(','), 0, 0).section(QLatin1Char(';'), 0, 0).trimmed();
        } else if (auth.carries(QStringLiteral("header"), field.key)) {
            continue;
        } else if (lower == QLatin1String("authorization")) {
            m_report.info(
                tr("The Authorization header is written as a header parameter; set up the connection's "
                   "security instead of sending credentials as a parameter."),
                m_input, field.node ? field.node : request.node);
            SwaggerOutput::append(out, simple(field.key, QStringLiteral("header"), false, field.description));
        } else {
            SwaggerOutput::append(out, simple(field.key, QStringLiteral("header"), false, field.description));
        }
    }
}

void PostmanOperationBuilder::bodyParameter(std::unique_ptr<JsonValue> schema, JsonValue *out)
{
    JsonBuilder parameter;
    parameter.add(QStringLiteral("name"), QStringLiteral("body"));
    parameter.add(QStringLiteral("in"), QStringLiteral("body"));
    parameter.add(QStringLiteral("required"), true);
    parameter.add(QStringLiteral("schema"), std::move(schema));
    SwaggerOutput::append(out, parameter.take());
    m_hasBody = true;
}

void PostmanOperationBuilder::rawBody(const PostmanRequest &request, JsonValue *out)
{
    const QString trimmed = request.raw.trimmed();
    if (trimmed.isEmpty())
        return;
    const bool json = request.rawLanguage == QLatin1String("json") || isJsonMedia(m_contentType)
        || (request.rawLanguage.isEmpty() && m_contentType.isEmpty()
            && (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))));
    if (json) {
        auto schema = inferJson(request.raw, request.body ? request.body : request.node, false);
        bodyParameter(schema ? std::move(schema) : JsonValue::makeObject(), out);
        if (m_contentType.isEmpty())
            m_contentType = QStringLiteral("application/json");
        return;
    }
    JsonBuilder schema;
    schema.add(QStringLiteral("type"), QStringLiteral("string"));
    bodyParameter(schema.take(), out);
    if (m_contentType.isEmpty())
        m_contentType = mediaOfLanguage(request.rawLanguage);
}

void PostmanOperationBuilder::formBody(const PostmanRequest &request, JsonValue *out)
{
    QSet<QString> seen;
    bool hasFile = false;
    for (const PostmanRequest::Field &field : request.bodyFields) {
        if (field.disabled || seen.contains(field.key))
            continue;
        seen.insert(field.key);
        const bool file = field.type == QLatin1String("file");
        hasFile = hasFile || file;
        m_hasBody = true;
        SwaggerOutput::append(out,
                              simple(field.key, QStringLiteral("formData"), false, field.description,
                                     file ? QStringLiteral("file") : QStringLiteral("string")));
    }
    if (m_contentType.isEmpty() || isJsonMedia(m_contentType))
        m_contentType = request.bodyMode == QLatin1String("urlencoded") && !hasFile
            ? QStringLiteral("application/x-www-form-urlencoded")
            : QStringLiteral("multipart/form-data");
}

void PostmanOperationBuilder::body(const PostmanRequest &request, JsonValue *out)
{
    const QString &mode = request.bodyMode;
    if (mode.isEmpty())
        return;
    const bool hasContent
        = !request.raw.trimmed().isEmpty() || !request.bodyFields.isEmpty() || mode == QLatin1String("file");
    if (!hasContent)
        return;
    if (request.method == QLatin1String("GET") || request.method == QLatin1String("HEAD")) {
        m_report.warn(tr("A %1 request cannot have a body in a connector; the body is not imported.")
                          .arg(request.method),
                      m_input, request.body ? request.body : request.node);
        return;
    }
    if (mode == QLatin1String("raw")) {
        rawBody(request, out);
    } else if (mode == QLatin1String("urlencoded") || mode == QLatin1String("formdata")) {
        formBody(request, out);
    } else if (mode == QLatin1String("file")) {
        JsonBuilder schema;
        schema.add(QStringLiteral("type"), QStringLiteral("string"));
        schema.add(QStringLiteral("format"), QStringLiteral("binary"));
        bodyParameter(schema.take(), out);
        if (m_contentType.isEmpty())
            m_contentType = QStringLiteral("application/octet-stream");
    } else if (mode == QLatin1String("graphql")) {
        auto sample = JsonValue::makeObject();
        SwaggerOutput::set(sample.get(), QStringLiteral("query"), request.raw);
        std::unique_ptr<JsonValue> variables
            = json::JsonParser::parseValue(request.graphqlVariables, nullptr, {true});
        SwaggerOutput::set(sample.get(), QStringLiteral("variables"),
                           variables && variables->isObject() ? std::move(variables)
                                                              : JsonValue::makeObject());
        bodyParameter(SchemaInference::infer(*sample), out);
        m_contentType = QStringLiteral("application/json");
        m_report.info(tr("The GraphQL body is imported as a JSON body {\"query\", \"variables\"}."), m_input,
                      request.body ? request.body : request.node);
    } else {
        m_report.warn(tr("The body mode \"%1\" is not supported; the body is not imported.").arg(mode),
                      m_input, request.body ? request.body : request.node);
    }
}

std::unique_ptr<JsonValue> PostmanOperationBuilder::responses(const PostmanRequest &request)
{
    auto out = JsonValue::makeObject();
    for (const PostmanRequest::Example &example : request.examples) {
        const QString code = QString::number(example.code >= 100 && example.code <= 599 ? example.code : 200);
        if (out->member(code)) {
            m_report.info(tr("Another example for the status %1; the first one's schema is kept.").arg(code),
                          m_input, example.node);
            continue;
        }
        JsonBuilder response;
        response.add(QStringLiteral("description"),
                     example.name.trimmed().isEmpty() ? tr("Response") : example.name.trimmed());
        const QString body = example.body.trimmed();
        const bool json = isJsonMedia(example.contentType)
            || (body.startsWith(QLatin1Char('{')) || body.startsWith(QLatin1Char('[')));
        if (json && !body.isEmpty()) {
            if (auto schema = inferJson(body, example.node, !isJsonMedia(example.contentType)))
                response.add(QStringLiteral("schema"), std::move(schema));
            if (m_accept.isEmpty())
                m_accept = QStringLiteral("application/json");
        } else if (!example.contentType.isEmpty() && m_accept.isEmpty()) {
            m_accept = example.contentType.section(QLatin1Char(';'), 0, 0).trimmed();
        }
        out->insertItem(out->size(), response.take(), code);
    }
    if (out->size() == 0) {
        JsonBuilder response;
        response.add(QStringLiteral("description"), tr("Success"));
        out->insertItem(0, response.take(), QStringLiteral("200"));
    }
    return out;
}

std::unique_ptr<JsonValue> PostmanOperationBuilder::build(const PostmanRequest &request,
                                                          const PostmanUrl &url, int skip,
                                                          const PostmanAuth &auth)
{
    m_contentType.clear();
    m_accept.clear();
    m_hasBody = false;
    auto parameters = JsonValue::makeArray();
    pathParameters(request, url, skip, parameters.get());
    queryParameters(request, url, auth, parameters.get());
    headerParameters(request, auth, parameters.get());
    body(request, parameters.get());
    auto responsesOut = responses(request);

    auto operation = JsonValue::makeObject();
    const QString summary = request.name.trimmed();
    if (!summary.isEmpty())
        SwaggerOutput::set(operation.get(), QStringLiteral("summary"), summary);
    if (!request.description.trimmed().isEmpty())
        SwaggerOutput::set(operation.get(), QStringLiteral("description"), request.description.trimmed());
    if (!m_contentType.isEmpty() && m_hasBody)
        SwaggerOutput::set(operation.get(), QStringLiteral("consumes"),
                           JsonBuilder::stringArray({m_contentType}));
    if (!m_accept.isEmpty())
        SwaggerOutput::set(operation.get(), QStringLiteral("produces"), JsonBuilder::stringArray({m_accept}));
    if (parameters->size() > 0)
        SwaggerOutput::set(operation.get(), QStringLiteral("parameters"), std::move(parameters));
    SwaggerOutput::set(operation.get(), QStringLiteral("responses"), std::move(responsesOut));
    return operation;
}
