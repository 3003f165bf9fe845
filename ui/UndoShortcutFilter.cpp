#include "UndoShortcutFilter.h"

#include <QKeyEvent>
#include <QWidget>

void UndoShortcutFilter::watch(QWidget *input)
{
    input->installEventFilter(this);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Unaccepted ShortcutOverride: the shortcut map triggers the action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
