// The Swagger tab's YAML view: the definition shown as YAML (highlighted as YAML), a typed change
// applied as one undo step that edits the JSON file only where the value changed, a YAML syntax
// error marked at its line and nothing applied, a pointer shown at its YAML line, and back to JSON.
#include "CodeEditor.h"
#include "RawJsonPage.h"
#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class RawYamlViewTest : public QObject
{
    Q_OBJECT

private slots:
    void editAsYaml();
};

static QByteArray definitionBytes(const ConnectorDocument &document)
{
    return document.file(ConnectorDocument::Part::Definition).toBytes();
}

void RawYamlViewTest::editAsYaml()
{
    QTemporaryDir dir;
    QVERIFY(UiTestSupport::copySample(dir.path()));
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.open(dir.path(), &error), qPrintable(error));
    const QByteArray original = definitionBytes(document);
    RawJsonPage page(&document);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QComboBox *notation = page.notationCombo();
    notation->setCurrentIndex(1);
    emit notation->activated(1);
    QCOMPARE(page.view()->language(), CodeEditor::Language::Yaml);
    const QString yaml = page.view()->text();
    QVERIFY2(yaml.contains(QLatin1String("\nswagger: ")) || yaml.startsWith(QLatin1String("swagger: ")),
             qPrintable(yaml.left(200)));
    QVERIFY(yaml.contains(QLatin1String("operationId: ListEmployees")));
    QVERIFY(!yaml.contains(QLatin1Char('{'))
            || yaml.indexOf(QLatin1Char('{')) > yaml.indexOf(QLatin1String("paths:")));

    // A changed value: the JSON file changes in that string only, one undo step.
    QVERIFY(yaml.contains(QLatin1String("title: Contoso HR\n")));
    page.view()->setText(QString(yaml).replace(QLatin1String("title: Contoso HR\n"),
                                               QLatin1String("title: Contoso People\n")));
    QVERIFY(page.hasDraft());
    QVERIFY(page.applyDraft());
    QCOMPARE(document.undoStack()->count(), 1);
    QByteArray expected = original;
    expected.replace("\"Contoso HR\"", "\"Contoso People\"");
    QCOMPARE(definitionBytes(document), expected);
    QVERIFY(!page.hasDraft());

    // Not YAML: marked, nothing applied.
    page.view()->setText(page.view()->text() + QLatin1String("\nbroken: [unclosed\n"));
    QVERIFY(!page.applyDraft());
    QVERIFY(page.view()->errorLine() > 0);
    QCOMPARE(definitionBytes(document), expected);
    page.revertDraft();

    // A pointer shown at its line in the YAML text.
    QVERIFY(page.showPointer(
        ConnectorDocument::Part::Definition,
        json::JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/operationId"))));
    const int line = page.view()->markedLine();
    QVERIFY(line > 0);
    QVERIFY2(page.view()->text(line - 1).contains(QLatin1String("operationId: ListEmployees")),
             qPrintable(page.view()->text(line - 1)));

    document.undoStack()->undo();
    QCOMPARE(definitionBytes(document), original);
    notation->setCurrentIndex(0);
    emit notation->activated(0);
    QCOMPARE(page.view()->language(), CodeEditor::Language::Json);
    page.refreshNow();
    QCOMPARE(page.view()->text().toUtf8(), original);
}

QTEST_MAIN(RawYamlViewTest)
#include "RawYamlViewTest.moc"
