#pragma once

#include "json/JsonFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The files of a connector folder as read from disk (or from the bundled resources),
// before a ConnectorDocument adopts them.
struct ConnectorFolder
{
    json::JsonFile definition;
    json::JsonFile properties;
    json::JsonFile settings;
    bool hasSettings = false;
    QByteArray definitionBytes, propertiesBytes, settingsBytes;
    QByteArray icon;
    QString script;
    QByteArray scriptBytes;
    QString scriptFileName;
    bool hasScript = false;

    // Fails for a folder that is not a connector or a file that cannot be read;
    // JSON that does not parse is not a failure here (the document opens read-only).
    bool read(const QString &folder, QString *error);

    // Reads a file of at most MaxFileSize bytes, with a readable reason on failure.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);
    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
    static QString decodeText(const QByteArray &bytes); // UTF-8 (BOM skipped), else Latin-1
    // The name of an entry in folder matching one of names case-insensitively, or "".
    static QString findEntry(const QString &folder, const QStringList &names);

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(ConnectorFolder)
};
