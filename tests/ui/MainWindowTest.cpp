// The main window offscreen: title and modified marker, undo/redo actions, the
// save/discard/cancel question (answered by the scripted DialogProvider), recent
// folders, read-only documents and the raw Swagger view.
#include "MainWindow.h"
#include "CodeEditor.h"
#include "DocumentController.h"
#include "HeaderBar.h"
#include "MessageBanner.h"
#include "RawJsonPage.h"
#include "RecentFolders.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "WelcomePage.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;
using json::JsonPointer;
using namespace UiTestSupport;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnWelcomePage();
    void openShowsNameInTitle();
    void editSetsModifiedMarker();
    void undoActionTextReflectsLastEdit();
    void undoShortcutInAFieldUndoesTheDocument();
    void closeCancelKeepsWindow();
    void closeDiscardClosesWithoutWriting();
    void closeSaveWrites();
    void newAsksBeforeDiscardingChanges();
    void saveUntitledAsksForFolder();
    void saveAsIntoAnotherConnectorAsksFirst();
    void recentFoldersPersistedAndPruned();
    void recentMenuOpensAndClears();
    void openFailureShowsErrorAndKeepsDocument();
    void readOnlyDocument();
    void rawViewFollowsEdits();
    void closeDocumentShowsWelcome();

private:
    QString sampleCopy(const QString &name);
    QAction *action(const char *name) const;
    QLineEdit *titleEdit() const;
    void typeTitle(const QString &text);
    QString definitionTitleOnDisk(const QString &folder) const;

    WindowFixture m_f;
};

void MainWindowTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_mainwindow"));
}

void MainWindowTest::init()
{
    QVERIFY(m_f.start());
}

void MainWindowTest::cleanup()
{
    m_f.stop();
}

QString MainWindowTest::sampleCopy(const QString &name)
{
    const QString folder = m_f.dir->filePath(name);
    if (!copySample(folder))
        qFatal("cannot copy the sample");
    return folder;
}

QAction *MainWindowTest::action(const char *name) const
{
    auto *found = m_f.window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

QLineEdit *MainWindowTest::titleEdit() const
{
    return m_f.window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
}

void MainWindowTest::typeTitle(const QString &text)
{
    QLineEdit *edit = titleEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QString MainWindowTest::definitionTitleOnDisk(const QString &folder) const
{
    ConnectorDocument document;
    QString error;
    if (!document.open(folder, &error))
        return error;
    const json::JsonValue *title
        = document.value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")));
    return title ? title->toString() : QString();
}

void MainWindowTest::startsOnWelcomePage()
{
    QCOMPARE(m_f.window->windowTitle(), QStringLiteral("Connector Designer"));
    QVERIFY(m_f.window->findChild<WelcomePage *>()->isVisible());
    QVERIFY(!action("actionSave")->isEnabled());
    QVERIFY(!action("actionClose")->isEnabled());
}

void MainWindowTest::openShowsNameInTitle()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    QCOMPARE(m_f.window->windowTitle(), QStringLiteral("Contoso HR[*] — Connector Designer"));
    QVERIFY(!m_f.window->isWindowModified());
    QVERIFY(!m_f.window->findChild<WelcomePage *>()->isVisible());
    QCOMPARE(m_f.window->header()->name(), QStringLiteral("Contoso HR"));
    QVERIFY(!m_f.window->header()->showsModified());
    QCOMPARE(m_f.window->tabs()->currentIndex(), int(MainWindow::GeneralTab));
    QCOMPARE(m_f.window->tabs()->tabText(0), QStringLiteral("1  General"));
    QCOMPARE(m_f.window->tabs()->tabText(MainWindow::SwaggerTab), QStringLiteral("Swagger"));
    QVERIFY(!action("actionSave")->isEnabled()); // nothing to save yet
}

void MainWindowTest::editSetsModifiedMarker()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    typeTitle(QStringLiteral("Contoso People"));
    QVERIFY(m_f.window->isWindowModified());
    QCOMPARE(m_f.window->windowTitle(), QStringLiteral("Contoso People[*] — Connector Designer"));
    QCOMPARE(m_f.window->header()->name(), QStringLiteral("Contoso People"));
    QVERIFY(m_f.window->header()->showsModified());
    QVERIFY(action("actionSave")->isEnabled());

    action("actionUndo")->trigger();
    QVERIFY(!m_f.window->isWindowModified());
    QVERIFY(!m_f.window->header()->showsModified());
    QCOMPARE(titleEdit()->text(), QStringLiteral("Contoso HR"));
    QVERIFY(!action("actionSave")->isEnabled());
}

