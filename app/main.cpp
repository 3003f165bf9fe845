// Entry point: a CLI subcommand runs with a QCoreApplication (no display needed);
// anything else starts the designer.
#include "GuiLauncher.h"
#include "cli/CliApp.h"
#include "cli/CliExitCode.h"
#include "cli/GuiOptions.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

int runCli(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The GUI's names: the CLI reads the connections (config) and history (data) it saved.
    QCoreApplication::setApplicationName(QStringLiteral("Connector Designer"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorDesigner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::CliApp().run(QCoreApplication::arguments().mid(1), out, err);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (cli::CliApp::isCliInvocation(args))
        return runCli(argc, argv);

    cli::GuiOptions options;
    QString error;
    if (!cli::GuiOptions::parse(args, &options, &error)) {
        QTextStream err(stderr);
        err << "connector-designer: " << error << "\nRun 'connector-designer --help' for usage.\n";
        return cli::ExitUsage;
    }
    return runGui(argc, argv, options.pathToOpen, options.openSample, options.screenshotPath);
}
