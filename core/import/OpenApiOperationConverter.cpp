#include "OpenApiOperationConverter.h"

#include "ImportReport.h"
#include "InputTree.h"
#include "OpenApiSchemaConverter.h"
#include "SwaggerOutput.h"

#include <QCoreApplication>
#include <QStringList>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenApiOperationConverter", text);
}

// What a non-body parameter, a header or an items object may carry in Swagger 2.0.
const QStringList &simpleKeys()
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

const QStringList &primitiveTypes()
{
    static const QStringList types
        = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("integer"),
           QStringLiteral("boolean"), QStringLiteral("array")};
    return types;
}

bool isJsonMedia(const QString &media)
{
    return media.contains(QLatin1String("json"), Qt::CaseInsensitive);
}

bool isFormMedia(const QString &media)
{
    return media.startsWith(QLatin1String("application/x-www-form-urlencoded"), Qt::CaseInsensitive)
        || media.startsWith(QLatin1String("multipart/form-data"), Qt::CaseInsensitive);
}

} // namespace

QString OpenApiOperationConverter::preferredMedia(const JsonValue &content)
{
    if (!content.isObject() || content.size() == 0)
        return {};
    for (int i = 0; i < content.size(); ++i)
        if (isJsonMedia(content.keyAt(i)))
            return content.keyAt(i);
    return content.keyAt(0);
}

std::unique_ptr<JsonValue> OpenApiOperationConverter::simpleType(const JsonValue *schema, const JsonValue *at,
                                                                 bool allowFile)
{
    const JsonValue *resolved = schema ? m_schemas.target(schema) : nullptr;
    auto converted = resolved ? m_schemas.convert(*resolved) : JsonValue::makeObject();
    auto out = JsonValue::makeObject();
    for (int i = 0; i < converted->size(); ++i) {
        const QString key = converted->keyAt(i);
        if (key == QLatin1String("items")) {
            SwaggerOutput::set(out.get(), key,
                               simpleType(resolved->member(key), resolved->member(key), false));
        } else if (simpleKeys().contains(key)) {
            SwaggerOutput::set(out.get(), key, converted->at(i)->clone());
        }
    }
    QString type = SwaggerOutput::text(out->member(QStringLiteral("type")));
    if (allowFile && type == QLatin1String("string")
        && SwaggerOutput::text(out->member(QStringLiteral("format"))) == QLatin1String("binary")) {
        SwaggerOutput::set(out.get(), QStringLiteral("type"), QStringLiteral("file"));
        out->takeItem(out->indexOf(QStringLiteral("format")));
    } else if (!primitiveTypes().contains(type)) {
        if (!type.isEmpty() || (resolved && resolved->size() > 0))
            m_report.warn(tr("A %1 value cannot be described here in Swagger 2.0; approximated as a string.")
                              .arg(type.isEmpty() ? tr("composite") : type),
                          m_input, at);
        out = JsonValue::makeObject();
        SwaggerOutput::set(out.get(), QStringLiteral("type"), QStringLiteral("string"));
    }
    if (out->indexOf(QStringLiteral("type")) > 0)
        out->moveItem(out->indexOf(QStringLiteral("type")), 0);
    if (SwaggerOutput::text(out->member(QStringLiteral("type"))) == QLatin1String("array")
        && !out->member(QStringLiteral("items"))) {
        auto items = JsonValue::makeObject();
        SwaggerOutput::set(items.get(), QStringLiteral("type"), QStringLiteral("string"));
        SwaggerOutput::set(out.get(), QStringLiteral("items"), std::move(items));
    }
    return out;
}

QString OpenApiOperationConverter::collectionFormat(const JsonValue &parameter)
{
    const QString style = SwaggerOutput::text(parameter.member(QStringLiteral("style")));
    const JsonValue *explode = parameter.member(QStringLiteral("explode"));
    const QString in = SwaggerOutput::text(parameter.member(QStringLiteral("in")));
    if (style == QLatin1String("spaceDelimited"))
        return QStringLiteral("ssv");
    if (style == QLatin1String("pipeDelimited"))
        return QStringLiteral("pipes");
    const bool formStyle = style.isEmpty() ? in == QLatin1String("query") : style == QLatin1String("form");
    const bool exploded = explode ? explode->toBool() : formStyle;
    return formStyle && exploded ? QStringLiteral("multi") : QStringLiteral("csv");
}

