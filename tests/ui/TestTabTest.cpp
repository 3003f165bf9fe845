// The Test tab driven offscreen against the built-in demo API (QHttpServer on 127.0.0.1, started
// by the tab for the sample): a call with the request (key masked) and response shown, enum
// drop-downs, a schema mismatch fixed by "Update schema" and undone to the same bytes, cancel
// of the slow endpoint, Test all over the sample's operations, a connection created in place,
// dynamic values loaded from another operation, and the models under QAbstractItemModelTester.
#include "DocumentController.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "WindowFixture.h"
#include "connections/ConnectionDialog.h"
#include "connections/SecretStore.h"
#include "demo/DemoServer.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationEdits.h"
#include "runner/TestHistory.h"
#include "test/ConnectionBar.h"
#include "test/HistoryPane.h"
#include "test/RequestPane.h"
#include "test/ResponsePane.h"
#include "test/SchemaCheckPane.h"
#include "test/SnippetsPane.h"
#include "test/TestAllModel.h"
#include "test/TestAllPanel.h"
#include "test/TestController.h"
#include "test/TestOperationModel.h"
#include "test/TestPage.h"
#include "test/TestParameterForm.h"
#include "json/JsonParser.h"

#include "settings/AppSettings.h"
#include <QAbstractItemModelTester>
#include <QComboBox>

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using Part = ConnectorDocument::Part;
using json::JsonPointer;

class TestTabTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WindowFixture::isolateSettings(QStringLiteral("ui_test_tab")); }
    void init();
    void cleanup() { m_f.stop(); }

    void sampleUsesDemoAndShowsRequestAndResponse();
    void enumDropDownAndAdvancedGroup();
    void schemaMismatchUpdatedAndUndone();
    void internalHiddenRequiredMarked();
    void cancelSlowRequest();
    void preferencesTimeoutAndRetries();
    void testAllFillsTable();
    void filterAndModels();
    void connectionCreatedInPlace();
    void dynamicValuesLoaded();
    void snippetsAndHistory();
    void newDocumentLoadedWhenTabShown();

private:
    TestPage *page() const
    {
        return qobject_cast<TestPage *>(m_f.window->tabs()->widget(MainWindow::TestTab));
    }
    bool send();

    WindowFixture m_f;
    SecretStore m_secrets {SecretStore::Mode::MemoryOnly};
};

void TestTabTest::init()
{
    QVERIFY(m_f.start());
    m_f.window->controller()->setRemembersRecent(false);
    QVERIFY(page());
    page()->controller()->setSecretStore(&m_secrets);
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("contoso-hr"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::TestTab);
    QVERIFY(page()->isVisible());
}

// A document opened while the Test tab is not shown waits for the tab (the form of its first
// operation is a large part of opening a large connector); shown, the tab has the document as it
// is then, edits made meanwhile included.
void TestTabTest::newDocumentLoadedWhenTabShown()
{
    TestPage *p = page();
    const int rows = p->operations()->rowCount();
    QVERIFY(rows > 1);
    m_f.window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    QVERIFY(m_f.window->controller()->newBlank());
    QCOMPARE(p->operations()->rowCount(), rows); // not read yet
    QVERIFY(OperationEdits::addOperation(m_f.window->document(), QStringLiteral("get"),
                                         QStringLiteral("/things/{id}"), QStringLiteral("GetThing"),
                                         QStringLiteral("Get a thing"))
                .ok);
    m_f.window->tabs()->setCurrentIndex(MainWindow::TestTab);
    QCOMPARE(p->operations()->rowCount(), 1);
    QCOMPARE(p->form()->operation(), OperationKey(QStringLiteral("/things/{id}"), QStringLiteral("get")));
    QVERIFY(p->form()->editor(QStringLiteral("id")));
    QVERIFY(p->form()->editor(QStringLiteral("id"))->isVisible());
    // Shown, it follows the document at once again.
    QVERIFY(OperationEdits::addOperation(m_f.window->document(), QStringLiteral("post"),
                                         QStringLiteral("/things"), QStringLiteral("AddThing"),
                                         QStringLiteral("Add a thing"))
                .ok);
    QCOMPARE(p->operations()->rowCount(), 2);
}

// Clicks Test operation and waits for the response (or the failure).
bool TestTabTest::send()
{
    TestPage *p = page();
    if (!p->testButton()->isEnabled())
        return false;
    QTest::mouseClick(p->testButton(), Qt::LeftButton);
    return QTest::qWaitFor([p] { return p->testButton()->isEnabled(); }, 15000);
}

