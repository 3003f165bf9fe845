#include "TestPage.h"

#include "AsyncOperationTest.h"
#include "ConnectionBar.h"
#include "DialogProvider.h"
#include "HistoryPane.h"
#include "RequestPane.h"
#include "ResponsePane.h"
#include "SchemaCheckPane.h"
#include "SnippetsPane.h"
#include "TestAllPanel.h"
#include "TestAllRun.h"
#include "TestController.h"
#include "TestOperationModel.h"
#include "TestParameterForm.h"
#include "Theme.h"
#include "TwoLineDelegate.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"
#include "domain/SampleImport.h"
#include "runner/ResponseSchemaCheck.h"
#include "runner/TestHistory.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

TestPage::TestPage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_dialogs(dialogs),
      m_controller(new TestController(document, this)),
      m_model(new TestOperationModel(document, this))
{
    setObjectName(QStringLiteral("testPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    m_bar = new ConnectionBar(m_controller, this);
    layout->addWidget(m_bar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("testSplitter"));
    split->addWidget(createOperationList());
    split->addWidget(createRightSide());
    split->setStretchFactor(1, 1);
    split->setSizes({260, 900});
    layout->addWidget(split, 1);

    connect(m_document, &ConnectorDocument::reset, this, &TestPage::reload);
    connect(m_document, &ConnectorDocument::changed, this,
            [this](ConnectorDocument::Part part, const json::JsonPointer &pointer) {
                onDocumentChanged(int(part), pointer.toString());
            });
    AsyncOperationTest *single = m_controller->single();
    connect(single, &AsyncOperationTest::started, this, &TestPage::onStarted);
    connect(single, &AsyncOperationTest::finished, this, &TestPage::onFinished);
    connect(m_form, &TestParameterForm::dynamicValuesRequested, m_controller,
            &TestController::fetchDynamicValues);
    connect(m_controller, &TestController::dynamicValuesReady, m_form, &TestParameterForm::setDynamicChoices);
    connect(m_schema, &SchemaCheckPane::updateSchemaRequested, this, &TestPage::updateSchemaFromResponse);
    connect(m_testAll, &TestAllPanel::runningChanged, this, [this](bool running) {
        m_testAllButton->setEnabled(!running);
        m_test->setEnabled(!running && !m_controller->single()->isRunning());
    });
    connect(m_testAll, &TestAllPanel::operationActivated, this, &TestPage::selectOperation);
    connect(m_controller->all(), &TestAllRun::operationFinished, this,
            [this](int, const OperationTest &test) {
                if (test.request.isValid())
                    m_history->add(TestHistoryEntry::fromTest(test, m_controller->connectionName()),
                                   m_controller->credentials());
            });

    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &TestPage::testOperation);
    send->setContext(Qt::WidgetWithChildrenShortcut);
    auto *sendEnter
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &TestPage::testOperation);
    sendEnter->setContext(Qt::WidgetWithChildrenShortcut);
    auto *find = new QShortcut(QKeySequence::Find, this, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    reload();
}

QWidget *TestPage::createOperationList()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 6, 0, 0);
    m_filter = new QLineEdit(side);
    m_filter->setObjectName(QStringLiteral("operationFilter"));
    m_filter->setPlaceholderText(tr("Filter operations (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter operations"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListView(side);
    m_list->setObjectName(QStringLiteral("testOperations"));
    m_list->setAccessibleName(tr("Operations"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new TwoLineDelegate(TestOperationModel::MethodPathRole, m_list));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const OperationKey key = currentKey();
        m_model->setFilter(text);
        const int row = m_model->rowOf(key);
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TestPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reset drops the selection model's current index silently.
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &TestPage::onCurrentChanged, Qt::UniqueConnection);
    });
    return side;
}

