#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

// Connectors for the CLI tests: a small hand-written one, copies of the bundled sample and of
// corpus connectors, and snapshots to prove that a command wrote nothing.
class CliFixture
{
public:
    struct FileState
    {
        QByteArray bytes;
        QDateTime modified;
        bool operator==(const FileState &other) const
        {
            return bytes == other.bytes && modified == other.modified;
        }
    };
    using Snapshot = QMap<QString, FileState>; // file name -> state, every file in the folder

    // The fixture's files: definition 2-space LF without a final newline, properties 4-space
    // CRLF, settings tabs. Returns false if writing failed.
    static bool writeFixture(const QString &folder);
    static QByteArray fixtureDefinition();
    static QByteArray fixtureProperties();
    static QByteArray fixtureSettings();

    // Copies every file of a connector folder (not recursive). Returns false on failure.
    static bool copyConnector(const QString &from, const QString &to);
    static Snapshot snapshot(const QString &folder);
    static QByteArray read(const QString &path);
    static bool write(const QString &path, const QByteArray &bytes);

    // The corpus root (CD_CORPUS, else ../shared/corpus beside CD_SOURCE_DIR), or empty.
    static QString corpusDir();
    static bool corpusRequired() { return qEnvironmentVariable("CI") == QLatin1String("true"); }
    // The bundled sample connector in the source tree, or empty if it is not there.
    static QString sampleDir();
};
