#include "OpenApiSchemaConverter.h"

#include "ImportReport.h"
#include "InputTree.h"
#include "SwaggerOutput.h"
#include "json/JsonPointer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <utility>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenApiSchemaConverter", text);
}

constexpr int MaxDepth = 200;

// Keywords Swagger 2.0 schemas share with OpenAPI 3, copied as they are (scalars) or converted.
const QStringList &keptScalars()
{
    static const QStringList keys
        = {QStringLiteral("format"),      QStringLiteral("title"),         QStringLiteral("description"),
           QStringLiteral("default"),     QStringLiteral("multipleOf"),    QStringLiteral("maximum"),
           QStringLiteral("minimum"),     QStringLiteral("maxLength"),     QStringLiteral("minLength"),
           QStringLiteral("pattern"),     QStringLiteral("maxItems"),      QStringLiteral("minItems"),
           QStringLiteral("uniqueItems"), QStringLiteral("maxProperties"), QStringLiteral("minProperties"),
           QStringLiteral("required"),    QStringLiteral("enum"),          QStringLiteral("readOnly"),
           QStringLiteral("example"),     QStringLiteral("xml"),           QStringLiteral("externalDocs")};
    return keys;
}

// Keywords with no Swagger 2.0 meaning that carry nothing a connector needs: dropped quietly.
const QStringList &quietlyDropped()
{
    static const QStringList keys = {QStringLiteral("deprecated"),      QStringLiteral("writeOnly"),
                                     QStringLiteral("$schema"),         QStringLiteral("$id"),
                                     QStringLiteral("$comment"),        QStringLiteral("contentMediaType"),
                                     QStringLiteral("contentEncoding"), QStringLiteral("$anchor")};
    return keys;
}

bool isNullSchema(const JsonValue &schema)
{
    const JsonValue *type = schema.member(QStringLiteral("type"));
    return schema.isObject() && type && type->isString() && type->toString() == QLatin1String("null");
}

} // namespace

QString OpenApiSchemaConverter::rewriteRef(const QString &ref)
{
    static const QList<QPair<QString, QString>> kinds
        = {{QStringLiteral("#/components/schemas/"), QStringLiteral("#/definitions/")},
           {QStringLiteral("#/components/parameters/"), QStringLiteral("#/parameters/")},
           {QStringLiteral("#/components/responses/"), QStringLiteral("#/responses/")},
           {QStringLiteral("#/definitions/"), QStringLiteral("#/definitions/")}};
    for (const auto &kind : kinds) {
        if (ref.startsWith(kind.first) && ref.size() > kind.first.size())
            return kind.second + ref.mid(kind.first.size());
    }
    return {};
}

void OpenApiSchemaConverter::rewriteRemainingRefs(JsonValue *node)
{
    if (!node->isContainer())
        return;
    for (int i = 0; i < node->size(); ++i) {
        JsonValue *child = node->at(i);
        if (node->isObject() && child->isString() && node->keyAt(i) == QLatin1String("$ref")
            && child->toString().startsWith(QLatin1String("#/components/"))) {
            const QString rewritten = rewriteRef(child->toString());
            if (!rewritten.isEmpty())
                node->replaceValue(i, JsonValue::makeString(rewritten));
        } else {
            rewriteRemainingRefs(child);
        }
    }
}

const JsonValue *OpenApiSchemaConverter::resolve(const QString &ref) const
{
    if (!ref.startsWith(QLatin1Char('#')))
        return nullptr;
    json::JsonPointer pointer;
    if (!json::JsonPointer::parse(QUrl::fromPercentEncoding(ref.mid(1).toUtf8()), &pointer))
        return nullptr;
    return pointer.resolve(m_input.root());
}

const JsonValue *OpenApiSchemaConverter::target(const JsonValue *schema) const
{
    for (int hop = 0; schema && schema->isObject() && hop < 16; ++hop) {
        const JsonValue *ref = schema->member(QStringLiteral("$ref"));
        if (!ref || !ref->isString())
            return schema;
        schema = resolve(ref->toString());
    }
    return schema && schema->isObject() && !schema->member(QStringLiteral("$ref")) ? schema : nullptr;
}

