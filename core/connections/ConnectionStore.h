#pragma once

#include "Connection.h"

#include <QList>
#include <QString>

// The user's connections, without secrets, in one JSON file under the application's config
// directory (QStandardPaths::AppConfigLocation): never in a connector folder, which is shared
// and committed. Writes are atomic (QSaveFile).
class ConnectionStore
{
public:
    // filePath empty: <AppConfigLocation>/connections.json.
    explicit ConnectionStore(const QString &filePath = {});

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // A missing file is an empty store, not an error.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    QList<Connection> connections() const { return m_connections; }
    QList<Connection> connectionsFor(const QString &connectorId) const;
    const Connection *find(const QString &connectorId, const QString &name) const;
    // Adds, or replaces the connection with the same connector and name.
    void upsert(const Connection &connection);
    bool remove(const QString &connectorId, const QString &name);

private:
    int indexOf(const QString &connectorId, const QString &name) const;

    QString m_filePath;
    QList<Connection> m_connections;
};
