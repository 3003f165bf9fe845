// The editable Swagger tab offscreen: typed text applied (button, Ctrl+Return, leaving the
// tab) as one undo step kept as typed; a syntax error marked at its line and column and not
// applied; drafts surviving a switch of file; the General tab seeing the applied title; jumping
// to a JSON pointer.
#include "CodeEditor.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "RawJsonPage.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;
using json::JsonPointer;

class RawEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void applyIsOneUndoStep();
    void ctrlReturnAndLeavingApply();
    void syntaxErrorIsMarkedNotApplied();
    void draftSurvivesFileSwitch();
    void undoKeyWithoutDraftIsDocumentUndo();
    void showPointerFindsOperation();
    void largestCorpusDefinition();

private:
    RawJsonPage *raw() const { return m_window->rawPage(); }
    CodeEditor *view() const { return raw()->view(); }
    ConnectorDocument *document() const { return m_window->document(); }
    // Selects the first occurrence of text in the editor and types replacement over it.
    void typeOver(const QString &text, const QString &replacement);
    QString title() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedDialogProvider> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void RawEditorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_raw_editor"));
}

void RawEditorTest::init()
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
    m_window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    raw()->refreshNow();
    QCOMPARE(raw()->part(), Part::Definition);
}

void RawEditorTest::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_dialogs.reset();
    m_dir.reset();
}

void RawEditorTest::typeOver(const QString &text, const QString &replacement)
{
    view()->setFocus();
    view()->setCursorPosition(0, 0);
    QVERIFY2(view()->findFirst(text, false, true, false, false), qPrintable(text));
    QTest::keyClicks(view(), replacement);
}

QString RawEditorTest::title() const
{
    const json::JsonValue *value
        = document()->value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")));
    return value ? value->toString() : QString();
}

void RawEditorTest::applyIsOneUndoStep()
{
    const QByteArray before = document()->file(Part::Definition).toBytes();
    QVERIFY(!raw()->applyButton()->isEnabled());
    typeOver(QStringLiteral("\"Contoso HR\""), QStringLiteral("\"Typed  HR\""));
    QVERIFY(raw()->hasDraft());
    QVERIFY(raw()->applyButton()->isEnabled());
    QCOMPARE(title(), QStringLiteral("Contoso HR")); // nothing applied while typing
    QCOMPARE(document()->undoStack()->count(), 0);
    const QString typed = view()->text();

    QTest::mouseClick(raw()->applyButton(), Qt::LeftButton);
    QVERIFY(!raw()->hasDraft());
    QCOMPARE(title(), QStringLiteral("Typed  HR"));
    QCOMPARE(document()->undoStack()->count(), 1);
    QCOMPARE(document()->file(Part::Definition).toBytes(), typed.toUtf8()); // as typed
    QVERIFY(m_window->isWindowModified());

    // The General tab shows the new title.
    m_window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    auto *titleEdit = m_window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QCOMPARE(titleEdit->text(), QStringLiteral("Typed  HR"));

    // One undo: exact bytes back, in the document and in the editor.
    m_window->document()->undoStack()->undo();
    QCOMPARE(document()->file(Part::Definition).toBytes(), before);
    QCOMPARE(titleEdit->text(), QStringLiteral("Contoso HR"));
    m_window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    QTRY_COMPARE(view()->text().toUtf8(), before);
    QVERIFY(!m_window->isWindowModified());
}

void RawEditorTest::ctrlReturnAndLeavingApply()
{
    typeOver(QStringLiteral("\"Contoso HR\""), QStringLiteral("\"Keyed\""));
    QTest::keyClick(view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(title(), QStringLiteral("Keyed"));
    QVERIFY(!raw()->hasDraft());
    QVERIFY(!view()->text().contains(QStringLiteral("\"Keyed\"\n\n"))); // the key did not type a newline

    typeOver(QStringLiteral("\"Keyed\""), QStringLiteral("\"Left\""));
    m_window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    QCOMPARE(title(), QStringLiteral("Left"));
    QCOMPARE(document()->undoStack()->count(), 2);
}

void RawEditorTest::syntaxErrorIsMarkedNotApplied()
{
    const QByteArray before = document()->file(Part::Definition).toBytes();
    // Delete the comma after the title: the next member is where the parser stops.
    typeOver(QStringLiteral("\"Contoso HR\","), QStringLiteral("\"Contoso HR\""));
    const int titleLine = view()->cursorLine();
    QTest::mouseClick(raw()->applyButton(), Qt::LeftButton);
    QCOMPARE(document()->file(Part::Definition).toBytes(), before);
    QCOMPARE(document()->undoStack()->count(), 0);
    QVERIFY(raw()->hasDraft());
    QCOMPARE(view()->errorLine(), titleLine + 1);
    QVERIFY(view()->errorColumn() > 1);
    QVERIFY(!view()->errorMessage().isEmpty());
    auto *info = raw()->findChild<QLabel *>(QStringLiteral("rawInfo"));
    QVERIFY2(info->text().contains(
                 QStringLiteral("line %1, column %2").arg(titleLine + 1).arg(view()->errorColumn())),
             qPrintable(info->text()));
    // The squiggle is on that line.
    const long position = view()->positionFromLineIndex(view()->errorLine() - 1, view()->errorColumn() - 1);
    QVERIFY(view()->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, 8, position) != 0);

    // Leaving the tab does not apply it either, and the draft stays for the return.
    m_window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    QCOMPARE(document()->undoStack()->count(), 0);
    m_window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    QVERIFY(raw()->hasDraft());
    QVERIFY(view()->errorLine() > 0);

    // Typing the comma back fixes and clears the mark; the text is the file again, no draft.
    view()->setCursorPosition(titleLine - 1, view()->text(titleLine - 1).indexOf(QStringLiteral("HR\"")) + 3);
    QTest::keyClicks(view(), ",");
    raw()->checkSyntaxNow();
    QCOMPARE(view()->errorLine(), 0);
    QVERIFY(!raw()->hasDraft());
}

