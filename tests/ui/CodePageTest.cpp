// The Code tab offscreen, in the main window: add code, type (one undo step per pause, undone
// with Ctrl+Z through the document), disable (asks, then deletes code and operation list in one
// step), upload a file, pick the operations the code applies to, and the checks at their lines.
#include "CodePage.h"
#include "CodeEditor.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "ScriptOperationsPanel.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;
using json::JsonPointer;

class CodePageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addTypeUndo();
    void pauseStartsNewStep();
    void disableAsksAndRemoves();
    void operationsSelectionWritesList();
    void uploadShowsChecksAtLines();

private:
    CodePage *page() const { return m_window->codePage(); }
    CodeEditor *editor() const { return page()->editor(); }
    ConnectorDocument *document() const { return m_window->document(); }
    QStringList listedOperations() const;
    void addCode();
    void toggleOperation(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedDialogProvider> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void CodePageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_codepage"));
}

void CodePageTest::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_dialogs = std::make_unique<ScriptedDialogProvider>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString folder = m_dir->filePath(QStringLiteral("hr"));
    QVERIFY(UiTestSupport::copySample(folder));
    QVERIFY(m_window->controller()->open(folder));
    m_window->tabs()->setCurrentIndex(MainWindow::CodeTab);
    QVERIFY(page()->isVisible());
}

void CodePageTest::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_dialogs.reset();
    m_dir.reset();
}

QStringList CodePageTest::listedOperations() const
{
    return page()->operationsPanel()->selectedOperations();
}

void CodePageTest::addCode()
{
    QVERIFY(!document()->hasScript());
    auto *add = page()->findChild<QPushButton *>(QStringLiteral("scriptAdd"));
    QVERIFY(add && add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(document()->hasScript());
    QVERIFY(editor()->isVisible());
    QVERIFY(page()->enabledBox()->isChecked());
}

void CodePageTest::addTypeUndo()
{
    addCode();
    const QString starter = document()->script();
    QCOMPARE(editor()->text(), starter);
    page()->checkNow();
    QVERIFY2(page()->issues().isEmpty(), "the starter code meets the checks");
    const int steps = document()->undoStack()->count();

    editor()->setFocus();
    editor()->setCursorPosition(0, 0);
    QTest::keyClicks(editor(), "// Typed here");
    QTest::keyClick(editor(), Qt::Key_Return);
    QVERIFY(document()->script().startsWith(QStringLiteral("// Typed here\n")));
    QCOMPARE(document()->script(), editor()->text());
    QCOMPARE(document()->undoStack()->count(), steps + 1); // the whole burst is one step
    QVERIFY(document()->isModified());

    // Ctrl+Z in the editor is the document's undo, not the editor's own.
    QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->script(), starter);
    QCOMPARE(editor()->text(), starter);
    QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!document()->hasScript());
    QVERIFY(!page()->enabledBox()->isChecked());
    QVERIFY(!editor()->isVisible());
    QVERIFY(!document()->isModified());
}

void CodePageTest::pauseStartsNewStep()
{
    addCode();
    const int steps = document()->undoStack()->count();
    editor()->setFocus();
    editor()->setCursorPosition(0, 0);
    QTest::keyClicks(editor(), "// a");
    QTest::qWait(CodePage::PauseMs + 200);
    QTest::keyClicks(editor(), "b");
    QCOMPARE(document()->undoStack()->count(), steps + 2);
    document()->undoStack()->undo();
    QVERIFY(document()->script().startsWith(QStringLiteral("// a")));
    QVERIFY(!document()->script().startsWith(QStringLiteral("// ab")));
    QCOMPARE(editor()->text(), document()->script());
}

void CodePageTest::disableAsksAndRemoves()
{
    addCode();
    toggleOperation(QStringLiteral("GetEmployee"));
    QCOMPARE(listedOperations(), QStringList {QStringLiteral("GetEmployee")});
    const int steps = document()->undoStack()->count();

    // Declined: nothing changes, the box is checked again.
    m_dialogs->confirmations.enqueue(false);
    QTest::mouseClick(page()->enabledBox(), Qt::LeftButton);
    QCOMPARE(m_dialogs->log.size(), 1);
    QVERIFY(m_dialogs->log.first().startsWith(QStringLiteral("confirm")));
    QVERIFY(document()->hasScript());
    QVERIFY(page()->enabledBox()->isChecked());
    QCOMPARE(document()->undoStack()->count(), steps);

    // Accepted: code and operation list go, in one step.
    m_dialogs->confirmations.enqueue(true);
    QTest::mouseClick(page()->enabledBox(), Qt::LeftButton);
    QVERIFY(!document()->hasScript());
    QVERIFY(document()->script().isEmpty());
    QVERIFY(!document()->value(Part::Properties, ScriptOperationsPanel::ListPointer));
    QVERIFY(!page()->enabledBox()->isChecked());
    QCOMPARE(document()->undoStack()->count(), steps + 1);
    document()->undoStack()->undo();
    QVERIFY(document()->hasScript());
    QCOMPARE(listedOperations(), QStringList {QStringLiteral("GetEmployee")});
    QCOMPARE(editor()->text(), document()->script());
}

