#include "CurlImporter.h"

#include "ConnectionProperties.h"
#include "CurlCommand.h"
#include "InputTree.h"
#include "PostmanAuth.h"
#include "PostmanOperationBuilder.h"
#include "PostmanUrl.h"
#include "SwaggerOutput.h"
#include "domain/JsonBuilder.h"
#include "domain/NameStyle.h"

#include <QCoreApplication>
#include <QRegularExpression>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CurlImporter", text);
}

InputTree::Location locationOf(const QString &text, int offset)
{
    const QString before = text.left(offset);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = offset - (int(before.lastIndexOf(QLatin1Char('\n'))) + 1) + 1;
    return {line, column};
}

QList<PostmanRequest::Field> fieldsOf(const QList<QPair<QString, QString>> &pairs)
{
    QList<PostmanRequest::Field> fields;
    for (const auto &pair : pairs)
        fields.append(
            {pair.first,
             pair.second,
             {},
             pair.second.startsWith(QLatin1Char('@')) ? QStringLiteral("file") : QStringLiteral("text"),
             false,
             nullptr});
    return fields;
}

QString headerValue(const QList<PostmanRequest::Field> &headers, const QString &name)
{
    for (const PostmanRequest::Field &header : headers)
        if (header.key.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    return {};
}

// The auth the command carries, as a Postman auth object (so PostmanAuth maps it).
std::unique_ptr<JsonValue> authOf(const CurlCommand &command, const QList<PostmanRequest::Field> &headers)
{
    JsonBuilder auth;
    const QString authorization = headerValue(headers, QStringLiteral("Authorization"));
    if (!command.user.isEmpty() || authorization.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive)) {
        auth.add(QStringLiteral("type"), QStringLiteral("basic"));
        return auth.take();
    }
    if (authorization.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        auth.add(QStringLiteral("type"), QStringLiteral("bearer"));
        return auth.take();
    }
    for (const PostmanRequest::Field &header : headers) {
        static const QRegularExpression keyHeader(
            QStringLiteral("^(x-)?api[-_]?key$|^ocp-apim-subscription-key$"),
            QRegularExpression::CaseInsensitiveOption);
        if (keyHeader.match(header.key).hasMatch()) {
            JsonBuilder key;
            key.add(QStringLiteral("key"), header.key);
            key.add(QStringLiteral("in"), QStringLiteral("header"));
            auth.add(QStringLiteral("type"), QStringLiteral("apikey"));
            auth.add(QStringLiteral("apikey"), key.take());
            return auth.take();
        }
    }
    return nullptr;
}

void setBody(const CurlCommand &command, PostmanRequest &request)
{
    if (!command.form.isEmpty()) {
        request.bodyMode = QStringLiteral("formdata");
        request.bodyFields = fieldsOf(command.form);
        return;
    }
    const QString data = command.data.join(QLatin1Char('&'));
    const QString contentType = headerValue(request.headers, QStringLiteral("Content-Type"));
    const bool looksJson
        = data.trimmed().startsWith(QLatin1Char('{')) || data.trimmed().startsWith(QLatin1Char('['));
    if (!command.urlencoded.isEmpty()
        || (!data.isEmpty() && !looksJson && !command.dataIsJson
            && (contentType.isEmpty() || contentType.contains(QLatin1String("form-urlencoded")))
            && data.contains(QLatin1Char('=')))) {
        request.bodyMode = QStringLiteral("urlencoded");
        for (const QString &pair : data.split(QLatin1Char('&'), Qt::SkipEmptyParts))
            request.bodyFields.append({pair.section(QLatin1Char('='), 0, 0),
                                       pair.section(QLatin1Char('='), 1),
                                       {},
                                       QStringLiteral("text"),
                                       false,
                                       nullptr});
        request.bodyFields.append(fieldsOf(command.urlencoded));
        return;
    }
    if (data.isEmpty())
        return;
    request.bodyMode = QStringLiteral("raw");
    request.raw = data;
    if (command.dataIsJson || looksJson)
        request.rawLanguage = QStringLiteral("json");
}

QString summaryOf(const QString &method, const PostmanUrl &url)
{
    QStringList words = {method.left(1).toUpper() + method.mid(1).toLower()};
    for (const PostmanUrl::Segment &segment : url.segments)
        if (segment.params.isEmpty())
            words.append(NameStyle::label(segment.text));
    return words.join(QLatin1Char(' '));
}

} // namespace

