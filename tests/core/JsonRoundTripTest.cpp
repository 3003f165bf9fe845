// Unedited files re-serialise byte-identically, for every formatting variant.
#include "json/JsonFile.h"

#include <QtTest>

class JsonRoundTripTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void styleDetection_data();
    void styleDetection();
};

void JsonRoundTripTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("two spaces, LF, final newline") << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2]\n}\n");
    QTest::newRow("four spaces") << QByteArray("{\n    \"a\": {\n        \"b\": true\n    }\n}\n");
    QTest::newRow("tabs") << QByteArray("{\n\t\"a\": {\n\t\t\"b\": null\n\t}\n}");
    QTest::newRow("CRLF, no final newline") << QByteArray("{\r\n  \"a\": \"x\",\r\n  \"b\": []\r\n}");
    QTest::newRow("mixed line endings") << QByteArray("{\r\n  \"a\": 1,\n  \"b\": 2\r\n}\n");
    QTest::newRow("space before colon") << QByteArray("{ \"a\" : 1 , \"b\" :2 }");
    QTest::newRow("minified") << QByteArray("{\"a\":[1,2,{\"c\":\"d\"}],\"e\":{}}");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{\n  \"a\": 1\n}\n");
    QTest::newRow("unicode escapes and slashes")
        << QByteArray("{\"a\": \"\\u00e9\\u0041\\/path\\/x\", \"b\": \"\\ud83d\\ude00\"}");
    QTest::newRow("raw UTF-8") << QByteArray("{\"name\": \"Br\xC3\xB8nn\xC3\xB8ysund \xF0\x9F\x98\x80\"}\n");
    QTest::newRow("raw UTF-8, three-byte") << QByteArray("{\"price\": \"10 \xE2\x82\xAC\"}");
    QTest::newRow("number spellings") << QByteArray("[1.0, 1e3, 1E+3, -0, 0.10, 12345678901234567890, -1.5e-7]");
    QTest::newRow("empty containers") << QByteArray("{\"a\": {}, \"b\": [ ], \"c\": {\n}}");
    QTest::newRow("scalar root") << QByteArray("  \"just a string\"  \n\n");
    QTest::newRow("trailing whitespace lines") << QByteArray("{\"a\": 1}   \n\n\n");
    QTest::newRow("Latin-1") << QByteArray("{\"name\": \"Br\xF8nn\xF8ysund\"}\n");
    QTest::newRow("comments") << QByteArray("// head\n{\n  /* c */ \"a\": 1, // one\n  \"b\": 2\n}\n");
    QTest::newRow("trailing commas") << QByteArray("{\n  \"a\": [1, 2,],\n  \"b\": 2,\n}\n");
    QTest::newRow("duplicate keys") << QByteArray("{\"a\": 1, \"a\": 2}");
    QTest::newRow("raw tab in string") << QByteArray("{\"a\": \"x\ty\"}");
    QTest::newRow("blank lines between members") << QByteArray("{\n\n  \"a\": 1,\n\n\n  \"b\": 2\n\n}");
}

void JsonRoundTripTest::roundTrip()
{
    QFETCH(QByteArray, bytes);
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("t.json"));
    QVERIFY2(file.isValid(), qPrintable(file.errorString()));
    QCOMPARE(file.toBytes(), bytes);

    // The live validation's snapshot: the text, its size, and the file read back from it.
    const QString text = file.toText();
    QCOMPARE(file.encodedSize(text), qint64(bytes.size()));
    const json::JsonFile again
        = json::JsonFile::fromText(text, file.fileName(), file.encoding(), file.hasBom());
    QVERIFY(again.isValid());
    QCOMPARE(again.toBytes(), bytes);
    QCOMPARE(again.encoding(), file.encoding());
    QCOMPARE(again.hasBom(), file.hasBom());
    QCOMPARE(again.diagnostics().size(), file.diagnostics().size());
    for (int i = 0; i < file.diagnostics().size(); ++i) {
        QCOMPARE(again.diagnostics().at(i).code, file.diagnostics().at(i).code);
        QCOMPARE(again.diagnostics().at(i).line, file.diagnostics().at(i).line);
        QCOMPARE(again.diagnostics().at(i).column, file.diagnostics().at(i).column);
    }
    QVERIFY(again.root()->equals(*file.root()));
}

void JsonRoundTripTest::styleDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("newline");
    QTest::newRow("2/LF") << QByteArray("{\n  \"a\": 1\n}") << QStringLiteral("  ") << QStringLiteral("\n");
    QTest::newRow("4/CRLF") << QByteArray("{\r\n    \"a\": 1\r\n}") << QStringLiteral("    ")
                            << QStringLiteral("\r\n");
    QTest::newRow("tab") << QByteArray("{\n\t\"a\": 1\n}") << QStringLiteral("\t") << QStringLiteral("\n");
}

void JsonRoundTripTest::styleDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, indent);
    QFETCH(QString, newline);
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("t.json"));
    QCOMPARE(file.style().indentUnit, indent);
    QCOMPARE(file.style().newline, newline);
}

QTEST_GUILESS_MAIN(JsonRoundTripTest)
#include "JsonRoundTripTest.moc"
