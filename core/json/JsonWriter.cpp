#include "JsonWriter.h"

#include "JsonSource.h"

#include <charconv>
#include <cmath>

namespace json {

namespace {

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return false;
    }
    return true;
}

// The indentation of the line an item starts on: what follows the last newline of its lead.
QString lastLineIndent(QStringView lead, bool *hasNewline)
{
    const int nl = int(lead.lastIndexOf(QLatin1Char('\n')));
    *hasNewline = nl >= 0;
    if (nl < 0)
        return {};
    QStringView tail = lead.mid(nl + 1);
    int n = 0;
    while (n < tail.size() && (tail[n] == QLatin1Char(' ') || tail[n] == QLatin1Char('\t')))
        ++n;
    return tail.left(n).toString();
}

// The string as a JSON literal, appended to out: runs that need no escape are copied at once (a
// new tree, such as an import's, writes every key and string value through here).
void appendQuoted(QString &out, QStringView string, bool latin1)
{
    out += QLatin1Char('"');
    qsizetype run = 0; // the first character not yet appended
    for (qsizetype i = 0; i < string.size(); ++i) {
        const QChar c = string[i];
        const char16_t u = c.unicode();
        const char *escape = nullptr;
        switch (u) {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
            if (u >= 0x20 && !(latin1 && u > 0xFF) && !c.isSurrogate())
                continue;
        }
        out += string.mid(run, i - run);
        if (escape)
            out += QLatin1String(escape);
        else
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        run = i + 1;
    }
    out += string.mid(run);
    out += QLatin1Char('"');
}

// Whether the container is exactly what was read: every item and value still at its span in the
// same source, keys and structure unedited, a trailing comma still wanted. Its text is then the
// source slice itself, written in one copy instead of item by item (most of a save, and of the
// snapshot live validation takes after each edit, is untouched text).
bool pristine(const JsonValue &value)
{
    if (!value.hasSource() || value.structureEdited())
        return false;
    if (!value.isContainer())
        return true;
    const JsonSource *source = value.source().get();
    for (int i = 0; i < value.size(); ++i) {
        const JsonValue::Item &item = value.itemAt(i);
        const JsonValue &child = *item.value;
        if (!item.hasSource() || item.keyEdited || child.source().get() != source
            || child.sourceStart() != item.valueStart || child.sourceEnd() != item.valueEnd || !pristine(child))
            return false;
    }
    if (value.size() > 0) {
        const JsonValue::Item &last = value.itemAt(value.size() - 1);
        // The last item's tail ends at its comma, if it had one: a repaired one must go.
        const QStringView tail = source->slice(last.tailEnd, last.tailEnd + 1);
        const bool commaInSource = tail.size() == 1 && tail.front() == QLatin1Char(',');
        if (value.hadTrailingComma() != commaInSource)
            return false;
    }
    return true;
}

} // namespace

JsonWriter::JsonWriter(JsonStyle style, bool latin1) : m_style(std::move(style)), m_latin1(latin1) {}

QString JsonWriter::write(const JsonValue &root, const QString &baseIndent) const
{
    QString out;
    if (root.hasSource())
        out.reserve(int(root.source()->text().size()) + 64);
    writeValue(out, root, baseIndent);
    return out;
}

QString JsonWriter::quote(const QString &string, bool latin1)
{
    QString out;
    out.reserve(string.size() + 2);
    appendQuoted(out, string, latin1);
    return out;
}

QString JsonWriter::formatNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null"); // JSON has no NaN or infinity
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QString::number(qint64(value));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, int(result.ptr - buffer));
}

void JsonWriter::writeValue(QString &out, const JsonValue &value, const QString &indent) const
{
    if (value.isContainer()) {
        writeContainer(out, value, indent);
        return;
    }
    if (value.hasSource()) {
        out += value.source()->slice(value.sourceStart(), value.sourceEnd());
        return;
    }
    switch (value.type()) {
    case JsonValue::Type::Null: out += QLatin1String("null"); break;
    case JsonValue::Type::Bool: out += value.toBool() ? QLatin1String("true") : QLatin1String("false"); break;
    case JsonValue::Type::Number: out += value.numberLexeme(); break;
    case JsonValue::Type::String: appendQuoted(out, value.toString(), m_latin1); break;
    default: break;
    }
}

