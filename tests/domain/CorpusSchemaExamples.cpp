#include "CorpusSchemaExamples.h"

#include "SchemaConformance.h"

#include "domain/SchemaInference.h"
#include "json/JsonFile.h"
#include "json/JsonPointer.h"
#include "json/JsonValue.h"

#include <QDir>
#include <QFile>

using json::JsonValue;

static const QStringList Detectable{QStringLiteral("date-time"), QStringLiteral("date"), QStringLiteral("email"),
                                    QStringLiteral("uri"), QStringLiteral("uuid")};

static QString text(const JsonValue *object, const char *key)
{
    const JsonValue *v = object && object->isObject() ? object->member(QString::fromLatin1(key)) : nullptr;
    return v && v->isString() ? v->toString() : QString();
}

void CorpusSchemaExamples::checkConnector(const QString &definitionPath)
{
    QFile file(definitionPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const json::JsonFile definition = json::JsonFile::fromBytes(file.readAll(), definitionPath);
    if (!definition.isValid() || !definition.root()->isObject())
        return;
    m_root = definition.root();
    m_connector = QFileInfo(definitionPath).dir().dirName();
    ++m_connectors;
    const JsonValue *definitions = m_root->member(QStringLiteral("definitions"));
    for (int i = 0; definitions && definitions->isObject() && i < definitions->size(); ++i)
        checkSchema(*definitions->at(i), QStringLiteral("definitions/") + definitions->keyAt(i));
    const JsonValue *paths = m_root->member(QStringLiteral("paths"));
    for (int p = 0; paths && paths->isObject() && p < paths->size(); ++p) {
        const JsonValue *item = paths->at(p);
        for (int m = 0; item->isObject() && m < item->size(); ++m) {
            const JsonValue *op = item->at(m);
            const QString where = paths->keyAt(p) + QLatin1Char(' ') + item->keyAt(m);
            const JsonValue *params = op->isObject() ? op->member(QStringLiteral("parameters")) : nullptr;
            for (int i = 0; params && params->isArray() && i < params->size(); ++i) {
                const JsonValue *schema = params->at(i)->isObject() ? params->at(i)->member(QStringLiteral("schema")) : nullptr;
                if (schema && text(schema, "$ref").isEmpty())
                    checkSchema(*schema, where + QStringLiteral(" body"));
            }
            const JsonValue *responses = op->isObject() ? op->member(QStringLiteral("responses")) : nullptr;
            for (int i = 0; responses && responses->isObject() && i < responses->size(); ++i) {
                const JsonValue *r = responses->at(i);
                const JsonValue *schema = r->isObject() ? r->member(QStringLiteral("schema")) : nullptr;
                if (schema && text(schema, "$ref").isEmpty())
                    checkSchema(*schema, where + QLatin1Char(' ') + responses->keyAt(i));
            }
        }
    }
    m_root = nullptr;
}

void CorpusSchemaExamples::checkSchema(const JsonValue &schema, const QString &where)
{
    QStringList refs;
    m_budget = 4000; // nodes per example: wide, deep schemas would explode otherwise
    std::unique_ptr<JsonValue> sample = example(&schema, 0, refs);
    if (!sample)
        return;
    ++m_schemas;
    std::unique_ptr<JsonValue> inferred = SchemaInference::infer(*sample);
    const QString at = m_connector + QStringLiteral(": ") + where;
    const QStringList againstInferred = SchemaConformance().check(*sample, *inferred);
    for (const QString &problem : againstInferred)
        m_problems.append(at + QStringLiteral(" (inferred) ") + problem);
    for (const QString &problem : SchemaConformance(m_root).check(*sample, schema)) {
        // The corpus's own inconsistencies: required names absent from the properties, and
        // enums whose values have another type than declared (no example satisfies both).
        if (!problem.contains(QStringLiteral("missing required")) && !problem.contains(QStringLiteral("enum values")))
            m_problems.append(at + QStringLiteral(" (corpus) ") + problem);
    }
    compare(&schema, inferred.get(), *sample, at);
}

const JsonValue *CorpusSchemaExamples::resolve(const JsonValue *schema, QStringList *refs) const
{
    for (int hops = 0; schema && schema->isObject() && hops < 16; ++hops) {
        const QString ref = text(schema, "$ref");
        if (ref.isEmpty())
            return schema;
        if (refs) {
            if (refs->contains(ref))
                return nullptr; // a cycle: stop here
            refs->append(ref);
        }
        json::JsonPointer target;
        if (!ref.startsWith(QLatin1Char('#')) || !json::JsonPointer::parse(ref.mid(1), &target))
            return nullptr;
        schema = target.resolve(m_root);
    }
    return nullptr;
}

QString CorpusSchemaExamples::effectiveType(const JsonValue *schema)
{
    const JsonValue *type = schema->member(QStringLiteral("type"));
    if (type)
        return type->isString() ? type->toString() : QString();
    if (schema->member(QStringLiteral("allOf")) || schema->member(QStringLiteral("anyOf")) || schema->member(QStringLiteral("oneOf")))
        return {};
    if (schema->member(QStringLiteral("properties")))
        return QStringLiteral("object");
    if (schema->member(QStringLiteral("items")))
        return QStringLiteral("array");
    return {};
}

static std::unique_ptr<JsonValue> stringFor(const QString &format)
{
    if (format == QLatin1String("date-time"))
        return JsonValue::makeString(QStringLiteral("2024-05-06T07:08:09Z"));
    if (format == QLatin1String("date"))
        return JsonValue::makeString(QStringLiteral("2024-05-06"));
    if (format == QLatin1String("email"))
        return JsonValue::makeString(QStringLiteral("someone@example.com"));
    if (format == QLatin1String("uri"))
        return JsonValue::makeString(QStringLiteral("https://example.com/a"));
    if (format == QLatin1String("uuid"))
        return JsonValue::makeString(QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    return JsonValue::makeString(QStringLiteral("text"));
}

// Some corpus enums list values of another type than declared ("true" for a boolean): those
// are not used as examples.
static bool conformsToType(const JsonValue &value, const JsonValue *schema)
{
    auto typeOnly = JsonValue::makeObject();
    for (const char *key : {"type", "format"}) {
        if (const JsonValue *v = schema->member(QString::fromLatin1(key)))
            typeOnly->insertItem(typeOnly->size(), v->clone(), QString::fromLatin1(key));
    }
    return !value.isContainer() && !value.isNull() && SchemaConformance().check(value, *typeOnly).isEmpty();
}

std::unique_ptr<JsonValue> CorpusSchemaExamples::example(const JsonValue *schema, int depth, QStringList &refs)
{
    const int refCount = int(refs.size());
    schema = resolve(schema, &refs);
    const auto done = [&](std::unique_ptr<JsonValue> value) {
        while (refs.size() > refCount)
            refs.removeLast();
        return value;
    };
    if (!schema || depth > 8 || --m_budget < 0)
        return done(nullptr);
    const QString type = effectiveType(schema);
    const JsonValue *values = schema->member(QStringLiteral("enum"));
    if (values && values->isArray() && values->size() > 0 && conformsToType(*values->at(0), schema))
        return done(values->at(0)->clone());
    if (type == QLatin1String("string"))
        return done(stringFor(text(schema, "format")));
    if (type == QLatin1String("integer"))
        return done(JsonValue::makeNumberLexeme(QStringLiteral("42")));
    if (type == QLatin1String("number"))
        return done(JsonValue::makeNumberLexeme(QStringLiteral("1.5")));
    if (type == QLatin1String("boolean"))
        return done(JsonValue::makeBool(true));
    if (type == QLatin1String("array")) {
        auto array = JsonValue::makeArray();
        if (std::unique_ptr<JsonValue> item = example(schema->member(QStringLiteral("items")), depth + 1, refs))
            array->insertItem(0, std::move(item));
        return done(std::move(array));
    }
    if (type == QLatin1String("object")) {
        auto object = JsonValue::makeObject();
        const JsonValue *properties = schema->member(QStringLiteral("properties"));
        for (int i = 0; properties && properties->isObject() && i < properties->size(); ++i) {
            if (object->indexOf(properties->keyAt(i)) >= 0)
                continue; // duplicate key in the corpus file
            if (std::unique_ptr<JsonValue> value = example(properties->at(i), depth + 1, refs))
                object->insertItem(object->size(), std::move(value), properties->keyAt(i));
        }
        return done(std::move(object));
    }
    return done(nullptr); // no type, or one we cannot build (file, allOf, ...)
}

void CorpusSchemaExamples::compare(const JsonValue *corpus, const JsonValue *inferred, const JsonValue &sample,
                                   const QString &where)
{
    corpus = resolve(corpus);
    if (!corpus || !inferred)
        return;
    const QString type = effectiveType(corpus);
    if (type.isEmpty())
        return;
    ++m_nodes;
    const QString inferredType = text(inferred, "type");
    const bool enumerated = corpus->member(QStringLiteral("enum"));
    // An enum value of another JSON type than declared is the corpus's inconsistency, not ours.
    if (inferredType != type && !enumerated) {
        m_problems.append(QStringLiteral("%1: type %2 inferred as %3").arg(where, type, inferredType));
        return;
    }
    if (type == QLatin1String("string") && !enumerated) {
        const QString format = text(corpus, "format");
        const QString expected = Detectable.contains(format) ? format : QString();
        m_formats += expected.isEmpty() ? 0 : 1;
        if (text(inferred, "format") != expected)
            m_problems.append(QStringLiteral("%1: format %2 inferred as %3").arg(where, format, text(inferred, "format")));
    }
    if (sample.isObject()) {
        const JsonValue *properties = corpus->member(QStringLiteral("properties"));
        const JsonValue *inferredProperties = inferred->member(QStringLiteral("properties"));
        for (int i = 0; properties && inferredProperties && i < sample.size(); ++i)
            compare(properties->member(sample.keyAt(i)), inferredProperties->member(sample.keyAt(i)), *sample.at(i),
                    where + QLatin1Char('.') + sample.keyAt(i));
    }
    if (sample.isArray() && sample.size() > 0)
        compare(corpus->member(QStringLiteral("items")), inferred->member(QStringLiteral("items")), *sample.at(0),
                where + QStringLiteral("[]"));
}