void MainWindowTest::undoActionTextReflectsLastEdit()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    QAction *undo = action("actionUndo");
    QAction *redo = action("actionRedo");
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));

    auto *host = m_f.window->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral("x"));
    QVERIFY(undo->isEnabled());
    const QString undoText = m_f.window->document()->undoStack()->undoText();
    QVERIFY(undoText.contains(QStringLiteral("host")));
    QCOMPARE(undo->text(), QStringLiteral("&Undo ") + undoText);

    typeTitle(QStringLiteral("T"));
    QVERIFY(undo->text().contains(QStringLiteral("title")));
    undo->trigger();
    QVERIFY(redo->isEnabled());
    QVERIFY(redo->text().startsWith(QStringLiteral("&Redo ")));
    QVERIFY(redo->text().contains(QStringLiteral("title")));
    QVERIFY(undo->text().contains(QStringLiteral("host")));
}

void MainWindowTest::undoShortcutInAFieldUndoesTheDocument()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    m_f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_f.window.get()));
    typeTitle(QStringLiteral("Contoso People"));
    auto *host = m_f.window->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral(".test"));
    // Ctrl+Z in the title field undoes the document's last edit (the host), not the
    // field's own typing history.
    titleEdit()->setFocus();
    QTest::keySequence(titleEdit(), QKeySequence::Undo);
    QCOMPARE(host->text(), QStringLiteral("api.contoso-hr.example"));
    QCOMPARE(titleEdit()->text(), QStringLiteral("Contoso People"));
    QTest::keySequence(titleEdit(), QKeySequence::Undo);
    QCOMPARE(titleEdit()->text(), QStringLiteral("Contoso HR"));
    QVERIFY(!m_f.window->isWindowModified());
    QTest::keySequence(titleEdit(), QKeySequence::Redo);
    QCOMPARE(titleEdit()->text(), QStringLiteral("Contoso People"));
}

void MainWindowTest::closeCancelKeepsWindow()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    typeTitle(QStringLiteral("Contoso People"));
    m_f.dialogs->saveChoices.enqueue(DialogProvider::SaveChoice::Cancel);
    QVERIFY(!m_f.window->close());
    QVERIFY(m_f.window->isVisible());
    QCOMPARE(m_f.dialogs->log, QStringList {QStringLiteral("askSaveDiscardCancel: Contoso People")});
    QVERIFY(m_f.window->isWindowModified());
}

void MainWindowTest::closeDiscardClosesWithoutWriting()
{
    const QString folder = sampleCopy(QStringLiteral("hr"));
    const QByteArray before = readFile(folder + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(m_f.window->controller()->open(folder));
    typeTitle(QStringLiteral("Contoso People"));
    m_f.dialogs->saveChoices.enqueue(DialogProvider::SaveChoice::Discard);
    QVERIFY(m_f.window->close());
    QVERIFY(!m_f.window->isVisible());
    QCOMPARE(readFile(folder + QStringLiteral("/apiDefinition.swagger.json")), before);
}

void MainWindowTest::closeSaveWrites()
{
    const QString folder = sampleCopy(QStringLiteral("hr"));
    QVERIFY(m_f.window->controller()->open(folder));
    typeTitle(QStringLiteral("Contoso People"));
    m_f.dialogs->saveChoices.enqueue(DialogProvider::SaveChoice::Save);
    QVERIFY(m_f.window->close());
    QCOMPARE(definitionTitleOnDisk(folder), QStringLiteral("Contoso People"));
}

void MainWindowTest::newAsksBeforeDiscardingChanges()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    typeTitle(QStringLiteral("Contoso People"));
    m_f.dialogs->saveChoices.enqueue(DialogProvider::SaveChoice::Cancel);
    action("actionNew")->trigger();
    QCOMPARE(m_f.window->document()->displayName(), QStringLiteral("Contoso People"));

    m_f.dialogs->saveChoices.enqueue(DialogProvider::SaveChoice::Discard);
    action("actionNew")->trigger();
    QVERIFY(m_f.window->document()->isUntitled());
    QCOMPARE(m_f.window->windowTitle(), QStringLiteral("Untitled[*] — Connector Designer"));
    QCOMPARE(m_f.dialogs->log.size(), 2);
    QCOMPARE(titleEdit()->text(), QString());
}

