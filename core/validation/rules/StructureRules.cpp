// Swagger 2.0 structure: version, required fields, the types of keywords, type and location names.
#include "RuleSets.h"
#include "RuleSupport.h"

#include "validation/KeywordTable.h"

namespace rules {
namespace {

void swaggerVersion(ValidationContext &ctx)
{
    const JsonValue *version = member(ctx.definition(), QStringLiteral("swagger"));
    if (!version)
        ctx.report(Part::Definition, JsonPointer(),
                   tr("Add \"swagger\": \"2.0\": connectors use Swagger 2.0"),
                   QuickFix::set(tr("Add \"swagger\": \"2.0\""), Part::Definition,
                                 JsonPointer({QStringLiteral("swagger")}), QStringLiteral("\"2.0\"")));
    else if (!version->isString() || version->toString() != QLatin1String("2.0"))
        ctx.report(Part::Definition, JsonPointer({QStringLiteral("swagger")}),
                   tr("\"swagger\" must be \"2.0\" (import OpenAPI 3 documents to convert them)"));
}

// --- required fields ---------------------------------------------------------------------

void requireMembers(ValidationContext &ctx, const JsonValue *object, const JsonPointer &at,
                    std::initializer_list<const char *> keys, const QString &what)
{
    if (!object || !object->isObject())
        return;
    for (const char *key : keys) {
        if (!object->member(QLatin1String(key)))
            ctx.report(Part::Definition, at,
                       tr("Add \"%1\" to %2: Swagger 2.0 requires it").arg(QLatin1String(key), what));
    }
}

void requiredParameterFields(ValidationContext &ctx, const JsonValue *parameter, const JsonPointer &at)
{
    requireMembers(ctx, parameter, at, {"name", "in"}, tr("the parameter"));
    const QString in = paramIn(parameter);
    if (in == QLatin1String("body"))
        requireMembers(ctx, parameter, at, {"schema"}, tr("the body parameter"));
    else if (!in.isEmpty())
        requireMembers(ctx, parameter, at, {"type"}, tr("the parameter"));
}

void requiredFields(ValidationContext &ctx)
{
    const JsonValue *root = ctx.definition();
    requireMembers(ctx, root, JsonPointer(), {"info", "paths"}, tr("the definition"));
    requireMembers(ctx, member(root, QStringLiteral("info")), JsonPointer({QStringLiteral("info")}),
                   {"title", "version"}, tr("info"));
    for (const Operation &op : ctx.operations()) {
        requireMembers(ctx, op.node, op.pointer, {"responses"}, tr("the operation"));
        const JsonValue *responses = member(op.node, QStringLiteral("responses"));
        if (!responses || !responses->isObject())
            continue;
        for (int i = 0; i < responses->size(); ++i) {
            const JsonValue *response = responses->at(i);
            if (response->isObject() && !response->member(QStringLiteral("$ref"))
                && !response->member(QStringLiteral("description"))) {
                const JsonPointer at
                    = op.pointer.child(QStringLiteral("responses")).child(responses->keyAt(i));
                ctx.report(Part::Definition, at,
                           tr("Add a \"description\" to response %1: Swagger 2.0 requires it")
                               .arg(responses->keyAt(i)),
                           QuickFix::set(tr("Add a description"), Part::Definition,
                                         at.child(QStringLiteral("description")), QStringLiteral("\"OK\"")));
            }
        }
    }
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        requiredParameterFields(ctx, parameter, at);
    });
}

// --- keyword types -----------------------------------------------------------------------

enum TypeMask : unsigned {
    String = 1u << unsigned(JsonValue::Type::String),
    Number = 1u << unsigned(JsonValue::Type::Number),
    Bool = 1u << unsigned(JsonValue::Type::Bool),
    Array = 1u << unsigned(JsonValue::Type::Array),
    Object = 1u << unsigned(JsonValue::Type::Object),
};
using KeywordTypes = KeywordTable;

const KeywordTypes &rootTypes()
{
    static const KeywordTypes types = KeywordTypes({{"swagger", String},
                                                    {"info", Object},
                                                    {"host", String},
                                                    {"basePath", String},
                                                    {"schemes", Array},
                                                    {"consumes", Array},
                                                    {"produces", Array},
                                                    {"paths", Object},
                                                    {"definitions", Object},
                                                    {"parameters", Object},
                                                    {"responses", Object},
                                                    {"securityDefinitions", Object},
                                                    {"security", Array},
                                                    {"tags", Array},
                                                    {"externalDocs", Object},
                                                    {"x-ms-connector-metadata", Array}});
    return types;
}

