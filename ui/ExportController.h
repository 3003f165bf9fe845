#pragma once

#include "export/ConnectorExporter.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConnectorDocument;
class DialogProvider;
class DocumentController;
class QAction;
class QMenu;
class QWidget;

// File > Export: OpenAPI 3 (JSON or YAML, by the chosen file's extension), Postman collection and
// zip. Asks for the file through the DialogProvider, writes it atomically, and shows what the
// format could not express.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(ConnectorDocument *document, DocumentController *documents, DialogProvider *dialogs,
                     QWidget *window, QObject *parent = nullptr);

    // Adds the Export submenu (objectName "exportMenu") to menu.
    void addMenuTo(QMenu *menu);
    QList<QAction *> actions() const { return m_actions; }

    // Asks for a file, then exports; false when cancelled or failed (the error was shown).
    bool exportAs(ConnectorExporter::Format format);
    bool exportToPath(ConnectorExporter::Format format, const QString &path);
    // The report dialog of the last export with warnings, or null (for tests).
    QWidget *reportDialog() const { return m_report; }

signals:
    void exported(const QString &path);

private:
    void showStatus(const QString &message);
    void showReport(const QString &path, const ExportResult &result);

    ConnectorDocument *m_document;
    DocumentController *m_documents;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    QList<QAction *> m_actions;
    QPointer<QWidget> m_report;
};
