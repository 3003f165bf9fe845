#include "OpenApi3Operations.h"

#include "OpenApi3Schema.h"
#include "import/ImportReport.h"
#include "import/SwaggerOutput.h"

#include <QCoreApplication>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenApi3Operations", text);
}

QString token(const QString &key)
{
    QString out = key;
    out.replace(QLatin1Char('~'), QLatin1String("~0"));
    out.replace(QLatin1Char('/'), QLatin1String("~1"));
    return QLatin1Char('/') + out;
}

bool isMethod(const QString &key)
{
    static const QStringList methods = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};
    return methods.contains(key);
}

bool isExtension(const QString &key)
{
    return key.startsWith(QLatin1String("x-"));
}

// The keywords a non-body parameter shares with a schema.
const QStringList &schemaKeywords()
{
    static const QStringList keys = {
        QStringLiteral("type"),      QStringLiteral("format"),           QStringLiteral("items"),
        QStringLiteral("default"),   QStringLiteral("maximum"),          QStringLiteral("exclusiveMaximum"),
        QStringLiteral("minimum"),   QStringLiteral("exclusiveMinimum"), QStringLiteral("maxLength"),
        QStringLiteral("minLength"), QStringLiteral("pattern"),          QStringLiteral("maxItems"),
        QStringLiteral("minItems"),  QStringLiteral("uniqueItems"),      QStringLiteral("enum"),
        QStringLiteral("multipleOf")};
    return keys;
}

} // namespace

OpenApi3Operations::OpenApi3Operations(const JsonValue &swagger, const OpenApi3Schema &schemas,
                                       ImportReport *report)
    : m_swagger(swagger), m_schemas(schemas), m_report(report)
{
    m_consumes = mediaTypes(swagger.member(QStringLiteral("consumes")), {QStringLiteral("application/json")});
    m_produces = mediaTypes(swagger.member(QStringLiteral("produces")), {QStringLiteral("application/json")});
}

QStringList OpenApi3Operations::mediaTypes(const JsonValue *list, const QStringList &fallback)
{
    QStringList out;
    for (int i = 0; list && list->isArray() && i < list->size(); ++i)
        if (list->at(i)->isString() && !list->at(i)->toString().trimmed().isEmpty())
            out << list->at(i)->toString().trimmed();
    return out.isEmpty() ? fallback : out;
}

std::unique_ptr<JsonValue> OpenApi3Operations::paths() const
{
    auto out = JsonValue::makeObject();
    const JsonValue *paths = m_swagger.member(QStringLiteral("paths"));
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i) {
        if (!paths->at(i)->isObject())
            continue;
        SwaggerOutput::set(out.get(), paths->keyAt(i),
                           pathItem(*paths->at(i), QStringLiteral("/paths") + token(paths->keyAt(i))));
    }
    return out;
}

const JsonValue *OpenApi3Operations::bodyLike(const JsonValue &parameter) const
{
    const JsonValue *resolved = &parameter;
    const JsonValue *ref = parameter.member(QStringLiteral("$ref"));
    if (ref && ref->isString() && ref->toString().startsWith(QLatin1String("#/parameters/"))) {
        const JsonValue *section = m_swagger.member(QStringLiteral("parameters"));
        const QString name = ref->toString()
                                 .mid(13)
                                 .replace(QLatin1String("~1"), QLatin1String("/"))
                                 .replace(QLatin1String("~0"), QLatin1String("~"));
        resolved = section ? section->member(name) : nullptr;
    }
    if (!resolved || !resolved->isObject())
        return nullptr;
    const QString in = SwaggerOutput::text(resolved->member(QStringLiteral("in")));
    return in == QLatin1String("body") || in == QLatin1String("formData") ? resolved : nullptr;
}

