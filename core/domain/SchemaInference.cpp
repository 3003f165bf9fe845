#include "SchemaInference.h"

#include "JsonBuilder.h"
#include "NameStyle.h"
#include "SampleShape.h"
#include "SwaggerKeys.h"
#include "json/JsonParser.h"

#include <QCoreApplication>

using json::JsonValue;
namespace K = SwaggerKeys;

std::unique_ptr<JsonValue> SchemaInference::infer(const JsonValue &sample, const Options &options)
{
    return schemaOf(SampleShape::of(sample, options.maxDepth), options);
}

std::unique_ptr<JsonValue> SchemaInference::inferFromText(const QString &text, QString *error, const Options &options)
{
    json::ParseResult parsed = json::JsonParser::parse(text);
    if (!parsed.ok()) {
        const json::JsonDiagnostic *problem = parsed.error();
        *error = problem ? problem->format(QCoreApplication::translate("SchemaInference", "sample"))
                         : QCoreApplication::translate("SchemaInference", "The sample is not JSON.");
        return nullptr;
    }
    return infer(*parsed.root, options);
}

static QString typeName(unsigned kinds)
{
    using S = SampleShape;
    switch (kinds) {
    case S::Boolean: return QStringLiteral("boolean");
    case S::Integer: return QStringLiteral("integer");
    case S::Number:
    case S::Integer | S::Number: return QStringLiteral("number");
    case S::String: return QStringLiteral("string");
    case S::Object: return QStringLiteral("object");
    case S::Array: return QStringLiteral("array");
    default: return {}; // nothing but null, or conflicting kinds: open
    }
}

std::unique_ptr<JsonValue> SchemaInference::schemaOf(const SampleShape &shape, const Options &options)
{
    JsonBuilder schema;
    const unsigned kinds = shape.kinds() & ~unsigned(SampleShape::Null);
    const QString type = typeName(kinds);
    if (type.isEmpty())
        return schema.take();
    schema.add(K::Type, type);
    if (type == QLatin1String("integer"))
        schema.add(K::Format, shape.needs64Bits() ? QStringLiteral("int64") : QStringLiteral("int32"));
    if (type == QLatin1String("string"))
        schema.addIfNotEmpty(K::Format, shape.format());
    if (options.nullable && shape.has(SampleShape::Null))
        schema.add(K::XNullable, true);
    if (type == QLatin1String("array")) {
        schema.add(K::Items, shape.items() ? schemaOf(*shape.items(), options) : JsonValue::makeObject());
    } else if (type == QLatin1String("object") && shape.propertyCount() > 0) {
        auto properties = JsonValue::makeObject();
        QStringList required;
        for (int i = 0; i < shape.propertyCount(); ++i) {
            std::unique_ptr<JsonValue> property = schemaOf(shape.property(i), options);
            if (options.summaries)
                property->insertItem(property->size(), JsonValue::makeString(NameStyle::label(shape.propertyName(i))),
                                     K::XmsSummary);
            properties->insertItem(properties->size(), std::move(property), shape.propertyName(i));
            if (shape.property(i).valueCount() == shape.objectCount())
                required.append(shape.propertyName(i));
        }
        schema.add(K::Properties, std::move(properties));
        if (options.required && !required.isEmpty())
            schema.add(K::Required, JsonBuilder::stringArray(required));
    }
    return schema.take();
}
