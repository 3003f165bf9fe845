#include "ResponsesEditor.h"

#include "settings/AppSettings.h"

#include "DialogProvider.h"
#include "FormSection.h"
#include "domain/ResponseEdits.h"
#include "ResponseHeadersModel.h"
#include "ResponseListModel.h"
#include "ResponseSampleDialog.h"
#include "SchemaEditor.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"
#include "domain/OperationView.h"
#include "domain/SampleImport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using json::JsonPointer;

namespace {
constexpr int ListPaneWidth = 250;
}

ResponsesEditor::ResponsesEditor(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_list(new ResponseListModel(document, this)),
      m_headers(new ResponseHeadersModel(document, this))
{
    setObjectName(QStringLiteral("responsesEditor"));
    setStyleSheet(Theme::formStyleSheet(palette()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(buildListPane());
    layout->addWidget(buildDetailPane(), 1);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResponsesEditor::onCurrentChanged);
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selected code when the list changes around it.
        if (!selectResponse(m_currentCode) && m_list->rowCount() > 0)
            m_listView->setCurrentIndex(m_list->index(0));
        onCurrentChanged();
    });
    connect(m_list, &QAbstractItemModel::dataChanged, this, &ResponsesEditor::refreshDetail);
    connect(m_headers, &ResponseHeadersModel::editFailed, this,
            [this](const QString &error) { showResult(EditResult::failure(error)); });
}

QWidget *ResponsesEditor::buildListPane()
{
    auto *pane
        = new FormSection(tr("Responses"), tr("Status codes the operation returns; default is any other."));
    pane->setFixedWidth(ListPaneWidth);
    m_listView = new QListView;
    m_listView->setObjectName(QStringLiteral("responseList"));
    m_listView->setModel(m_list);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    pane->body()->addWidget(m_listView, 1);

    m_newCode = new QLineEdit;
    m_newCode->setObjectName(QStringLiteral("newResponseCodeEdit"));
    m_newCode->setPlaceholderText(tr("Code, e.g. 404"));
    m_add = new QPushButton(tr("Add"));
    m_add->setObjectName(QStringLiteral("addResponseButton"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addResponse(m_newCode->text()).ok)
            m_newCode->clear();
    });
    connect(m_newCode, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newCode, 1);
    addRow->addWidget(m_add);
    pane->body()->addLayout(addRow);

    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeResponseButton"));
    connect(m_remove, &QPushButton::clicked, this, &ResponsesEditor::removeCurrentResponse);
    m_import = new QPushButton(tr("Import from sample..."));
    m_import->setObjectName(QStringLiteral("importResponseSampleButton"));
    connect(m_import, &QPushButton::clicked, this, &ResponsesEditor::importFromSample);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_remove);
    actions->addStretch(1);
    pane->body()->addLayout(actions);
    pane->body()->addWidget(m_import);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("responsesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::cssColor(Theme::errorColor(palette()))));
    m_error->hide();
    pane->body()->addWidget(m_error);
    return pane;
}

