#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace json { class JsonValue; }

// Builds an example value from each schema of a real connector (definitions, body and
// response schemas), infers a schema back from it, and compares the two: the same type at
// every node, the same detectable string format (date-time, date, email, uri, uuid), and
// the example conforms to both schemas.
class CorpusSchemaExamples
{
public:
    void checkConnector(const QString &definitionPath);

    int connectors() const { return m_connectors; }
    int schemas() const { return m_schemas; }
    int comparedNodes() const { return m_nodes; }
    int comparedFormats() const { return m_formats; }
    const QStringList &problems() const { return m_problems; }

private:
    void checkSchema(const json::JsonValue &schema, const QString &where);
    std::unique_ptr<json::JsonValue> example(const json::JsonValue *schema, int depth, QStringList &refs);
    void compare(const json::JsonValue *corpus, const json::JsonValue *inferred, const json::JsonValue &example,
                 const QString &where);
    const json::JsonValue *resolve(const json::JsonValue *schema, QStringList *refs = nullptr) const;
    static QString effectiveType(const json::JsonValue *schema);

    const json::JsonValue *m_root = nullptr;
    QString m_connector;
    int m_budget = 0;
    int m_connectors = 0;
    int m_schemas = 0;
    int m_nodes = 0;
    int m_formats = 0;
    QStringList m_problems;
};
