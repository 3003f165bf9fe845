#pragma once

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// Every validation rule with a checkbox: unchecked rules are switched off for this connector.
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    RulesDialog(const QString &connectorName, const QSet<QString> &disabled, QWidget *parent = nullptr);

    QSet<QString> disabledRules() const;
    void setRuleEnabled(const QString &ruleId, bool enabled);
    bool isRuleEnabled(const QString &ruleId) const;
    QTreeWidget *list() const { return m_list; }

private:
    void fill(const QSet<QString> &disabled);
    void applyFilter(const QString &text);
    void updateCount();
    QTreeWidgetItem *itemOf(const QString &ruleId) const;

    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_count;
};