std::unique_ptr<JsonValue> OpenApiSchemaConverter::reference(const JsonValue &schema)
{
    const QString ref = SwaggerOutput::text(schema.member(QStringLiteral("$ref")));
    const QString rewritten = rewriteRef(ref);
    auto out = JsonValue::makeObject();
    if (rewritten.isEmpty() || !resolve(ref)) {
        m_report.warn(tr("The reference \"%1\" cannot be resolved inside the document; replaced by an open "
                         "schema.")
                          .arg(ref),
                      m_input, schema.member(QStringLiteral("$ref")));
        return out;
    }
    out->insertItem(0, JsonValue::makeString(rewritten), QStringLiteral("$ref"));
    return out;
}

void OpenApiSchemaConverter::applyType(JsonValue *out, const JsonValue &type)
{
    if (type.isString()) {
        if (type.toString() == QLatin1String("null")) {
            SwaggerOutput::set(out, QStringLiteral("x-nullable"), JsonValue::makeBool(true));
            m_report.info(tr("The type \"null\" has no Swagger 2.0 equivalent; written as an open schema "
                             "with x-nullable."),
                          m_input, &type);
        } else {
            SwaggerOutput::set(out, QStringLiteral("type"), type.toString());
        }
        return;
    }
    QStringList types;
    bool nullable = false;
    for (int i = 0; type.isArray() && i < type.size(); ++i) {
        const QString each = SwaggerOutput::text(type.at(i));
        if (each == QLatin1String("null"))
            nullable = true;
        else if (!each.isEmpty())
            types.append(each);
    }
    if (types.size() == 1)
        SwaggerOutput::set(out, QStringLiteral("type"), types.first());
    else if (types.size() > 1)
        m_report.warn(tr("The type list [%1] has no Swagger 2.0 equivalent; the type is left open.")
                          .arg(types.join(QStringLiteral(", "))),
                      m_input, &type);
    if (nullable) {
        SwaggerOutput::set(out, QStringLiteral("x-nullable"), JsonValue::makeBool(true));
        m_report.info(tr("\"null\" in the type list is written as x-nullable."), m_input, &type);
    }
}

bool OpenApiSchemaConverter::collapseAlternatives(JsonValue *out, const JsonValue &schema, const QString &key,
                                                  int depth)
{
    const JsonValue *branches = schema.member(key);
    if (!branches || !branches->isArray())
        return false;
    QList<const JsonValue *> kept;
    bool nullable = false;
    for (int i = 0; i < branches->size(); ++i) {
        if (isNullSchema(*branches->at(i)))
            nullable = true;
        else
            kept.append(branches->at(i));
    }
    if (kept.size() == 1) {
        auto single = convert(*kept.first(), depth + 1);
        if (single->member(QStringLiteral("$ref"))) {
            // A $ref takes no siblings in 2.0: wrap it so the other keywords survive.
            auto all = JsonValue::makeArray();
            all->insertItem(0, std::move(single));
            SwaggerOutput::set(out, QStringLiteral("allOf"), std::move(all));
        } else {
            for (int i = 0; i < single->size(); ++i)
                if (!out->member(single->keyAt(i)))
                    SwaggerOutput::set(out, single->keyAt(i), single->at(i)->clone());
        }
        if (nullable)
            SwaggerOutput::set(out, QStringLiteral("x-nullable"), JsonValue::makeBool(true));
        m_report.info(tr("%1 with one non-null alternative written as that alternative%2.")
                          .arg(key, nullable ? tr(" with x-nullable") : QString()),
                      m_input, branches);
        return true;
    }
    m_report.warn(tr("%1 with %2 alternatives has no Swagger 2.0 equivalent; approximated by an open schema.")
                      .arg(key)
                      .arg(kept.size()),
                  m_input, branches);
    if (nullable)
        SwaggerOutput::set(out, QStringLiteral("x-nullable"), JsonValue::makeBool(true));
    return true;
}

