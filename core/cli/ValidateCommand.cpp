#include "ValidateCommand.h"

#include "CliApp.h"
#include "CliExitCode.h"
#include "document/ConnectorDocument.h"
#include "document/ConnectorFolder.h"
#include "validation/ValidationReport.h"
#include "validation/Validator.h"
#include "json/JsonFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <utility>

namespace cli {

namespace {

constexpr int ExitFindings = 1; // at least one error

struct Options
{
    QString format = QStringLiteral("text");
    ValidationFinding::Severity minimum = ValidationFinding::Severity::Info;
    QSet<QString> disabled;
    QString path;
};

// Reads the options; "" on success, else the usage error.
QString parseOptions(QStringList args, Options *options)
{
    QStringList formats, severities, disabled;
    QString error;
    if (!ValidateCommand::takeOption(args, QStringLiteral("--format"), &formats, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--severity"), &severities, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--disable"), &disabled, &error))
        return error;
    if (!formats.isEmpty())
        options->format = formats.last();
    if (!QStringList {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}.contains(
            options->format))
        return QStringLiteral("unknown format '%1' (text, json or sarif)").arg(options->format);
    if (!severities.isEmpty() && !ValidationFinding::parseSeverity(severities.last(), &options->minimum))
        return QStringLiteral("unknown severity '%1' (error, warning or info)").arg(severities.last());
    for (const QString &list : disabled) {
        for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!Validator::rule(id.trimmed()))
                return QStringLiteral("unknown rule '%1' (see 'connector-designer help validate')")
                    .arg(id.trimmed());
            options->disabled.insert(id.trimmed());
        }
    }
    QStringList positional;
    QString unknown;
    if (!ValidateCommand::splitPositional(args, &positional, &unknown))
        return QStringLiteral("unknown option '%1'").arg(unknown);
    if (positional.size() != 1)
        return QStringLiteral("expected one PATH");
    options->path = positional.first();
    return QString();
}

QList<ValidationFinding> atLeast(const QList<ValidationFinding> &findings,
                                 ValidationFinding::Severity minimum)
{
    // Severity values go Error < Warning < Info: keep those no less severe than minimum.
    QList<ValidationFinding> kept;
    for (const ValidationFinding &f : findings) {
        if (int(f.severity) <= int(minimum))
            kept.append(f);
    }
    return kept;
}

QString ruleList()
{
    QString list;
    for (const ValidationRule &rule : Validator::rules())
        list += QStringLiteral("  %1 %2  %3\n")
                    .arg(rule.id.leftJustified(28),
                         ValidationFinding::severityName(rule.severity).leftJustified(7), rule.summary);
    return list;
}

} // namespace

QString ValidateCommand::summary() const
{
    return QStringLiteral("check a connector against the Power Platform rules, offline");
}

QString ValidateCommand::help() const
{
    return QStringLiteral(
               "Usage: connector-designer validate PATH [--format text|json|sarif]\n"
               "                                    [--severity error|warning|info] [--disable RULE,...]\n"
               "\n"
               "Runs every validation rule on the connector, without a network or a sign-in, and\n"
               "prints the findings. Text output reads like a compiler's, one line per finding:\n"
               "  FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]\n"
               "with FILE as PATH names it; a count follows on stderr. A JSON file that cannot\n"
               "be parsed is a finding too (json-syntax).\n"
               "\n"
               "  PATH        a connector folder, or its apiDefinition.swagger.json; any other JSON\n"
               "              file is validated as a definition alone (no apiProperties.json)\n"
               "\n"
               "Options:\n"
               "  --format F    text (default), json, or sarif (SARIF 2.1.0, for code scanning)\n"
               "  --severity S  report findings of severity S and above (default: info, all)\n"
               "  --disable R   do not run rule R; a comma-separated list, may be repeated\n"
               "  -h, --help\n"
               "\n"
               "Exit codes: 0 no errors (warnings and infos allowed); 1 at least one error;\n"
               "2 bad arguments, or PATH is not a connector.\n"
               "\n"
               "Rules (id, severity, what it checks):\n")
        + ruleList();
}

bool ValidateCommand::takeOption(QStringList &args, const QString &name, QStringList *values, QString *error)
{
    const QString prefix = name + QLatin1Char('=');
    for (int i = 0; i < args.size();) {
        if (args.at(i) == QLatin1String("--"))
            break;
        if (args.at(i).startsWith(prefix)) {
            values->append(args.takeAt(i).mid(prefix.size()));
        } else if (args.at(i) == name) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            args.removeAt(i);
            values->append(args.takeAt(i));
        } else {
            ++i;
        }
    }
    return true;
}

bool ValidateCommand::isStandaloneDefinition(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().toLower();
    return info.isFile() && name != QLatin1String("apidefinition.swagger.json")
        && name != QLatin1String("apiproperties.json");
}

QString ValidateCommand::shownFolder(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? path : info.path();
    const QString clean = QDir::cleanPath(folder);
    return clean == QLatin1String(".") ? QString() : clean + QLatin1Char('/');
}

bool ValidateCommand::splitPositional(const QStringList &args, QStringList *positional, QString *unknown)
{
    bool optionsEnded = false;
    for (const QString &arg : args) {
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && arg.startsWith(QLatin1String("--"))) {
            *unknown = arg;
            return false;
        } else {
            positional->append(arg);
        }
    }
    return true;
}

int ValidateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const std::optional<int> stop = readOptions(args, parseOptions, &options, out, err))
        return *stop;

    Validator validator;
    validator.setDisabledRules(options.disabled);
    validator.setThreads(QThread::idealThreadCount());
    QList<ValidationFinding> findings;
    ValidationReport::Files files;
    if (isStandaloneDefinition(options.path)) {
        // A Swagger file from elsewhere (any name): the definition rules, no apiProperties.
        QByteArray bytes;
        QString readError;
        if (!ConnectorFolder::readFile(options.path, &bytes, &readError)) {
            err << options.path << ": " << readError << '\n';
            return ExitUsage; // could not run
        }
        const qint64 size = bytes.size();
        // The bytes go once parsed: the decoded text and the tree hold the file from then on, and
        // keeping the bytes through the rules held the file a third time (7 MB of an 89 MB peak).
        const json::JsonFile definition = json::JsonFile::fromBytes(std::exchange(bytes, QByteArray()),
                                                                    QFileInfo(options.path).fileName());
        findings = atLeast(validator.validate(definition, json::JsonFile(), size), options.minimum);
        files = {options.path, QString()};
    } else {
        ConnectorDocument document;
        if (!openConnector(document, options.path, err))
            return ExitUsage;
        findings = atLeast(validator.validate(document), options.minimum);
        const QString folder = shownFolder(options.path);
        files = {folder + document.file(ConnectorDocument::Part::Definition).fileName(),
                 folder + document.file(ConnectorDocument::Part::Properties).fileName()};
    }
    if (options.format == QLatin1String("json")) {
        out << QString::fromUtf8(ValidationReport::json(findings, files));
    } else if (options.format == QLatin1String("sarif")) {
        out << QString::fromUtf8(
            ValidationReport::sarif(findings, files, CliApp::versionText().section(QLatin1Char(' '), 1, 1)));
    } else {
        out << ValidationReport::text(findings, files);
        err << files.definition << ": " << ValidationReport::summary(ValidationReport::count(findings))
            << '\n';
    }
    return ValidationReport::count(findings).errors > 0 ? ExitFindings : ExitOk;
}

} // namespace cli