QWidget *ResponsesEditor::buildDetailPane()
{
    m_detail = new QStackedWidget;
    auto *empty = new QLabel(tr("Select or add a response."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setProperty("caption", true);
    m_detail->addWidget(empty);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *response = new FormSection(tr("Response"), {});
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("responseHeading"));
    m_heading->setProperty("caption", true);
    response->body()->insertWidget(1, m_heading);
    m_sharedNote = new QLabel;
    m_sharedNote->setProperty("caption", true);
    m_sharedNote->setWordWrap(true);
    response->body()->insertWidget(2, m_sharedNote);
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("responseDescriptionEdit"));
    m_description->setPlaceholderText(tr("What this response means, e.g. \"The employee.\""));
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        showResult(ResponseEdits::setDescription(m_document, currentResponsePointer(), text));
    });
    response->addRow(tr("Description"), m_description);

    m_headerTable = new QTableView;
    m_headerTable->setObjectName(QStringLiteral("responseHeadersTable"));
    m_headerTable->setModel(m_headers);
    m_headerTable->verticalHeader()->hide();
    m_headerTable->horizontalHeader()->setStretchLastSection(true);
    m_headerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_headerTable->setFixedHeight(m_headerTable->fontMetrics().height() * 6 + 12);
    m_headerTable->setColumnWidth(ResponseHeadersModel::NameColumn, 160);
    m_addHeader = new QPushButton(tr("Add header"));
    m_addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        QString name = QStringLiteral("X-Header");
        for (int n = 2; m_headers->rowOf(name) >= 0; ++n)
            name = QStringLiteral("X-Header-%1").arg(n);
        const EditResult result = ResponseEdits::addHeader(m_document, currentResponsePointer(), name);
        showResult(result);
        if (result.ok) {
            const QModelIndex index
                = m_headers->index(m_headers->rowOf(name), ResponseHeadersModel::NameColumn);
            m_headerTable->setCurrentIndex(index);
            m_headerTable->edit(index);
        }
    });
    m_removeHeader = new QPushButton(tr("Remove header"));
    m_removeHeader->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const QString name = m_headers->nameAt(m_headerTable->currentIndex().row());
        if (!name.isEmpty())
            showResult(ResponseEdits::removeHeader(m_document, currentResponsePointer(), name));
    });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch(1);
    auto *headers = new QVBoxLayout;
    headers->setSpacing(4);
    headers->addWidget(m_headerTable);
    headers->addLayout(headerButtons);
    response->addRow(tr("Headers"), headers);
    layout->addWidget(response);

    auto *schemaCard = new FormSection(tr("Body schema"), tr("The shape of the response body."));
    m_schemaStack = new QStackedWidget;
    auto *noSchema = new QWidget;
    auto *noSchemaLayout = new QHBoxLayout(noSchema);
    auto *noSchemaText = new QLabel(tr("This response has no body."));
    noSchemaText->setProperty("caption", true);
    m_addSchema = new QPushButton(tr("Add schema"));
    m_addSchema->setObjectName(QStringLiteral("addSchemaButton"));
    connect(m_addSchema, &QPushButton::clicked, this,
            [this] { showResult(ResponseEdits::addSchema(m_document, currentResponsePointer())); });
    noSchemaLayout->addWidget(noSchemaText);
    noSchemaLayout->addWidget(m_addSchema);
    noSchemaLayout->addStretch(1);
    m_schemaStack->addWidget(noSchema);
    auto *withSchema = new QWidget;
    auto *withSchemaLayout = new QVBoxLayout(withSchema);
    withSchemaLayout->setContentsMargins(0, 0, 0, 0);
    m_schema = new SchemaEditor(m_document);
    connect(m_schema, &SchemaEditor::definitionRequested, this, &ResponsesEditor::definitionRequested);
    m_removeSchema = new QPushButton(tr("Remove schema"));
    m_removeSchema->setObjectName(QStringLiteral("removeSchemaButton"));
    connect(m_removeSchema, &QPushButton::clicked, this,
            [this] { showResult(ResponseEdits::removeSchema(m_document, currentResponsePointer())); });
    withSchemaLayout->addWidget(m_schema, 1);
    withSchemaLayout->addWidget(m_removeSchema, 0, Qt::AlignLeft);
    m_schemaStack->addWidget(withSchema);
    schemaCard->body()->addWidget(m_schemaStack, 1);
    layout->addWidget(schemaCard, 1);

    m_detail->addWidget(page);
    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watch(m_description);
    undoFilter->watch(m_newCode);
    return m_detail;
}

void ResponsesEditor::setOperation(const OperationKey &key)
{
    m_key = key;
    m_currentCode.clear();
    m_error->hide();
    m_list->setOperation(key);
    if (m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(0));
    onCurrentChanged();
}

bool ResponsesEditor::selectResponse(const QString &code)
{
    const int row = m_list->rowOf(code);
    if (code.isEmpty() || row < 0)
        return false;
    m_listView->setCurrentIndex(m_list->index(row));
    return true;
}

