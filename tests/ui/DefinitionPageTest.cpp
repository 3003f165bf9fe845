// The Definition tab with real widgets (offscreen): the operation list and its filter (also
// on the largest corpus connector), New / Duplicate / Delete by clicking and undo back to the
// same bytes, the operationId rename with its references, the general fields, and following
// undo/redo and edits made elsewhere. The request's editors are in DefinitionRequestTest.
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
#include <QSignalSpy>
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

class DefinitionPageTest : public DefinitionPageFixture
{
    Q_OBJECT

private slots:
    void modelsPassTheTester();
    void listShowsSectionsAndRoutes();
    void filterOnSample();
    void filterOnLargestCorpusConnector();
    void newDuplicateDeleteByButtonsThenUndoIsByteIdentical();
    void newDialogShowsErrorsAndStaysOpen();
    void keyboardShortcuts();
    void renameOperationIdRewritesReferencesInOneStep();
    void renameToTakenIdShowsErrorInline();
    void generalFieldsEditTheOperation();
    void followsUndoRedoAndExternalEdits();
};

void DefinitionPageTest::modelsPassTheTester()
{
    OperationListModel list(m_document.get());
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setFilterText(QStringLiteral("employee"));
    list.setFilterText(QStringLiteral("delete"));
    list.setFilterText(QStringLiteral("nothing matches this"));
    list.setFilterText({});
    ParameterTableModel parameters(m_document.get());
    QAbstractItemModelTester parameterTester(&parameters,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    parameters.setOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("get")));
    QCOMPARE(parameters.rowCount(), 4);
    parameters.refresh();
    parameters.setOperation(OperationKey(QStringLiteral("/nowhere"), QStringLiteral("get")));
    QCOMPARE(parameters.rowCount(), 0);
    // Both follow edits and a reset of the document.
    parameters.setOperation(OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("patch")));
    m_page->newButton()->click();
    NewOperationDialog *dialog = m_page->newOperationDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Ping"));
    dialog->createButton()->click();
    list.rebuild();
    QCOMPARE(list.rowCount(list.sectionIndex(OperationListModel::Actions)), 8);
    QVERIFY(openCorpus(QStringLiteral("certified-connectors/Encodian")));
    list.rebuild();
    list.setFilterText(QStringLiteral("pdf"));
    parameters.setOperation(list.keyAt(list.index(0, 0, list.sectionIndex(OperationListModel::Actions))));
    QVERIFY(parameters.rowCount() > 0);
    parameters.refresh();
}

void DefinitionPageTest::listShowsSectionsAndRoutes()
{
    OperationListModel *model = m_page->listModel();
    const QModelIndex actions = model->sectionIndex(OperationListModel::Actions);
    QCOMPARE(actions.data().toString(), QStringLiteral("Actions (7)"));
    QCOMPARE(model->sectionIndex(OperationListModel::Triggers).data().toString(),
             QStringLiteral("Triggers (0)"));
    QCOMPARE(model->rowCount(actions), 7);
    QCOMPARE(model->index(0, 0, actions).data().toString(), QStringLiteral("List employees"));
    QCOMPARE(route(model->index(0, 0, actions)), QStringLiteral("GET /employees"));
    QCOMPARE(route(model->index(4, 0, actions)), QStringLiteral("DELETE /employees/{employeeId}"));
    QVERIFY(!(model->flags(actions) & Qt::ItemIsSelectable));
    // The first operation is selected and shown.
    QCOMPARE(m_page->currentOperation(), OperationKey(QStringLiteral("/employees"), QStringLiteral("get")));
    QCOMPARE(general()->summaryEdit()->text(), QStringLiteral("List employees"));
    QCOMPARE(general()->operationIdEdit()->text(), QStringLiteral("ListEmployees"));
}

