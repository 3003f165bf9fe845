#include "DocumentController.h"

#include "DialogProvider.h"
#include "document/ConnectorDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

DocumentController::DocumentController(ConnectorDocument *document, DialogProvider *dialogs, QWidget *window,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_dialogs(dialogs), m_window(window)
{ }

void DocumentController::setOpen(bool open)
{
    m_open = open;
    emit stateChanged();
}

bool DocumentController::maybeSave()
{
    if (!m_open || !m_document->isModified())
        return true;
    switch (m_dialogs->askSaveDiscardCancel(m_window, m_document->displayName())) {
    case DialogProvider::SaveChoice::Save:
        return save();
    case DialogProvider::SaveChoice::Discard:
        return true;
    case DialogProvider::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::newBlank()
{
    if (!maybeSave())
        return false;
    m_document->newBlank();
    setOpen(true);
    emit statusMessage(tr("New connector"));
    return true;
}

bool DocumentController::newFromSample()
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_document->newFromSample(&error)) {
        m_dialogs->showError(m_window, tr("New from Sample"), error);
        return false;
    }
    setOpen(true);
    emit statusMessage(tr("Opened a copy of the sample connector: save it to keep it"));
    return true;
}

bool DocumentController::openImported(const QByteArray &definition, const QByteArray &properties)
{
    if (!maybeSave())
        return false;
    m_document->newFromBytes(definition, properties);
    setOpen(true);
    return true;
}

QString DocumentController::startFolder() const
{
    if (!m_document->isUntitled())
        return QFileInfo(m_document->folderPath()).absolutePath();
    const QStringList recent = m_recent.entries();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool DocumentController::openFolder()
{
    if (!maybeSave())
        return false;
    const QString folder = m_dialogs->chooseFolder(m_window, tr("Open Connector Folder"), startFolder());
    return !folder.isEmpty() && load(folder);
}

bool DocumentController::open(const QString &path)
{
    return maybeSave() && load(path);
}

bool DocumentController::load(const QString &path)
{
    QString error;
    if (!m_document->open(path, &error)) {
        if (!QFileInfo::exists(path)) {
            m_recent.remove(path);
            emit recentFoldersChanged();
        }
        m_dialogs->showError(m_window, tr("Open Connector"), error);
        return false;
    }
    rememberFolder();
    setOpen(true);
    const int warnings = int(m_document->loadWarnings().size());
    if (m_document->isReadOnly())
        emit statusMessage(tr("Opened read-only: the connector has a file that cannot be parsed"));
    else if (warnings > 0)
        emit statusMessage(
            tr("Opened %1 (%n irregularities tolerated)", nullptr, warnings).arg(m_document->displayName()));
    else
        emit statusMessage(tr("Opened %1").arg(m_document->displayName()));
    return true;
}

bool DocumentController::save()
{
    if (!m_open || m_document->isReadOnly())
        return false;
    if (m_document->isUntitled())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        m_dialogs->showError(m_window, tr("Save"), error);
        return false;
    }
    emit statusMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(m_document->folderPath())));
    return true;
}

bool DocumentController::saveAs()
{
    if (!m_open || m_document->isReadOnly())
        return false;
    const QString folder = m_dialogs->chooseFolder(
        m_window, tr("Save Connector As (choose or create a folder)"), startFolder());
    if (folder.isEmpty())
        return false;
    const bool sameFolder = !m_document->isUntitled()
        && QFileInfo(folder).canonicalFilePath() == QFileInfo(m_document->folderPath()).canonicalFilePath();
    const bool holdsConnector
        = QFileInfo::exists(QDir(folder).filePath(ConnectorDocument::DefinitionFileName));
    if (holdsConnector && !sameFolder
        && !m_dialogs->confirm(
            m_window, tr("Replace Connector"),
            tr("%1 already holds a connector. Replace its files?").arg(QDir::toNativeSeparators(folder))))
        return false;
    return writeTo(folder);
}

bool DocumentController::writeTo(const QString &folder)
{
    QString error;
    if (!m_document->saveAs(folder, &error)) {
        m_dialogs->showError(m_window, tr("Save As"), error);
        return false;
    }
    rememberFolder();
    emit stateChanged();
    emit statusMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(m_document->folderPath())));
    return true;
}

void DocumentController::rememberFolder()
{
    if (!m_remembersRecent)
        return;
    m_recent.add(m_document->folderPath());
    emit recentFoldersChanged();
}

bool DocumentController::closeDocument()
{
    if (!maybeSave())
        return false;
    m_document->newBlank();
    setOpen(false);
    emit statusMessage(tr("Connector closed"));
    return true;
}