QString ResponsesEditor::currentCode() const
{
    return m_listView->currentIndex().data(ResponseListModel::CodeRole).toString();
}

JsonPointer ResponsesEditor::currentResponsePointer() const
{
    const auto response = OperationView(m_document, m_key).response(currentCode());
    return response ? response->pointer() : JsonPointer();
}

QString ResponsesEditor::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ResponsesEditor::showResult(const EditResult &result)
{
    m_error->setVisible(!result.ok);
    m_error->setText(result.error);
}

void ResponsesEditor::onCurrentChanged()
{
    const QString code = currentCode();
    const bool changed = code != m_currentCode;
    m_currentCode = code;
    const JsonPointer response = currentResponsePointer();
    if (changed || m_headers->response() != response)
        m_headers->setResponse(response);
    refreshDetail();
}

void ResponsesEditor::refreshDetail()
{
    const bool editable = m_key.isValid() && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_import->setEnabled(editable);
    const auto response = OperationView(m_document, m_key).response(currentCode());
    m_remove->setEnabled(editable && response.has_value());
    if (!response) {
        m_detail->setCurrentIndex(0);
        m_schema->setSchema({});
        return;
    }
    m_detail->setCurrentIndex(1);
    m_heading->setText(response->isDefault() ? tr("default: any other status code")
                                             : tr("Status %1 (%2)")
                                                   .arg(response->statusCode(),
                                                        SampleImport::reasonPhrase(response->statusCode())));
    m_sharedNote->setVisible(response->isReference());
    m_sharedNote->setText(tr("Shared response %1: changes apply to every operation that uses it.")
                              .arg(response->referenceName()));
    if (m_description->text() != response->description())
        m_description->setText(response->description());
    const bool hasSchema = response->hasSchema();
    m_schemaStack->setCurrentIndex(hasSchema ? 1 : 0);
    const JsonPointer schema = hasSchema ? response->schema().pointer() : JsonPointer();
    if (m_schema->schemaPointer() != schema)
        m_schema->setSchema(schema);
    m_removeHeader->setEnabled(m_headers->rowCount() > 0);
}

EditResult ResponsesEditor::addResponse(const QString &code)
{
    const EditResult result = ResponseEdits::addResponse(m_document, m_key, code);
    showResult(result);
    if (result.ok)
        selectResponse(code.trimmed());
    return result;
}

EditResult ResponsesEditor::removeCurrentResponse()
{
    const QString code = currentCode();
    if (code.isEmpty())
        return EditResult::failure(tr("No response is selected."));
    if (AppSettings::instance()->confirmDeletions()
        && !m_dialogs->confirm(this, tr("Remove response"),
                            tr("Remove the %1 response with its schema and headers?").arg(code)))
        return EditResult::failure(QString());
    const EditResult result = ResponseEdits::removeResponse(m_document, m_key, code);
    showResult(result);
    return result;
}

ResponseSampleDialog *ResponsesEditor::sampleDialog() const
{
    return m_sampleDialog;
}

void ResponsesEditor::importFromSample()
{
    if (!m_sampleDialog) {
        m_sampleDialog = new ResponseSampleDialog(this);
        connect(m_sampleDialog, &ResponseSampleDialog::importRequested, this, &ResponsesEditor::applySample);
    }
    const QString code = currentCode();
    m_sampleDialog->setStatusCode(code.isEmpty() ? QStringLiteral("200") : code);
    m_sampleDialog->setProblem({});
    m_sampleDialog->open(); // window-modal without a nested event loop
}

void ResponsesEditor::applySample()
{
    const QString code = m_sampleDialog->statusCode();
    const EditResult result = SampleImport::importResponse(m_document, m_key, code, m_sampleDialog->body(),
                                                           m_sampleDialog->headers());
    if (!result.ok) {
        m_sampleDialog->setProblem(result.error);
        return;
    }
    m_sampleDialog->accept();
    showResult(result);
    selectResponse(code);
}