void DefinitionPageTest::filterOnSample()
{
    OperationListModel *model = m_page->listModel();
    const QModelIndex actions = model->sectionIndex(OperationListModel::Actions);
    QLineEdit *filter = m_page->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("DELETE")); // summary, any case
    QCOMPARE(model->rowCount(actions), 1);
    QCOMPARE(route(model->index(0, 0, actions)), QStringLiteral("DELETE /employees/{employeeId}"));
    QCOMPARE(actions.data().toString(), QStringLiteral("Actions (1 of 7)"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("{employeeId}")); // path
    QCOMPARE(model->rowCount(actions), 3);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("updateemp")); // operationId
    QCOMPARE(model->rowCount(actions), 1);
    QCOMPARE(model->index(0, 0, actions).data().toString(), QStringLiteral("Update an employee"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(model->rowCount(actions), 0);
    // The operation being edited stays in the editor while filtered out.
    QCOMPARE(m_page->editor()->operation(),
             OperationKey(QStringLiteral("/employees"), QStringLiteral("get")));
    filter->clear();
    QCOMPARE(model->rowCount(actions), 7);
    QCOMPARE(m_page->listView()->currentIndex(), model->index(0, 0, actions));
}

void DefinitionPageTest::filterOnLargestCorpusConnector()
{
    // The timings (list fill, filter per key) are measured in bench/ (cd-bench-gui), not asserted here.
    QVERIFY(openCorpus(QStringLiteral("certified-connectors/Encodian")));
    OperationListModel *model = m_page->listModel();
    const QModelIndex actions = model->sectionIndex(OperationListModel::Actions);
    const QModelIndex triggers = model->sectionIndex(OperationListModel::Triggers);
    QCOMPARE(model->operationIndex().size(), 219);
    QCOMPARE(model->rowCount(actions) + model->rowCount(triggers), 219);
    QCOMPARE(model->rowCount(triggers), 1);
    QVERIFY(model->index(0, 0, triggers).data(OperationListModel::OperationIdRole).toString().size() > 0);

    // Rebuilding the list keeps its content.
    model->rebuild();
    m_page->listView()->expandAll();
    m_page->listView()->doItemsLayout();
    QCOMPARE(model->rowCount(actions) + model->rowCount(triggers), 219);

    // Typing a filter, key by key, each key filtering the list.
    QLineEdit *filter = m_page->filterEdit();
    const QString typed = QStringLiteral("pdf - s");
    QTest::keyClicks(filter, typed);
    m_page->listView()->doItemsLayout();
    const QVector<int> expected = model->operationIndex().filter(typed, OperationIndex::Kind::Actions);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->rowCount(actions), expected.size());
    for (int row = 0; row < model->rowCount(actions); ++row) {
        const QString haystack = model->index(row, 0, actions).data().toString() + QLatin1Char(' ')
            + model->index(row, 0, actions).data(OperationListModel::OperationIdRole).toString()
            + QLatin1Char(' ') + route(model->index(row, 0, actions));
        QVERIFY2(haystack.contains(typed, Qt::CaseInsensitive), qPrintable(haystack));
    }
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("/api/v1/"));
    QCOMPARE(model->rowCount(actions) + model->rowCount(triggers),
             model->operationIndex().filter(QStringLiteral("/api/v1/")).size());
}

void DefinitionPageTest::newDuplicateDeleteByButtonsThenUndoIsByteIdentical()
{
    const QByteArray original = readFile(QDir(m_folder).filePath(ConnectorDocument::DefinitionFileName));
    const QByteArray originalProperties
        = readFile(QDir(m_folder).filePath(ConnectorDocument::PropertiesFileName));
    QUndoStack *undo = m_document->undoStack();
    OperationListModel *model = m_page->listModel();
    const QModelIndex actions = model->sectionIndex(OperationListModel::Actions);

    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    NewOperationDialog *dialog = m_page->newOperationDialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->methodCombo()->setCurrentIndex(dialog->methodCombo()->findText(QStringLiteral("GET")));
    replaceText(dialog->pathEdit(), QStringLiteral("/departments/{departmentId}"), false);
    QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Get a department"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(!m_page->newOperationDialog());
    QCOMPARE(undo->count(), 1);
    const OperationKey created(QStringLiteral("/departments/{departmentId}"), QStringLiteral("get"));
    QCOMPARE(m_page->currentOperation(), created);
    QCOMPARE(model->keyAt(m_page->listView()->currentIndex()), created);
    QCOMPARE(model->rowCount(actions), 8);
    QCOMPARE(general()->operationIdEdit()->text(), QStringLiteral("GetADepartment"));
    QCOMPARE(text("/paths/~1departments~1{departmentId}/get/parameters/0/name"),
             QStringLiteral("departmentId"));

    QTest::mouseClick(m_page->duplicateButton(), Qt::LeftButton);
    QCOMPARE(undo->count(), 2);
    const OperationKey copy(QStringLiteral("/departments/{departmentId}/copy"), QStringLiteral("get"));
    QCOMPARE(m_page->currentOperation(), copy);
    QCOMPARE(model->keyAt(m_page->listView()->currentIndex()), copy);
    QCOMPARE(general()->summaryEdit()->text(), QStringLiteral("Get a department (copy)"));

    // Delete asks first: "no" changes nothing.
    m_dialogs->confirmations.enqueue(false);
    QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(m_dialogs->log.size(), 1);
    m_dialogs->confirmations.enqueue(true);
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("patch"));
    QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
    QCOMPARE(undo->count(), 3);
    QVERIFY(!value(QStringLiteral("/paths/~1employees~1{employeeId}/patch")));
    QCOMPARE(model->rowCount(actions), 8);
    // The selection moves to the operation that took the deleted one's place.
    QCOMPARE(m_page->currentOperation(),
             OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete")));

    // Undo follows in the list and the editor.
    undo->undo();
    m_page->refreshNow();
    QCOMPARE(model->rowCount(actions), 9);
    undo->undo();
    undo->undo();
    m_page->refreshNow();
    QCOMPARE(model->rowCount(actions), 7);
    QVERIFY(m_page->editor()->operation().isValid());
    QCOMPARE(m_document->isModified(), false);
    QString error;
    QVERIFY2(m_document->save(&error), qPrintable(error));
    QCOMPARE(readFile(QDir(m_folder).filePath(ConnectorDocument::DefinitionFileName)), original);
    QCOMPARE(readFile(QDir(m_folder).filePath(ConnectorDocument::PropertiesFileName)), originalProperties);
}