void TestTabTest::sampleUsesDemoAndShowsRequestAndResponse()
{
    TestPage *p = page();
    // The sample gets the demo API without any setup, and the memory-only notice is plain.
    QCOMPARE(p->controller()->target(), TestController::Target::Demo);
    QVERIFY(p->connectionBar()->combo()->currentText().contains(QStringLiteral("demo")));
    QVERIFY(p->connectionBar()->notice()->isVisible());
    QVERIFY(p->connectionBar()->notice()->details().contains(QStringLiteral("in memory only")));
    const QString key = p->controller()->demoServer()->apiKey();
    QVERIFY(!key.isEmpty());

    QVERIFY(p->selectOperation(QStringLiteral("ListEmployees")));
    auto *department = qobject_cast<QLineEdit *>(p->form()->editor(QStringLiteral("department")));
    QVERIFY(department);
    department->clear();
    QTest::keyClicks(department, QStringLiteral("Sales"));
    QVERIFY(send());

    const QString request = p->requestPane()->text();
    QVERIFY2(request.startsWith(QStringLiteral("GET http://127.0.0.1:")), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("department=Sales")), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("X-API-Key: ***")), qPrintable(request));
    QVERIFY2(!request.contains(key), "the API key must be masked");
    QVERIFY2(p->responsePane()->summary().startsWith(QStringLiteral("200 OK")),
             qPrintable(p->responsePane()->summary()));
    QCOMPARE(p->responsePane()->bodyKind(), ResponsePane::BodyKind::Json);
    QVERIFY(p->responsePane()->bodyText().contains(QStringLiteral("\"department\": \"Sales\"")));
    QVERIFY(p->responsePane()->headers()->topLevelItemCount() > 0);
    QVERIFY(p->lastTest().passed);
    QVERIFY2(p->schemaPane()->summary().contains(QStringLiteral("matches")),
             qPrintable(p->schemaPane()->summary()));

    // The keyboard sends too.
    const int before = p->controller()->demoServer()->requestCount();
    p->form()->editor(QStringLiteral("department"))->setFocus();
    QTest::keyClick(p->form()->editor(QStringLiteral("department")), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return p->controller()->demoServer()->requestCount() > before; }, 5000));
    QVERIFY(QTest::qWaitFor([p] { return p->testButton()->isEnabled(); }, 5000));
}

void TestTabTest::enumDropDownAndAdvancedGroup()
{
    TestPage *p = page();
    QVERIFY(p->selectOperation(QStringLiteral("ListEmployees")));
    // "status" and "top" are advanced: in a collapsed group after the others.
    QToolButton *advanced = p->form()->advancedToggle();
    QVERIFY(advanced);
    auto *status = qobject_cast<QComboBox *>(p->form()->editor(QStringLiteral("status")));
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    QTest::mouseClick(advanced, Qt::LeftButton);
    QVERIFY(status->isVisible());
    QStringList values;
    for (int i = 0; i < status->count(); ++i)
        values.append(status->itemData(i).toString());
    QCOMPARE(values,
             (QStringList {QString(), QStringLiteral("active"), QStringLiteral("onLeave"),
                           QStringLiteral("terminated")}));
    status->setCurrentIndex(status->findData(QStringLiteral("onLeave")));
    QVERIFY(send());
    QVERIFY2(p->requestPane()->text().contains(QStringLiteral("status=onLeave")),
             qPrintable(p->requestPane()->text()));
    QVERIFY(p->responsePane()->summary().startsWith(QStringLiteral("200")));
    QVERIFY(!p->responsePane()->bodyText().contains(QStringLiteral("\"active\"")));
}

