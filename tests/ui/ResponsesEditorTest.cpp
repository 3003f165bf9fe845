// The responses editor on the sample and a corpus connector: the list (codes in order,
// "default" last), add/remove, description, headers table, schema, and "Import from
// sample" (inferred schema; a JSON syntax error shown with its line and column, nothing
// applied). Every action one undo step; undo returns the original bytes.
#include "definition/ResponsesEditor.h"
#include "DefinitionUiSupport.h"
#include "FieldMessage.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "domain/ResponseEdits.h"
#include "definition/ResponseHeadersModel.h"
#include "definition/ResponseListModel.h"
#include "definition/ResponseSampleDialog.h"
#include "definition/SchemaEditor.h"
#include "definition/SchemaTreeModel.h"
#include "document/ConnectorDocument.h"
#include "domain/DomainTestSupport.h"
#include "domain/OperationView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using json::JsonPointer;
using namespace DefinitionUiSupport;

class ResponsesEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listOrderAndModels();
    void addRemoveAndDescription();
    void headersTable();
    void schemaAddAndEdit();
    void importSample();
    void importRejectsBadJson();
    void corpusSharedSchemas();
    void responseEditsRefuseBadInput();

private:
    void openEditor(const QString &path, const QString &method);
    template<typename W>
    W *child(const QString &name)
    {
        return m_editor->findChild<W *>(name);
    }
    QStringList listCodes() const;
    QString json(const QString &pointer) const { return nodeText(m_document, pointer); }
    void clickButton(const QString &name);
    void undoAllAndCompare();

    std::unique_ptr<QTemporaryDir> m_dir;
    ConnectorDocument m_document;
    ScriptedDialogProvider m_dialogs;
    std::unique_ptr<ResponsesEditor> m_editor;
    QByteArray m_original;
};

void ResponsesEditorTest::init()
{
    m_editor.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(UiTestSupport::copySample(m_dir->path()));
    QString error;
    QVERIFY2(m_document.open(m_dir->path(), &error), qPrintable(error));
    m_original = definitionBytes(m_document);
}

void ResponsesEditorTest::openEditor(const QString &path, const QString &method)
{
    m_editor = std::make_unique<ResponsesEditor>(&m_document, &m_dialogs);
    m_editor->resize(1100, 760);
    m_editor->show();
    m_editor->activateWindow(); // shortcuts need an active window
    if (!QTest::qWaitForWindowActive(m_editor.get()))
        qWarning("The editor's window did not become active.");
    m_editor->setOperation(OperationKey(path, method));
}

QStringList ResponsesEditorTest::listCodes() const
{
    return m_editor->listModel()->codes();
}

void ResponsesEditorTest::clickButton(const QString &name)
{
    auto *button = child<QPushButton>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

void ResponsesEditorTest::undoAllAndCompare()
{
    while (m_document.undoStack()->canUndo())
        m_document.undoStack()->undo();
    QCOMPARE(definitionBytes(m_document), m_original);
}

void ResponsesEditorTest::listOrderAndModels()
{
    openEditor(QStringLiteral("/employees"), QStringLiteral("post"));
    QAbstractItemModelTester listTester(m_editor->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester headerTester(m_editor->headersModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(listCodes(), QStringList({"201", "400", "409"}));
    QCOMPARE(m_editor->currentCode(), QStringLiteral("201"));
    QCOMPARE(m_editor->listModel()->index(0).data().toString(),
             QStringLiteral("201  The employee was created."));
    QCOMPARE(m_editor->schemaEditor()->schemaPointer().toString(),
             QStringLiteral("/paths/~1employees/post/responses/201/schema"));
    // "default" goes last, a new code among the others, whatever the file's order.
    auto *code = child<QLineEdit>(QStringLiteral("newResponseCodeEdit"));
    QTest::keyClicks(code, QStringLiteral("default"));
    clickButton(QStringLiteral("addResponseButton"));
    QTest::keyClicks(code, QStringLiteral("404"));
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(listCodes(), QStringList({"201", "400", "404", "409", "default"}));
    QCOMPARE(m_editor->currentCode(), QStringLiteral("404"));
    QCOMPARE(m_document.undoStack()->count(), 2);
    const json::JsonValue *responses
        = m_document.value(ConnectorDocument::Part::Definition,
                           JsonPointer::fromString(QStringLiteral("/paths/~1employees/post/responses")));
    QStringList keys;
    for (int i = 0; i < responses->size(); ++i)
        keys.append(responses->keyAt(i));
    QCOMPARE(keys, QStringList({"201", "400", "404", "409", "default"}));
    {
        const char *expected = R"({"description": "Not Found"})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/post/responses/404")).toUtf8(), expected);
    }
    undoAllAndCompare();
    QCOMPARE(listCodes(), QStringList({"201", "400", "409"}));
}

