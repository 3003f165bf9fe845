#include "CliCommand.h"

#include "CliExitCode.h"
#include "document/ConnectorDocument.h"
#include "json/JsonFile.h"

#include <QDir>
#include <QTextStream>

namespace cli {

bool CliCommand::wantsHelp(const QStringList &args)
{
    const qsizetype end = args.indexOf(QStringLiteral("--"));
    const QStringList options = end < 0 ? args : args.mid(0, end);
    return options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"));
}

bool CliCommand::parseArguments(const QStringList &args, const QStringList &knownFlags, Arguments *out,
                                QString *error) const
{
    bool optionsEnded = false;
    for (const QString &arg : args) {
        if (optionsEnded || !(arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-h"))) {
            out->positional << arg;
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out->help = true;
        } else if (knownFlags.contains(arg)) {
            out->flags.insert(arg);
        } else {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return false;
        }
    }
    return true;
}

int CliCommand::usageError(QTextStream &err, const QString &message) const
{
    err << "connector-designer " << name() << ": " << message << '\n'
        << "Run 'connector-designer help " << name() << "' for usage.\n";
    err.flush();
    return ExitUsage;
}

bool CliCommand::openConnector(ConnectorDocument &document, const QString &path, QTextStream &err)
{
    QString error;
    if (document.open(path, &error))
        return true;
    err << path << ": " << error << '\n';
    err.flush();
    return false;
}

QString CliCommand::displayPath(const ConnectorDocument &document, const json::JsonFile &file)
{
    return QDir::toNativeSeparators(QDir(document.folderPath()).filePath(file.fileName()));
}

void CliCommand::printParseErrors(const ConnectorDocument &document, const json::JsonFile &file,
                                  QTextStream &err)
{
    for (const json::JsonDiagnostic &d : file.diagnostics()) {
        if (d.isError())
            err << d.format(displayPath(document, file)) << '\n';
    }
}

} // namespace cli