void TestTabTest::schemaMismatchUpdatedAndUndone()
{
    TestPage *p = page();
    ConnectorDocument *document = m_f.window->document();
    // The list's schema says "value" is a string: the demo's array is a mismatch.
    QString error;
    auto schema = json::JsonParser::parseValue(
        QStringLiteral(R"({"type": "object", "properties": {"value": {"type": "string"}}})"), &error);
    QVERIFY(schema);
    QVERIFY(document->setValue(
        Part::Definition,
        JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/responses/200/schema")),
        std::move(schema), &error));
    const QByteArray before = document->file(Part::Definition).toBytes();
    const int undoIndex = document->undoStack()->index();

    QVERIFY(p->selectOperation(QStringLiteral("ListEmployees")));
    QVERIFY(send());
    QVERIFY(!p->lastTest().passed);
    QTreeWidget *mismatches = p->schemaPane()->mismatches();
    QCOMPARE(mismatches->topLevelItemCount(), 1);
    QCOMPARE(mismatches->topLevelItem(0)->text(0), QStringLiteral("$.value"));
    QVERIFY2(mismatches->topLevelItem(0)->text(1).contains(QStringLiteral("string")),
             qPrintable(mismatches->topLevelItem(0)->text(1)));
    QVERIFY2(mismatches->topLevelItem(0)->text(2).contains(QStringLiteral("array")),
             qPrintable(mismatches->topLevelItem(0)->text(2)));
    QVERIFY(p->lowerTabs()->tabText(TestPage::SchemaTab).contains(QStringLiteral("(1)")));

    p->lowerTabs()->setCurrentIndex(TestPage::SchemaTab);
    QVERIFY(p->schemaPane()->updateButton()->isEnabled());
    QTest::mouseClick(p->schemaPane()->updateButton(), Qt::LeftButton);
    QCOMPARE(document->undoStack()->index(), undoIndex + 1); // one undo step
    QVERIFY2(p->schemaPane()->summary().contains(QStringLiteral("matches")),
             qPrintable(p->schemaPane()->summary()));
    QCOMPARE(mismatches->topLevelItemCount(), 0);
    QVERIFY(document->file(Part::Definition).toBytes() != before);
    // A new call passes against the updated schema.
    QVERIFY(send());
    QVERIFY(p->lastTest().passed);

    document->undoStack()->undo();
    QCOMPARE(document->file(Part::Definition).toBytes(), before);
}

void TestTabTest::internalHiddenRequiredMarked()
{
    TestPage *p = page();
    QVERIFY(p->selectOperation(QStringLiteral("GetEmployee")));
    QWidget *id = p->form()->editor(QStringLiteral("employeeId"));
    QVERIFY(id);
    QVERIFY2(id->accessibleName().contains(QStringLiteral("(required)")), qPrintable(id->accessibleName()));
    QCOMPARE(p->form()->value(QStringLiteral("employeeId")), QStringLiteral("e1001")); // x-ms-test-value
    // An internal parameter leaves the form (the form follows the edit) but keeps its value.
    QVERIFY(p->selectOperation(QStringLiteral("ListEmployees")));
    QVERIFY(p->form()->editor(QStringLiteral("top")));
    QString error;
    QVERIFY(m_f.window->document()->setString(
        Part::Definition,
        JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/parameters/3/x-ms-visibility")),
        QStringLiteral("internal"), &error));
    QVERIFY(!p->form()->editor(QStringLiteral("top")));
    QCOMPARE(p->form()->input().values.value(QStringLiteral("top")), QStringList {QStringLiteral("50")});
    QVERIFY(send());
    QVERIFY2(p->requestPane()->text().contains(QStringLiteral("top=50")),
             qPrintable(p->requestPane()->text()));
}

