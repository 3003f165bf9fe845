#include "OpenApiConverter.h"

#include "ConnectionProperties.h"
#include "InputTree.h"
#include "OpenApiOperationConverter.h"
#include "OpenApiSchemaConverter.h"
#include "SwaggerOutput.h"
#include "domain/JsonBuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenApiConverter", text);
}

const QStringList &methods()
{
    static const QStringList list = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"),  QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch"), QStringLiteral("trace")};
    return list;
}

QString textOf(const JsonValue *object, const char *key)
{
    return object ? SwaggerOutput::text(object->member(QLatin1String(key))) : QString();
}

class Conversion
{
    // lupdate files the texts of these members under the class name: look them up there.
    Q_DECLARE_TR_FUNCTIONS(Conversion)

public:
    Conversion(const InputTree &input, ImportedConnector &result)
        : m_input(input),
          m_root(*input.root()),
          m_result(result),
          m_report(result.report),
          m_schemas(input, result.report),
          m_operations(input, result.report, m_schemas)
    { }

    void run();

private:
    void info();
    void servers();
    void components();
    void securitySchemes(const JsonValue &schemes);
    std::unique_ptr<JsonValue> securityScheme(const JsonValue &scheme);
    std::unique_ptr<JsonValue> security(const JsonValue &requirements);
    void paths();
    void pathItem(const QString &path, const JsonValue &item, JsonValue *out);
    std::unique_ptr<JsonValue> operation(const QString &method, const QString &path,
                                         const JsonValue &operation);
    QString operationId(const QString &method, const QString &path, const JsonValue &operation);
    void responses(const JsonValue &given, JsonValue *out, QStringList *produces);
    void copyExtensions(const JsonValue &from, JsonValue *to);
    void declarePathParameters(const QString &path, const JsonValue &inputItem, JsonValue *item);

    const InputTree &m_input;
    const JsonValue &m_root;
    ImportedConnector &m_result;
    ImportReport &m_report;
    OpenApiSchemaConverter m_schemas;
    OpenApiOperationConverter m_operations;
    JsonValue *m_out = nullptr;
    OperationIds m_ids;
    QSet<QString> m_droppedSchemes;
};

void Conversion::copyExtensions(const JsonValue &from, JsonValue *to)
{
    for (int i = 0; from.isObject() && i < from.size(); ++i)
        if (from.keyAt(i).startsWith(QLatin1String("x-")))
            SwaggerOutput::set(to, from.keyAt(i), SwaggerOutput::copy(*from.at(i)));
}

void Conversion::info()
{
    const JsonValue *given = m_root.member(QStringLiteral("info"));
    JsonValue *info = m_out->member(QStringLiteral("info"));
    if (!given || !given->isObject()) {
        m_report.warn(tr("The document has no info object; a title and version were made up."), m_input,
                      &m_root);
        return;
    }
    if (const JsonValue *terms = given->member(QStringLiteral("termsOfService")); terms && terms->isString())
        SwaggerOutput::set(info, QStringLiteral("termsOfService"), terms->toString());
    for (const char *key : {"contact", "license"}) {
        if (const JsonValue *value = given->member(QLatin1String(key)); value && value->isObject())
            SwaggerOutput::set(info, QLatin1String(key), SwaggerOutput::copy(*value));
    }
    if (JsonValue *license = info->member(QStringLiteral("license"));
        license && license->member(QStringLiteral("identifier")))
        license->takeItem(license->indexOf(QStringLiteral("identifier")));
    copyExtensions(*given, info);
}