const KeywordTypes &infoTypes()
{
    static const KeywordTypes types = KeywordTypes({{"title", String},
                                                    {"description", String},
                                                    {"version", String},
                                                    {"termsOfService", String},
                                                    {"contact", Object},
                                                    {"license", Object}});
    return types;
}

const KeywordTypes &operationTypes()
{
    static const KeywordTypes types = KeywordTypes({{"operationId", String},
                                                    {"summary", String},
                                                    {"description", String},
                                                    {"tags", Array},
                                                    {"consumes", Array},
                                                    {"produces", Array},
                                                    {"parameters", Array},
                                                    {"responses", Object},
                                                    {"schemes", Array},
                                                    {"deprecated", Bool},
                                                    {"security", Array},
                                                    {"x-ms-visibility", String},
                                                    {"x-ms-trigger", String},
                                                    {"x-ms-trigger-hint", String},
                                                    {"x-ms-notification-content", Object}});
    return types;
}

// Keywords that parameters and schemas share.
const KeywordTypes &valueTypes(bool parameter)
{
    static const std::initializer_list<std::pair<const char *, unsigned>> common
        = {{"type", String},
           {"format", String},
           {"description", String},
           {"items", Object},
           {"enum", Array},
           {"pattern", String},
           {"minimum", Number},
           {"maximum", Number},
           {"minLength", Number},
           {"maxLength", Number},
           {"minItems", Number},
           {"maxItems", Number},
           {"exclusiveMinimum", Bool},
           {"exclusiveMaximum", Bool},
           {"uniqueItems", Bool},
           {"multipleOf", Number},
           {"x-ms-summary", String},
           {"x-ms-visibility", String}};
    static const KeywordTypes parameterTypes = [] {
        KeywordTypes types = KeywordTypes(common);
        types.insert(KeywordTypes({{"name", String},
                                   {"in", String},
                                   {"required", Bool},
                                   {"schema", Object},
                                   {"collectionFormat", String},
                                   {"allowEmptyValue", Bool},
                                   {"x-ms-url-encoding", String}}));
        return types;
    }();
    static const KeywordTypes schemaTypes = [] {
        KeywordTypes types = KeywordTypes(common);
        types.insert(KeywordTypes({{"title", String},
                                   {"properties", Object},
                                   {"required", Array},
                                   {"allOf", Array},
                                   {"additionalProperties", Object | Bool},
                                   {"readOnly", Bool},
                                   {"discriminator", String},
                                   {"minProperties", Number},
                                   {"maxProperties", Number}}));
        return types;
    }();
    return parameter ? parameterTypes : schemaTypes;
}

QString typeNames(unsigned mask)
{
    QStringList names;
    for (JsonValue::Type t : {JsonValue::Type::String, JsonValue::Type::Number, JsonValue::Type::Bool,
                              JsonValue::Type::Array, JsonValue::Type::Object}) {
        if (mask & (1u << unsigned(t)))
            names.append(JsonValue::typeName(t));
    }
    return names.join(tr(" or "));
}

// "true" for a boolean keyword, "5" for a number: the obvious repair is the unquoted value.
QuickFix unquoteFix(const JsonValue *value, unsigned expected, const JsonPointer &at)
{
    if (!value->isString())
        return {};
    const QString text = value->toString().trimmed();
    if ((expected & Bool) && (text == QLatin1String("true") || text == QLatin1String("false")))
        return QuickFix::set(tr("Use the boolean %1").arg(text), Part::Definition, at, text);
    bool isNumber = false;
    text.toDouble(&isNumber);
    if ((expected & Number) && isNumber)
        return QuickFix::set(tr("Use the number %1").arg(text), Part::Definition, at, text);
    return {};
}

void checkTypes(ValidationContext &ctx, const JsonValue *object, const JsonPointer &at,
                const KeywordTypes &types)
{
    if (!object || !object->isObject())
        return;
    for (int i = 0; i < object->size(); ++i) {
        const unsigned *expected = types.find(object->itemAt(i).key);
        if (!expected)
            continue;
        const JsonValue *value = object->at(i);
        if (*expected & (1u << unsigned(value->type())))
            continue;
        const JsonPointer valueAt = (at.isRoot() ? JsonPointer::of(object) : at).child(object->keyAt(i));
        ctx.report(Part::Definition, valueAt,
                   tr("\"%1\" must be %2, not %3")
                       .arg(object->keyAt(i), typeNames(*expected), JsonValue::typeName(value->type())),
                   unquoteFix(value, *expected, valueAt));
    }
}

