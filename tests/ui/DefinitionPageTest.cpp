// The Definition tab with real widgets (offscreen): the operation list and its filter (also
// on the largest corpus connector, timed), New / Duplicate / Delete by clicking and undo back
// to the same bytes, the operationId rename with its references, the parameter form, path
// edits, import from a sample, and following undo/redo and edits made elsewhere.
#include "definition/DefinitionPage.h"
#include "ScriptedDialogProvider.h"
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

using Part = ConnectorDocument::Part;
using json::JsonPointer;
using namespace UiTestSupport;

class DefinitionPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

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
    void parameterFormEdits();
    void parameterTableAddRemoveMove();
    void pathEditRenamesAndAddsPathParameters();
    void sharedParameterEditsTheSharedDefinition();
    void pathClashAndMethodClashShowErrors();
    void importFromSample();
    void importFromSampleErrorStaysInDialog();
    void followsUndoRedoAndExternalEdits();

private:
    bool openFolder(const QString &folder);
    bool openCorpus(const QString &relative);
    QString text(const char *pointer) const;
    const json::JsonValue *value(const QString &pointer) const;
    QString route(const QModelIndex &index) const;
    void select(const QString &path, const QString &method);
    static void replaceText(QLineEdit *edit, const QString &text, bool finish);
    // On the box: a check box stretched across a column only reacts to its box and label.
    static void clickCheck(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    RequestForm *request() const { return m_page->editor()->requestForm(); }
    ParameterForm *parameterForm() const { return request()->parameterForm(); }
    OperationGeneralForm *general() const { return m_page->editor()->generalForm(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<ConnectorDocument> m_document;
    std::unique_ptr<ScriptedDialogProvider> m_dialogs;
    std::unique_ptr<DefinitionPage> m_page;
    // Watch the page's own models through every test's clicks, undos and resets.
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_parameterTester;
};

void DefinitionPageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("contoso-hr"));
    QVERIFY(copySample(m_folder));
    m_document = std::make_unique<ConnectorDocument>();
    m_dialogs = std::make_unique<ScriptedDialogProvider>();
    QVERIFY(openFolder(m_folder));
    m_page = std::make_unique<DefinitionPage>(m_document.get(), m_dialogs.get());
    m_page->resize(1280, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_listTester = std::make_unique<QAbstractItemModelTester>(m_page->listModel(), Mode::QtTest);
    m_parameterTester = std::make_unique<QAbstractItemModelTester>(request()->parameterModel(), Mode::QtTest);
}

void DefinitionPageTest::cleanup()
{
    m_listTester.reset();
    m_parameterTester.reset();
    m_page.reset();
    m_document.reset();
    m_dialogs.reset();
    m_dir.reset();
}

bool DefinitionPageTest::openFolder(const QString &folder)
{
    QString error;
    if (!m_document->open(folder, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool DefinitionPageTest::openCorpus(const QString &relative)
{
    // A copy in the temporary folder: the corpus is read-only and saving must not touch it.
    const QDir source(qEnvironmentVariable("CD_CORPUS") + QStringLiteral("/connectors/") + relative);
    if (!source.exists()) {
        qWarning("corpus connector missing: %s (set CD_CORPUS)", qPrintable(source.path()));
        return false;
    }
    const QString target = m_dir->filePath(QStringLiteral("corpus"));
    QDir().mkpath(target);
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile::copy(source.filePath(name), QDir(target).filePath(name));
        QFile::setPermissions(QDir(target).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    return openFolder(target);
}

const json::JsonValue *DefinitionPageTest::value(const QString &pointer) const
{
    return m_document->value(Part::Definition, JsonPointer::fromString(pointer));
}

QString DefinitionPageTest::text(const char *pointer) const
{
    const json::JsonValue *v = value(QString::fromUtf8(pointer));
    return v && v->isString() ? v->toString() : QStringLiteral("<missing>");
}

QString DefinitionPageTest::route(const QModelIndex &index) const
{
    return index.data(OperationListModel::RouteRole).toString();
}

void DefinitionPageTest::select(const QString &path, const QString &method)
{
    QVERIFY(m_page->selectOperation(OperationKey(path, method)));
    QCOMPARE(m_page->editor()->operation(), OperationKey(path, method));
}

void DefinitionPageTest::replaceText(QLineEdit *edit, const QString &text, bool finish)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    if (finish)
        QTest::keyClick(edit, Qt::Key_Return);
}

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

void DefinitionPageTest::parameterFormEdits()
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

void DefinitionPageTest::parameterTableAddRemoveMove()
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

void DefinitionPageTest::pathEditRenamesAndAddsPathParameters()
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

void DefinitionPageTest::sharedParameterEditsTheSharedDefinition()
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

void DefinitionPageTest::pathClashAndMethodClashShowErrors()
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

void DefinitionPageTest::importFromSample()
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

void DefinitionPageTest::importFromSampleErrorStaysInDialog()
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
