#include "MessageBanner.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("bannerDetails"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &details)
{
    m_kind = kind;
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                               ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(24, 24));
    m_title->setText(title);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    show();
    update();
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

QColor MessageBanner::kindColor() const
{
    switch (m_kind) {
    case Kind::Error:
        return Theme::errorColor(palette());
    case Kind::Warning:
        return Theme::warningColor(palette());
    case Kind::Info:
        break;
    }
    return Theme::accent();
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    // A tint of the kind's colour over the window colour reads in light and dark themes.
    QPainter painter(this);
    QColor tint = kindColor();
    tint.setAlpha(40);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 4, height()), kindColor());
    painter.setPen(tint.darker(120));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}
