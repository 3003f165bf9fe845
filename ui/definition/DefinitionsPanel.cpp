#include "DefinitionsPanel.h"

#include "FormStyleSheet.h"
#include "settings/AppSettings.h"

#include "DefinitionListModel.h"
#include "DialogProvider.h"
#include "FormSection.h"
#include "ParameterForm.h"
#include "ResponseDetailForm.h"
#include "SchemaEditor.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"
#include "domain/DefinitionEdits.h"
#include "domain/LocalReference.h"
#include "domain/ResponseView.h"
#include "json/JsonValue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using json::JsonPointer;

namespace {
constexpr int ListPaneWidth = 260;
}

DefinitionsPanel::DefinitionsPanel(ConnectorDocument *document, DialogProvider *dialogs, Section section,
                                   QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_section(section),
      m_model(new DefinitionListModel(document, section, this)),
      m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(objectNameFor("definitionsPanel"));
    FormStyleSheet::install(this);
    auto *pane = new FormSection(sectionTitle(), sectionHint());
    pane->setFixedWidth(ListPaneWidth);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(objectNameFor("definitionFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name"));
    m_filterEdit->setAccessibleName(tr("Filter %1").arg(sectionTitle()));
    m_filterEdit->setClearButtonEnabled(true);
    pane->body()->addWidget(m_filterEdit);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    m_list = new QListView;
    m_list->setObjectName(objectNameFor("definitionList"));
    m_list->setModel(m_filter);
    m_list->setAccessibleName(sectionTitle());
    pane->body()->addWidget(m_list, 2);

    m_newName = new QLineEdit;
    m_newName->setObjectName(objectNameFor("newDefinitionEdit"));
    m_newName->setPlaceholderText(tr("New name"));
    m_newName->setAccessibleName(tr("New %1 name").arg(entryNoun()));
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(objectNameFor("addDefinitionButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addDefinition(m_newName->text()).ok)
            m_newName->clear();
    });
    connect(m_newName, &QLineEdit::returnPressed, add, &QPushButton::click);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(add);
    pane->body()->addLayout(addRow);

    m_rename = new QLineEdit;
    m_rename->setObjectName(objectNameFor("renameDefinitionEdit"));
    m_rename->setPlaceholderText(tr("Rename to... (Enter)"));
    m_rename->setAccessibleName(tr("Rename the selected %1").arg(entryNoun()));
    m_rename->setToolTip(tr("Renaming rewrites every $ref to it."));
    connect(m_rename, &QLineEdit::returnPressed, this, [this] { renameCurrent(m_rename->text()); });
    pane->body()->addWidget(m_rename);

    m_remove = new QPushButton(tr("Delete"));
    m_remove->setObjectName(objectNameFor("removeDefinitionButton"));
    connect(m_remove, &QPushButton::clicked, this, &DefinitionsPanel::removeCurrent);
    m_findUsages = new QPushButton(tr("Find usages"));
    m_findUsages->setObjectName(objectNameFor("findUsagesButton"));
    connect(m_findUsages, &QPushButton::clicked, this, &DefinitionsPanel::findUsages);
    m_duplicate = new QPushButton(tr("Duplicate"));
    m_duplicate->setObjectName(objectNameFor("duplicateDefinitionButton"));
    m_duplicate->setToolTip(tr("Copy the selected entry under a new name"));
    connect(m_duplicate, &QPushButton::clicked, this, &DefinitionsPanel::duplicateCurrent);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_duplicate);
    actions->addWidget(m_remove);
    actions->addWidget(m_findUsages, 1);
    pane->body()->addLayout(actions);

    m_usages = new QListWidget;
    m_usages->setObjectName(objectNameFor("usagesList"));
    m_usages->setAccessibleName(tr("Usages"));
    connect(m_usages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString pointer = item->data(Qt::UserRole).toString();
        if (!pointer.isEmpty())
            emit usageActivated(JsonPointer::fromString(pointer));
    });
    pane->body()->addWidget(m_usages, 1);
    m_error = new QLabel;
    m_error->setObjectName(objectNameFor("definitionsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::cssColor(Theme::errorColor(palette()))));
    m_error->hide();
    pane->body()->addWidget(m_error);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(pane);
    layout->addWidget(buildEditor(), 1);

    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watch(m_newName);
    undoFilter->watch(m_rename);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DefinitionsPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectDefinition(m_current) && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        onCurrentChanged();
    });
    // The selected entry's content changed (the names did not): its form follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showEntry(m_current); });
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    onCurrentChanged();
}

