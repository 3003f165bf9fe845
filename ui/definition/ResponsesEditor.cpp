#include "ResponsesEditor.h"

#include "FormStyleSheet.h"
#include "settings/AppSettings.h"

#include "DialogProvider.h"
#include "FormSection.h"
#include "ResponseDetailForm.h"
#include "ResponseListModel.h"
#include "ResponseSampleDialog.h"
#include "SchemaEditor.h"
#include "Theme.h"
#include "UndoShortcutFilter.h"
#include "domain/OperationView.h"
#include "domain/ResponseEdits.h"
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
    : QWidget(parent), m_document(document), m_dialogs(dialogs), m_list(new ResponseListModel(document, this))
{
    setObjectName(QStringLiteral("responsesEditor"));
    FormStyleSheet::install(this);
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
}

QWidget *ResponsesEditor::buildListPane()
{
    auto *pane
        = new FormSection(tr("Responses"), tr("Status codes the operation returns; default is any other."));
    pane->setFixedWidth(ListPaneWidth);
    m_listView = new QListView;
    m_listView->setObjectName(QStringLiteral("responseList"));
    m_listView->setAccessibleName(tr("Responses"));
    m_listView->setModel(m_list);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    pane->body()->addWidget(m_listView, 1);

    m_newCode = new QLineEdit;
    m_newCode->setObjectName(QStringLiteral("newResponseCodeEdit"));
    m_newCode->setAccessibleName(tr("New response status code"));
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
    m_form = new ResponseDetailForm(m_document);
    connect(m_form, &ResponseDetailForm::editFinished, this, &ResponsesEditor::showResult);
    connect(m_form, &ResponseDetailForm::definitionRequested, this, &ResponsesEditor::definitionRequested);
    m_detail->addWidget(m_form);
    auto *undoFilter = new UndoShortcutFilter(this);
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
    m_currentCode = currentCode();
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
        m_form->setResponse({}, {});
        return;
    }
    m_detail->setCurrentIndex(1);
    m_form->setResponse(*response,
                        response->isDefault() ? tr("default: any other status code")
                                              : tr("Status %1 (%2)")
                                                    .arg(response->statusCode(),
                                                         SampleImport::reasonPhrase(response->statusCode())));
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

ResponseHeadersModel *ResponsesEditor::headersModel() const
{
    return m_form->headersModel();
}

SchemaEditor *ResponsesEditor::schemaEditor() const
{
    return m_form->schemaEditor();
}
