// The validation dock in the main window, offscreen with real widgets: live findings and
// their counts, filters, jumps to the General tab or the raw line, quick fixes with undo,
// switching rules off per connector (persisted), and the inline messages on the General tab.
#include "BudgetMeter.h"
#include "CodeEditor.h"
#include "DocumentController.h"
#include "FieldMessage.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "GeneralPage.h"
#include "LiveValidation.h"
#include "MainWindow.h"
#include "ProblemConnector.h"
#include "RawJsonPage.h"
#include "RulesDialog.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "ValidationDock.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"
#include "validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;
using Severity = ValidationFinding::Severity;
using json::JsonPointer;

class ValidationDockTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sampleHasNoErrorsOrWarnings();
    void dockFillsWithKnownProblems();
    void modelsPassTheTester();
    void filtersBySeverityAndText();
    void editRemovesProblemAfterDebounce();
    void doubleClickJumpsToGeneralField();
    void doubleClickJumpsToRawLine();
    void jumpUsesCurrentLinesAfterEdits();
    void fixAppliesAndUndoReverts();
    void fixWhilePendingUsesCurrentFinding();
    void disableRuleHidesItAndPersists();
    void contextMenuDisablesRule();
    void rulesDialogReenablesRule();
    void generalFieldsShowTheirFindings();
    void dockHiddenOnWelcomePage();

private:
    QString knownProblems(const QString &name = QStringLiteral("problems"));
    void openProblems();
    ValidationDock *dock() const { return m_f.window->validationDock(); }
    QList<QString> ruleIds() const;
    QModelIndex rowOfRule(const QString &ruleId) const;
    void doubleClick(const QModelIndex &index);
    template<typename T>
    T *child(const char *name) const
    {
        return m_f.window->findChild<T *>(QLatin1String(name));
    }

    WindowFixture m_f;
};

void ValidationDockTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_validation"));
}

void ValidationDockTest::init()
{
    QVERIFY(m_f.start());
    QVERIFY(QTest::qWaitForWindowActive(m_f.window.get()));
}

void ValidationDockTest::cleanup()
{
    m_f.stop();
}

QString ValidationDockTest::knownProblems(const QString &name)
{
    const QString folder = m_f.dir->filePath(name);
    if (!ProblemConnector::writeKnownProblems(folder))
        qFatal("cannot write the problem connector");
    return folder;
}

void ValidationDockTest::openProblems()
{
    QVERIFY(m_f.window->controller()->open(knownProblems()));
}

QList<QString> ValidationDockTest::ruleIds() const
{
    QList<QString> ids;
    for (const ValidationFinding &finding : m_f.window->validation()->findings())
        ids.append(finding.ruleId);
    return ids;
}

QModelIndex ValidationDockTest::rowOfRule(const QString &ruleId) const
{
    const QAbstractItemModel *model = dock()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FindingsModel::MessageColumn);
        if (index.data(FindingsModel::RuleIdRole).toString() == ruleId)
            return index;
    }
    return {};
}

void ValidationDockTest::doubleClick(const QModelIndex &index)
{
    QTreeView *view = dock()->view();
    view->scrollTo(index);
    const QPoint center = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
}

void ValidationDockTest::sampleHasNoErrorsOrWarnings()
{
    const QString folder = m_f.dir->filePath(QStringLiteral("sample"));
    QVERIFY(UiTestSupport::copySample(folder));
    QVERIFY(m_f.window->controller()->open(folder));
    const ValidationReport::Counts counts = m_f.window->validation()->counts();
    QVERIFY2(counts.errors == 0 && counts.warnings == 0, qPrintable(ruleIds().join(QLatin1Char(' '))));
}