bool DefinitionsPanel::selectDefinition(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (name.isEmpty() || row < 0)
        return false;
    QModelIndex at = m_filter->mapFromSource(m_model->index(row));
    if (!at.isValid()) { // hidden by the filter: asked for by name, so it must show
        m_filterEdit->clear();
        at = m_filter->mapFromSource(m_model->index(row));
    }
    m_list->setCurrentIndex(at);
    return true;
}

QString DefinitionsPanel::currentDefinition() const
{
    return m_list->currentIndex().data(DefinitionListModel::NameRole).toString();
}

QString DefinitionsPanel::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DefinitionsPanel::showResult(const EditResult &result)
{
    m_error->setVisible(!result.ok && !result.error.isEmpty());
    m_error->setText(result.error);
}

void DefinitionsPanel::onCurrentChanged()
{
    const QString name = currentDefinition();
    if (name != m_current)
        m_usages->clear();
    m_current = name;
    m_rename->setText(name);
    m_rename->setEnabled(!name.isEmpty());
    m_remove->setEnabled(!name.isEmpty());
    m_duplicate->setEnabled(!name.isEmpty());
    m_findUsages->setEnabled(!name.isEmpty());
    showEntry(name);
}

EditResult DefinitionsPanel::addDefinition(const QString &name)
{
    const EditResult result = DefinitionEdits::add(m_document, m_section, name.trimmed());
    showResult(result);
    if (result.ok)
        selectDefinition(name.trimmed());
    return result;
}

EditResult DefinitionsPanel::duplicateCurrent()
{
    const QString name = currentDefinition();
    if (name.isEmpty())
        return EditResult::failure(tr("Nothing is selected."));
    QString copy = name + QStringLiteral("Copy");
    for (int n = 2; m_model->rowOf(copy) >= 0; ++n)
        copy = name + QStringLiteral("Copy%1").arg(n);
    const json::JsonValue *entry
        = m_document->value(ConnectorDocument::Part::Definition,
                            JsonPointer(QStringList {DefinitionEdits::sectionKey(m_section), name}));
    if (!entry)
        return EditResult::failure(tr("Nothing is selected."));
    const EditResult result = DefinitionEdits::add(m_document, m_section, copy, entry->clone());
    showResult(result);
    if (result.ok)
        selectDefinition(copy);
    return result;
}

EditResult DefinitionsPanel::renameCurrent(const QString &newName)
{
    const QString name = currentDefinition();
    if (name.isEmpty())
        return EditResult::failure(tr("Nothing is selected."));
    const EditResult result = DefinitionEdits::rename(m_document, m_section, name, newName.trimmed());
    showResult(result);
    if (result.ok) {
        m_current = newName.trimmed();
        selectDefinition(m_current);
    }
    return result;
}

EditResult DefinitionsPanel::removeCurrent()
{
    const QString name = currentDefinition();
    if (name.isEmpty())
        return EditResult::failure(tr("Nothing is selected."));
    if (AppSettings::instance()->confirmDeletions()
        && !m_dialogs->confirm(this, tr("Delete"), tr("Delete the %1 %2?").arg(entryNoun(), name)))
        return EditResult::failure(QString());
    const EditResult result = DefinitionEdits::remove(m_document, m_section, name);
    showResult(result);
    if (!result.ok)
        findUsages();
    return result;
}

