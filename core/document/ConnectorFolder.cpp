#include "ConnectorFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace {

constexpr qint64 MaxJsonFileSize = ConnectorFolder::MaxFileSize;
constexpr qint64 MaxIconSize = 16 * 1024 * 1024;

bool readLimited(const QString &path, qint64 limit, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (file.size() > limit) {
        *error = ConnectorFolder::tr("\"%1\" is too large (%2 MB; the limit is %3 MB).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(file.size() >> 20)
                     .arg(limit >> 20);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ConnectorFolder::tr("Cannot read \"%1\": %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

bool ConnectorFolder::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    return readLimited(path, MaxFileSize, bytes, error);
}

QString ConnectorFolder::findEntry(const QString &folder, const QStringList &names)
{
    const QStringList entries = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (entries.contains(name))
            return name; // exact spelling first
    }
    for (const QString &name : names) {
        for (const QString &entry : entries) {
            if (entry.compare(name, Qt::CaseInsensitive) == 0)
                return entry;
        }
    }
    return {};
}

QString ConnectorFolder::decodeText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (!decoder.hasError())
        return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    return QString::fromLatin1(bytes);
}

bool ConnectorFolder::read(const QString &folder, QString *error)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir()) {
        *error = ConnectorFolder::tr("\"%1\" is not a folder.").arg(shown);
        return false;
    }
    const QString definitionName = findEntry(folder, {QStringLiteral("apiDefinition.swagger.json")});
    const QString propertiesName = findEntry(folder, {QStringLiteral("apiProperties.json")});
    if (definitionName.isEmpty() && propertiesName.isEmpty()) {
        *error = ConnectorFolder::tr("\"%1\" is not a connector folder: it has no apiDefinition.swagger.json "
                                     "and no apiProperties.json.")
                     .arg(shown);
        return false;
    }
    if (definitionName.isEmpty() || propertiesName.isEmpty()) {
        *error = ConnectorFolder::tr("The connector in \"%1\" is incomplete: %2 is missing.")
                     .arg(shown,
                          definitionName.isEmpty() ? QStringLiteral("apiDefinition.swagger.json")
                                                   : QStringLiteral("apiProperties.json"));
        return false;
    }
    const QDir dir(folder);
    if (!readLimited(dir.filePath(definitionName), MaxJsonFileSize, &definitionBytes, error)
        || !readLimited(dir.filePath(propertiesName), MaxJsonFileSize, &propertiesBytes, error))
        return false;
    definition = json::JsonFile::fromBytes(definitionBytes, definitionName);
    properties = json::JsonFile::fromBytes(propertiesBytes, propertiesName);

    const QString settingsName = findEntry(folder, {QStringLiteral("settings.json")});
    hasSettings = !settingsName.isEmpty();
    if (hasSettings) {
        if (!readLimited(dir.filePath(settingsName), MaxJsonFileSize, &settingsBytes, error))
            return false;
        settings = json::JsonFile::fromBytes(settingsBytes, settingsName);
    }
    const QString iconName = findEntry(folder, {QStringLiteral("icon.png")});
    if (!iconName.isEmpty() && !readLimited(dir.filePath(iconName), MaxIconSize, &icon, error))
        return false;
    scriptFileName = findEntry(
        folder, {QStringLiteral("script.csx"), QStringLiteral("Script.csx"), QStringLiteral("script.cs")});
    hasScript = !scriptFileName.isEmpty();
    if (hasScript) {
        if (!readLimited(dir.filePath(scriptFileName), MaxJsonFileSize, &scriptBytes, error))
            return false;
        script = decodeText(scriptBytes);
    }
    return true;
}

bool ConnectorFolder::writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // flush() before commit(): Qt 6.4's commit() ignores a failed final flush (disk full) and
    // would rename a truncated file over the original.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()
        || !file.commit()) {
        *error = ConnectorFolder::tr("Cannot write \"%1\": %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
