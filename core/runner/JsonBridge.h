#pragma once

#include <QJsonValue>

namespace json {
class JsonValue;
}

// The runner reads schemas and parameters as plain Qt JSON: key order does not matter
// there, and valijson has a Qt JSON adapter. Never used to write connector files.
namespace JsonBridge {

QJsonValue toQJson(const json::JsonValue *value); // null -> QJsonValue::Undefined

} // namespace JsonBridge
