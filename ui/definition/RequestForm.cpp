#include "RequestForm.h"

#include "FieldMessage.h"
#include "FormSection.h"
#include "ParameterForm.h"
#include "ParameterTableModel.h"
#include "RequestSampleDialog.h"
#include "UndoShortcutFilter.h"
#include "domain/OperationView.h"
#include "domain/ParameterEdits.h"
#include "domain/PathEdits.h"
#include "domain/SampleImport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int TableRows = 5; // visible rows before the table scrolls

QPushButton *smallButton(const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    return button;
}

} // namespace

RequestForm::RequestForm(ConnectorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    // One card: the route, then the parameters it takes.
    auto *section = static_cast<FormSection *>(buildRouteSection());
    section->body()->addSpacing(18);
    section->body()->addWidget(buildParameterSection());
    layout->addWidget(section);
    layout->addStretch(1);
}

QWidget *RequestForm::buildRouteSection()
{
    auto *section = new FormSection(tr("Request"), {});
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (const QString &method : OperationKey::httpMethods())
        m_method->addItem(method.toUpper(), method);
    connect(m_method, &QComboBox::activated, this, &RequestForm::changeMethod);
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setPlaceholderText(tr("/items/{itemId}"));
    m_path->setToolTip(tr("The path, relative to the base URL. {Placeholders} in it are path parameters."));
    connect(m_path, &QLineEdit::editingFinished, this, &RequestForm::changePath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_routeMessage->setProblem({}); });
    (new UndoShortcutFilter(this))->watch(m_path);
    m_import = smallButton(QStringLiteral("importSampleButton"), tr("Import from sample..."),
                           tr("Create parameters and the body schema from a sample request"));
    connect(m_import, &QPushButton::clicked, this, &RequestForm::openSampleDialog);
    auto *route = new QHBoxLayout;
    route->setSpacing(8);
    route->addWidget(m_method);
    route->addWidget(m_path, 1);
    route->addWidget(m_import);
    m_routeMessage = new FieldMessage(m_path);
    m_routeMessage->setObjectName(QStringLiteral("routeMessage"));
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("requestNotes"));
    m_notes->setProperty("caption", true);
    m_notes->setWordWrap(true);
    m_notes->hide();
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addLayout(route);
    column->addWidget(m_routeMessage);
    column->addWidget(m_notes);
    section->addRow(tr("Method and path"), column);
    return section;
}

QWidget *RequestForm::buildParameterSection()
{
    auto *title = new QLabel(tr("Parameters"));
    title->setObjectName(QStringLiteral("parametersTitle"));
    m_model = new ParameterTableModel(m_document, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("parameterTable"));
    m_table->setAccessibleName(tr("Parameters"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(ParameterTableModel::NameColumn, 150);
    m_table->setColumnWidth(ParameterTableModel::LocationColumn, 70);
    m_table->setColumnWidth(ParameterTableModel::TypeColumn, 140);
    m_table->setColumnWidth(ParameterTableModel::RequiredColumn, 70);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * TableRows
                            + m_table->horizontalHeader()->sizeHint().height() + 4);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestForm::onParameterSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestForm::updateButtons);

    m_add = smallButton(QStringLiteral("addParameterButton"), tr("Add"), tr("Add a query parameter"));
    m_remove = smallButton(QStringLiteral("removeParameterButton"), tr("Remove"),
                           tr("Remove the selected parameter"));
    m_up = smallButton(QStringLiteral("parameterUpButton"), tr("Up"), tr("Move the parameter up"));
    m_down = smallButton(QStringLiteral("parameterDownButton"), tr("Down"), tr("Move the parameter down"));
    connect(m_add, &QPushButton::clicked, this, &RequestForm::addParameter);
    connect(m_remove, &QPushButton::clicked, this, &RequestForm::removeParameter);
    connect(m_up, &QPushButton::clicked, this, [this] { moveParameter(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveParameter(1); });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(title);
    buttons->addStretch(1);
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);

    m_form = new ParameterForm(m_document);
    m_form->setObjectName(QStringLiteral("parameterForm"));
    connect(m_form, &ParameterForm::operationMoved, this, &RequestForm::moved);

    auto *parameters = new QWidget;
    auto *body = new QVBoxLayout(parameters);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addLayout(buttons);
    body->addSpacing(8);
    body->addWidget(m_table);
    body->addSpacing(14);
    body->addWidget(m_form);
    return parameters;
}

void RequestForm::setOperation(const OperationKey &key)
{
    const bool other = key != m_key;
    if (other) {
        m_routeMessage->setProblem({});
        m_notes->hide();
        m_key = key;
        m_model->setOperation(key);
        selectParameter(m_model->rowCount() > 0 ? 0 : -1);
    }
    refresh();
}

