#include "DemoServerCommand.h"

#include "CliExitCode.h"
#include "ValidateCommand.h"
#include "demo/DemoServer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

QString DemoServerCommand::summary() const
{
    return QStringLiteral("serve the sample connector's demo API on 127.0.0.1");
}

QString DemoServerCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer demo-server [--port N]\n"
        "\n"
        "Serves the demo API of the bundled \"Contoso HR\" sample (resources/sample/contoso-hr)\n"
        "on 127.0.0.1 only, then runs until stopped (Ctrl+C). It prints two lines first:\n"
        "  url=<base URL>      use it as --base-url of 'connector-designer test'\n"
        "  api_key=<key>       the key it accepts in X-API-Key (CONNECTOR_SECRET_API_KEY)\n"
        "Employees can be listed, read, created, updated and deleted; /audit-log answers every\n"
        "other call with 429 and Retry-After: 1; /reports/headcount answers after 1.5 s.\n"
        "\n"
        "  --port N   the port (default: a free one)\n"
        "\n"
        "Exit codes: 2 bad arguments or the port is taken.\n");
}

int DemoServerCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (wantsHelp(args)) {
        out << help();
        return ExitOk;
    }
    QStringList rest = args, ports, positional;
    QString error, unknown;
    if (!ValidateCommand::takeOption(rest, QStringLiteral("--port"), &ports, &error))
        return usageError(err, error);
    if (!ValidateCommand::splitPositional(rest, &positional, &unknown))
        return usageError(err, QStringLiteral("unknown option '%1'").arg(unknown));
    if (!positional.isEmpty())
        return usageError(err, QStringLiteral("unexpected argument '%1'").arg(positional.first()));
    bool ok = true;
    const int port = ports.isEmpty() ? 0 : ports.last().toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return usageError(err, QStringLiteral("--port takes a number from 0 to 65535"));
    DemoServer server;
    if (!server.start(quint16(port), &error)) {
        err << "connector-designer demo-server: " << error << '\n';
        return ExitUsage;
    }
    out << "url=" << server.baseUrl().toString() << '\n' << "api_key=" << server.apiKey() << '\n';
    out.flush();
    return QCoreApplication::exec();
}

} // namespace cli
