#include "ValidationDock.h"

#include "DialogProvider.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "LiveValidation.h"
#include "RulesDialog.h"
#include "Theme.h"
#include "document/ConnectorDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using Severity = ValidationFinding::Severity;

namespace {

QString plural(int count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

// The severity filters as pills: filled while shown, outlined and muted while hidden.
QString toolBarStyleSheet(const QPalette &palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(Theme::isDark(palette) ? 60 : 34);
    return QStringLiteral("QPushButton[severityToggle=\"true\"] { border: 1px solid palette(mid);"
                          " border-radius: 11px; padding: 2px 8px 2px 6px; background: transparent; }"
                          "QPushButton[severityToggle=\"true\"]:checked { background: %1;"
                          " border-color: %2; }"
                          "QPushButton[severityToggle=\"true\"]:!checked { color: %3; }"
                          "QPushButton[severityToggle=\"true\"]:hover { border-color: palette(highlight); }")
        .arg(Theme::cssColor(fill), palette.color(QPalette::Highlight).name(), Theme::mutedText(palette).name());
}

} // namespace

ValidationDock::ValidationDock(LiveValidation *validation, DialogProvider *dialogs, QWidget *parent)
    : QDockWidget(parent),
      m_validation(validation),
      m_dialogs(dialogs),
      m_model(new FindingsModel(this)),
      m_filter(new FindingsFilterModel(this)),
      m_view(new QTreeView),
      m_stack(new QStackedWidget),
      m_placeholder(new QLabel)
{
    setObjectName(QStringLiteral("validationDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    setStyleSheet(QStringLiteral("QDockWidget#validationDock::title { padding: 6px 10px 2px 8px; }"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_filter->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order: most severe first
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::LocationColumn, QHeaderView::Interactive);
    header->resizeSection(FindingsModel::RuleColumn, 190);
    header->resizeSection(FindingsModel::LocationColumn, 230);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ValidationFinding *finding = findingAt(index))
            emit findingActivated(*finding);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ValidationDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ValidationDock::updateCurrent);

    m_placeholder->setObjectName(QStringLiteral("findingsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_stack, 1);
    setWidget(content);

    connect(m_validation, &LiveValidation::updated, this, &ValidationDock::onUpdated);
    onUpdated();
}

QString ValidationDock::countsText(const ValidationReport::Counts &counts)
{
    QStringList parts;
    if (counts.errors > 0)
        parts.append(plural(counts.errors, tr("%1 error"), tr("%1 errors")));
    if (counts.warnings > 0)
        parts.append(plural(counts.warnings, tr("%1 warning"), tr("%1 warnings")));
    if (counts.infos > 0)
        parts.append(plural(counts.infos, tr("%1 suggestion"), tr("%1 suggestions")));
    return parts.isEmpty() ? tr("No problems") : parts.join(QStringLiteral(", "));
}

QWidget *ValidationDock::buildToolBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("validationToolBar"));
    bar->setStyleSheet(toolBarStyleSheet(palette()));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 2, 8, 6);
    row->setSpacing(6);
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        row->addWidget(makeSeverityButton(severity));
    row->addSpacing(8);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(QStringLiteral("findingsFilter"));
    m_filterEdit->setAccessibleName(tr("Filter findings"));
    m_filterEdit->setPlaceholderText(tr("Filter by text or rule"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(280);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updatePlaceholder();
    });
    row->addWidget(m_filterEdit, 1);
    row->addStretch(1);

    m_fixButton = new QPushButton(tr("Fix"));
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setEnabled(false);
    connect(m_fixButton, &QPushButton::clicked, this, &ValidationDock::fixCurrent);
    row->addWidget(m_fixButton);
    m_rulesButton = new QToolButton;
    m_rulesButton->setObjectName(QStringLiteral("rulesButton"));
    m_rulesButton->setText(tr("Rules..."));
    m_rulesButton->setToolTip(tr("Switch validation rules on or off for this connector"));
    m_rulesButton->setAutoRaise(true);
    connect(m_rulesButton, &QToolButton::clicked, this, &ValidationDock::showRulesDialog);
    row->addWidget(m_rulesButton);
    return bar;
}

QPushButton *ValidationDock::makeSeverityButton(Severity severity)
{
    auto *button = new QPushButton;
    button->setObjectName(QStringLiteral("show") + ValidationFinding::severityName(severity));
    button->setCheckable(true);
    button->setChecked(true);
    button->setProperty("severityToggle", true);
    button->setIcon(FindingsModel::severityIcon(severity));
    button->setToolTip(tr("Show or hide these findings"));
    button->setCursor(Qt::PointingHandCursor);
    connect(button, &QPushButton::toggled, this, [this, severity](bool shown) {
        m_filter->setSeverityShown(severity, shown);
        updatePlaceholder();
    });
    m_severity[int(severity)] = button;
    return button;
}

void ValidationDock::onUpdated()
{
    // Keep the selection on the same problem across runs.
    const ValidationFinding *current = currentFinding();
    const ValidationFinding previous = current ? *current : ValidationFinding();
    m_model->setFindings(m_validation->findings());
    if (current) {
        const int row = m_model->rowOf(previous);
        if (row >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
        }
    }
    updateCounts();
    updateCurrent();
    updatePlaceholder();
}

