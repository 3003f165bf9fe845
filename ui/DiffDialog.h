#pragma once

#include "diff/DiffChange.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTreeView;
class DiffModel;

// The breaking-change report between two versions of a connector: each change to the
// operations, marked breaking or compatible, with the reason.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    // oldLabel/newLabel name the two sides ("Saved version", "This document").
    DiffDialog(const QString &oldLabel, const QString &newLabel, const QList<DiffChange> &changes,
               QWidget *parent = nullptr);

    DiffModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QCheckBox *breakingOnlyBox() const { return m_breakingOnly; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader(const QString &oldLabel, const QString &newLabel);
    void updateSummary();
    void copyAsText();

    DiffModel *m_model;
    QTreeView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_empty;
    QCheckBox *m_breakingOnly;
};
