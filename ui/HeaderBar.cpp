#include "HeaderBar.h"

#include "IconPreview.h"
#include "Theme.h"
#include "views/GeneralView.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

HeaderBar::HeaderBar(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_icon(new IconPreview(44, this)),
      m_name(new QLabel(this)),
      m_path(new QLabel(this)),
      m_modified(makeBadge(tr("Unsaved changes"), QStringLiteral("modifiedBadge"))),
      m_readOnly(makeBadge(tr("Read-only"), QStringLiteral("readOnlyBadge")))
{
    setObjectName(QStringLiteral("headerBar"));
    m_name->setObjectName(QStringLiteral("headerName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_path->setObjectName(QStringLiteral("headerPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_modified, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_readOnly, 0, Qt::AlignVCenter);
    nameRow->addStretch();
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addLayout(nameRow);
    text->addWidget(m_path);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(14);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);

    connect(m_document, &ConnectorDocument::reset, this, &HeaderBar::refresh);
    connect(m_document, &ConnectorDocument::changed, this, &HeaderBar::refreshName);
    connect(m_document, &ConnectorDocument::iconChanged, this,
            [this] { m_icon->setIconData(m_document->icon()); });
    connect(m_document, &ConnectorDocument::folderChanged, this, &HeaderBar::refresh);
    connect(m_document, &ConnectorDocument::modifiedChanged, this, &HeaderBar::refreshModified);
    refresh();
}

QLabel *HeaderBar::makeBadge(const QString &text, const QString &objectName)
{
    auto *badge = new QLabel(text);
    badge->setObjectName(objectName);
    badge->setContentsMargins(8, 1, 8, 1);
    return badge;
}

void HeaderBar::refreshName()
{
    m_name->setText(m_document->displayName());
    m_icon->setFallbackText(m_document->displayName());
    m_icon->setBackground(QColor(GeneralView(m_document).iconBrandColor()));
}

void HeaderBar::refresh()
{
    refreshName();
    m_icon->setIconData(m_document->icon());
    m_path->setText(m_document->isUntitled() ? tr("Not saved yet")
                                             : QDir::toNativeSeparators(m_document->folderPath()));
    QPalette muted = m_path->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_path->setPalette(muted);

    const QString badgeStyle = QStringLiteral("border-radius: 9px; padding: 1px 8px;"
                                              " color: %1; background: %2;");
    QColor warningTint = Theme::warningColor(palette());
    warningTint.setAlpha(45);
    m_modified->setStyleSheet(
        badgeStyle.arg(Theme::warningColor(palette()).name(), Theme::cssColor(warningTint)));
    QColor errorTint = Theme::errorColor(palette());
    errorTint.setAlpha(45);
    m_readOnly->setStyleSheet(
        badgeStyle.arg(Theme::errorColor(palette()).name(), Theme::cssColor(errorTint)));
    m_readOnly->setVisible(m_document->isReadOnly());
    refreshModified();
}

void HeaderBar::refreshModified()
{
    m_modified->setVisible(m_document->isModified());
}

QString HeaderBar::name() const
{
    return m_name->text();
}

bool HeaderBar::showsModified() const
{
    return !m_modified->isHidden();
}

void HeaderBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Base colour, continued by the step tabs below: one block around the connector.
    painter.fillRect(rect(), palette().color(QPalette::Base));
}
