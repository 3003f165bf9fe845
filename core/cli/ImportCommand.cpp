#include "ImportCommand.h"

#include "CliExitCode.h"
#include "ImportIntoFolder.h"
#include "UrlImportSource.h"
#include "ValidateCommand.h"
#include "document/ConnectorFolder.h"
#include "import/ApiReadiness.h"
#include "import/ConnectorImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace cli {

namespace {

constexpr int ExitReportErrors = 1;

struct Options
{
    QString input;
    QString out;
    QString into; // merge into this connector folder instead of writing a new one
    QString report;
    ConnectorImporter::Format format = ConnectorImporter::Format::Auto;
    QList<UrlFetcher::Header> headers; // URL input only
    UrlFetcher::Options fetch;
    bool force = false;
    bool verbose = false;
    bool deleteRemoved = false;
    bool dryRun = false;
};

QString parseOptions(QStringList args, Options *options)
{
    QStringList outs, intos, froms, reports, headers, timeouts, sizes;
    QString error;
    if (!ValidateCommand::takeOption(args, QStringLiteral("--out"), &outs, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--into"), &intos, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--from"), &froms, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--report"), &reports, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--header"), &headers, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--timeout"), &timeouts, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--max-size"), &sizes, &error))
        return error;
    if (!UrlImportSource::parseHeaders(headers, &options->headers, &error))
        return error;
    bool ok = true;
    if (!timeouts.isEmpty()
        && ((options->fetch.timeoutMs = qRound(timeouts.last().toDouble(&ok) * 1000)) <= 0 || !ok))
        return QStringLiteral("--timeout wants a number of seconds above 0, not '%1'").arg(timeouts.last());
    if (!sizes.isEmpty()
        && ((options->fetch.maxBytes = qRound64(sizes.last().toDouble(&ok) * 1024 * 1024)) <= 0 || !ok))
        return QStringLiteral("--max-size wants a number of megabytes above 0, not '%1'").arg(sizes.last());
    const qsizetype end = args.indexOf(QStringLiteral("--"));
    const std::pair<const char *, bool *> flags[] = {{"--force", &options->force},
                                                     {"--verbose", &options->verbose},
                                                     {"--delete-removed", &options->deleteRemoved},
                                                     {"--dry-run", &options->dryRun}};
    for (const auto &[flag, value] : flags) {
        const qsizetype at = args.indexOf(QLatin1String(flag));
        if (at >= 0 && (end < 0 || at < end)) {
            args.removeAt(at);
            *value = true;
        }
    }
    if (outs.isEmpty() == intos.isEmpty())
        return QStringLiteral("one of --out FOLDER (a new connector) or --into FOLDER (merge) is required");
    if (!outs.isEmpty() && (options->deleteRemoved || options->dryRun))
        return QStringLiteral("--delete-removed and --dry-run go with --into");
    options->out = outs.isEmpty() ? QString() : outs.last();
    options->into = intos.isEmpty() ? QString() : intos.last();
    if (!reports.isEmpty())
        options->report = reports.last();
    if (!froms.isEmpty() && !ConnectorImporter::parseFormat(froms.last(), &options->format))
        return QStringLiteral("unknown format '%1' (postman, openapi, swagger or curl)").arg(froms.last());
    QStringList positional;
    QString unknown;
    if (!ValidateCommand::splitPositional(args, &positional, &unknown))
        return QStringLiteral("unknown option '%1'").arg(unknown);
    if (positional.size() != 1)
        return QStringLiteral("expected one INPUT (a file, a URL, or - for standard input)");
    options->input = positional.first();
    if (!options->headers.isEmpty() && !UrlImportSource::isUrl(options->input))
        return QStringLiteral("--header is for a URL INPUT (http:// or https://)");
    return {};
}

bool readInput(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot read '%1': %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QString describe(const ImportedConnector &result)
{
    static const QHash<QString, QString> names
        = {{QStringLiteral("postman"), QStringLiteral("Postman collection")},
           {QStringLiteral("openapi"), QStringLiteral("OpenAPI document")},
           {QStringLiteral("swagger"), QStringLiteral("Swagger document")},
           {QStringLiteral("curl"), QStringLiteral("curl command")}};
    const QString name = names.value(result.format, result.format);
    return result.formatVersion.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, result.formatVersion);
}

} // namespace

QString ImportCommand::summary() const
{
    return QStringLiteral("make a connector from Postman, OpenAPI 3, Swagger 2.0 or curl");
}

