#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace json {

class JsonValue;

// RFC 6901 JSON Pointer: "/paths/~1employees/get" -> ["paths", "/employees", "get"].
class JsonPointer
{
public:
    JsonPointer() = default;
    explicit JsonPointer(QStringList tokens) : m_tokens(std::move(tokens)) {}

    // Returns false (and a reason) for text that is not a pointer ("" is the root).
    static bool parse(const QString &text, JsonPointer *out, QString *error = nullptr);
    static JsonPointer fromString(const QString &text); // asserts validity; for literals
    static QString escape(const QString &token);
    static QString unescape(const QString &token);

    QString toString() const;
    const QStringList &tokens() const { return m_tokens; }
    bool isRoot() const { return m_tokens.isEmpty(); }
    JsonPointer parentPointer() const;
    QString lastToken() const { return m_tokens.isEmpty() ? QString() : m_tokens.last(); }
    JsonPointer child(const QString &token) const;
    JsonPointer child(int index) const { return child(QString::number(index)); }
    bool startsWith(const JsonPointer &prefix) const;

    // The node at this pointer, or nullptr (with a reason naming the failing token).
    JsonValue *resolve(const JsonValue *root, QString *error = nullptr) const;
    // The pointer of a node inside its tree.
    static JsonPointer of(const JsonValue *node);

    bool operator==(const JsonPointer &other) const { return m_tokens == other.m_tokens; }
    bool operator!=(const JsonPointer &other) const { return !(*this == other); }

private:
    QStringList m_tokens;
};

} // namespace json

Q_DECLARE_METATYPE(json::JsonPointer)
