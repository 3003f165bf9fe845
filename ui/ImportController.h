#pragma once

#include "import/ConnectorImporter.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class DialogProvider;
class QDialog;
class DocumentController;
class ImportJob;
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
    // The cURL command dialog (window-modal, deletes itself); accepted gets the text on OK.
    // Shared with ReimportController's "Add Operation from cURL".
    static QDialog *openCurlDialog(QWidget *parent, const QString &title,
                                   const std::function<void(const QString &)> &accepted);

    bool isRunning() const;
    // Abandons the running import: its result is dropped when it arrives.
    void cancel();
    // The dialog of the last import's report, or null (for tests).
    QWidget *reportDialog() const { return m_report; }

signals:
    // ok: a connector was opened from the input.
    void finished(bool ok);
    void statusMessage(const QString &message);

private:
    void onImported(const std::shared_ptr<ImportedConnector> &result, const QString &readError);
    bool openResult(const QString &inputName, const ImportedConnector &result);
    void showReport(const QString &inputName, const ImportedConnector &result);

    DocumentController *m_documents;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    ImportJob *m_job; // off the GUI thread, with progress and Cancel
    QPointer<QWidget> m_report;
    QString m_inputName;
};