void ResponsesEditorTest::addRemoveAndDescription()
{
    openEditor(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get"));
    QVERIFY(m_editor->selectResponse(QStringLiteral("404")));
    auto *description = child<QLineEdit>(QStringLiteral("responseDescriptionEdit"));
    QCOMPARE(description->text(), QStringLiteral("No employee has this ID."));
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Not found."));
    QCOMPARE(m_document.undoStack()->count(), 1); // typing merges
    QCOMPARE(OperationView(&m_document,
                           OperationKey(QStringLiteral("/employees/{employeeId}"), QStringLiteral("get")))
                 .response(QStringLiteral("404"))
                 ->description(),
             QStringLiteral("Not found."));
    QCOMPARE(m_editor->listModel()->index(1).data().toString(), QStringLiteral("404  Not found."));
    // Remove asks; "no" keeps it, "yes" removes it as one step.
    m_dialogs.confirmations.enqueue(false);
    clickButton(QStringLiteral("removeResponseButton"));
    QCOMPARE(listCodes(), QStringList({"200", "404"}));
    m_dialogs.confirmations.enqueue(true);
    clickButton(QStringLiteral("removeResponseButton"));
    QCOMPARE(listCodes(), QStringList({"200"}));
    QCOMPARE(m_document.undoStack()->count(), 2);
    QCOMPARE(m_editor->currentCode(), QStringLiteral("200"));
    // A code that is not one, or one already there, is refused with a message.
    auto *code = child<QLineEdit>(QStringLiteral("newResponseCodeEdit"));
    QTest::keyClicks(code, QStringLiteral("20"));
    clickButton(QStringLiteral("addResponseButton"));
    QVERIFY(m_editor->lastError().contains(QStringLiteral("not a status code")));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("200"));
    clickButton(QStringLiteral("addResponseButton"));
    QVERIFY(m_editor->lastError().contains(QStringLiteral("already has a 200")));
    QCOMPARE(m_document.undoStack()->count(), 2);
    undoAllAndCompare();
}

// Opens the cell's editor as a double click would and returns it.
static QLineEdit *openCellEditor(QTableView *table, const QModelIndex &index)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last editor
    table->setCurrentIndex(index);
    table->edit(index);
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            return edit;
    }
    return nullptr;
}

void ResponsesEditorTest::headersTable()
{
    openEditor(QStringLiteral("/employees"), QStringLiteral("get"));
    QAbstractItemModelTester headerTester(m_editor->headersModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_editor->headersModel()->rowCount(), 0);
    clickButton(QStringLiteral("addHeaderButton"));
    QCOMPARE(m_editor->headersModel()->rowCount(), 1);
    // The new header's name cell is open for typing.
    auto *table = child<QTableView>(QStringLiteral("responseHeadersTable"));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("X-Total-Count"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on a queued call
    const QModelIndex type = m_editor->headersModel()->index(0, ResponseHeadersModel::TypeColumn);
    editor = openCellEditor(table, type);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("integer"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on a queued call
    const QModelIndex description
        = m_editor->headersModel()->index(0, ResponseHeadersModel::DescriptionColumn);
    editor = openCellEditor(table, description);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("How many employees match."));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on a queued call
    QCOMPARE(m_document.undoStack()->count(), 4);
    {
        const char *expected
            = R"({"description": "A page of employees.", "schema": {"$ref": "#/definitions/EmployeeList"},
                           "headers": {"X-Total-Count": {"type": "integer", "description": "How many employees match."}}})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/get/responses/200")).toUtf8(), expected);
    }
    // A bad type is refused with the reason.
    editor = openCellEditor(table, type);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("text"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on a queued call
    QVERIFY(m_editor->lastError().contains(QStringLiteral("not a header type")));
    QCOMPARE(m_document.undoStack()->count(), 4);
    // Removing the last header removes "headers".
    table->setCurrentIndex(m_editor->headersModel()->index(0, 0));
    clickButton(QStringLiteral("removeHeaderButton"));
    {
        const char *expected
            = R"({"description": "A page of employees.", "schema": {"$ref": "#/definitions/EmployeeList"}})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/get/responses/200")).toUtf8(), expected);
    }
    undoAllAndCompare();
}

