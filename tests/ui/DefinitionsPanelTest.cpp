// The definitions panel on the sample: list model (tester), find usages, delete refused
// while used, rename rewriting every $ref in one step, add, delete, go to definition from
// the embedded schema editor; undo back to the original bytes.
#include "definition/DefinitionsPanel.h"
#include "DefinitionUiSupport.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "definition/DefinitionListModel.h"
#include "definition/SchemaEditor.h"
#include "definition/SchemaTreeModel.h"
#include "document/ConnectorDocument.h"
#include "domain/DomainTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using json::JsonPointer;
using namespace DefinitionUiSupport;

class DefinitionsPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void panelOnSample();

private:
    template<typename W>
    W *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<W *>(name);
    }
};

void DefinitionsPanelTest::panelOnSample()
{
    QTemporaryDir dir;
    QVERIFY(UiTestSupport::copySample(dir.path()));
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.open(dir.path(), &error), qPrintable(error));
    const QByteArray original = definitionBytes(document);
    ScriptedDialogProvider dialogs;
    DefinitionsPanel panel(&document, &dialogs);
    panel.resize(1100, 640);
    panel.show();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->names(), QStringList({"Employee", "EmployeeInput", "EmployeeList", "AuditEvent", "AuditEventList", "Headcount"}));
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
    QCOMPARE(panel.model()->names(), QStringList({"Staff", "EmployeeInput", "EmployeeList", "AuditEvent", "AuditEventList", "Headcount"}));
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
    QCOMPARE(panel.model()->names(), QStringList({"Employee", "EmployeeInput", "EmployeeList", "AuditEvent", "AuditEventList", "Headcount"}));
}

QTEST_MAIN(DefinitionsPanelTest)
#include "DefinitionsPanelTest.moc"
