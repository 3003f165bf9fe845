// YamlTextMap: the line of a pointer in YAML text and the pointer of a line, on hand-written
// YAML in the block style the YAML view writes.
#include "views/YamlTextMap.h"
#include "import/InputTree.h"

#include <QtTest>

class YamlTextMapTest : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
};

static const char Text[] = "swagger: '2.0'\n" // 1
                           "info:\n" // 2
                           "  title: HR\n" // 3
                           "  version: '1.0'\n" // 4
                           "paths:\n" // 5
                           "  /employees:\n" // 6
                           "    get:\n" // 7
                           "      operationId: List\n" // 8
                           "      tags:\n" // 9
                           "        - people\n" // 10
                           "        - hr\n" // 11
                           "      responses:\n" // 12
                           "        '200':\n" // 13
                           "          description: OK\n"; // 14

void YamlTextMapTest::lines_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::newRow("scalar") << "/swagger" << 1;
    QTest::newRow("mapping under its key") << "/info" << 2;
    QTest::newRow("nested scalar") << "/info/version" << 4;
    QTest::newRow("operation") << "/paths/~1employees/get" << 7;
    QTest::newRow("sequence item") << "/paths/~1employees/get/tags/1" << 11;
    QTest::newRow("deep") << "/paths/~1employees/get/responses/200/description" << 14;
}

void YamlTextMapTest::lines()
{
    QFETCH(QString, pointer);
    QFETCH(int, line);
    const InputTree tree = InputTree::parseYaml(QString::fromLatin1(Text));
    QVERIFY2(tree.ok(), qPrintable(tree.error()));
    QCOMPARE(YamlTextMap::lineOf(tree, json::JsonPointer::fromString(pointer)), line);
    QCOMPARE(YamlTextMap::pointerAtLine(tree, line).toString(), pointer);
    // A pointer that does not exist shows its nearest ancestor.
    QCOMPARE(YamlTextMap::lineOf(tree, json::JsonPointer::fromString(pointer + QStringLiteral("/nope"))),
             line);
}

QTEST_MAIN(YamlTextMapTest)
#include "YamlTextMapTest.moc"