// "/paths/~1employees/get/responses/200/schema/$ref" reads "GET /employees › responses › 200 › schema".
QString DefinitionsPanel::describeUsage(const JsonPointer &pointer)
{
    QStringList tokens = pointer.tokens();
    if (!tokens.isEmpty() && tokens.last() == QLatin1String("$ref"))
        tokens.removeLast();
    QStringList parts;
    if (tokens.size() >= 3 && tokens.first() == QLatin1String("paths")) {
        parts.append(tokens.at(2).toUpper() + QLatin1Char(' ') + tokens.at(1));
        tokens = tokens.mid(3);
    }
    parts += tokens;
    return parts.join(QStringLiteral(" \u203a "));
}

QList<JsonPointer> DefinitionsPanel::findUsages()
{
    m_usages->clear();
    const QString name = currentDefinition();
    if (name.isEmpty())
        return {};
    const QList<JsonPointer> usages = DefinitionEdits::findUsages(
        m_document, LocalReference::make(DefinitionEdits::sectionKey(m_section), name));
    for (const JsonPointer &usage : usages) {
        auto *item = new QListWidgetItem(describeUsage(usage), m_usages);
        item->setData(Qt::UserRole, usage.toString());
        item->setToolTip(usage.toString());
    }
    if (usages.isEmpty())
        new QListWidgetItem(tr("Not used."), m_usages);
    return usages;
}

// The definitions section keeps the object names it always had; the others take their own
// prefix, so that three panels can live in one window.
QString DefinitionsPanel::objectNameFor(const char *base) const
{
    const QString name = QLatin1String(base);
    if (m_section == Section::Definitions)
        return name;
    const QString prefix = m_section == Section::Parameters ? QStringLiteral("sharedParameter")
                                                            : QStringLiteral("sharedResponse");
    return prefix + name.left(1).toUpper() + name.mid(1);
}

QString DefinitionsPanel::sectionTitle() const
{
    switch (m_section) {
    case Section::Parameters:
        return tr("Shared parameters");
    case Section::Responses:
        return tr("Shared responses");
    default:
        return tr("Definitions");
    }
}

QString DefinitionsPanel::sectionHint() const
{
    switch (m_section) {
    case Section::Parameters:
        return tr("Parameters operations use through $ref.");
    case Section::Responses:
        return tr("Responses operations use through $ref.");
    default:
        return tr("Schemas shared through $ref.");
    }
}

QString DefinitionsPanel::entryNoun() const
{
    switch (m_section) {
    case Section::Parameters:
        return tr("shared parameter");
    case Section::Responses:
        return tr("shared response");
    default:
        return tr("definition");
    }
}

QWidget *DefinitionsPanel::buildEditor()
{
    switch (m_section) {
    case Section::Parameters:
        m_parameter = new ParameterForm(m_document);
        return m_parameter;
    case Section::Responses:
        m_response = new ResponseDetailForm(m_document);
        connect(m_response, &ResponseDetailForm::editFinished, this, &DefinitionsPanel::showResult);
        return m_response;
    default:
        m_schema = new SchemaEditor(m_document);
        connect(m_schema, &SchemaEditor::definitionRequested, this, &DefinitionsPanel::selectDefinition);
        return m_schema;
    }
}

void DefinitionsPanel::showEntry(const QString &name)
{
    const JsonPointer pointer = name.isEmpty()
        ? JsonPointer()
        : JsonPointer(QStringList {DefinitionEdits::sectionKey(m_section), name});
    if (m_schema && m_schema->schemaPointer() != pointer)
        m_schema->setSchema(pointer);
    if (m_parameter)
        m_parameter->setParameter(OperationKey(), pointer);
    if (m_response) {
        m_response->setVisible(!name.isEmpty());
        m_response->setResponse(name.isEmpty() ? ResponseView() : ResponseView(m_document, pointer),
                                tr("Shared response %1").arg(name));
    }
}