void Conversion::servers()
{
    const JsonValue *list = m_root.member(QStringLiteral("servers"));
    if (!list || !list->isArray() || list->size() == 0) {
        m_report.warn(tr("The document names no server; the host is left empty (set it before publishing)."),
                      m_input, &m_root);
        return;
    }
    if (list->size() > 1)
        m_report.info(
            tr("%1 servers are listed; Swagger 2.0 has one host, so the first is used.").arg(list->size()),
            m_input, list);
    const JsonValue *server = list->at(0);
    QString url = textOf(server, "url");
    // Server variables take their defaults: "https://{region}.example.com" -> "https://eu.example.com".
    if (const JsonValue *variables = server->member(QStringLiteral("variables"));
        variables && variables->isObject()) {
        for (int i = 0; i < variables->size(); ++i)
            url.replace(QLatin1Char('{') + variables->keyAt(i) + QLatin1Char('}'),
                        textOf(variables->at(i), "default"));
        m_report.info(tr("Server variables were replaced by their default values."), m_input, variables);
    }
    if (url.contains(QLatin1Char('{')))
        m_report.warn(tr("The server URL \"%1\" has undefined variables.").arg(url), m_input, server);
    const QUrl parsed(url);
    QString basePath = parsed.path();
    if (parsed.isRelative() || parsed.host().isEmpty()) {
        basePath = url.section(QLatin1Char('?'), 0, 0);
        m_report.warn(tr("The server URL \"%1\" has no host; the host is left empty.").arg(url), m_input,
                      server);
    } else {
        QString host = parsed.host();
        if (parsed.port() > 0)
            host += QLatin1Char(':') + QString::number(parsed.port());
        SwaggerOutput::set(m_out, QStringLiteral("host"), host);
    }
    while (basePath.size() > 1 && basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!basePath.startsWith(QLatin1Char('/')))
        basePath.prepend(QLatin1Char('/'));
    SwaggerOutput::set(m_out, QStringLiteral("basePath"), basePath);
    const QString scheme = parsed.scheme().toLower();
    auto schemes = JsonValue::makeArray();
    SwaggerOutput::append(
        schemes.get(),
        JsonValue::makeString(scheme == QLatin1String("http") ? scheme : QStringLiteral("https")));
    SwaggerOutput::set(m_out, QStringLiteral("schemes"), std::move(schemes));
}

std::unique_ptr<JsonValue> Conversion::securityScheme(const JsonValue &scheme)
{
    const QString type = textOf(&scheme, "type");
    JsonBuilder out;
    if (type == QLatin1String("http")
        && textOf(&scheme, "scheme").compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0) {
        out.add(QStringLiteral("type"), QStringLiteral("basic"));
    } else if (type == QLatin1String("http")
               && textOf(&scheme, "scheme").compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0) {
        out.add(QStringLiteral("type"), QStringLiteral("apiKey"));
        out.add(QStringLiteral("in"), QStringLiteral("header"));
        out.add(QStringLiteral("name"), QStringLiteral("Authorization"));
        out.add(QStringLiteral("description"), tr("Bearer token: enter \"Bearer \" followed by the token"));
        m_report.info(tr("HTTP bearer authentication written as an API key in the Authorization header."),
                      m_input, &scheme);
        return out.take();
    } else if (type == QLatin1String("apiKey") && textOf(&scheme, "in") != QLatin1String("cookie")) {
        out.add(QStringLiteral("type"), QStringLiteral("apiKey"));
        out.add(QStringLiteral("in"), textOf(&scheme, "in"));
        out.add(QStringLiteral("name"), textOf(&scheme, "name"));
    } else if (type == QLatin1String("oauth2") && scheme.member(QStringLiteral("flows"))) {
        const JsonValue *flows = scheme.member(QStringLiteral("flows"));
        static const QList<QPair<QString, QString>> names
            = {{QStringLiteral("authorizationCode"), QStringLiteral("accessCode")},
               {QStringLiteral("implicit"), QStringLiteral("implicit")},
               {QStringLiteral("password"), QStringLiteral("password")},
               {QStringLiteral("clientCredentials"), QStringLiteral("application")}};
        for (const auto &name : names) {
            const JsonValue *flow = flows->member(name.first);
            if (!flow || !flow->isObject())
                continue;
            if (flows->size() > 1)
                m_report.info(
                    tr("Swagger 2.0 has one OAuth 2.0 flow per scheme; the %1 flow is used.").arg(name.first),
                    m_input, flows);
            out.add(QStringLiteral("type"), QStringLiteral("oauth2"));
            out.add(QStringLiteral("flow"), name.second);
            if (name.second == QLatin1String("accessCode") || name.second == QLatin1String("implicit"))
                out.add(QStringLiteral("authorizationUrl"), textOf(flow, "authorizationUrl"));
            if (name.second != QLatin1String("implicit"))
                out.add(QStringLiteral("tokenUrl"), textOf(flow, "tokenUrl"));
            const JsonValue *scopes = flow->member(QStringLiteral("scopes"));
            out.add(QStringLiteral("scopes"),
                    scopes && scopes->isObject() ? SwaggerOutput::copy(*scopes) : JsonValue::makeObject());
            if (!textOf(flow, "refreshUrl").isEmpty())
                out.add(QStringLiteral("x-refreshUrl"), textOf(flow, "refreshUrl"));
            break;
        }
        auto built = out.take();
        return built->size() > 0 ? std::move(built) : nullptr;
    } else {
        m_report.warn(
            tr("The security scheme (type \"%1\") has no Swagger 2.0 equivalent; dropped.").arg(type),
            m_input, &scheme);
        return nullptr;
    }
    if (!textOf(&scheme, "description").isEmpty())
        out.add(QStringLiteral("description"), textOf(&scheme, "description"));
    return out.take();
}

