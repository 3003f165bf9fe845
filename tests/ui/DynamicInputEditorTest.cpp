// The dynamic-input editor under a parameter: choose the operation, map its parameters, pick
// the response paths it offers, Apply (one undo step), switch kinds, Remove; unapplied entries
// survive unrelated document changes.
#include "definition/DynamicInputEditor.h"
#include "definition/SchemaEditor.h"

#include "document/ConnectorDocument.h"
#include "domain/DynamicInput.h"
#include "domain/OperationEdits.h"
#include "json/JsonPointer.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using json::JsonPointer;

class DynamicInputEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildApplyUndo();
    void kindsAndRemove();
    void onBodyPropertyInSchemaEditor();

private:
    QByteArray bytes() const { return m_document->file(ConnectorDocument::Part::Definition).toBytes(); }

    QTemporaryDir *m_dir = nullptr;
    ConnectorDocument *m_document = nullptr;
    DynamicInputEditor *m_editor = nullptr;
};

static const char Definition[] = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "paths": {
    "/sites/{site}/tables": {
      "get": {"operationId": "ListTables",
              "parameters": [{"name": "site", "in": "path", "required": true, "type": "string"}],
              "responses": {"200": {"description": "OK", "schema": {"type": "object", "properties": {
                "value": {"type": "array", "items": {"type": "object", "properties": {
                  "id": {"type": "string"}, "displayName": {"type": "string"}}}}}}}}}
    },
    "/rows": {
      "post": {"operationId": "AddRow", "summary": "Add a row",
               "parameters": [{"name": "site", "in": "query", "type": "string"},
                              {"name": "table", "in": "query", "type": "string"},
                              {"name": "body", "in": "body", "schema": {"type": "object", "properties": {
                                "column": {"type": "string"}}}}],
               "responses": {"200": {"description": "OK"}}}
    }
  }
}
)J";

