#include "YamlWriter.h"

#include "json/JsonValue.h"

#include <QRegularExpression>
#include <QString>

#include <yaml-cpp/yaml.h>

using json::JsonValue;

namespace {

bool needsQuotes(const QString &text)
{
    if (text.isEmpty() || text != text.trimmed())
        return true;
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_ ./-]*$"));
    if (!plain.match(text).hasMatch())
        return true; // numbers, indicators, ':' '#' and the like: let the quotes decide nothing
    static const QStringList special
        = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
           QStringLiteral("yes"),  QStringLiteral("no"),    QStringLiteral("on"),
           QStringLiteral("off"),  QStringLiteral("y"),     QStringLiteral("n")};
    return special.contains(text.toLower());
}

void emitString(YAML::Emitter &out, const QString &text)
{
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitValue(YAML::Emitter &out, const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        out << YAML::Null;
        break;
    case JsonValue::Type::Bool:
        out << YAML::TrueFalseBool << value.toBool();
        break;
    case JsonValue::Type::Number:
        out << value.numberLexeme().toStdString();
        break;
    case JsonValue::Type::String:
        emitString(out, value.toString());
        break;
    case JsonValue::Type::Array:
        out << (value.size() == 0 ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (int i = 0; i < value.size(); ++i)
            emitValue(out, *value.at(i));
        out << YAML::EndSeq;
        break;
    case JsonValue::Type::Object:
        out << (value.size() == 0 ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (int i = 0; i < value.size(); ++i) {
            out << YAML::Key;
            emitString(out, value.keyAt(i));
            out << YAML::Value;
            emitValue(out, *value.at(i));
        }
        out << YAML::EndMap;
        break;
    }
}

} // namespace

QByteArray YamlWriter::write(const JsonValue &root)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitValue(out, root);
    QByteArray bytes(out.c_str(), static_cast<qsizetype>(out.size()));
    bytes.append('\n');
    return bytes;
}