void keywordTypes(ValidationContext &ctx)
{
    const JsonValue *root = ctx.definition();
    checkTypes(ctx, root, JsonPointer(), rootTypes());
    checkTypes(ctx, member(root, QStringLiteral("info")), JsonPointer({QStringLiteral("info")}), infoTypes());
    for (const Operation &op : ctx.operations())
        checkTypes(ctx, op.node, op.pointer, operationTypes());
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        checkTypes(ctx, parameter, at, valueTypes(true));
        for (const JsonValue *items = member(parameter, QStringLiteral("items")); items && items->isObject();
             items = items->member(QStringLiteral("items")))
            checkTypes(ctx, items, JsonPointer::of(items), valueTypes(false));
    });
    for (const JsonValue *schema : ctx.schemas()) {
        if (!ValidationContext::refOf(schema))
            checkTypes(ctx, schema, {}, valueTypes(false));
    }
}

// --- names of types and locations --------------------------------------------------------

// The one of choices that matches text ignoring case, or "".
QString caseFix(const QString &text, const QStringList &choices)
{
    for (const QString &choice : choices) {
        if (choice.compare(text, Qt::CaseInsensitive) == 0)
            return choice;
    }
    return {};
}

void checkName(ValidationContext &ctx, const JsonValue *object, const JsonPointer &at, const QString &key,
               const QStringList &choices)
{
    const JsonValue *value = member(object, key);
    if (!value || !value->isString() || choices.contains(value->toString()))
        return;
    const QString fixed = caseFix(value->toString(), choices);
    const JsonPointer valueAt = (at.isRoot() ? JsonPointer::of(object) : at).child(key);
    ctx.report(Part::Definition, valueAt,
               tr("\"%1\" is not a valid \"%2\": use one of %3")
                   .arg(value->toString(), key, choices.join(QStringLiteral(", "))),
               fixed.isEmpty() ? QuickFix()
                               : QuickFix::set(tr("Use \"%1\"").arg(fixed), Part::Definition, valueAt,
                                               jsonString(fixed)));
}

void typeValue(ValidationContext &ctx)
{
    static const QStringList parameterTypes
        = {QStringLiteral("string"),  QStringLiteral("number"), QStringLiteral("integer"),
           QStringLiteral("boolean"), QStringLiteral("array"),  QStringLiteral("file")};
    static const QStringList schemaTypes
        = {QStringLiteral("string"),  QStringLiteral("number"), QStringLiteral("integer"),
           QStringLiteral("boolean"), QStringLiteral("array"),  QStringLiteral("object"),
           QStringLiteral("file")};
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        checkName(ctx, parameter, at, QStringLiteral("type"), parameterTypes);
    });
    for (const JsonValue *schema : ctx.schemas())
        checkName(ctx, schema, {}, QStringLiteral("type"), schemaTypes);
}

void parameterLocation(ValidationContext &ctx)
{
    static const QStringList locations
        = {QStringLiteral("query"), QStringLiteral("header"), QStringLiteral("path"),
           QStringLiteral("formData"), QStringLiteral("body")};
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        checkName(ctx, parameter, at, QStringLiteral("in"), locations);
    });
}

} // namespace
} // namespace rules

void addStructureRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("swagger-version"), Severity::Error,
                 QStringLiteral("The definition is Swagger 2.0"), rules::swaggerVersion});
    list.append({QStringLiteral("required-field"), Severity::Error,
                 QStringLiteral("Fields that Swagger 2.0 requires are present"), rules::requiredFields});
    list.append({QStringLiteral("keyword-type"), Severity::Error,
                 QStringLiteral("Each Swagger keyword has the JSON type the specification gives it"),
                 rules::keywordTypes});
    list.append({QStringLiteral("type-value"), Severity::Error,
                 QStringLiteral("\"type\" names a Swagger 2.0 type"), rules::typeValue});
    list.append({QStringLiteral("parameter-location"), Severity::Error,
                 QStringLiteral("A parameter's \"in\" is query, header, path, formData or body"),
                 rules::parameterLocation});
}
