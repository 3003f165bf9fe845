#include "TwoLineDelegate.h"

#include "Theme.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int Padding = 5;
constexpr int LineGap = 2;

} // namespace

TwoLineDelegate::TwoLineDelegate(int secondaryRole, QObject *parent)
    : QStyledItemDelegate(parent), m_secondaryRole(secondaryRole)
{
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int lines = option.fontMetrics.lineSpacing() * 2 + LineGap + 2 * Padding;
    size.setHeight(qMax(size.height(), lines));
    return size;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString secondary = index.data(m_secondaryRole).toString();
    if (secondary.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString primary = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, icon

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    QColor primaryColor = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.canConvert<QColor>() && !selected)
        primaryColor = foreground.value<QColor>();
    QColor secondaryColor = selected ? palette.color(QPalette::HighlightedText) : Theme::mutedText(palette);
    if (selected)
        secondaryColor.setAlphaF(0.8);

    const QFontMetrics &metrics = opt.fontMetrics;
    const int blockHeight = metrics.lineSpacing() * 2 + LineGap;
    const int top = textRect.top() + (textRect.height() - blockHeight) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(primaryColor);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), metrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(primary, Qt::ElideRight, textRect.width()));
    painter->setPen(secondaryColor);
    painter->drawText(QRect(textRect.left(), top + metrics.lineSpacing() + LineGap, textRect.width(),
                            metrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(secondary, Qt::ElideRight, textRect.width()));
    painter->restore();
}
