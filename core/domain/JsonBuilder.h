#pragma once

#include "json/JsonValue.h"

#include <QString>
#include <QStringList>

#include <memory>

// Small helpers to build new JSON nodes in code, in the order the keys should appear.
class JsonBuilder
{
public:
    JsonBuilder() : m_value(json::JsonValue::makeObject()) {}

    JsonBuilder &add(const QString &key, std::unique_ptr<json::JsonValue> value);
    JsonBuilder &add(const QString &key, const QString &text);
    JsonBuilder &add(const QString &key, bool flag);
    // Adds the member only for a non-empty text.
    JsonBuilder &addIfNotEmpty(const QString &key, const QString &text);
    std::unique_ptr<json::JsonValue> take() { return std::move(m_value); }

    static std::unique_ptr<json::JsonValue> string(const QString &text) { return json::JsonValue::makeString(text); }
    static std::unique_ptr<json::JsonValue> stringArray(const QStringList &items);
    // A copy that the writer lays out in the file's style (no source spans).
    static std::unique_ptr<json::JsonValue> detachedClone(const json::JsonValue &value);
    // Text typed by the user as a value of a Swagger type: "42" for an integer becomes
    // the number 42, "true" a boolean; anything else (or a string type) stays a string.
    static std::unique_ptr<json::JsonValue> typedScalar(const QString &text, const QString &swaggerType);
    // How a scalar reads in a form: strings as-is, numbers by their spelling, containers compact.
    static QString displayText(const json::JsonValue *value);

private:
    std::unique_ptr<json::JsonValue> m_value;
};