void Conversion::securitySchemes(const JsonValue &schemes)
{
    auto out = JsonValue::makeObject();
    for (int i = 0; schemes.isObject() && i < schemes.size(); ++i) {
        const JsonValue *scheme = m_schemas.target(schemes.at(i));
        auto converted = scheme ? securityScheme(*scheme) : nullptr;
        if (converted)
            SwaggerOutput::set(out.get(), schemes.keyAt(i), std::move(converted));
        else
            m_droppedSchemes.insert(schemes.keyAt(i));
    }
    if (out->size() > 0)
        SwaggerOutput::set(m_out, QStringLiteral("securityDefinitions"), std::move(out));
}

std::unique_ptr<JsonValue> Conversion::security(const JsonValue &requirements)
{
    const JsonValue *definitions = m_out->member(QStringLiteral("securityDefinitions"));
    auto out = JsonValue::makeArray();
    for (int i = 0; requirements.isArray() && i < requirements.size(); ++i) {
        const JsonValue *requirement = requirements.at(i);
        auto kept = JsonValue::makeObject();
        bool dropped = false;
        for (int j = 0; requirement->isObject() && j < requirement->size(); ++j) {
            const QString name = requirement->keyAt(j);
            const JsonValue *definition = definitions ? definitions->member(name) : nullptr;
            if (!definition) {
                dropped = true;
                continue;
            }
            const bool oauth = textOf(definition, "type") == QLatin1String("oauth2");
            SwaggerOutput::set(kept.get(), name,
                               oauth ? SwaggerOutput::copy(*requirement->at(j)) : JsonValue::makeArray());
        }
        if (dropped && kept->size() == 0)
            continue; // the alternative needs a scheme that was dropped
        SwaggerOutput::append(out.get(), std::move(kept));
    }
    return out;
}

void Conversion::components()
{
    const JsonValue *components = m_root.member(QStringLiteral("components"));
    if (!components || !components->isObject())
        return;
    if (const JsonValue *schemas = components->member(QStringLiteral("schemas"));
        schemas && schemas->isObject()) {
        auto out = JsonValue::makeObject();
        for (int i = 0; i < schemas->size(); ++i)
            out->insertItem(out->size(), m_schemas.convert(*schemas->at(i)), schemas->keyAt(i));
        SwaggerOutput::set(m_out, QStringLiteral("definitions"), std::move(out));
    }
    if (const JsonValue *parameters = components->member(QStringLiteral("parameters"));
        parameters && parameters->isObject()) {
        auto out = JsonValue::makeObject();
        for (int i = 0; i < parameters->size(); ++i)
            if (auto converted = m_operations.parameter(*parameters->at(i)))
                out->insertItem(out->size(), std::move(converted), parameters->keyAt(i));
        if (out->size() > 0)
            SwaggerOutput::set(m_out, QStringLiteral("parameters"), std::move(out));
    }
    if (const JsonValue *responses = components->member(QStringLiteral("responses"));
        responses && responses->isObject()) {
        auto out = JsonValue::makeObject();
        QStringList ignored;
        for (int i = 0; i < responses->size(); ++i)
            out->insertItem(out->size(), m_operations.response(*responses->at(i), &ignored),
                            responses->keyAt(i));
        SwaggerOutput::set(m_out, QStringLiteral("responses"), std::move(out));
    }
    if (const JsonValue *schemes = components->member(QStringLiteral("securitySchemes")))
        securitySchemes(*schemes);
    for (const char *kind : {"callbacks", "links", "examples", "headers", "requestBodies", "pathItems"}) {
        if (const JsonValue *value = components->member(QLatin1String(kind)); value && value->size() > 0)
            m_report.info(
                tr("components/%1 has no Swagger 2.0 section; used inline where referenced, else dropped.")
                    .arg(QLatin1String(kind)),
                m_input, value);
    }
}

