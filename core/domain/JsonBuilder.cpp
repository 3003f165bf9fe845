#include "JsonBuilder.h"

#include "json/JsonStyle.h"
#include "json/JsonWriter.h"

#include <QRegularExpression>

using json::JsonValue;

JsonBuilder &JsonBuilder::add(const QString &key, std::unique_ptr<JsonValue> value)
{
    m_value->insertItem(m_value->size(), std::move(value), key);
    return *this;
}

JsonBuilder &JsonBuilder::add(const QString &key, const QString &text)
{
    return add(key, JsonValue::makeString(text));
}

JsonBuilder &JsonBuilder::add(const QString &key, bool flag)
{
    return add(key, JsonValue::makeBool(flag));
}

JsonBuilder &JsonBuilder::addIfNotEmpty(const QString &key, const QString &text)
{
    if (!text.isEmpty())
        add(key, text);
    return *this;
}

std::unique_ptr<JsonValue> JsonBuilder::stringArray(const QStringList &items)
{
    auto array = JsonValue::makeArray();
    for (const QString &item : items)
        array->insertItem(array->size(), JsonValue::makeString(item));
    return array;
}

std::unique_ptr<JsonValue> JsonBuilder::detachedClone(const JsonValue &value)
{
    std::unique_ptr<JsonValue> copy = value.clone();
    copy->detachFromSource();
    return copy;
}

std::unique_ptr<JsonValue> JsonBuilder::typedScalar(const QString &text, const QString &swaggerType)
{
    static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]*)$"));
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    const QString trimmed = text.trimmed();
    if (swaggerType == QLatin1String("integer") && integer.match(trimmed).hasMatch())
        return JsonValue::makeNumberLexeme(trimmed);
    if (swaggerType == QLatin1String("number") && number.match(trimmed).hasMatch())
        return JsonValue::makeNumberLexeme(trimmed);
    if (swaggerType == QLatin1String("boolean") && (trimmed == QLatin1String("true") || trimmed == QLatin1String("false")))
        return JsonValue::makeBool(trimmed == QLatin1String("true"));
    return JsonValue::makeString(text);
}

QString JsonBuilder::displayText(const JsonValue *value)
{
    if (!value)
        return {};
    switch (value->type()) {
    case JsonValue::Type::Null: return QStringLiteral("null");
    case JsonValue::Type::Bool: return value->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Number: return value->numberLexeme();
    case JsonValue::Type::String: return value->toString();
    default: break;
    }
    std::unique_ptr<JsonValue> copy = detachedClone(*value);
    json::JsonStyle compact;
    compact.indentUnit.clear();
    compact.newline.clear();
    return json::JsonWriter(compact).write(*copy);
}
