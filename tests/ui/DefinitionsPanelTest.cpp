// The definitions panel on the sample: list model (tester), find usages, delete refused
// while used, rename rewriting every $ref in one step, add, delete, go to definition from
// the embedded schema editor; undo back to the original bytes.
#include "definition/DefinitionsPanel.h"
#include "DefinitionUiSupport.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "definition/DefinitionListModel.h"
#include "definition/ParameterForm.h"
#include "definition/ResponseDetailForm.h"
#include "definition/SchemaEditor.h"
#include "definition/SchemaTreeModel.h"
#include "document/ConnectorDocument.h"
#include "domain/DomainTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using json::JsonPointer;
using namespace DefinitionUiSupport;

// The bundled sample copied to a scratch folder, opened, and a shown panel of one section on it.
struct PanelOnSample
{
    QTemporaryDir dir;
    ConnectorDocument document;
    ScriptedDialogProvider dialogs;
    std::unique_ptr<DefinitionsPanel> panel;
    QByteArray original;

    bool open(DefinitionsPanel::Section section, const QSize &size)
    {
        QString error;
        if (!UiTestSupport::copySample(dir.path()) || !document.open(dir.path(), &error))
            return false;
        original = definitionBytes(document);
        panel = std::make_unique<DefinitionsPanel>(&document, &dialogs, section);
        panel->resize(size);
        panel->show();
        return true;
    }
};

class DefinitionsPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void panelOnSample();
    void sharedParameters();
    void filterAndDuplicate();
    void sharedResponses();

private:
    template<typename W>
    W *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<W *>(name);
    }
};

