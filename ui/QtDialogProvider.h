#pragma once

#include "DialogProvider.h"

// The real dialogs: QMessageBox, QFileDialog and QColorDialog.
class QtDialogProvider : public DialogProvider
{
public:
    SaveChoice askSaveDiscardCancel(QWidget *parent, const QString &documentName) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question) override;
    QString chooseFolder(QWidget *parent, const QString &title, const QString &startFolder) override;
    QString chooseOpenFile(QWidget *parent, const QString &title, const QString &startFolder,
                           const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &title, const QString &startPath,
                           const QString &filter) override;
    QColor chooseColor(QWidget *parent, const QColor &initial, const QString &title) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
};
