#include "ResponseDetailForm.h"

#include "FormSection.h"
#include "ResponseHeadersModel.h"
#include "SchemaEditor.h"
#include "UndoShortcutFilter.h"
#include "domain/ResponseEdits.h"
#include "domain/ResponseView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using json::JsonPointer;

ResponseDetailForm::ResponseDetailForm(ConnectorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_headers(new ResponseHeadersModel(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(buildResponseCard());
    layout->addWidget(buildSchemaCard(), 1);
    connect(m_headers, &ResponseHeadersModel::editFailed, this,
            [this](const QString &error) { report(EditResult::failure(error)); });
    auto *undoFilter = new UndoShortcutFilter(this);
    undoFilter->watch(m_description);
}

QWidget *ResponseDetailForm::buildResponseCard()
{
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
    m_description->setAccessibleName(tr("Response description"));
    m_description->setPlaceholderText(tr("What this response means, e.g. \"The employee.\""));
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        report(ResponseEdits::setDescription(m_document, m_response, text));
    });
    response->addRow(tr("Description"), m_description);

    m_headerTable = new QTableView;
    m_headerTable->setObjectName(QStringLiteral("responseHeadersTable"));
    m_headerTable->setAccessibleName(tr("Response headers"));
    m_headerTable->setModel(m_headers);
    m_headerTable->verticalHeader()->hide();
    m_headerTable->horizontalHeader()->setStretchLastSection(true);
    m_headerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_headerTable->setFixedHeight(m_headerTable->fontMetrics().height() * 6 + 12);
    m_headerTable->setColumnWidth(ResponseHeadersModel::NameColumn, 160);
    auto *add = new QPushButton(tr("Add header"));
    add->setObjectName(QStringLiteral("addHeaderButton"));
    connect(add, &QPushButton::clicked, this, &ResponseDetailForm::addHeader);
    m_removeHeader = new QPushButton(tr("Remove header"));
    m_removeHeader->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const QString name = m_headers->nameAt(m_headerTable->currentIndex().row());
        if (!name.isEmpty())
            report(ResponseEdits::removeHeader(m_document, m_response, name));
    });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(add);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch(1);
    auto *headers = new QVBoxLayout;
    headers->setSpacing(4);
    headers->addWidget(m_headerTable);
    headers->addLayout(headerButtons);
    response->addRow(tr("Headers"), headers);
    return response;
}

QWidget *ResponseDetailForm::buildSchemaCard()
{
    auto *schemaCard = new FormSection(tr("Body schema"), tr("The shape of the response body."));
    m_schemaStack = new QStackedWidget;
    auto *noSchema = new QWidget;
    auto *noSchemaLayout = new QHBoxLayout(noSchema);
    auto *noSchemaText = new QLabel(tr("This response has no body."));
    noSchemaText->setProperty("caption", true);
    auto *addSchema = new QPushButton(tr("Add schema"));
    addSchema->setObjectName(QStringLiteral("addSchemaButton"));
    connect(addSchema, &QPushButton::clicked, this,
            [this] { report(ResponseEdits::addSchema(m_document, m_response)); });
    noSchemaLayout->addWidget(noSchemaText);
    noSchemaLayout->addWidget(addSchema);
    noSchemaLayout->addStretch(1);
    m_schemaStack->addWidget(noSchema);
    auto *withSchema = new QWidget;
    auto *withSchemaLayout = new QVBoxLayout(withSchema);
    withSchemaLayout->setContentsMargins(0, 0, 0, 0);
    m_schema = new SchemaEditor(m_document);
    connect(m_schema, &SchemaEditor::definitionRequested, this, &ResponseDetailForm::definitionRequested);
    auto *removeSchema = new QPushButton(tr("Remove schema"));
    removeSchema->setObjectName(QStringLiteral("removeSchemaButton"));
    connect(removeSchema, &QPushButton::clicked, this,
            [this] { report(ResponseEdits::removeSchema(m_document, m_response)); });
    withSchemaLayout->addWidget(m_schema, 1);
    withSchemaLayout->addWidget(removeSchema, 0, Qt::AlignLeft);
    m_schemaStack->addWidget(withSchema);
    schemaCard->body()->addWidget(m_schemaStack, 1);
    return schemaCard;
}

void ResponseDetailForm::addHeader()
{
    QString name = QStringLiteral("X-Header");
    for (int n = 2; m_headers->rowOf(name) >= 0; ++n)
        name = QStringLiteral("X-Header-%1").arg(n);
    const EditResult result = ResponseEdits::addHeader(m_document, m_response, name);
    report(result);
    if (result.ok) {
        const QModelIndex index = m_headers->index(m_headers->rowOf(name), ResponseHeadersModel::NameColumn);
        m_headerTable->setCurrentIndex(index);
        m_headerTable->edit(index);
    }
}

void ResponseDetailForm::setResponse(const ResponseView &view, const QString &heading)
{
    const JsonPointer response = view.isValid() ? view.pointer() : JsonPointer();
    if (m_headers->response() != response)
        m_headers->setResponse(response);
    m_response = response;
    if (!view.isValid()) {
        m_schema->setSchema({});
        return;
    }
    m_heading->setText(heading);
    m_sharedNote->setVisible(view.isReference());
    m_sharedNote->setText(
        tr("Shared response %1: changes apply to every operation that uses it.").arg(view.referenceName()));
    if (m_description->text() != view.description())
        m_description->setText(view.description());
    const bool hasSchema = view.hasSchema();
    m_schemaStack->setCurrentIndex(hasSchema ? 1 : 0);
    const JsonPointer schema = hasSchema ? view.schema().pointer() : JsonPointer();
    if (m_schema->schemaPointer() != schema)
        m_schema->setSchema(schema);
    m_removeHeader->setEnabled(m_headers->rowCount() > 0);
}
