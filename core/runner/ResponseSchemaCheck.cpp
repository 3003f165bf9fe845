#include "ResponseSchemaCheck.h"

#include "JsonBridge.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <exception>

namespace {

// Swagger 2.0 schema -> draft 4: x-nullable becomes a null-able type, "file" any value.
QJsonValue toDraft4(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(toDraft4(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("enum") && it.key() != QLatin1String("default")
            && it.key() != QLatin1String("example") && it.key() != QLatin1String("required"))
            it.value() = toDraft4(it.value());
    }
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("file"))
        object.remove(QStringLiteral("type"));
    else if (!type.isEmpty() && object.value(QLatin1String("x-nullable")).toBool())
        object.insert(QStringLiteral("type"), QJsonArray {type, QStringLiteral("null")});
    return object;
}

QJsonValue childOf(const QJsonValue &value, const QString &segment)
{
    if (value.isArray())
        return value.toArray().at(segment.toInt());
    return value.toObject().value(segment);
}

QJsonObject resolve(QJsonObject schema, const QJsonObject &definitions)
{
    for (int guard = 0; guard < 32 && schema.contains(QLatin1String("$ref")); ++guard) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        schema = definitions.value(ref.section(QLatin1Char('/'), -1)).toObject();
    }
    return schema;
}

QString describe(const QJsonValue &value)
{
    QString text;
    QString type;
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    case QJsonValue::Bool:
        type = QStringLiteral("boolean");
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double:
        type = QStringLiteral("number");
        text = QString::number(value.toDouble());
        break;
    case QJsonValue::String:
        type = QStringLiteral("string");
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        break;
    case QJsonValue::Array:
        type = QStringLiteral("array");
        text = QStringLiteral("[%1 items]").arg(value.toArray().size());
        break;
    case QJsonValue::Object:
        type = QStringLiteral("object");
        text = QStringLiteral("{%1 keys}").arg(value.toObject().size());
        break;
    }
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return type + QLatin1Char(' ') + text;
}

QString expectation(const QJsonObject &schema)
{
    QString text = schema.value(QLatin1String("type")).toString();
    if (text.isEmpty() && schema.value(QLatin1String("type")).isArray())
        text = schema.value(QLatin1String("type")).toArray().first().toString() + QStringLiteral(" or null");
    const QString format = schema.value(QLatin1String("format")).toString();
    if (!format.isEmpty())
        text += QStringLiteral(" (%1)").arg(format);
    const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
    if (!values.isEmpty()) {
        QStringList names;
        for (const QJsonValue &v : values)
            names.append(QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1));
        text += QStringLiteral(" one of %1").arg(names.join(QStringLiteral(", ")));
    }
    return text.isEmpty() ? QStringLiteral("any") : text.trimmed();
}

SchemaMismatch mismatchOf(const valijson::ValidationResults::Error &error, const QJsonObject &schema,
                          const QJsonObject &definitions, const QJsonValue &value)
{
    SchemaMismatch mismatch;
    mismatch.message = QString::fromStdString(error.description);
    mismatch.path = QStringLiteral("$");
    QJsonValue current = value;
    QJsonObject currentSchema = resolve(schema, definitions);
    for (const std::string &part : error.context) {
        const QString segment = QString::fromStdString(part);
        if (!segment.startsWith(QLatin1Char('[')))
            continue; // "<root>"
        const QString key = segment.mid(1, segment.size() - 2);
        const bool index = current.isArray();
        mismatch.path += index ? segment : QLatin1Char('.') + key;
        current = childOf(current, key);
        const QJsonObject next = index
            ? currentSchema.value(QLatin1String("items")).toObject()
            : currentSchema.value(QLatin1String("properties")).toObject().value(key).toObject();
        currentSchema = resolve(next, definitions);
    }
    mismatch.actual = describe(current);
    mismatch.expected = expectation(currentSchema);
    const int quote = mismatch.message.indexOf(QLatin1Char('\''));
    if (mismatch.message.contains(QLatin1String("required property")) && quote >= 0) {
        const QString name = mismatch.message.mid(quote + 1).section(QLatin1Char('\''), 0, 0);
        mismatch.path += QLatin1Char('.') + name;
        mismatch.expected = QObject::tr("required property");
        mismatch.actual = QStringLiteral("missing");
    }
    return mismatch;
}

} // namespace

ResponseSchemaCheck::ResponseSchemaCheck(const ConnectorDocument &document) : m_document(document) { }

SchemaCheckResult ResponseSchemaCheck::check(const OperationView &operation, int status,
                                             const QByteArray &body) const
{
    auto response = operation.response(QString::number(status));
    if (!response)
        response = operation.response(QStringLiteral("default"));
    SchemaCheckResult result;
    if (!response || !response->hasSchema()) {
        result.note = QObject::tr("No schema is declared for status %1.").arg(status);
        return result;
    }
    const QJsonObject schema = JsonBridge::toQJson(m_document.value(ConnectorDocument::Part::Definition,
                                                                    response->schema().pointer()))
                                   .toObject();
    const QJsonObject definitions
        = JsonBridge::toQJson(m_document.value(ConnectorDocument::Part::Definition,
                                               json::JsonPointer::fromString(QStringLiteral("/definitions"))))
              .toObject();
    QJsonParseError error {};
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (parsed.isNull()) {
        result.checked = true;
        result.valid = false;
        result.responseKey = response->statusCode();
        result.mismatches.append({QStringLiteral("$"), QObject::tr("JSON"),
                                  body.isEmpty() ? QObject::tr("an empty body") : QObject::tr("not JSON"),
                                  error.errorString()});
        return result;
    }
    result = checkValue(schema, definitions,
                        parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object()));
    result.responseKey = response->statusCode();
    return result;
}

SchemaCheckResult ResponseSchemaCheck::checkValue(const QJsonObject &schema, const QJsonObject &definitions,
                                                  const QJsonValue &value)
{
    SchemaCheckResult result;
    result.checked = true;
    QJsonObject root = toDraft4(schema).toObject();
    root.insert(QStringLiteral("definitions"), toDraft4(definitions));
    try {
        valijson::Schema compiled;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        valijson::adapters::QtJsonAdapter schemaAdapter(root);
        parser.populateSchema(schemaAdapter, compiled);
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::QtJsonAdapter target(value);
        result.valid = validator.validate(compiled, target, &results);
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            // Parent errors only repeat that a child failed: keep the child's.
            if (QString::fromStdString(error.description).startsWith(QLatin1String("Failed to validate")))
                continue;
            result.mismatches.append(mismatchOf(error, schema, definitions, value));
        }
    } catch (const std::exception &e) {
        result.checked = false;
        result.valid = true;
        result.note = QObject::tr("The schema could not be read: %1").arg(QString::fromStdString(e.what()));
    }
    return result;
}
