#pragma once

#include "RecentFolders.h"

#include <QObject>

class QWidget;
class ConnectorDocument;
class DialogProvider;

// The file workflow around the one document of a window: new, open, save, save as,
// close, the "save changes?" question before anything replaces unsaved work, and the
// recent-folders list. Each action returns false when it did not happen (cancelled or
// failed; failures are shown through the DialogProvider).
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(ConnectorDocument *document, DialogProvider *dialogs, QWidget *window,
                       QObject *parent = nullptr);

    // A connector is open (otherwise the window shows its welcome page).
    bool isOpen() const { return m_open; }
    RecentFolders &recentFolders() { return m_recent; }
    // Off for one-shot runs (screenshots) that must not touch the user's recent list.
    void setRemembersRecent(bool remember) { m_remembersRecent = remember; }

    bool newBlank();
    bool newFromSample();
    bool openFolder(); // asks for the folder
    bool open(const QString &path);
    bool save();
    bool saveAs();
    bool closeDocument();
    // Asks Save / Discard / Cancel if there are unsaved changes; true = go ahead.
    bool maybeSave();
    // Replaces the open connector (asking to save it first) with an untitled one made of these
    // files, e.g. an import's result; false when the user cancelled.
    bool openImported(const QByteArray &definition, const QByteArray &properties);
    // Where file dialogs start: beside the open connector, or the most recent one.
    QString startFolder() const;

signals:
    // Opened, closed, saved to another folder, or its read-only state changed.
    void stateChanged();
    void statusMessage(const QString &message);
    void recentFoldersChanged();

private:
    void setOpen(bool open);
    bool load(const QString &path);
    void rememberFolder();
    bool writeTo(const QString &folder);

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    RecentFolders m_recent;
    bool m_open = false;
    bool m_remembersRecent = true;
};
