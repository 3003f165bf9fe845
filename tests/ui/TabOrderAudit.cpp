#include "TabOrderAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRect>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>

bool TabOrderAudit::isInput(QWidget *widget)
{
    if (qobject_cast<QComboBox *>(widget) && widget->parentWidget()
        && qobject_cast<QComboBox *>(widget->parentWidget()))
        return false;
    if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
        return false; // an editable combo's line edit: the combo carries the name
    if (qobject_cast<QTabBar *>(widget) || qobject_cast<QHeaderView *>(widget))
        return false;
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
        || qobject_cast<QAbstractItemView *>(widget);
}

static QString describe(QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? widget->accessibleName() : widget->objectName();
    return QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') + name;
}

static bool readsForward(const QRect &a, const QRect &b)
{
    const int slack = 4;
    if (b.left() >= a.right() - slack)
        return true; // the same row further right, or the next column
    if (b.bottom() <= a.top() + slack)
        return false; // back up in the same column
    const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
    return !(sameRow && b.right() <= a.left() + slack);
}

static bool inToolBar(QWidget *widget)
{
    return widget->parentWidget() && qobject_cast<QToolBar *>(widget->parentWidget());
}

QStringList TabOrderAudit::problems(QWidget *root, const QString &where)
{
    QStringList found;
    QWidget *window = root->window();
    const auto active = [root](QWidget *w) {
        return w->isVisible() && w->isEnabled() && isInput(w) && (w == root || root->isAncestorOf(w));
    };
    QList<QWidget *> order;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (active(w) && (w->focusPolicy() & Qt::TabFocus) && !order.contains(w))
            order.append(w);
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (active(w) && w->focusPolicy() == Qt::NoFocus && !inToolBar(w))
            found << QStringLiteral("%1: %2 cannot take keyboard focus").arg(where, describe(w));
    }
    for (int i = 1; i < order.size(); ++i) {
        QWidget *from = order.at(i - 1);
        QWidget *to = order.at(i);
        const QRect a(from->mapTo(window, QPoint()), from->size());
        const QRect b(to->mapTo(window, QPoint()), to->size());
        if (!readsForward(a, b))
            found << QStringLiteral("%1: Tab goes back from %2 (%3,%4) to %5 (%6,%7)")
                         .arg(where, describe(from))
                         .arg(a.x())
                         .arg(a.y())
                         .arg(describe(to))
                         .arg(b.x())
                         .arg(b.y());
    }
    return found;
}
