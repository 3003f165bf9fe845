#include "PublishSettings.h"

#include "document/ConnectorFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

QString PublishSettings::filePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("settings.json"));
}

bool PublishSettings::read(const QString &folder, QString *error)
{
    m_object = {};
    const QString path = filePath(folder);
    if (!QFileInfo::exists(path))
        return true;
    QByteArray bytes;
    if (!ConnectorFolder::readFile(path, &bytes, error))
        return false;
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("PublishSettings", "%1: not a JSON object (%2)")
                     .arg(QDir::toNativeSeparators(path),
                          parse.error == QJsonParseError::NoError ? QStringLiteral("wrong type")
                                                                  : parse.errorString());
        return false;
    }
    m_object = document.object();
    return true;
}

bool PublishSettings::write(const QString &folder, QString *error) const
{
    return ConnectorFolder::writeAtomically(filePath(folder),
                                            QJsonDocument(m_object).toJson(QJsonDocument::Indented), error);
}

void PublishSettings::set(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_object.remove(key);
    else
        m_object.insert(key, value);
}
