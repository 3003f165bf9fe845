#include "LiveValidation.h"

#include "RuleSettings.h"
#include "document/ConnectorDocument.h"
#include "views/CurrentTextLocator.h"
#include "views/ValidationPass.h"

#include <QThreadPool>
#include <QTimer>

LiveValidation::LiveValidation(ConnectorDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this)), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(DelayMs);
    connect(m_timer, &QTimer::timeout, this, &LiveValidation::refresh);
    connect(m_document, &ConnectorDocument::changed, this, &LiveValidation::schedule);
    connect(m_document, &ConnectorDocument::reset, this, &LiveValidation::onReset);
    connect(m_document, &ConnectorDocument::folderChanged, this, &LiveValidation::onFolderChanged);
    onReset();
}

LiveValidation::~LiveValidation()
{
    // A background run posts its result to this object: let it finish before this goes.
    m_pool->waitForDone();
}

bool LiveValidation::isPending() const
{
    return m_timer->isActive() || m_running;
}

void LiveValidation::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    validateNewState();
}

void LiveValidation::schedule()
{
    ++m_generation; // whatever runs in the background now is out of date
    if (m_active)
        m_timer->start();
}

void LiveValidation::refresh()
{
    if (m_budget.definitionBytes >= m_backgroundBytes)
        startBackgroundRun();
    else
        runNow();
}

void LiveValidation::onReset()
{
    ++m_generation;
    m_folder = m_document->folderPath();
    m_disabled = RuleSettings::disabledRules(m_folder);
    validateNewState();
}

void LiveValidation::validateNewState()
{
    // A new document shows its problems at once, without waiting for the debounce; a large one
    // from the worker (tens of milliseconds later), so that opening it does not wait for them.
    if (!m_active || CurrentTextLocator(*m_document).definitionBytes() < m_backgroundBytes) {
        runNow();
        return;
    }
    m_timer->stop();
    ++m_generation;
    adopt(ValidationPass(), false); // the last document's findings are not this one's
    startBackgroundRun();
}

void LiveValidation::onFolderChanged(const QString &folder)
{
    if (folder == m_folder)
        return;
    // Saved under a new name: the choices made so far go with it.
    if (!folder.isEmpty() && RuleSettings::disabledRules(folder).isEmpty())
        RuleSettings::setDisabledRules(folder, m_disabled);
    m_folder = folder;
    m_disabled = RuleSettings::disabledRules(folder);
    runNow();
}

void LiveValidation::runNow()
{
    m_timer->stop();
    ++m_generation; // supersedes a background run
    if (!m_active) {
        adopt(ValidationPass(), false);
        return;
    }
    adopt(ValidationPass::run(*m_document, m_disabled), false);
}

void LiveValidation::startBackgroundRun()
{
    if (!m_active)
        return;
    if (m_running) {
        // One at a time: when the running one reports, a newer state starts another.
        m_timer->start();
        return;
    }
    const quint64 generation = m_generation;
    const ValidationPass::Snapshot snapshot = ValidationPass::snapshot(*m_document, m_disabled);
    m_running = true;
    m_pool->start([this, snapshot, generation] {
        ValidationPass pass = ValidationPass::run(snapshot);
        QMetaObject::invokeMethod(
            this,
            [this, pass = std::move(pass), generation]() mutable {
                m_running = false;
                // Dropped when the document changed meanwhile (a newer run is scheduled).
                if (generation == m_generation)
                    adopt(std::move(pass), true);
            },
            Qt::QueuedConnection);
    });
}

void LiveValidation::adopt(ValidationPass pass, bool background)
{
    m_findings = std::move(pass.findings);
    m_budget = pass.budget;
    m_lastRunMs = pass.milliseconds;
    m_lastRunInBackground = background;
    m_counts = ValidationReport::count(m_findings);
    emit updated();
}

void LiveValidation::setDisabledRules(const QSet<QString> &ruleIds)
{
    if (ruleIds == m_disabled)
        return;
    m_disabled = ruleIds;
    RuleSettings::setDisabledRules(m_folder, m_disabled);
    runNow();
}

void LiveValidation::setRuleEnabled(const QString &ruleId, bool enabled)
{
    QSet<QString> ids = m_disabled;
    if (enabled)
        ids.remove(ruleId);
    else
        ids.insert(ruleId);
    setDisabledRules(ids);
}

bool LiveValidation::applyFix(const ValidationFinding &finding, QString *error)
{
    const ValidationFinding *target = &finding;
    if (isPending()) {
        // The finding came from an older state: recompute, and take the same problem's fix.
        runNow();
        target = nullptr;
        for (const ValidationFinding &fresh : std::as_const(m_findings)) {
            if (fresh.ruleId == finding.ruleId && fresh.part == finding.part
                && fresh.pointer == finding.pointer && fresh.message == finding.message) {
                target = &fresh;
                break;
            }
        }
        if (!target) {
            *error = tr("The problem is already gone.");
            return false;
        }
    }
    if (target->fix.isEmpty()) {
        *error = tr("This problem has no automatic fix.");
        return false;
    }
    const QuickFix fix = target->fix; // a run replaces m_findings
    if (!fix.apply(*m_document, error))
        return false;
    // Show the result at once where that is cheap; large connectors catch up in the background.
    m_timer->stop();
    refresh();
    return true;
}
