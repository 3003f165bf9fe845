#include "DefinitionPage.h"

#include "FormStyleSheet.h"
#include "LazyPage.h"
#include "settings/AppSettings.h"

#include "DefinitionsPanel.h"
#include "DialogProvider.h"
#include "NewOperationDialog.h"
#include "OperationEditor.h"
#include "OperationListModel.h"
#include "PoliciesPanel.h"
#include "Theme.h"
#include "TwoLineDelegate.h"
#include "domain/DefinitionEdits.h"
#include "domain/OperationEdits.h"
#include "domain/OperationIndex.h"
#include "domain/OperationView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int ListPaneWidth = 330;

} // namespace

DefinitionPage::DefinitionPage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_model(new OperationListModel(document, this)),
      m_editor(new OperationEditor(document, dialogs)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("definitionPage"));
    FormStyleSheet::install(this, &DefinitionPage::extraStyleRules);
    createActions();
    m_splitter = new QSplitter;
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildListPane());
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ListPaneWidth, 1000});
    // Operations, and the shared schemas ("references") they use.
    m_sections = new QTabWidget;
    m_sections->setObjectName(QStringLiteral("definitionSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_splitter, tr("Actions and triggers"));
    // Built when first opened: together they are half of this page's widgets.
    m_referencesPage = new LazyPage([this] { return buildReferences(); });
    m_sections->addTab(m_referencesPage, tr("References"));
    m_policiesPage = new LazyPage([this] { return m_policies = new PoliciesPanel(m_document, m_dialogs); });
    m_sections->addTab(m_policiesPage, tr("Policies"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    connect(m_editor, &OperationEditor::definitionRequested, this, &DefinitionPage::showDefinition);

    // A domain edit sends many change signals (one per node): apply them once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DefinitionPage::refreshNow);
    connect(m_document, &ConnectorDocument::changed, this, &DefinitionPage::onDocumentChanged);
    connect(m_document, &ConnectorDocument::reset, this, &DefinitionPage::onDocumentReset);
    connect(m_editor, &OperationEditor::operationMoved, this, [this](const OperationKey &key) {
        setCurrent(key);
        refreshNow();
    });
    onDocumentReset();
}

// Definitions, shared parameters and shared responses, each scrolled so that its editor never
// forces a minimum size on the window.
QWidget *DefinitionPage::buildReferences()
{
    m_definitions = new DefinitionsPanel(m_document, m_dialogs);
    m_sharedParameters = new DefinitionsPanel(m_document, m_dialogs, DefinitionsPanel::Section::Parameters);
    m_sharedResponses = new DefinitionsPanel(m_document, m_dialogs, DefinitionsPanel::Section::Responses);
    m_references = new QTabWidget;
    m_references->setObjectName(QStringLiteral("referenceSections"));
    const QList<QPair<DefinitionsPanel *, QString>> panels {{m_definitions, tr("Definitions")},
                                                            {m_sharedParameters, tr("Parameters")},
                                                            {m_sharedResponses, tr("Responses")}};
    for (const auto &panel : panels) {
        auto *scroll = new QScrollArea;
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(panel.first);
        m_references->addTab(scroll, panel.second);
        connect(panel.first, &DefinitionsPanel::usageActivated, this, &DefinitionPage::showUsage);
    }
    return m_references;
}

bool DefinitionPage::showDefinition(const QString &name)
{
    return showReference(definitionsPanel(), name);
}

bool DefinitionPage::showReference(DefinitionsPanel *panel, const QString &name)
{
    if (!panel->selectDefinition(name))
        return false;
    m_references->setCurrentIndex(int(panel->section()));
    m_sections->setCurrentIndex(DefinitionsSection);
    return true;
}

void DefinitionPage::showUsage(const json::JsonPointer &pointer)
{
    // A $ref inside an operation: show that operation; inside a definition: that definition.
    const QStringList tokens = pointer.tokens();
    if (tokens.size() >= 3 && tokens.at(0) == QLatin1String("paths")
        && OperationKey::isHttpMethod(tokens.at(2))) {
        if (selectOperation(OperationKey(tokens.at(1), tokens.at(2))))
            m_sections->setCurrentIndex(OperationsSection);
    } else if (tokens.size() >= 2) {
        for (DefinitionsPanel *panel :
             {definitionsPanel(), sharedParametersPanel(), sharedResponsesPanel()}) {
            if (tokens.at(0) == DefinitionEdits::sectionKey(panel->section()))
                showReference(panel, tokens.at(1));
        }
    }
}

void DefinitionPage::createActions()
{
    m_newAction = new QAction(tr("New"), this);
    m_newAction->setObjectName(QStringLiteral("newOperationAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setToolTip(tr("Add an operation (Ctrl+Shift+N)"));
    connect(m_newAction, &QAction::triggered, this, &DefinitionPage::openNewDialog);
    m_duplicateAction = new QAction(tr("Duplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateOperationAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_duplicateAction->setToolTip(tr("Copy the selected operation (Ctrl+Shift+D)"));
    connect(m_duplicateAction, &QAction::triggered, this, &DefinitionPage::duplicateOperation);
    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteOperationAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected operation (Del in the list)"));
    connect(m_deleteAction, &QAction::triggered, this, &DefinitionPage::deleteOperation);
    // New and Duplicate anywhere on the page; Delete only in the list, where Del means "this item".
    for (QAction *action : {m_newAction, m_duplicateAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
}

QWidget *DefinitionPage::buildListPane()
{
    auto *pane = new QWidget;
    pane->setObjectName(QStringLiteral("operationListPane"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("operationFilter"));
    m_filter->setAccessibleName(tr("Filter operations"));
    m_filter->setPlaceholderText(tr("Filter by summary, operation ID or path"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        m_list->expandAll();
        restoreSelection(-1);
    });

    auto makeButton = [](QAction *action, const QString &objectName) {
        auto *button = new QToolButton;
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_newButton = makeButton(m_newAction, QStringLiteral("newOperationButton"));
    m_duplicateButton = makeButton(m_duplicateAction, QStringLiteral("duplicateOperationButton"));
    m_deleteButton = makeButton(m_deleteAction, QStringLiteral("deleteOperationButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);

    m_list = new QTreeView;
    m_list->setObjectName(QStringLiteral("operationList"));
    m_list->setAccessibleName(tr("Operations"));
    m_list->setModel(m_model);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new TwoLineDelegate(OperationListModel::RouteRole, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIndentation(12);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->addAction(m_deleteAction);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, m_list, &QTreeView::expandAll);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("definitionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filter);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    return pane;
}

void DefinitionPage::onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer)
{
    if (part != ConnectorDocument::Part::Definition)
        return;
    m_indexStale = m_indexStale || OperationIndex::isAffectedBy(part, pointer);
    m_refreshTimer->start();
}

void DefinitionPage::onDocumentReset()
{
    m_refreshTimer->stop();
    m_indexStale = false;
    m_model->rebuild();
    m_list->expandAll();
    showMessage({}, {});
    setCurrent({});
    // Start on the first operation, so the editor shows something useful.
    const QModelIndex first = m_model->index(0, 0, m_model->sectionIndex(OperationListModel::Actions));
    const QModelIndex firstTrigger
        = m_model->index(0, 0, m_model->sectionIndex(OperationListModel::Triggers));
    setCurrent(m_model->keyAt(first.isValid() ? first : firstTrigger));
    restoreSelection(-1);
    m_editor->setOperation(m_current);
    setEnabled(!m_document->isReadOnly());
}

void DefinitionPage::refreshNow()
{
    m_refreshTimer->stop();
    if (m_indexStale) {
        m_indexStale = false;
        const QModelIndex current = m_list->currentIndex();
        const int row = current.isValid() && current.parent().isValid() ? current.row() : -1;
        m_selecting = true;
        m_model->rebuild();
        m_selecting = false;
        restoreSelection(row);
    }
    m_editor->setOperation(m_current);
    m_editor->refresh();
    updateActions();
}

void DefinitionPage::restoreSelection(int fallbackRow)
{
    OperationKey key = m_current;
    const OperationIndex &index = m_model->operationIndex();
    // Undo may have moved the operation back to its old path: find it by its id.
    if (index.indexOf(key) < 0 && !m_currentId.isEmpty() && index.duplicateOperationIds().isEmpty()) {
        const int byId = index.indexOfOperationId(m_currentId);
        if (byId >= 0)
            key = index.at(byId).key;
    }
    QModelIndex target = m_model->indexOf(key);
    if (!target.isValid() && index.indexOf(key) < 0 && fallbackRow >= 0) {
        // Deleted: the operation now at its place, else the last one of the section.
        const QModelIndex section = m_model->sectionIndex(OperationListModel::Actions);
        const int rows = m_model->rowCount(section);
        if (rows > 0)
            target = m_model->index(qMin(fallbackRow, rows - 1), 0, section);
    }
    m_selecting = true;
    if (target.isValid()) {
        m_list->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(target);
    } else {
        m_list->selectionModel()->clearSelection();
    }
    m_selecting = false;
    // A filtered-out operation stays in the editor; a vanished one leaves it.
    if (target.isValid())
        setCurrent(m_model->keyAt(target));
    else if (index.indexOf(key) < 0)
        setCurrent({});
    else
        setCurrent(key);
    m_editor->setOperation(m_current);
    updateActions();
}

void DefinitionPage::onCurrentChanged(const QModelIndex &current)
{
    if (m_selecting)
        return;
    const OperationKey key = m_model->keyAt(current);
    if (!key.isValid())
        return;
    setCurrent(key);
    m_editor->setOperation(key);
    updateActions();
}

bool DefinitionPage::selectOperation(const OperationKey &key)
{
    refreshNow();
    const QModelIndex index = m_model->indexOf(key);
    if (!index.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    return m_current == key;
}

void DefinitionPage::setCurrent(const OperationKey &key)
{
    m_current = key;
    m_currentId = key.isValid() ? OperationView(m_document, key).operationId() : QString();
}

void DefinitionPage::openNewDialog()
{
    if (newOperationDialog() || m_document->isReadOnly())
        return;
    m_newDialog = new NewOperationDialog(this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &NewOperationDialog::submitted, this, &DefinitionPage::createOperation);
    m_newDialog->open(); // window-modal without a nested event loop: tests can fill it in
}

void DefinitionPage::createOperation()
{
    if (!m_newDialog)
        return;
    const EditResult result
        = OperationEdits::addOperation(m_document, m_newDialog->method(), m_newDialog->path(),
                                       m_newDialog->operationId(), m_newDialog->summary());
    if (!result.ok) {
        m_newDialog->setError(result.error);
        return;
    }
    m_newDialog->accept();
    showMessage({}, result.notes);
    m_filter->clear(); // the new operation must be visible
    setCurrent(result.operation);
    refreshNow();
    m_editor->tabs()->setCurrentIndex(OperationEditor::GeneralSubTab);
}

void DefinitionPage::duplicateOperation()
{
    if (!m_current.isValid())
        return;
    const EditResult result = OperationEdits::duplicateOperation(m_document, m_current);
    showMessage(result.error, result.notes);
    if (!result.ok)
        return;
    setCurrent(result.operation);
    refreshNow();
    restoreSelection(-1);
}

void DefinitionPage::deleteOperation()
{
    const OperationView view(m_document, m_current);
    if (!view.isValid())
        return;
    const QString name = view.summary().isEmpty() ? view.operationId() : view.summary();
    const QString question = tr("Delete \"%1\" (%2 %3)? Undo brings it back.")
                                 .arg(name, m_current.method.toUpper(), m_current.path);
    if (AppSettings::instance()->confirmDeletions()
        && !m_dialogs->confirm(window(), tr("Delete Operation"), question))
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() && current.parent().isValid() ? current.row() : 0;
    const EditResult result = OperationEdits::deleteOperation(m_document, m_current);
    showMessage(result.error, result.notes);
    if (!result.ok)
        return;
    refreshNow();
    restoreSelection(row);
}

void DefinitionPage::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const bool selected = OperationView(m_document, m_current).isValid();
    m_newAction->setEnabled(editable);
    m_duplicateAction->setEnabled(editable && selected);
    m_deleteAction->setEnabled(editable && selected);
}

void DefinitionPage::showMessage(const QString &error, const QStringList &notes)
{
    const QString text = error.isEmpty() ? notes.join(QLatin1Char('\n')) : error;
    m_message->setText(text);
    m_message->setProperty("error", !error.isEmpty());
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((error.isEmpty() ? Theme::mutedText(palette()) : Theme::errorColor(palette())).name()));
    m_message->setVisible(!text.isEmpty());
}

NewOperationDialog *DefinitionPage::newOperationDialog() const
{
    // A closed dialog lingers until its deferred deletion.
    return m_newDialog && m_newDialog->isVisible() ? m_newDialog.data() : nullptr;
}

DefinitionsPanel *DefinitionPage::definitionsPanel()
{
    m_referencesPage->content();
    return m_definitions;
}

DefinitionsPanel *DefinitionPage::sharedParametersPanel()
{
    m_referencesPage->content();
    return m_sharedParameters;
}

DefinitionsPanel *DefinitionPage::sharedResponsesPanel()
{
    m_referencesPage->content();
    return m_sharedResponses;
}

QTabWidget *DefinitionPage::referenceSections()
{
    m_referencesPage->content();
    return m_references;
}

PoliciesPanel *DefinitionPage::policiesPanel()
{
    m_policiesPage->content();
    return m_policies;
}

QString DefinitionPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString DefinitionPage::extraStyleRules(const QPalette &palette)
{
    return QStringLiteral("QLabel#operationTitle { font-size: 15pt; font-weight: 600; }"
                          "QLabel#parameterTitle { font-weight: 600; }"
                          "QLabel#parametersTitle { font-weight: 600; font-size: 11pt; }"
                          // An editable combo's text field sits inside the combo's own frame.
                          "QComboBox QLineEdit { border: none; padding: 0; background: transparent; }"
                          "QComboBox:editable { border: 1px solid palette(mid); border-radius: 4px;"
                          " background: palette(base); padding: 1px 4px; }"
                          // Some styles draw the box too faintly on dark palettes: draw it here.
                          "QCheckBox::indicator { width: 14px; height: 14px; border-radius: 3px;"
                          " border: 1px solid %1; background: palette(base); }"
                          "QCheckBox::indicator:checked { background: palette(highlight);"
                          " border-color: palette(highlight); image: url(:/style/check.svg); }"
                          "QCheckBox::indicator:disabled { border-color: palette(mid); }"
                          "QTreeView#operationList { background: palette(base); }")
        .arg(Theme::mutedText(palette).name());
}