QWidget *TestPage::createRightSide()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(8, 6, 0, 0);
    m_title = new QLabel(top);
    m_title->setObjectName(QStringLiteral("operationTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form = new TestParameterForm(m_document, top);
    m_form->setObjectName(QStringLiteral("parameterForm"));
    auto *scroll = new QScrollArea(top);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_test = new QPushButton(tr("&Test operation"), top);
    m_test->setObjectName(QStringLiteral("testOperation"));
    m_test->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_test->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), top);
    m_cancel->setObjectName(QStringLiteral("cancelTest"));
    m_cancel->setToolTip(tr("Stop the running request (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setEnabled(false);
    m_testAllButton = new QPushButton(tr("Test &all"), top);
    m_testAllButton->setObjectName(QStringLiteral("testAll"));
    m_testAllButton->setToolTip(tr("Call every operation with generated values"));
    m_status = new QLabel(top);
    m_status->setObjectName(QStringLiteral("testStatus"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_testAllButton);
    buttons->addWidget(m_status, 1);
    auto *shortcut = new QLabel(tr("Ctrl+Return sends"), top);
    shortcut->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(shortcut);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_test, &QPushButton::clicked, this, &TestPage::testOperation);
    connect(m_cancel, &QPushButton::clicked, this, &TestPage::cancel);
    connect(m_testAllButton, &QPushButton::clicked, this, &TestPage::testAll);

    m_lower = new QTabWidget(split);
    m_lower->setObjectName(QStringLiteral("testResultTabs"));
    m_lower->setDocumentMode(true);
    m_request = new RequestPane(m_lower);
    m_response = new ResponsePane(m_lower);
    m_schema = new SchemaCheckPane(m_lower);
    m_testAll = new TestAllPanel(m_controller, m_lower);
    m_lower->addTab(m_request, tr("Request"));
    m_lower->addTab(m_response, tr("Response"));
    m_lower->addTab(m_schema, tr("Schema check"));
    m_lower->addTab(m_testAll, tr("Test all"));
    m_snippets = new SnippetsPane(m_lower);
    m_history = new HistoryPane(m_lower);
    m_lower->addTab(m_snippets, tr("Snippets"));
    m_lower->addTab(m_history, tr("History"));
    connect(m_history, &HistoryPane::replayRequested, this, &TestPage::replay);
    split->addWidget(top);
    split->addWidget(m_lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({270, 430}); // the form shows its first rows and the advanced group
    setTabOrder(m_bar->editButton(), m_filter);
    setTabOrder(m_filter, m_list);
    return split;
}

void TestPage::setVisible(bool visible)
{
    // Before the children are shown: fields made later would only appear on the next event-loop turn.
    if (visible)
        ensureLoaded();
    QWidget::setVisible(visible);
}

void TestPage::showEvent(QShowEvent *event)
{
    ensureLoaded(); // shown with its window (no setVisible call of its own)
    QWidget::showEvent(event);
    if (!m_noticeShown) { // the keychain is probed when the tab is first seen, not at start-up
        m_noticeShown = true;
        m_bar->updateNotice();
    }
}

void TestPage::reload()
{
    m_controller->single()->cancel();
    // In a tab not shown, a new document waits for the tab: the form of the first operation
    // alone takes tens of milliseconds on a large connector, at the moment it opens.
    m_reloadPending = window()->isVisible() && !isVisible();
    if (!m_reloadPending)
        load();
}

void TestPage::load()
{
    m_reloadPending = false;
    m_model->rebuild();
    m_bar->reload();
    m_last = OperationTest();
    m_request->clear();
    m_response->clear();
    m_schema->clear();
    m_snippets->clear();
    m_history->setConnector(m_document->folderPath());
    showOperation({}); // a new document: rebuild the form even for the same operation
    m_list->setCurrentIndex(m_model->index(0, 0));
    onCurrentChanged();
}

void TestPage::ensureLoaded()
{
    if (m_reloadPending)
        load();
}

void TestPage::onDocumentChanged(int part, const QString &pointer)
{
    if (m_reloadPending)
        return; // the reload reads the document as it is then
    const auto documentPart = ConnectorDocument::Part(part);
    const json::JsonPointer at = json::JsonPointer::fromString(pointer);
    if (documentPart == ConnectorDocument::Part::Properties) {
        m_bar->reload(); // connection parameters may have changed
        return;
    }
    if (documentPart != ConnectorDocument::Part::Definition)
        return;
    const OperationKey key = currentKey();
    if (OperationIndex::isAffectedBy(documentPart, at)) {
        m_model->rebuild();
        const int row = m_model->rowOf(key);
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    }
    // The form follows the operation's parameters; a schema or response edit leaves the values.
    const bool parameters = at.startsWith(key.pointer().child(QStringLiteral("parameters")))
        || at.startsWith(json::JsonPointer::fromString(QStringLiteral("/parameters")));
    if (parameters && currentKey() == key)
        showOperation(key);
}

// The form's fields are made per operation, after the panes below them: Tab must still go
// from the operation list through the fields, in the order shown, to the buttons.
void TestPage::showOperation(const OperationKey &key)
{
    m_form->setOperation(key);
    QList<QWidget *> order {m_list};
    for (QWidget *w = m_form->nextInFocusChain(); w && w != m_form; w = w->nextInFocusChain()) {
        if (m_form->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            order.append(w);
    }
    order << m_test << m_cancel << m_testAllButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

OperationKey TestPage::currentKey() const
{
    return m_model->keyAt(m_list->currentIndex().row());
}

bool TestPage::selectOperation(const QString &operationId)
{
    ensureLoaded();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(TestOperationModel::OperationIdRole).toString() == operationId) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void TestPage::onCurrentChanged()
{
    const OperationKey key = currentKey();
    if (key == m_form->operation() && key.isValid())
        return;
    showOperation(key);
    const OperationView operation(m_document, key);
    m_title->setText(key.isValid() ? QStringLiteral("<b>%1</b> %2 &nbsp; %3")
                                         .arg(key.method.toUpper(), key.path.toHtmlEscaped(),
                                              operation.summary().toHtmlEscaped())
                                   : tr("No operation to test: add one in the Definition tab."));
    m_test->setEnabled(key.isValid() && !m_controller->single()->isRunning());
}

void TestPage::testOperation()
{
    ensureLoaded();
    const OperationKey key = currentKey();
    if (!key.isValid() || m_controller->single()->isRunning() || m_controller->all()->isRunning())
        return;
    m_lastKey = key;
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet({});
    setRunning(true);
    m_controller->run(key, m_form->input());
}

void TestPage::cancel()
{
    m_controller->single()->cancel();
    m_testAll->cancel();
}

void TestPage::testAll()
{
    ensureLoaded();
    if (m_controller->single()->isRunning())
        return;
    m_lower->setCurrentIndex(TestAllTab);
    m_testAll->start(m_model->allKeys());
}

void TestPage::setRunning(bool running)
{
    m_test->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_testAllButton->setEnabled(!running);
}

void TestPage::onStarted()
{
    m_request->showRequest(m_controller->single()->last().request);
    m_response->showRunning(tr("Waiting for the response…"));
    m_schema->clear();
    m_lower->setCurrentIndex(ResponseTab);
}

void TestPage::onFinished(const OperationTest &test)
{
    setRunning(false);
    m_last = test;
    if (!test.request.isValid()) {
        m_request->showError(test.error);
        m_response->clear();
        m_schema->clear();
        m_status->setText(test.error);
        m_lower->setCurrentIndex(RequestTab);
        return;
    }
    m_request->showRequest(test.request);
    m_snippets->setRequest(test.request);
    m_history->add(TestHistoryEntry::fromTest(test, m_controller->connectionName()),
                   m_controller->credentials());
    m_response->showResult(test.result);
    m_schema->showTest(test);
    m_status->setText(test.passed ? tr("Passed") : test.error);
    const QColor color = test.passed ? Theme::successColor(palette()) : Theme::errorColor(palette());
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(Theme::cssColor(color)));
    if (test.ran && test.schema.checked && !test.schema.valid)
        m_lower->setTabText(SchemaTab, tr("Schema check (%1)").arg(test.schema.mismatches.size()));
    else
        m_lower->setTabText(SchemaTab, tr("Schema check"));
}

void TestPage::replay(const TestHistoryEntry &entry)
{
    if (m_controller->single()->isRunning() || m_controller->all()->isRunning())
        return;
    if (!selectOperation(entry.operationId)) {
        m_status->setText(tr("The operation %1 is no longer in the definition.").arg(entry.operationId));
        return;
    }
    m_lastKey = currentKey();
    m_status->setText(tr("Replaying…"));
    setRunning(true);
    m_controller->single()->startRequest(m_lastKey,
                                         TestHistory::replayRequest(entry, m_controller->credentials()));
}

bool TestPage::updateSchemaFromResponse()
{
    if (!m_last.ran || !m_lastKey.isValid())
        return false;
    const QString code = m_last.schema.checked && !m_last.schema.responseKey.isEmpty()
        ? m_last.schema.responseKey
        : QString::number(m_last.result.status);
    const EditResult result
        = SampleImport::importResponse(m_document, m_lastKey, code, QString::fromUtf8(m_last.result.body));
    if (!result.ok) {
        m_dialogs->showError(this, tr("Update schema"), result.error);
        return false;
    }
    // Check the same response again, now against the new schema.
    const OperationView operation(m_document, m_lastKey);
    m_last.schema
        = ResponseSchemaCheck(*m_document).check(operation, m_last.result.status, m_last.result.body);
    m_last.passed = m_last.result.isSuccess() && m_last.schema.valid;
    m_schema->showTest(m_last);
    m_lower->setTabText(SchemaTab, tr("Schema check"));
    m_status->setText(tr("Schema of response %1 updated from the response (Ctrl+Z undoes)").arg(code));
    return true;
}
