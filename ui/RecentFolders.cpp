#include "RecentFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

RecentFolders::RecentFolders(const QString &settingsKey) : m_key(settingsKey) { }

QStringList RecentFolders::entries() const
{
    const QStringList stored = QSettings().value(m_key).toStringList();
    QStringList existing;
    for (const QString &folder : stored) {
        if (QFileInfo(folder).isDir() && !existing.contains(folder))
            existing.append(folder);
    }
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFolders::add(const QString &folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList list = entries();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxEntries)
        list.removeLast();
    store(list);
}

void RecentFolders::remove(const QString &folder)
{
    QStringList list = entries();
    list.removeAll(folder);
    store(list);
}

void RecentFolders::clear()
{
    store({});
}

void RecentFolders::store(const QStringList &entries) const
{
    QSettings settings;
    if (entries.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, entries);
}