void DefinitionsPanelTest::panelOnSample()
{
    PanelOnSample f;
    QVERIFY(f.open(DefinitionsPanel::Section::Definitions, QSize(1100, 640)));
    ConnectorDocument &document = f.document;
    ScriptedDialogProvider &dialogs = f.dialogs;
    DefinitionsPanel &panel = *f.panel;
    const QByteArray original = f.original;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->names(),
             QStringList(
                 {"Employee", "EmployeeInput", "EmployeeList", "AuditEvent", "AuditEventList", "Headcount"}));
    QCOMPARE(panel.currentDefinition(), QStringLiteral("Employee"));
    QCOMPARE(panel.schemaEditor()->schemaPointer().toString(), QStringLiteral("/definitions/Employee"));
    QCOMPARE(panel.model()->index(0).data(DefinitionListModel::UsageCountRole).toInt(), 4);

    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("findUsagesButton")), Qt::LeftButton);
    QListWidget *usages = panel.usagesList();
    QCOMPARE(usages->count(), 4);
    QCOMPARE(usages->item(0)->text(),
             QStringLiteral("POST /employees \u203a responses \u203a 201 \u203a schema"));
    QSignalSpy activated(&panel, &DefinitionsPanel::usageActivated);
    emit usages->itemActivated(usages->item(0));
    QCOMPARE(activated.at(0).at(0).value<JsonPointer>().toString(),
             QStringLiteral("/paths/~1employees/post/responses/201/schema/$ref"));

    // Used: delete is refused and names the usages; nothing changes.
    dialogs.confirmations.enqueue(true);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("removeDefinitionButton")), Qt::LeftButton);
    QVERIFY(!panel.lastError().isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);

    // Rename: every $ref follows, one step.
    auto *rename = child<QLineEdit>(&panel, QStringLiteral("renameDefinitionEdit"));
    rename->setFocus();
    rename->selectAll();
    QTest::keyClicks(rename, QStringLiteral("Staff"));
    QTest::keyClick(rename, Qt::Key_Return);
    QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(panel.currentDefinition(), QStringLiteral("Staff"));
    QCOMPARE(panel.schemaEditor()->schemaPointer().toString(), QStringLiteral("/definitions/Staff"));
    {
        const char *expected = R"({"$ref": "#/definitions/Staff"})";
        DOMAIN_COMPARE_JSON(
            nodeText(document, QStringLiteral("/paths/~1employees/post/responses/201/schema")).toUtf8(),
            expected);
    }
    {
        const char *expected = R"({"$ref": "#/definitions/Staff"})";
        DOMAIN_COMPARE_JSON(
            nodeText(document, QStringLiteral("/definitions/EmployeeList/properties/value/items")).toUtf8(),
            expected);
    }

    // Add, give it a property through the schema editor, delete it (unused).
    auto *name = child<QLineEdit>(&panel, QStringLiteral("newDefinitionEdit"));
    QTest::keyClicks(name, QStringLiteral("Department"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(panel.currentDefinition(), QStringLiteral("Department"));
    QTest::mouseClick(panel.schemaEditor()->button(SchemaEditor::Action::AddChild), Qt::LeftButton);
    {
        const char *expected = R"({"type": "object", "properties": {"property1": {"type": "string"}}})";
        DOMAIN_COMPARE_JSON(nodeText(document, QStringLiteral("/definitions/Department")).toUtf8(), expected);
    }
    QCOMPARE(document.undoStack()->count(), 3);
    dialogs.confirmations.enqueue(true);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("removeDefinitionButton")), Qt::LeftButton);
    QCOMPARE(
        panel.model()->names(),
        QStringList({"Staff", "EmployeeInput", "EmployeeList", "AuditEvent", "AuditEventList", "Headcount"}));
    QCOMPARE(document.undoStack()->count(), 4);

    // Go to definition from a $ref inside another definition.
    QVERIFY(panel.selectDefinition(QStringLiteral("EmployeeList")));
    QVERIFY(panel.schemaEditor()->selectPointer(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeList/properties/value/items"))));
    QTest::mouseClick(child<QPushButton>(panel.schemaEditor(), QStringLiteral("goToDefinitionButton")),
                      Qt::LeftButton);
    QCOMPARE(panel.currentDefinition(), QStringLiteral("Staff"));

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(definitionBytes(document), original);
    QCOMPARE(panel.model()->names(),
             QStringList(
                 {"Employee", "EmployeeInput", "EmployeeList", "AuditEvent", "AuditEventList", "Headcount"}));
}

// Shared parameters: add one (a string query parameter named after it), edit it in the
// parameter form, use it from an operation, find that usage, rename (the $ref follows), delete
// refused while used; undo back to the original bytes.
void DefinitionsPanelTest::sharedParameters()
{
    PanelOnSample f;
    QVERIFY(f.open(DefinitionsPanel::Section::Parameters, QSize(1100, 640)));
    ConnectorDocument &document = f.document;
    ScriptedDialogProvider &dialogs = f.dialogs;
    DefinitionsPanel &panel = *f.panel;
    const QByteArray original = f.original;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(panel.model()->names().isEmpty());
    QVERIFY(panel.parameterForm() && !panel.schemaEditor() && !panel.responseForm());

    auto *name = child<QLineEdit>(&panel, QStringLiteral("sharedParameterNewDefinitionEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("pageSize"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
    QCOMPARE(panel.currentDefinition(), QStringLiteral("pageSize"));
    DOMAIN_COMPARE_JSON(nodeText(document, QStringLiteral("/parameters/pageSize")).toUtf8(),
                        R"({"name": "pageSize", "in": "query", "type": "string"})");
    QTest::keyClicks(panel.parameterForm()->descriptionEdit(), QStringLiteral("Items per page"));
    QVERIFY(chooseInCombo(panel.parameterForm()->typeCombo(), QStringLiteral("integer")));
    DOMAIN_COMPARE_JSON(
        nodeText(document, QStringLiteral("/parameters/pageSize")).toUtf8(),
        R"({"name": "pageSize", "in": "query", "type": "integer", "description": "Items per page"})");

    auto ref = json::JsonValue::makeObject();
    ref->insertItem(0, json::JsonValue::makeString(QStringLiteral("#/parameters/pageSize")),
                    QStringLiteral("$ref"));
    QVERIFY(document.insert(ConnectorDocument::Part::Definition,
                            JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/parameters")), -1,
                            std::move(ref)));
    QCOMPARE(panel.model()->index(0).data(DefinitionListModel::UsageCountRole).toInt(), 1);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("sharedParameterFindUsagesButton")),
                      Qt::LeftButton);
    QCOMPARE(panel.usagesList()->count(), 1);
    QCOMPARE(panel.usagesList()->item(0)->text(),
             QStringLiteral("GET /employees \u203a parameters \u203a 4"));

    auto *rename = child<QLineEdit>(&panel, QStringLiteral("sharedParameterRenameDefinitionEdit"));
    rename->setFocus();
    rename->selectAll();
    QTest::keyClicks(rename, QStringLiteral("top"));
    QTest::keyClick(rename, Qt::Key_Return);
    QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
    QCOMPARE(panel.currentDefinition(), QStringLiteral("top"));
    DOMAIN_COMPARE_JSON(nodeText(document, QStringLiteral("/paths/~1employees/get/parameters/4")).toUtf8(),
                        R"({"$ref": "#/parameters/top"})");

    dialogs.confirmations.enqueue(true);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("sharedParameterRemoveDefinitionButton")),
                      Qt::LeftButton);
    QVERIFY(panel.lastError().contains(QStringLiteral("/paths/~1employees/get/parameters/4/$ref")));
    QCOMPARE(panel.model()->names(), QStringList({"top"}));

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(definitionBytes(document), original);
    QVERIFY(panel.model()->names().isEmpty());
}

