#include "GetCommand.h"

#include "CliAddress.h"
#include "CliExitCode.h"
#include "document/ConnectorDocument.h"
#include "json/JsonSource.h"
#include "json/JsonWriter.h"

#include <QTextStream>

namespace cli {

namespace {

// The whitespace that starts the source line on which value begins: continuation lines of a
// nested value carry it, and printing the value on its own should not.
QString lineIndentOf(const json::JsonValue &value)
{
    if (!value.hasSource())
        return {};
    const QString &text = value.source()->text();
    int lineStart = value.sourceStart();
    while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    int end = lineStart;
    while (end < value.sourceStart()
           && (text.at(end) == QLatin1Char(' ') || text.at(end) == QLatin1Char('\t')))
        ++end;
    return text.mid(lineStart, end - lineStart);
}

} // namespace

QString GetCommand::summary() const
{
    return QStringLiteral("print a value of a connector as JSON");
}

QString GetCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer get PATH ADDRESS [--raw]\n"
        "\n"
        "Prints the value at ADDRESS as JSON, spelled as the file spells it (key order,\n"
        "spacing, escapes), re-indented to start at the first column.\n"
        "\n"
        "  PATH     a connector folder, or its apiDefinition.swagger.json\n"
        "  ADDRESS  PART:POINTER, where PART is definition (apiDefinition.swagger.json),\n"
        "           properties (apiProperties.json) or settings (settings.json), and\n"
        "           POINTER is an RFC 6901 JSON pointer; an empty pointer is the whole file.\n"
        "           Example: definition:/paths/~1employees/get/summary\n"
        "\n"
        "Options:\n"
        "  --raw    print a string value without quotes or escapes (other values: as JSON)\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 printed; 2 bad arguments, bad address, no value at the pointer,\n"
        "unparseable file or not a connector.\n");
}

int GetCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments parsed;
    QString error;
    if (!parseArguments(args, {QStringLiteral("--raw")}, &parsed, &error))
        return usageError(err, error);
    if (parsed.help) {
        out << help();
        return ExitOk;
    }
    if (parsed.positional.size() != 2)
        return usageError(err, QStringLiteral("expected PATH and ADDRESS"));

    CliAddress address;
    if (!CliAddress::parse(parsed.positional.at(1), &address, &error))
        return usageError(err, error);
    ConnectorDocument document;
    if (!openConnector(document, parsed.positional.at(0), err))
        return ExitUsage;
    if (address.part() == ConnectorDocument::Part::Settings && !document.hasSettings()) {
        err << parsed.positional.at(0) << ": the connector has no " << address.fileName() << '\n';
        return ExitUsage;
    }
    const json::JsonFile &file = document.file(address.part());
    if (!file.isValid()) {
        printParseErrors(document, file, err);
        return ExitUsage;
    }
    const json::JsonValue *value = address.pointer().resolve(file.root(), &error);
    if (!value) {
        err << displayPath(document, file) << ": no value at '" << address.pointer().toString()
            << "': " << error << '\n';
        return ExitUsage;
    }
    if (parsed.flags.contains(QStringLiteral("--raw")) && value->isString())
        out << value->toString() << '\n';
    else
        out << valueText(file, *value) << '\n';
    return ExitOk;
}

QString GetCommand::valueText(const json::JsonFile &file, const json::JsonValue &value)
{
    QString text = json::JsonWriter(file.style()).write(value);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QString indent = lineIndentOf(value);
    if (indent.isEmpty())
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(indent))
            lines[i].remove(0, indent.size());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cli