std::unique_ptr<JsonValue> OpenApi3Operations::pathItem(const JsonValue &item, const QString &pointer) const
{
    auto out = JsonValue::makeObject();
    QList<const JsonValue *> pathBody;
    const JsonValue *common = item.member(QStringLiteral("parameters"));
    if (common && common->isArray()) {
        auto parameters = JsonValue::makeArray();
        for (int i = 0; i < common->size(); ++i) {
            if (const JsonValue *body = bodyLike(*common->at(i)))
                pathBody << body;
            else
                SwaggerOutput::append(
                    parameters.get(),
                    parameter(*common->at(i), pointer + QStringLiteral("/parameters/") + QString::number(i)));
        }
        if (parameters->size() > 0)
            SwaggerOutput::set(out.get(), QStringLiteral("parameters"), std::move(parameters));
    }
    for (int i = 0; i < item.size(); ++i) {
        const QString key = item.keyAt(i);
        if (isMethod(key) && item.at(i)->isObject())
            SwaggerOutput::set(out.get(), key, operation(*item.at(i), pathBody, pointer + token(key)));
        else if (isExtension(key))
            SwaggerOutput::set(out.get(), key, m_schemas.convert(*item.at(i), pointer + token(key)));
        else if (key == QLatin1String("$ref") && m_report)
            m_report->add(ImportReport::Severity::Warning, tr("A path item reference is not exported."),
                          pointer + token(key));
    }
    return out;
}

std::unique_ptr<JsonValue> OpenApi3Operations::operation(const JsonValue &op,
                                                         const QList<const JsonValue *> &pathBody,
                                                         const QString &pointer) const
{
    auto out = JsonValue::makeObject();
    const QStringList consumes = mediaTypes(op.member(QStringLiteral("consumes")), m_consumes);
    const QStringList produces = mediaTypes(op.member(QStringLiteral("produces")), m_produces);
    QList<const JsonValue *> body;
    auto parameters = JsonValue::makeArray();
    const JsonValue *list = op.member(QStringLiteral("parameters"));
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        if (const JsonValue *b = bodyLike(*list->at(i)))
            body << b;
        else
            SwaggerOutput::append(
                parameters.get(),
                parameter(*list->at(i), pointer + QStringLiteral("/parameters/") + QString::number(i)));
    }
    if (body.isEmpty())
        body = pathBody;
    static const QStringList copied
        = {QStringLiteral("tags"),         QStringLiteral("summary"),     QStringLiteral("description"),
           QStringLiteral("externalDocs"), QStringLiteral("operationId"), QStringLiteral("deprecated"),
           QStringLiteral("security")};
    for (const QString &key : copied)
        if (const JsonValue *value = op.member(key))
            SwaggerOutput::set(out.get(), key, SwaggerOutput::copy(*value));
    if (parameters->size() > 0)
        SwaggerOutput::set(out.get(), QStringLiteral("parameters"), std::move(parameters));
    if (!body.isEmpty())
        SwaggerOutput::set(out.get(), QStringLiteral("requestBody"), requestBody(body, consumes, pointer));
    const JsonValue *responses = op.member(QStringLiteral("responses"));
    if (responses && responses->isObject() && responses->size() > 0) {
        SwaggerOutput::set(out.get(), QStringLiteral("responses"),
                           this->responses(*responses, produces, pointer + QStringLiteral("/responses")));
    } else {
        auto fallback = JsonValue::makeObject();
        auto ok = JsonValue::makeObject();
        SwaggerOutput::set(ok.get(), QStringLiteral("description"), tr("Success"));
        SwaggerOutput::set(fallback.get(), QStringLiteral("default"), std::move(ok));
        SwaggerOutput::set(out.get(), QStringLiteral("responses"), std::move(fallback));
        if (m_report)
            m_report->add(
                ImportReport::Severity::Info,
                tr("The operation has no responses; OpenAPI 3 requires one, a default response was added."),
                pointer);
    }
    if (op.member(QStringLiteral("schemes")) && m_report)
        m_report->add(ImportReport::Severity::Info,
                      tr("Per-operation schemes have no OpenAPI 3 equivalent; the document's servers apply."),
                      pointer + QStringLiteral("/schemes"));
    for (int i = 0; i < op.size(); ++i)
        if (isExtension(op.keyAt(i)))
            SwaggerOutput::set(out.get(), op.keyAt(i),
                               m_schemas.convert(*op.at(i), pointer + token(op.keyAt(i))));
    return out;
}

