#pragma once

#include <QJsonObject>
#include <QString>

// A connector folder's settings.json, in paconn's format (connectorId, environment,
// apiProperties, apiDefinition, icon, script, powerAppsUrl, powerAppsApiVersion): the
// argument store that makes the next publish an update of the same connector. Keys this class
// does not know are kept.
class PublishSettings
{
public:
    static QString filePath(const QString &folder);
    // A missing file gives empty settings; a file that is not a JSON object is an error.
    bool read(const QString &folder, QString *error);
    bool write(const QString &folder, QString *error) const;

    QString connectorId() const { return m_object.value(QStringLiteral("connectorId")).toString(); }
    QString environment() const { return m_object.value(QStringLiteral("environment")).toString(); }
    void set(const QString &key, const QString &value);
    void remove(const QString &key) { m_object.remove(key); }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
};
