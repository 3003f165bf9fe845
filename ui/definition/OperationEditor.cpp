#include "OperationEditor.h"

#include "LazyPage.h"
#include "OperationGeneralForm.h"
#include "RequestForm.h"
#include "ResponsesEditor.h"
#include "SchemaEditor.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"
#include "domain/ParameterView.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int ContentMaxWidth = 980;

} // namespace

OperationEditor::OperationEditor(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_stack(new QStackedWidget),
      m_title(new QLabel),
      m_route(new QLabel),
      m_tabs(new QTabWidget),
      m_general(new OperationGeneralForm(document))
{
    auto *empty = new QLabel(tr("Select an operation on the left, or create one with New."));
    empty->setObjectName(QStringLiteral("operationEditorEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setProperty("caption", true);

    m_title->setObjectName(QStringLiteral("operationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_route->setObjectName(QStringLiteral("operationRoute"));
    m_route->setTextFormat(Qt::PlainText);
    m_route->setProperty("caption", true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("operationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolled(m_general), tr("General"));
    // The other sub-tabs are built when first opened: they are most of the Definition tab's widgets.
    m_requestPage = new LazyPage([this] { return scrolled(createRequestTab()); });
    m_tabs->addTab(m_requestPage, tr("Request"));
    m_bodyPage = new LazyPage([this] { return scrolled(createBodyTab()); });
    m_tabs->addTab(m_bodyPage, tr("Body"));
    m_responsesPage = new LazyPage([this] { return scrolled(createResponsesTab()); });
    m_tabs->addTab(m_responsesPage, tr("Responses"));

    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(20, 14, 0, 0);
    editorLayout->setSpacing(2);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(m_route);
    editorLayout->addSpacing(8);
    editorLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setOperation({});
}

QScrollArea *OperationEditor::scrolled(QWidget *content)
{
    // A capped width keeps lines readable on wide windows; the page scrolls on small ones.
    content->setMaximumWidth(ContentMaxWidth);
    auto *canvas = new QWidget;
    auto *layout = new QVBoxLayout(canvas);
    layout->setContentsMargins(0, 14, 20, 8);
    layout->addWidget(content);
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(canvas);
    return scroll;
}

RequestForm *OperationEditor::requestForm()
{
    m_requestPage->content();
    return m_request;
}

ResponsesEditor *OperationEditor::responsesEditor()
{
    m_responsesPage->content();
    return m_responses;
}

SchemaEditor *OperationEditor::bodyEditor()
{
    m_bodyPage->content();
    return m_body;
}

QWidget *OperationEditor::createRequestTab()
{
    m_request = new RequestForm(m_document);
    m_request->setOperation(m_key);
    connect(m_request, &RequestForm::operationMoved, this, [this](const OperationKey &key) {
        m_key = key;
        m_general->setOperation(key);
        refreshHeader();
        if (m_responses)
            m_responses->setOperation(key);
        refreshBody();
        emit operationMoved(key);
    });
    return m_request;
}

QWidget *OperationEditor::createResponsesTab()
{
    m_responses = new ResponsesEditor(m_document, m_dialogs);
    m_responses->setObjectName(QStringLiteral("responsesEditor"));
    m_responses->setOperation(m_key);
    connect(m_responses, &ResponsesEditor::definitionRequested, this, &OperationEditor::definitionRequested);
    return m_responses;
}

QWidget *OperationEditor::createBodyTab()
{
    m_body = new SchemaEditor(m_document);
    m_body->setObjectName(QStringLiteral("bodySchemaEditor"));
    connect(m_body, &SchemaEditor::definitionRequested, this, &OperationEditor::definitionRequested);
    // The schema of the body parameter; a hint when the operation has none.
    m_noBody
        = new QLabel(tr("This operation sends no body. Add a parameter located in \"body\" on the Request "
                        "tab, or import a sample request there."));
    m_noBody->setObjectName(QStringLiteral("noBodyHint"));
    m_noBody->setWordWrap(true);
    m_noBody->setProperty("caption", true);
    m_noBody->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_bodyStack = new QStackedWidget;
    m_bodyStack->addWidget(m_noBody);
    m_bodyStack->addWidget(m_body);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0); // scrolled() adds the margins
    layout->addWidget(m_bodyStack);
    refreshBody();
    return page;
}

void OperationEditor::refreshBody()
{
    if (!m_body)
        return; // built when the Body tab is first opened
    const std::optional<ParameterView> body = OperationView(m_document, m_key).bodyParameter();
    const json::JsonPointer schema
        = body ? body->pointer().child(QStringLiteral("schema")) : json::JsonPointer();
    const bool has = body.has_value() && m_document->value(ConnectorDocument::Part::Definition, schema);
    m_bodyStack->setCurrentIndex(has ? 1 : 0);
    if (has && schema != m_bodySchema)
        m_body->setSchema(schema);
    m_bodySchema = has ? schema : json::JsonPointer();
}

void OperationEditor::setOperation(const OperationKey &key)
{
    const bool other = key != m_key;
    m_key = key;
    m_general->setOperation(key);
    if (m_request)
        m_request->setOperation(key);
    if (other && m_responses)
        m_responses->setOperation(key);
    refreshBody();
    refreshHeader();
}

void OperationEditor::refresh()
{
    m_general->refresh();
    if (m_request)
        m_request->refresh();
    refreshBody();
    refreshHeader();
}

void OperationEditor::refreshHeader()
{
    const OperationView view(m_document, m_key);
    m_stack->setCurrentIndex(view.isValid() ? 1 : 0);
    if (!view.isValid())
        return;
    QString title = view.summary().isEmpty() ? view.operationId() : view.summary();
    if (title.isEmpty())
        title = tr("(no summary)");
    m_title->setText(title);
    QString route = m_key.method.toUpper() + QLatin1Char(' ') + m_key.path;
    if (!view.operationId().isEmpty())
        route += QStringLiteral("   ·   ") + view.operationId();
    if (view.isTrigger())
        route += QStringLiteral("   ·   ") + tr("trigger");
    m_route->setText(route);
}
