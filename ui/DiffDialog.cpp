#include "DiffDialog.h"

#include "DiffModel.h"
#include "Theme.h"
#include "TwoLineDelegate.h"
#include "diff/ConnectorDiff.h"
#include "diff/DiffReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

DiffDialog::DiffDialog(const QString &oldLabel, const QString &newLabel, const QList<DiffChange> &changes,
                       QWidget *parent)
    : QDialog(parent),
      m_model(new DiffModel(this)),
      m_view(new QTreeView),
      m_stack(new QStackedWidget),
      m_summary(new QLabel),
      m_empty(new QLabel),
      m_breakingOnly(new QCheckBox(tr("Breaking changes only")))
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(tr("Compare Connector Versions"));
    m_model->setChanges(changes);

    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new TwoLineDelegate(DiffModel::SecondaryTextRole, m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(DiffModel::ImpactColumn, 130);
    header->resizeSection(DiffModel::OperationColumn, 300);

    m_empty->setObjectName(QStringLiteral("diffEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No differences in the operations, their parameters or their responses."));
    m_empty->setAutoFillBackground(true);
    m_empty->setBackgroundRole(QPalette::Base);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(changes.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);

    m_breakingOnly->setObjectName(QStringLiteral("breakingOnly"));
    m_breakingOnly->setEnabled(!changes.isEmpty());
    connect(m_breakingOnly, &QCheckBox::toggled, m_model, &DiffModel::setBreakingOnly);

    auto *copy = new QPushButton(tr("Copy as Text"));
    copy->setObjectName(QStringLiteral("copyDiff"));
    connect(copy, &QPushButton::clicked, this, &DiffDialog::copyAsText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_breakingOnly);
    bottom->addStretch(1);
    bottom->addWidget(copy);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(buildHeader(oldLabel, newLabel));
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    updateSummary();
    resize(1080, 560);
}

QWidget *DiffDialog::buildHeader(const QString &oldLabel, const QString &newLabel)
{
    auto *header = new QWidget;
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    auto *title = new QLabel(tr("Changes a flow built on the old version would see"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    grid->addWidget(title, 0, 0, 1, 2);
    const auto addSide = [grid](int row, const QString &name, const QString &label) {
        auto *caption = new QLabel(name);
        caption->setObjectName(QStringLiteral("diffCaption"));
        auto *value = new QLabel(label);
        value->setObjectName(row == 1 ? QStringLiteral("diffOld") : QStringLiteral("diffNew"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(caption, row, 0);
        grid->addWidget(value, row, 1);
    };
    addSide(1, tr("Old"), oldLabel);
    addSide(2, tr("New"), newLabel);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    grid->addWidget(m_summary, 0, 2, 3, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->setColumnStretch(1, 1);
    return header;
}

QString DiffDialog::summaryText() const
{
    const QList<DiffChange> &all = m_model->allChanges();
    const int breaking = ConnectorDiff::breakingCount(all);
    const int compatible = int(all.size()) - breaking;
    if (all.isEmpty())
        return tr("No changes");
    return (breaking == 1 ? tr("1 breaking change") : tr("%1 breaking changes").arg(breaking))
        + QStringLiteral(" · ")
        + (compatible == 1 ? tr("1 compatible") : tr("%1 compatible").arg(compatible));
}

void DiffDialog::updateSummary()
{
    const bool breaking = ConnectorDiff::breakingCount(m_model->allChanges()) > 0;
    const QColor color = breaking ? Theme::errorColor(palette()) : Theme::successColor(palette());
    QColor fill = color;
    fill.setAlpha(Theme::isDark(palette()) ? 48 : 28);
    m_summary->setText(summaryText());
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1;"
                                            " border-radius: 12px; padding: 4px 12px; font-weight: 600; }")
                                 .arg(color.name(), Theme::cssColor(fill)));
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_empty->setPalette(muted);
    for (QLabel *caption : findChildren<QLabel *>(QStringLiteral("diffCaption")))
        caption->setPalette(muted);
}

void DiffDialog::copyAsText()
{
    QApplication::clipboard()->setText(DiffReport::text(m_model->allChanges()));
}

void DiffDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateSummary();
}