// Shared responses: add one, describe it, give it a schema and a header, delete it (unused);
// undo back to the original bytes.
void DefinitionsPanelTest::sharedResponses()
{
    PanelOnSample f;
    QVERIFY(f.open(DefinitionsPanel::Section::Responses, QSize(1100, 700)));
    ConnectorDocument &document = f.document;
    ScriptedDialogProvider &dialogs = f.dialogs;
    DefinitionsPanel &panel = *f.panel;
    const QByteArray original = f.original;
    QVERIFY(panel.responseForm() && !panel.schemaEditor() && !panel.parameterForm());
    QVERIFY(panel.responseForm()->isHidden());

    auto *name = child<QLineEdit>(&panel, QStringLiteral("sharedResponseNewDefinitionEdit"));
    QTest::keyClicks(name, QStringLiteral("NotFound"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(panel.currentDefinition(), QStringLiteral("NotFound"));
    QVERIFY(!panel.responseForm()->isHidden());
    QCOMPARE(panel.responseForm()->responsePointer().toString(), QStringLiteral("/responses/NotFound"));
    QTest::keyClicks(panel.responseForm()->descriptionEdit(), QStringLiteral("No such employee."));
    QTest::mouseClick(child<QPushButton>(panel.responseForm(), QStringLiteral("addSchemaButton")),
                      Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(panel.responseForm(), QStringLiteral("addHeaderButton")),
                      Qt::LeftButton);
    QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
    const QString written = nodeText(document, QStringLiteral("/responses/NotFound"));
    QVERIFY2(written.contains(QStringLiteral("\"description\": \"No such employee.\"")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("\"schema\"")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("\"X-Header\"")), qPrintable(written));
    QCOMPARE(panel.responseForm()->schemaEditor()->schemaPointer().toString(),
             QStringLiteral("/responses/NotFound/schema"));

    dialogs.confirmations.enqueue(true);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("sharedResponseRemoveDefinitionButton")),
                      Qt::LeftButton);
    QVERIFY(panel.model()->names().isEmpty());
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(definitionBytes(document), original);
}

// The filter box narrows the list by name as the user types; Duplicate copies the selected entry
// under a free name (one undo step) and shows it even when the filter hid it.
void DefinitionsPanelTest::filterAndDuplicate()
{
    PanelOnSample f;
    QVERIFY(f.open(DefinitionsPanel::Section::Definitions, QSize(1100, 640)));
    ConnectorDocument &document = f.document;
    DefinitionsPanel &panel = *f.panel;
    const QByteArray original = f.original;
    QAbstractItemModel *shown = child<QListView>(&panel, QStringLiteral("definitionList"))->model();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("audit"));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("AuditEvent"));
    QCOMPARE(panel.currentDefinition(), QStringLiteral("AuditEvent"));

    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("duplicateDefinitionButton")),
                      Qt::LeftButton);
    QCOMPARE(panel.currentDefinition(), QStringLiteral("AuditEventCopy"));
    QCOMPARE(nodeText(document, QStringLiteral("/definitions/AuditEventCopy")),
             nodeText(document, QStringLiteral("/definitions/AuditEvent")));
    QCOMPARE(shown->rowCount(), 3);
    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("duplicateDefinitionButton")),
                      Qt::LeftButton);
    QCOMPARE(panel.currentDefinition(), QStringLiteral("AuditEventCopyCopy"));
    QCOMPARE(document.undoStack()->count(), 2);

    panel.filterEdit()->setText(QStringLiteral("zzz"));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(panel.selectDefinition(QStringLiteral("Employee"))); // clears the filter to show it
    QVERIFY(panel.filterEdit()->text().isEmpty());
    QCOMPARE(panel.currentDefinition(), QStringLiteral("Employee"));
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(definitionBytes(document), original);
}

QTEST_MAIN(DefinitionsPanelTest)
#include "DefinitionsPanelTest.moc"
