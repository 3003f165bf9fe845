#include "OpenApi3Exporter.h"

#include "OpenApi3Operations.h"
#include "OpenApi3Schema.h"
#include "YamlWriter.h"
#include "import/SwaggerOutput.h"
#include "json/JsonFile.h"

#include <QCoreApplication>

using json::JsonValue;

namespace {

std::unique_ptr<JsonValue> servers(const JsonValue &swagger, ImportReport *report)
{
    const QString host = SwaggerOutput::text(swagger.member(QStringLiteral("host")));
    QString basePath = SwaggerOutput::text(swagger.member(QStringLiteral("basePath")));
    if (basePath == QLatin1String("/"))
        basePath.clear();
    QStringList schemes = OpenApi3Operations::mediaTypes(swagger.member(QStringLiteral("schemes")), {});
    if (schemes.isEmpty())
        schemes << QStringLiteral("https");
    auto out = JsonValue::makeArray();
    if (host.isEmpty()) {
        report->add(
            ImportReport::Severity::Warning,
            OpenApi3Exporter::tr(
                "The definition has no host; the server URL is relative to where the document is served."),
            QStringLiteral("/host"));
        auto server = JsonValue::makeObject();
        SwaggerOutput::set(server.get(), QStringLiteral("url"),
                           basePath.isEmpty() ? QStringLiteral("/") : basePath);
        SwaggerOutput::append(out.get(), std::move(server));
        return out;
    }
    for (const QString &scheme : schemes) {
        auto server = JsonValue::makeObject();
        SwaggerOutput::set(server.get(), QStringLiteral("url"),
                           scheme + QStringLiteral("://") + host + basePath);
        SwaggerOutput::append(out.get(), std::move(server));
    }
    return out;
}

std::unique_ptr<JsonValue> securityScheme(const JsonValue &definition, const QString &pointer,
                                          ImportReport *report)
{
    auto out = JsonValue::makeObject();
    const QString type = SwaggerOutput::text(definition.member(QStringLiteral("type")));
    if (type == QLatin1String("basic")) {
        SwaggerOutput::set(out.get(), QStringLiteral("type"), QStringLiteral("http"));
        SwaggerOutput::set(out.get(), QStringLiteral("scheme"), QStringLiteral("basic"));
    } else if (type == QLatin1String("apiKey")) {
        SwaggerOutput::set(out.get(), QStringLiteral("type"), type);
        SwaggerOutput::set(out.get(), QStringLiteral("name"),
                           SwaggerOutput::text(definition.member(QStringLiteral("name"))));
        SwaggerOutput::set(out.get(), QStringLiteral("in"),
                           SwaggerOutput::text(definition.member(QStringLiteral("in"))));
    } else if (type == QLatin1String("oauth2")) {
        SwaggerOutput::set(out.get(), QStringLiteral("type"), type);
        const QString flow = SwaggerOutput::text(definition.member(QStringLiteral("flow")));
        static const QHash<QString, QString> flows
            = {{QStringLiteral("implicit"), QStringLiteral("implicit")},
               {QStringLiteral("password"), QStringLiteral("password")},
               {QStringLiteral("application"), QStringLiteral("clientCredentials")},
               {QStringLiteral("accessCode"), QStringLiteral("authorizationCode")}};
        auto converted = JsonValue::makeObject();
        const QString name = flows.value(flow, QStringLiteral("authorizationCode"));
        if (!flows.contains(flow))
            report->add(ImportReport::Severity::Warning,
                        OpenApi3Exporter::tr("Unknown OAuth 2.0 flow \"%1\"; exported as authorizationCode.")
                            .arg(flow),
                        pointer + QStringLiteral("/flow"));
        const QString authorizationUrl
            = SwaggerOutput::text(definition.member(QStringLiteral("authorizationUrl")));
        const QString tokenUrl = SwaggerOutput::text(definition.member(QStringLiteral("tokenUrl")));
        // OpenAPI 3 requires these URLs; the platform fills them for its managed identity providers.
        const bool needsAuthorization
            = name == QLatin1String("implicit") || name == QLatin1String("authorizationCode");
        if ((needsAuthorization && authorizationUrl.isEmpty())
            || (name != QLatin1String("implicit") && tokenUrl.isEmpty()))
            report->add(
                ImportReport::Severity::Warning,
                OpenApi3Exporter::tr(
                    "OpenAPI 3 requires the OAuth 2.0 URLs; a placeholder (example.invalid) stands in "
                    "for the missing one."),
                pointer);
        if (needsAuthorization)
            SwaggerOutput::set(converted.get(), QStringLiteral("authorizationUrl"),
                               authorizationUrl.isEmpty()
                                   ? QStringLiteral("https://login.example.invalid/authorize")
                                   : authorizationUrl);
        if (name != QLatin1String("implicit"))
            SwaggerOutput::set(converted.get(), QStringLiteral("tokenUrl"),
                               tokenUrl.isEmpty() ? QStringLiteral("https://login.example.invalid/token")
                                                  : tokenUrl);
        const JsonValue *scopes = definition.member(QStringLiteral("scopes"));
        SwaggerOutput::set(converted.get(), QStringLiteral("scopes"),
                           scopes && scopes->isObject() ? SwaggerOutput::copy(*scopes)
                                                        : JsonValue::makeObject());
        auto flowsObject = JsonValue::makeObject();
        SwaggerOutput::set(flowsObject.get(), name, std::move(converted));
        SwaggerOutput::set(out.get(), QStringLiteral("flows"), std::move(flowsObject));
    } else {
        report->add(ImportReport::Severity::Warning,
                    OpenApi3Exporter::tr("Unknown security type \"%1\"; copied as is.").arg(type),
                    pointer + QStringLiteral("/type"));
        return SwaggerOutput::copy(definition);
    }
    if (const JsonValue *description = definition.member(QStringLiteral("description")))
        SwaggerOutput::set(out.get(), QStringLiteral("description"), SwaggerOutput::copy(*description));
    for (int i = 0; i < definition.size(); ++i)
        if (definition.keyAt(i).startsWith(QLatin1String("x-")))
            SwaggerOutput::set(out.get(), definition.keyAt(i), SwaggerOutput::copy(*definition.at(i)));
    return out;
}

QString token(const QString &key)
{
    QString out = key;
    return QLatin1Char('/')
        + out.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

} // namespace

std::unique_ptr<JsonValue> OpenApi3Exporter::convert(const JsonValue &swagger, ImportReport *report)
{
    OpenApi3Schema schemas(report);
    OpenApi3Operations operations(swagger, schemas, report);
    const JsonValue *definitions = swagger.member(QStringLiteral("definitions"));
    const JsonValue *parameters = swagger.member(QStringLiteral("parameters"));
    const JsonValue *responses = swagger.member(QStringLiteral("responses"));
    const JsonValue *security = swagger.member(QStringLiteral("securityDefinitions"));
    // Names first: any component may refer to any other.
    QStringList definitionNames, parameterNames, responseNames;
    for (int i = 0; definitions && definitions->isObject() && i < definitions->size(); ++i)
        definitionNames << schemas.addComponent(QStringLiteral("definitions"), definitions->keyAt(i),
                                                QStringLiteral("schemas"));
    for (int i = 0; parameters && parameters->isObject() && i < parameters->size(); ++i) {
        const bool body = operations.bodyLike(*parameters->at(i)) != nullptr;
        parameterNames << schemas.addComponent(QStringLiteral("parameters"), parameters->keyAt(i),
                                               body ? QStringLiteral("requestBodies")
                                                    : QStringLiteral("parameters"));
    }
    for (int i = 0; responses && responses->isObject() && i < responses->size(); ++i)
        responseNames << schemas.addComponent(QStringLiteral("responses"), responses->keyAt(i),
                                              QStringLiteral("responses"));

    auto out = JsonValue::makeObject();
    SwaggerOutput::set(out.get(), QStringLiteral("openapi"), QStringLiteral("3.0.3"));
    const JsonValue *info = swagger.member(QStringLiteral("info"));
    SwaggerOutput::set(out.get(), QStringLiteral("info"),
                       info ? SwaggerOutput::copy(*info) : JsonValue::makeObject());
    SwaggerOutput::set(out.get(), QStringLiteral("servers"), servers(swagger, report));
    for (const char *key : {"tags", "security", "externalDocs"})
        if (const JsonValue *value = swagger.member(QLatin1String(key)))
            SwaggerOutput::set(out.get(), QLatin1String(key), SwaggerOutput::copy(*value));
    SwaggerOutput::set(out.get(), QStringLiteral("paths"), operations.paths());

    auto components = JsonValue::makeObject();
    const QStringList produces = OpenApi3Operations::mediaTypes(swagger.member(QStringLiteral("produces")),
                                                                {QStringLiteral("application/json")});
    const QStringList consumes = OpenApi3Operations::mediaTypes(swagger.member(QStringLiteral("consumes")),
                                                                {QStringLiteral("application/json")});
    for (int i = 0; i < definitionNames.size(); ++i)
        SwaggerOutput::set(SwaggerOutput::object(components.get(), QStringLiteral("schemas")),
                           definitionNames[i],
                           schemas.convert(*definitions->at(i),
                                           QStringLiteral("/definitions") + token(definitions->keyAt(i))));
    for (int i = 0; i < parameterNames.size(); ++i) {
        const JsonValue &parameter = *parameters->at(i);
        const QString pointer = QStringLiteral("/parameters") + token(parameters->keyAt(i));
        if (operations.bodyLike(parameter))
            SwaggerOutput::set(SwaggerOutput::object(components.get(), QStringLiteral("requestBodies")),
                               parameterNames[i], operations.requestBody({&parameter}, consumes, pointer));
        else
            SwaggerOutput::set(SwaggerOutput::object(components.get(), QStringLiteral("parameters")),
                               parameterNames[i], operations.parameter(parameter, pointer));
    }
    for (int i = 0; i < responseNames.size(); ++i)
        SwaggerOutput::set(SwaggerOutput::object(components.get(), QStringLiteral("responses")),
                           responseNames[i],
                           operations.response(*responses->at(i), produces,
                                               QStringLiteral("/responses") + token(responses->keyAt(i))));
    for (int i = 0; security && security->isObject() && i < security->size(); ++i)
        if (security->at(i)->isObject())
            SwaggerOutput::set(
                SwaggerOutput::object(components.get(), QStringLiteral("securitySchemes")),
                security->keyAt(i),
                securityScheme(*security->at(i),
                               QStringLiteral("/securityDefinitions") + token(security->keyAt(i)), report));
    if (components->size() > 0)
        SwaggerOutput::set(out.get(), QStringLiteral("components"), std::move(components));
    for (int i = 0; i < swagger.size(); ++i)
        if (swagger.keyAt(i).startsWith(QLatin1String("x-")))
            SwaggerOutput::set(out.get(), swagger.keyAt(i),
                               schemas.convert(*swagger.at(i), token(swagger.keyAt(i))));
    return out;
}

ExportResult OpenApi3Exporter::exportDefinition(const JsonValue &swagger, Syntax syntax)
{
    ExportResult result;
    if (!swagger.isObject()
        || SwaggerOutput::text(swagger.member(QStringLiteral("swagger"))) != QLatin1String("2.0")) {
        result.error
            = OpenApi3Exporter::tr("The definition is not a Swagger 2.0 document (no \"swagger\": \"2.0\").");
        return result;
    }
    std::unique_ptr<JsonValue> document = convert(swagger, &result.report);
    result.bytes = syntax == Syntax::Yaml
        ? YamlWriter::write(*document)
        : json::JsonFile::fromValue(std::move(document), QStringLiteral("openapi.json")).toBytes();
    return result;
}