void ValidationDockTest::dockFillsWithKnownProblems()
{
    openProblems();
    // Filled at once on open, without waiting for the debounce.
    QVERIFY(!m_f.window->validation()->isPending());
    QVERIFY(dock()->isVisible());
    const QList<QString> ids = ruleIds();
    QVERIFY2(ids.contains(QStringLiteral("extension-name-typo")), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY(ids.contains(QStringLiteral("title-length")));
    QVERIFY(ids.contains(QStringLiteral("base-path-format")));
    // Exactly what the three edits cause (the sample itself has no errors or warnings).
    const ValidationReport::Counts counts = m_f.window->validation()->counts();
    QCOMPARE(counts.errors, 2);
    QCOMPARE(counts.warnings, 1);
    QCOMPARE(dock()->model()->rowCount(), int(ids.size()));
    // Most severe first.
    QCOMPARE(dock()->model()->finding(0).severity, Severity::Error);
    QCOMPARE(dock()->model()->finding(2).ruleId, QStringLiteral("extension-name-typo"));

    QVERIFY2(dock()->windowTitle().contains(QStringLiteral("2 errors, 1 warning")),
             qPrintable(dock()->windowTitle()));
    QVERIFY2(m_f.window->problemsButton()->text().startsWith(QStringLiteral("2 errors, 1 warning")),
             qPrintable(m_f.window->problemsButton()->text()));
    QVERIFY(m_f.window->problemsButton()->isVisible());
    QCOMPARE(dock()->severityButton(Severity::Error)->text(), QStringLiteral("2 Errors"));
    QCOMPARE(dock()->severityButton(Severity::Warning)->text(), QStringLiteral("1 Warning"));

    // Location: the file and the line the problem is on.
    const QModelIndex typo = rowOfRule(QStringLiteral("extension-name-typo"));
    const QString location = typo.siblingAtColumn(FindingsModel::LocationColumn).data().toString();
    const QString text = QString::fromUtf8(
        UiTestSupport::readFile(m_f.window->document()->folderPath() + QStringLiteral("/apiDefinition.swagger.json")));
    QCOMPARE(location, QStringLiteral("apiDefinition.swagger.json:%1")
                           .arg(ProblemConnector::lineOf(text, QStringLiteral("x-ms-visibilty"))));
    QCOMPARE(typo.siblingAtColumn(FindingsModel::RuleColumn).data().toString(),
             QStringLiteral("extension-name-typo"));
    QVERIFY(typo.data(FindingsModel::HasFixRole).toBool());
    QVERIFY(!typo.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void ValidationDockTest::modelsPassTheTester()
{
    // Attached before any data arrives, so every reset and filter change is checked.
    QAbstractItemModelTester sourceTester(dock()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(dock()->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    openProblems();
    QVERIFY(dock()->model()->rowCount() >= 3);
    dock()->filterEdit()->setText(QStringLiteral("basePath"));
    dock()->severityButton(Severity::Warning)->setChecked(false);
    dock()->view()->sortByColumn(FindingsModel::LocationColumn, Qt::DescendingOrder);
    m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("basePathEdit"))->setText(QString());
    QTest::keyClicks(m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("basePathEdit")),
                     QStringLiteral("/v2"));
    m_f.window->validation()->runNow();
    QVERIFY(!ruleIds().contains(QStringLiteral("base-path-format")));
}

void ValidationDockTest::filtersBySeverityAndText()
{
    openProblems();
    QTreeView *view = dock()->view();
    QCOMPARE(view->model()->rowCount(), dock()->model()->rowCount());
    QTest::mouseClick(dock()->severityButton(Severity::Error), Qt::LeftButton);
    QVERIFY(!dock()->severityButton(Severity::Error)->isChecked());
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(view->model()->index(row, 0).data(FindingsModel::SeverityRole).toInt() != int(Severity::Error));
    QVERIFY(rowOfRule(QStringLiteral("extension-name-typo")).isValid());
    QTest::mouseClick(dock()->severityButton(Severity::Error), Qt::LeftButton);

    QTest::keyClicks(dock()->filterEdit(), QStringLiteral("VISIBILTY"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(FindingsModel::RuleIdRole).toString(),
             QStringLiteral("extension-name-typo"));
    dock()->filterEdit()->setText(QStringLiteral("title-length")); // the rule id column matches too
    QCOMPARE(view->model()->rowCount(), 1);
    dock()->filterEdit()->setText(QStringLiteral("no such text"));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(child<QWidget>("findingsPlaceholder")->isVisible());
    dock()->filterEdit()->clear();
    QVERIFY(view->isVisible());
}

void ValidationDockTest::editRemovesProblemAfterDebounce()
{
    openProblems();
    auto *title = m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Contoso HR"));
    QCOMPARE(m_f.window->document()->value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")))
                 ->toString(),
             QStringLiteral("Contoso HR"));
    // Debounced: the old finding stays until the run, which comes shortly after.
    QVERIFY(m_f.window->validation()->isPending());
    QVERIFY(ruleIds().contains(QStringLiteral("title-length")));
    QTRY_VERIFY_WITH_TIMEOUT(!ruleIds().contains(QStringLiteral("title-length")), 3000);
    QCOMPARE(m_f.window->validation()->counts().errors, 1);
    QVERIFY(!rowOfRule(QStringLiteral("title-length")).isValid());
    QVERIFY(m_f.window->problemsButton()->text().startsWith(QStringLiteral("1 error, 1 warning")));
}

void ValidationDockTest::doubleClickJumpsToGeneralField()
{
    openProblems();
    m_f.window->tabs()->setCurrentIndex(MainWindow::SecurityTab);
    doubleClick(rowOfRule(QStringLiteral("title-length")));
    QCOMPARE(m_f.window->tabs()->currentIndex(), int(MainWindow::GeneralTab));
    auto *title = m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QTRY_VERIFY(title->hasFocus());

    doubleClick(rowOfRule(QStringLiteral("base-path-format")));
    QTRY_VERIFY(m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("basePathEdit"))->hasFocus());
}

void ValidationDockTest::doubleClickJumpsToRawLine()
{
    openProblems();
    const QModelIndex typo = rowOfRule(QStringLiteral("extension-name-typo"));
    doubleClick(typo);
    QCOMPARE(m_f.window->tabs()->currentIndex(), int(MainWindow::SwaggerTab));
    RawJsonPage *raw = m_f.window->rawPage();
    QCOMPARE(raw->part(), Part::Definition);
    const int expected = ProblemConnector::lineOf(raw->view()->toPlainText(), QStringLiteral("\"x-ms-visibilty\""));
    QVERIFY(expected > 0);
    QCOMPARE(raw->view()->markedLine(), expected);
    QCOMPARE(raw->view()->cursorLine(), expected);
    QTRY_VERIFY(raw->view()->hasFocus());
}

void ValidationDockTest::jumpUsesCurrentLinesAfterEdits()
{
    openProblems();
    ConnectorDocument *document = m_f.window->document();
    // Five new lines above the misspelled key: the lines of the file as read are stale now.
    auto contact = json::JsonValue::makeObject();
    for (const char *key : {"a", "b", "c"})
        contact->insertItem(contact->size(), json::JsonValue::makeString(QStringLiteral("x")), QLatin1String(key));
    QVERIFY(document->setValue(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/x-extra")),
                               std::move(contact)));
    m_f.window->validation()->runNow();
    const QModelIndex typo = rowOfRule(QStringLiteral("extension-name-typo"));
    const ValidationFinding *finding = dock()->findingAt(typo);
    QVERIFY(finding);
    doubleClick(typo);
    RawJsonPage *raw = m_f.window->rawPage();
    const int expected = ProblemConnector::lineOf(raw->view()->toPlainText(), QStringLiteral("\"x-ms-visibilty\""));
    const int asRead = ProblemConnector::lineOf(document->file(Part::Definition).text(), QStringLiteral("x-ms-visibilty"));
    QCOMPARE(expected, asRead + 5);
    QCOMPARE(raw->view()->markedLine(), expected);
    QCOMPARE(finding->line, expected); // the dock's location is current too

    // An edit after the last run moves lines again: the jump still lands right.
    QVERIFY(document->remove(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/x-extra"))));
    m_f.window->tabs()->setCurrentIndex(MainWindow::GeneralTab);
    QVERIFY(m_f.window->validation()->isPending());
    doubleClick(rowOfRule(QStringLiteral("extension-name-typo")));
    QCOMPARE(raw->view()->markedLine(), asRead);
}

void ValidationDockTest::fixAppliesAndUndoReverts()
{
    openProblems();
    ConnectorDocument *document = m_f.window->document();
    const JsonPointer typo = JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/x-ms-visibilty"));
    const JsonPointer fixed = JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/x-ms-visibility"));
    QVERIFY(document->value(Part::Definition, typo));
    QPushButton *fix = dock()->fixButton();
    QVERIFY(!fix->isEnabled());
    QVERIFY(dock()->selectRule(QStringLiteral("extension-name-typo")));
    QVERIFY(fix->isEnabled());
    QVERIFY2(fix->text().contains(QStringLiteral("x-ms-visibility")), qPrintable(fix->text()));
    const int steps = document->undoStack()->count();
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(m_f.dialogs->errors.isEmpty());
    QCOMPARE(document->undoStack()->count(), steps + 1); // one undo step
    QVERIFY(!document->value(Part::Definition, typo));
    QCOMPARE(document->value(Part::Definition, fixed)->toString(), QStringLiteral("important"));
    QVERIFY(!ruleIds().contains(QStringLiteral("extension-name-typo")));
    QCOMPARE(m_f.window->validation()->counts().warnings, 0);

    document->undoStack()->undo();
    QVERIFY(document->value(Part::Definition, typo));
    QVERIFY(!document->value(Part::Definition, fixed));
    QTRY_VERIFY_WITH_TIMEOUT(ruleIds().contains(QStringLiteral("extension-name-typo")), 3000);
    QVERIFY(!document->isModified());
}

void ValidationDockTest::fixWhilePendingUsesCurrentFinding()
{
    openProblems();
    QVERIFY(dock()->selectRule(QStringLiteral("base-path-format")));
    // The user changes the base path but the run has not happened: the fix must not restore
    // the old value ("/v1"), it applies to what is there now.
    auto *basePath = m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("basePathEdit"));
    basePath->selectAll();
    QTest::keyClicks(basePath, QStringLiteral("v2"));
    QVERIFY(m_f.window->validation()->isPending());
    QTest::mouseClick(dock()->fixButton(), Qt::LeftButton);
    QCOMPARE(m_f.window->document()->value(Part::Definition, JsonPointer::fromString(QStringLiteral("/basePath")))
                 ->toString(),
             QStringLiteral("/v2"));
    QVERIFY(!ruleIds().contains(QStringLiteral("base-path-format")));
}

void ValidationDockTest::disableRuleHidesItAndPersists()
{
    openProblems();
    const QString folder = m_f.window->document()->folderPath();
    QVERIFY(dock()->selectRule(QStringLiteral("title-length")));
    dock()->disableCurrentRule();
    QVERIFY(!ruleIds().contains(QStringLiteral("title-length")));
    QVERIFY(!rowOfRule(QStringLiteral("title-length")).isValid());
    QCOMPARE(m_f.window->validation()->counts().errors, 1);
    QVERIFY(m_f.window->validation()->disabledRules().contains(QStringLiteral("title-length")));

    // Kept in the designer's settings, not in the connector's files.
    const QByteArray definition = UiTestSupport::readFile(folder + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(!definition.contains("title-length"));
    QVERIFY(!UiTestSupport::readFile(folder + QStringLiteral("/apiProperties.json")).contains("title-length"));
    QVERIFY(!m_f.window->document()->isModified());

    // Another window (a later session) opening the same folder has it off too; another connector does not.
    ScriptedDialogProvider dialogs;
    MainWindow second(&dialogs);
    QVERIFY(second.controller()->open(folder));
    QVERIFY(second.validation()->disabledRules().contains(QStringLiteral("title-length")));
    bool found = false;
    for (const ValidationFinding &finding : second.validation()->findings())
        found = found || finding.ruleId == QLatin1String("title-length");
    QVERIFY(!found);
    QVERIFY(second.controller()->open(knownProblems(QStringLiteral("other"))));
    QVERIFY(second.validation()->disabledRules().isEmpty());
}

void ValidationDockTest::contextMenuDisablesRule()
{
    openProblems();
    const QModelIndex index = rowOfRule(QStringLiteral("base-path-format"));
    QTreeView *view = dock()->view();
    bool triggered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        auto *fix = menu->findChild<QAction *>(QStringLiteral("actionFixFinding"));
        QVERIFY(fix && fix->isEnabled());
        auto *disable = menu->findChild<QAction *>(QStringLiteral("actionDisableRule"));
        QVERIFY(disable);
        QVERIFY(disable->text().contains(QStringLiteral("base-path-format")));
        triggered = true;
        disable->trigger();
        menu->close();
    });
    emit view->customContextMenuRequested(view->visualRect(index).center());
    QVERIFY(triggered);
    QVERIFY(!ruleIds().contains(QStringLiteral("base-path-format")));
}

void ValidationDockTest::rulesDialogReenablesRule()
{
    openProblems();
    m_f.window->validation()->setRuleEnabled(QStringLiteral("title-length"), false);
    QVERIFY(!ruleIds().contains(QStringLiteral("title-length")));
    QTest::mouseClick(child<QToolButton>("rulesButton"), Qt::LeftButton);
    RulesDialog *dialog = dock()->rulesDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->list()->topLevelItemCount(), int(Validator::rules().size()));
    QVERIFY(!dialog->isRuleEnabled(QStringLiteral("title-length")));
    QVERIFY(dialog->isRuleEnabled(QStringLiteral("extension-name-typo")));
    dialog->setRuleEnabled(QStringLiteral("title-length"), true);
    dialog->setRuleEnabled(QStringLiteral("extension-name-typo"), false);
    dialog->accept();
    QVERIFY(ruleIds().contains(QStringLiteral("title-length")));
    QVERIFY(!ruleIds().contains(QStringLiteral("extension-name-typo")));
    QCOMPARE(m_f.window->validation()->disabledRules(), QSet<QString>({QStringLiteral("extension-name-typo")}));
}

void ValidationDockTest::generalFieldsShowTheirFindings()
{
    openProblems();
    auto *titleMessage = child<FieldMessage>("titleMessage");
    QVERIFY(titleMessage);
    QVERIFY2(titleMessage->problem().contains(QStringLiteral("30")), qPrintable(titleMessage->problem()));
    QVERIFY(m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->property("invalid").toBool());
    // The page's own check speaks for the base path while it is wrong...
    auto *basePathMessage = child<FieldMessage>("basePathMessage");
    QCOMPARE(basePathMessage->problem(), GeneralView::basePathProblem(QStringLiteral("v1")));
    // ...and a field edited drops the validator's message until the next run.
    auto *title = m_f.window->generalPage()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Contoso HR Connector"));
    QVERIFY(titleMessage->problem().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!titleMessage->problem().isEmpty(), 3000); // "Connector" in the title
    QVERIFY(ruleIds().contains(QStringLiteral("title-words")));
    // The description's length is the counter's business, not a second message.
    auto *description = m_f.window->generalPage()->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    description->setPlainText(QStringLiteral("Too short."));
    m_f.window->validation()->runNow();
    QVERIFY(ruleIds().contains(QStringLiteral("description-length")));
    QVERIFY(child<FieldMessage>("descriptionMessage")->problem().isEmpty());
}

void ValidationDockTest::dockHiddenOnWelcomePage()
{
    QVERIFY(!dock()->isVisible());
    QVERIFY(!m_f.window->problemsButton()->isVisible());
    openProblems();
    QVERIFY(dock()->isVisible());
    dock()->close();
    QVERIFY(m_f.window->controller()->closeDocument());
    QVERIFY(m_f.window->validation()->findings().isEmpty());
    QVERIFY(!m_f.window->budgetMeter()->isVisible());
    QVERIFY(m_f.window->controller()->open(knownProblems(QStringLiteral("again"))));
    QVERIFY(!dock()->isVisible()); // closed by the user: stays closed
    QTest::mouseClick(m_f.window->problemsButton(), Qt::LeftButton);
    QVERIFY(dock()->isVisible());
}

QTEST_MAIN(ValidationDockTest)
#include "ValidationDockTest.moc"
