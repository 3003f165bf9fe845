#include "json/JsonFile.h"
#include "json/JsonPointer.h"

#include <QtTest>

using json::JsonPointer;

class JsonPointerTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void resolve_data();
    void resolve();
    void pointerOfNode();
};

void JsonPointerTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("root") << "" << true << QStringList();
    QTest::newRow("simple") << "/info/title" << true << QStringList{"info", "title"};
    QTest::newRow("escaped slash") << "/paths/~1employees~1{id}/get" << true
                                   << QStringList{"paths", "/employees/{id}", "get"};
    QTest::newRow("escaped tilde") << "/a~0b" << true << QStringList{"a~b"};
    QTest::newRow("empty token") << "/" << true << QStringList{""};
    QTest::newRow("no slash") << "info" << false << QStringList();
    QTest::newRow("bad escape") << "/a~2" << false << QStringList();
}

void JsonPointerTest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QStringList, tokens);
    JsonPointer pointer;
    QString error;
    QCOMPARE(JsonPointer::parse(text, &pointer, &error), valid);
    if (valid) {
        QCOMPARE(pointer.tokens(), tokens);
        QCOMPARE(pointer.toString(), text);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void JsonPointerTest::resolve_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected"); // string value, or "!" + part of the error
    QTest::newRow("member") << "/info/title" << "T";
    QTest::newRow("path key") << "/paths/~1e~1{id}/get/operationId" << "Get";
    QTest::newRow("array index") << "/schemes/1" << "http";
    QTest::newRow("missing member") << "/info/nope" << "!No member \"nope\" at \"/info\"";
    QTest::newRow("index out of range") << "/schemes/5" << "!No element \"5\"";
    QTest::newRow("leading zero index") << "/schemes/01" << "!No element";
    QTest::newRow("into a string") << "/info/title/x" << "!is a string";
}

void JsonPointerTest::resolve()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const json::JsonFile file = json::JsonFile::fromBytes(
        QByteArray(R"({"info": {"title": "T"}, "schemes": ["https", "http"],
                      "paths": {"/e/{id}": {"get": {"operationId": "Get"}}}})"),
        QStringLiteral("p.json"));
    QString error;
    const json::JsonValue *node = JsonPointer::fromString(pointer).resolve(file.root(), &error);
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY(!node);
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
    } else {
        QVERIFY2(node, qPrintable(error));
        QCOMPARE(node->toString(), expected);
    }
}

void JsonPointerTest::pointerOfNode()
{
    const json::JsonFile file = json::JsonFile::fromBytes(QByteArray(R"({"a/b": [0, {"c~": 1}]})"),
                                                          QStringLiteral("p.json"));
    const JsonPointer pointer = JsonPointer::fromString(QStringLiteral("/a~1b/1/c~0"));
    QCOMPARE(JsonPointer::of(pointer.resolve(file.root())), pointer);
}

QTEST_GUILESS_MAIN(JsonPointerTest)
#include "JsonPointerTest.moc"
