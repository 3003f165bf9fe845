#include "PoliciesPanel.h"

#include "FormStyleSheet.h"
#include "settings/AppSettings.h"

#include "DialogProvider.h"
#include "FormSection.h"
#include "PolicyForm.h"
#include "PolicyListModel.h"
#include "Theme.h"
#include "TwoLineDelegate.h"
#include "domain/PolicyEdits.h"
#include "domain/PolicyTemplateCatalog.h"
#include "domain/PolicyView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int ListPaneWidth = 300;

QToolButton *toolButton(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

PoliciesPanel::PoliciesPanel(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_model(new PolicyListModel(document, this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_form(new PolicyForm(document)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("policiesPanel"));
    FormStyleSheet::install(this);
    auto *pane = new FormSection(tr("Policies"), tr("Run-time changes to requests and responses."));
    pane->setFixedWidth(ListPaneWidth);

    m_templates = new QMenu(this);
    m_templates->setObjectName(QStringLiteral("policyTemplateMenu"));
    for (const PolicyTemplateSpec &spec : PolicyTemplateCatalog::all()) {
        QAction *action = m_templates->addAction(spec.title);
        action->setToolTip(spec.description);
        action->setData(spec.id);
        connect(action, &QAction::triggered, this, [this, id = spec.id] { addPolicy(id); });
    }
    m_new = toolButton(tr("New"), QStringLiteral("newPolicyButton"), tr("Add a policy from a template"));
    m_new->setMenu(m_templates);
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_duplicate = toolButton(tr("Duplicate"), QStringLiteral("duplicatePolicyButton"),
                             tr("Copy the selected policy"));
    connect(m_duplicate, &QToolButton::clicked, this, &PoliciesPanel::duplicateCurrent);
    m_remove
        = toolButton(tr("Delete"), QStringLiteral("deletePolicyButton"), tr("Delete the selected policy"));
    connect(m_remove, &QToolButton::clicked, this, &PoliciesPanel::removeCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    pane->body()->addLayout(buttons);

    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(QStringLiteral("policyFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by title, template or operation"));
    m_filterEdit->setAccessibleName(tr("Filter policies"));
    m_filterEdit->setClearButtonEnabled(true);
    pane->body()->addWidget(m_filterEdit);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PolicyListModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setDynamicSortFilter(false); // a policy being edited never vanishes under the cursor
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setAccessibleName(tr("Policies"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new TwoLineDelegate(PolicyListModel::DetailRole, m_list));
    m_list->setUniformItemSizes(true);
    pane->body()->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No policies yet. New adds one: set a header, route a request, "
                            "convert a body, make a polling trigger..."));
    m_empty->setObjectName(QStringLiteral("policiesEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setProperty("caption", true);
    pane->body()->addWidget(m_empty);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("policiesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::cssColor(Theme::errorColor(palette()))));
    m_error->hide();
    pane->body()->addWidget(m_error);

    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(pane);
    layout->addWidget(scroll, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PoliciesPanel::onCurrentChanged);
    // A domain edit sends a change signal per node: refresh once per event-loop turn.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PoliciesPanel::refreshNow);
    connect(m_document, &ConnectorDocument::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_document, &ConnectorDocument::reset, this, &PoliciesPanel::refreshNow);
    refreshNow();
}

int PoliciesPanel::currentPolicy() const
{
    const QModelIndex current = m_filter->mapToSource(m_list->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void PoliciesPanel::selectPolicy(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    QModelIndex at = m_filter->mapFromSource(m_model->index(index));
    if (!at.isValid()) { // hidden by the filter: a policy asked for by name must show
        m_filterEdit->clear();
        at = m_filter->mapFromSource(m_model->index(index));
    }
    m_list->setCurrentIndex(at);
}

QString PoliciesPanel::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PoliciesPanel::refreshNow()
{
    m_refreshTimer->stop();
    const int keep = m_current;
    m_model->refresh();
    const int count = m_model->rowCount();
    if (count > 0 && !m_list->currentIndex().isValid())
        selectPolicy(qBound(0, keep, count - 1));
    m_empty->setVisible(count == 0);
    m_filterEdit->setVisible(count > 0);
    onCurrentChanged();
}

void PoliciesPanel::onCurrentChanged()
{
    m_current = currentPolicy();
    m_duplicate->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_new->setEnabled(!m_document->isReadOnly());
    if (m_form->policy() != m_current)
        m_form->setPolicy(m_current);
    else
        m_form->refresh();
}

void PoliciesPanel::showResult(const EditResult &result)
{
    m_error->setVisible(!result.ok && !result.error.isEmpty());
    m_error->setText(result.error);
}

EditResult PoliciesPanel::addPolicy(const QString &templateId)
{
    const EditResult result = PolicyEdits::addPolicy(m_document, templateId);
    showResult(result);
    if (result.ok) {
        refreshNow();
        selectPolicy(m_model->rowCount() - 1);
        m_form->titleEdit()->setFocus();
        m_form->titleEdit()->selectAll();
    }
    return result;
}

EditResult PoliciesPanel::duplicateCurrent()
{
    const int index = currentPolicy();
    const EditResult result = PolicyEdits::duplicatePolicy(m_document, index);
    showResult(result);
    if (result.ok) {
        refreshNow();
        selectPolicy(index + 1);
    }
    return result;
}

EditResult PoliciesPanel::removeCurrent()
{
    const int index = currentPolicy();
    const PolicyView view(m_document, index);
    if (!view.isValid())
        return EditResult::failure(tr("No policy is selected."));
    if (AppSettings::instance()->confirmDeletions()
        && !m_dialogs->confirm(this, tr("Delete policy"), tr("Delete the policy \"%1\"?").arg(view.title())))
        return EditResult::failure(QString());
    const EditResult result = PolicyEdits::removePolicy(m_document, index);
    showResult(result);
    if (result.ok) {
        m_list->setCurrentIndex({});
        m_current = index;
        refreshNow();
    }
    return result;
}
