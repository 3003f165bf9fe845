#include "RulesDialog.h"

#include "FindingsModel.h"
#include "validation/Validator.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { RuleColumn, SeverityColumn, SummaryColumn };

} // namespace

RulesDialog::RulesDialog(const QString &connectorName, const QSet<QString> &disabled, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Validation Rules"));
    auto *intro = new QLabel(tr("Rules checked for <b>%1</b>. Unchecked rules are switched off for this "
                                "connector only; the choice is kept in the designer's settings, not in "
                                "the connector's files.")
                                 .arg(connectorName.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("rulesFilter"));
    m_filter->setPlaceholderText(tr("Filter rules"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &RulesDialog::applyFilter);

    m_list->setObjectName(QStringLiteral("rulesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Rule"), tr("Severity"), tr("Checks that")});
    m_list->header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    fill(disabled);
    connect(m_list, &QTreeWidget::itemChanged, this, &RulesDialog::updateCount);

    auto *enableAll = new QPushButton(tr("Enable All"));
    enableAll->setObjectName(QStringLiteral("enableAllRules"));
    connect(enableAll, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            m_list->topLevelItem(i)->setCheckState(RuleColumn, Qt::Checked);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(enableAll);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    updateCount();
    resize(760, 560);
}

void RulesDialog::fill(const QSet<QString> &disabled)
{
    for (const ValidationRule &rule : Validator::rules()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RuleColumn, rule.id);
        item->setData(RuleColumn, Qt::UserRole, rule.id);
        item->setCheckState(RuleColumn, disabled.contains(rule.id) ? Qt::Unchecked : Qt::Checked);
        item->setIcon(SeverityColumn, FindingsModel::severityIcon(rule.severity));
        item->setText(SeverityColumn, FindingsModel::severityLabel(rule.severity));
        item->setText(SummaryColumn, rule.summary);
        item->setToolTip(SummaryColumn, rule.summary);
    }
}

void RulesDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = item->text(RuleColumn).contains(text, Qt::CaseInsensitive)
            || item->text(SummaryColumn).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void RulesDialog::updateCount()
{
    const int off = int(disabledRules().size());
    const int all = m_list->topLevelItemCount();
    m_count->setText(off == 0 ? tr("All %1 rules on").arg(all) : tr("%1 of %2 rules off").arg(off).arg(all));
}

QTreeWidgetItem *RulesDialog::itemOf(const QString &ruleId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(RuleColumn, Qt::UserRole).toString() == ruleId)
            return m_list->topLevelItem(i);
    }
    return nullptr;
}

QSet<QString> RulesDialog::disabledRules() const
{
    QSet<QString> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(RuleColumn) != Qt::Checked)
            ids.insert(item->data(RuleColumn, Qt::UserRole).toString());
    }
    return ids;
}

void RulesDialog::setRuleEnabled(const QString &ruleId, bool enabled)
{
    if (QTreeWidgetItem *item = itemOf(ruleId))
        item->setCheckState(RuleColumn, enabled ? Qt::Checked : Qt::Unchecked);
}

bool RulesDialog::isRuleEnabled(const QString &ruleId) const
{
    const QTreeWidgetItem *item = itemOf(ruleId);
    return item && item->checkState(RuleColumn) == Qt::Checked;
}
