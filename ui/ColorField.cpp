#include "ColorField.h"

#include "DialogProvider.h"
#include "FieldMessage.h"
#include "views/GeneralView.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

ColorField::ColorField(DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent), m_dialogs(dialogs), m_swatch(new QToolButton(this)), m_edit(new QLineEdit(this))
{
    m_swatch->setObjectName(QStringLiteral("colorButton"));
    m_swatch->setToolTip(tr("Choose a colour..."));
    m_swatch->setIconSize(QSize(22, 22));
    m_swatch->setAutoRaise(false);
    m_edit->setObjectName(QStringLiteral("colorEdit"));
    m_edit->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_edit->setMaxLength(7);
    m_edit->setFixedWidth(110);
    // Accepts partial input while typing; completeness is checked separately.
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?[0-9A-Fa-f]{0,6}")), m_edit));
    m_message = new FieldMessage(m_edit, this);
    m_message->setObjectName(QStringLiteral("colorMessage"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_swatch);
    row->addWidget(m_edit);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_swatch, &QToolButton::clicked, this, &ColorField::pickColor);
    connect(m_edit, &QLineEdit::textEdited, this, &ColorField::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &ColorField::onEditingFinished);
    updateSwatch();
}

void ColorField::setColor(const QString &color)
{
    m_color = color;
    if (m_edit->text() != color) {
        m_edit->setText(color);
        m_message->setProblem(storedProblem());
    }
    updateSwatch();
}

void ColorField::onTextEdited(const QString &text)
{
    QString normalized = text;
    if (!normalized.isEmpty() && !normalized.startsWith(QLatin1Char('#')))
        normalized.prepend(QLatin1Char('#'));
    const QString problem = GeneralView::brandColorProblem(normalized);
    m_message->setProblem(problem);
    if (problem.isEmpty() && normalized != m_color)
        emit colorEdited(normalized);
}

void ColorField::onEditingFinished()
{
    // Partial input is not stored: show the stored colour again ("abcdef" typed
    // without '#' shows as stored, "#abcdef").
    if (m_edit->text() != m_color)
        m_edit->setText(m_color);
    m_message->setProblem(storedProblem());
}

QString ColorField::storedProblem() const
{
    // An empty colour is allowed (the platform uses its default); a malformed one is not.
    return m_color.isEmpty() ? QString() : GeneralView::brandColorProblem(m_color);
}

void ColorField::pickColor()
{
    const QColor chosen = m_dialogs->chooseColor(window(), QColor(m_color), tr("Icon background colour"));
    if (!chosen.isValid())
        return;
    const QString name = chosen.name();
    if (name != m_color)
        emit colorEdited(name);
}

void ColorField::updateSwatch()
{
    const int size = m_swatch->iconSize().width();
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color(m_color);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(color.isValid() ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 4, 4);
    if (!color.isValid())
        painter.drawLine(QPointF(3, size - 3), QPointF(size - 3, 3)); // "no colour"
    painter.end();
    m_swatch->setIcon(QIcon(pixmap));
}
