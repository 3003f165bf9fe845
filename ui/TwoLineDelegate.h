#pragma once

#include <QStyledItemDelegate>

// Paints an item's text on two lines: the display text, and below it, muted, the text of a
// second role (a route under an operation's name, the reason under a change). Items without
// the second text are painted as usual.
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TwoLineDelegate(int secondaryRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_secondaryRole;
};