void ResponsesEditorTest::schemaAddAndEdit()
{
    openEditor(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete"));
    QVERIFY(m_editor->selectResponse(QStringLiteral("404")));
    auto *add = child<QPushButton>(QStringLiteral("addSchemaButton"));
    QVERIFY(add->isVisible());
    QVERIFY(!m_editor->schemaEditor()->isVisible());
    clickButton(QStringLiteral("addSchemaButton"));
    QVERIFY(m_editor->schemaEditor()->isVisible());
    const QString schema = QStringLiteral("/paths/~1employees~1{employeeId}/delete/responses/404/schema");
    QCOMPARE(m_editor->schemaEditor()->schemaPointer().toString(), schema);
    // Through the embedded schema editor: add a property to the body.
    m_editor->schemaEditor()->tree()->setFocus();
    QTest::keyClick(m_editor->schemaEditor()->tree(), Qt::Key_Insert);
    {
        const char *expected = R"({"type": "object", "properties": {"property1": {"type": "string"}}})";
        DOMAIN_COMPARE_JSON(json(schema).toUtf8(), expected);
    }
    QCOMPARE(m_document.undoStack()->count(), 2);
    clickButton(QStringLiteral("removeSchemaButton"));
    QVERIFY(!m_editor->schemaEditor()->isVisible());
    undoAllAndCompare();
}

void ResponsesEditorTest::importSample()
{
    openEditor(QStringLiteral("/employees/{employeeId}"), QStringLiteral("delete"));
    QVERIFY(m_editor->selectResponse(QStringLiteral("204")));
    clickButton(QStringLiteral("importResponseSampleButton"));
    ResponseSampleDialog *dialog = m_editor->sampleDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->statusCode(), QStringLiteral("204"));
    dialog->codeEdit()->selectAll();
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("200"));
    typeLines(dialog->bodyEdit(),
              QString::fromUtf8(R"({"id": 42, "name": "Ada", "hired": "2024-01-31T09:00:00Z",
 "email": "ada@contoso.example", "score": 1.5, "tags": ["a", "b"], "manager": {"id": 7, "name": null}})"));
    typeLines(dialog->headersEdit(), QStringLiteral("Content-Type: application/json\nX-Request-Id: 5f2c"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QCOMPARE(listCodes(), QStringList({"200", "204", "404"}));
    QCOMPARE(m_editor->currentCode(), QStringLiteral("200"));
    {
        const char *expected = R"({"description": "OK", "schema": {"type": "object", "properties": {
                             "id": {"type": "integer", "format": "int32"}, "name": {"type": "string"},
                             "hired": {"type": "string", "format": "date-time"},
                             "email": {"type": "string", "format": "email"}, "score": {"type": "number"},
                             "tags": {"type": "array", "items": {"type": "string"}},
                             "manager": {"type": "object", "properties": {"id": {"type": "integer", "format": "int32"},
                                                                          "name": {}}}}},
                           "headers": {"X-Request-Id": {"type": "string"}}})";
        DOMAIN_COMPARE_JSON(
            json(QStringLiteral("/paths/~1employees~1{employeeId}/delete/responses/200")).toUtf8(), expected);
    }
    // The schema editor shows the inferred tree.
    SchemaTreeModel *tree = m_editor->schemaEditor()->model();
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 7);
    undoAllAndCompare();
}

void ResponsesEditorTest::importRejectsBadJson()
{
    openEditor(QStringLiteral("/employees"), QStringLiteral("get"));
    clickButton(QStringLiteral("importResponseSampleButton"));
    ResponseSampleDialog *dialog = m_editor->sampleDialog();
    typeLines(dialog->bodyEdit(), QStringLiteral("{\n  \"id\": 1,\n  \"name\": }"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().contains(QStringLiteral("3:")), qPrintable(dialog->problem()));
    qInfo("%s", qPrintable(dialog->problem()));
    QCOMPARE(m_document.undoStack()->count(), 0);
    QCOMPARE(definitionBytes(m_document), m_original);
    // A bad status code too; then a fix imports.
    dialog->codeEdit()->selectAll();
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("2000"));
    dialog->bodyEdit()->setPlainText(QStringLiteral("[1, 2]"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->problem().contains(QStringLiteral("not a status code")));
    QCOMPARE(m_document.undoStack()->count(), 0);
    dialog->codeEdit()->selectAll();
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("200"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    {
        const char *expected = R"({"type": "array", "items": {"type": "integer", "format": "int32"}})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/get/responses/200/schema")).toUtf8(),
                            expected);
    }
    undoAllAndCompare();
}

