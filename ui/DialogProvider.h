#pragma once

#include <QColor>
#include <QString>

class QWidget;

// Every modal dialog the UI shows goes through this interface, so GUI tests can
// answer them (ScriptedDialogProvider) instead of blocking on a real dialog.
class DialogProvider
{
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~DialogProvider() = default;

    // "Save changes to <name>?" before the document is closed or replaced.
    virtual SaveChoice askSaveDiscardCancel(QWidget *parent, const QString &documentName) = 0;
    // A yes/no question; true means go ahead.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question) = 0;
    // Empty when cancelled.
    virtual QString chooseFolder(QWidget *parent, const QString &title, const QString &startFolder) = 0;
    virtual QString chooseOpenFile(QWidget *parent, const QString &title, const QString &startFolder,
                                   const QString &filter)
        = 0;
    // Empty when cancelled; startPath may name the suggested file.
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &startPath,
                                   const QString &filter)
        = 0;
    // An invalid colour when cancelled.
    virtual QColor chooseColor(QWidget *parent, const QColor &initial, const QString &title) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
};
