#pragma once

#include "MergePreviewDialog.h"
#include "import/ConnectorImporter.h"
#include "import/MergePlan.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ConnectorDocument;
class DialogProvider;
class DocumentController;
class ImportJob;
class QAction;
class QMenu;
class QWidget;

// File > Import > "Re-import into This Connector..." and "Add Operation from cURL...": the input
// is imported off the GUI thread (ImportJob), merged into the open connector (ConnectorMerge)
// after a preview (MergePreviewDialog), as one undo step. A cURL command is one operation: it
// is merged at once (added, or updating the operation it matches).
class ReimportController : public QObject
{
    Q_OBJECT

public:
    ReimportController(ConnectorDocument *document, DocumentController *documents, DialogProvider *dialogs,
                       QWidget *window, QObject *parent = nullptr);
    ~ReimportController() override;

    // Adds the two actions (after a separator) to the File > Import menu.
    void addActions(QMenu *menu);
    QAction *reimportAction() const { return m_reimportAction; }
    QAction *curlAction() const { return m_curlAction; }

    void reimportFile();
    // Imports path without asking for it; the preview opens when the import is done.
    void reimportPath(const QString &path,
                      ConnectorImporter::Format format = ConnectorImporter::Format::Auto);
    void addOperationFromCurl();
    // Merges one cURL command's operation; false when it cannot be imported or merged.
    bool mergeCurlText(const QString &command);

    ImportJob *job() const { return m_job; }
    MergePreviewDialog *previewDialog() const { return m_preview; }

signals:
    // applied: the connector changed.
    void finished(bool applied);
    void statusMessage(const QString &message);

private:
    bool checkEditable(const QString &title);
    void onImported(const std::shared_ptr<ImportedConnector> &result, const QString &readError);
    void showPreview(const MergePlan &plan);
    void applyPreview();
    QString failure(const ImportedConnector &result) const;

    ConnectorDocument *m_document;
    DocumentController *m_documents;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    ImportJob *m_job;
    QAction *m_reimportAction = nullptr;
    QAction *m_curlAction = nullptr;
    QPointer<MergePreviewDialog> m_preview;
    QString m_inputName;
    int m_planIndex = -1; // the undo stack's index the plan was made at
};