void RequestForm::refresh()
{
    const OperationView view(m_document, m_key);
    setEnabled(view.isValid() && !m_document->isReadOnly());
    m_method->setCurrentIndex(qMax(0, m_method->findData(m_key.method)));
    if (!(m_path->hasFocus() && m_path->isModified()) && m_routeMessage->problem().isEmpty()
        && m_path->text() != m_key.path)
        m_path->setText(m_key.path);
    // Keep the selected parameter across a rebuild of the rows.
    const json::JsonPointer selected = m_model->parameterAt(currentParameterRow()).listPointer();
    const int oldRow = currentParameterRow();
    m_model->refresh();
    const int row = m_model->rowOf(selected);
    if (row != currentParameterRow() || row < 0)
        selectParameter(row >= 0 ? row : qMin(oldRow, m_model->rowCount() - 1));
    m_form->refresh();
    updateButtons();
}

void RequestForm::changeMethod(int index)
{
    const QString method = m_method->itemData(index).toString();
    if (method == m_key.method)
        return;
    const EditResult result = PathEdits::setMethod(m_document, m_key, method);
    m_routeMessage->setProblem(result.error);
    if (result.ok)
        moved(result.operation);
    else
        m_method->setCurrentIndex(qMax(0, m_method->findData(m_key.method)));
}

void RequestForm::changePath()
{
    const QString path = m_path->text().trimmed();
    m_path->setModified(false);
    if (path == m_key.path || !OperationView(m_document, m_key).isValid())
        return;
    const EditResult result = PathEdits::setPath(m_document, m_key, path);
    m_routeMessage->setProblem(result.error);
    showNotes(result.notes);
    if (result.ok)
        moved(result.operation);
}

void RequestForm::moved(const OperationKey &key)
{
    // The editor follows the operation to its new address before the list catches up.
    const int row = currentParameterRow();
    m_key = key;
    m_model->setOperation(key);
    selectParameter(qMin(row, m_model->rowCount() - 1));
    refresh();
    emit operationMoved(key);
}

void RequestForm::addParameter()
{
    const OperationView view(m_document, m_key);
    QString name = QStringLiteral("parameter");
    for (int n = 2; view.parameter(name, QStringLiteral("query")); ++n)
        name = QStringLiteral("parameter%1").arg(n);
    ParameterSpec spec;
    spec.name = name;
    const EditResult result = ParameterEdits::addParameter(m_document, m_key, spec, view.ownParameterCount());
    m_routeMessage->setProblem(result.error);
    if (!result.ok)
        return;
    m_model->refresh();
    selectParameter(m_model->rowOf(result.pointer));
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void RequestForm::removeParameter()
{
    const ParameterView parameter = m_model->parameterAt(currentParameterRow());
    if (!parameter.isValid())
        return;
    const int row = currentParameterRow();
    const EditResult result = ParameterEdits::removeParameter(m_document, parameter.listPointer());
    m_routeMessage->setProblem(result.error);
    if (result.ok) {
        m_model->refresh();
        selectParameter(qMin(row, m_model->rowCount() - 1));
    }
}

void RequestForm::moveParameter(int delta)
{
    const int row = currentParameterRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || row >= m_model->ownCount() || to >= m_model->ownCount())
        return;
    const EditResult result = ParameterEdits::moveParameter(m_document, m_key, row, to);
    m_routeMessage->setProblem(result.error);
    if (result.ok) {
        m_model->refresh();
        selectParameter(to);
    }
}

void RequestForm::openSampleDialog()
{
    if (sampleDialog())
        return;
    m_sampleDialog = new RequestSampleDialog(this);
    m_sampleDialog->setAttribute(Qt::WA_DeleteOnClose);
    RequestSample sample;
    sample.method = m_key.method;
    sample.url = m_key.path;
    m_sampleDialog->setSample(sample);
    connect(m_sampleDialog, &RequestSampleDialog::submitted, this, &RequestForm::importSample);
    m_sampleDialog->open(); // window-modal without a nested event loop
}

void RequestForm::importSample()
{
    if (!m_sampleDialog)
        return;
    const EditResult result = SampleImport::importRequest(m_document, m_key, m_sampleDialog->sample());
    if (!result.ok) {
        m_sampleDialog->setError(result.error);
        return;
    }
    m_sampleDialog->accept();
    showNotes(result.notes);
    moved(result.operation);
}

void RequestForm::selectParameter(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    onParameterSelected();
}

int RequestForm::currentParameterRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? current.row() : -1;
}

void RequestForm::onParameterSelected()
{
    m_form->setParameter(m_key, m_model->parameterAt(currentParameterRow()).listPointer());
    updateButtons();
}

void RequestForm::updateButtons()
{
    const int row = currentParameterRow();
    const bool own = row >= 0 && row < m_model->ownCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(own && row > 0);
    m_down->setEnabled(own && row + 1 < m_model->ownCount());
}

void RequestForm::showNotes(const QStringList &notes)
{
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

QString RequestForm::routeProblem() const
{
    return m_routeMessage->problem();
}

RequestSampleDialog *RequestForm::sampleDialog() const
{
    // A closed dialog lingers until its deferred deletion.
    return m_sampleDialog && m_sampleDialog->isVisible() ? m_sampleDialog.data() : nullptr;
}

QString RequestForm::notes() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}