void MainWindowTest::saveUntitledAsksForFolder()
{
    action("actionNewFromSample")->trigger();
    QVERIFY(m_f.window->document()->isUntitled());
    QVERIFY(action("actionSave")->isEnabled()); // a copy of the sample: not on disk yet
    typeTitle(QStringLiteral("My HR"));
    const QString folder = m_f.dir->filePath(QStringLiteral("saved/my-hr"));
    m_f.dialogs->folders.enqueue(folder);
    action("actionSave")->trigger();
    QCOMPARE(m_f.dialogs->log.size(), 1);
    QVERIFY(m_f.dialogs->log.first().startsWith(QStringLiteral("chooseFolder")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/apiDefinition.swagger.json")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/apiProperties.json")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/icon.png")));
    QCOMPARE(definitionTitleOnDisk(folder), QStringLiteral("My HR"));
    QVERIFY(!m_f.window->isWindowModified());
    QCOMPARE(QDir(m_f.window->document()->folderPath()).canonicalPath(), QDir(folder).canonicalPath());
    QCOMPARE(RecentFolders().entries().value(0), QDir(folder).absolutePath());
}

void MainWindowTest::saveAsIntoAnotherConnectorAsksFirst()
{
    const QString other = sampleCopy(QStringLiteral("other"));
    const QByteArray before = readFile(other + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    typeTitle(QStringLiteral("Changed"));
    m_f.dialogs->folders.enqueue(other);
    m_f.dialogs->confirmations.enqueue(false);
    action("actionSaveAs")->trigger();
    QVERIFY(m_f.dialogs->log.last().startsWith(QStringLiteral("confirm")));
    QCOMPARE(readFile(other + QStringLiteral("/apiDefinition.swagger.json")), before);
    QVERIFY(m_f.window->isWindowModified());
}

void MainWindowTest::recentFoldersPersistedAndPruned()
{
    const QString a = sampleCopy(QStringLiteral("a"));
    const QString b = sampleCopy(QStringLiteral("b"));
    QVERIFY(m_f.window->controller()->open(a));
    QVERIFY(m_f.window->controller()->open(b));
    const QStringList expected {QDir(b).absolutePath(), QDir(a).absolutePath()};
    QCOMPARE(RecentFolders().entries(), expected);
    QCOMPARE(QSettings().value(QStringLiteral("recentFolders")).toStringList(), expected);

    QVERIFY(QDir(a).removeRecursively());
    QCOMPARE(RecentFolders().entries(), QStringList {QDir(b).absolutePath()});
    // Pruning is persisted too.
    QCOMPARE(QSettings().value(QStringLiteral("recentFolders")).toStringList(),
             QStringList {QDir(b).absolutePath()});

    // Reopening moves a folder to the top without duplicates.
    const QString c = sampleCopy(QStringLiteral("c"));
    QVERIFY(m_f.window->controller()->open(c));
    QVERIFY(m_f.window->controller()->open(b));
    QCOMPARE(RecentFolders().entries(), QStringList({QDir(b).absolutePath(), QDir(c).absolutePath()}));
}

void MainWindowTest::recentMenuOpensAndClears()
{
    const QString a = sampleCopy(QStringLiteral("a"));
    const QString b = sampleCopy(QStringLiteral("b"));
    QVERIFY(m_f.window->controller()->open(a));
    QVERIFY(m_f.window->controller()->open(b));
    QVERIFY(QDir(a).removeRecursively());

    QMenu *menu = m_f.window->recentMenu();
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QList<QAction *> entries;
    for (QAction *entry : menu->actions()) {
        if (!entry->data().toString().isEmpty())
            entries.append(entry);
    }
    QCOMPARE(entries.size(), 1); // the removed folder is pruned
    QCOMPARE(entries.first()->data().toString(), QDir(b).absolutePath());

    action("actionClose")->trigger();
    QVERIFY(!m_f.window->controller()->isOpen());
    entries.first()->trigger();
    QVERIFY(m_f.window->controller()->isOpen());
    QCOMPARE(QDir(m_f.window->document()->folderPath()).absolutePath(), QDir(b).absolutePath());

    QMetaObject::invokeMethod(menu, "aboutToShow");
    action("actionClearRecent")->trigger();
    QVERIFY(RecentFolders().entries().isEmpty());
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QVERIFY(!action("actionClearRecent")->isEnabled());
}

void MainWindowTest::openFailureShowsErrorAndKeepsDocument()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    const QString notConnector = m_f.dir->filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(notConnector));
    QVERIFY(!m_f.window->controller()->open(notConnector));
    QCOMPARE(m_f.dialogs->errors.size(), 1);
    QVERIFY(m_f.dialogs->errors.first().contains(QStringLiteral("not a connector")));
    QCOMPARE(m_f.window->document()->displayName(), QStringLiteral("Contoso HR"));
    QVERIFY(m_f.window->controller()->isOpen());
}