std::unique_ptr<JsonValue> OpenApi3Operations::simpleSchema(const JsonValue &parameter,
                                                            const QString &pointer) const
{
    auto schema = JsonValue::makeObject();
    for (const QString &key : schemaKeywords()) {
        const JsonValue *value = parameter.member(key);
        if (!value)
            continue;
        if (key == QLatin1String("items") && value->isObject())
            SwaggerOutput::set(schema.get(), key, simpleSchema(*value, pointer + QStringLiteral("/items")));
        else
            SwaggerOutput::set(schema.get(), key, SwaggerOutput::copy(*value));
    }
    if (const JsonValue *ref = parameter.member(QStringLiteral("$ref")))
        SwaggerOutput::set(schema.get(), QStringLiteral("$ref"),
                           m_schemas.rewriteRef(SwaggerOutput::text(ref)));
    if (SwaggerOutput::text(schema->member(QStringLiteral("type"))) == QLatin1String("file")) {
        SwaggerOutput::set(schema.get(), QStringLiteral("type"), QStringLiteral("string"));
        SwaggerOutput::set(schema.get(), QStringLiteral("format"), QStringLiteral("binary"));
    }
    if (SwaggerOutput::text(parameter.member(QStringLiteral("collectionFormat"))) == QLatin1String("tsv")
        && m_report)
        m_report->add(ImportReport::Severity::Warning,
                      tr("collectionFormat tsv has no OpenAPI 3 style; exported as comma-separated."),
                      pointer + QStringLiteral("/collectionFormat"));
    return schema;
}

std::unique_ptr<JsonValue> OpenApi3Operations::parameter(const JsonValue &p, const QString &pointer) const
{
    if (const JsonValue *ref = p.member(QStringLiteral("$ref"))) {
        auto out = JsonValue::makeObject();
        SwaggerOutput::set(out.get(), QStringLiteral("$ref"), m_schemas.rewriteRef(SwaggerOutput::text(ref)));
        return out;
    }
    auto out = JsonValue::makeObject();
    const QString in = SwaggerOutput::text(p.member(QStringLiteral("in")));
    for (const char *key : {"name", "in", "description"})
        if (const JsonValue *value = p.member(QLatin1String(key)))
            SwaggerOutput::set(out.get(), QLatin1String(key), SwaggerOutput::copy(*value));
    if (in == QLatin1String("path"))
        SwaggerOutput::set(out.get(), QStringLiteral("required"), JsonValue::makeBool(true));
    else if (const JsonValue *required = p.member(QStringLiteral("required")))
        SwaggerOutput::set(out.get(), QStringLiteral("required"), SwaggerOutput::copy(*required));
    if (in == QLatin1String("query") && p.member(QStringLiteral("allowEmptyValue")))
        SwaggerOutput::set(out.get(), QStringLiteral("allowEmptyValue"),
                           SwaggerOutput::copy(*p.member(QStringLiteral("allowEmptyValue"))));
    const QString format = SwaggerOutput::text(p.member(QStringLiteral("collectionFormat")));
    if (SwaggerOutput::text(p.member(QStringLiteral("type"))) == QLatin1String("array")) {
        const bool query = in == QLatin1String("query");
        QString style = query ? QStringLiteral("form") : QStringLiteral("simple");
        if (format == QLatin1String("ssv") && query)
            style = QStringLiteral("spaceDelimited");
        else if (format == QLatin1String("pipes") && query)
            style = QStringLiteral("pipeDelimited");
        SwaggerOutput::set(out.get(), QStringLiteral("style"), style);
        SwaggerOutput::set(out.get(), QStringLiteral("explode"),
                           JsonValue::makeBool(format == QLatin1String("multi")));
    }
    SwaggerOutput::set(out.get(), QStringLiteral("schema"), simpleSchema(p, pointer));
    if (const JsonValue *example = p.member(QStringLiteral("x-example")))
        SwaggerOutput::set(out.get(), QStringLiteral("example"), SwaggerOutput::copy(*example));
    for (int i = 0; i < p.size(); ++i)
        if (isExtension(p.keyAt(i)) && p.keyAt(i) != QLatin1String("x-example"))
            SwaggerOutput::set(out.get(), p.keyAt(i),
                               m_schemas.convert(*p.at(i), pointer + token(p.keyAt(i))));
    return out;
}

