#pragma once

#include "import/ImportReport.h"

#include <QByteArray>
#include <QString>

// What an exporter produces: the bytes of the output file and a report of what the target
// format cannot express (each entry located by a JSON pointer into the connector's definition).
// bytes is empty and error says why when nothing could be exported.
struct ExportResult
{
    QByteArray bytes;
    ImportReport report;
    QString error;

    bool ok() const { return error.isEmpty(); }
    // Writes bytes to path atomically (QSaveFile): a failed write leaves the old file intact.
    bool write(const QString &path, QString *writeError) const;
};
