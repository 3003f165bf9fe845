// The Definition tab as assembled in the main window: the body and responses editors of the
// selected operation, go-to-definition into the Definitions section, and the link between the
// selected operation and the Swagger text in both directions.

#include "CodeEditor.h"
#include "DocumentController.h"
#include "RawJsonPage.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "definition/DefinitionPage.h"
#include "definition/DefinitionsPanel.h"
#include "definition/OperationEditor.h"
#include "definition/ResponseListModel.h"
#include "definition/ResponsesEditor.h"
#include "definition/SchemaEditor.h"
#include "document/ConnectorDocument.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QTabWidget>
#include <QTest>

class DefinitionIntegrationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bodyTabFollowsTheOperation();
    void responsesTabListsTheOperationsResponses();
    void goToDefinitionOpensDefinitionsSection();
    void swaggerTabShowsSelectedOperation();
    void textCursorSelectsOperation();
    void saveAppliesTypedText();
    void closeAsksAboutUnappliedText();

private:
    DefinitionPage *page() const { return m_f.window->definitionPage(); }
    int lineOf(const QString &needle, int from = 0) const;

    WindowFixture m_f;
};

void DefinitionIntegrationTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_definition_integration"));
}

void DefinitionIntegrationTest::init()
{
    QVERIFY(m_f.start());
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("hr"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::DefinitionTab);
}

void DefinitionIntegrationTest::cleanup()
{
    m_f.stop();
}

// 1-based line of the first line containing needle, at or after line from (1-based).
int DefinitionIntegrationTest::lineOf(const QString &needle, int from) const
{
    const QStringList lines = m_f.window->rawPage()->view()->toPlainText().split(QLatin1Char('\n'));
    for (int i = qMax(0, from - 1); i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return 0;
}

void DefinitionIntegrationTest::bodyTabFollowsTheOperation()
{
    QVERIFY(page()->selectOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("post"))));
    SchemaEditor *body = page()->editor()->bodyEditor();
    QCOMPARE(body->schemaPointer().toString(), QStringLiteral("/paths/~1employees/post/parameters/0/schema"));
    page()->editor()->tabs()->setCurrentIndex(OperationEditor::BodySubTab);
    QVERIFY(body->isVisible());

    // A GET has no body: the hint shows instead of the editor.
    QVERIFY(page()->selectOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("get"))));
    QVERIFY(!body->isVisible());
    QVERIFY(page()->editor()->findChild<QLabel *>(QStringLiteral("noBodyHint"))->isVisible());
}

void DefinitionIntegrationTest::responsesTabListsTheOperationsResponses()
{
    QVERIFY(page()->selectOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("post"))));
    page()->editor()->tabs()->setCurrentIndex(OperationEditor::ResponsesSubTab);
    auto *list = page()->editor()->responsesEditor()->findChild<QListView *>(QStringLiteral("responseList"));
    QVERIFY(list && list->isVisible());
    QStringList codes;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        codes << list->model()->index(row, 0).data(ResponseListModel::CodeRole).toString();
    QCOMPARE(codes, (QStringList {QStringLiteral("201"), QStringLiteral("400"), QStringLiteral("409")}));

    // Another operation: its own responses.
    QVERIFY(page()->selectOperation(OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete"))));
    QCOMPARE(list->model()->rowCount(), 2);
}

void DefinitionIntegrationTest::goToDefinitionOpensDefinitionsSection()
{
    QVERIFY(page()->selectOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("post"))));
    emit page()->editor()->definitionRequested(QStringLiteral("EmployeeInput"));
    QCOMPARE(page()->sections()->currentIndex(), int(DefinitionPage::DefinitionsSection));
    QVERIFY(page()->definitionsPanel()->isVisible());
    QCOMPARE(page()->definitionsPanel()->currentDefinition(), QStringLiteral("EmployeeInput"));
    QVERIFY(!page()->showDefinition(QStringLiteral("NoSuchThing")));

    // A usage inside an operation brings the operation back.
    page()->showUsage(json::JsonPointer::fromString(
        QStringLiteral("/paths/~1employees~1{employeeId}/patch/parameters/1/schema/$ref")));
    QCOMPARE(page()->sections()->currentIndex(), 0);
    QCOMPARE(page()->currentOperation(), OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("patch")));
}

void DefinitionIntegrationTest::swaggerTabShowsSelectedOperation()
{
    const OperationKey key(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete"));
    QVERIFY(page()->selectOperation(key));
    m_f.window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    m_f.window->rawPage()->refreshNow();
    const int pathLine = lineOf(QStringLiteral("\"/employees/{employeeId}\""));
    QVERIFY(pathLine > 0);
    const int expected = lineOf(QStringLiteral("\"delete\""), pathLine);
    QVERIFY(expected > pathLine);
    QCOMPARE(m_f.window->rawPage()->view()->cursorLine(), expected);
}

void DefinitionIntegrationTest::textCursorSelectsOperation()
{
    QVERIFY(page()->selectOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("get"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    m_f.window->rawPage()->refreshNow();
    const int pathLine = lineOf(QStringLiteral("\"/employees/{employeeId}\""));
    const int patchLine = lineOf(QStringLiteral("\"patch\""), pathLine);
    QVERIFY(patchLine > 0);
    m_f.window->rawPage()->view()->goToLine(patchLine + 2);
    QTRY_COMPARE(page()->currentOperation(),
                 OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("patch")));
}

// Text typed in the Swagger tab and not applied yet goes into the save, not lost.
void DefinitionIntegrationTest::saveAppliesTypedText()
{
    m_f.window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    RawJsonPage *raw = m_f.window->rawPage();
    raw->refreshNow();
    QString text = raw->view()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("\"Contoso HR\"")));
    text.replace(QStringLiteral("\"Contoso HR\""), QStringLiteral("\"Contoso People\""));
    raw->view()->setText(text);
    QVERIFY(raw->hasDraft());
    m_f.window->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!raw->hasDraft());
    QVERIFY(!m_f.window->document()->isModified());
    const QByteArray saved = UiTestSupport::readFile(m_f.window->document()->folderPath()
                                                     + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(saved.contains("\"Contoso People\""));

    // Text that does not parse is not saved; the user is told why.
    raw->view()->setText(text + QStringLiteral("}"));
    m_f.window->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QCOMPARE(m_f.dialogs->errors.size(), 1);
    QVERIFY(raw->hasDraft());
}

void DefinitionIntegrationTest::closeAsksAboutUnappliedText()
{
    m_f.window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    RawJsonPage *raw = m_f.window->rawPage();
    raw->refreshNow();
    raw->view()->setText(raw->view()->toPlainText() + QStringLiteral("\n"));
    QVERIFY(raw->hasAnyDraft());
    QVERIFY(!m_f.window->close()); // the scripted answer is "no"
    QVERIFY(m_f.dialogs->log.join(QLatin1Char('\n')).contains(QStringLiteral("Unapplied text")));
    m_f.dialogs->confirmations.enqueue(true);
    QVERIFY(m_f.window->close());
}

QTEST_MAIN(DefinitionIntegrationTest)
#include "DefinitionIntegrationTest.moc"
