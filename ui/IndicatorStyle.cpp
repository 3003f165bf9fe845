#include "IndicatorStyle.h"

#include <QPainter>
#include <QStyleOption>

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!indicator || option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    // The box Fusion draws: the option rect less a pixel, centred.
    const int side = qMin(option->rect.width(), option->rect.height()) - 1;
    QRect box(0, 0, side, side);
    box.moveCenter(option->rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QColor outline = option->palette.color(QPalette::PlaceholderText);
    if (!(option->state & State_Enabled))
        outline.setAlpha(110);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    painter->restore();
}