void DefinitionPageTest::newDialogShowsErrorsAndStaysOpen()
{
    m_page->newButton()->click();
    NewOperationDialog *dialog = m_page->newOperationDialog();
    QVERIFY(dialog);
    replaceText(dialog->pathEdit(), QStringLiteral("employees"), false);
    QVERIFY(!dialog->createButton()->isEnabled()); // a path starts with "/"
    replaceText(dialog->pathEdit(), QStringLiteral("/employees"), false);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("List again"));
    dialog->createButton()->click(); // GET /employees exists
    QCOMPARE(m_page->newOperationDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newOperationError"))
                ->text()
                .contains(QStringLiteral("exists")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTest::keyClicks(dialog->operationIdEdit(), QStringLiteral("ListEmployees"));
    dialog->methodCombo()->setCurrentIndex(dialog->methodCombo()->findText(QStringLiteral("PUT")));
    dialog->createButton()->click(); // the id is taken
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);
    dialog->operationIdEdit()->clear();
    dialog->createButton()->click();
    QVERIFY(!m_page->newOperationDialog());
    QCOMPARE(m_page->currentOperation(), OperationKey(QStringLiteral("/employees"), QStringLiteral("put")));
    QCOMPARE(text("/paths/~1employees/put/operationId"), QStringLiteral("ListAgain"));
}

