#pragma once

#include "import/MergePlan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// The preview of a re-import: the operations it adds, changes (with what changes) and removes,
// before anything is applied. Accepting applies the plan (the caller does, as one undo step);
// "Delete removed operations" decides whether the removed ones go.
class MergePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    MergePreviewDialog(const QString &inputName, const QString &connectorName, const MergePlan &plan,
                       QWidget *parent = nullptr);

    const MergePlan &plan() const { return m_plan; }
    bool deleteRemoved() const;
    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *deleteRemovedBox() const { return m_deleteRemoved; }
    QPushButton *applyButton() const { return m_apply; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader(const QString &inputName, const QString &connectorName);
    void fillTree();
    void addGroup(MergeChange::Kind kind, bool expanded);
    void updateState();

    MergePlan m_plan;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_notes;
    QCheckBox *m_deleteRemoved;
    QPushButton *m_apply;
};