QString ImportCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer import INPUT --out FOLDER [--from postman|openapi|swagger|curl]\n"
        "                                  [--report FILE] [--force] [--verbose]\n"
        "                                  [--header \"Name: value\"]... [--timeout S] [--max-size MB]\n"
        "       connector-designer import INPUT --into FOLDER [--delete-removed] [--dry-run] [--from ...]\n"
        "\n"
        "Makes a connector folder (apiDefinition.swagger.json and apiProperties.json) from:\n"
        "  - a Postman collection, v1, v2.0 or v2.1 (also wrapped in {\"collection\": ...});\n"
        "  - an OpenAPI 3.0 or 3.1 document, JSON or YAML (converted to Swagger 2.0);\n"
        "  - a Swagger 2.0 document, JSON or YAML;\n"
        "  - a curl command (one operation).\n"
        "With --into, the import is merged into the existing connector FOLDER instead: operations\n"
        "are matched by operationId, else by method and path; new ones are added, changed ones get\n"
        "the import's method, path and parameter shapes, and everything customised (summaries,\n"
        "descriptions, visibility, labels, dynamic values, responses, security, policies, script)\n"
        "is kept. Operations the import lacks are listed, and deleted only with --delete-removed.\n"
        "The format is detected unless --from names it. Everything that could not be carried over\n"
        "exactly (approximated, dropped, merged) is listed like a compiler's messages:\n"
        "  INPUT:LINE:COLUMN: warning: MESSAGE (at /json/pointer)\n"
        "\n"
        "  INPUT        a file, - to read standard input (handy for a pasted curl command), or an\n"
        "               http(s) URL: the description is downloaded; given a service's base URL, the\n"
        "               usual places are tried (/openapi.json, /swagger.json, /v3/api-docs, ...)\n"
        "               and the one found (or each tried, with its outcome) is listed. A check of\n"
        "               the API (HTTPS, JSON responses, authentication) follows the import.\n"
        "\n"
        "Options:\n"
        "  --out F      the connector folder to write (created if missing)\n"
        "  --into F     merge into the connector folder F (prints the plan, then saves F)\n"
        "  --delete-removed  with --into: delete the operations the import no longer has\n"
        "  --dry-run    with --into: print the plan, write nothing\n"
        "  --from X     the input format: postman, openapi, swagger or curl\n"
        "  --report F   also write the full report as JSON to F\n"
        "  --force      write into a folder that is not empty (its connector files are replaced)\n"
        "  --verbose    also print the notes (info entries: exact conversions worth knowing)\n"
        "  --header H   URL input: send header H (\"Name: value\", e.g. an API key), repeatable; it\n"
        "               is not sent to another origin after a redirect, and its value is never printed\n"
        "  --timeout S  URL input: seconds to wait for each response (default 30)\n"
        "  --max-size M URL input: largest download in megabytes (default 20)\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 imported (warnings allowed); 1 imported, but the report has errors;\n"
        "2 bad arguments, unreadable or unrecognised input, or FOLDER not empty without --force;\n"
        "3 a file could not be written.\n");
}

int ImportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const std::optional<int> stop = readOptions(args, parseOptions, &options, out, err))
        return *stop;
    const QDir target(options.out);
    if (options.into.isEmpty() && target.exists()
        && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) && !options.force) {
        err << "connector-designer import: '" << options.out
            << "' is not empty; use --force to write the connector into it anyway\n";
        return ExitUsage;
    }
    QByteArray bytes;
    QString error;
    const bool fromUrl = UrlImportSource::isUrl(options.input);
    QString shown = options.input == QLatin1String("-") ? QStringLiteral("<stdin>") : options.input;
    if (fromUrl) {
        if (!UrlImportSource::fetch(options.input, options.headers, options.fetch, &bytes, &shown, err))
            return ExitUsage;
    } else if (!readInput(options.input, &bytes, &error)) {
        err << "connector-designer import: " << error << '\n';
        return ExitUsage;
    }
    QElapsedTimer timer;
    timer.start();
    const ImportedConnector result = ConnectorImporter::import(bytes, options.format);
    const qint64 elapsed = timer.elapsed();
    for (const ImportReport::Entry &entry : result.report.entries())
        if (options.verbose || entry.severity != ImportReport::Severity::Info)
            err << ImportReport::entryText(entry, shown) << '\n';
    if (!options.report.isEmpty()
        && !ConnectorFolder::writeAtomically(options.report, result.report.json(shown), &error)) {
        err << "connector-designer import: " << error << '\n';
        return ExitIoError;
    }
    if (!result.ok()) {
        err << shown << ": not imported\n";
        return ExitUsage;
    }
    if (!options.into.isEmpty()) {
        const ImportIntoFolder::Options into {options.into, options.deleteRemoved, options.dryRun,
                                              result.format == QLatin1String("curl")};
        return ImportIntoFolder::run(result, into, out, err);
    }
    if (!result.write(options.out, &error)) {
        err << "connector-designer import: " << error << '\n';
        return ExitIoError;
    }
    const ImportReport &report = result.report;
    out << QStringLiteral("Imported %1 operation(s) from a %2 into %3 in %4 ms.\n")
               .arg(result.operationCount())
               .arg(describe(result), QDir::toNativeSeparators(options.out))
               .arg(elapsed);
    if (result.merged > 0)
        out << QStringLiteral("%1 of %2 request(s)/operation(s) merged or not imported (see the warnings).\n")
                   .arg(result.merged)
                   .arg(result.inputOperations);
    out << QStringLiteral("%1 error(s), %2 warning(s), %3 note(s)%4.\n")
               .arg(report.count(ImportReport::Severity::Error))
               .arg(report.count(ImportReport::Severity::Warning))
               .arg(report.count(ImportReport::Severity::Info))
               .arg(options.verbose || report.count(ImportReport::Severity::Info) == 0
                        ? QString()
                        : QStringLiteral(" (--verbose shows the notes)"));
    if (fromUrl)
        out << "API check:\n"
            << ApiReadiness::text(ApiReadiness::check(result.definitionBytes(), QUrl(shown))) << '\n';
    return report.hasErrors() ? ExitReportErrors : ExitOk;
}

} // namespace cli
