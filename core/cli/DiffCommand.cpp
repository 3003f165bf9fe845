#include "DiffCommand.h"

#include "CliExitCode.h"
#include "ValidateCommand.h"
#include "diff/ConnectorDiff.h"
#include "diff/DiffReport.h"
#include "document/ConnectorDocument.h"

#include <QTextStream>

namespace cli {

namespace {

constexpr int ExitBreaking = 1; // at least one breaking change

// Opens a version to compare; its definition must parse, or there is nothing to compare.
bool openVersion(ConnectorDocument &document, const QString &path, QTextStream &err)
{
    QString error;
    if (!document.open(path, &error)) {
        err << path << ": " << error << '\n';
        return false;
    }
    const json::JsonFile &definition = document.file(ConnectorDocument::Part::Definition);
    if (!definition.isValid()) {
        err << ValidateCommand::shownFolder(path) << definition.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

QString DiffCommand::summary() const
{
    return QStringLiteral("list the changes between two versions of a connector, and which break flows");
}

QString DiffCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer diff OLD NEW [--format text|json]\n"
        "\n"
        "Compares two versions of a connector as the flows and apps built on OLD see NEW:\n"
        "operations added, removed, renamed (same method and path, another operationId) or\n"
        "moved; parameters added, removed, made required or given another type; response\n"
        "properties added, removed or given another type; visibility changes. Each change is\n"
        "marked breaking or not, with the reason. Text output prints the breaking changes\n"
        "first, one per line, then a count.\n"
        "\n"
        "  OLD, NEW   connector folders, or their apiDefinition.swagger.json\n"
        "\n"
        "Options:\n"
        "  --format F   text (default) or json\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 nothing breaks; 1 at least one breaking change; 2 bad arguments, a\n"
        "path that is not a connector, or a definition that cannot be parsed.\n");
}

int DiffCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << help();
        return ExitOk;
    }
    QStringList rest = args;
    QStringList formats, positional;
    QString error, unknown;
    if (!ValidateCommand::takeOption(rest, QStringLiteral("--format"), &formats, &error))
        return usageError(err, error);
    const QString format = formats.isEmpty() ? QStringLiteral("text") : formats.last();
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(err, QStringLiteral("unknown format '%1' (text or json)").arg(format));
    if (!ValidateCommand::splitPositional(rest, &positional, &unknown))
        return usageError(err, QStringLiteral("unknown option '%1'").arg(unknown));
    if (positional.size() != 2)
        return usageError(err, QStringLiteral("expected OLD and NEW"));

    ConnectorDocument oldVersion, newVersion;
    if (!openVersion(oldVersion, positional.at(0), err) || !openVersion(newVersion, positional.at(1), err))
        return ExitUsage;
    const QList<DiffChange> changes = ConnectorDiff::compare(oldVersion, newVersion);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(DiffReport::json(changes, positional.at(0), positional.at(1)));
    else
        out << DiffReport::text(changes);
    return ConnectorDiff::breakingCount(changes) > 0 ? ExitBreaking : ExitOk;
}

} // namespace cli
