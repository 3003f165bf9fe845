#include "MergePreviewDialog.h"

#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString groupTitle(MergeChange::Kind kind, int count)
{
    switch (kind) {
    case MergeChange::Kind::Added:
        return MergePreviewDialog::tr("Added (%1)").arg(count);
    case MergeChange::Kind::Changed:
        return MergePreviewDialog::tr("Changed (%1)").arg(count);
    case MergeChange::Kind::Removed:
        return MergePreviewDialog::tr("Not in the import (%1)").arg(count);
    case MergeChange::Kind::Unchanged:
        break;
    }
    return MergePreviewDialog::tr("Unchanged (%1)").arg(count);
}

QColor kindColor(MergeChange::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case MergeChange::Kind::Added:
        return Theme::successColor(palette);
    case MergeChange::Kind::Changed:
        return Theme::warningColor(palette);
    case MergeChange::Kind::Removed:
        return Theme::errorColor(palette);
    case MergeChange::Kind::Unchanged:
        break;
    }
    return Theme::mutedText(palette);
}

} // namespace

MergePreviewDialog::MergePreviewDialog(const QString &inputName, const QString &connectorName,
                                       const MergePlan &plan, QWidget *parent)
    : QDialog(parent),
      m_plan(plan),
      m_tree(new QTreeWidget),
      m_summary(new QLabel),
      m_notes(new QLabel),
      m_deleteRemoved(new QCheckBox(tr("Delete removed operations"))),
      m_apply(nullptr)
{
    setObjectName(QStringLiteral("mergePreviewDialog"));
    setWindowTitle(tr("Re-import into This Connector"));

    m_tree->setObjectName(QStringLiteral("mergeTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Operation"), tr("Summary")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->resizeSection(0, 420);
    m_tree->header()->setStretchLastSection(true);

    m_notes->setObjectName(QStringLiteral("mergeNotes"));
    m_notes->setWordWrap(true);
    m_deleteRemoved->setObjectName(QStringLiteral("deleteRemoved"));
    m_deleteRemoved->setToolTip(tr("Off: the operations the import no longer has stay in the connector."));
    m_deleteRemoved->setEnabled(m_plan.count(MergeChange::Kind::Removed) > 0);
    connect(m_deleteRemoved, &QCheckBox::toggled, this, &MergePreviewDialog::updateState);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyMerge"));
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_deleteRemoved);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(buildHeader(inputName, connectorName));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_notes);
    layout->addLayout(bottom);
    fillTree();
    updateState();
    resize(900, 560);
}

bool MergePreviewDialog::deleteRemoved() const
{
    return m_deleteRemoved->isChecked();
}

QWidget *MergePreviewDialog::buildHeader(const QString &inputName, const QString &connectorName)
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    auto *title = new QLabel(tr("Merge %1 into %2").arg(inputName, connectorName));
    title->setObjectName(QStringLiteral("mergeTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    auto *caption = new QLabel(tr("Summaries, descriptions, visibility, labels, dynamic values, responses, "
                                  "security and policies you changed are kept."));
    caption->setObjectName(QStringLiteral("mergeCaption"));
    caption->setWordWrap(true);
    texts->addWidget(title);
    texts->addWidget(caption);
    row->addLayout(texts, 1);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    row->addWidget(m_summary, 0, Qt::AlignRight | Qt::AlignVCenter);
    return header;
}

void MergePreviewDialog::fillTree()
{
    addGroup(MergeChange::Kind::Added, true);
    addGroup(MergeChange::Kind::Changed, true);
    addGroup(MergeChange::Kind::Removed, true);
    addGroup(MergeChange::Kind::Unchanged, false);
    if (!m_plan.addedItems.isEmpty()) {
        auto *group
            = new QTreeWidgetItem(m_tree, {tr("Definitions added (%1)").arg(m_plan.addedItems.size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString &address : std::as_const(m_plan.addedItems)) {
            const QString original = m_plan.renamedItems.key(address.section(QLatin1Char('/'), 1));
            new QTreeWidgetItem(
                group,
                {address,
                 original.isEmpty()
                     ? QString()
                     : tr("renamed from %1: the name is taken").arg(original.section(QLatin1Char('/'), 1))});
        }
        group->setExpanded(true);
    }
    m_notes->setText(m_plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes.isEmpty());
}

void MergePreviewDialog::addGroup(MergeChange::Kind kind, bool expanded)
{
    const int count = m_plan.count(kind);
    if (count == 0)
        return;
    auto *group = new QTreeWidgetItem(m_tree, {groupTitle(kind, count)});
    group->setData(0, Qt::UserRole, int(kind));
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setForeground(0, kindColor(kind, palette()));
    for (const MergeChange &change : std::as_const(m_plan.changes)) {
        if (change.kind != kind)
            continue;
        auto *item = new QTreeWidgetItem(group, {change.title(), change.summary});
        // The connector's summary is kept; the import's is only shown when it differs.
        if (!change.incomingSummary.isEmpty() && change.incomingSummary != change.summary)
            item->setToolTip(1,
                             tr("Kept: %1\nIn the import: %2").arg(change.summary, change.incomingSummary));
        for (const QString &detail : change.details)
            new QTreeWidgetItem(item, {detail});
        item->setExpanded(true);
    }
    group->setExpanded(expanded);
}

void MergePreviewDialog::updateState()
{
    const bool edits = m_plan.hasEdits(deleteRemoved());
    m_apply->setEnabled(edits);
    const QColor color = edits ? Theme::accent() : Theme::successColor(palette());
    QColor fill = color;
    fill.setAlpha(Theme::isDark(palette()) ? 48 : 28);
    m_summary->setText(edits ? m_plan.summaryText() : tr("Up to date: nothing to change"));
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1;"
                                            " border-radius: 12px; padding: 4px 12px; font-weight: 600; }")
                                 .arg(color.name(), Theme::cssColor(fill)));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->data(0, Qt::UserRole).toInt() == int(MergeChange::Kind::Removed)
            && group->data(0, Qt::UserRole).isValid())
            group->setText(1, deleteRemoved() ? tr("will be deleted") : tr("kept in the connector"));
    }
}

void MergePreviewDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateState();
}
