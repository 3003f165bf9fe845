// Tolerant reading: what real files contain opens, each irregularity located; broken files
// give the exact line, column and a readable reason.
#include "json/JsonFile.h"
#include "json/JsonParser.h"

#include <QtTest>

class JsonTolerantTest : public QObject
{
    Q_OBJECT

private slots:
    void tolerated_data();
    void tolerated();
    void strictRejects_data();
    void strictRejects();
    void broken_data();
    void broken();
    void duplicateKeyLastWins();
};

void JsonTolerantTest::tolerated_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{}") << "bom" << 1 << 1;
    QTest::newRow("Latin-1") << QByteArray("{\n  \"a\": \"caf\xE9\"\n}") << "not-utf8" << 2 << 12;
    QTest::newRow("line comment") << QByteArray("{\n  // note\n  \"a\": 1\n}") << "comment" << 2 << 3;
    QTest::newRow("block comment") << QByteArray("{\"a\": /* x */ 1}") << "comment" << 1 << 7;
    QTest::newRow("trailing comma in object") << QByteArray("{\n  \"a\": 1,\n}") << "trailing-comma" << 2 << 9;
    QTest::newRow("trailing comma in array") << QByteArray("[1,\n 2,\n]") << "trailing-comma" << 2 << 3;
    QTest::newRow("duplicate key") << QByteArray("{\n  \"a\": 1,\n  \"a\": 2\n}") << "duplicate-key" << 3 << 3;
    QTest::newRow("raw tab in string") << QByteArray("{\"a\": \"x\ty\"}") << "control-character" << 1 << 9;
}

void JsonTolerantTest::tolerated()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("t.json"));
    QVERIFY2(file.isValid(), qPrintable(file.errorString()));
    QCOMPARE(file.toBytes(), bytes);
    const auto &diagnostics = file.diagnostics();
    auto it = std::find_if(diagnostics.begin(), diagnostics.end(),
                           [&](const json::JsonDiagnostic &d) { return d.code == code; });
    QVERIFY2(it != diagnostics.end(), qPrintable(code));
    QVERIFY(!it->isError());
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QVERIFY(it->format(QStringLiteral("t.json")).startsWith(QStringLiteral("t.json:%1:%2: warning: ").arg(line).arg(column)));
}

void JsonTolerantTest::strictRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("comment") << QByteArray("{/* c */}");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("control character") << QByteArray("\"a\tb\"");
}

void JsonTolerantTest::strictRejects()
{
    QFETCH(QByteArray, bytes);
    json::ParseOptions strict;
    strict.tolerant = false;
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("s.json"), strict);
    QVERIFY(!file.isValid());
    QVERIFY(file.firstError());
}

void JsonTolerantTest::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3 << "Expected ',' or '}'";
    QTest::newRow("missing comma in array") << QByteArray("[1\n 2]") << 2 << 2 << "Expected ',' or ']'";
    QTest::newRow("unbalanced") << QByteArray("{\"a\": [1, 2}") << 1 << 12 << "Expected ',' or ']'";
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"abc\n}") << 1 << 11 << "Unterminated string";
    QTest::newRow("empty") << QByteArray("") << 1 << 1 << "empty";
    QTest::newRow("only whitespace") << QByteArray("  \n ") << 2 << 2 << "No JSON value";
    QTest::newRow("garbage after") << QByteArray("{} x") << 1 << 4 << "after the end";
    QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << 2 << "Unknown word 'tru'";
    QTest::newRow("bad escape") << QByteArray("[\"\\q\"]") << 1 << 3 << "Invalid escape";
    QTest::newRow("bad number") << QByteArray("[01]") << 1 << 2 << "leading zeros";
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << 2 << "member name in double quotes";
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6 << "Expected ':'";
    QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2") << 1 << 12 << "end of the file";
    QTest::newRow("unterminated comment") << QByteArray("{} /* x") << 1 << 4 << "Unterminated /*";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << 1 << 1 << "UTF-16";
}

void JsonTolerantTest::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, reason);
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("b.json"));
    QVERIFY(!file.isValid());
    const json::JsonDiagnostic *error = file.firstError();
    QVERIFY(error);
    QVERIFY2(error->message.contains(reason), qPrintable(error->message));
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    QVERIFY(file.errorString().startsWith(QStringLiteral("b.json:%1:%2: error: ").arg(line).arg(column)));
}

void JsonTolerantTest::duplicateKeyLastWins()
{
    const json::JsonFile file = json::JsonFile::fromBytes(QByteArray("{\"a\": 1, \"b\": 0, \"a\": 2}"),
                                                          QStringLiteral("d.json"));
    QCOMPARE(file.root()->size(), 3);
    QCOMPARE(file.root()->member(QStringLiteral("a"))->toInteger(), 2);
}

QTEST_GUILESS_MAIN(JsonTolerantTest)
#include "JsonTolerantTest.moc"
