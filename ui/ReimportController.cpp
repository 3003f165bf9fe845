#include "ReimportController.h"

#include "DialogProvider.h"
#include "DocumentController.h"
#include "ImportController.h"
#include "ImportJob.h"
#include "MergePreviewDialog.h"
#include "document/ConnectorDocument.h"
#include "import/ConnectorMerge.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>

ReimportController::ReimportController(ConnectorDocument *document, DocumentController *documents,
                                       DialogProvider *dialogs, QWidget *window, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_documents(documents),
      m_dialogs(dialogs),
      m_window(window),
      m_job(new ImportJob(window, this))
{
    connect(m_job, &ImportJob::done, this, &ReimportController::onImported);
    connect(m_job, &ImportJob::cancelled, this, [this] {
        emit statusMessage(tr("Re-import of %1 cancelled").arg(m_inputName));
        emit finished(false);
    });
}

ReimportController::~ReimportController() = default;

void ReimportController::addActions(QMenu *menu)
{
    m_reimportAction = new QAction(tr("&Re-import into This Connector..."), this);
    m_reimportAction->setObjectName(QStringLiteral("actionReimport"));
    m_reimportAction->setStatusTip(tr("Merge a new version of the API description into the open connector, "
                                      "keeping what you customised"));
    connect(m_reimportAction, &QAction::triggered, this, &ReimportController::reimportFile);
    m_curlAction = new QAction(tr("Add Operation from c&URL..."), this);
    m_curlAction->setObjectName(QStringLiteral("actionAddOperationFromCurl"));
    connect(m_curlAction, &QAction::triggered, this, &ReimportController::addOperationFromCurl);
    menu->addSeparator();
    menu->addAction(m_reimportAction);
    menu->addAction(m_curlAction);
}

bool ReimportController::checkEditable(const QString &title)
{
    if (!m_document->isReadOnly())
        return true;
    m_dialogs->showError(m_window, title,
                         tr("The connector is read-only: %1").arg(m_document->readOnlyReason()));
    return false;
}

void ReimportController::reimportFile()
{
    const QString title = tr("Re-import into This Connector");
    if (!checkEditable(title))
        return;
    const QString path = m_dialogs->chooseOpenFile(m_window, title, m_documents->startFolder(),
                                                   tr("API descriptions (*.json *.yaml *.yml "
                                                      "*.postman_collection);;All files (*)"));
    if (!path.isEmpty())
        reimportPath(path);
}

void ReimportController::reimportPath(const QString &path, ConnectorImporter::Format format)
{
    m_inputName = QFileInfo(path).fileName();
    m_job->start(path, format);
}

QString ReimportController::failure(const ImportedConnector &result) const
{
    const QString reason = result.report.text(m_inputName).trimmed();
    return tr("%1 could not be imported.\n\n%2")
        .arg(m_inputName, reason.isEmpty() ? tr("The format was not recognised.") : reason);
}

void ReimportController::onImported(const std::shared_ptr<ImportedConnector> &result,
                                    const QString &readError)
{
    if (!readError.isEmpty() || !result->ok()) {
        m_dialogs->showError(m_window, tr("Re-import"), readError.isEmpty() ? failure(*result) : readError);
        emit finished(false);
        return;
    }
    const MergePlan plan = ConnectorMerge::plan(m_document, *result);
    if (!plan.ok()) {
        m_dialogs->showError(m_window, tr("Re-import"), plan.error);
        emit finished(false);
        return;
    }
    showPreview(plan);
}

void ReimportController::showPreview(const MergePlan &plan)
{
    m_planIndex = m_document->undoStack()->index();
    auto *dialog = new MergePreviewDialog(m_inputName, m_document->displayName(), plan, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &ReimportController::applyPreview);
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(false); });
    m_preview = dialog;
    dialog->open();
}

void ReimportController::applyPreview()
{
    if (!m_preview)
        return;
    // The preview is window-modal, but an undo shortcut or a reload could still slip in.
    if (m_document->undoStack()->index() != m_planIndex) {
        m_dialogs->showError(m_window, tr("Re-import"),
                             tr("The connector changed while the preview was open. Re-import again."));
        emit finished(false);
        return;
    }
    const MergePlan &plan = m_preview->plan();
    const EditResult result = ConnectorMerge::apply(m_document, plan, m_preview->deleteRemoved(),
                                                    tr("Re-import %1").arg(m_inputName));
    if (!result.ok) {
        m_dialogs->showError(m_window, tr("Re-import"), result.error);
        emit finished(false);
        return;
    }
    emit statusMessage(tr("Re-imported %1: %2").arg(m_inputName, plan.summaryText()));
    emit finished(true);
}

void ReimportController::addOperationFromCurl()
{
    if (!checkEditable(tr("Add Operation from cURL")))
        return;
    ImportController::openCurlDialog(m_window, tr("Add Operation from cURL"),
                                     [this](const QString &text) { mergeCurlText(text); });
}

bool ReimportController::mergeCurlText(const QString &command)
{
    m_inputName = tr("cURL command");
    const ImportedConnector result = ConnectorImporter::importText(command, ConnectorImporter::Format::Curl);
    if (!result.ok()) {
        m_dialogs->showError(m_window, tr("Add Operation from cURL"), failure(result));
        emit finished(false);
        return false;
    }
    ConnectorMerge::Options options;
    options.partial = true;
    const MergePlan plan = ConnectorMerge::plan(m_document, result, options);
    const EditResult applied = ConnectorMerge::apply(m_document, plan, false, tr("Add operation from cURL"));
    if (!applied.ok) {
        m_dialogs->showError(m_window, tr("Add Operation from cURL"), applied.error);
        emit finished(false);
        return false;
    }
    const MergeChange &change = plan.changes.value(0);
    emit statusMessage(change.kind == MergeChange::Kind::Unchanged
                           ? tr("%1 is already in the connector").arg(change.title())
                           : tr("%1 %2").arg(change.title(), MergeChange::kindName(change.kind)));
    emit finished(plan.hasEdits(false));
    return true;
}
