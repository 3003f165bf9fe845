// The Definition tab's request editors with real widgets (offscreen): the parameter form and
// table, path edits with their path parameters, shared parameters, path and method clashes,
// and import from a sample.
#include "DefinitionPageFixture.h"
#include "UiTestSupport.h"
#include "definition/NewOperationDialog.h"
#include "definition/OperationEditor.h"
#include "definition/OperationGeneralForm.h"
#include "definition/OperationListModel.h"
#include "definition/ParameterForm.h"
#include "definition/ParameterTableModel.h"
#include "definition/RequestForm.h"
#include "definition/RequestSampleDialog.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"
#include "json/JsonValue.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using json::JsonPointer;
using namespace UiTestSupport;

class DefinitionRequestTest : public DefinitionPageFixture
{
    Q_OBJECT

private slots:
    void parameterFormEdits();
    void parameterTableAddRemoveMove();
    void pathEditRenamesAndAddsPathParameters();
    void sharedParameterEditsTheSharedDefinition();
    void pathClashAndMethodClashShowErrors();
    void importFromSample();
    void importFromSampleErrorStaysInDialog();
};

void DefinitionRequestTest::parameterFormEdits()
{
    m_page->editor()->tabs()->setCurrentIndex(OperationEditor::RequestSubTab);
    RequestForm *form = request();
    QCOMPARE(form->parameterModel()->rowCount(), 4);
    form->selectParameter(0);
    ParameterForm *parameter = parameterForm();
    QCOMPARE(parameter->nameEdit()->text(), QStringLiteral("search"));
    const QString at = QStringLiteral("/paths/~1employees/get/parameters/0/");
    QUndoStack *undo = m_document->undoStack();

    parameter->descriptionEdit()->setFocus();
    parameter->descriptionEdit()->selectAll();
    QTest::keyClicks(parameter->descriptionEdit(), QStringLiteral("Words to find"));
    QCOMPARE(value(at + QStringLiteral("description"))->toString(), QStringLiteral("Words to find"));
    QCOMPARE(undo->count(), 1);
    replaceText(parameter->summaryEdit(), QStringLiteral("Search text"), false);
    QCOMPARE(value(at + QStringLiteral("x-ms-summary"))->toString(), QStringLiteral("Search text"));
    clickCheck(parameter->requiredCheck());
    QVERIFY(value(at + QStringLiteral("required"))->toBool());
    QComboBox *type = parameter->typeCombo();
    type->setCurrentIndex(type->findText(QStringLiteral("integer")));
    emit type->activated(type->currentIndex());
    QCOMPARE(value(at + QStringLiteral("type"))->toString(), QStringLiteral("integer"));
    QVERIFY(parameter->formatCombo()->findText(QStringLiteral("int64")) > 0);
    QCOMPARE(parameter->formatCombo()->findText(QStringLiteral("date-time")), -1);
    parameter->formatCombo()->setCurrentIndex(parameter->formatCombo()->findText(QStringLiteral("int64")));
    emit parameter->formatCombo()->activated(parameter->formatCombo()->currentIndex());
    QCOMPARE(value(at + QStringLiteral("format"))->toString(), QStringLiteral("int64"));
    replaceText(parameter->defaultEdit(), QStringLiteral("25"), false);
    QVERIFY(value(at + QStringLiteral("default"))->isNumber());
    QComboBox *visibility = parameter->visibilityCombo();
    visibility->setCurrentIndex(visibility->findData(QStringLiteral("internal")));
    emit visibility->activated(visibility->currentIndex());
    QCOMPARE(value(at + QStringLiteral("x-ms-visibility"))->toString(), QStringLiteral("internal"));
    QComboBox *encoding = parameter->urlEncodingCombo();
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("double")));
    emit encoding->activated(encoding->currentIndex());
    QCOMPARE(value(at + QStringLiteral("x-ms-url-encoding"))->toString(), QStringLiteral("double"));
    parameter->enumEdit()->setFocus();
    QTest::keyClicks(parameter->enumEdit(), QStringLiteral("10 = Ten"));
    QTest::keyClick(parameter->enumEdit(), Qt::Key_Return);
    QTest::keyClicks(parameter->enumEdit(), QStringLiteral("25"));
    const int beforeEnum = undo->count();
    parameter->descriptionEdit()->setFocus(); // leaving the field applies it
    parameter->commitEnum(); // focus does not move in every offscreen setup
    QCOMPARE(undo->count(), beforeEnum + 1);
    QCOMPARE(value(at + QStringLiteral("enum"))->size(), 2);
    QCOMPARE(value(at + QStringLiteral("x-ms-enum-values/0/displayName"))->toString(), QStringLiteral("Ten"));
    QCOMPARE(value(at + QStringLiteral("x-ms-enum-values/1/displayName"))->toString(), QStringLiteral("25"));
    // The table follows.
    m_page->refreshNow();
    const QModelIndex typeCell = form->parameterModel()->index(0, ParameterTableModel::TypeColumn);
    QCOMPARE(typeCell.data().toString(), QStringLiteral("integer (int64)"));
    // The name applies when editing finishes.
    replaceText(parameter->nameEdit(), QStringLiteral("q"), true);
    QCOMPARE(value(at + QStringLiteral("name"))->toString(), QStringLiteral("q"));
    // A query parameter cannot go to the path without a placeholder: inline error, no change.
    const int count = undo->count();
    QComboBox *location = parameter->locationCombo();
    location->setCurrentIndex(location->findText(QStringLiteral("path")));
    emit location->activated(location->currentIndex());
    QVERIFY(!parameter->problem().isEmpty());
    QCOMPARE(undo->count(), count);
    QCOMPARE(location->currentText(), QStringLiteral("query"));
    // Everything undoes back to the file as it was.
    while (undo->canUndo())
        undo->undo();
    QVERIFY(!m_document->isModified());
    m_page->refreshNow();
    QCOMPARE(parameter->nameEdit()->text(), QStringLiteral("search"));
    QCOMPARE(parameter->typeCombo()->currentText(), QStringLiteral("string"));
}

