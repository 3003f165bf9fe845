#include "CompareController.h"

#include "DialogProvider.h"
#include "DiffDialog.h"
#include "diff/ConnectorDiff.h"
#include "document/ConnectorDocument.h"

#include <QDir>
#include <QFileInfo>

CompareController::CompareController(ConnectorDocument *document, DialogProvider *dialogs, QWidget *window,
                                     QObject *parent)
    : QObject(parent), m_document(document), m_dialogs(dialogs), m_window(window)
{
}

QString CompareController::currentLabel() const
{
    QString label = tr("This document");
    if (!m_document->isUntitled())
        label += QStringLiteral(" — ") + QDir::toNativeSeparators(m_document->folderPath());
    if (m_document->isModified())
        label += tr(" (with unsaved changes)");
    return label;
}

bool CompareController::compareWithSaved()
{
    if (m_document->isUntitled()) {
        m_dialogs->showError(m_window, tr("Compare With Saved Version"),
                             tr("This connector has not been saved yet: there is no saved version to compare with."));
        return false;
    }
    return compareWith(m_document->folderPath(), tr("Saved version on disk"));
}

bool CompareController::compareWithFolder()
{
    const QString start = m_document->isUntitled() ? QDir::homePath()
                                                   : QFileInfo(m_document->folderPath()).absolutePath();
    const QString folder = m_dialogs->chooseFolder(m_window, tr("Compare With Folder"), start);
    if (folder.isEmpty())
        return false;
    return compareWith(folder, QDir::toNativeSeparators(QDir(folder).absolutePath()));
}

bool CompareController::compareWith(const QString &folder, const QString &label)
{
    ConnectorDocument other;
    QString error;
    if (!other.open(folder, &error)) {
        m_dialogs->showError(m_window, tr("Compare"), error);
        return false;
    }
    if (!other.file(ConnectorDocument::Part::Definition).isValid()) {
        m_dialogs->showError(m_window, tr("Compare"),
                             tr("The definition in %1 cannot be parsed:\n%2")
                                 .arg(QDir::toNativeSeparators(folder),
                                      other.file(ConnectorDocument::Part::Definition).errorString()));
        return false;
    }
    show(label, other);
    return true;
}

void CompareController::show(const QString &oldLabel, const ConnectorDocument &old)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DiffDialog(oldLabel, currentLabel(), ConnectorDiff::compare(old, *m_document), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
}

DiffDialog *CompareController::dialog() const
{
    return m_dialog;
}
