#include "ScriptedDialogProvider.h"

DialogProvider::SaveChoice ScriptedDialogProvider::askSaveDiscardCancel(QWidget *,
                                                                        const QString &documentName)
{
    log.append(QStringLiteral("askSaveDiscardCancel: ") + documentName);
    return saveChoices.isEmpty() ? SaveChoice::Cancel : saveChoices.dequeue();
}

bool ScriptedDialogProvider::confirm(QWidget *, const QString &title, const QString &)
{
    log.append(QStringLiteral("confirm: ") + title);
    return confirmations.isEmpty() ? false : confirmations.dequeue();
}

QString ScriptedDialogProvider::chooseFolder(QWidget *, const QString &title, const QString &)
{
    log.append(QStringLiteral("chooseFolder: ") + title);
    return folders.isEmpty() ? QString() : folders.dequeue();
}

QString ScriptedDialogProvider::chooseOpenFile(QWidget *, const QString &title, const QString &,
                                               const QString &)
{
    log.append(QStringLiteral("chooseOpenFile: ") + title);
    return openFiles.isEmpty() ? QString() : openFiles.dequeue();
}

QString ScriptedDialogProvider::chooseSaveFile(QWidget *, const QString &title, const QString &,
                                               const QString &)
{
    log.append(QStringLiteral("chooseSaveFile: ") + title);
    return saveFiles.isEmpty() ? QString() : saveFiles.dequeue();
}

QColor ScriptedDialogProvider::chooseColor(QWidget *, const QColor &, const QString &title)
{
    log.append(QStringLiteral("chooseColor: ") + title);
    return colors.isEmpty() ? QColor() : colors.dequeue();
}

void ScriptedDialogProvider::showError(QWidget *, const QString &title, const QString &message)
{
    log.append(QStringLiteral("showError: ") + title);
    errors.append(title + QStringLiteral(": ") + message);
}