QString Conversion::operationId(const QString &method, const QString &path, const JsonValue &operation)
{
    const JsonValue *given = operation.member(QStringLiteral("operationId"));
    const QString id = SwaggerOutput::text(given);
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!id.isEmpty() && valid.match(id).hasMatch() && !m_ids.contains(id)) {
        m_ids.reserve(id);
        return id;
    }
    const QString made = m_ids.take(id, method + QLatin1Char(' ') + path);
    if (id.isEmpty())
        m_report.info(tr("No operationId: \"%1\" was made from the method and path.").arg(made), m_input,
                      &operation);
    else
        m_report.warn(
            tr("The operationId \"%1\" is %2; written as \"%3\".")
                .arg(id, valid.match(id).hasMatch() ? tr("used twice") : tr("not a valid identifier"), made),
            m_input, given);
    return made;
}

void Conversion::responses(const JsonValue &given, JsonValue *out, QStringList *produces)
{
    static const QRegularExpression code(QStringLiteral("^([1-5][0-9][0-9]|default)$"));
    static const QRegularExpression range(QStringLiteral("^([1-5])XX$"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; given.isObject() && i < given.size(); ++i) {
        QString key = given.keyAt(i);
        if (key.startsWith(QLatin1String("x-")))
            continue;
        if (const auto match = range.match(key); match.hasMatch()) {
            const QString exact = match.captured(1) + QStringLiteral("00");
            m_report.info(tr("The response range %1 is written as %2.").arg(key, exact), m_input,
                          given.at(i));
            key = exact;
        }
        if (!code.match(key).hasMatch() || out->member(key)) {
            m_report.warn(tr("The response \"%1\" cannot be written in Swagger 2.0; dropped.").arg(key),
                          m_input, given.at(i));
            continue;
        }
        out->insertItem(out->size(), m_operations.response(*given.at(i), produces), key);
    }
    if (out->size() == 0) {
        JsonBuilder fallback;
        fallback.add(QStringLiteral("description"), tr("Success"));
        out->insertItem(0, fallback.take(), QStringLiteral("default"));
    }
}

std::unique_ptr<JsonValue> Conversion::operation(const QString &method, const QString &path,
                                                 const JsonValue &given)
{
    auto out = JsonValue::makeObject();
    if (const JsonValue *tags = given.member(QStringLiteral("tags")); tags && tags->isArray())
        SwaggerOutput::set(out.get(), QStringLiteral("tags"), SwaggerOutput::copy(*tags));
    for (const char *key : {"summary", "description"})
        if (const JsonValue *value = given.member(QLatin1String(key)); value && value->isString())
            SwaggerOutput::set(out.get(), QLatin1String(key), value->toString());
    SwaggerOutput::set(out.get(), QStringLiteral("operationId"), operationId(method, path, given));
    if (const JsonValue *docs = given.member(QStringLiteral("externalDocs")); docs && docs->isObject())
        SwaggerOutput::set(out.get(), QStringLiteral("externalDocs"), SwaggerOutput::copy(*docs));
    auto parameters = JsonValue::makeArray();
    const JsonValue *own = given.member(QStringLiteral("parameters"));
    for (int i = 0; own && own->isArray() && i < own->size(); ++i)
        if (auto converted = m_operations.parameter(*own->at(i)))
            SwaggerOutput::append(parameters.get(), std::move(converted));
    QStringList consumes, produces;
    if (const JsonValue *body = given.member(QStringLiteral("requestBody"))) {
        if (method == QLatin1String("get") || method == QLatin1String("head"))
            m_report.warn(tr("A %1 request cannot have a body in a connector; the request body is dropped.")
                              .arg(method.toUpper()),
                          m_input, body);
        else
            m_operations.requestBody(*body, parameters.get(), &consumes);
    }
    auto responsesOut = JsonValue::makeObject();
    if (const JsonValue *given_ = given.member(QStringLiteral("responses")))
        responses(*given_, responsesOut.get(), &produces);
    else
        responses(*JsonValue::makeObject(), responsesOut.get(), &produces);
    consumes.removeDuplicates();
    produces.removeDuplicates();
    if (!consumes.isEmpty())
        SwaggerOutput::set(out.get(), QStringLiteral("consumes"), JsonBuilder::stringArray(consumes));
    if (!produces.isEmpty())
        SwaggerOutput::set(out.get(), QStringLiteral("produces"), JsonBuilder::stringArray(produces));
    if (parameters->size() > 0)
        SwaggerOutput::set(out.get(), QStringLiteral("parameters"), std::move(parameters));
    SwaggerOutput::set(out.get(), QStringLiteral("responses"), std::move(responsesOut));
    if (const JsonValue *deprecated = given.member(QStringLiteral("deprecated"));
        deprecated && deprecated->isBool())
        SwaggerOutput::set(out.get(), QStringLiteral("deprecated"), SwaggerOutput::copy(*deprecated));
    if (const JsonValue *requirements = given.member(QStringLiteral("security")))
        SwaggerOutput::set(out.get(), QStringLiteral("security"), security(*requirements));
    for (const char *key : {"callbacks", "servers"})
        if (const JsonValue *value = given.member(QLatin1String(key)))
            m_report.warn(tr("Operation %1 have no Swagger 2.0 equivalent; dropped.").arg(QLatin1String(key)),
                          m_input, value);
    copyExtensions(given, out.get());
    return out;
}

void Conversion::pathItem(const QString &path, const JsonValue &given, JsonValue *out)
{
    const JsonValue *item = m_schemas.target(&given); // 3.1 path items may be $refs
    if (!item) {
        m_report.warn(tr("The path item's reference cannot be resolved; the path is dropped."), m_input,
                      &given);
        return;
    }
    const JsonValue *shared = item->member(QStringLiteral("parameters"));
    if (shared && shared->isArray()) {
        auto parameters = JsonValue::makeArray();
        for (int i = 0; i < shared->size(); ++i)
            if (auto converted = m_operations.parameter(*shared->at(i)))
                SwaggerOutput::append(parameters.get(), std::move(converted));
        if (parameters->size() > 0)
            SwaggerOutput::set(out, QStringLiteral("parameters"), std::move(parameters));
    }
    for (int i = 0; i < item->size(); ++i) {
        const QString method = item->keyAt(i);
        if (!methods().contains(method) || !item->at(i)->isObject())
            continue;
        m_result.inputOperations++;
        if (method == QLatin1String("trace")) {
            m_result.merged++;
            m_report.warn(tr("TRACE operations cannot be written in Swagger 2.0; dropped."), m_input,
                          item->at(i));
            continue;
        }
        out->insertItem(out->size(), operation(method, path, *item->at(i)), method);
    }
    if (item->member(QStringLiteral("servers")))
        m_report.warn(tr("Path-level servers have no Swagger 2.0 equivalent; dropped."), m_input,
                      item->member(QStringLiteral("servers")));
    copyExtensions(*item, out);
}

// OpenAPI requires every {template} of a path to be declared; documents forget some. A missing
// one is added as a required string (Swagger 2.0 tools reject the operation otherwise).
void Conversion::declarePathParameters(const QString &path, const JsonValue &inputItem, JsonValue *item)
{
    static const QRegularExpression templateName(QStringLiteral("\\{([^{}]+)\\}"));
    const JsonValue *components = m_out->member(QStringLiteral("parameters"));
    const auto declared = [&](const JsonValue *list, QSet<QString> *names) {
        for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
            const JsonValue *parameter = list->at(i);
            if (const JsonValue *ref = parameter->member(QStringLiteral("$ref")); ref && components)
                parameter = components->member(SwaggerOutput::text(ref).section(QLatin1Char('/'), -1));
            if (parameter && textOf(parameter, "in") == QLatin1String("path"))
                names->insert(textOf(parameter, "name"));
        }
    };
    QSet<QString> shared;
    declared(item->member(QStringLiteral("parameters")), &shared);
    for (int i = 0; i < item->size(); ++i) {
        JsonValue *operation = item->at(i);
        if (!methods().contains(item->keyAt(i)) || !operation->isObject())
            continue;
        QSet<QString> names = shared;
        declared(operation->member(QStringLiteral("parameters")), &names);
        for (auto it = templateName.globalMatch(path); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (names.contains(name))
                continue;
            names.insert(name);
            JsonBuilder parameter;
            parameter.add(QStringLiteral("name"), name);
            parameter.add(QStringLiteral("in"), QStringLiteral("path"));
            parameter.add(QStringLiteral("required"), true);
            parameter.add(QStringLiteral("type"), QStringLiteral("string"));
            if (!operation->member(QStringLiteral("parameters")))
                operation->insertItem(operation->indexOf(QStringLiteral("responses")), JsonValue::makeArray(),
                                      QStringLiteral("parameters"));
            SwaggerOutput::append(operation->member(QStringLiteral("parameters")), parameter.take());
            m_report.warn(
                tr("The path parameter \"%1\" is not declared; added as a required string.").arg(name),
                m_input, inputItem.member(item->keyAt(i)));
        }
    }
}