void JsonWriter::writeContainer(QString &out, const JsonValue &value, const QString &indent) const
{
    if (pristine(value)) {
        out += value.source()->slice(value.sourceStart(), value.sourceEnd());
        return;
    }
    const bool object = value.isObject();
    const bool sourced = value.hasSource();
    out += object ? QLatin1Char('{') : QLatin1Char('[');
    bool anySourcedItem = false;
    for (int i = 0; i < value.size(); ++i)
        anySourcedItem = anySourcedItem || value.itemAt(i).hasSource();
    const QString itemIndent = indent + m_style.indentUnit;
    for (int i = 0; i < value.size(); ++i) {
        writeItem(out, value, i, indent, itemIndent);
        if (i + 1 < value.size())
            out += QLatin1Char(',');
    }
    if (value.hadTrailingComma() && value.size() > 0)
        out += QLatin1Char(',');
    // A container emptied by edits closes at once; one that was empty keeps its inside.
    const bool wasEmpty = sourced && value.closeTriviaStart() == value.sourceStart() + 1;
    if (sourced && (anySourcedItem || (value.size() == 0 && wasEmpty)))
        out += value.source()->slice(value.closeTriviaStart(), value.sourceEnd() - 1);
    else if (value.size() > 0)
        out += m_style.newline + indent;
    out += object ? QLatin1Char('}') : QLatin1Char(']');
}

void JsonWriter::writeItem(QString &out, const JsonValue &container, int index, const QString &indent,
                           const QString &itemIndent) const
{
    const JsonValue::Item &item = container.itemAt(index);
    const JsonSource *source = container.source().get();
    // Pointed to, not copied: a copy per item is two atomic reference-count changes.
    const QString *childIndent = &itemIndent;
    QString lineIndent; // the child's indent when it comes from the text
    if (item.hasSource()) {
        const int keyOrValue = container.isObject() ? item.keyStart : item.valueStart;
        const QStringView lead = source->slice(item.leadStart, keyOrValue);
        // An item that was first (empty lead, right after the bracket) but no longer is.
        const bool wasFirstInline = lead.isEmpty() && index > 0 && item.leadStart == container.sourceStart() + 1;
        if (wasFirstInline)
            out += leadFor(container, index, itemIndent);
        else
            out += lead;
        bool hasNewline = false;
        lineIndent = lastLineIndent(lead, &hasNewline);
        childIndent = hasNewline ? &lineIndent : &indent;
        if (container.isObject()) {
            if (item.keyEdited) {
                appendQuoted(out, item.key, m_latin1);
                out += source->slice(item.keyEnd, item.valueStart);
            } else
                out += source->slice(item.keyStart, item.valueStart);
        }
    } else if (!container.hasSource()) {
        // A new container (an import writes only these): what leadFor and colonFor give when no
        // sibling was read, each item on its own line, without their temporary strings.
        out += m_style.newline;
        out += itemIndent;
        childIndent = m_style.newline.isEmpty() ? &indent : &itemIndent;
        if (container.isObject()) {
            appendQuoted(out, item.key, m_latin1);
            out += m_style.colon;
        }
    } else {
        const QString lead = leadFor(container, index, itemIndent);
        out += lead;
        bool hasNewline = false;
        lineIndent = lastLineIndent(lead, &hasNewline);
        childIndent = hasNewline ? &lineIndent : &indent;
        if (container.isObject())
            out += quote(item.key, m_latin1) + colonFor(container);
    }
    writeValue(out, *item.value, *childIndent);
    if (item.hasSource())
        out += source->slice(item.valueEnd, item.tailEnd);
}

// Whitespace before a new item, copied from a sibling so it matches its neighbours.
QString JsonWriter::leadFor(const JsonValue &container, int index, const QString &itemIndent) const
{
    const JsonSource *source = container.source().get();
    bool inlineContainer = false;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < container.size(); ++i) {
            const JsonValue::Item &sibling = container.itemAt(i);
            if (!sibling.hasSource())
                continue;
            const int keyOrValue = container.isObject() ? sibling.keyStart : sibling.valueStart;
            const QStringView lead = source->slice(sibling.leadStart, keyOrValue);
            // First pass: leads after a comma; second: any lead.
            if (pass == 0 && sibling.leadStart == container.sourceStart() + 1)
                continue;
            bool hasNewline = false;
            const QString indent = lastLineIndent(lead, &hasNewline);
            if (hasNewline)
                return m_style.newline + indent;
            if (isBlank(lead)) {
                inlineContainer = true;
                if (index == 0)
                    return {};
                return lead.isEmpty() ? QStringLiteral(" ") : lead.toString();
            }
        }
    }
    if (inlineContainer)
        return index == 0 ? QString() : QStringLiteral(" ");
    return m_style.newline + itemIndent;
}

QString JsonWriter::colonFor(const JsonValue &container) const
{
    const JsonSource *source = container.source().get();
    for (int i = 0; i < container.size(); ++i) {
        const JsonValue::Item &sibling = container.itemAt(i);
        if (!sibling.hasSource())
            continue;
        const QStringView colon = source->slice(sibling.keyEnd, sibling.valueStart);
        bool clean = true;
        for (QChar c : colon)
            clean = clean && (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('\t'));
        if (clean && colon.count(QLatin1Char(':')) == 1)
            return colon.toString();
    }
    return m_style.colon;
}

} // namespace json