void MainWindowTest::readOnlyDocument()
{
    const QString folder = sampleCopy(QStringLiteral("broken"));
    QFile definition(folder + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(definition.open(QIODevice::WriteOnly | QIODevice::Truncate));
    definition.write("{\n  \"swagger\": \"2.0\",\n  \"info\": {\n    \"title\": \"Broken\"\n  ,,\n}\n");
    definition.close();

    QVERIFY(m_f.window->controller()->open(folder));
    ConnectorDocument *document = m_f.window->document();
    QVERIFY(document->isReadOnly());
    MessageBanner *banner = m_f.window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->details(), document->readOnlyReason());
    QVERIFY(banner->details().contains(QStringLiteral("apiDefinition.swagger.json")));
    QCOMPARE(m_f.window->tabs()->currentIndex(), int(MainWindow::SwaggerTab));
    RawJsonPage *raw = m_f.window->rawPage();
    QCOMPARE(raw->part(), Part::Definition);
    const int errorLine = document->file(Part::Definition).firstError()->line;
    QVERIFY(errorLine >= 5);
    QCOMPARE(raw->view()->markedLine(), errorLine);
    QCOMPARE(raw->view()->cursorLine(), errorLine);
    QVERIFY(raw->view()->toPlainText().contains(QStringLiteral("\"title\": \"Broken\"")));
    QVERIFY(!action("actionSave")->isEnabled());
    QVERIFY(!action("actionSaveAs")->isEnabled());
    QVERIFY(!titleEdit()->isEnabled());

    // A good connector afterwards clears the read-only state.
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    QVERIFY(!banner->isVisible());
    QVERIFY(titleEdit()->isEnabled());
    QCOMPARE(m_f.window->tabs()->currentIndex(), int(MainWindow::GeneralTab));
}

void MainWindowTest::rawViewFollowsEdits()
{
    QVERIFY(m_f.window->controller()->open(sampleCopy(QStringLiteral("hr"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    RawJsonPage *raw = m_f.window->rawPage();
    QVERIFY(raw->view()->toPlainText().contains(QStringLiteral("\"title\": \"Contoso HR\"")));
    m_f.window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    typeTitle(QStringLiteral("Renamed"));
    m_f.window->tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    QTRY_VERIFY(raw->view()->toPlainText().contains(QStringLiteral("\"title\": \"Renamed\"")));

    // While visible, edits arrive after the debounce delay.
    m_f.window->document()->setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/host")),
                                    QStringLiteral("debounced.example"));
    QVERIFY(!raw->view()->toPlainText().contains(QStringLiteral("debounced.example")));
    QTRY_VERIFY(raw->view()->toPlainText().contains(QStringLiteral("debounced.example")));
}

void MainWindowTest::closeDocumentShowsWelcome()
{
    const QString folder = sampleCopy(QStringLiteral("hr"));
    QVERIFY(m_f.window->controller()->open(folder));
    action("actionClose")->trigger();
    QVERIFY(!m_f.window->controller()->isOpen());
    QCOMPARE(m_f.window->windowTitle(), QStringLiteral("Connector Designer"));
    auto *welcome = m_f.window->findChild<WelcomePage *>();
    QVERIFY(welcome->isVisible());
    emit welcome->recentRequested(QDir(folder).absolutePath());
    QVERIFY(m_f.window->controller()->isOpen());
    QCOMPARE(m_f.window->document()->displayName(), QStringLiteral("Contoso HR"));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
