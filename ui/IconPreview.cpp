#include "IconPreview.h"

#include <QPainter>
#include <QPainterPath>

IconPreview::IconPreview(int size, QWidget *parent) : QWidget(parent), m_size(size)
{
    setFixedSize(size, size);
}

void IconPreview::setIconData(const QByteArray &png)
{
    m_image = png.isEmpty() ? QImage() : QImage::fromData(png);
    update();
}

void IconPreview::setBackground(const QColor &color)
{
    m_background = color;
    update();
}

void IconPreview::setFallbackText(const QString &name)
{
    m_name = name;
    update();
}

QString IconPreview::initials() const
{
    QString result;
    const QStringList words = m_name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.at(0).isLetterOrNumber())
            result.append(word.at(0).toUpper());
        if (result.size() == 2)
            break;
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

void IconPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = m_size * 0.16;
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);

    const QColor fill = m_background.isValid() ? m_background : palette().color(QPalette::Mid);
    painter.fillPath(path, fill);
    painter.setClipPath(path);

    if (!m_image.isNull()) {
        // The platform draws icons edge to edge; keep a small inset so the corners show.
        const QRectF target = box.adjusted(m_size * 0.08, m_size * 0.08, -m_size * 0.08, -m_size * 0.08);
        QSizeF imageSize = QSizeF(m_image.size()).scaled(target.size(), Qt::KeepAspectRatio);
        QRectF imageRect(QPointF(), imageSize);
        imageRect.moveCenter(target.center());
        painter.drawImage(imageRect, m_image);
        return;
    }
    QFont font = this->font();
    font.setPixelSize(int(m_size * 0.38));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    // White initials read on the usual saturated brand colours.
    painter.setPen(fill.lightness() > 170 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    painter.drawText(box, Qt::AlignCenter, initials());
}
