#pragma once

#include <QStringList>

namespace json { class JsonValue; }

// Checks that a JSON value conforms to a Swagger 2.0 schema (the subset inference and
// connectors use: type, format, properties, required, items, enum, x-nullable, local $ref).
// Independent of the inference code: formats are checked with Qt's own parsers.
class SchemaConformance
{
public:
    explicit SchemaConformance(const json::JsonValue *root = nullptr) : m_root(root) {}

    // Problems as "<path>: <what>", empty when the value conforms.
    QStringList check(const json::JsonValue &value, const json::JsonValue &schema) const;

private:
    void check(const json::JsonValue &value, const json::JsonValue &schema, const QString &path, QStringList &out,
               int depth) const;
    bool checkType(const json::JsonValue &value, const QString &type, const QString &format, const QString &path,
                   QStringList &out) const;
    static QString formatProblem(const QString &text, const QString &format);

    const json::JsonValue *m_root;
};
