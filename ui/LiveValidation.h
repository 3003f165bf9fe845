#pragma once

#include "validation/ConnectorBudget.h"
#include "validation/ValidationFinding.h"
#include "validation/ValidationReport.h"

#include <QObject>
#include <QSet>

class QThreadPool;
class QTimer;
class ConnectorDocument;
struct ValidationPass;

// Validates the document shortly after each change (debounced) and measures its size budget.
// Small connectors are validated on the GUI thread (a few milliseconds); for large ones the
// debounced run validates a snapshot of the saved text on a worker thread, so typing never
// waits for it, and results that an edit has overtaken are dropped. Findings are placed at
// their lines in the text the document would save now. The rules switched off for the
// connector come from RuleSettings.
class LiveValidation : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 300;
    // Definitions from this size on are validated off the GUI thread (the largest real
    // connector, 1.1 MB, takes a few hundred milliseconds).
    static constexpr qint64 DefaultBackgroundBytes = 256 * 1024;

    explicit LiveValidation(ConnectorDocument *document, QObject *parent = nullptr);
    ~LiveValidation() override;

    ConnectorDocument *document() const { return m_document; }
    const QList<ValidationFinding> &findings() const { return m_findings; }
    ValidationReport::Counts counts() const { return m_counts; }
    const ConnectorBudget::Figures &budget() const { return m_budget; }
    // A run is scheduled or working: the findings may lag behind the document.
    bool isPending() const;
    double lastRunMs() const { return m_lastRunMs; }
    bool lastRunInBackground() const { return m_lastRunInBackground; }
    void setBackgroundThreshold(qint64 bytes) { m_backgroundBytes = bytes; }

    // Off (no connector open): no runs, no findings.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Validates now, on this thread, and drops a scheduled or running run.
    void runNow();

    QSet<QString> disabledRules() const { return m_disabled; }
    void setDisabledRules(const QSet<QString> &ruleIds);
    void setRuleEnabled(const QString &ruleId, bool enabled);

    // Applies the finding's quick fix as one undo step. A run still pending is done first, so
    // the fix applied is the one computed from the current document.
    bool applyFix(const ValidationFinding &finding, QString *error);

signals:
    // New findings, counts and budget.
    void updated();

private:
    void schedule();
    void refresh(); // the debounced run: here or in the background by size
    void validateNewState();
    void startBackgroundRun();
    void adopt(ValidationPass pass, bool background);
    void onReset();
    void onFolderChanged(const QString &folder);

    ConnectorDocument *m_document;
    QTimer *m_timer;
    QThreadPool *m_pool;
    QList<ValidationFinding> m_findings;
    ValidationReport::Counts m_counts;
    ConnectorBudget::Figures m_budget;
    QSet<QString> m_disabled;
    QString m_folder; // whose disabled rules m_disabled holds
    quint64 m_generation = 0; // counts document states; a background result must match
    bool m_running = false; // a background run is working
    qint64 m_backgroundBytes = DefaultBackgroundBytes;
    double m_lastRunMs = 0;
    bool m_lastRunInBackground = false;
    bool m_active = true;
};
