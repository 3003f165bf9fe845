#include "PublishCommand.h"

#include "CliExitCode.h"
#include "ValidateCommand.h"
#include "document/ConnectorDocument.h"
#include "publish/PublishRunner.h"
#include "publish/PublishSecret.h"
#include "validation/Validator.h"

#include <QTextStream>

namespace cli {

namespace {

constexpr int ExitNotPublished = 1;

struct Options
{
    QString path;
    QString environment;
    QString solution;
    PublishTool::Kind tool = PublishTool::Kind::None; // None: whichever is installed
};

QString parseOptions(QStringList args, Options *options)
{
    QStringList environments, tools, solutions;
    QString error;
    if (!ValidateCommand::takeOption(args, QStringLiteral("--environment"), &environments, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--tool"), &tools, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--solution"), &solutions, &error))
        return error;
    if (!environments.isEmpty())
        options->environment = environments.last();
    if (!solutions.isEmpty())
        options->solution = solutions.last();
    if (!tools.isEmpty() && !PublishTool::parseKind(tools.last(), &options->tool))
        return QStringLiteral("unknown tool '%1' (paconn or pac)").arg(tools.last());
    QStringList positional;
    QString unknown;
    if (!ValidateCommand::splitPositional(args, &positional, &unknown))
        return QStringLiteral("unknown option '%1'").arg(unknown);
    if (positional.size() != 1)
        return QStringLiteral("expected one PATH (a connector folder)");
    options->path = positional.first();
    return {};
}

// Errors stop the publish: the service would refuse the connector or publish a broken one.
bool validate(const ConnectorDocument &document, QTextStream &err)
{
    int errors = 0;
    for (const ValidationFinding &finding : Validator().validate(document)) {
        if (finding.severity == ValidationFinding::Severity::Error) {
            err << finding.toText() << '\n';
            ++errors;
        }
    }
    if (errors > 0)
        err << "connector-designer publish: " << errors << " validation error(s): not published\n";
    return errors == 0;
}

} // namespace

QString PublishCommand::summary() const
{
    return QStringLiteral("create or update the connector in Power Platform (paconn or pac)");
}

QString PublishCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer publish PATH [--environment ID] [--tool paconn|pac] [--solution NAME]\n"
        "\n"
        "Validates the connector in PATH, then publishes it with the official tools:\n"
        "  paconn create|update   (pip install paconn; paconn login)\n"
        "  pac connector create|update   (dotnet tool install --global Microsoft.PowerApps.CLI.Tool;\n"
        "                          pac auth create)\n"
        "The first publish creates the connector and stores its id in PATH/settings.json (paconn's\n"
        "format); the next ones update that connector. The tool's output is shown as it runs.\n"
        "A connector with OAuth needs its client secret, read from CONNECTOR_SECRET_CLIENT_SECRET\n"
        "(never from the command line) and given to paconn as --secret: paconn receives it on its\n"
        "command line, it is masked in the output and written nowhere. pac takes no secret (enter it\n"
        "in the maker portal).\n"
        "\n"
        "Options:\n"
        "  --environment ID  the Power Platform environment (default: settings.json's, else the\n"
        "                    tool's own default)\n"
        "  --tool T          paconn or pac (default: paconn if installed, else pac)\n"
        "  --solution NAME   pac only: the solution to add the connector to\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 published; 1 validation errors or the tool failed; 2 bad arguments, not a\n"
        "connector, no tool installed or a missing client secret; 3 settings.json not written.\n");
}

int PublishCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const std::optional<int> stop = readOptions(args, parseOptions, &options, out, err))
        return *stop;
    ConnectorDocument document;
    if (!openConnector(document, options.path, err))
        return ExitUsage;
    if (!validate(document, err))
        return ExitNotPublished;
    const PublishTool::Kind tool
        = options.tool == PublishTool::Kind::None ? PublishTool::detect() : options.tool;
    const QString program = PublishTool::find(tool);
    if (program.isEmpty()) {
        if (options.tool != PublishTool::Kind::None)
            err << "connector-designer publish: " << PublishTool::name(tool) << " was not found on PATH.\n";
        err << PublishTool::installHint() << '\n';
        return ExitUsage;
    }
    PublishRunner::Request request {document.folderPath(), tool, program,
                                    options.environment,   {},   options.solution};
    if (PublishSecret::needsClientSecret(request.folder)) {
        if (tool == PublishTool::Kind::Pac) {
            out << "Note: pac takes no OAuth client secret: enter it in the maker portal after publishing.\n";
        } else {
            request.secret = PublishSecret::fromEnvironment();
            if (request.secret.isEmpty()) {
                err << "connector-designer publish: the connector uses OAuth: set "
                    << PublishSecret::environmentVariable() << " to its client secret (paconn needs it).\n";
                return ExitUsage;
            }
            out << "The OAuth client secret (from " << PublishSecret::environmentVariable()
                << ") is given to paconn on its command line (--secret); it is shown as ***.\n";
        }
    }
    PublishRunner runner;
    QObject::connect(&runner, &PublishRunner::started, &runner, [&out](const QString &line) {
        out << "Running: " << line << '\n' << Qt::flush;
    });
    const bool ok = PublishRunner::run(
        request,
        [&out, &err](const QString &line, bool isError) {
            (isError ? err : out) << line << '\n' << Qt::flush;
        },
        &runner);
    if (!ok) {
        err << "connector-designer publish: " << runner.error() << '\n';
        return ExitNotPublished;
    }
    if (!runner.error().isEmpty()) {
        err << "connector-designer publish: " << runner.error() << '\n';
        return ExitIoError;
    }
    out << QStringLiteral("Published: connector %1 %2; its id is stored in settings.json.\n")
               .arg(runner.connectorId(),
                    runner.arguments().isUpdate() ? QStringLiteral("updated") : QStringLiteral("created"));
    return ExitOk;
}

} // namespace cli
