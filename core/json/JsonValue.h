#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>
#include <vector>

namespace json {

class JsonSource;

// One node of the order- and format-preserving JSON tree. Nodes produced by the
// parser remember their source text span, so the writer can re-emit them verbatim;
// nodes created by edits have no source and are formatted in the file's style.
class JsonValue
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    // Span of one array element or object member in the source, including the
    // whitespace/comments before it (lead) and between its value and the comma (tail).
    struct Item
    {
        QString key;                    // objects only: decoded key
        std::unique_ptr<JsonValue> value;
        // Offsets into the parent's source; -1 for items created by edits.
        int leadStart = -1;             // just after the previous ',' or the opening bracket
        int keyStart = -1;              // objects: the opening quote of the key
        int keyEnd = -1;                // objects: just after the closing quote of the key
        int valueStart = -1;
        int valueEnd = -1;
        int tailEnd = -1;               // the ',' after the item, or the value's end for the last
        bool keyEdited = false;         // key renamed: re-emit the key from `key`

        bool hasSource() const { return leadStart >= 0; }
    };

    explicit JsonValue(Type type = Type::Null);
    ~JsonValue();
    JsonValue(const JsonValue &) = delete;
    JsonValue &operator=(const JsonValue &) = delete;

    static std::unique_ptr<JsonValue> makeNull();
    static std::unique_ptr<JsonValue> makeBool(bool value);
    static std::unique_ptr<JsonValue> makeNumber(double value);
    static std::unique_ptr<JsonValue> makeNumberLexeme(const QString &lexeme); // e.g. "1.0", "1e3"
    static std::unique_ptr<JsonValue> makeString(const QString &value);
    static std::unique_ptr<JsonValue> makeArray();
    static std::unique_ptr<JsonValue> makeObject();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isContainer() const { return m_type == Type::Array || m_type == Type::Object; }
    static QString typeName(Type type);

    bool toBool(bool fallback = false) const;
    double toDouble(double fallback = 0) const;
    qint64 toInteger(qint64 fallback = 0) const;
    QString toString(const QString &fallback = {}) const; // strings only
    QString numberLexeme() const;                          // the spelling of a number

    // Containers.
    int size() const { return int(m_items.size()); }
    const Item &itemAt(int index) const { return m_items[size_t(index)]; }
    JsonValue *at(int index) const;                        // array element or member value
    QString keyAt(int index) const;
    int indexOf(const QString &key) const;                 // last member with that key, -1 if none
    JsonValue *member(const QString &key) const;           // nullptr if none
    QStringList keys() const;

    // Structural edits. They take and give ownership so undo can restore the exact
    // node (with its source spans) that was removed or replaced.
    void insertItem(int index, std::unique_ptr<JsonValue> value, const QString &key = {});
    std::unique_ptr<JsonValue> takeItem(int index, Item *spanOut = nullptr);
    void restoreItem(int index, Item item);                // puts back what takeItem gave
    std::unique_ptr<JsonValue> replaceValue(int index, std::unique_ptr<JsonValue> value);
    void renameKey(int index, const QString &key);
    void moveItem(int from, int to);

    JsonValue *parent() const { return m_parent; }
    int indexInParent() const;

    // Forgets the source spans below this node, so the writer formats it in the file's style.
    void detachFromSource();
    // Drops what tolerant reading accepted but strict JSON forbids (trailing commas, raw
    // control characters in strings); returns how many places changed.
    int repairTolerated();

    // A deep copy. Keeps the source spans, so a duplicated subtree keeps its formatting.
    std::unique_ptr<JsonValue> clone() const;
    // Structural equality (type, keys in order, values); ignores formatting.
    bool equals(const JsonValue &other) const;

    // Source bookkeeping (used by the parser and writer).
    const std::shared_ptr<const JsonSource> &source() const { return m_source; }
    int sourceStart() const { return m_start; }
    int sourceEnd() const { return m_end; }
    bool hasSource() const { return m_source != nullptr && m_start >= 0; }
    int closeTriviaStart() const { return m_closeStart; }
    bool hadTrailingComma() const { return m_trailingComma; }
    bool structureEdited() const { return m_structureEdited; }

private:
    friend class JsonParser;

    void adopt(JsonValue *child);
    const QHash<QString, int> &keyIndex() const;
    void dropKeyIndex();

    // Small members first, packed: a large definition has hundreds of thousands of nodes.
    Type m_type;
    bool m_bool = false;
    bool m_trailingComma = false;
    bool m_structureEdited = false;  // items inserted/removed/moved since parsing
    int m_start = -1;                // value span in the source
    int m_end = -1;
    int m_closeStart = -1;           // containers: where the trivia before the closing bracket starts
    double m_number = 0;
    QString m_string;                // string value, or number lexeme for edited numbers
    std::vector<Item> m_items;
    JsonValue *m_parent = nullptr;
    std::shared_ptr<const JsonSource> m_source;
    // Large objects (paths, definitions): key -> index of the last member with it, built on the
    // first lookup and dropped by every change of the keys. Lookups in them were linear scans.
    // Atomic: the validator reads one tree from several threads, and the first lookup builds it.
    mutable std::atomic<QHash<QString, int> *> m_keyIndex {nullptr};
};

} // namespace json