std::unique_ptr<JsonValue> OpenApiOperationConverter::parameter(const JsonValue &given)
{
    if (const JsonValue *ref = given.member(QStringLiteral("$ref"))) {
        const QString rewritten = OpenApiSchemaConverter::rewriteRef(SwaggerOutput::text(ref));
        const JsonValue *target = m_schemas.target(&given);
        if (rewritten.isEmpty() || !target) {
            m_report.warn(tr("The parameter reference \"%1\" cannot be resolved; dropped.")
                              .arg(SwaggerOutput::text(ref)),
                          m_input, ref);
            return nullptr;
        }
        if (SwaggerOutput::text(target->member(QStringLiteral("in"))) == QLatin1String("cookie"))
            return nullptr; // reported where the component is converted
        auto out = JsonValue::makeObject();
        SwaggerOutput::set(out.get(), QStringLiteral("$ref"), rewritten);
        return out;
    }
    const QString in = SwaggerOutput::text(given.member(QStringLiteral("in")));
    const QString name = SwaggerOutput::text(given.member(QStringLiteral("name")));
    if (in == QLatin1String("cookie")) {
        m_report.warn(tr("The cookie parameter \"%1\" has no Swagger 2.0 equivalent; dropped.").arg(name),
                      m_input, &given);
        return nullptr;
    }
    if (!QStringList {QStringLiteral("query"), QStringLiteral("header"), QStringLiteral("path")}.contains(in)
        || name.isEmpty()) {
        m_report.warn(tr("A parameter without a name or a known location (\"%1\"); dropped.").arg(in),
                      m_input, &given);
        return nullptr;
    }
    auto out = JsonValue::makeObject();
    SwaggerOutput::set(out.get(), QStringLiteral("name"), name);
    SwaggerOutput::set(out.get(), QStringLiteral("in"), in);
    if (const JsonValue *description = given.member(QStringLiteral("description"));
        description && description->isString())
        SwaggerOutput::set(out.get(), QStringLiteral("description"), description->toString());
    const bool required = in == QLatin1String("path")
        || (given.member(QStringLiteral("required")) && given.member(QStringLiteral("required"))->toBool());
    SwaggerOutput::set(out.get(), QStringLiteral("required"), JsonValue::makeBool(required));
    const JsonValue *schema = given.member(QStringLiteral("schema"));
    if (!schema && given.member(QStringLiteral("content")))
        m_report.warn(
            tr("The parameter \"%1\" is described by media content; approximated as a string.").arg(name),
            m_input, given.member(QStringLiteral("content")));
    auto type = simpleType(schema, schema ? schema : &given, false);
    for (int i = 0; i < type->size(); ++i)
        SwaggerOutput::set(out.get(), type->keyAt(i), type->at(i)->clone());
    if (SwaggerOutput::text(out->member(QStringLiteral("type"))) == QLatin1String("array")) {
        const QString format = collectionFormat(given);
        if (format == QLatin1String("multi") && in != QLatin1String("query"))
            SwaggerOutput::set(out.get(), QStringLiteral("collectionFormat"), QStringLiteral("csv"));
        else
            SwaggerOutput::set(out.get(), QStringLiteral("collectionFormat"), format);
    }
    for (int i = 0; i < given.size(); ++i) {
        if (given.keyAt(i).startsWith(QLatin1String("x-")))
            SwaggerOutput::set(out.get(), given.keyAt(i), SwaggerOutput::copy(*given.at(i)));
    }
    return out;
}

void OpenApiOperationConverter::formParameters(const JsonValue &schema, bool required, JsonValue *parameters)
{
    const JsonValue *resolved = m_schemas.target(&schema);
    const JsonValue *properties = resolved ? resolved->member(QStringLiteral("properties")) : nullptr;
    if (!properties || !properties->isObject()) {
        m_report.warn(tr("The form body has no properties to turn into form fields; none written."), m_input,
                      &schema);
        return;
    }
    QStringList requiredNames;
    if (const JsonValue *list = resolved->member(QStringLiteral("required")); list && list->isArray())
        for (int i = 0; i < list->size(); ++i)
            requiredNames.append(SwaggerOutput::text(list->at(i)));
    for (int i = 0; i < properties->size(); ++i) {
        const JsonValue *property = properties->at(i);
        auto out = JsonValue::makeObject();
        SwaggerOutput::set(out.get(), QStringLiteral("name"), properties->keyAt(i));
        SwaggerOutput::set(out.get(), QStringLiteral("in"), QStringLiteral("formData"));
        const JsonValue *target = m_schemas.target(property);
        if (target && target->member(QStringLiteral("description"))
            && target->member(QStringLiteral("description"))->isString())
            SwaggerOutput::set(out.get(), QStringLiteral("description"),
                               target->member(QStringLiteral("description"))->toString());
        SwaggerOutput::set(out.get(), QStringLiteral("required"),
                           JsonValue::makeBool(required && requiredNames.contains(properties->keyAt(i))));
        auto type = simpleType(property, property, true);
        for (int j = 0; j < type->size(); ++j)
            SwaggerOutput::set(out.get(), type->keyAt(j), type->at(j)->clone());
        SwaggerOutput::append(parameters, std::move(out));
    }
}

