#pragma once

#include "json/JsonValue.h"

#include <QSet>
#include <QString>

#include <memory>

// Helpers the importers share to build the Swagger 2.0 output with the project's JSON engine.
class SwaggerOutput
{
public:
    // {"swagger": "2.0", "info": {title, description?, version}} with the title defaulted.
    static std::unique_ptr<json::JsonValue> skeleton(const QString &title, const QString &description,
                                                     const QString &version);
    // Puts the top-level keys in the conventional order (swagger, info, host, basePath, schemes,
    // consumes, produces, paths, definitions, parameters, responses, securityDefinitions,
    // security, tags, x-ms-connector-metadata), others after them in their order.
    static void orderTopLevel(json::JsonValue *root);
    // The member named key, created (an empty object) at the end when missing.
    static json::JsonValue *object(json::JsonValue *parent, const QString &key);
    // Sets key to value, replacing an existing member in place or appending.
    static void set(json::JsonValue *object, const QString &key, std::unique_ptr<json::JsonValue> value);
    static void set(json::JsonValue *object, const QString &key, const QString &text);
    static void append(json::JsonValue *array, std::unique_ptr<json::JsonValue> value);
    // A copy without source spans (laid out in the output's style).
    static std::unique_ptr<json::JsonValue> copy(const json::JsonValue &value);
    static QString text(const json::JsonValue *value); // strings; numbers and booleans spelled
};

// Hands out operationIds: PascalCase from a name, unique (a numeric suffix on clashes).
class OperationIds
{
public:
    QString take(const QString &name, const QString &fallback);
    bool contains(const QString &id) const { return m_used.contains(id.toLower()); }
    void reserve(const QString &id) { m_used.insert(id.toLower()); }

private:
    QSet<QString> m_used; // compared case-insensitively: the platform does
};