std::unique_ptr<JsonValue> OpenApi3Operations::requestBody(const QList<const JsonValue *> &parameters,
                                                           const QStringList &consumes,
                                                           const QString &pointer) const
{
    auto out = JsonValue::makeObject();
    std::unique_ptr<JsonValue> schema;
    QStringList types = consumes;
    bool required = false;
    const JsonValue *body = nullptr;
    for (const JsonValue *p : parameters)
        if (SwaggerOutput::text(p->member(QStringLiteral("in"))) == QLatin1String("body"))
            body = p;
    if (body) {
        if (const JsonValue *description = body->member(QStringLiteral("description")))
            SwaggerOutput::set(out.get(), QStringLiteral("description"), SwaggerOutput::copy(*description));
        const JsonValue *source = body->member(QStringLiteral("schema"));
        schema = source ? m_schemas.convert(*source, pointer + QStringLiteral("/schema"))
                        : JsonValue::makeObject();
        required
            = body->member(QStringLiteral("required")) && body->member(QStringLiteral("required"))->toBool();
        types.removeIf([](const QString &type) {
            return type.startsWith(QLatin1String("multipart/"))
                || type == QLatin1String("application/x-www-form-urlencoded");
        });
        if (types.isEmpty())
            types << QStringLiteral("application/json");
    } else {
        schema = JsonValue::makeObject();
        SwaggerOutput::set(schema.get(), QStringLiteral("type"), QStringLiteral("object"));
        auto properties = JsonValue::makeObject();
        QStringList requiredNames;
        bool file = false;
        for (const JsonValue *p : parameters) {
            const QString name = SwaggerOutput::text(p->member(QStringLiteral("name")));
            auto property = simpleSchema(*p, pointer);
            if (const JsonValue *description = p->member(QStringLiteral("description")))
                SwaggerOutput::set(property.get(), QStringLiteral("description"),
                                   SwaggerOutput::copy(*description));
            for (int i = 0; i < p->size(); ++i)
                if (isExtension(p->keyAt(i)))
                    SwaggerOutput::set(property.get(), p->keyAt(i), m_schemas.convert(*p->at(i), pointer));
            file = file || SwaggerOutput::text(p->member(QStringLiteral("type"))) == QLatin1String("file");
            if (p->member(QStringLiteral("required")) && p->member(QStringLiteral("required"))->toBool())
                requiredNames << name;
            SwaggerOutput::set(properties.get(), name, std::move(property));
        }
        SwaggerOutput::set(schema.get(), QStringLiteral("properties"), std::move(properties));
        if (!requiredNames.isEmpty())
            SwaggerOutput::set(schema.get(), QStringLiteral("required"), JsonValue::makeArray());
        for (const QString &name : requiredNames)
            SwaggerOutput::append(schema->member(QStringLiteral("required")), JsonValue::makeString(name));
        required = !requiredNames.isEmpty();
        const bool multipart = file || consumes.contains(QStringLiteral("multipart/form-data"));
        types = {multipart ? QStringLiteral("multipart/form-data")
                           : QStringLiteral("application/x-www-form-urlencoded")};
    }
    auto content = JsonValue::makeObject();
    for (const QString &type : types) {
        auto media = JsonValue::makeObject();
        SwaggerOutput::set(media.get(), QStringLiteral("schema"), schema->clone());
        SwaggerOutput::set(content.get(), type, std::move(media));
    }
    SwaggerOutput::set(out.get(), QStringLiteral("content"), std::move(content));
    if (required)
        SwaggerOutput::set(out.get(), QStringLiteral("required"), JsonValue::makeBool(true));
    if (body) {
        // The body parameter's name has no place in OpenAPI 3; x-bodyName is the convention
        // generators read.
        SwaggerOutput::set(out.get(), QStringLiteral("x-bodyName"),
                           SwaggerOutput::text(body->member(QStringLiteral("name"))));
        for (int i = 0; i < body->size(); ++i)
            if (isExtension(body->keyAt(i)))
                SwaggerOutput::set(out.get(), body->keyAt(i), m_schemas.convert(*body->at(i), pointer));
    }
    return out;
}

