#pragma once

#include "CliCommand.h"

namespace cli {

// connector-designer validate PATH [--format text|json|sarif] [--severity LEVEL] [--disable RULE,...]:
// runs every validation rule offline and prints the findings like a compiler, as JSON or as SARIF.
class ValidateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    // Takes "--name VALUE" and "--name=VALUE" out of args (every occurrence, in order).
    // False, with error set, when the option is last and has no value.
    static bool takeOption(QStringList &args, const QString &name, QStringList *values, QString *error);
    // Positional arguments ("--" ends the options); false with the first unknown "--option".
    static bool splitPositional(const QStringList &args, QStringList *positional, QString *unknown);
    // The folder part of PATH as the user wrote it ("" for the current folder), for showing files.
    static QString shownFolder(const QString &path);
    // A JSON file not named like a connector's own files: validated as a definition alone.
    static bool isStandaloneDefinition(const QString &path);
};

} // namespace cli