void CodePageTest::toggleOperation(const QString &id)
{
    QListView *view = page()->operationsPanel()->view();
    QAbstractItemModel *model = view->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, id, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(id));
    view->setFocus();
    view->setCurrentIndex(found.first());
    QTest::keyClick(view, Qt::Key_Space);
}

void CodePageTest::operationsSelectionWritesList()
{
    addCode();
    QAbstractItemModelTester tester(page()->operationsPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page()->operationsPanel()->model()->rowCount(), 7);
    auto *summary = page()->findChild<QLabel *>(QStringLiteral("scriptOperationsSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("every operation")));
    const int steps = document()->undoStack()->count();

    toggleOperation(QStringLiteral("UpdateEmployee"));
    toggleOperation(QStringLiteral("ListEmployees"));
    // A new id is appended: the file's order stays (small diffs).
    QCOMPARE(listedOperations(),
             (QStringList {QStringLiteral("UpdateEmployee"), QStringLiteral("ListEmployees")}));
    QCOMPARE(document()->undoStack()->count(), steps + 2);
    QVERIFY(summary->text().contains(QStringLiteral("2 of 7")));
    QVERIFY(document()->file(Part::Properties).toBytes().contains("\"scriptOperations\""));

    // The filter narrows the list; toggling through it still writes the right id.
    page()
        ->operationsPanel()
        ->findChild<QLineEdit *>(QStringLiteral("scriptOperationsSearch"))
        ->setText(QStringLiteral("update"));
    QCOMPARE(page()->operationsPanel()->view()->model()->rowCount(), 1);
    toggleOperation(QStringLiteral("UpdateEmployee"));
    QCOMPARE(listedOperations(), QStringList {QStringLiteral("ListEmployees")});
    page()->operationsPanel()->findChild<QLineEdit *>(QStringLiteral("scriptOperationsSearch"))->clear();

    // None checked means all: the key goes away.
    toggleOperation(QStringLiteral("ListEmployees"));
    QVERIFY(!document()->value(Part::Properties, ScriptOperationsPanel::ListPointer));
    QVERIFY(summary->text().contains(QStringLiteral("every operation")));

    // Undo all the way: the list comes back, then goes.
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(listedOperations(),
             (QStringList {QStringLiteral("UpdateEmployee"), QStringLiteral("ListEmployees")}));
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QVERIFY(!document()->value(Part::Properties, ScriptOperationsPanel::ListPointer));
    auto *model = page()->operationsPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->item(row)->checkState(), Qt::Unchecked);
}

void CodePageTest::uploadShowsChecksAtLines()
{
    const QString path = m_dir->filePath(QStringLiteral("transform.csx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "using System.Reflection;\nusing System.Net.Http;\n\npublic class Script : ScriptBase\n{\n"
        "    public async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return null;\n    }\n}\n");
    file.close();
    m_dialogs->openFiles.enqueue(path);
    QTest::mouseClick(page()->uploadButton(), Qt::LeftButton);
    QVERIFY(document()->hasScript());
    QVERIFY(document()->script().startsWith(QStringLiteral("using System.Reflection;")));
    QCOMPARE(editor()->text(), document()->script());
    page()->checkNow();
    QCOMPARE(page()->issues().size(), 2);
    QCOMPARE(page()->issues().at(0).line, 1); // System.Reflection
    QCOMPARE(page()->issues().at(1).line, 6); // ExecuteAsync without override
    QCOMPARE(editor()->noteCount(), 2);
    auto *checks = page()->findChild<QLabel *>(QStringLiteral("scriptChecks"));
    QVERIFY(checks->text().contains(QStringLiteral("System.Reflection")));
    QVERIFY(checks->text().contains(QStringLiteral("Line 6")));

    // Fixing the code in the editor clears the checks.
    editor()->setFocus();
    editor()->setCursorPosition(5, 10); // after "    public"
    QTest::keyClicks(editor(), " override");
    editor()->setCursorPosition(0, 0);
    QTest::keyClicks(editor(), "// ");
    page()->checkNow();
    QCOMPARE(page()->issues().size(), 0);
    QCOMPARE(editor()->noteCount(), 0);

    // A cancelled upload changes nothing.
    const int steps = document()->undoStack()->count();
    QTest::mouseClick(page()->uploadButton(), Qt::LeftButton);
    QCOMPARE(document()->undoStack()->count(), steps);
}

QTEST_MAIN(CodePageTest)
#include "CodePageTest.moc"