void TestTabTest::cancelSlowRequest()
{
    TestPage *p = page();
    QVERIFY(p->selectOperation(QStringLiteral("GetHeadcountReport")));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(p->testButton(), Qt::LeftButton);
    QVERIFY(p->cancelButton()->isEnabled());
    QVERIFY(!p->testButton()->isEnabled());
    QTest::qWait(200); // the GUI keeps running while the demo waits 1.5 s
    QTest::mouseClick(p->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([p] { return p->testButton()->isEnabled(); }, 1000));
    QVERIFY2(clock.elapsed() < 1400, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(p->lastTest().result.cancelled);
    QVERIFY2(p->responsePane()->summary().contains(QStringLiteral("Cancelled")),
             qPrintable(p->responsePane()->summary()));
    QVERIFY(!p->cancelButton()->isEnabled());
}

// Edit > Preferences: a 1 s timeout and no retries make the slow report (1.5 s) time out after
// one attempt; the settings are restored for the other tests.
void TestTabTest::preferencesTimeoutAndRetries()
{
    AppSettings *settings = AppSettings::instance();
    const int timeout = settings->requestTimeoutSeconds();
    const int retries = settings->requestRetries();
    settings->setRequestTimeoutSeconds(1);
    settings->setRequestRetries(0);
    TestPage *p = page();
    QVERIFY(p->selectOperation(QStringLiteral("GetHeadcountReport")));
    QTest::mouseClick(p->testButton(), Qt::LeftButton);
    const bool finished = QTest::qWaitFor([p] { return p->testButton()->isEnabled(); }, 10000);
    settings->setRequestTimeoutSeconds(timeout);
    settings->setRequestRetries(retries);
    QVERIFY(finished);
    QVERIFY(p->lastTest().result.timedOut);
    QCOMPARE(p->lastTest().result.attempts.size(), 1);
}

void TestTabTest::testAllFillsTable()
{
    TestPage *p = page();
    TestAllPanel *panel = p->testAllPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::mouseClick(p->testAllButton(), Qt::LeftButton);
    QCOMPARE(p->lowerTabs()->currentIndex(), int(TestPage::TestAllTab));
    QVERIFY(panel->cancelButton()->isEnabled());
    QVERIFY(QTest::qWaitFor([panel] { return !panel->cancelButton()->isEnabled(); }, 30000));
    TestAllModel *model = panel->model();
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->finishedCount(), 7);
    QCOMPARE(panel->progress()->value(), 7);
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->index(row, TestAllModel::OperationColumn).data().toString());
        QVERIFY2(model->result(row).ran, qPrintable(model->result(row).error)); // every one got an answer
        QVERIFY(model->index(row, TestAllModel::StatusColumn).data().toInt() >= 200);
        QVERIFY(model->index(row, TestAllModel::TimeColumn).data().toString().endsWith(QStringLiteral("ms")));
    }
    QVERIFY(ids.contains(QStringLiteral("ListEmployees")));
    QVERIFY(ids.contains(QStringLiteral("ListAuditEvents")));
    const int list = int(ids.indexOf(QStringLiteral("ListEmployees")));
    QCOMPARE(model->index(list, TestAllModel::SchemaColumn).data().toString(), QStringLiteral("valid"));
    QVERIFY(model->passedCount() >= 5);
    QVERIFY2(panel->summary().contains(QStringLiteral("of 7 passed")), qPrintable(panel->summary()));
    // The audit log answered 429 first: the retry is in its attempts.
    const int audit = int(ids.indexOf(QStringLiteral("ListAuditEvents")));
    QVERIFY(model->result(audit).result.attempts.size() >= 2);
    QCOMPARE(model->result(audit).result.status, 200);
}

