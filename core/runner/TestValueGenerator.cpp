#include "TestValueGenerator.h"

#include "JsonBridge.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int ShallowDepth = 2; // below it: required properties only, empty arrays
constexpr int MaxDepth = 8;

QJsonValue stringFor(const QJsonObject &schema)
{
    const QString format = schema.value(QLatin1String("format")).toString();
    QString text = QStringLiteral("test");
    if (format == QLatin1String("date"))
        text = QStringLiteral("2024-01-15");
    else if (format == QLatin1String("date-time"))
        text = QStringLiteral("2024-01-15T09:30:00Z");
    else if (format == QLatin1String("email"))
        text = QStringLiteral("test.user@example.com");
    else if (format == QLatin1String("uri") || format == QLatin1String("url"))
        text = QStringLiteral("https://example.com/");
    else if (format == QLatin1String("uuid") || format == QLatin1String("guid"))
        text = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    else if (format == QLatin1String("byte"))
        text = QStringLiteral("dGVzdA==");
    const int minLength = schema.value(QLatin1String("minLength")).toInt(0);
    const int maxLength = schema.value(QLatin1String("maxLength")).toInt(-1);
    while (text.size() < minLength)
        text += QLatin1Char('x');
    if (maxLength >= 0 && text.size() > maxLength)
        text.truncate(maxLength);
    return text;
}

QJsonValue numberFor(const QJsonObject &schema, bool integer)
{
    double value = 1;
    if (schema.contains(QLatin1String("minimum")))
        value = qMax(value,
                     schema.value(QLatin1String("minimum")).toDouble()
                         + (schema.value(QLatin1String("exclusiveMinimum")).toBool() ? 1 : 0));
    if (schema.contains(QLatin1String("maximum")))
        value = qMin(value,
                     schema.value(QLatin1String("maximum")).toDouble()
                         - (schema.value(QLatin1String("exclusiveMaximum")).toBool() ? 1 : 0));
    return integer ? QJsonValue(qint64(value)) : QJsonValue(value);
}

} // namespace

TestValueGenerator::TestValueGenerator(const ConnectorDocument &document)
    : m_document(document),
      m_definitions(
          JsonBridge::toQJson(document.value(ConnectorDocument::Part::Definition,
                                             json::JsonPointer::fromString(QStringLiteral("/definitions"))))
              .toObject())
{ }

QJsonObject TestValueGenerator::resolved(QJsonObject schema) const
{
    for (int guard = 0; guard < 32 && schema.contains(QLatin1String("$ref")); ++guard)
        schema = m_definitions
                     .value(schema.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1))
                     .toObject();
    return schema;
}

QJsonValue TestValueGenerator::named(const QJsonObject &schema)
{
    for (const char *key : {"x-ms-test-value", "default", "x-example", "example"}) {
        const QJsonValue value = schema.value(QLatin1String(key));
        if (!value.isUndefined())
            return value;
    }
    const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
    return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : values.first();
}

QJsonValue TestValueGenerator::valueFor(const QJsonObject &original, int depth) const
{
    const QJsonObject schema = resolved(original);
    const QJsonValue given = named(original).isUndefined() ? named(schema) : named(original);
    if (!given.isUndefined())
        return given;
    QString type = schema.value(QLatin1String("type")).toString();
    if (type.isEmpty() && schema.contains(QLatin1String("properties")))
        type = QStringLiteral("object");
    if (type == QLatin1String("object") || type.isEmpty()) {
        // Deeper down only required properties: recursive schemas stay small and valid.
        QJsonObject object;
        if (depth >= MaxDepth)
            return object; // a cycle of required properties
        const QJsonArray required = schema.value(QLatin1String("required")).toArray();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonObject property = it.value().toObject();
            const bool needed = required.contains(it.key());
            if ((property.value(QLatin1String("readOnly")).toBool() && !needed)
                || (!needed && depth >= ShallowDepth))
                continue;
            object.insert(it.key(), valueFor(property, depth + 1));
        }
        return object;
    }
    if (type == QLatin1String("array")) {
        if ((depth >= ShallowDepth && schema.value(QLatin1String("minItems")).toInt() == 0) || depth >= MaxDepth)
            return QJsonArray();
        return QJsonArray {valueFor(schema.value(QLatin1String("items")).toObject(), depth + 1)};
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return numberFor(schema, type == QLatin1String("integer"));
    if (type == QLatin1String("boolean"))
        return true;
    return stringFor(schema);
}

QString TestValueGenerator::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

RequestInput TestValueGenerator::generate(const OperationView &operation) const
{
    RequestInput input;
    for (const ParameterView &view : operation.parameters()) {
        const QJsonObject parameter
            = JsonBridge::toQJson(m_document.value(ConnectorDocument::Part::Definition, view.pointer()))
                  .toObject();
        if (view.isBody()) {
            const QJsonObject schema = parameter.value(QLatin1String("schema")).toObject();
            const QJsonValue own = named(parameter);
            const QJsonValue body = own.isUndefined() ? valueFor(schema) : own;
            input.setValue(view.name(), toText(body));
            continue;
        }
        const QJsonValue value = named(parameter);
        if (!value.isUndefined()) {
            if (value.isArray()) {
                QStringList items;
                for (const QJsonValue &item : value.toArray())
                    items.append(toText(item));
                input.values.insert(view.name(), items);
            } else {
                input.setValue(view.name(), toText(value));
            }
        } else if (view.isRequired()) {
            QJsonValue generated = valueFor(parameter);
            if (generated.isArray() && !generated.toArray().isEmpty())
                generated = generated.toArray().first();
            input.setValue(view.name(), toText(generated));
        }
    }
    return input;
}
