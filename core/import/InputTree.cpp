#include "InputTree.h"

#include "YamlReader.h"
#include "json/JsonParser.h"
#include "json/JsonPointer.h"
#include "json/JsonSource.h"

using json::JsonValue;

InputTree::InputTree() = default;
InputTree::~InputTree() = default;
InputTree::InputTree(InputTree &&) noexcept = default;
InputTree &InputTree::operator=(InputTree &&) noexcept = default;

InputTree InputTree::parse(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        return c == QLatin1Char('{') || c == QLatin1Char('[') ? parseJson(text) : parseYaml(text);
    }
    return parseJson(text); // empty: the JSON parser says so with a location
}

InputTree InputTree::parseJson(const QString &text)
{
    InputTree tree;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body = body.mid(1);
    json::ParseResult parsed = json::JsonParser::parse(body);
    if (!parsed.ok()) {
        const json::JsonDiagnostic *error = parsed.error();
        tree.setError(error ? error->message : QStringLiteral("not JSON"),
                      {error ? error->line : 0, error ? error->column : 0});
        return tree;
    }
    tree.m_root = std::move(parsed.root);
    return tree;
}

InputTree InputTree::parseYaml(const QString &text)
{
    InputTree tree;
    YamlReader::read(text, &tree);
    return tree;
}

void InputTree::setYamlResult(std::unique_ptr<JsonValue> root, QHash<const JsonValue *, Location> marks)
{
    m_root = std::move(root);
    m_marks = std::move(marks);
    m_yaml = true;
}

void InputTree::setError(const QString &error, Location where)
{
    m_root.reset();
    m_error = error;
    m_errorLocation = where;
}

InputTree::Location InputTree::locate(const JsonValue *node) const
{
    if (!node)
        return {};
    if (m_yaml)
        return m_marks.value(node);
    if (!node->hasSource())
        return {};
    return {node->source()->lineAt(node->sourceStart()), node->source()->columnAt(node->sourceStart())};
}

QString InputTree::pointerOf(const JsonValue *node)
{
    return node ? json::JsonPointer::of(node).toString() : QString();
}