void TestTabTest::filterAndModels()
{
    TestPage *p = page();
    QAbstractItemModelTester tester(p->operations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(p->operations()->rowCount(), 7);
    QTest::keyClicks(p->filter(), QStringLiteral("audit"));
    QCOMPARE(p->operations()->rowCount(), 1);
    QCOMPARE(p->operationList()->currentIndex().data(TestOperationModel::OperationIdRole).toString(),
             QStringLiteral("ListAuditEvents"));
    QCOMPARE(p->form()->operation().path, QStringLiteral("/audit-log"));
    p->filter()->clear();
    QCOMPARE(p->operations()->rowCount(), 7);
    // A new operation in the Definition shows up in the list.
    QString error;
    auto operation = json::JsonParser::parseValue(
        QStringLiteral(
            R"({"operationId": "Ping", "summary": "Ping", "responses": {"200": {"description": "OK"}}})"),
        &error);
    QVERIFY(m_f.window->document()->setValue(Part::Definition,
                                             JsonPointer::fromString(QStringLiteral("/paths/~1ping/get")),
                                             std::move(operation), &error));
    QCOMPARE(p->operations()->rowCount(), 8);
    m_f.window->document()->undoStack()->undo();
    QCOMPARE(p->operations()->rowCount(), 7);
}

void TestTabTest::connectionCreatedInPlace()
{
    TestPage *p = page();
    ConnectionBar *bar = p->connectionBar();
    QTest::mouseClick(bar->newButton(), Qt::LeftButton);
    auto *dialog = bar->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("connectionName"));
    QVERIFY(name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Staging"));
    auto *apiKey = dialog->findChild<QLineEdit *>(QStringLiteral("api_key"));
    QVERIFY(apiKey);
    QTest::keyClicks(apiKey, QStringLiteral("staging-secret"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveConnection")), Qt::LeftButton);
    QVERIFY(
        QTest::qWaitFor([bar] { return bar->combo()->currentText() == QStringLiteral("Staging"); }, 2000));
    QCOMPARE(p->controller()->target(), TestController::Target::Stored);
    QCOMPARE(p->controller()->credentials().apiKey, QStringLiteral("staging-secret"));
    QVERIFY(bar->editButton()->isEnabled());
    // Back to the demo: its key again.
    bar->combo()->setCurrentIndex(1);
    emit bar->combo()->activated(1);
    QCOMPARE(p->controller()->target(), TestController::Target::Demo);
    QCOMPARE(p->controller()->credentials().apiKey, p->controller()->demoServer()->apiKey());
}

void TestTabTest::dynamicValuesLoaded()
{
    TestPage *p = page();
    ConnectorDocument *document = m_f.window->document();
    QString error;
    auto dynamic = json::JsonParser::parseValue(
        QStringLiteral(R"({"operationId": "ListEmployees", "value-collection": "value", "value-path": "id",
                           "value-title": "displayName"})"),
        &error);
    QVERIFY2(dynamic, qPrintable(error));
    QVERIFY(document->setValue(Part::Definition,
                               JsonPointer::fromString(QStringLiteral(
                                   "/paths/~1employees~1{employeeId}/get/parameters/0/x-ms-dynamic-values")),
                               std::move(dynamic), &error));
    QVERIFY(p->selectOperation(QStringLiteral("GetEmployee")));
    auto *combo = qobject_cast<QComboBox *>(p->form()->editor(QStringLiteral("employeeId")));
    QVERIFY(combo);
    QVERIFY(combo->isEditable());
    auto *load = p->form()->findChild<QToolButton *>(QStringLiteral("load_employeeId"));
    QVERIFY(load);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([combo] { return combo->count() > 0; }, 5000));
    QVERIFY(combo->itemData(0).toString().startsWith(QLatin1Char('e')));
    QVERIFY(combo->itemText(0).contains(QLatin1Char('(')));
    QVERIFY(send());
    QVERIFY2(p->responsePane()->summary().startsWith(QStringLiteral("200")),
             qPrintable(p->responsePane()->summary()));
    QVERIFY(p->requestPane()->text().contains(QStringLiteral("/employees/") + combo->itemData(0).toString()));
}

void TestTabTest::snippetsAndHistory()
{
    TestPage *p = page();
    const QString key = p->controller()->demoServer()->apiKey();
    QVERIFY(p->selectOperation(QStringLiteral("ListEmployees")));
    QVERIFY(send());
    QVERIFY(p->selectOperation(QStringLiteral("GetEmployee")));
    QVERIFY(send());

    // Snippets of the last request, the key as a variable, never its value.
    SnippetsPane *snippets = p->snippetsPane();
    p->lowerTabs()->setCurrentIndex(TestPage::SnippetsTab);
    QVERIFY2(snippets->text().contains(QStringLiteral("curl")), qPrintable(snippets->text()));
    QVERIFY2(snippets->text().contains(QStringLiteral("CONNECTOR_SECRET_API_KEY")),
             qPrintable(snippets->text()));
    QVERIFY(snippets->text().contains(QStringLiteral("/employees/e1001")));
    QVERIFY(!snippets->text().contains(key));
    QStringList texts;
    for (int i = 0; i < snippets->language()->count(); ++i) {
        snippets->language()->setCurrentIndex(i);
        texts.append(snippets->text());
        QVERIFY(!snippets->text().contains(key));
    }
    QCOMPARE(texts.size(), 3);
    QVERIFY(texts.at(1).contains(QStringLiteral("Invoke-RestMethod")));
    QVERIFY(texts.at(2).contains(QStringLiteral("requests")));

    // Both exchanges are in the history, newest first, saved without the key.
    HistoryPane *history = p->historyPane();
    p->lowerTabs()->setCurrentIndex(TestPage::HistoryTab);
    QCOMPARE(history->list()->count(), 2);
    QVERIFY(history->list()->item(0)->text().contains(QStringLiteral("GetEmployee")));
    QFile file(history->history()->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("ListEmployees"));
    QVERIFY2(!saved.contains(key.toUtf8()), "the history must not keep the API key");

    // Compare two entries, then replay the older one.
    history->list()->item(0)->setSelected(true);
    history->list()->item(1)->setSelected(true);
    QVERIFY(history->compareButton()->isEnabled());
    QTest::mouseClick(history->compareButton(), Qt::LeftButton);
    QVERIFY2(history->detailText().contains(QStringLiteral("+ ")), qPrintable(history->detailText()));
    history->list()->clearSelection();
    history->list()->item(1)->setSelected(true);
    QVERIFY(history->replayButton()->isEnabled());
    const int before = p->controller()->demoServer()->requestCount();
    QTest::mouseClick(history->replayButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([p] { return p->testButton()->isEnabled(); }, 10000));
    QCOMPARE(p->controller()->demoServer()->requestCount(), before + 1);
    QVERIFY(p->lastTest().passed);
    QCOMPARE(p->lastTest().operationId, QStringLiteral("ListEmployees"));
    QCOMPARE(history->list()->count(), 3);
}

QTEST_MAIN(TestTabTest)
#include "TestTabTest.moc"
