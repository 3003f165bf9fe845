#pragma once

#include <QByteArray>

namespace json {
class JsonValue;
}

// Writes a JSON tree as YAML (block style, keys in their order) with yaml-cpp's emitter.
// Strings that YAML would read back as another type ("true", "200", "null", "") are quoted,
// so the YAML means exactly the JSON.
class YamlWriter
{
public:
    static QByteArray write(const json::JsonValue &root);
};
