#pragma once

// The parser's private class, shared by JsonParser.cpp (structure: objects, arrays, trivia,
// diagnostics) and JsonParserScalars.cpp (strings, numbers, literals). Not installed, not for users.
#include "JsonParser.h"
#include "JsonSource.h"

#include <QHashFunctions>
#include <QSet>

#include <deque>
#include <unordered_map>

namespace json {

// The recursive-descent parser. Errors set m_failed and unwind by returning nullptr.
class JsonParser::Impl
{
public:
    Impl(std::shared_ptr<const JsonSource> source, const ParseOptions &options)
        : m_source(std::move(source)),
          m_text(m_source->text()),
          m_data(m_text.constData()),
          m_size(int(m_text.size())),
          m_options(options)
    { }

    ParseResult run();

private:
    static constexpr int MaxWarnings = 200;

    QChar peek() const { return m_pos < m_size ? m_data[m_pos] : QChar(); }
    bool atEnd() const { return m_pos >= m_size; }
    void skipTrivia();
    bool skipComment();
    std::unique_ptr<JsonValue> parseValue(int depth);
    std::unique_ptr<JsonValue> parseObject(int depth);
    std::unique_ptr<JsonValue> parseArray(int depth);
    std::unique_ptr<JsonValue> parseString();
    std::unique_ptr<JsonValue> parseNumber();
    std::unique_ptr<JsonValue> parseLiteral();
    bool readString(QString *out);
    QString interned(QStringView text);
    bool readHex4(int at, char16_t *out);
    std::unique_ptr<JsonValue> newNode(JsonValue::Type type, int start);
    std::vector<JsonValue::Item> &scratchItems(int depth);
    static void moveItems(std::vector<JsonValue::Item> &items, JsonValue &node);
    static bool isDuplicate(const std::vector<JsonValue::Item> &items, const QString &key,
                            QSet<QString> *seen);
    void warn(const QString &code, const QString &message, int offset);
    std::nullptr_t fail(const QString &message, int offset);
    QString describeHere() const;

    std::shared_ptr<const JsonSource> m_source;
    const QString &m_text;
    const QChar *m_data;
    int m_size;
    int m_pos = 0;
    bool m_failed = false;
    int m_warnings = 0;
    ParseOptions m_options;
    QList<JsonDiagnostic> m_diagnostics;
    // Short strings without escapes (keys, "string", "query", ...) repeat thousands of times in a
    // definition: one shared copy each saves an allocation per occurrence, and its free later.
    struct ViewHash
    {
        size_t operator()(QStringView view) const { return qHash(view); }
    };
    static constexpr int InternMax = 24;
    std::unordered_map<QStringView, QString, ViewHash> m_interned; // views into the source text
    // A container's items are gathered here (one list per depth, reused) and moved into the node
    // at its end: one allocation of the exact size per container, where growing in place
    // reallocated as it went and left a quarter of the tree's item storage unused.
    std::deque<std::vector<JsonValue::Item>> m_scratch; // a deque: the lists above stay put
};

} // namespace json
