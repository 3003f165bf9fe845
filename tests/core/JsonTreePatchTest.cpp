// JsonTreePatch: a target tree applied to a file changes only what differs, in one undo step;
// the untouched text keeps its bytes; undo restores the file exactly.
#include "document/JsonTreePatch.h"
#include "document/ConnectorDocument.h"
#include "json/JsonParser.h"
#include "json/JsonValue.h"

#include <QUndoStack>
#include <QtTest>

class JsonTreePatchTest : public QObject
{
    Q_OBJECT

private slots:
    void patches_data();
    void patches();
    void rootTypeChangeRefused();
    void sampleSurvivesRoundTripThroughItsOwnTree();
};

static const char Original[] = R"({
  "swagger": "2.0",
  "info": {"title": "HR",   "version": "1.0"},
  "paths": {
    "/a": {"get": {"operationId": "A", "tags": ["x", "y", "z"],
      "responses": {"200": {"description": "OK"}}}}
  },
  "x-keep":    [1,2,   3]
}
)";

void JsonTreePatchTest::patches_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected"); // the file's text afterwards
    QTest::addColumn<int>("edits");

    const QString original = QString::fromUtf8(Original);
    auto with = [&](const QString &from, const QString &to) {
        QString text = original;
        text.replace(from, to);
        return text;
    };
    QTest::newRow("same tree: nothing") << original << original << 0;
    QTest::newRow("a string value") << with(QStringLiteral("\"HR\""), QStringLiteral("\"People\""))
                                    << with(QStringLiteral("\"HR\""), QStringLiteral("\"People\"")) << 1;
    QTest::newRow("an array item changed in the middle")
        << with(QStringLiteral("\"y\""), QStringLiteral("\"w\""))
        << with(QStringLiteral("\"y\""), QStringLiteral("\"w\"")) << 1;
    QTest::newRow("a member removed")
        << with(QStringLiteral("\"title\": \"HR\",   "), QString())
        << with(QStringLiteral("\"title\": \"HR\","), QString()) << 1; // the writer keeps the next lead
    QTest::newRow("a number written another way stays as it was")
        << with(QStringLiteral("[1,2,   3]"), QStringLiteral("[1.0, 2, 3e0]")) << original << 0;
}

void JsonTreePatchTest::patches()
{
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFETCH(int, edits);
    ConnectorDocument document;
    document.newFromBytes(QByteArray(Original), R"({"properties": {}})");
    const QByteArray before = document.file(ConnectorDocument::Part::Definition).toBytes();
    QString error;
    auto tree = json::JsonParser::parseValue(target, &error);
    QVERIFY2(tree, qPrintable(error));
    const auto result
        = JsonTreePatch::apply(&document, ConnectorDocument::Part::Definition, *tree, QStringLiteral("t"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.edits, edits);
    QCOMPARE(QString::fromUtf8(document.file(ConnectorDocument::Part::Definition).toBytes()), expected);
    QCOMPARE(document.undoStack()->count(), edits > 0 ? 1 : 0);
    if (edits > 0) {
        document.undoStack()->undo();
        QCOMPARE(document.file(ConnectorDocument::Part::Definition).toBytes(), before);
    }
}

void JsonTreePatchTest::rootTypeChangeRefused()
{
    ConnectorDocument document;
    document.newFromBytes(QByteArray(Original), R"({"properties": {}})");
    const QByteArray before = document.file(ConnectorDocument::Part::Definition).toBytes();
    auto tree = json::JsonParser::parseValue(QStringLiteral("[1, 2]"), nullptr);
    const auto result
        = JsonTreePatch::apply(&document, ConnectorDocument::Part::Definition, *tree, QStringLiteral("t"));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(document.file(ConnectorDocument::Part::Definition).toBytes(), before);
    QCOMPARE(document.undoStack()->count(), 0);
}

// Members added, reordered and nested changes together, on the bundled sample: the result
// equals the target as a tree, and undo gives back the exact bytes.
void JsonTreePatchTest::sampleSurvivesRoundTripThroughItsOwnTree()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    const QByteArray before = document.file(ConnectorDocument::Part::Definition).toBytes();
    auto target = document.root(ConnectorDocument::Part::Definition)->clone();
    target->member(QStringLiteral("info"))
        ->insertItem(0, json::JsonValue::makeString(QStringLiteral("me")), QStringLiteral("x-author"));
    json::JsonValue *paths = target->member(QStringLiteral("paths"));
    paths->takeItem(paths->size() - 1);
    paths->at(0)->moveItem(0, paths->at(0)->size() - 1); // reordered: that path item is rewritten
    const auto result
        = JsonTreePatch::apply(&document, ConnectorDocument::Part::Definition, *target, QStringLiteral("t"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.edits >= 3);
    QVERIFY(document.root(ConnectorDocument::Part::Definition)->equals(*target));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.file(ConnectorDocument::Part::Definition).toBytes(), before);
}

QTEST_MAIN(JsonTreePatchTest)
#include "JsonTreePatchTest.moc"