void ResponsesEditorTest::corpusSharedSchemas()
{
    const QString folder = corpusConnector(QStringLiteral("independent-publisher-connectors/Mistral"));
    if (folder.isEmpty())
        QFAIL("The corpus is missing (CD_CORPUS).");
    QString error;
    QVERIFY2(m_document.open(folder, &error), qPrintable(error));
    m_original = definitionBytes(m_document);
    openEditor(QStringLiteral("/chat/completions"), QStringLiteral("post"));
    QAbstractItemModelTester listTester(m_editor->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(listCodes().contains(QStringLiteral("200")));
    QVERIFY(m_editor->selectResponse(QStringLiteral("200")));
    SchemaEditor *schema = m_editor->schemaEditor();
    QCOMPARE(schema->model()->index(0, SchemaTreeModel::TypeColumn).data().toString(),
             QStringLiteral("ChatCompletionResponse"));
    QVERIFY(schema->model()->rowCount(schema->model()->index(0, 0)) > 0);
    QSignalSpy goTo(m_editor.get(), &ResponsesEditor::definitionRequested);
    QTest::mouseClick(schema->findChild<QPushButton *>(QStringLiteral("goToDefinitionButton")),
                      Qt::LeftButton);
    QCOMPARE(goTo.count(), 1);
    QCOMPARE(goTo.at(0).at(0).toString(), QStringLiteral("ChatCompletionResponse"));
    // Import over a CRLF file keeps its line ends.
    clickButton(QStringLiteral("importResponseSampleButton"));
    QTest::keyClicks(m_editor->sampleDialog()->bodyEdit(),
                     QString::fromUtf8(R"({"id": "x", "choices": [{"index": 0}]})"));
    QTest::mouseClick(m_editor->sampleDialog()->importButton(), Qt::LeftButton);
    const QByteArray bytes = definitionBytes(m_document);
    QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
    QCOMPARE(schema->model()->index(0, SchemaTreeModel::TypeColumn).data().toString(),
             QStringLiteral("object"));
    undoAllAndCompare();
}

void ResponsesEditorTest::responseEditsRefuseBadInput()
{
    const OperationKey key(QStringLiteral("/employees"), QStringLiteral("get"));
    QVERIFY(!ResponseEdits::addResponse(&m_document,
                                        OperationKey(QStringLiteral("/nope"), QStringLiteral("get")),
                                        QStringLiteral("200"))
                 .ok);
    QVERIFY(!ResponseEdits::removeResponse(&m_document, key, QStringLiteral("500")).ok);
    const JsonPointer ok = JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/responses/200"));
    QVERIFY(!ResponseEdits::addHeader(&m_document, ok, QStringLiteral("  ")).ok);
    QVERIFY(!ResponseEdits::removeHeader(&m_document, ok, QStringLiteral("X")).ok);
    QVERIFY(!ResponseEdits::removeSchema(
                 &m_document, JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/responses/400")))
                 .ok);
    QVERIFY(ResponseEdits::addHeader(&m_document, ok, QStringLiteral("X-A")).ok);
    QVERIFY(ResponseEdits::addHeader(&m_document, ok, QStringLiteral("X-B")).ok);
    QVERIFY(!ResponseEdits::setHeaderField(&m_document, ok, QStringLiteral("X-A"),
                                           ResponseEdits::HeaderField::Name, QStringLiteral("X-B"))
                 .ok);
    QVERIFY(ResponseEdits::setHeaderField(&m_document, ok, QStringLiteral("X-A"),
                                          ResponseEdits::HeaderField::Type, QStringLiteral("array"))
                .ok);
    {
        const char *expected
            = R"({"X-A": {"type": "array", "items": {"type": "string"}}, "X-B": {"type": "string"}})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/get/responses/200/headers")).toUtf8(),
                            expected);
    }
    QCOMPARE(m_document.undoStack()->count(), 3);
    undoAllAndCompare();
}

QTEST_MAIN(ResponsesEditorTest)
#include "ResponsesEditorTest.moc"
