#pragma once

#include <QProxyStyle>

// Check box indicators that stay visible on a dark palette. Fusion outlines them with the
// window colour made darker, which on a dark window is as dark as the field itself, so an
// unchecked box vanished; on dark palettes this draws a light outline over it.
class IndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
