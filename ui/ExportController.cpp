#include "ExportController.h"

#include "DialogProvider.h"
#include "DocumentController.h"
#include "document/ConnectorDocument.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

constexpr int StatusMessageMs = 5000;

} // namespace

ExportController::ExportController(ConnectorDocument *document, DocumentController *documents,
                                   DialogProvider *dialogs, QWidget *window, QObject *parent)
    : QObject(parent), m_document(document), m_documents(documents), m_dialogs(dialogs), m_window(window)
{
    setObjectName(QStringLiteral("exportController"));
    const auto add = [this](const char *name, const QString &text, ConnectorExporter::Format format) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
        m_actions.append(action);
    };
    add("actionExportOpenApi", tr("&OpenAPI 3..."), ConnectorExporter::Format::OpenApi3);
    add("actionExportPostman", tr("&Postman Collection..."), ConnectorExporter::Format::Postman);
    add("actionExportZip", tr("&Zip..."), ConnectorExporter::Format::Zip);
}

void ExportController::addMenuTo(QMenu *menu)
{
    QMenu *exportMenu = menu->addMenu(tr("E&xport"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions(m_actions);
}

bool ExportController::exportAs(ConnectorExporter::Format format)
{
    QString title, filter;
    switch (format) {
    case ConnectorExporter::Format::OpenApi3:
        title = tr("Export as OpenAPI 3");
        filter = tr("OpenAPI JSON (*.json);;OpenAPI YAML (*.yaml *.yml)");
        break;
    case ConnectorExporter::Format::Postman:
        title = tr("Export as Postman Collection");
        filter = tr("Postman collections (*.json)");
        break;
    case ConnectorExporter::Format::Zip:
        title = tr("Export as Zip");
        filter = tr("Zip archives (*.zip)");
        break;
    }
    const QString suggested = QDir(m_documents->startFolder())
                                  .filePath(ConnectorExporter::suggestedFileName(*m_document, format, false));
    const QString path = m_dialogs->chooseSaveFile(m_window, title, suggested, filter);
    return !path.isEmpty() && exportToPath(format, path);
}

bool ExportController::exportToPath(ConnectorExporter::Format format, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool yaml = suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
    const ExportResult result = ConnectorExporter::run(*m_document, format, yaml);
    QString error = result.error;
    if (result.ok())
        result.write(path, &error);
    if (!error.isEmpty()) {
        m_dialogs->showError(m_window, tr("Export"), error);
        return false;
    }
    const int warnings = result.report.count(ImportReport::Severity::Warning);
    showStatus(warnings == 0 ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Exported to %1 with %n warning(s).", nullptr, warnings)
                                   .arg(QDir::toNativeSeparators(path)));
    if (warnings > 0)
        showReport(path, result);
    emit exported(path);
    return true;
}

void ExportController::showStatus(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, StatusMessageMs);
}

void ExportController::showReport(const QString &path, const ExportResult &result)
{
    if (m_report)
        m_report->close();
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setWindowTitle(tr("Export Report"));
    auto *label
        = new QLabel(tr("Exported to %1. What the format cannot express (pointers into the definition):")
                         .arg(QDir::toNativeSeparators(path)));
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(result.report.text(QFileInfo(path).fileName()));
    text->setObjectName(QStringLiteral("exportReportText"));
    text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->open();
    m_report = dialog;
}
