#include "JsonParser.h"

#include "JsonParserImpl.h"

namespace json {

const JsonDiagnostic *ParseResult::error() const
{
    for (const JsonDiagnostic &d : diagnostics) {
        if (d.isError())
            return &d;
    }
    return nullptr;
}

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
