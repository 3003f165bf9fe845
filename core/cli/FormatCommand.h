#pragma once

#include "CliCommand.h"
#include "document/ConnectorDocument.h"

#include <QByteArray>
#include <QList>

namespace json {
class JsonFile;
}

namespace cli {

// connector-designer format PATH [--check]: re-serialises the connector's JSON files through
// the engine, repairing what tolerant reading accepted but strict JSON forbids.
class FormatCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("format"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    struct Result
    {
        QByteArray bytes; // what format writes
        QStringList notes; // "file:line:col: repaired: ..." for each repair
        QString error; // set when the output would not re-read as the same JSON
    };
    // The formatted bytes of one parsed file. The file is repaired in place.
    static Result formatFile(json::JsonFile &file, const QString &displayName);

private:
    struct PendingWrite
    {
        QString path;
        QByteArray bytes;
    };
    // Formats one file of the document and queues it when its bytes change. Returns ExitOk,
    // ExitUsage (the file cannot be parsed) or ExitIoError.
    static int planFile(ConnectorDocument &document, ConnectorDocument::Part part,
                        QList<PendingWrite> *writes, QTextStream &err);
};

} // namespace cli
