// The schema editor on real data: the tree model (QAbstractItemModelTester, $ref cycles,
// expansion kept while editing), every form field and every tree action driven through
// the widgets on the bundled sample and on a corpus connector (CRLF, 4-space indent,
// $refs, arrays of objects), each one undo step, and undo back to the original bytes.
#include "definition/SchemaEditor.h"
#include "DefinitionUiSupport.h"
#include "FieldMessage.h"
#include "UiTestSupport.h"
#include "definition/SchemaForm.h"
#include "definition/SchemaTreeModel.h"
#include "document/ConnectorDocument.h"
#include "domain/DomainTestSupport.h"
#include "domain/SchemaView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using json::JsonPointer;
using Action = SchemaEditor::Action;
using namespace DefinitionUiSupport;

class SchemaEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modelOnEverySchema_data();
    void modelOnEverySchema();
    void modelIsCycleSafe();
    void modelKeepsExpansionWhileTyping();
    void formFieldsOnSample();
    void treeActionsOnSample();
    void referencePickerAndGoTo();
    void nestedActionsOnCorpus();
    void inheritedRowsAreReadOnly();

private:
    // Opens the editor on pointer; the document must be open.
    SchemaEditor *openEditor(const QString &pointer);
    QString json(const QString &pointer) const { return nodeText(m_document, pointer); }
    template<typename W>
    W *child(const QString &name)
    {
        return m_editor->findChild<W *>(name);
    }
    void click(Action action);
    void undoAllAndCompare();

    std::unique_ptr<QTemporaryDir> m_dir;
    ConnectorDocument m_document;
    std::unique_ptr<SchemaEditor> m_editor;
    QByteArray m_original;
};

void SchemaEditorTest::init()
{
    m_editor.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(UiTestSupport::copySample(m_dir->path()));
    QString error;
    QVERIFY2(m_document.open(m_dir->path(), &error), qPrintable(error));
    m_original = definitionBytes(m_document);
}

SchemaEditor *SchemaEditorTest::openEditor(const QString &pointer)
{
    m_editor = std::make_unique<SchemaEditor>(&m_document);
    m_editor->resize(1000, 600);
    m_editor->show();
    m_editor->activateWindow(); // shortcuts need an active window
    if (!QTest::qWaitForWindowActive(m_editor.get()))
        qWarning("The editor's window did not become active.");
    m_editor->setSchema(JsonPointer::fromString(pointer));
    return m_editor.get();
}

void SchemaEditorTest::click(Action action)
{
    QToolButton *button = m_editor->button(action);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    const int before = m_document.undoStack()->index();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(m_editor->lastError().isEmpty(), qPrintable(m_editor->lastError()));
    QCOMPARE(m_document.undoStack()->index(), before + 1); // one undo step per action
}

void SchemaEditorTest::undoAllAndCompare()
{
    while (m_document.undoStack()->canUndo())
        m_document.undoStack()->undo();
    QCOMPARE(definitionBytes(m_document), m_original);
    QVERIFY(!m_document.isModified());
}

void SchemaEditorTest::modelOnEverySchema_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addRow("sample") << QString();
    for (const char *name :
         {"independent-publisher-connectors/Mistral", "certified-connectors/Planner",
          "custom-connectors/Facebook", "certified-connectors/Oneflow", "certified-connectors/Encodian"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

// Every definition and every response schema of the connector, with the tester watching.
void SchemaEditorTest::modelOnEverySchema()
{
    QFETCH(QString, folder);
    ConnectorDocument document;
    QString error;
    const QString path = folder.isEmpty() ? m_dir->path() : corpusConnector(folder);
    if (path.isEmpty())
        QFAIL("The corpus is missing (CD_CORPUS).");
    QVERIFY2(document.open(path, &error), qPrintable(error));
    SchemaTreeModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<JsonPointer> schemas;
    const json::JsonValue *definitions = document.value(
        ConnectorDocument::Part::Definition, JsonPointer::fromString(QStringLiteral("/definitions")));
    for (int i = 0; definitions && i < definitions->size(); ++i)
        schemas.append(JsonPointer(QStringList {QStringLiteral("definitions"), definitions->keyAt(i)}));
    QVERIFY(schemas.size() >= 3);
    QElapsedTimer timer;
    timer.start();
    int rows = 0;
    for (const JsonPointer &schema : schemas) {
        model.setSchema(schema, schema.lastToken());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SchemaTreeModel::NameColumn).data().toString(), schema.lastToken());
        const int own = int(SchemaView(&document, schema).properties().size());
        QVERIFY(model.rowCount(model.index(0, 0)) >= own);
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex index = model.index(r, 0, parent);
                ++rows;
                QVERIFY2(!model.index(r, SchemaTreeModel::TypeColumn, parent).data().toString().isEmpty(),
                         qPrintable(model.pointer(index).toString()));
                QCOMPARE(model.pointer(index).toString(),
                         index.data(SchemaTreeModel::PointerRole).toString());
                walk(index);
            }
        };
        walk({});
    }
    qInfo("%d schemas, %d rows in %lld ms", int(schemas.size()), rows, timer.elapsed());
}

