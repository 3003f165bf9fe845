#include "QtDialogProvider.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

DialogProvider::SaveChoice QtDialogProvider::askSaveDiscardCancel(QWidget *parent,
                                                                  const QString &documentName)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QObject::tr("Unsaved changes"));
    box.setText(QObject::tr("Save the changes to \"%1\"?").arg(documentName));
    box.setInformativeText(QObject::tr("Your changes will be lost if you don't save them."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

bool QtDialogProvider::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

QString QtDialogProvider::chooseFolder(QWidget *parent, const QString &title, const QString &startFolder)
{
    return QFileDialog::getExistingDirectory(parent, title, startFolder);
}

QString QtDialogProvider::chooseOpenFile(QWidget *parent, const QString &title, const QString &startFolder,
                                         const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, startFolder, filter);
}

QString QtDialogProvider::chooseSaveFile(QWidget *parent, const QString &title, const QString &startPath,
                                         const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, startPath, filter);
}

QColor QtDialogProvider::chooseColor(QWidget *parent, const QColor &initial, const QString &title)
{
    return QColorDialog::getColor(initial, parent, title);
}

void QtDialogProvider::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}
