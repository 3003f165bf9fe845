// Builds a connector from a blank one with the Definition tab only by clicking and typing
// (the New dialog, the General fields, the parameter table and form), saves it with Save
// and compares apiDefinition.swagger.json with a fixture written by hand.
#include "DocumentController.h"
#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "definition/DefinitionPage.h"
#include "definition/NewOperationDialog.h"
#include "definition/OperationEditor.h"
#include "definition/OperationGeneralForm.h"
#include "definition/ParameterForm.h"
#include "definition/ParameterTableModel.h"
#include "definition/PoliciesPanel.h"
#include "definition/PolicyForm.h"
#include "definition/RequestForm.h"
#include "definition/TriggerBuilderDialog.h"
#include "document/ConnectorDocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class DefinitionBuildTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildTwoActionsFromBlank();
    void buildWebhookTriggerAndPolicyFromBlank();

private:
    void newOperation(const QString &method, const QString &path, const QString &summary, const QString &id);
    void addParameter(const QString &name, const QString &location, const QString &type,
                      const QString &label);
    static void type(QLineEdit *edit, const QString &text, bool finish = false);
    static void choose(QComboBox *combo, const QString &text);
    static void compareWithFixture(const QString &folder, const QString &fixture, const QString &fileName);

    MainWindow *m_window = nullptr;
    DefinitionPage *m_page = nullptr;
};

void DefinitionBuildTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_definition_build"));
    QSettings().clear();
}

void DefinitionBuildTest::type(QLineEdit *edit, const QString &text, bool finish)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (finish)
        QTest::keyClick(edit, Qt::Key_Return);
}

void DefinitionBuildTest::choose(QComboBox *combo, const QString &text)
{
    // What a click on an item of the popup does.
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void DefinitionBuildTest::newOperation(const QString &method, const QString &path, const QString &summary,
                                       const QString &id)
{
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    NewOperationDialog *dialog = m_page->newOperationDialog();
    QVERIFY(dialog);
    dialog->methodCombo()->setCurrentIndex(dialog->methodCombo()->findText(method));
    type(dialog->pathEdit(), path);
    type(dialog->summaryEdit(), summary);
    if (!id.isEmpty())
        type(dialog->operationIdEdit(), id);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(!m_page->newOperationDialog());
}

void DefinitionBuildTest::addParameter(const QString &name, const QString &location, const QString &typeName,
                                       const QString &label)
{
    RequestForm *request = m_page->editor()->requestForm();
    QTest::mouseClick(request->addButton(), Qt::LeftButton);
    ParameterForm *form = request->parameterForm();
    type(form->nameEdit(), name, true);
    if (location != QLatin1String("query"))
        choose(form->locationCombo(), location);
    if (typeName != QLatin1String("string"))
        choose(form->typeCombo(), typeName);
    type(form->summaryEdit(), label);
    QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
}

void DefinitionBuildTest::buildTwoActionsFromBlank()
{
    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    m_window = &window;
    window.controller()->setRemembersRecent(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    window.tabs()->setCurrentIndex(MainWindow::DefinitionTab);
    m_page = window.definitionPage();
    QVERIFY(m_page->isVisible());
    QVERIFY(!m_page->editor()->operation().isValid());
    QVERIFY(!m_page->deleteButton()->isEnabled());

    // Action 1: get an item, its path parameter described, a query parameter added.
    newOperation(QStringLiteral("GET"), QStringLiteral("/items/{itemId}"), QStringLiteral("Get an item"), {});
    OperationGeneralForm *general = m_page->editor()->generalForm();
    QCOMPARE(general->operationIdEdit()->text(), QStringLiteral("GetAnItem"));
    QTest::keyClicks(general->descriptionEdit(), QStringLiteral("Returns one item by its ID."));
    choose(general->visibilityCombo(), general->visibilityCombo()->itemText(1)); // important
    m_page->editor()->tabs()->setCurrentIndex(OperationEditor::RequestSubTab);
    RequestForm *request = m_page->editor()->requestForm();
    QCOMPARE(request->currentParameterRow(), 0);
    ParameterForm *parameter = request->parameterForm();
    QCOMPARE(parameter->nameEdit()->text(), QStringLiteral("itemId"));
    type(parameter->descriptionEdit(), QStringLiteral("The ID of the item."));
    addParameter(QStringLiteral("fields"), QStringLiteral("query"), QStringLiteral("string"),
                 QStringLiteral("Fields"));
    type(parameter->descriptionEdit(), QStringLiteral("Comma-separated fields to return."));

    // Action 2: create an item, with an optional flag and a required header.
    m_page->editor()->tabs()->setCurrentIndex(OperationEditor::GeneralSubTab);
    newOperation(QStringLiteral("POST"), QStringLiteral("/items"), QStringLiteral("Create an item"),
                 QStringLiteral("CreateItem"));
    QTest::keyClicks(general->descriptionEdit(), QStringLiteral("Adds an item to the inventory."));
    m_page->editor()->tabs()->setCurrentIndex(OperationEditor::RequestSubTab);
    QCOMPARE(request->parameterModel()->rowCount(), 0);
    addParameter(QStringLiteral("dryRun"), QStringLiteral("query"), QStringLiteral("boolean"),
                 QStringLiteral("Dry run"));
    type(parameter->defaultEdit(), QStringLiteral("false"));
    type(parameter->descriptionEdit(), QStringLiteral("Check the item without storing it."));
    addParameter(QStringLiteral("X-Request-Id"), QStringLiteral("header"), QStringLiteral("string"),
                 QStringLiteral("Request ID"));
    QTest::mouseClick(parameter->requiredCheck(), Qt::LeftButton, {},
                      QPoint(8, parameter->requiredCheck()->height() / 2));
    choose(parameter->visibilityCombo(), parameter->visibilityCombo()->itemText(2)); // advanced

    // Save (as: the blank connector has no folder yet) and compare.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("inventory"));
    dialogs.folders.enqueue(folder);
    window.findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(QLatin1Char('\n'))));
    const QByteArray saved
        = UiTestSupport::readFile(QDir(folder).filePath(ConnectorDocument::DefinitionFileName));
    const QByteArray expected = UiTestSupport::readFile(
        qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/tests/ui/fixtures/definition-two-actions/")
        + ConnectorDocument::DefinitionFileName);
    QVERIFY(!expected.isEmpty());
    if (saved != expected)
        qWarning("saved:\n%s", saved.constData());
    QCOMPARE(saved, expected);
}