void DefinitionRequestTest::parameterTableAddRemoveMove()
{
    RequestForm *form = request();
    QTest::mouseClick(form->addButton(), Qt::LeftButton);
    QCOMPARE(form->parameterModel()->rowCount(), 5);
    QCOMPARE(form->currentParameterRow(), 4);
    QCOMPARE(text("/paths/~1employees/get/parameters/4/name"), QStringLiteral("parameter"));
    QTest::mouseClick(form->upButton(), Qt::LeftButton);
    QCOMPARE(form->currentParameterRow(), 3);
    QCOMPARE(text("/paths/~1employees/get/parameters/3/name"), QStringLiteral("parameter"));
    QTest::mouseClick(form->downButton(), Qt::LeftButton);
    QCOMPARE(text("/paths/~1employees/get/parameters/4/name"), QStringLiteral("parameter"));
    QVERIFY(!form->downButton()->isEnabled());
    QTest::mouseClick(form->removeButton(), Qt::LeftButton);
    QCOMPARE(form->parameterModel()->rowCount(), 4);
    QCOMPARE(form->currentParameterRow(), 3);
    QCOMPARE(m_document->undoStack()->count(), 4);
    // A path parameter whose placeholder is in the path cannot be removed.
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get"));
    form->selectParameter(0);
    QTest::mouseClick(form->removeButton(), Qt::LeftButton);
    QVERIFY(form->routeProblem().contains(QStringLiteral("{employeeId}")));
    QCOMPARE(m_document->undoStack()->count(), 4);
}

