#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A zip archive in memory, written and read with libzip (Debian's libzip-dev): the exporter
// writes the bytes atomically itself, and tests read an export back to check its listing.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    // The archive's bytes (entries deflated, names UTF-8); empty with *error set on failure.
    static QByteArray write(const QList<Entry> &entries, QString *error);
    // The entries of an archive, in order; false with *error set when it is not a readable zip.
    static bool read(const QByteArray &archive, QList<Entry> *entries, QString *error);
};