void Conversion::paths()
{
    const JsonValue *paths = m_root.member(QStringLiteral("paths"));
    auto out = JsonValue::makeObject();
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i) {
        const QString path = paths->keyAt(i);
        if (path.startsWith(QLatin1String("x-")))
            continue;
        if (!path.startsWith(QLatin1Char('/'))) {
            m_report.warn(tr("The path \"%1\" does not start with '/'; dropped.").arg(path), m_input,
                          paths->at(i));
            continue;
        }
        auto item = JsonValue::makeObject();
        if (paths->at(i)->isObject()) {
            pathItem(path, *paths->at(i), item.get());
            declarePathParameters(path, *paths->at(i), item.get());
        }
        out->insertItem(out->size(), std::move(item), path);
    }
    SwaggerOutput::set(m_out, QStringLiteral("paths"), std::move(out));
    if (const JsonValue *hooks = m_root.member(QStringLiteral("webhooks")))
        m_report.warn(tr("Webhooks have no Swagger 2.0 equivalent; dropped."), m_input, hooks);
}

void Conversion::run()
{
    const JsonValue *info = m_root.member(QStringLiteral("info"));
    m_result.definition = SwaggerOutput::skeleton(textOf(info, "title"), textOf(info, "description"),
                                                  textOf(info, "version"));
    m_out = m_result.definition.get();
    this->info();
    servers();
    components(); // before the paths: security requirements need the converted schemes
    paths();
    if (const JsonValue *requirements = m_root.member(QStringLiteral("security")))
        SwaggerOutput::set(m_out, QStringLiteral("security"), security(*requirements));
    if (const JsonValue *tags = m_root.member(QStringLiteral("tags")); tags && tags->isArray())
        SwaggerOutput::set(m_out, QStringLiteral("tags"), SwaggerOutput::copy(*tags));
    if (const JsonValue *docs = m_root.member(QStringLiteral("externalDocs")); docs && docs->isObject())
        SwaggerOutput::set(m_out, QStringLiteral("externalDocs"), SwaggerOutput::copy(*docs));
    copyExtensions(m_root, m_out);
    OpenApiSchemaConverter::rewriteRemainingRefs(m_out);
    SwaggerOutput::orderTopLevel(m_out);
}

} // namespace

ImportedConnector OpenApiConverter::convert(const InputTree &input)
{
    ImportedConnector result;
    result.format = QStringLiteral("openapi");
    result.formatVersion = SwaggerOutput::text(input.root()->member(QStringLiteral("openapi")));
    Conversion(input, result).run();
    QStringList skipped;
    result.properties = ConnectionProperties::fromDefinition(*result.definition, &skipped);
    for (const QString &name : skipped)
        result.report.add(
            ImportReport::Severity::Info,
            tr("The connection uses the first security scheme; \"%1\" is kept in the definition only.")
                .arg(name),
            QStringLiteral("/components/securitySchemes/") + name);
    return result;
}
