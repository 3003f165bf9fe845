#pragma once

#include "CliExitCode.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class ConnectorDocument;

namespace json {
class JsonFile;
}

namespace cli {

// One subcommand of the command-line interface. Output goes to injected streams so the
// commands can be tested in-process as well as through the real executable.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, for the command list
    virtual QString help() const = 0; // the full help text
    // args are the command's own arguments (without the command name).
    virtual int run(const QStringList &args, QTextStream &out, QTextStream &err) = 0;

protected:
    struct Arguments
    {
        QStringList positional;
        QSet<QString> flags;
        bool help = false;
    };

    // -h or --help before any "--".
    static bool wantsHelp(const QStringList &args);
    // The start the option-taking commands share: the help when asked for (exit 0), a usage
    // error for bad options (exit 2). Returns the exit code to stop with, or nothing to go on.
    template<typename Options>
    std::optional<int> readOptions(const QStringList &args, QString (*parse)(QStringList, Options *),
                                   Options *options, QTextStream &out, QTextStream &err) const
    {
        if (wantsHelp(args)) {
            out << help();
            return ExitOk;
        }
        const QString problem = parse(args, options);
        if (!problem.isEmpty())
            return usageError(err, problem);
        return std::nullopt;
    }
    // Splits args into flags and positional arguments. Only "--name" and "-h" are options,
    // so values such as "-1" stay positional; "--" ends the options.
    bool parseArguments(const QStringList &args, const QStringList &knownFlags, Arguments *out,
                        QString *error) const;
    // Prints "connector-designer NAME: message" and a pointer to the help; returns ExitUsage.
    int usageError(QTextStream &err, const QString &message) const;
    // Opens a connector for a command; prints the reason and returns false when it is not one.
    static bool openConnector(ConnectorDocument &document, const QString &path, QTextStream &err);
    // The path of one of the document's files, for messages ("FILE:LINE:COLUMN: ...").
    static QString displayPath(const ConnectorDocument &document, const json::JsonFile &file);
    // "FILE:LINE:COLUMN: error: reason" for each error of a file that could not be parsed.
    static void printParseErrors(const ConnectorDocument &document, const json::JsonFile &file,
                                 QTextStream &err);
};

} // namespace cli