void DynamicInputEditorTest::init()
{
    m_dir = new QTemporaryDir;
    QFile file(m_dir->filePath(QStringLiteral("apiDefinition.swagger.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Definition);
    file.close();
    QFile properties(m_dir->filePath(QStringLiteral("apiProperties.json")));
    QVERIFY(properties.open(QIODevice::WriteOnly));
    properties.write(R"({"properties": {"connectionParameters": {}, "iconBrandColor": "#007ee5"}})");
    properties.close();
    m_document = new ConnectorDocument;
    QString error;
    QVERIFY2(m_document->open(m_dir->path(), &error), qPrintable(error));
    m_editor = new DynamicInputEditor(m_document);
    m_editor->show();
    m_editor->setNode(JsonPointer::fromString(QStringLiteral("/paths/~1rows/post/parameters/1")));
}

void DynamicInputEditorTest::cleanup()
{
    delete m_editor;
    delete m_document;
    delete m_dir;
}

void DynamicInputEditorTest::buildApplyUndo()
{
    const QByteArray before = bytes();
    QComboBox *operation = m_editor->operationCombo();
    operation->setCurrentIndex(operation->findData(QStringLiteral("ListTables")));
    QTableWidget *mapping = m_editor->mappingTable();
    QCOMPARE(mapping->rowCount(), 1);
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("site"));
    qobject_cast<QComboBox *>(mapping->cellWidget(0, 1))->setCurrentIndex(1); // from a parameter
    mapping->item(0, 2)->setText(QStringLiteral("site"));
    QCOMPARE(m_editor->collectionCombo()->findText(QStringLiteral("value")), 0);
    m_editor->collectionCombo()->setCurrentText(QStringLiteral("value"));
    QVERIFY(m_editor->valueCombo()->findText(QStringLiteral("id")) >= 0);
    QVERIFY(m_editor->titleCombo()->findText(QStringLiteral("displayName")) >= 0);
    m_editor->valueCombo()->setCurrentText(QStringLiteral("id"));
    m_editor->titleCombo()->setCurrentText(QStringLiteral("displayName"));

    // An unrelated change to the document keeps what was entered but not applied.
    QVERIFY(OperationEdits::setOperationField(m_document,
                                              OperationKey(QStringLiteral("/rows"), QStringLiteral("post")),
                                              OperationEdits::Field::Summary, QStringLiteral("Add a row now"))
                .ok);
    m_editor->refresh();
    QCOMPARE(m_editor->valueCombo()->currentText(), QStringLiteral("id"));

    const int steps = m_document->undoStack()->count();
    QTest::mouseClick(m_editor->applyButton(), Qt::LeftButton);
    QVERIFY2(m_editor->problem().isEmpty(), qPrintable(m_editor->problem()));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const auto input = DynamicInput::read(
        m_document, JsonPointer::fromString(QStringLiteral("/paths/~1rows/post/parameters/1")),
        DynamicInput::Kind::Values);
    QVERIFY(input);
    QCOMPARE(input->operationId, QStringLiteral("ListTables"));
    QCOMPARE(input->collectionPath, QStringLiteral("value"));
    QCOMPARE(input->valuePath, QStringLiteral("id"));
    QCOMPARE(input->titlePath, QStringLiteral("displayName"));
    QCOMPARE(input->parameters.size(), 1);
    QVERIFY(input->parameters.first().fromParameter);
    QVERIFY(m_editor->kindCombo()->itemText(0).endsWith(QLatin1String("(set)")));

    m_document->undoStack()->undo(); // the extension
    m_document->undoStack()->undo(); // the summary
    QCOMPARE(bytes(), before);
}

void DynamicInputEditorTest::kindsAndRemove()
{
    QComboBox *kind = m_editor->kindCombo();
    kind->setCurrentIndex(kind->findData(int(DynamicInput::Kind::List)));
    QVERIFY(m_editor->titleCombo()->isVisible());
    QTest::mouseClick(m_editor->applyButton(), Qt::LeftButton);
    QVERIFY(m_editor->problem().contains(QLatin1String("Choose the operation")));

    m_editor->operationCombo()->setCurrentIndex(
        m_editor->operationCombo()->findData(QStringLiteral("ListTables")));
    m_editor->valueCombo()->setCurrentText(QStringLiteral("id"));
    QTest::mouseClick(m_editor->applyButton(), Qt::LeftButton);
    QVERIFY(DynamicInput::read(m_document,
                               JsonPointer::fromString(QStringLiteral("/paths/~1rows/post/parameters/1")),
                               DynamicInput::Kind::List));
    kind->setCurrentIndex(kind->findData(int(DynamicInput::Kind::Schema)));
    QVERIFY(!m_editor->titleCombo()->isVisible()); // a schema has no title path
    QVERIFY(!m_editor->removeButton()->isEnabled());
    kind->setCurrentIndex(kind->findData(int(DynamicInput::Kind::List)));
    QVERIFY(m_editor->removeButton()->isEnabled());
    QTest::mouseClick(m_editor->removeButton(), Qt::LeftButton);
    QVERIFY(!DynamicInput::read(m_document,
                                JsonPointer::fromString(QStringLiteral("/paths/~1rows/post/parameters/1")),
                                DynamicInput::Kind::List));
}

// The schema editor's form carries the same editor for a body property: dynamic values from
// another operation are written on the property itself; array items get none.
void DynamicInputEditorTest::onBodyPropertyInSchemaEditor()
{
    const QByteArray before = bytes();
    SchemaEditor schema(m_document);
    schema.resize(900, 900);
    schema.show();
    const QString body = QStringLiteral("/paths/~1rows/post/parameters/2/schema");
    schema.setSchema(JsonPointer::fromString(body));
    QVERIFY(schema.selectPointer(JsonPointer::fromString(body + QStringLiteral("/properties/column"))));
    auto *editor = schema.findChild<DynamicInputEditor *>(QStringLiteral("schemaDynamicInput"));
    QVERIFY(editor);
    auto *toggle = schema.findChild<QToolButton *>(QStringLiteral("schemaDynamicToggle"));
    QVERIFY(toggle && toggle->isVisible());
    QVERIFY(!editor->isVisible()); // folded: the property has none
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(editor->isVisible());
    editor->operationCombo()->setCurrentIndex(
        editor->operationCombo()->findData(QStringLiteral("ListTables")));
    qobject_cast<QComboBox *>(editor->mappingTable()->cellWidget(0, 1))->setCurrentIndex(1);
    editor->mappingTable()->item(0, 2)->setText(QStringLiteral("site"));
    editor->collectionCombo()->setCurrentText(QStringLiteral("value"));
    editor->valueCombo()->setCurrentText(QStringLiteral("id"));
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    const auto input
        = DynamicInput::read(m_document, JsonPointer::fromString(body + QStringLiteral("/properties/column")),
                             DynamicInput::Kind::Values);
    QVERIFY(input);
    QCOMPARE(input->operationId, QStringLiteral("ListTables"));
    QCOMPARE(input->valuePath, QStringLiteral("id"));

    // The body itself (the root) can take a dynamic schema; it has none, so the editor folds,
    // and opens by itself again on the property that has one.
    QVERIFY(schema.selectPointer(JsonPointer::fromString(body)));
    QVERIFY(toggle->isVisible() && !editor->isVisible());
    QVERIFY(schema.selectPointer(JsonPointer::fromString(body + QStringLiteral("/properties/column"))));
    QVERIFY(editor->isVisible());
    m_document->undoStack()->undo();
    QCOMPARE(bytes(), before);
}

QTEST_MAIN(DynamicInputEditorTest)
#include "DynamicInputEditorTest.moc"
