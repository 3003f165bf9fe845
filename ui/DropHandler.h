#pragma once

#include <QObject>
#include <QString>

class ConnectorDocument;
class DialogProvider;
class DocumentController;
class ImportController;
class QMimeData;
class QWidget;

// What dropping a file or folder on the window does: open a connector folder (or the folder of a
// connector's own file), use a PNG/JPG as the icon, or import an API description. Says what it did.
class DropHandler : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Folder, ConnectorFile, Image, ApiDocument };

    DropHandler(DocumentController *documents, ConnectorDocument *document, ImportController *importer,
                DialogProvider *dialogs, QWidget *window);

    static Kind kind(const QString &path);
    // The one local file or folder a drag carries, or "" for anything else.
    static QString localPathOf(const QMimeData *mime);
    // Does what the kind of path calls for; false when nothing was done.
    bool handle(const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    bool setIconFromFile(const QString &path);

    DocumentController *m_documents;
    ConnectorDocument *m_document;
    ImportController *m_import;
    DialogProvider *m_dialogs;
    QWidget *m_window;
};
