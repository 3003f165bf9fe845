#include "ImportController.h"

#include "DialogProvider.h"
#include "DocumentController.h"
#include "ImportJob.h"
#include "ImportReportDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ImportController::ImportController(DocumentController *documents, DialogProvider *dialogs, QWidget *window,
                                   QObject *parent)
    : QObject(parent),
      m_documents(documents),
      m_dialogs(dialogs),
      m_window(window),
      m_job(new ImportJob(window, this))
{
    connect(m_job, &ImportJob::done, this, &ImportController::onImported);
    connect(m_job, &ImportJob::cancelled, this, [this] {
        emit statusMessage(tr("Import of %1 cancelled").arg(m_inputName));
        emit finished(false);
    });
}

ImportController::~ImportController() = default;

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
    if (m_job->isRunning())
        return; // one at a time; the progress dialog is window-modal anyway
    m_inputName = QFileInfo(path).fileName();
    m_job->start(path, format);
}

bool ImportController::isRunning() const
{
    return m_job->isRunning();
}

void ImportController::cancel()
{
    m_job->cancel();
}

void ImportController::onImported(const std::shared_ptr<ImportedConnector> &result, const QString &readError)
{
    if (!readError.isEmpty()) {
        m_dialogs->showError(m_window, tr("Import"), readError);
        emit finished(false);
        return;
    }
    emit finished(openResult(m_inputName, *result));
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
    openCurlDialog(m_window, tr("Import cURL Command"),
                   [this](const QString &text) { importCurlText(text); });
}

QDialog *ImportController::openCurlDialog(QWidget *parent, const QString &title,
                                          const std::function<void(const QString &)> &accepted)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("curlImportDialog"));
    dialog->setWindowTitle(title);
    auto *label = new QLabel(tr("Paste a curl command (line continuations, -X, -H, -d, -u, -F are understood):"));
    label->setWordWrap(true);
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("curlCommandEdit"));
    edit->setAccessibleName(tr("cURL command"));
    edit->setPlaceholderText(QStringLiteral("curl -X POST https://api.example.com/v1/items -H 'Content-Type: "
                                            "application/json' -d '{\"name\": \"A\"}'"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, edit, accepted] {
        const QString text = edit->toPlainText();
        dialog->close();
        accepted(text);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 300);
    dialog->open();
    return dialog;
}