std::unique_ptr<JsonValue> OpenApiSchemaConverter::convertMap(const JsonValue &map, int depth)
{
    auto out = JsonValue::makeObject();
    for (int i = 0; map.isObject() && i < map.size(); ++i)
        out->insertItem(out->size(), convert(*map.at(i), depth + 1), map.keyAt(i));
    return out;
}

void OpenApiSchemaConverter::copyKeyword(JsonValue *out, const JsonValue &schema, int index, int depth)
{
    const QString key = schema.keyAt(index);
    const JsonValue &value = *schema.at(index);
    if (key == QLatin1String("type")) {
        applyType(out, value);
    } else if (keptScalars().contains(key) || key.startsWith(QLatin1String("x-"))) {
        SwaggerOutput::set(out, key, SwaggerOutput::copy(value));
    } else if (key == QLatin1String("properties")) {
        SwaggerOutput::set(out, key, convertMap(value, depth));
    } else if (key == QLatin1String("items") || key == QLatin1String("additionalProperties")) {
        SwaggerOutput::set(out, key,
                           value.isObject() ? convert(value, depth + 1) : SwaggerOutput::copy(value));
    } else if (key == QLatin1String("allOf") && value.isArray()) {
        QSet<QString> names = m_siblingNames;
        collectProperties(schema, &names, 0);
        auto all = JsonValue::makeArray();
        for (int i = 0; i < value.size(); ++i) {
            m_siblingNames = names;
            SwaggerOutput::append(all.get(), convert(*value.at(i), depth + 1));
        }
        SwaggerOutput::set(out, key, std::move(all));
    } else if (key == QLatin1String("oneOf") || key == QLatin1String("anyOf")) {
        collapseAlternatives(out, schema, key, depth);
    } else if (key == QLatin1String("nullable")) {
        if (value.toBool())
            SwaggerOutput::set(out, QStringLiteral("x-nullable"), JsonValue::makeBool(true));
        m_report.info(tr("nullable written as x-nullable."), m_input, &value);
    } else if (key == QLatin1String("const")) {
        auto one = JsonValue::makeArray();
        SwaggerOutput::append(one.get(), SwaggerOutput::copy(value));
        SwaggerOutput::set(out, QStringLiteral("enum"), std::move(one));
        m_report.info(tr("const written as an enum of one value."), m_input, &value);
    } else if (key == QLatin1String("examples") && value.isArray() && value.size() > 0) {
        if (!schema.member(QStringLiteral("example")))
            SwaggerOutput::set(out, QStringLiteral("example"), SwaggerOutput::copy(*value.at(0)));
    } else if ((key == QLatin1String("exclusiveMinimum") || key == QLatin1String("exclusiveMaximum"))) {
        if (value.isBool()) {
            SwaggerOutput::set(out, key, SwaggerOutput::copy(value));
        } else if (value.isNumber()) { // 3.1: the bound itself
            SwaggerOutput::set(out,
                               key == QLatin1String("exclusiveMinimum") ? QStringLiteral("minimum")
                                                                        : QStringLiteral("maximum"),
                               SwaggerOutput::copy(value));
            SwaggerOutput::set(out, key, JsonValue::makeBool(true));
        }
    } else if (key == QLatin1String("discriminator")) {
        const QString property = value.isString()
            ? value.toString()
            : SwaggerOutput::text(value.member(QStringLiteral("propertyName")));
        if (!property.isEmpty())
            SwaggerOutput::set(out, key, property);
        if (value.isObject() && value.member(QStringLiteral("mapping")))
            m_report.info(tr("The discriminator's mapping has no Swagger 2.0 equivalent; dropped."), m_input,
                          value.member(QStringLiteral("mapping")));
    } else if (!quietlyDropped().contains(key)) {
        m_report.warn(tr("The schema keyword \"%1\" has no Swagger 2.0 equivalent; dropped.").arg(key),
                      m_input, &value);
    }
}

