#include "PublishSettings.h"

#include "document/ConnectorFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

PublishSettings::PublishSettings()
    : m_file(json::JsonFile::fromValue(json::JsonValue::makeObject(), QStringLiteral("settings.json")))
{ }

QString PublishSettings::filePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("settings.json"));
}

bool PublishSettings::read(const QString &folder, QString *error)
{
    const QString path = filePath(folder);
    m_file = json::JsonFile::fromValue(json::JsonValue::makeObject(), path);
    if (!QFileInfo::exists(path))
        return true;
    QByteArray bytes;
    if (!ConnectorFolder::readFile(path, &bytes, error))
        return false;
    json::JsonFile file = json::JsonFile::fromBytes(bytes, QDir::toNativeSeparators(path));
    if (!file.isValid()) {
        *error = file.errorString();
        return false;
    }
    if (!file.root()->isObject()) {
        *error = QCoreApplication::translate("PublishSettings", "%1: not a JSON object")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_file = std::move(file);
    return true;
}

bool PublishSettings::write(const QString &folder, QString *error) const
{
    return ConnectorFolder::writeAtomically(filePath(folder), m_file.toBytes(), error);
}

QString PublishSettings::value(const QString &key) const
{
    const json::JsonValue *member = m_file.root()->member(key);
    return member ? member->toString() : QString();
}

void PublishSettings::set(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        remove(key);
        return;
    }
    json::JsonValue *root = m_file.root();
    const int index = root->indexOf(key);
    if (index < 0)
        root->insertItem(root->size(), json::JsonValue::makeString(value), key);
    else if (!root->at(index)->isString() || root->at(index)->toString() != value)
        root->replaceValue(index, json::JsonValue::makeString(value));
}

void PublishSettings::remove(const QString &key)
{
    json::JsonValue *root = m_file.root();
    for (int index = root->indexOf(key); index >= 0; index = root->indexOf(key))
        root->takeItem(index);
}
