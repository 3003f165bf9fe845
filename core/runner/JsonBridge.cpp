#include "JsonBridge.h"

#include "json/JsonValue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace JsonBridge {

QJsonValue toQJson(const json::JsonValue *value)
{
    if (!value)
        return QJsonValue(QJsonValue::Undefined);
    switch (value->type()) {
    case json::JsonValue::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case json::JsonValue::Type::Bool:
        return value->toBool();
    case json::JsonValue::Type::Number: {
        const double number = value->toDouble();
        const qint64 integer = value->toInteger();
        // Integers stay integers, so "1" in a schema is not "1.0" in messages.
        if (double(integer) == number)
            return QJsonValue(integer);
        return number;
    }
    case json::JsonValue::Type::String:
        return value->toString();
    case json::JsonValue::Type::Array: {
        QJsonArray array;
        for (int i = 0; i < value->size(); ++i)
            array.append(toQJson(value->at(i)));
        return array;
    }
    case json::JsonValue::Type::Object: {
        QJsonObject object;
        for (int i = 0; i < value->size(); ++i)
            object.insert(value->keyAt(i), toQJson(value->at(i)));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace JsonBridge
