#pragma once

#include <QColor>
#include <QImage>
#include <QWidget>

// The connector icon as the platform shows it: the image on its brand colour in a
// rounded square, or the connector's initials when there is no icon.
class IconPreview : public QWidget
{
    Q_OBJECT

public:
    explicit IconPreview(int size, QWidget *parent = nullptr);

    void setIconData(const QByteArray &png);
    void setBackground(const QColor &color); // invalid: a neutral palette colour
    void setFallbackText(const QString &name);
    bool hasImage() const { return !m_image.isNull(); }
    QSize sizeHint() const override { return {m_size, m_size}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString initials() const;

    int m_size;
    QImage m_image;
    QColor m_background;
    QString m_name;
};