void DefinitionPageTest::keyboardShortcuts()
{
    m_page->listView()->setFocus();
    QTest::keySequence(m_page->listView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(m_page->currentOperation(),
             OperationKey(QStringLiteral("/employees/copy"), QStringLiteral("get")));
    m_dialogs->confirmations.enqueue(true);
    QTest::keyClick(m_page->listView(), Qt::Key_Delete);
    QVERIFY(!value(QStringLiteral("/paths/~1employees~1copy")));
    QCOMPARE(m_document->undoStack()->count(), 2);
    // Del while typing in a field deletes text, not the operation.
    general()->summaryEdit()->setFocus();
    general()->summaryEdit()->setCursorPosition(0);
    QTest::keyClick(general()->summaryEdit(), Qt::Key_Delete);
    QCOMPARE(m_document->undoStack()->count(), 3);
    QVERIFY(OperationView(m_document.get(), m_page->currentOperation()).isValid());
    QTest::keySequence(general()->summaryEdit(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QVERIFY(m_page->newOperationDialog());
    m_page->newOperationDialog()->reject();
}

void DefinitionPageTest::renameOperationIdRewritesReferencesInOneStep()
{
    QVERIFY(openCorpus(QStringLiteral("certified-connectors/Ticketing.events")));
    const QByteArray before = m_document->file(Part::Definition).toBytes();
    const OperationIndex &index = m_page->listModel()->operationIndex();
    const int lists = index.indexOfOperationId(QStringLiteral("GetLists"));
    QVERIFY(lists >= 0);
    select(index.at(lists).key.path, index.at(lists).key.method);
    auto countOf = [](const QByteArray &bytes, const char *needle) { return int(bytes.count(needle)); };
    const int referencesBefore = countOf(before, "\"operationId\": \"GetLists\"");
    QVERIFY(referencesBefore >= 2); // the operation and an x-ms-dynamic-values

    replaceText(general()->operationIdEdit(), QStringLiteral("GetAllLists"), true);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(general()->operationIdProblem().isEmpty());
    const QByteArray after = m_document->file(Part::Definition).toBytes();
    QCOMPARE(countOf(after, "\"operationId\": \"GetLists\""), 0);
    QCOMPARE(countOf(after, "\"operationId\": \"GetAllLists\""), referencesBefore);
    m_page->refreshNow();
    QCOMPARE(m_page->listView()->currentIndex().data(OperationListModel::OperationIdRole).toString(),
             QStringLiteral("GetAllLists"));
    m_document->undoStack()->undo();
    m_page->refreshNow();
    QCOMPARE(m_document->file(Part::Definition).toBytes(), before);
    QCOMPARE(general()->operationIdEdit()->text(), QStringLiteral("GetLists"));
}

void DefinitionPageTest::renameToTakenIdShowsErrorInline()
{
    replaceText(general()->operationIdEdit(), QStringLiteral("GetEmployee"), true);
    QVERIFY(general()->operationIdProblem().contains(QStringLiteral("GetEmployee")));
    QCOMPARE(m_document->undoStack()->count(), 0);
    replaceText(general()->operationIdEdit(), QStringLiteral("bad id!"), true);
    QVERIFY(!general()->operationIdProblem().isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 0);
    replaceText(general()->operationIdEdit(), QStringLiteral("ListStaff"), true);
    QVERIFY(general()->operationIdProblem().isEmpty());
    QCOMPARE(text("/paths/~1employees/get/operationId"), QStringLiteral("ListStaff"));
}

void DefinitionPageTest::generalFieldsEditTheOperation()
{
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get"));
    general()->summaryEdit()->setFocus();
    general()->summaryEdit()->end(false);
    QTest::keyClicks(general()->summaryEdit(), QStringLiteral(" by ID"));
    QCOMPARE(text("/paths/~1employees~1{employeeId}/get/summary"), QStringLiteral("Get an employee by ID"));
    QCOMPARE(m_document->undoStack()->count(), 1); // typing merges
    m_page->refreshNow();
    QCOMPARE(m_page->listView()->currentIndex().data().toString(), QStringLiteral("Get an employee by ID"));
    // One more key: the list announces only that operation's row (each announced row is measured
    // again, and all of them cost half a frame per key on a large connector).
    QSignalSpy changed(m_page->listModel(), &QAbstractItemModel::dataChanged);
    QTest::keyClicks(general()->summaryEdit(), QStringLiteral("!"));
    m_page->refreshNow();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_page->listView()->currentIndex());
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_page->listView()->currentIndex());
    QCOMPARE(m_page->listView()->currentIndex().data().toString(), QStringLiteral("Get an employee by ID!"));
    QTest::keyClick(general()->summaryEdit(), Qt::Key_Backspace);
    QComboBox *visibility = general()->visibilityCombo();
    visibility->setCurrentIndex(visibility->findData(QStringLiteral("advanced")));
    emit visibility->activated(visibility->currentIndex());
    QCOMPARE(text("/paths/~1employees~1{employeeId}/get/x-ms-visibility"), QStringLiteral("advanced"));
    visibility->setCurrentIndex(0);
    emit visibility->activated(0);
    QVERIFY(!value(QStringLiteral("/paths/~1employees~1{employeeId}/get/x-ms-visibility")));
    clickCheck(general()->deprecatedCheck());
    QVERIFY(value(QStringLiteral("/paths/~1employees~1{employeeId}/get/deprecated"))->toBool());
    QTest::keyClicks(general()->descriptionEdit(), QStringLiteral("Also: "));
    QVERIFY(
        text("/paths/~1employees~1{employeeId}/get/description").startsWith(QStringLiteral("Also: Returns")));
}

void DefinitionPageTest::followsUndoRedoAndExternalEdits()
{
    select(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get"));
    // An edit made elsewhere (the raw editor, a quick fix): list and editor follow.
    QVERIFY(m_document->setString(
        Part::Definition,
        JsonPointer::fromString(QStringLiteral("/paths/~1employees~1{employeeId}/get/summary")),
        QStringLiteral("Fetch an employee")));
    QTRY_COMPARE(m_page->listView()->currentIndex().data().toString(), QStringLiteral("Fetch an employee"));
    QCOMPARE(general()->summaryEdit()->text(), QStringLiteral("Fetch an employee"));
    m_document->undoStack()->undo();
    QTRY_COMPARE(general()->summaryEdit()->text(), QStringLiteral("Get an employee"));
    m_document->undoStack()->redo();
    QTRY_COMPARE(general()->summaryEdit()->text(), QStringLiteral("Fetch an employee"));
    // An external removal of the selected operation empties the editor, then undo restores it.
    QVERIFY(m_document->remove(
        Part::Definition, JsonPointer::fromString(QStringLiteral("/paths/~1employees~1{employeeId}/get"))));
    QTRY_COMPARE(
        m_page->listModel()->rowCount(m_page->listModel()->sectionIndex(OperationListModel::Actions)), 6);
    QVERIFY(!m_page->editor()->operation().isValid()
            || m_page->editor()->operation()
                != OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get")));
    m_document->undoStack()->undo();
    QTRY_COMPARE(
        m_page->listModel()->rowCount(m_page->listModel()->sectionIndex(OperationListModel::Actions)), 7);
    // A reset (another connector) starts again at the first operation.
    m_document->newBlank();
    QCOMPARE(m_page->listModel()->operationIndex().size(), 0);
    QVERIFY(!m_page->editor()->operation().isValid());
    QVERIFY(m_page->newAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->isEnabled());
}

QTEST_MAIN(DefinitionPageTest)
#include "DefinitionPageTest.moc"
