// The scalar readers of the JSON parser: strings (escapes, interning), numbers and literals.
#include "JsonParserImpl.h"

namespace json {

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
        case '"':
            out->append(QLatin1Char('"'));
            break;
        case '\\':
            out->append(QLatin1Char('\\'));
            break;
        case '/':
            out->append(QLatin1Char('/'));
            break;
        case 'b':
            out->append(QLatin1Char('\b'));
            break;
        case 'f':
            out->append(QLatin1Char('\f'));
            break;
        case 'n':
            out->append(QLatin1Char('\n'));
            break;
        case 'r':
            out->append(QLatin1Char('\r'));
            break;
        case 't':
            out->append(QLatin1Char('\t'));
            break;
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
    static const QLatin1String literals[]
        = {QLatin1String("true"), QLatin1String("false"), QLatin1String("null")};
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
    return fail(
        QStringLiteral("Unknown word '%1' (expected true, false or null)").arg(rest.left(end - m_pos)),
        m_pos);
}

} // namespace json