void RawEditorTest::draftSurvivesFileSwitch()
{
    typeOver(QStringLiteral("\"Contoso HR\""), QStringLiteral("\"Draft\""));
    const QString draft = view()->text();
    auto *files = raw()->findChild<QComboBox *>(QStringLiteral("rawFileCombo"));
    files->setFocus();
    QTest::keyClick(files, Qt::Key_Down);
    QCOMPARE(raw()->part(), Part::Properties);
    QVERIFY(view()->text().contains(QStringLiteral("\"properties\"")));
    QVERIFY(raw()->hasAnyDraft());
    QCOMPARE(title(), QStringLiteral("Contoso HR"));
    QTest::keyClick(files, Qt::Key_Up);
    QCOMPARE(raw()->part(), Part::Definition);
    QCOMPARE(view()->text(), draft);
    QVERIFY(raw()->hasDraft());
    raw()->revertDraft();
    QVERIFY(!raw()->hasDraft());
    QCOMPARE(view()->text().toUtf8(), document()->file(Part::Definition).toBytes());
}

void RawEditorTest::undoKeyWithoutDraftIsDocumentUndo()
{
    QVERIFY(document()->setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/host")),
                                  QStringLiteral("other.example")));
    raw()->refreshNow();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->undoStack()->count(), 1);
    QCOMPARE(document()->undoStack()->index(), 0); // undone by the window's action
    // With a draft, Ctrl+Z undoes the typing instead.
    typeOver(QStringLiteral("\"Contoso HR\""), QStringLiteral("\"X\""));
    const QString typed = view()->text();
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->undoStack()->index(), 0);
    QVERIFY(view()->text() != typed);
    QCOMPARE(document()->undoStack()->count(), 1);
}

void RawEditorTest::showPointerFindsOperation()
{
    QVERIFY(raw()->showPointer(
        Part::Definition, JsonPointer::fromString(QStringLiteral("/paths/~1employees~1{employeeId}/get"))));
    const QString line = view()->text(view()->cursorLine() - 1);
    QVERIFY2(line.contains(QStringLiteral("\"get\"")), qPrintable(line));
    QCOMPARE(view()->markedLine(), view()->cursorLine());
    // And back: the cursor's node is the operation, announced once the cursor rests.
    const JsonPointer get = JsonPointer::fromString(QStringLiteral("/paths/~1employees~1{employeeId}/get"));
    QCOMPARE(raw()->pointerAtCursor().toString(), get.toString());
    QSignalSpy moved(raw(), &RawJsonPage::cursorPointerChanged);
    view()->setCursorPosition(view()->cursorLine() + 1, 12); // inside the next line's value
    QTRY_COMPARE(moved.count(), 1);
    QVERIFY(
        moved.first().at(1).value<JsonPointer>().toString().startsWith(get.toString() + QLatin1Char('/')));
    // The operation's id is a few lines below.
    const QString below
        = view()->text().section(QLatin1Char('\n'), view()->cursorLine() - 1, view()->cursorLine() + 8);
    QVERIFY(below.contains(QStringLiteral("GetEmployee")));
}

void RawEditorTest::largestCorpusDefinition()
{
    // The largest corpus definition (1.1 MB, 219 operations): shown, edited and applied, and
    // undone to the exact bytes. Timings are printed for the record (bench/ measures speed).
    const QString folder
        = qEnvironmentVariable("CD_CORPUS") + QStringLiteral("/connectors/certified-connectors/Encodian");
    QVERIFY2(QFileInfo::exists(folder), "CD_CORPUS (the real-connector corpus) is missing");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_window->controller()->open(folder));
    m_window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    raw()->refreshNow();
    const qint64 shown = timer.restart();
    const QByteArray before = document()->file(Part::Definition).toBytes();
    QVERIFY(view()->text().size() > 1000000);
    view()->setFocus();
    view()->setCursorPosition(view()->lines() / 2, 0);
    QTest::keyClicks(view(), " ");
    const qint64 typed = timer.restart();
    raw()->checkSyntaxNow();
    const qint64 checked = timer.restart();
    QVERIFY(raw()->applyDraft());
    const qint64 applied = timer.restart();
    QCOMPARE(document()->undoStack()->count(), 1);
    document()->undoStack()->undo();
    raw()->refreshNow();
    const qint64 undone = timer.elapsed();
    QCOMPARE(document()->file(Part::Definition).toBytes(), before);
    QCOMPARE(view()->text().toUtf8(), before);
    qInfo("1.1 MB definition: shown %lld ms, keystroke %lld ms, syntax check %lld ms, apply %lld ms, undo "
          "%lld ms",
          shown, typed, checked, applied, undone);
}

QTEST_MAIN(RawEditorTest)
#include "RawEditorTest.moc"
