#include "SetCommand.h"

#include "CliAddress.h"
#include "CliExitCode.h"
#include "document/ConnectorDocument.h"
#include "json/JsonParser.h"

#include <QTextStream>

namespace cli {

namespace {

// A copy without source spans, so the writer lays the new value out in the file's style
// instead of copying the argument's spelling.
std::unique_ptr<json::JsonValue> detached(const json::JsonValue &value)
{
    using json::JsonValue;
    switch (value.type()) {
    case JsonValue::Type::Null:
        return JsonValue::makeNull();
    case JsonValue::Type::Bool:
        return JsonValue::makeBool(value.toBool());
    case JsonValue::Type::Number:
        return JsonValue::makeNumberLexeme(value.numberLexeme());
    case JsonValue::Type::String:
        return JsonValue::makeString(value.toString());
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        break;
    }
    auto copy = value.isArray() ? JsonValue::makeArray() : JsonValue::makeObject();
    for (int i = 0; i < value.size(); ++i)
        copy->insertItem(i, detached(*value.at(i)), value.isObject() ? value.keyAt(i) : QString());
    return copy;
}

// The argument's line with the error, and a caret under the column.
QString caretExcerpt(const QString &text, int line, int column)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (line < 1 || line > lines.size())
        return {};
    QString excerpt = QStringLiteral("  ") + lines.at(line - 1) + QLatin1Char('\n');
    excerpt += QString(column + 1, QLatin1Char(' ')) + QLatin1Char('^');
    return excerpt;
}

} // namespace

QString SetCommand::summary() const
{
    return QStringLiteral("change a value of a connector and save it");
}

QString SetCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer set PATH ADDRESS JSON\n"
        "       connector-designer set PATH ADDRESS --string TEXT\n"
        "\n"
        "Replaces the value at ADDRESS with JSON (or adds it: missing object members and\n"
        "missing parent objects are created), through the same undoable edit as the\n"
        "designer, and saves. Only the lines of that value change; new values follow the\n"
        "file's indentation, line endings and spacing. Files that did not change are not\n"
        "rewritten. On any error nothing is written.\n"
        "\n"
        "  PATH     a connector folder, or its apiDefinition.swagger.json\n"
        "  ADDRESS  PART:POINTER, where PART is definition (apiDefinition.swagger.json),\n"
        "           properties (apiProperties.json) or settings (settings.json), and\n"
        "           POINTER is an RFC 6901 JSON pointer. Example: definition:/info/title\n"
        "  JSON     the new value, strict JSON: '\"Contoso\"', '42', '{\"a\": [1, 2]}'\n"
        "\n"
        "Options:\n"
        "  --string  take the value as a plain string (no JSON quoting needed)\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 saved; 2 bad arguments, bad address, a pointer that cannot be\n"
        "resolved (index out of range, parent not an object), invalid JSON (with its\n"
        "position), unparseable file or not a connector; 3 the file could not be written.\n");
}

int SetCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments parsed;
    QString error;
    if (!parseArguments(args, {QStringLiteral("--string")}, &parsed, &error))
        return usageError(err, error);
    if (parsed.help) {
        out << help();
        return ExitOk;
    }
    if (parsed.positional.size() != 3)
        return usageError(err, QStringLiteral("expected PATH, ADDRESS and a value (quote it for the shell)"));

    CliAddress address;
    if (!CliAddress::parse(parsed.positional.at(1), &address, &error))
        return usageError(err, error);
    const QString &valueText = parsed.positional.at(2);
    std::unique_ptr<json::JsonValue> value = parsed.flags.contains(QStringLiteral("--string"))
        ? json::JsonValue::makeString(valueText)
        : parseJsonArgument(valueText, &error);
    if (!value)
        return usageError(err, error);

    ConnectorDocument document;
    if (!openConnector(document, parsed.positional.at(0), err))
        return ExitUsage;
    if (address.part() == ConnectorDocument::Part::Settings && !document.hasSettings()) {
        err << parsed.positional.at(0) << ": the connector has no " << address.fileName() << '\n';
        return ExitUsage;
    }
    if (document.isReadOnly()) {
        err << parsed.positional.at(0) << ": cannot edit: " << document.readOnlyReason() << '\n';
        return ExitUsage;
    }
    if (!document.setValue(address.part(), address.pointer(), std::move(value), &error)) {
        err << displayPath(document, document.file(address.part())) << ": cannot set '"
            << address.pointer().toString() << "': " << error << '\n';
        return ExitUsage;
    }
    if (!document.save(&error)) {
        err << document.folderPath() << ": " << error << '\n';
        return ExitIoError;
    }
    return ExitOk;
}

std::unique_ptr<json::JsonValue> SetCommand::parseJsonArgument(const QString &text, QString *error)
{
    json::ParseOptions strict;
    strict.tolerant = false;
    json::ParseResult result = json::JsonParser::parse(text, strict);
    if (result.ok())
        return detached(*result.root);
    const json::JsonDiagnostic *problem = result.error();
    *error = QStringLiteral("invalid JSON value");
    if (problem) {
        *error += QStringLiteral(" at line %1, column %2: %3\n%4")
                      .arg(problem->line)
                      .arg(problem->column)
                      .arg(problem->message, caretExcerpt(text, problem->line, problem->column));
    }
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && trimmed.at(0).isLetter() && trimmed != QLatin1String("true")
        && trimmed != QLatin1String("false") && trimmed != QLatin1String("null"))
        *error += QStringLiteral("\n(a string must be quoted as JSON, e.g. '\"text\"', or use --string)");
    return nullptr;
}

} // namespace cli