ImportedConnector CurlImporter::import(const QString &text)
{
    ImportedConnector result;
    result.format = QStringLiteral("curl");
    result.inputOperations = 1;
    const CurlCommand command = CurlCommand::parse(text);
    bool failed = false;
    for (const CurlCommand::Problem &problem : command.problems) {
        const InputTree::Location where = locationOf(text, problem.offset);
        result.report.add(problem.error ? ImportReport::Severity::Error : ImportReport::Severity::Warning,
                          problem.message, QString(), where.line, where.column);
        failed = failed || problem.error;
    }
    if (failed)
        return result;

    PostmanRequest request;
    request.method = command.method;
    request.url = command.url;
    if (command.getWithData && !command.data.isEmpty())
        request.url += (request.url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + command.data.join(QLatin1Char('&'));
    request.headers = fieldsOf(command.headers);
    if (!command.getWithData)
        setBody(command, request);
    const std::unique_ptr<JsonValue> auth = authOf(command, request.headers);
    request.auth = auth.get();

    const PostmanUrl url = PostmanUrl::parse(request.url, {});
    if (url.host.isEmpty()) {
        const InputTree::Location where = locationOf(text, qMax(command.urlOffset, 0));
        result.report.add(ImportReport::Severity::Warning,
                          tr("The URL \"%1\" has no host; set it before publishing.").arg(command.url),
                          QString(), where.line, where.column);
    }
    request.name = summaryOf(command.method, url);

    const InputTree none;
    // The builder keeps a reference to the variables: they must outlive it (a temporary {} here
    // dangled as soon as a URL had a :variable; found by fuzz_curl).
    const QHash<QString, QString> noVariables;
    PostmanOperationBuilder builder(none, result.report, noVariables);
    const PostmanAuth postmanAuth = PostmanAuth::fromNode(auth.get());
    auto operation = builder.build(request, url, 0, postmanAuth);
    OperationIds ids;
    operation->insertItem(1, JsonValue::makeString(ids.take(request.name, QStringLiteral("Operation"))),
                          QStringLiteral("operationId"));

    result.definition = SwaggerOutput::skeleton(url.host.isEmpty() ? QString() : url.host, QString(),
                                                QStringLiteral("1.0"));
    JsonValue *root = result.definition.get();
    if (!url.host.isEmpty())
        SwaggerOutput::set(root, QStringLiteral("host"), url.host);
    SwaggerOutput::set(root, QStringLiteral("basePath"), QStringLiteral("/"));
    SwaggerOutput::set(root, QStringLiteral("schemes"),
                       JsonBuilder::stringArray(
                           {url.scheme == QLatin1String("http") ? url.scheme : QStringLiteral("https")}));
    if (postmanAuth.kind != PostmanAuth::Kind::None) {
        auto definitions = JsonValue::makeObject();
        definitions->insertItem(0, postmanAuth.definition(), postmanAuth.schemeName());
        SwaggerOutput::set(root, QStringLiteral("securityDefinitions"), std::move(definitions));
        auto requirement = JsonValue::makeObject();
        requirement->insertItem(0, JsonValue::makeArray(), postmanAuth.schemeName());
        auto security = JsonValue::makeArray();
        SwaggerOutput::append(security.get(), std::move(requirement));
        SwaggerOutput::set(root, QStringLiteral("security"), std::move(security));
    }
    JsonValue *paths = SwaggerOutput::object(root, QStringLiteral("paths"));
    SwaggerOutput::object(paths, url.path(0))->insertItem(0, std::move(operation), command.method.toLower());
    if (!QStringList {QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("POST"),
                      QStringLiteral("DELETE"), QStringLiteral("OPTIONS"), QStringLiteral("HEAD"),
                      QStringLiteral("PATCH")}
             .contains(command.method)) {
        result.report.add(ImportReport::Severity::Error,
                          tr("The method %1 cannot be described in Swagger 2.0.").arg(command.method));
        result.definition.reset();
        return result;
    }
    SwaggerOutput::orderTopLevel(root);
    result.properties = ConnectionProperties::fromDefinition(*root);
    return result;
}
