#pragma once

#include "import/ConnectorImporter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class DialogProvider;
class DocumentController;
class QProgressDialog;
class QThread;
class QWidget;

// File > Import, the start page's import choices and dropped API documents: reads and converts
// the input off the GUI thread (progress, cancellable), then opens the result as a new untitled
// connector and shows what the importer could not carry over.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(DocumentController *documents, DialogProvider *dialogs, QWidget *window,
                     QObject *parent = nullptr);
    ~ImportController() override;

    // Asks for a file, then imports it; format Auto detects it from the content.
    void importFile(ConnectorImporter::Format format);
    // Imports a file without asking; the result arrives through finished().
    void importPath(const QString &path, ConnectorImporter::Format format = ConnectorImporter::Format::Auto);
    // A pasted cURL command; synchronous (a command is small).
    bool importCurlText(const QString &command);
    // Asks for the command in a dialog, then imports it.
    void importCurl();

    bool isRunning() const { return m_thread != nullptr; }
    // Abandons the running import: its result is dropped when it arrives.
    void cancel();
    // The dialog of the last import's report, or null (for tests).
    QWidget *reportDialog() const { return m_report; }

signals:
    // ok: a connector was opened from the input.
    void finished(bool ok);
    void statusMessage(const QString &message);

private:
    void onThreadDone();
    bool openResult(const QString &inputName, const ImportedConnector &result);
    void showReport(const QString &inputName, const ImportedConnector &result);

    DocumentController *m_documents;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QList<QThread *> m_abandoned; // cancelled imports, waited for on destruction
    QProgressDialog *m_progress = nullptr;
    QPointer<QWidget> m_report;
    QString m_inputName;
    std::shared_ptr<ImportedConnector> m_result;
    std::shared_ptr<QString> m_readError;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
