#include "ImportController.h"

#include "DialogProvider.h"
#include "DocumentController.h"
#include "ImportReportDialog.h"
#include "document/ConnectorFolder.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QThread>
#include <QVBoxLayout>

ImportController::ImportController(DocumentController *documents, DialogProvider *dialogs, QWidget *window,
                                   QObject *parent)
    : QObject(parent), m_documents(documents), m_dialogs(dialogs), m_window(window)
{
}

ImportController::~ImportController()
{
    // Imports still running (also abandoned ones) finish before their captures go away.
    if (m_thread)
        m_abandoned.append(m_thread);
    for (QThread *thread : std::as_const(m_abandoned)) {
        if (thread) {
            thread->disconnect(this);
            thread->wait();
        }
    }
    qDeleteAll(m_abandoned);
}

void ImportController::importFile(ConnectorImporter::Format format)
{
    QString title = tr("Import API Description");
    QString filter = tr("API descriptions (*.json *.yaml *.yml);;All files (*)");
    if (format == ConnectorImporter::Format::Postman) {
        title = tr("Import Postman Collection");
        filter = tr("Postman collections (*.json *.postman_collection);;All files (*)");
    } else if (format == ConnectorImporter::Format::OpenApi) {
        title = tr("Import OpenAPI or Swagger");
    }
    const QString path = m_dialogs->chooseOpenFile(m_window, title, m_documents->startFolder(), filter);
    if (!path.isEmpty())
        importPath(path, format);
}

void ImportController::importPath(const QString &path, ConnectorImporter::Format format)
{
    if (m_thread)
        return; // one at a time; the progress dialog is window-modal anyway
    m_inputName = QFileInfo(path).fileName();
    m_result = std::make_shared<ImportedConnector>();
    m_readError = std::make_shared<QString>();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    // The worker owns copies of what it needs; nothing of this object is touched off-thread.
    auto result = m_result;
    auto readError = m_readError;
    auto cancelled = m_cancelled;
    m_thread = QThread::create([path, format, result, readError, cancelled] {
        QByteArray bytes;
        if (!ConnectorFolder::readFile(path, &bytes, readError.get()) || *cancelled)
            return;
        *result = ConnectorImporter::import(bytes, format);
    });
    connect(m_thread, &QThread::finished, this, &ImportController::onThreadDone);

    m_progress = new QProgressDialog(tr("Importing %1...").arg(m_inputName), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // small files finish before it would flash up
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_thread->start();
}

void ImportController::cancel()
{
    if (!m_thread)
        return;
    *m_cancelled = true;
    // The window is usable again at once; the worker's result is dropped when it ends.
    m_thread->disconnect(this);
    m_abandoned.append(m_thread);
    m_thread = nullptr;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit statusMessage(tr("Import of %1 cancelled").arg(m_inputName));
    emit finished(false);
}

void ImportController::onThreadDone()
{
    m_thread->wait(); // "finished" comes just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!m_readError->isEmpty()) {
        m_dialogs->showError(m_window, tr("Import"), *m_readError);
        emit finished(false);
        return;
    }
    emit finished(openResult(m_inputName, *m_result));
}

bool ImportController::openResult(const QString &inputName, const ImportedConnector &result)
{
    if (!result.ok()) {
        const QString reason = result.report.text(inputName).trimmed();
        m_dialogs->showError(m_window, tr("Import"),
                             tr("%1 could not be imported.\n\n%2")
                                 .arg(inputName, reason.isEmpty() ? tr("The format was not recognised.") : reason));
        return false;
    }
    if (!m_documents->openImported(result.definitionBytes(), result.propertiesBytes()))
        return false; // the user kept the open connector
    const int warnings = result.report.count(ImportReport::Severity::Warning);
    const int count = result.operationCount();
    const QString imported = count == 1 ? tr("Imported 1 operation from %1").arg(inputName)
                                        : tr("Imported %1 operations from %2").arg(count).arg(inputName);
    const QString warned = warnings == 0 ? QString()
        : warnings == 1                  ? tr(" with 1 warning")
                                         : tr(" with %1 warnings").arg(warnings);
    emit statusMessage(imported + warned + tr(": save it to keep it"));
    if (!result.report.entries().isEmpty())
        showReport(inputName, result);
    return true;
}

void ImportController::showReport(const QString &inputName, const ImportedConnector &result)
{
    auto *dialog = new ImportReportDialog(inputName, result, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_report = dialog;
}

bool ImportController::importCurlText(const QString &command)
{
    const ImportedConnector result = ConnectorImporter::importText(command, ConnectorImporter::Format::Curl);
    const bool ok = openResult(tr("cURL command"), result);
    emit finished(ok);
    return ok;
}

void ImportController::importCurl()
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("curlImportDialog"));
    dialog->setWindowTitle(tr("Import cURL Command"));
    auto *label = new QLabel(tr("Paste a curl command (line continuations, -X, -H, -d, -u, -F are understood):"));
    label->setWordWrap(true);
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("curlCommandEdit"));
    edit->setAccessibleName(tr("cURL command"));
    edit->setPlaceholderText(QStringLiteral("curl -X POST https://api.example.com/v1/items -H 'Content-Type: "
                                            "application/json' -d '{\"name\": \"A\"}'"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit] {
        const QString text = edit->toPlainText();
        dialog->close();
        importCurlText(text);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 300);
    dialog->open();
}
