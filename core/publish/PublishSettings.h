#pragma once

#include "json/JsonFile.h"

#include <QString>

// A connector folder's settings.json, in paconn's format (connectorId, environment,
// apiProperties, apiDefinition, icon, script, powerAppsUrl, powerAppsApiVersion): the
// argument store that makes the next publish an update of the same connector. The file lives
// in the user's repository, so it is edited losslessly like the other connector files: keys
// this class does not know, their order, comments and formatting are kept.
class PublishSettings
{
public:
    PublishSettings();

    static QString filePath(const QString &folder);
    // A missing file gives empty settings; a file that is not a JSON object is an error.
    bool read(const QString &folder, QString *error);
    bool write(const QString &folder, QString *error) const;

    QString value(const QString &key) const;
    QString connectorId() const { return value(QStringLiteral("connectorId")); }
    QString environment() const { return value(QStringLiteral("environment")); }
    // An empty value removes the key; an unchanged value leaves the text as it is.
    void set(const QString &key, const QString &value);
    void remove(const QString &key);

private:
    json::JsonFile m_file;
};
