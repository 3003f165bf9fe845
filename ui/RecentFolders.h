#pragma once

#include <QString>
#include <QStringList>

// The most recently opened connector folders, persisted in QSettings. Entries whose
// folder no longer exists are pruned whenever the list is read.
class RecentFolders
{
public:
    static constexpr int MaxEntries = 10;

    explicit RecentFolders(const QString &settingsKey = QStringLiteral("recentFolders"));

    QStringList entries() const; // newest first, existing folders only
    void add(const QString &folder);
    void remove(const QString &folder);
    void clear();

private:
    void store(const QStringList &entries) const;

    QString m_key;
};