void DefinitionRequestTest::pathEditRenamesAndAddsPathParameters()
{
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete"));
    RequestForm *form = request();
    replaceText(form->pathEdit(), QStringLiteral("/staff/{staffId}"), true);
    QVERIFY2(form->routeProblem().isEmpty(), qPrintable(form->routeProblem()));
    const OperationKey moved(QStringLiteral("/staff/{staffId}"), QStringLiteral("delete"));
    QCOMPARE(m_page->currentOperation(), moved);
    QCOMPARE(m_page->listModel()->keyAt(m_page->listView()->currentIndex()), moved);
    QCOMPARE(text("/paths/~1staff~1{staffId}/delete/parameters/0/name"), QStringLiteral("staffId"));
    QCOMPARE(form->parameterModel()->index(0, 0).data().toString(), QStringLiteral("staffId"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    replaceText(form->pathEdit(), QStringLiteral("/staff/{staffId}/photos/{size}"), true);
    QCOMPARE(form->parameterModel()->rowCount(), 2);
    QCOMPARE(text("/paths/~1staff~1{staffId}~1photos~1{size}/delete/parameters/1/name"),
             QStringLiteral("size"));
    // Renaming the path parameter in the form renames the placeholder.
    form->selectParameter(1);
    replaceText(parameterForm()->nameEdit(), QStringLiteral("width"), true);
    QCOMPARE(m_page->currentOperation(),
             OperationKey(QStringLiteral("/staff/{staffId}/photos/{width}"), QStringLiteral("delete")));
    QCOMPARE(form->pathEdit()->text(), QStringLiteral("/staff/{staffId}/photos/{width}"));
    QCOMPARE(m_document->undoStack()->count(), 3);
    // Undo brings the operation back to its first path, still selected.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_page->refreshNow();
    QCOMPARE(m_page->currentOperation(),
             OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete")));
    QCOMPARE(form->pathEdit()->text(), QStringLiteral("/employees/{employeeId}"));
    QVERIFY(!m_document->isModified());
}

void DefinitionRequestTest::sharedParameterEditsTheSharedDefinition()
{
    // Discord lists {"$ref": "#/parameters/WebhookID"} in ExecuteWebhook.
    QVERIFY(openCorpus(QStringLiteral("independent-publisher-connectors/Discord")));
    const OperationIndex &index = m_page->listModel()->operationIndex();
    const int execute = index.indexOfOperationId(QStringLiteral("ExecuteWebhook"));
    QVERIFY(execute >= 0);
    select(index.at(execute).key.path, index.at(execute).key.method);
    RequestForm *form = request();
    QCOMPARE(form->parameterModel()->index(0, 0).data().toString(), QStringLiteral("webhook.id (shared)"));
    form->selectParameter(0);
    ParameterForm *parameter = parameterForm();
    QCOMPARE(parameter->nameEdit()->text(), QStringLiteral("webhook.id"));
    QVERIFY(parameter->findChild<QLabel *>(QStringLiteral("parameterOrigin"))
                ->text()
                .contains(QStringLiteral("WebhookID")));
    parameter->descriptionEdit()->setFocus();
    parameter->descriptionEdit()->selectAll();
    QTest::keyClicks(parameter->descriptionEdit(), QStringLiteral("The webhook's ID."));
    QCOMPARE(text("/parameters/WebhookID/description"), QStringLiteral("The webhook's ID."));
    QVERIFY(value(index.at(execute).key.pointer().toString() + QStringLiteral("/parameters/0/$ref")));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void DefinitionRequestTest::pathClashAndMethodClashShowErrors()
{
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get"));
    RequestForm *form = request();
    replaceText(form->pathEdit(), QStringLiteral("/employees"), true); // GET /employees exists
    QVERIFY(form->routeProblem().contains(QStringLiteral("exists")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    replaceText(form->pathEdit(), QStringLiteral("/employees/{employeeId}"), true);
    QVERIFY(form->routeProblem().isEmpty());
    QComboBox *method = form->methodCombo();
    method->setCurrentIndex(method->findText(QStringLiteral("PATCH")));
    emit method->activated(method->currentIndex());
    QVERIFY(form->routeProblem().contains(QStringLiteral("exists")));
    QCOMPARE(method->currentText(), QStringLiteral("GET"));
    method->setCurrentIndex(method->findText(QStringLiteral("PUT")));
    emit method->activated(method->currentIndex());
    QVERIFY(form->routeProblem().isEmpty());
    QCOMPARE(m_page->currentOperation(),
             OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("put")));
    QCOMPARE(route(m_page->listView()->currentIndex()), QStringLiteral("PUT /employees/{employeeId}"));
}

void DefinitionRequestTest::importFromSample()
{
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("patch"));
    QTest::mouseClick(request()->importButton(), Qt::LeftButton);
    RequestSampleDialog *dialog = request()->sampleDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->urlEdit()->text(), QStringLiteral("/employees/{employeeId}"));
    replaceText(dialog->urlEdit(),
                QStringLiteral("https://api.contoso-hr.example/v1/employees/{employeeId}?notify=true"),
                false);
    dialog->headersEdit()->setPlainText(
        QStringLiteral("X-Request-Source: designer\nAuthorization: Bearer x"));
    dialog->bodyEdit()->setPlainText(
        QStringLiteral("{\"name\": \"Ada\", \"hired\": \"2024-01-31\", \"tags\": [\"a\"]}"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(!request()->sampleDialog());
    QCOMPARE(m_document->undoStack()->count(), 1);
    const OperationView view(m_document.get(), m_page->currentOperation());
    QVERIFY(view.parameter(QStringLiteral("notify"), QStringLiteral("query")));
    QCOMPARE(view.parameter(QStringLiteral("notify"), QStringLiteral("query"))->type(),
             QStringLiteral("boolean"));
    QVERIFY(view.parameter(QStringLiteral("X-Request-Source"), QStringLiteral("header")));
    QVERIFY(!view.parameter(QStringLiteral("Authorization"), QStringLiteral("header")));
    QCOMPARE(view.bodyParameter()->schema().properties().size(), 3);
    QVERIFY(request()->notes().contains(QStringLiteral("Authorization")));
    QCOMPARE(request()->parameterModel()->rowCount(), 4);
    m_document->undoStack()->undo();
    QVERIFY(!m_document->isModified());
}

void DefinitionRequestTest::importFromSampleErrorStaysInDialog()
{
    request()->importButton()->click();
    RequestSampleDialog *dialog = request()->sampleDialog();
    QVERIFY(dialog);
    dialog->bodyEdit()->setPlainText(QStringLiteral("{\"name\": \"Ada\",,}"));
    dialog->importButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->error().isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 0);
    dialog->reject();
}

QTEST_MAIN(DefinitionRequestTest)
#include "DefinitionRequestTest.moc"
