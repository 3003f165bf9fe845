#include "BudgetGauge.h"

#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int BarWidth = 44;
constexpr int BarHeight = 4;
constexpr int Gap = 6;

} // namespace

BudgetGauge::BudgetGauge(const QString &caption, QWidget *parent) : QWidget(parent), m_caption(caption)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

void BudgetGauge::setValue(qint64 value, qint64 limit, const QString &text)
{
    m_value = value;
    m_limit = qMax<qint64>(1, limit);
    m_text = text;
    updateGeometry();
    update();
}

BudgetGauge::Level BudgetGauge::level() const
{
    const double ratio = double(m_value) / double(m_limit);
    if (ratio >= 0.9)
        return Level::Critical;
    return ratio >= 0.75 ? Level::Near : Level::Normal;
}

QColor BudgetGauge::levelColor() const
{
    switch (level()) {
    case Level::Critical:
        return Theme::errorColor(palette());
    case Level::Near:
        return Theme::warningColor(palette());
    case Level::Normal:
        break;
    }
    return Theme::isDark(palette()) ? palette().color(QPalette::Highlight) : Theme::accent();
}

QSize BudgetGauge::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int width = metrics.horizontalAdvance(m_caption) + Gap + metrics.horizontalAdvance(m_text) + Gap
        + BarWidth;
    return {width + 2, metrics.height() + 4};
}

void BudgetGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int baseline = (height() + metrics.ascent() - metrics.descent()) / 2;
    int x = 0;
    painter.setPen(Theme::mutedText(palette()));
    painter.drawText(x, baseline, m_caption);
    x += metrics.horizontalAdvance(m_caption) + Gap;
    painter.setPen(level() == Level::Normal ? palette().color(QPalette::WindowText) : levelColor());
    painter.drawText(x, baseline, m_text);
    x += metrics.horizontalAdvance(m_text) + Gap;

    const QRectF track(x, (height() - BarHeight) / 2.0, BarWidth, BarHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRoundedRect(track, BarHeight / 2.0, BarHeight / 2.0);
    const double ratio = qBound(0.0, double(m_value) / double(m_limit), 1.0);
    if (ratio > 0) {
        QRectF fill = track;
        fill.setWidth(qMax(double(BarHeight), track.width() * ratio));
        painter.setBrush(levelColor());
        painter.drawRoundedRect(fill, BarHeight / 2.0, BarHeight / 2.0);
    }
}
