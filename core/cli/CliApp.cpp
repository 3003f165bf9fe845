#include "CliApp.h"

#include "CliExitCode.h"
#include "DemoServerCommand.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "FormatCommand.h"
#include "GetCommand.h"
#include "ImportCommand.h"
#include "PublishCommand.h"
#include "SetCommand.h"
#include "TestCommand.h"
#include "ValidateCommand.h"

#include <QTextStream>
#include <QtGlobal>

#ifndef CD_VERSION
#define CD_VERSION "unknown"
#endif

namespace cli {

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<FormatCommand>());
    m_commands.push_back(std::make_unique<GetCommand>());
    m_commands.push_back(std::make_unique<SetCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<PublishCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<TestCommand>());
    m_commands.push_back(std::make_unique<DemoServerCommand>());
}

CliApp::~CliApp() = default;

bool CliApp::isCliInvocation(const QStringList &args)
{
    static const QStringList triggers = {
        QStringLiteral("format"),    QStringLiteral("get"),    QStringLiteral("set"),
        QStringLiteral("help"),      QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v"),     QStringLiteral("validate"),
        QStringLiteral("diff"),      QStringLiteral("import"), QStringLiteral("test"),
        QStringLiteral("demo-server"), QStringLiteral("publish"), QStringLiteral("export"),
    };
    return !args.isEmpty() && triggers.contains(args.first());
}

QString CliApp::versionText()
{
    return QStringLiteral("connector-designer %1 (Qt %2)")
        .arg(QLatin1String(CD_VERSION), QLatin1String(qVersion()));
}

int CliApp::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = ExitUsage;
    const QString first = args.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << versionText() << '\n';
        code = ExitOk;
    } else if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << usage();
        code = ExitOk;
    } else if (first == QLatin1String("help")) {
        code = runHelp(args.mid(1), out, err);
    } else if (CliCommand *cmd = command(first)) {
        code = cmd->run(args.mid(1), out, err);
    } else {
        err << "connector-designer: unknown command '" << first << "'\n"
            << "Run 'connector-designer --help' for usage.\n";
    }
    out.flush();
    err.flush();
    return code;
}

int CliApp::runHelp(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    if (args.isEmpty()) {
        out << usage();
        return ExitOk;
    }
    if (args.first() == QLatin1String("help")) {
        out << "Usage: connector-designer help [COMMAND]\n\nShows the help of COMMAND, or the overview.\n";
        return ExitOk;
    }
    if (CliCommand *cmd = command(args.first())) {
        out << cmd->help();
        return ExitOk;
    }
    err << "connector-designer help: unknown command '" << args.first() << "'\n"
        << "Run 'connector-designer --help' for the list of commands.\n";
    return ExitUsage;
}

CliCommand *CliApp::command(const QString &name) const
{
    for (const auto &cmd : m_commands) {
        if (cmd->name() == name)
            return cmd.get();
    }
    return nullptr;
}

QString CliApp::usage() const
{
    QString commands;
    for (const auto &cmd : m_commands)
        commands += QStringLiteral("  %1  %2\n").arg(cmd->name().leftJustified(11), cmd->summary());
    commands
        += QStringLiteral("  %1  %2\n")
               .arg(QStringLiteral("help").leftJustified(11), QStringLiteral("show the help of a command"));
    return QStringLiteral(
               "Usage:\n"
               "  connector-designer [PATH] [--sample] [--screenshot FILE]\n"
               "  connector-designer COMMAND [ARGUMENTS]\n"
               "\n"
               "Designs Power Platform custom connectors (paconn folders). Without a command,\n"
               "starts the designer, opening PATH (a connector folder or its\n"
               "apiDefinition.swagger.json) if given.\n"
               "\n"
               "Designer options:\n"
               "  --sample            open a copy of the bundled sample connector (Contoso HR)\n"
               "  --screenshot FILE   render the main window offscreen into FILE (PNG), then exit\n"
               "\n"
               "Commands (no display needed):\n")
        + commands
        + QStringLiteral("\n"
                         "Options:\n"
                         "  -h, --help     show this help ('connector-designer help COMMAND' for a command)\n"
                         "  -v, --version  show the version\n"
                         "\n"
                         "Exit codes:\n"
                         "  0  success\n"
                         "  1  format --check: at least one file would change; validate: errors found;\n"
                         "     diff: a breaking change; import: the report has errors; publish: not published;\n"
                         "     test: a response not 2xx or not matching its schema\n"
                         "  2  usage error, bad address, pointer or JSON, unparseable file, not a connector\n"
                         "  3  I/O error: a file could not be written\n");
}

} // namespace cli
