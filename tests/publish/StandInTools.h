#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Stand-in `paconn` and `pac` executables (small shell scripts) written into a temporary
// folder for the publish tests. Each call appends its name and arguments, one per line and
// ended by "--", to record(); it answers like the real tool: paconn prints
// "<id> created successfully." / "<id> updated successfully." (paconn's own wording), pac a
// line with the connector's GUID (its exact wording is assumed). With CD_STANDIN_FAIL=1 in the
// environment both fail with a message that quotes the client secret (to prove the masking)
// and exit 1.
class StandInTools
{
public:
    static constexpr const char *PaconnId = "shared_standin-5f1234abcd";
    static constexpr const char *PacId = "11111111-2222-3333-4444-555555555555";

    explicit StandInTools(const QStringList &tools = {QStringLiteral("paconn"), QStringLiteral("pac")});
    QString dir() const { return m_dir.path(); }
    QString program(const QString &tool) const { return m_dir.filePath(tool); }
    QString recordPath() const { return m_dir.filePath(QStringLiteral("calls.txt")); }
    // Each call's arguments (the tool name first).
    QList<QStringList> calls() const;
    // dir() first on PATH, then the system's (for sh).
    QString path() const;
    // A connector folder: the bundled sample copied to a new temporary folder.
    static bool copySample(const QString &folder);
    // Turns the connector's connection parameter into an OAuth one (paconn needs --secret).
    static bool makeOAuth(const QString &folder);

private:
    QTemporaryDir m_dir;
};
