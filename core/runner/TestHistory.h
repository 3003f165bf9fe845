#pragma once

#include "Credentials.h"
#include "TestHistoryEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

// Every exchange tested against one connector, kept across restarts in the user's data
// directory (<AppDataLocation>/history/<hash of the connector's folder path>/history.json,
// written atomically), the newest `limit` ones. Entries are masked before they are kept:
// credential headers and query items become "***", and every secret of the connection is
// scrubbed from URLs, headers, bodies and messages (as it is, percent-encoded, base64).
class TestHistory
{
public:
    static constexpr int DefaultLimit = 200;

    // rootDirectory empty: <AppDataLocation>/history.
    explicit TestHistory(const QString &connectorPath, const QString &rootDirectory = {});

    static QString defaultRootDirectory();
    // The connector's folder: a hash of its canonical path, so renaming the folder starts anew.
    QString directory() const { return m_directory; }
    QString filePath() const;

    int limit() const { return m_limit; }
    void setLimit(int limit); // drops the oldest entries beyond it (saved on the next add)

    // A missing file is an empty history. A corrupt one: false, *error says where, the history
    // is empty and the next add() keeps the bad file aside (history.json.corrupt) first.
    bool load(QString *error = nullptr);
    const QList<TestHistoryEntry> &entries() const { return m_entries; } // oldest first
    const TestHistoryEntry *find(const QString &id) const;

    // Masks the entry with `secrets`, appends it, drops the oldest beyond the limit, saves.
    bool add(const TestHistoryEntry &entry, const Credentials &secrets, QString *error = nullptr);
    bool clear(QString *error = nullptr);

    static TestHistoryEntry masked(const TestHistoryEntry &entry, const Credentials &secrets);
    // The entry's request with the credentials of the current connection put back.
    static RunRequest replayRequest(const TestHistoryEntry &entry, const Credentials &credentials);
    // Request and response of each entry as text, and their line diff ("  ", "- ", "+ ").
    static QStringList describe(const TestHistoryEntry &entry);
    static QString compare(const TestHistoryEntry &a, const TestHistoryEntry &b);

private:
    bool save(QString *error);

    QString m_connectorPath;
    QString m_directory;
    int m_limit = DefaultLimit;
    QList<TestHistoryEntry> m_entries;
    bool m_corrupt = false;
};