void OpenApiOperationConverter::requestBody(const JsonValue &given, JsonValue *parameters,
                                            QStringList *consumes)
{
    const JsonValue *body = m_schemas.target(&given);
    const JsonValue *content = body ? body->member(QStringLiteral("content")) : nullptr;
    if (!content || !content->isObject() || content->size() == 0) {
        m_report.warn(tr("The request body has no content; dropped."), m_input, &given);
        return;
    }
    consumes->append(content->keys());
    const QString media = preferredMedia(*content);
    const JsonValue *mediaObject = content->member(media);
    const JsonValue *schema = mediaObject ? mediaObject->member(QStringLiteral("schema")) : nullptr;
    const bool required
        = body->member(QStringLiteral("required")) && body->member(QStringLiteral("required"))->toBool();
    if (isFormMedia(media)) {
        if (schema)
            formParameters(*schema, required, parameters);
        return;
    }
    auto out = JsonValue::makeObject();
    QString name = SwaggerOutput::text(given.member(QStringLiteral("x-codegen-request-body-name")));
    if (name.isEmpty())
        name = SwaggerOutput::text(given.member(QStringLiteral("x-body-name")));
    SwaggerOutput::set(out.get(), QStringLiteral("name"), name.isEmpty() ? QStringLiteral("body") : name);
    SwaggerOutput::set(out.get(), QStringLiteral("in"), QStringLiteral("body"));
    if (const JsonValue *description = body->member(QStringLiteral("description"));
        description && description->isString())
        SwaggerOutput::set(out.get(), QStringLiteral("description"), description->toString());
    SwaggerOutput::set(out.get(), QStringLiteral("required"), JsonValue::makeBool(required));
    SwaggerOutput::set(out.get(), QStringLiteral("schema"),
                       schema ? m_schemas.convert(*schema) : JsonValue::makeObject());
    SwaggerOutput::append(parameters, std::move(out));
}

std::unique_ptr<JsonValue> OpenApiOperationConverter::response(const JsonValue &given, QStringList *produces)
{
    if (const JsonValue *ref = given.member(QStringLiteral("$ref"))) {
        const QString rewritten = OpenApiSchemaConverter::rewriteRef(SwaggerOutput::text(ref));
        const JsonValue *target = m_schemas.target(&given);
        if (!rewritten.isEmpty() && target) {
            if (const JsonValue *content = target->member(QStringLiteral("content"));
                content && content->isObject())
                produces->append(content->keys());
            auto out = JsonValue::makeObject();
            SwaggerOutput::set(out.get(), QStringLiteral("$ref"), rewritten);
            return out;
        }
        m_report.warn(tr("The response reference \"%1\" cannot be resolved; replaced by a bare response.")
                          .arg(SwaggerOutput::text(ref)),
                      m_input, ref);
    }
    auto out = JsonValue::makeObject();
    const QString description = SwaggerOutput::text(given.member(QStringLiteral("description")));
    SwaggerOutput::set(out.get(), QStringLiteral("description"), description);
    if (const JsonValue *content = given.member(QStringLiteral("content")); content && content->isObject()) {
        produces->append(content->keys());
        const JsonValue *media = content->member(preferredMedia(*content));
        if (const JsonValue *schema = media ? media->member(QStringLiteral("schema")) : nullptr)
            SwaggerOutput::set(out.get(), QStringLiteral("schema"), m_schemas.convert(*schema));
    }
    if (const JsonValue *headers = given.member(QStringLiteral("headers")); headers && headers->isObject()) {
        auto converted = JsonValue::makeObject();
        for (int i = 0; i < headers->size(); ++i) {
            const JsonValue *header = m_schemas.target(headers->at(i));
            if (!header)
                continue;
            auto out = simpleType(header->member(QStringLiteral("schema")), headers->at(i), false);
            if (const JsonValue *text = header->member(QStringLiteral("description"));
                text && text->isString())
                SwaggerOutput::set(out.get(), QStringLiteral("description"), text->toString());
            SwaggerOutput::set(converted.get(), headers->keyAt(i), std::move(out));
        }
        if (converted->size() > 0)
            SwaggerOutput::set(out.get(), QStringLiteral("headers"), std::move(converted));
    }
    if (const JsonValue *links = given.member(QStringLiteral("links")))
        m_report.info(tr("Response links have no Swagger 2.0 equivalent; dropped."), m_input, links);
    for (int i = 0; i < given.size(); ++i)
        if (given.keyAt(i).startsWith(QLatin1String("x-")))
            SwaggerOutput::set(out.get(), given.keyAt(i), SwaggerOutput::copy(*given.at(i)));
    return out;
}
