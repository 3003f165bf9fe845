#include "YamlReader.h"

#include "InputTree.h"
#include "json/JsonValue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("YamlReader", text);
}

struct LimitExceeded
{
    QString message;
    YAML::Mark mark;
};

class Converter
{
    // lupdate files the texts of these members under the class name: look them up there.
    Q_DECLARE_TR_FUNCTIONS(Converter)

public:
    std::unique_ptr<JsonValue> convert(const YAML::Node &node, int depth);
    QHash<const JsonValue *, InputTree::Location> marks;

private:
    std::unique_ptr<JsonValue> scalar(const YAML::Node &node) const;
    void addMembers(JsonValue *object, const YAML::Node &map, int depth);
    int m_nodes = 0;
};

std::unique_ptr<JsonValue> Converter::scalar(const YAML::Node &node) const
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "?") // quoted, or explicitly tagged: a string
        return JsonValue::makeString(text);
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")
        || text == QLatin1String("Null") || text == QLatin1String("NULL"))
        return JsonValue::makeNull();
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return JsonValue::makeBool(true);
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return JsonValue::makeBool(false);
    if (number.match(text).hasMatch())
        return JsonValue::makeNumberLexeme(text);
    return JsonValue::makeString(text);
}

void Converter::addMembers(JsonValue *object, const YAML::Node &map, int depth)
{
    for (const auto &entry : map) {
        const YAML::Node &keyNode = entry.first;
        const YAML::Node &valueNode = entry.second;
        if (!keyNode.IsScalar())
            throw LimitExceeded {tr("A mapping key must be a scalar."), keyNode.Mark()};
        const QString key = QString::fromStdString(keyNode.Scalar());
        if (key == QLatin1String("<<") && keyNode.Tag() == "?") { // merge key: pull the members in
            const YAML::Node &source = valueNode;
            if (source.IsMap())
                addMembers(object, source, depth + 1);
            else if (source.IsSequence())
                for (const YAML::Node &each : source)
                    if (each.IsMap())
                        addMembers(object, each, depth + 1);
            continue;
        }
        auto value = convert(valueNode, depth + 1);
        const int existing = object->indexOf(key);
        if (existing >= 0)
            object->takeItem(existing); // later keys win, as in JSON readers
        object->insertItem(object->size(), std::move(value), key);
    }
}

std::unique_ptr<JsonValue> Converter::convert(const YAML::Node &node, int depth)
{
    if (++m_nodes > YamlReader::MaxNodes)
        throw LimitExceeded {
            tr("The document expands to more than %1 nodes (aliases?).").arg(YamlReader::MaxNodes),
            node.Mark()};
    if (depth > YamlReader::MaxDepth)
        throw LimitExceeded {tr("The document nests deeper than %1 levels.").arg(YamlReader::MaxDepth),
                             node.Mark()};
    std::unique_ptr<JsonValue> value;
    switch (node.Type()) {
    case YAML::NodeType::Map:
        value = JsonValue::makeObject();
        addMembers(value.get(), node, depth);
        break;
    case YAML::NodeType::Sequence:
        value = JsonValue::makeArray();
        for (const YAML::Node &item : node)
            value->insertItem(value->size(), convert(item, depth + 1));
        break;
    case YAML::NodeType::Scalar:
        value = scalar(node);
        break;
    default:
        value = JsonValue::makeNull();
        break;
    }
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null())
        marks.insert(value.get(), {mark.line + 1, mark.column + 1});
    return value;
}

} // namespace

void YamlReader::read(const QString &text, InputTree *tree)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsDefined() || root.IsNull()) {
            tree->setError(tr("The document is empty."), {1, 1});
            return;
        }
        Converter converter;
        auto value = converter.convert(root, 0);
        tree->setYamlResult(std::move(value), std::move(converter.marks));
    } catch (const YAML::Exception &error) {
        tree->setError(QString::fromStdString(error.msg), {error.mark.line + 1, error.mark.column + 1});
    } catch (const LimitExceeded &limit) {
        tree->setError(limit.message, {limit.mark.line + 1, limit.mark.column + 1});
    }
}
