#include "JsonPointer.h"

#include "JsonValue.h"

namespace json {

bool JsonPointer::parse(const QString &text, JsonPointer *out, QString *error)
{
    if (text.isEmpty()) {
        *out = JsonPointer();
        return true;
    }
    if (!text.startsWith(QLatin1Char('/'))) {
        if (error)
            *error = QStringLiteral("A JSON pointer starts with '/' (got \"%1\")").arg(text);
        return false;
    }
    QStringList tokens = text.mid(1).split(QLatin1Char('/'));
    for (QString &token : tokens) {
        for (int i = 0; i < token.size(); ++i) {
            if (token.at(i) != QLatin1Char('~'))
                continue;
            const QChar next = i + 1 < token.size() ? token.at(i + 1) : QChar();
            if (next != QLatin1Char('0') && next != QLatin1Char('1')) {
                if (error)
                    *error = QStringLiteral("Invalid escape in JSON pointer \"%1\": '~' must be followed by 0 or 1")
                                 .arg(text);
                return false;
            }
        }
        token = unescape(token);
    }
    *out = JsonPointer(tokens);
    return true;
}

JsonPointer JsonPointer::fromString(const QString &text)
{
    JsonPointer pointer;
    const bool ok = parse(text, &pointer);
    Q_ASSERT_X(ok, "JsonPointer::fromString", "invalid pointer literal");
    Q_UNUSED(ok)
    return pointer;
}

QString JsonPointer::escape(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('~'), QLatin1String("~0"));
    out.replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

QString JsonPointer::unescape(const QString &token)
{
    if (!token.contains(QLatin1Char('~')))
        return token;
    QString out = token;
    out.replace(QLatin1String("~1"), QLatin1String("/"));
    out.replace(QLatin1String("~0"), QLatin1String("~"));
    return out;
}

QString JsonPointer::toString() const
{
    QString out;
    for (const QString &token : m_tokens)
        out += QLatin1Char('/') + escape(token);
    return out;
}

JsonPointer JsonPointer::parentPointer() const
{
    QStringList tokens = m_tokens;
    if (!tokens.isEmpty())
        tokens.removeLast();
    return JsonPointer(tokens);
}

JsonPointer JsonPointer::child(const QString &token) const
{
    QStringList tokens = m_tokens;
    tokens.append(token);
    return JsonPointer(tokens);
}

bool JsonPointer::startsWith(const JsonPointer &prefix) const
{
    if (prefix.m_tokens.size() > m_tokens.size())
        return false;
    for (int i = 0; i < prefix.m_tokens.size(); ++i) {
        if (prefix.m_tokens.at(i) != m_tokens.at(i))
            return false;
    }
    return true;
}

static bool arrayIndex(const QString &token, int size, int *index)
{
    if (token.isEmpty() || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return false;
    bool ok = false;
    const int value = token.toInt(&ok);
    if (!ok || value < 0 || value >= size)
        return false;
    *index = value;
    return true;
}

JsonValue *JsonPointer::resolve(const JsonValue *root, QString *error) const
{
    const JsonValue *node = root;
    JsonPointer walked;
    for (const QString &token : m_tokens) {
        if (!node) {
            break;
        }
        const JsonValue *next = nullptr;
        if (node->isObject()) {
            next = node->member(token);
            if (!next && error)
                *error = QStringLiteral("No member \"%1\" at \"%2\"")
                             .arg(token, walked.isRoot() ? QStringLiteral("/") : walked.toString());
        } else if (node->isArray()) {
            int index = -1;
            if (arrayIndex(token, node->size(), &index))
                next = node->at(index);
            else if (error)
                *error = QStringLiteral("No element \"%1\" in the array at \"%2\" (it has %3)")
                             .arg(token, walked.isRoot() ? QStringLiteral("/") : walked.toString(),
                                  node->size() == 1 ? QStringLiteral("1 element")
                                                    : QStringLiteral("%1 elements").arg(node->size()));
        } else if (error) {
            *error = QStringLiteral("\"%1\" is a %2, not an object or array")
                         .arg(walked.toString(), JsonValue::typeName(node->type()));
        }
        if (!next)
            return nullptr;
        node = next;
        walked.m_tokens.append(token);
    }
    return const_cast<JsonValue *>(node);
}

JsonPointer JsonPointer::of(const JsonValue *node)
{
    QStringList tokens;
    while (node && node->parent()) {
        const JsonValue *parent = node->parent();
        const int index = node->indexInParent();
        tokens.prepend(parent->isObject() ? parent->keyAt(index) : QString::number(index));
        node = parent;
    }
    return JsonPointer(tokens);
}

} // namespace json
