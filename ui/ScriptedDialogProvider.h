#pragma once

#include "DialogProvider.h"

#include <QList>
#include <QQueue>
#include <QStringList>

// Answers dialogs from queues filled by a test, and records what was asked.
// With an empty queue it answers "cancel" (Cancel, false, empty path, invalid colour).
class ScriptedDialogProvider : public DialogProvider
{
public:
    QQueue<SaveChoice> saveChoices;
    QQueue<bool> confirmations;
    QQueue<QString> folders;
    QQueue<QString> openFiles;
    QQueue<QString> saveFiles;
    QQueue<QColor> colors;

    // One line per dialog shown, e.g. "askSaveDiscardCancel: Contoso HR".
    QStringList log;
    QStringList errors; // "title: message" of each showError

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
