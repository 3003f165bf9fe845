#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace cli {

// The command-line interface: dispatches to a command, prints usage and the version.
// Needs only a QCoreApplication (no display).
class CliApp
{
public:
    CliApp();
    ~CliApp();

    // True when args (without the program name) ask for the CLI rather than the GUI.
    static bool isCliInvocation(const QStringList &args);
    static QString versionText(); // "connector-designer 0.1.0 (Qt 6.4.2)"

    // args without the program name; returns the process exit code.
    int run(const QStringList &args, QTextStream &out, QTextStream &err);
    QString usage() const;

private:
    CliCommand *command(const QString &name) const;
    int runHelp(const QStringList &args, QTextStream &out, QTextStream &err) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace cli
