#include "FormatCommand.h"

#include "CliExitCode.h"
#include "document/ConnectorDocument.h"
#include "json/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>

namespace cli {

namespace {

bool isRepairedDiagnostic(const json::JsonDiagnostic &d)
{
    return d.code == QLatin1String("trailing-comma") || d.code == QLatin1String("control-character");
}

// "file:line:col" of the first byte where two versions of a file differ.
QString firstDifference(const QString &displayName, const QByteArray &a, const QByteArray &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    const QByteArray head = a.left(i);
    const qsizetype lineStart = head.lastIndexOf('\n') + 1;
    return QStringLiteral("%1:%2:%3").arg(displayName).arg(head.count('\n') + 1).arg(i - lineStart + 1);
}

// The explicit flush matters: Qt 6.4's QSaveFile::commit() ignores a failing final flush
// (disk full, file size limit) and renames the truncated file over the original.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() && file.commit())
        return true;
    const int code = errno; // QSaveFile reports a failed flush as "Unknown error"
    *error
        = file.error() == QFileDevice::WriteError && code != 0 ? qt_error_string(code) : file.errorString();
    return false;
}

} // namespace

QString FormatCommand::summary() const
{
    return QStringLiteral("re-serialise a connector's JSON files, repairing what strict JSON forbids");
}

QString FormatCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer format PATH [--check]\n"
        "\n"
        "Reads apiDefinition.swagger.json, apiProperties.json and settings.json (if present)\n"
        "and writes each back through the JSON engine. The engine is lossless, so formatting\n"
        "keeps key order, indentation, line endings, final newline, BOM, Latin-1 encoding,\n"
        "escapes, number spelling, comments and duplicate keys exactly as they are. It\n"
        "repairs only what tolerant reading accepts but strict JSON forbids:\n"
        "  - trailing commas before '}' or ']' are removed;\n"
        "  - a string with raw control characters (e.g. a literal tab) is re-quoted with\n"
        "    standard escapes ('\\t', '\\u0001'; other escapes in that string, such as\n"
        "    '\\/', become plain characters).\n"
        "A file that needs no repair is therefore never changed, and only files whose\n"
        "bytes change are written (atomically). Each repair is listed on stderr as\n"
        "FILE:LINE:COLUMN; each file that changes (or would) is printed on stdout.\n"
        "If any file cannot be parsed, its error is printed and nothing is written.\n"
        "\n"
        "  PATH     a connector folder, or its apiDefinition.swagger.json\n"
        "\n"
        "Options:\n"
        "  --check  write nothing; exit 1 if some file would change\n"
        "  -h, --help\n"
        "\n"
        "Exit codes: 0 formatted (or, with --check, nothing would change); 1 with --check,\n"
        "some file would change; 2 bad arguments, a file that cannot be parsed\n"
        "(FILE:LINE:COLUMN: reason) or not a connector; 3 a file could not be read or written.\n");
}

int FormatCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments parsed;
    QString error;
    if (!parseArguments(args, {QStringLiteral("--check")}, &parsed, &error))
        return usageError(err, error);
    if (parsed.help) {
        out << help();
        return ExitOk;
    }
    if (parsed.positional.size() != 1)
        return usageError(err, QStringLiteral("expected one PATH"));
    const bool check = parsed.flags.contains(QStringLiteral("--check"));

    ConnectorDocument document;
    if (!openConnector(document, parsed.positional.at(0), err))
        return ExitUsage;
    QList<ConnectorDocument::Part> parts
        = {ConnectorDocument::Part::Definition, ConnectorDocument::Part::Properties};
    if (document.hasSettings())
        parts << ConnectorDocument::Part::Settings;

    QList<PendingWrite> writes;
    bool unparseable = false;
    for (ConnectorDocument::Part part : parts) {
        const int code = planFile(document, part, &writes, err);
        if (code == ExitIoError)
            return code;
        unparseable = unparseable || code == ExitUsage;
    }
    if (unparseable) {
        err << "Nothing was written.\n";
        return ExitUsage;
    }
    for (const PendingWrite &write : writes) {
        if (!check && !writeAtomically(write.path, write.bytes, &error)) {
            err << QDir::toNativeSeparators(write.path) << ": cannot write: " << error << '\n';
            return ExitIoError;
        }
        out << QDir::toNativeSeparators(write.path) << '\n';
    }
    return check && !writes.isEmpty() ? ExitDifferences : ExitOk;
}

int FormatCommand::planFile(ConnectorDocument &document, ConnectorDocument::Part part,
                            QList<PendingWrite> *writes, QTextStream &err)
{
    json::JsonFile &file = document.file(part);
    const QString path = QDir(document.folderPath()).filePath(file.fileName());
    const QString shown = displayPath(document, file);
    if (!file.isValid()) {
        printParseErrors(document, file, err);
        return ExitUsage;
    }
    QFile disk(path);
    if (!disk.open(QIODevice::ReadOnly)) {
        err << shown << ": " << disk.errorString() << '\n';
        return ExitIoError;
    }
    const QByteArray before = disk.readAll();
    const Result result = formatFile(file, shown);
    if (!result.error.isEmpty()) {
        err << shown << ": " << result.error << '\n';
        return ExitIoError;
    }
    for (const QString &note : result.notes)
        err << note << '\n';
    if (result.bytes == before)
        return ExitOk;
    if (result.notes.isEmpty())
        err << firstDifference(shown, before, result.bytes)
            << ": rewritten differently from here on, though no repair applies (the engine should be "
               "lossless: please report this)\n";
    writes->append({path, result.bytes});
    return ExitOk;
}

FormatCommand::Result FormatCommand::formatFile(json::JsonFile &file, const QString &displayName)
{
    Result result;
    for (const json::JsonDiagnostic &d : file.diagnostics()) {
        if (isRepairedDiagnostic(d))
            result.notes << QStringLiteral("%1:%2:%3: repaired: %4")
                                .arg(displayName)
                                .arg(d.line)
                                .arg(d.column)
                                .arg(d.message);
    }
    const std::unique_ptr<json::JsonValue> original = file.root()->clone();
    file.repairTolerated();
    result.bytes = file.toBytes();

    // A guard against engine bugs: what we write must read back as the same JSON, strictly
    // wherever we repaired.
    const json::JsonFile reread = json::JsonFile::fromBytes(result.bytes, file.fileName());
    bool same = reread.isValid() && reread.root()->equals(*original);
    for (const json::JsonDiagnostic &d : reread.diagnostics())
        same = same && !isRepairedDiagnostic(d);
    if (!same)
        result.error = QStringLiteral("internal error: the formatted output does not read back as the same "
                                      "JSON; the file was left unchanged");
    return result;
}

} // namespace cli
