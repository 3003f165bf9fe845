#pragma once

#include "json/JsonValue.h"

#include <QHash>
#include <QString>

#include <memory>

// An importer's input as a JSON tree, read from JSON or YAML, that can still say where each node
// was in the text (JSON: the parser's source spans; YAML: the marks yaml-cpp gives).
class InputTree
{
public:
    struct Location
    {
        int line = 0; // 1-based; 0 when unknown
        int column = 0;
    };

    // Parses text as JSON when it starts with '{' or '[', else as YAML. On failure root() is
    // null and error()/errorLocation() say what and where.
    static InputTree parse(const QString &text);
    static InputTree parseJson(const QString &text);
    static InputTree parseYaml(const QString &text);

    InputTree();
    ~InputTree();
    InputTree(InputTree &&) noexcept;
    InputTree &operator=(InputTree &&) noexcept;

    bool ok() const { return m_root != nullptr; }
    const json::JsonValue *root() const { return m_root.get(); }
    bool isYaml() const { return m_yaml; }
    const QString &error() const { return m_error; }
    Location errorLocation() const { return m_errorLocation; }

    Location locate(const json::JsonValue *node) const;
    static QString pointerOf(const json::JsonValue *node);

    // Used by the YAML reader while it builds the tree.
    void setYamlResult(std::unique_ptr<json::JsonValue> root, QHash<const json::JsonValue *, Location> marks);
    void setError(const QString &error, Location where);

private:
    std::unique_ptr<json::JsonValue> m_root;
    QHash<const json::JsonValue *, Location> m_marks;
    bool m_yaml = false;
    QString m_error;
    Location m_errorLocation;
};
