#include "JsonParser.h"

#include "JsonSource.h"

#include <QHashFunctions>
#include <QSet>

#include <deque>

#include <unordered_map>

namespace json {

const JsonDiagnostic *ParseResult::error() const
{
    for (const JsonDiagnostic &d : diagnostics) {
        if (d.isError())
            return &d;
    }
    return nullptr;
}

// The recursive-descent parser. Errors set m_failed and unwind by returning nullptr.
class JsonParser::Impl
{
public:
    Impl(std::shared_ptr<const JsonSource> source, const ParseOptions &options)
        : m_source(std::move(source)), m_text(m_source->text()), m_data(m_text.constData()),
          m_size(int(m_text.size())), m_options(options)
    {
    }

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
    static bool isDuplicate(const std::vector<JsonValue::Item> &items, const QString &key, QSet<QString> *seen);
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

void JsonParser::Impl::warn(const QString &code, const QString &message, int offset)
{
    if (++m_warnings > MaxWarnings)
        return; // enough to show the user; the rest only slows hostile input down
    JsonDiagnostic d;
    d.severity = JsonDiagnostic::Severity::Warning;
    d.code = code;
    d.message = message;
    d.offset = offset;
    d.line = m_source->lineAt(offset);
    d.column = m_source->columnAt(offset);
    m_diagnostics.append(d);
}

std::nullptr_t JsonParser::Impl::fail(const QString &message, int offset)
{
    if (m_failed)
        return nullptr;
    m_failed = true;
    JsonDiagnostic d;
    d.severity = JsonDiagnostic::Severity::Error;
    d.code = QStringLiteral("syntax");
    d.message = message;
    d.offset = offset;
    d.line = m_source->lineAt(offset);
    d.column = m_source->columnAt(offset);
    m_diagnostics.append(d);
    return nullptr;
}

QString JsonParser::Impl::describeHere() const
{
    if (atEnd())
        return QStringLiteral("the end of the file");
    const QChar c = peek();
    const QString code = QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    if (c.unicode() < 0x20)
        return QStringLiteral("control character ") + code;
    if (c.unicode() > 0x7E) // invisible look-alikes (no-break or em spaces) need their code point
        return QLatin1Char('\'') + QString(c) + QStringLiteral("' (") + code + QLatin1Char(')');
    return QLatin1Char('\'') + QString(c) + QLatin1Char('\'');
}

std::unique_ptr<JsonValue> JsonParser::Impl::newNode(JsonValue::Type type, int start)
{
    auto node = std::make_unique<JsonValue>(type);
    node->m_source = m_source;
    node->m_start = start;
    return node;
}

std::vector<JsonValue::Item> &JsonParser::Impl::scratchItems(int depth)
{
    while (m_scratch.size() <= size_t(depth))
        m_scratch.emplace_back();
    std::vector<JsonValue::Item> &items = m_scratch[size_t(depth)];
    items.clear();
    return items;
}

void JsonParser::Impl::moveItems(std::vector<JsonValue::Item> &items, JsonValue &node)
{
    node.m_items.reserve(items.size());
    std::move(items.begin(), items.end(), std::back_inserter(node.m_items));
    items.clear();
}

// Whether key is already among items. Most objects are small: a scan beats hashing every key of
// every object (a set per object was a fifth of the parse). Large objects switch to the set.
bool JsonParser::Impl::isDuplicate(const std::vector<JsonValue::Item> &items, const QString &key,
                                   QSet<QString> *seen)
{
    constexpr size_t ScanLimit = 24;
    if (items.size() < ScanLimit) {
        for (const JsonValue::Item &item : items) {
            if (item.key == key)
                return true;
        }
        return false;
    }
    if (seen->isEmpty()) {
        for (const JsonValue::Item &item : items)
            seen->insert(item.key);
    }
    if (seen->contains(key))
        return true;
    seen->insert(key);
    return false;
}

bool JsonParser::Impl::skipComment()
{
    const int start = m_pos;
    if (m_pos + 1 >= m_size || m_data[m_pos] != QLatin1Char('/'))
        return false;
    const QChar next = m_data[m_pos + 1];
    if (next != QLatin1Char('/') && next != QLatin1Char('*'))
        return false;
    if (!m_options.tolerant) {
        fail(QStringLiteral("Comments are not allowed in JSON"), start);
        return false;
    }
    if (next == QLatin1Char('/')) {
        while (m_pos < m_size && m_data[m_pos] != QLatin1Char('\n'))
            ++m_pos;
    } else {
        const int end = int(m_text.indexOf(QLatin1String("*/"), m_pos + 2));
        if (end < 0) {
            fail(QStringLiteral("Unterminated /* comment"), start);
            return false;
        }
        m_pos = end + 2;
    }
    warn(QStringLiteral("comment"), QStringLiteral("Comment (not standard JSON; kept)"), start);
    return true;
}

void JsonParser::Impl::skipTrivia()
{
    while (m_pos < m_size) {
        const char16_t c = m_data[m_pos].unicode();
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++m_pos;
        } else if (c == '/') {
            if (!skipComment())
                return;
        } else {
            return;
        }
    }
}

std::unique_ptr<JsonValue> JsonParser::Impl::parseValue(int depth)
{
    if (depth > m_options.maxDepth)
        return fail(QStringLiteral("Nesting is deeper than %1 levels").arg(m_options.maxDepth), m_pos);
    const char16_t c = peek().unicode();
    switch (c) {
    case '{': return parseObject(depth);
    case '[': return parseArray(depth);
    case '"': return parseString();
    case 't':
    case 'f':
    case 'n': return parseLiteral();
    default: break;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return parseNumber();
    return fail(QStringLiteral("Expected a value but found %1").arg(describeHere()), m_pos);
}

std::unique_ptr<JsonValue> JsonParser::Impl::parseObject(int depth)
{
    auto node = newNode(JsonValue::Type::Object, m_pos);
    std::vector<JsonValue::Item> &items = scratchItems(depth);
    const int open = m_pos++;
    int leadStart = m_pos;
    skipTrivia();
    QSet<QString> seen; // only for large objects: see isDuplicate
    while (!m_failed) {
        if (peek() == QLatin1Char('}')) {
            if (!items.empty() && !node->m_trailingComma)
                break; // unreachable: handled after the value
            node->m_closeStart = leadStart;
            break;
        }
        if (peek() != QLatin1Char('"'))
            return fail(QStringLiteral("Expected a member name in double quotes or '}' but found %1 "
                                       "(object opened at line %2)")
                            .arg(describeHere())
                            .arg(m_source->lineAt(open)),
                        m_pos);
        JsonValue::Item item;
        item.leadStart = leadStart;
        item.keyStart = m_pos;
        if (!readString(&item.key))
            return nullptr;
        item.keyEnd = m_pos;
        if (isDuplicate(items, item.key, &seen))
            warn(QStringLiteral("duplicate-key"),
                 QStringLiteral("Duplicate key \"%1\" (the last one is used)").arg(item.key), item.keyStart);
        skipTrivia();
        if (peek() != QLatin1Char(':'))
            return fail(QStringLiteral("Expected ':' after member name \"%1\" but found %2")
                            .arg(item.key, describeHere()),
                        m_pos);
        ++m_pos;
        skipTrivia();
        item.valueStart = m_pos;
        item.value = parseValue(depth + 1);
        if (!item.value)
            return nullptr;
        item.value->m_parent = node.get();
        item.valueEnd = m_pos;
        skipTrivia();
        node->m_trailingComma = false;
        if (peek() == QLatin1Char(',')) {
            item.tailEnd = m_pos;
            items.push_back(std::move(item));
            leadStart = ++m_pos;
            skipTrivia();
            if (peek() == QLatin1Char('}')) {
                if (!m_options.tolerant)
                    return fail(QStringLiteral("Trailing comma before '}'"), items.back().tailEnd);
                warn(QStringLiteral("trailing-comma"), QStringLiteral("Trailing comma before '}'"),
                     items.back().tailEnd);
                node->m_trailingComma = true;
                node->m_closeStart = leadStart;
                break;
            }
            continue;
        }
        if (peek() == QLatin1Char('}')) {
            item.tailEnd = item.valueEnd;
            items.push_back(std::move(item));
            node->m_closeStart = items.back().valueEnd;
            break;
        }
        return fail(QStringLiteral("Expected ',' or '}' after the value of \"%1\" but found %2")
                        .arg(item.key, describeHere()),
                    m_pos);
    }
    if (m_failed)
        return nullptr;
    moveItems(items, *node);
    node->m_end = ++m_pos;
    return node;
}

std::unique_ptr<JsonValue> JsonParser::Impl::parseArray(int depth)
{
    auto node = newNode(JsonValue::Type::Array, m_pos);
    std::vector<JsonValue::Item> &items = scratchItems(depth);
    const int open = m_pos++;
    int leadStart = m_pos;
    skipTrivia();
    if (peek() == QLatin1Char(']')) {
        node->m_closeStart = leadStart;
        node->m_end = ++m_pos;
        return node;
    }
    while (!m_failed) {
        if (atEnd())
            return fail(QStringLiteral("Unexpected end of file in the array opened at line %1")
                            .arg(m_source->lineAt(open)),
                        m_pos);
        JsonValue::Item item;
        item.leadStart = leadStart;
        item.valueStart = m_pos;
        item.value = parseValue(depth + 1);
        if (!item.value)
            return nullptr;
        item.value->m_parent = node.get();
        item.valueEnd = m_pos;
        skipTrivia();
        if (peek() == QLatin1Char(',')) {
            item.tailEnd = m_pos;
            items.push_back(std::move(item));
            leadStart = ++m_pos;
            skipTrivia();
            if (peek() == QLatin1Char(']')) {
                if (!m_options.tolerant)
                    return fail(QStringLiteral("Trailing comma before ']'"), items.back().tailEnd);
                warn(QStringLiteral("trailing-comma"), QStringLiteral("Trailing comma before ']'"),
                     items.back().tailEnd);
                node->m_trailingComma = true;
                node->m_closeStart = leadStart;
                break;
            }
            continue;
        }
        if (peek() == QLatin1Char(']')) {
            item.tailEnd = item.valueEnd;
            items.push_back(std::move(item));
            node->m_closeStart = items.back().valueEnd;
            break;
        }
        return fail(QStringLiteral("Expected ',' or ']' in the array opened at line %1 but found %2")
                        .arg(m_source->lineAt(open))
                        .arg(describeHere()),
                    m_pos);
    }
    if (m_failed)
        return nullptr;
    moveItems(items, *node);
    node->m_end = ++m_pos;
    return node;
}

bool JsonParser::Impl::readHex4(int at, char16_t *out)
{
    if (at + 4 > m_size)
        return false;
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char16_t c = m_data[at + i].unicode();
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        if (v < 0)
            return false;
        value = char16_t(value * 16 + v);
    }
    *out = value;
    return true;
}

QString JsonParser::Impl::interned(QStringView text)
{
    const auto known = m_interned.find(text);
    if (known != m_interned.end())
        return known->second;
    QString copy = text.toString();
    m_interned.emplace(text, copy);
    return copy;
}

bool JsonParser::Impl::readString(QString *out)
{
    const int start = m_pos++;
    // Fast path: find the closing quote; unescaped text is copied in one go.
    int runStart = m_pos;
    out->clear();
    bool warnedControl = false;
    while (true) {
        if (m_pos >= m_size) {
            fail(QStringLiteral("Unterminated string (it starts here)"), start);
            return false;
        }
        if (m_pos - start > m_options.maxStringLength) {
            fail(QStringLiteral("String longer than %1 characters").arg(m_options.maxStringLength), start);
            return false;
        }
        const char16_t c = m_data[m_pos].unicode();
        if (c == '"') {
            // Nothing appended yet means no escapes: the text is the source run itself.
            if (out->isEmpty() && m_pos > runStart && m_pos - runStart <= InternMax)
                *out = interned(QStringView(m_data + runStart, m_pos - runStart));
            else
                out->append(m_data + runStart, m_pos - runStart);
            ++m_pos;
            return true;
        }
        if (c < 0x20) {
            if (!m_options.tolerant || c == '\n') {
                // A raw newline almost always means a missing closing quote: say so.
                fail(c == '\n' ? QStringLiteral("Unterminated string: line break before the closing quote")
                               : QStringLiteral("Raw control character U+%1 in a string")
                                     .arg(int(c), 4, 16, QLatin1Char('0')),
                     m_pos);
                return false;
            }
            if (!warnedControl)
                warn(QStringLiteral("control-character"),
                     QStringLiteral("Raw control character U+%1 in a string (should be escaped)")
                         .arg(int(c), 4, 16, QLatin1Char('0')),
                     m_pos);
            warnedControl = true;
            ++m_pos;
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        out->append(m_data + runStart, m_pos - runStart);
        const int escape = m_pos;
        if (m_pos + 1 >= m_size) {
            fail(QStringLiteral("Unterminated string (it starts here)"), start);
            return false;
        }
        const char16_t e = m_data[m_pos + 1].unicode();
        m_pos += 2;
        switch (e) {
        case '"': out->append(QLatin1Char('"')); break;
        case '\\': out->append(QLatin1Char('\\')); break;
        case '/': out->append(QLatin1Char('/')); break;
        case 'b': out->append(QLatin1Char('\b')); break;
        case 'f': out->append(QLatin1Char('\f')); break;
        case 'n': out->append(QLatin1Char('\n')); break;
        case 'r': out->append(QLatin1Char('\r')); break;
        case 't': out->append(QLatin1Char('\t')); break;
        case 'u': {
            char16_t unit = 0;
            if (!readHex4(m_pos, &unit)) {
                fail(QStringLiteral("Invalid \\u escape: expected four hex digits"), escape);
                return false;
            }
            m_pos += 4;
            out->append(QChar(unit));
            break;
        }
        default:
            fail(QStringLiteral("Invalid escape '\\%1' in a string").arg(QChar(e)), escape);
            return false;
        }
        runStart = m_pos;
    }
}

std::unique_ptr<JsonValue> JsonParser::Impl::parseString()
{
    auto node = newNode(JsonValue::Type::String, m_pos);
    if (!readString(&node->m_string))
        return nullptr;
    node->m_end = m_pos;
    return node;
}

std::unique_ptr<JsonValue> JsonParser::Impl::parseNumber()
{
    const int start = m_pos;
    auto isDigit = [this](int at) {
        return at < m_size && m_data[at].unicode() >= '0' && m_data[at].unicode() <= '9';
    };
    if (peek() == QLatin1Char('-'))
        ++m_pos;
    if (!isDigit(m_pos))
        return fail(QStringLiteral("Invalid number: expected a digit after '-'"), m_pos);
    if (m_data[m_pos] == QLatin1Char('0') && isDigit(m_pos + 1))
        return fail(QStringLiteral("Invalid number: leading zeros are not allowed"), start);
    while (isDigit(m_pos))
        ++m_pos;
    if (peek() == QLatin1Char('.')) {
        ++m_pos;
        if (!isDigit(m_pos))
            return fail(QStringLiteral("Invalid number: expected a digit after '.'"), m_pos);
        while (isDigit(m_pos))
            ++m_pos;
    }
    if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
        ++m_pos;
        if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
            ++m_pos;
        if (!isDigit(m_pos))
            return fail(QStringLiteral("Invalid number: expected a digit in the exponent"), m_pos);
        while (isDigit(m_pos))
            ++m_pos;
    }
    auto node = newNode(JsonValue::Type::Number, start);
    node->m_end = m_pos;
    return node;
}

std::unique_ptr<JsonValue> JsonParser::Impl::parseLiteral()
{
    static const QLatin1String literals[] = {QLatin1String("true"), QLatin1String("false"),
                                             QLatin1String("null")};
    const QStringView rest = QStringView(m_text).mid(m_pos);
    for (const QLatin1String &literal : literals) {
        if (!rest.startsWith(literal))
            continue;
        const int start = m_pos;
        m_pos += int(literal.size());
        if (m_pos < m_size && m_data[m_pos].isLetterOrNumber())
            break;
        auto node = newNode(literal.at(0) == QLatin1Char('n') ? JsonValue::Type::Null : JsonValue::Type::Bool,
                            start);
        node->m_bool = literal.at(0) == QLatin1Char('t');
        node->m_end = m_pos;
        return node;
    }
    int end = m_pos;
    while (end < m_size && m_data[end].isLetterOrNumber() && end - m_pos < 20)
        ++end;
    return fail(QStringLiteral("Unknown word '%1' (expected true, false or null)").arg(rest.left(end - m_pos)),
                m_pos);
}

ParseResult JsonParser::Impl::run()
{
    ParseResult result;
    result.source = m_source;
    skipTrivia();
    if (!m_failed && atEnd())
        fail(m_size == 0 ? QStringLiteral("The file is empty") : QStringLiteral("No JSON value in the file"),
             m_pos);
    std::unique_ptr<JsonValue> root;
    if (!m_failed) {
        result.rootStart = m_pos;
        root = parseValue(0);
        result.rootEnd = m_pos;
    }
    if (root && !m_failed) {
        skipTrivia();
        if (!m_failed && !atEnd())
            fail(QStringLiteral("Unexpected %1 after the end of the JSON value").arg(describeHere()), m_pos);
    }
    if (!m_failed)
        result.root = std::move(root);
    result.diagnostics = m_diagnostics;
    return result;
}

ParseResult JsonParser::parse(const QString &text, const ParseOptions &options)
{
    Impl impl(std::make_shared<const JsonSource>(text), options);
    return impl.run();
}

std::unique_ptr<JsonValue> JsonParser::parseValue(const QString &text, QString *errorMessage,
                                                  const ParseOptions &options)
{
    ParseResult result = parse(text, options);
    if (!result.ok()) {
        if (errorMessage) {
            const JsonDiagnostic *e = result.error();
            *errorMessage = e ? QStringLiteral("%1 (at column %2%3)")
                                    .arg(e->message)
                                    .arg(e->column)
                                    .arg(e->line > 1 ? QStringLiteral(", line %1").arg(e->line) : QString())
                              : QStringLiteral("Invalid JSON");
        }
        return nullptr;
    }
    // A value typed by the user is formatted in the style of the file it goes into.
    result.root->detachFromSource();
    return std::move(result.root);
}

} // namespace json
