#pragma once

#include "validation/ValidationFinding.h"
#include "validation/ValidationReport.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;
class DialogProvider;
class FindingsFilterModel;
class FindingsModel;
class LiveValidation;
class RulesDialog;

// The validation panel: the live findings with their counts, a filter by severity and text,
// quick fixes, and switching rules off for the connector. Activating a finding emits
// findingActivated; the window decides where that leads.
class ValidationDock : public QDockWidget
{
    Q_OBJECT

public:
    ValidationDock(LiveValidation *validation, DialogProvider *dialogs, QWidget *parent = nullptr);

    // "3 errors, 5 warnings" (zero counts left out), or "No problems".
    static QString countsText(const ValidationReport::Counts &counts);

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QPushButton *severityButton(ValidationFinding::Severity severity) const { return m_severity[int(severity)]; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QPushButton *fixButton() const { return m_fixButton; }
    RulesDialog *rulesDialog() const;

    // The finding at a row of the view (its filtered model), or null.
    const ValidationFinding *findingAt(const QModelIndex &viewIndex) const;
    const ValidationFinding *currentFinding() const;
    // Selects the first finding of a rule; false when none is shown.
    bool selectRule(const QString &ruleId);

    bool fixCurrent();
    void disableCurrentRule();
    void showRulesDialog();

signals:
    void findingActivated(const ValidationFinding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildToolBar();
    QPushButton *makeSeverityButton(ValidationFinding::Severity severity);
    void onUpdated();
    void updateCounts();
    void updateCurrent();
    void updatePlaceholder();
    void showContextMenu(const QPoint &position);

    LiveValidation *m_validation;
    DialogProvider *m_dialogs;
    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QTreeView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QPushButton *m_severity[3] = {};
    QLineEdit *m_filterEdit = nullptr;
    QPushButton *m_fixButton = nullptr;
    QToolButton *m_rulesButton = nullptr;
    QPointer<RulesDialog> m_rulesDialog;
};