std::unique_ptr<JsonValue> OpenApi3Operations::responses(const JsonValue &responses,
                                                         const QStringList &produces,
                                                         const QString &pointer) const
{
    auto out = JsonValue::makeObject();
    for (int i = 0; i < responses.size(); ++i) {
        const QString key = responses.keyAt(i);
        if (isExtension(key))
            SwaggerOutput::set(out.get(), key, m_schemas.convert(*responses.at(i), pointer + token(key)));
        else if (responses.at(i)->isObject())
            SwaggerOutput::set(out.get(), key, response(*responses.at(i), produces, pointer + token(key)));
    }
    return out;
}

std::unique_ptr<JsonValue> OpenApi3Operations::response(const JsonValue &r, const QStringList &produces,
                                                        const QString &pointer) const
{
    auto out = JsonValue::makeObject();
    if (const JsonValue *ref = r.member(QStringLiteral("$ref"))) {
        SwaggerOutput::set(out.get(), QStringLiteral("$ref"), m_schemas.rewriteRef(SwaggerOutput::text(ref)));
        return out;
    }
    SwaggerOutput::set(out.get(), QStringLiteral("description"),
                       SwaggerOutput::text(r.member(QStringLiteral("description"))));
    const JsonValue *headers = r.member(QStringLiteral("headers"));
    if (headers && headers->isObject() && headers->size() > 0) {
        auto converted = JsonValue::makeObject();
        for (int i = 0; i < headers->size(); ++i) {
            auto header = JsonValue::makeObject();
            const JsonValue &source = *headers->at(i);
            if (const JsonValue *description = source.member(QStringLiteral("description")))
                SwaggerOutput::set(header.get(), QStringLiteral("description"),
                                   SwaggerOutput::copy(*description));
            SwaggerOutput::set(
                header.get(), QStringLiteral("schema"),
                simpleSchema(source, pointer + QStringLiteral("/headers") + token(headers->keyAt(i))));
            SwaggerOutput::set(converted.get(), headers->keyAt(i), std::move(header));
        }
        SwaggerOutput::set(out.get(), QStringLiteral("headers"), std::move(converted));
    }
    const JsonValue *schema = r.member(QStringLiteral("schema"));
    const JsonValue *examples = r.member(QStringLiteral("examples"));
    if (schema || (examples && examples->isObject() && examples->size() > 0)) {
        QStringList types = produces;
        for (int i = 0; examples && examples->isObject() && i < examples->size(); ++i)
            if (!types.contains(examples->keyAt(i)))
                types << examples->keyAt(i);
        auto content = JsonValue::makeObject();
        for (const QString &type : types) {
            auto media = JsonValue::makeObject();
            if (schema)
                SwaggerOutput::set(media.get(), QStringLiteral("schema"),
                                   m_schemas.convert(*schema, pointer + QStringLiteral("/schema")));
            if (const JsonValue *example = examples ? examples->member(type) : nullptr)
                SwaggerOutput::set(media.get(), QStringLiteral("example"), SwaggerOutput::copy(*example));
            SwaggerOutput::set(content.get(), type, std::move(media));
        }
        SwaggerOutput::set(out.get(), QStringLiteral("content"), std::move(content));
    }
    for (int i = 0; i < r.size(); ++i)
        if (isExtension(r.keyAt(i)))
            SwaggerOutput::set(out.get(), r.keyAt(i),
                               m_schemas.convert(*r.at(i), pointer + token(r.keyAt(i))));
    return out;
}
