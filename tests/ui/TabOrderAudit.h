#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Checks what Tab does inside a window or a part of it, as QWidget::focusNextPrevChild walks
// the focus chain: every visible input takes keyboard focus, and each Tab is a step forward in
// reading order (rows top to bottom, left to right; a step into a column further right may go
// back up). Returns one line per problem, prefixed with `where`.
class TabOrderAudit
{
public:
    static QStringList problems(QWidget *root, const QString &where);
    // Inputs a screen reader or a Tab stop is about; the line edit inside an editable combo and
    // tab bars (arrow keys move in them) are left out.
    static bool isInput(QWidget *widget);
};