// The properties a schema declares: its own and its allOf parents' (through $refs, in the input
// or in the converted output), as swagger-parser counts them.
void OpenApiSchemaConverter::collectProperties(const JsonValue &schema, QSet<QString> *names, int depth) const
{
    if (!schema.isObject() || depth > 16)
        return;
    if (const JsonValue *ref = schema.member(QStringLiteral("$ref")); ref && ref->isString()) {
        QString address = ref->toString();
        if (address.startsWith(QLatin1String("#/definitions/")) && !resolve(address))
            address = QStringLiteral("#/components/schemas/") + address.mid(14);
        if (const JsonValue *target = resolve(address))
            collectProperties(*target, names, depth + 1);
        return;
    }
    if (const JsonValue *properties = schema.member(QStringLiteral("properties"));
        properties && properties->isObject())
        for (int i = 0; i < properties->size(); ++i)
            names->insert(properties->keyAt(i));
    if (const JsonValue *all = schema.member(QStringLiteral("allOf")); all && all->isArray())
        for (int i = 0; i < all->size(); ++i)
            collectProperties(*all->at(i), names, depth + 1);
}

// Swagger 2.0 wants a non-empty "required" naming declared properties only (swagger-parser
// refuses the others): names lost with an approximated oneOf/anyOf, or never declared, go.
void OpenApiSchemaConverter::fixRequired(JsonValue *out, const JsonValue &schema,
                                         const QSet<QString> &siblings)
{
    const int at = out->indexOf(QStringLiteral("required"));
    if (at < 0)
        return;
    const JsonValue *source = schema.member(QStringLiteral("required"));
    if (!source) // it came with a collapsed alternative
        source = &schema;
    if (!out->at(at)->isArray()) {
        out->takeItem(at);
        m_report.warn(tr("\"required\" is not a list of names; dropped."), m_input, source);
        return;
    }
    QSet<QString> declared = siblings;
    collectProperties(*out, &declared, 0);
    auto kept = JsonValue::makeArray();
    QStringList dropped;
    QSet<QString> keptNames;
    bool duplicates = false;
    const JsonValue *names = out->at(at);
    for (int i = 0; i < names->size(); ++i) {
        const QString name = SwaggerOutput::text(names->at(i));
        if (keptNames.contains(name)) {
            duplicates = true; // uniqueItems in draft 4
        } else if (declared.contains(name)) {
            keptNames.insert(name);
            SwaggerOutput::append(kept.get(), SwaggerOutput::copy(*names->at(i)));
        } else
            dropped.append(name);
    }
    if (!dropped.isEmpty())
        m_report.warn((dropped.size() == 1
                           ? tr("The required property %1 is not among the schema's properties "
                                "(after approximation); dropped from \"required\".")
                           : tr("The required properties %1 are not among the schema's properties "
                                "(after approximation); dropped from \"required\"."))
                          .arg(dropped.join(QStringLiteral(", "))),
                      m_input, source);
    if (kept->size() == 0) {
        out->takeItem(at);
        if (dropped.isEmpty())
            m_report.info(tr("An empty \"required\" list is not allowed in Swagger 2.0; dropped."), m_input,
                          source);
    } else if (!dropped.isEmpty() || duplicates) {
        if (duplicates)
            m_report.info(tr("A name listed twice in \"required\" is written once."), m_input, source);
        out->replaceValue(at, std::move(kept));
    }
}

std::unique_ptr<JsonValue> OpenApiSchemaConverter::convert(const JsonValue &schema, int depth)
{
    if (!schema.isObject()) // true/false schemas (3.1) and junk: open
        return JsonValue::makeObject();
    if (depth > MaxDepth) {
        m_report.warn(tr("The schema nests deeper than %1 levels; the rest is left open.").arg(MaxDepth),
                      m_input, &schema);
        return JsonValue::makeObject();
    }
    const QSet<QString> siblings = std::exchange(m_siblingNames, {}); // for this schema only
    if (schema.member(QStringLiteral("$ref")))
        return reference(schema);
    auto out = JsonValue::makeObject();
    for (int i = 0; i < schema.size(); ++i)
        copyKeyword(out.get(), schema, i, depth);
    const JsonValue *type = out->member(QStringLiteral("type"));
    if (type && type->toString() == QLatin1String("array") && !out->member(QStringLiteral("items")))
        SwaggerOutput::set(out.get(), QStringLiteral("items"), JsonValue::makeObject());
    fixRequired(out.get(), schema, siblings);
    return out;
}
