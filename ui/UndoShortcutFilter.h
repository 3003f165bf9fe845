#pragma once

#include <QObject>

// Text inputs claim Ctrl+Z / Ctrl+Shift+Z for their own little undo history. Installed
// on an input, this filter lets those keys reach the window's Undo/Redo actions instead,
// so undo always goes through the document's stack.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr) : QObject(parent) { }

    void watch(QWidget *input);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