void ValidationDock::updateCounts()
{
    const ValidationReport::Counts counts = m_validation->counts();
    setWindowTitle(tr("Validation — %1").arg(countsText(counts)));
    m_severity[int(Severity::Error)]->setText(plural(counts.errors, tr("%1 Error"), tr("%1 Errors")));
    m_severity[int(Severity::Warning)]->setText(plural(counts.warnings, tr("%1 Warning"), tr("%1 Warnings")));
    m_severity[int(Severity::Info)]->setText(
        plural(counts.infos, tr("%1 Suggestion"), tr("%1 Suggestions")));
}

void ValidationDock::updateCurrent()
{
    const ValidationFinding *finding = currentFinding();
    const bool fixable = finding && !finding->fix.isEmpty() && !m_validation->document()->isReadOnly();
    m_fixButton->setEnabled(fixable);
    m_fixButton->setText(fixable ? tr("Fix: %1").arg(finding->fix.label) : tr("Fix"));
    m_fixButton->setToolTip(fixable ? tr("Apply the quick fix (one undo step)")
                                    : tr("Select a problem that has a quick fix"));
}

void ValidationDock::updatePlaceholder()
{
    const bool empty = m_filter->rowCount() == 0;
    if (m_model->rowCount() == 0) {
        const int off = int(m_validation->disabledRules().size());
        QString text = tr("No problems found");
        if (off > 0)
            text += QStringLiteral(" · ") + plural(off, tr("%1 rule switched off"), tr("%1 rules switched off"));
        m_placeholder->setText(text);
    } else {
        m_placeholder->setText(tr("No problems match the filter"));
    }
    QPalette placeholder = palette();
    placeholder.setColor(QPalette::WindowText, m_model->rowCount() == 0 ? Theme::successColor(palette())
                                                                         : Theme::mutedText(palette()));
    m_placeholder->setPalette(placeholder);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_view);
}

RulesDialog *ValidationDock::rulesDialog() const
{
    return m_rulesDialog;
}

const ValidationFinding *ValidationDock::findingAt(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(viewIndex);
    return source.isValid() ? &m_model->finding(source.row()) : nullptr;
}

const ValidationFinding *ValidationDock::currentFinding() const
{
    return findingAt(m_view->selectionModel()->currentIndex());
}

bool ValidationDock::selectRule(const QString &ruleId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(FindingsModel::RuleIdRole).toString() == ruleId) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

bool ValidationDock::fixCurrent()
{
    const ValidationFinding *finding = currentFinding();
    if (!finding)
        return false;
    const ValidationFinding copy = *finding; // applying re-runs the validation
    QString error;
    if (!m_validation->applyFix(copy, &error)) {
        m_dialogs->showError(window(), tr("Quick Fix"), error);
        return false;
    }
    return true;
}

void ValidationDock::disableCurrentRule()
{
    if (const ValidationFinding *finding = currentFinding())
        m_validation->setRuleEnabled(finding->ruleId, false);
}

void ValidationDock::showRulesDialog()
{
    if (m_rulesDialog) {
        m_rulesDialog->raise();
        m_rulesDialog->activateWindow();
        return;
    }
    m_rulesDialog = new RulesDialog(m_validation->document()->displayName(), m_validation->disabledRules(), window());
    m_rulesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rulesDialog, &QDialog::accepted, this,
            [this] { m_validation->setDisabledRules(m_rulesDialog->disabledRules()); });
    m_rulesDialog->open();
}

void ValidationDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const ValidationFinding *finding = findingAt(index);
    QMenu menu(this);
    if (finding) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
        const ValidationFinding copy = *finding;
        QAction *go = menu.addAction(tr("Go to Location"), this, [this, copy] { emit findingActivated(copy); });
        go->setObjectName(QStringLiteral("actionGoToFinding"));
        QAction *fix = menu.addAction(copy.fix.isEmpty() ? tr("No Quick Fix") : tr("Fix: %1").arg(copy.fix.label),
                                      this, &ValidationDock::fixCurrent);
        fix->setObjectName(QStringLiteral("actionFixFinding"));
        fix->setEnabled(!copy.fix.isEmpty());
        menu.addAction(tr("Copy"), this, [copy] { QApplication::clipboard()->setText(copy.toText()); });
        menu.addSeparator();
        menu.addAction(tr("Disable Rule \"%1\" for This Connector").arg(copy.ruleId), this,
                       &ValidationDock::disableCurrentRule)
            ->setObjectName(QStringLiteral("actionDisableRule"));
    }
    menu.addAction(tr("Validation Rules..."), this, &ValidationDock::showRulesDialog);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ValidationDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updatePlaceholder();
        // Compare first: setting a style sheet can itself announce a palette change.
        QWidget *bar = widget()->findChild<QWidget *>(QStringLiteral("validationToolBar"));
        const QString sheet = toolBarStyleSheet(palette());
        if (bar && bar->styleSheet() != sheet)
            bar->setStyleSheet(sheet);
    }
}