void SchemaEditorTest::modelIsCycleSafe()
{
    DomainTest::Connector connector(
        QByteArray(R"({"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {},
  "definitions": {
    "Node": {"type": "object", "properties": {
      "name": {"type": "string"},
      "parent": {"$ref": "#/definitions/Node"},
      "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}}}},
    "A": {"$ref": "#/definitions/B"},
    "B": {"$ref": "#/definitions/A"}
  }})"));
    QVERIFY2(connector.isOpen(), qPrintable(connector.error()));
    SchemaTreeModel model(connector.doc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(JsonPointer::fromString(QStringLiteral("/definitions/Node")), QStringLiteral("Node"));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.rowCount(root), 3);
    const QModelIndex parent = model.index(1, 0, root);
    QCOMPARE(parent.data().toString(), QStringLiteral("parent"));
    QCOMPARE(model.index(1, SchemaTreeModel::TypeColumn, root).data().toString(), QStringLiteral("Node"));
    QCOMPARE(model.rowCount(parent), 0); // Node is open above: the branch stops
    const QModelIndex children = model.index(2, 0, root);
    QCOMPARE(model.index(2, SchemaTreeModel::TypeColumn, root).data().toString(),
             QStringLiteral("array of Node"));
    QCOMPARE(model.rowCount(children), 1);
    QCOMPARE(model.rowCount(model.index(0, 0, children)), 0);
    model.setSchema(JsonPointer::fromString(QStringLiteral("/definitions/A")), QStringLiteral("A"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    // Through a $ref that is not circular, the definition's properties show, inherited.
    model.setSchema(JsonPointer::fromString(QStringLiteral("/definitions/Node/properties/children")));
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    const QModelIndex items = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.rowCount(items), 3);
    QVERIFY(model.index(0, 0, items).data(SchemaTreeModel::InheritedRole).toBool());
}

void SchemaEditorTest::modelKeepsExpansionWhileTyping()
{
    openEditor(QStringLiteral("/definitions/EmployeeList"));
    QAbstractItemModelTester tester(m_editor->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTreeView *tree = m_editor->tree();
    const QModelIndex value = m_editor->model()->indexOf(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeList/properties/value")));
    QVERIFY(value.isValid());
    QVERIFY(tree->isExpanded(value));
    QVERIFY(m_editor->selectPointer(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeList/properties/nextLink"))));
    QSignalSpy resets(m_editor->model(), &QAbstractItemModel::modelReset);
    auto *title = child<QLineEdit>(QStringLiteral("schemaTitleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Next link"));
    QCOMPARE(resets.count(), 0); // same shape: no reset, the view keeps its state
    QCOMPARE(SchemaView(&m_document, m_editor->currentPointer()).summary(), QStringLiteral("Next link"));
    QCOMPARE(m_document.undoStack()->count(), 1); // typing merges
    // A shape change (a property added elsewhere) resets, and the state comes back.
    click(Action::AddProperty);
    QVERIFY(resets.count() >= 1);
    const QModelIndex again = m_editor->model()->indexOf(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeList/properties/value")));
    QVERIFY(tree->isExpanded(again));
    QCOMPARE(m_editor->currentPointer().toString(),
             QStringLiteral("/definitions/EmployeeList/properties/property1"));
    undoAllAndCompare();
}

void SchemaEditorTest::formFieldsOnSample()
{
    openEditor(QStringLiteral("/definitions/Employee"));
    QVERIFY(m_editor->selectPointer(
        JsonPointer::fromString(QStringLiteral("/definitions/Employee/properties/jobTitle"))));
    int steps = 0;
    const auto step = [&] { QCOMPARE(m_document.undoStack()->index(), ++steps); };

    auto *name = child<QLineEdit>(QStringLiteral("schemaNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("jobTitle"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("role"));
    QTest::keyClick(name, Qt::Key_Return);
    step();
    const QString r = QStringLiteral("/definitions/Employee/properties/role");
    QCOMPARE(m_editor->currentPointer().toString(), r);
    QCOMPARE(SchemaView(&m_document, JsonPointer::fromString(QStringLiteral("/definitions/Employee")))
                 .properties()
                 .at(3)
                 .name,
             QStringLiteral("role")); // renamed in place

    auto *title = child<QLineEdit>(QStringLiteral("schemaTitleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Role"));
    step();
    auto *description = child<QPlainTextEdit>(QStringLiteral("schemaDescriptionEdit"));
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("What the employee does."));
    step();
    QVERIFY(chooseInCombo(child<QComboBox>(QStringLiteral("schemaVisibilityCombo")),
                          QStringLiteral("important")));
    step();
    auto *required = child<QCheckBox>(QStringLiteral("schemaRequiredCheck"));
    QVERIFY(!required->isChecked());
    QTest::mouseClick(required, Qt::LeftButton);
    step();
    auto *enumEdit = child<QLineEdit>(QStringLiteral("schemaEnumEdit"));
    enumEdit->setFocus();
    QTest::keyClicks(enumEdit, QStringLiteral("engineer, manager,  clerk"));
    QTest::keyClick(enumEdit, Qt::Key_Return);
    step();
    auto *defaultEdit = child<QLineEdit>(QStringLiteral("schemaDefaultEdit"));
    defaultEdit->setFocus();
    QTest::keyClicks(defaultEdit, QStringLiteral("clerk"));
    QTest::keyClick(defaultEdit, Qt::Key_Return);
    step();
    {
        const char *expected = R"({"type": "string", "x-ms-summary": "Role",
        "description": "What the employee does.", "default": "clerk",
        "enum": ["engineer", "manager", "clerk"], "x-ms-visibility": "important"})";
        DOMAIN_COMPARE_JSON(json(r).toUtf8(), expected);
    }
    QVERIFY(SchemaView(&m_document, JsonPointer::fromString(QStringLiteral("/definitions/Employee")))
                .requiredProperties()
                .contains(QStringLiteral("role")));

    // Type, then a format that fits it.
    QVERIFY(chooseInCombo(child<QComboBox>(QStringLiteral("schemaTypeCombo")), QStringLiteral("integer")));
    step();
    auto *format = child<QComboBox>(QStringLiteral("schemaFormatCombo"));
    QCOMPARE(format->findText(QStringLiteral("int64")) >= 0, true);
    QVERIFY(chooseInCombo(format, QStringLiteral("int64")));
    step();
    QCOMPARE(SchemaView(&m_document, JsonPointer::fromString(r)).type(), QStringLiteral("integer"));
    QCOMPARE(SchemaView(&m_document, JsonPointer::fromString(r)).format(), QStringLiteral("int64"));
    // Emptying a field removes the key; an unchanged enum makes no step.
    defaultEdit->setFocus();
    defaultEdit->selectAll();
    QTest::keyClick(defaultEdit, Qt::Key_Backspace);
    QTest::keyClick(defaultEdit, Qt::Key_Return);
    step();
    QVERIFY(!SchemaView(&m_document, JsonPointer::fromString(r)).hasDefault());
    enumEdit->setFocus();
    QTest::keyClick(enumEdit, Qt::Key_Return);
    QCOMPARE(m_document.undoStack()->index(), steps);
    // A bad name is refused with a message, nothing changes.
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("email"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_document.undoStack()->index(), steps);
    QVERIFY2(child<FieldMessage>(QStringLiteral("schemaNameMessage"))
                 ->problem()
                 .contains(QStringLiteral("already exists")),
             qPrintable(child<FieldMessage>(QStringLiteral("schemaNameMessage"))->problem()));
    undoAllAndCompare();
}

void SchemaEditorTest::treeActionsOnSample()
{
    openEditor(QStringLiteral("/definitions/Employee"));
    const QString base = QStringLiteral("/definitions/Employee");
    QVERIFY(m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/email"))));
    QVERIFY(!m_editor->button(Action::MoveInto)->isEnabled()); // displayName is a string
    QVERIFY(!m_editor->button(Action::MoveOut)->isEnabled()); // already at the top
    QVERIFY(!m_editor->button(Action::AddChild)->isEnabled());
    click(Action::AddProperty);
    QCOMPARE(m_editor->currentPointer().toString(), base + QStringLiteral("/properties/property1"));
    QCOMPARE(SchemaView(&m_document, JsonPointer::fromString(base)).properties().at(3).name,
             QStringLiteral("property1"));
    // Make it an object, give it a child, move the next property into it and out again.
    QVERIFY(chooseInCombo(child<QComboBox>(QStringLiteral("schemaTypeCombo")), QStringLiteral("object")));
    click(Action::AddChild);
    QCOMPARE(m_editor->currentPointer().toString(),
             base + QStringLiteral("/properties/property1/properties/property1"));
    QVERIFY(m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/jobTitle"))));
    click(Action::MoveInto);
    QCOMPARE(m_editor->currentPointer().toString(),
             base + QStringLiteral("/properties/property1/properties/jobTitle"));
    {
        const char *expected = R"({"type": "object", "properties": {"property1": {"type": "string"},
                           "jobTitle": {"type": "string", "x-ms-summary": "Job title",
                                        "description": "The employee's job title."}}})";
        DOMAIN_COMPARE_JSON(json(base + QStringLiteral("/properties/property1")).toUtf8(), expected);
    }
    click(Action::MoveUp);
    QCOMPARE(SchemaView(&m_document, JsonPointer::fromString(base + QStringLiteral("/properties/property1")))
                 .properties()
                 .at(0)
                 .name,
             QStringLiteral("jobTitle"));
    QVERIFY(!m_editor->button(Action::MoveUp)->isEnabled());
    click(Action::MoveDown);
    click(Action::MoveOut);
    QCOMPARE(m_editor->currentPointer().toString(), base + QStringLiteral("/properties/jobTitle"));
    QCOMPARE(SchemaView(&m_document, JsonPointer::fromString(base)).properties().at(4).name,
             QStringLiteral("jobTitle"));
    // Required travels with a moved property: email into property1 and out.
    QVERIFY(m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/email"))));
    click(Action::MoveDown);
    click(Action::MoveInto);
    QVERIFY(SchemaView(&m_document, m_editor->currentPointer()).isRequiredInParent());
    QVERIFY(!SchemaView(&m_document, JsonPointer::fromString(base))
                 .requiredProperties()
                 .contains(QStringLiteral("email")));
    click(Action::MoveOut);
    QVERIFY(SchemaView(&m_document, JsonPointer::fromString(base))
                .requiredProperties()
                .contains(QStringLiteral("email")));
    // Remove selects the next property; keyboard shortcuts run the same actions.
    QVERIFY(m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/property1"))));
    click(Action::Remove);
    QVERIFY(!SchemaView(&m_document, JsonPointer::fromString(base + QStringLiteral("/properties/property1")))
                 .isValid());
    m_editor->tree()->setFocus();
    const int before = m_document.undoStack()->index();
    QTest::keyClick(m_editor->tree(), Qt::Key_Insert);
    QCOMPARE(m_document.undoStack()->index(), before + 1);
    QTest::keyClick(m_editor->tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_document.undoStack()->index(), before + 2);
    QTest::keyClick(m_editor->tree(), Qt::Key_Delete);
    QCOMPARE(m_document.undoStack()->index(), before + 3);
    undoAllAndCompare();
}

void SchemaEditorTest::referencePickerAndGoTo()
{
    // A response schema: the root is a $ref.
    openEditor(QStringLiteral("/paths/~1employees/get/responses/200/schema"));
    QSignalSpy goTo(m_editor.get(), &SchemaEditor::definitionRequested);
    QCOMPARE(m_editor->model()->index(0, SchemaTreeModel::TypeColumn).data().toString(),
             QStringLiteral("EmployeeList"));
    auto *reference = child<QComboBox>(QStringLiteral("schemaReferenceCombo"));
    QCOMPARE(reference->currentText(), QStringLiteral("EmployeeList"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("goToDefinitionButton")), Qt::LeftButton);
    QCOMPARE(goTo.count(), 1);
    QCOMPARE(goTo.at(0).at(0).toString(), QStringLiteral("EmployeeList"));
    // Pick another definition: one step; back to "(none)": a plain object schema.
    QVERIFY(chooseInCombo(reference, QStringLiteral("Employee")));
    QCOMPARE(m_document.undoStack()->index(), 1);
    {
        const char *expected = R"({"$ref": "#/definitions/Employee"})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/get/responses/200/schema")).toUtf8(),
                            expected);
    }
    QCOMPARE(m_editor->model()->rowCount(m_editor->model()->index(0, 0)), 8); // Employee's, inherited
    QVERIFY(chooseInCombo(reference, QStringLiteral("(none)")));
    {
        const char *expected = R"({"type": "object"})";
        DOMAIN_COMPARE_JSON(json(QStringLiteral("/paths/~1employees/get/responses/200/schema")).toUtf8(),
                            expected);
    }
    // On a property: array items to a $ref.
    m_editor->setSchema(JsonPointer::fromString(QStringLiteral("/definitions/EmployeeInput")));
    QVERIFY(m_editor->selectPointer(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeInput/properties/department"))));
    QVERIFY(chooseInCombo(child<QComboBox>(QStringLiteral("schemaTypeCombo")), QStringLiteral("array")));
    QVERIFY(m_editor->selectPointer(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeInput/properties/department/items"))));
    QVERIFY(chooseInCombo(reference, QStringLiteral("Employee")));
    QCOMPARE(m_editor->model()
                 ->indexOf(JsonPointer::fromString(
                     QStringLiteral("/definitions/EmployeeInput/properties/department")))
                 .siblingAtColumn(SchemaTreeModel::TypeColumn)
                 .data()
                 .toString(),
             QStringLiteral("array of Employee"));
    undoAllAndCompare();
}

// Mistral: CRLF line ends, 4-space indent, $refs and an array of objects.
void SchemaEditorTest::nestedActionsOnCorpus()
{
    const QString folder = corpusConnector(QStringLiteral("independent-publisher-connectors/Mistral"));
    if (folder.isEmpty())
        QFAIL("The corpus is missing (CD_CORPUS).");
    QString error;
    QVERIFY2(m_document.open(folder, &error), qPrintable(error));
    m_original = definitionBytes(m_document);
    QVERIFY(m_original.contains("\r\n"));
    const QString base = QStringLiteral("/definitions/ChatCompletionRequest");
    openEditor(base);
    QAbstractItemModelTester tester(m_editor->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString items = base + QStringLiteral("/properties/messages/items");
    // messages is an array of objects: "Add child" adds to its items; the next property
    // moves into the items and back out after messages.
    QVERIFY(m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/messages"))));
    click(Action::AddChild);
    QCOMPARE(m_editor->currentPointer().toString(), items + QStringLiteral("/properties/property1"));
    auto *name = child<QLineEdit>(QStringLiteral("schemaNameEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("name"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_editor->currentPointer().toString(), items + QStringLiteral("/properties/name"));
    QVERIFY(
        m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/temperature"))));
    click(Action::MoveInto);
    QCOMPARE(m_editor->currentPointer().toString(), items + QStringLiteral("/properties/temperature"));
    QStringList names;
    for (const SchemaProperty &property :
         SchemaView(&m_document, JsonPointer::fromString(items)).properties())
        names.append(property.name);
    QCOMPARE(names, QStringList({"role", "content", "name", "temperature"}));
    click(Action::MoveOut);
    names.clear();
    for (const SchemaProperty &property : SchemaView(&m_document, JsonPointer::fromString(base)).properties())
        names.append(property.name);
    QCOMPARE(names.mid(0, 3), QStringList({"model", "messages", "temperature"}));
    // Required moves with the property: "model" is required at the top.
    QVERIFY(m_editor->selectPointer(JsonPointer::fromString(base + QStringLiteral("/properties/model"))));
    click(Action::MoveDown);
    click(Action::MoveInto);
    QStringList required = SchemaView(&m_document, JsonPointer::fromString(items)).requiredProperties();
    QCOMPARE(required, QStringList({"model"}));
    // The new text follows the file's style (CRLF, 4 spaces).
    const QByteArray bytes = definitionBytes(m_document);
    QVERIFY(!bytes.contains("\n  \"model\"") && bytes.count("\r\n") == bytes.count('\n'));
    undoAllAndCompare();
}

void SchemaEditorTest::inheritedRowsAreReadOnly()
{
    openEditor(QStringLiteral("/definitions/EmployeeList"));
    const QModelIndex value = m_editor->model()->indexOf(
        JsonPointer::fromString(QStringLiteral("/definitions/EmployeeList/properties/value")));
    const QModelIndex items = m_editor->model()->index(0, 0, value);
    const QModelIndex inherited = m_editor->model()->index(0, 0, items);
    QVERIFY(inherited.data(SchemaTreeModel::InheritedRole).toBool());
    m_editor->tree()->setCurrentIndex(inherited);
    for (Action action : {Action::AddProperty, Action::AddChild, Action::Remove, Action::MoveDown})
        QVERIFY(!m_editor->button(action)->isEnabled());
    QVERIFY(!child<QLineEdit>(QStringLiteral("schemaTitleEdit"))->isEnabled());
    QSignalSpy goTo(m_editor.get(), &SchemaEditor::definitionRequested);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("goToDefinitionButton")), Qt::LeftButton);
    QCOMPARE(goTo.count(), 1);
    QCOMPARE(goTo.at(0).at(0).toString(), QStringLiteral("Employee"));
    QCOMPARE(m_document.undoStack()->count(), 0);
}

QTEST_MAIN(SchemaEditorTest)
#include "SchemaEditorTest.moc"
