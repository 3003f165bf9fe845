#include "PlaceholderPage.h"

#include "Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

constexpr int CardWidth = 560;

QLabel *wrappedLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// "•  text" with the wrapped lines aligned under the text, not under the bullet.
QLayout *bulletRow(const QString &text)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    auto *bullet = new QLabel(QStringLiteral("•"));
    bullet->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::accent().name()));
    row->addWidget(bullet, 0, Qt::AlignTop);
    row->addWidget(wrappedLabel(text), 1);
    return row;
}

} // namespace

PlaceholderPage::PlaceholderPage(int step, const QString &title, const QString &summary,
                                 const QStringList &plannedFeatures, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage%1").arg(step));

    auto *badge = new QLabel(QString::number(step));
    badge->setAlignment(Qt::AlignCenter);
    badge->setFixedSize(44, 44);
    badge->setStyleSheet(QStringLiteral("border-radius: 22px; background: %1; color: white;"
                                        " font-size: 15pt; font-weight: 600;")
                             .arg(Theme::accent().name()));
    auto *heading = new QLabel(title);
    heading->setStyleSheet(QStringLiteral("font-size: 17pt; font-weight: 600;"));
    QLabel *summaryLabel = wrappedLabel(summary);
    summaryLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText(palette()).name()));
    auto *comingTitle = new QLabel(tr("Coming in this step"));
    comingTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));

    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setStyleSheet(QStringLiteral("QFrame#placeholderCard { background: palette(base);"
                                       " border: 1px solid palette(mid); border-radius: 10px; }"));
    // A fixed width lets the wrapped labels compute their height.
    card->setFixedWidth(CardWidth);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(badge);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(summaryLabel);
    cardLayout->addSpacing(10);
    cardLayout->addWidget(comingTitle);
    for (const QString &feature : plannedFeatures)
        cardLayout->addLayout(bulletRow(feature));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}