void DefinitionBuildTest::compareWithFixture(const QString &folder, const QString &fixture,
                                             const QString &fileName)
{
    const QByteArray saved = UiTestSupport::readFile(QDir(folder).filePath(fileName));
    const QByteArray expected = UiTestSupport::readFile(qEnvironmentVariable("CD_SOURCE_DIR")
                                                        + QStringLiteral("/tests/ui/fixtures/") + fixture
                                                        + QLatin1Char('/') + fileName);
    QVERIFY(!expected.isEmpty());
    if (saved != expected)
        qWarning("saved %s:\n%s", qPrintable(fileName), saved.constData());
    QCOMPARE(saved, expected);
}

// An action, a webhook trigger made with the trigger builder (its delete operation created with
// it), and a policy from the Policies section applied to the action; saved and compared, both
// files, with fixtures written by hand.
void DefinitionBuildTest::buildWebhookTriggerAndPolicyFromBlank()
{
    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    m_window = &window;
    window.controller()->setRemembersRecent(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    window.tabs()->setCurrentIndex(MainWindow::DefinitionTab);
    m_page = window.definitionPage();

    newOperation(QStringLiteral("GET"), QStringLiteral("/items"), QStringLiteral("List items"),
                 QStringLiteral("ListItems"));
    OperationGeneralForm *general = m_page->editor()->generalForm();
    QTest::keyClicks(general->descriptionEdit(), QStringLiteral("Returns every item."));

    newOperation(QStringLiteral("POST"), QStringLiteral("/hooks"), QStringLiteral("When an item is added"),
                 QStringLiteral("OnItemAdded"));
    QTest::keyClicks(general->descriptionEdit(),
                     QStringLiteral("Runs when an item is added to the inventory."));
    QTest::mouseClick(general->makeTriggerButton(), Qt::LeftButton);
    TriggerBuilderDialog *builder = general->triggerBuilder();
    QVERIFY(builder);
    QCOMPARE(builder->styles()->currentIndex(), int(TriggerBuilderDialog::Webhook));
    type(builder->callbackEdit(), QStringLiteral("notificationUrl"));
    builder->notificationEdit()->setFocus();
    QTest::keyClicks(
        builder->notificationEdit(),
        QStringLiteral("{\"type\": \"object\", \"properties\": {\"itemId\": {\"type\": \"string\"}}}"));
    builder->deleteCombo()->setCurrentIndex(0); // a new DELETE operation
    QTest::mouseClick(builder->applyButton(), Qt::LeftButton);
    QVERIFY2(builder->error().isEmpty(), qPrintable(builder->error()));
    QTRY_VERIFY(!general->triggerBuilder());
    QCOMPARE(general->kindLabel()->text(), QStringLiteral("Webhook trigger, one run per item"));

    m_page->sections()->setCurrentIndex(DefinitionPage::PoliciesSection);
    PoliciesPanel *policies = m_page->policiesPanel();
    QAction *setHeader = nullptr;
    for (QAction *action : policies->templateMenu()->actions()) {
        if (action->data().toString() == QLatin1String("setheader"))
            setHeader = action;
    }
    QVERIFY(setHeader);
    setHeader->trigger();
    PolicyForm *policy = policies->form();
    type(policy->titleEdit(), QStringLiteral("Source header"));
    auto *name = qobject_cast<QLineEdit *>(
        policy->parameterField(QStringLiteral("x-ms-apimTemplateParameter.name")));
    auto *value = qobject_cast<QLineEdit *>(
        policy->parameterField(QStringLiteral("x-ms-apimTemplateParameter.value")));
    QVERIFY(name && value);
    type(name, QStringLiteral("X-Source"));
    type(value, QStringLiteral("connector-designer"));
    const QList<QListWidgetItem *> listItems
        = policy->operationsList()->findItems(QStringLiteral("ListItems"), Qt::MatchStartsWith);
    QCOMPARE(listItems.size(), 1);
    listItems.first()->setCheckState(Qt::Checked);
    QApplication::processEvents();

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("inventory-hooks"));
    dialogs.folders.enqueue(folder);
    window.findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY2(dialogs.errors.isEmpty(), qPrintable(dialogs.errors.join(QLatin1Char('\n'))));
    compareWithFixture(folder, QStringLiteral("definition-webhook-policy"),
                       ConnectorDocument::DefinitionFileName);
    compareWithFixture(folder, QStringLiteral("definition-webhook-policy"),
                       ConnectorDocument::PropertiesFileName);
}

QTEST_MAIN(DefinitionBuildTest)
#include "DefinitionBuildTest.moc"
