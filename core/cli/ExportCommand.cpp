#include "ExportCommand.h"

#include "CliExitCode.h"
#include "ValidateCommand.h"
#include "document/ConnectorDocument.h"
#include "document/ConnectorFolder.h"
#include "export/ConnectorExporter.h"

#include <QDir>
#include <QTextStream>

namespace cli {

namespace {

struct Options
{
    QString path;
    QString out;
    QString report;
    ConnectorExporter::Format format = ConnectorExporter::Format::OpenApi3;
    bool yaml = false;
};

QString parseOptions(QStringList args, Options *options)
{
    QStringList outs, tos, reports;
    QString error;
    if (!ValidateCommand::takeOption(args, QStringLiteral("--out"), &outs, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--to"), &tos, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--report"), &reports, &error))
        return error;
    const qsizetype end = args.indexOf(QStringLiteral("--"));
    const qsizetype yaml = args.indexOf(QStringLiteral("--yaml"));
    if (yaml >= 0 && (end < 0 || yaml < end)) {
        args.removeAt(yaml);
        options->yaml = true;
    }
    if (tos.isEmpty())
        return QStringLiteral("--to openapi3|postman|zip is required");
    if (!ConnectorExporter::parseFormat(tos.last(), &options->format))
        return QStringLiteral("unknown format '%1' (openapi3, postman or zip)").arg(tos.last());
    if (options->yaml && options->format != ConnectorExporter::Format::OpenApi3)
        return QStringLiteral("--yaml applies to --to openapi3 only");
    if (outs.isEmpty())
        return QStringLiteral("--out FILE is required");
    options->out = outs.last();
    if (!reports.isEmpty())
        options->report = reports.last();
    QStringList positional;
    QString unknown;
    if (!ValidateCommand::splitPositional(args, &positional, &unknown))
        return QStringLiteral("unknown option '%1'").arg(unknown);
    if (positional.size() != 1)
        return QStringLiteral("expected one PATH (a connector folder or its apiDefinition.swagger.json)");
    options->path = positional.first();
    return {};
}

} // namespace

QString ExportCommand::summary() const
{
    return QStringLiteral("write a connector as OpenAPI 3, a Postman collection or a zip");
}

QString ExportCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer export PATH --to openapi3|postman|zip --out FILE [--yaml]\n"
        "                                  [--report FILE]\n"
        "\n"
        "Writes the connector at PATH (its folder or apiDefinition.swagger.json) as:\n"
        "  openapi3  an OpenAPI 3.0.3 document (JSON, or YAML with --yaml): servers from host and\n"
        "            basePath, request bodies, components with the $refs rewritten, security\n"
        "            schemes; the x-ms-* extensions are kept;\n"
        "  postman   a Postman v2.1 collection: tags as folders, example bodies, the connection's\n"
        "            auth as collection auth with its secrets as empty {{variables}};\n"
        "  zip       a zip of the connector folder (definition, properties, icon, script).\n"
        "What the format cannot express is listed like a compiler's messages:\n"
        "  PATH: warning: MESSAGE (at /json/pointer in the definition)\n"
        "\n"
        "Options:\n"
        "  --to X       openapi3, postman or zip\n"
        "  --out F      the file to write (replaced atomically)\n"
        "  --yaml       OpenAPI 3 as YAML instead of JSON\n"
        "  --report F   also write the report as JSON to F\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 exported (notes and warnings allowed); 2 bad arguments or PATH is not a\n"
        "readable connector; 3 a file could not be written.\n");
}

int ExportCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const std::optional<int> stop = readOptions(args, parseOptions, &options, out, err))
        return *stop;
    ConnectorDocument document;
    if (!openConnector(document, options.path, err))
        return ExitUsage;
    if (!document.root(ConnectorDocument::Part::Definition)) {
        printParseErrors(document, document.file(ConnectorDocument::Part::Definition), err);
        return ExitUsage;
    }
    const ExportResult result = ConnectorExporter::run(document, options.format, options.yaml);
    const QString shown = displayPath(document, document.file(ConnectorDocument::Part::Definition));
    for (const ImportReport::Entry &entry : result.report.entries())
        err << ImportReport::entryText(entry, shown) << '\n';
    QString error;
    if (!options.report.isEmpty()
        && !ConnectorFolder::writeAtomically(options.report, result.report.json(shown), &error)) {
        err << "connector-designer export: " << error << '\n';
        return ExitIoError;
    }
    if (!result.ok()) {
        err << "connector-designer export: " << result.error << '\n';
        return ExitUsage;
    }
    if (!result.write(options.out, &error)) {
        err << "connector-designer export: " << error << '\n';
        return ExitIoError;
    }
    out << QStringLiteral("Exported %1 to %2 (%3 bytes); %4 warning(s), %5 note(s).\n")
               .arg(document.displayName(), QDir::toNativeSeparators(options.out))
               .arg(result.bytes.size())
               .arg(result.report.count(ImportReport::Severity::Warning))
               .arg(result.report.count(ImportReport::Severity::Info));
    return ExitOk;
}

} // namespace cli
