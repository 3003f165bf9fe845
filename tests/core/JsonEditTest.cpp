// One edit changes only the lines of what it touches; new parts follow the file's style.
#include "json/JsonFile.h"
#include "json/JsonParser.h"
#include "json/JsonPointer.h"
#include "json/JsonWriter.h"

#include <QtTest>

using json::JsonPointer;
using json::JsonValue;

class JsonEditTest : public QObject
{
    Q_OBJECT

private slots:
    void edit_data();
    void edit();
    void undoRestoresBytes();
    void newFileUsesDefaultStyle();
    void latin1EscapesWhatItCannotEncode();
    void newTreeEscapesKeysAndStrings();
    void repairTolerated();

private:
    static void apply(json::JsonFile &file, const QString &op);
};

static std::unique_ptr<JsonValue> parse(const QString &text)
{
    QString error;
    auto value = json::JsonParser::parseValue(text, &error);
    if (!value)
        qFatal("bad JSON in test: %s", qPrintable(error));
    return value;
}

// Mini language ("." is the root pointer): "set PTR JSON", "add PTR INDEX KEY JSON" (KEY "-" for arrays), "remove PTR",
// "move PTR FROM TO", "rename PTR INDEX NEWKEY".
void JsonEditTest::apply(json::JsonFile &file, const QString &op)
{
    const QStringList parts = op.split(QLatin1Char(' '));
    const QString verb = parts.at(0);
    const JsonPointer pointer = JsonPointer::fromString(parts.at(1) == "." ? QString() : parts.at(1));
    JsonValue *node = pointer.resolve(file.root());
    if (verb == QLatin1String("set")) {
        JsonValue *parent = pointer.parentPointer().resolve(file.root());
        const QString token = pointer.lastToken();
        const QString json = parts.mid(2).join(QLatin1Char(' '));
        const int index = parent->isObject() ? parent->indexOf(token) : token.toInt();
        if (index < 0)
            parent->insertItem(parent->size(), parse(json), token);
        else
            parent->replaceValue(index, parse(json));
    } else if (verb == QLatin1String("add")) {
        const QString key = parts.at(3) == QLatin1String("-") ? QString() : parts.at(3);
        node->insertItem(parts.at(2).toInt(), parse(parts.mid(4).join(QLatin1Char(' '))), key);
    } else if (verb == QLatin1String("remove")) {
        node->parent()->takeItem(node->indexInParent());
    } else if (verb == QLatin1String("move")) {
        node->moveItem(parts.at(2).toInt(), parts.at(3).toInt());
    } else if (verb == QLatin1String("rename")) {
        node->renameKey(parts.at(2).toInt(), parts.at(3));
    }
}

void JsonEditTest::edit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray doc2 = "{\n  \"info\": {\n    \"title\": \"A\",\n    \"version\": \"1.0\"\n  },\n"
                            "  \"tags\": [\"x\", \"y\"],\n  \"n\": 1.50\n}\n";
    QTest::newRow("set string") << doc2 << "set /info/title \"Contoso\""
                                << QByteArray("{\n  \"info\": {\n    \"title\": \"Contoso\",\n    \"version\": "
                                              "\"1.0\"\n  },\n  \"tags\": [\"x\", \"y\"],\n  \"n\": 1.50\n}\n");
    QTest::newRow("add member at end (2 spaces)")
        << doc2 << "add /info 2 description \"d\""
        << QByteArray("{\n  \"info\": {\n    \"title\": \"A\",\n    \"version\": \"1.0\",\n    \"description\": "
                      "\"d\"\n  },\n  \"tags\": [\"x\", \"y\"],\n  \"n\": 1.50\n}\n");
    QTest::newRow("add object member formats nested")
        << doc2 << "add . 3 contact {\"name\": \"n\", \"urls\": [1, 2]}"
        << QByteArray("{\n  \"info\": {\n    \"title\": \"A\",\n    \"version\": \"1.0\"\n  },\n  \"tags\": "
                      "[\"x\", \"y\"],\n  \"n\": 1.50,\n  \"contact\": {\n    \"name\": \"n\",\n    \"urls\": "
                      "[\n      1,\n      2\n    ]\n  }\n}\n");
    QTest::newRow("append to inline array") << doc2 << "add /tags 2 - \"z\""
                                            << QByteArray("{\n  \"info\": {\n    \"title\": \"A\",\n    "
                                                          "\"version\": \"1.0\"\n  },\n  \"tags\": [\"x\", \"y\", "
                                                          "\"z\"],\n  \"n\": 1.50\n}\n");
    QTest::newRow("remove first member")
        << doc2 << "remove /info/title"
        << QByteArray("{\n  \"info\": {\n    \"version\": \"1.0\"\n  },\n  \"tags\": [\"x\", \"y\"],\n  \"n\": "
                      "1.50\n}\n");
    QTest::newRow("remove last member")
        << doc2 << "remove /n"
        << QByteArray("{\n  \"info\": {\n    \"title\": \"A\",\n    \"version\": \"1.0\"\n  },\n  \"tags\": "
                      "[\"x\", \"y\"]\n}\n");
    QTest::newRow("move member")
        << doc2 << "move /info 1 0"
        << QByteArray("{\n  \"info\": {\n    \"version\": \"1.0\",\n    \"title\": \"A\"\n  },\n  \"tags\": "
                      "[\"x\", \"y\"],\n  \"n\": 1.50\n}\n");
    QTest::newRow("rename key keeps the rest")
        << doc2 << "rename /info 0 name"
        << QByteArray("{\n  \"info\": {\n    \"name\": \"A\",\n    \"version\": \"1.0\"\n  },\n  \"tags\": "
                      "[\"x\", \"y\"],\n  \"n\": 1.50\n}\n");

    const QByteArray crlf4 = "{\r\n    \"a\": {\r\n        \"b\": 1\r\n    }\r\n}";
    QTest::newRow("CRLF, 4 spaces: add member")
        << crlf4 << "add /a 1 c [true]"
        << QByteArray("{\r\n    \"a\": {\r\n        \"b\": 1,\r\n        \"c\": [\r\n            true\r\n        "
                      "]\r\n    }\r\n}");
    const QByteArray tabs = "{\n\t\"a\": {}\n}\n";
    QTest::newRow("tabs: fill empty object") << tabs << "add /a 0 k \"v\""
                                             << QByteArray("{\n\t\"a\": {\n\t\t\"k\": \"v\"\n\t}\n}\n");
    QTest::newRow("set missing member adds it") << QByteArray("{\"a\": 1}") << "set /b 2"
                                                << QByteArray("{\"a\": 1, \"b\": 2}");
    QTest::newRow("space before colon kept for new members")
        << QByteArray("{\n  \"a\" : 1\n}") << "set /b 2" << QByteArray("{\n  \"a\" : 1,\n  \"b\" : 2\n}");
    QTest::newRow("comments survive a sibling edit")
        << QByteArray("{\n  // keep me\n  \"a\": 1, /* and me */\n  \"b\": 2\n}") << "set /b 3"
        << QByteArray("{\n  // keep me\n  \"a\": 1, /* and me */\n  \"b\": 3\n}");
    QTest::newRow("number spelling elsewhere kept") << QByteArray("[1.0, 1e3, 2]") << "set /2 5"
                                                    << QByteArray("[1.0, 1e3, 5]");
    QTest::newRow("escape new string") << QByteArray("{\"a\": \"\\/x\"}") << "set /b \"q\\\"\\n\\u0001\""
                                       << QByteArray("{\"a\": \"\\/x\", \"b\": \"q\\\"\\n\\u0001\"}");
    QTest::newRow("removing the last member leaves {}")
        << QByteArray("{\n  \"o\": {\n    \"x\": 1\n  }\n}") << "remove /o/x" << QByteArray("{\n  \"o\": {}\n}");
    QTest::newRow("insert at front of inline array") << QByteArray("[1, 2]") << "add . 0 - 0"
                                                     << QByteArray("[0, 1, 2]");
}

void JsonEditTest::edit()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, op);
    QFETCH(QByteArray, expected);
    json::JsonFile file = json::JsonFile::fromBytes(input, QStringLiteral("t.json"));
    QVERIFY2(file.isValid(), qPrintable(file.errorString()));
    apply(file, op);
    QCOMPARE(QString::fromUtf8(file.toBytes()), QString::fromUtf8(expected));
    // An edited file's snapshot (live validation): its text and size are those of the save.
    QCOMPARE(file.encodedSize(file.toText()), qint64(expected.size()));
    const json::JsonFile snapshot
        = json::JsonFile::fromText(file.toText(), file.fileName(), file.encoding(), file.hasBom());
    QCOMPARE(snapshot.toBytes(), expected);
}

// What undo does: put the very node back. The bytes are the original ones again.
void JsonEditTest::undoRestoresBytes()
{
    const QByteArray input = "{\r\n    \"a\": \"\\u0041\",\r\n    \"b\": [1.0, 2]\r\n}";
    json::JsonFile file = json::JsonFile::fromBytes(input, QStringLiteral("t.json"));
    JsonValue *root = file.root();
    auto old = root->replaceValue(0, parse(QStringLiteral("\"B\"")));
    JsonValue::Item span;
    auto removed = root->takeItem(1, &span);
    QVERIFY(file.toBytes() != input);
    span.value = std::move(removed);
    root->restoreItem(1, std::move(span));
    root->replaceValue(0, std::move(old));
    QCOMPARE(file.toBytes(), input);
}

void JsonEditTest::newFileUsesDefaultStyle()
{
    json::JsonFile file = json::JsonFile::fromValue(parse(QStringLiteral("{\"a\": [1, {\"b\": {}}]}")),
                                                    QStringLiteral("n.json"));
    QCOMPARE(QString::fromUtf8(file.toBytes()),
             QStringLiteral("{\n  \"a\": [\n    1,\n    {\n      \"b\": {}\n    }\n  ]\n}\n"));
    // The same bytes without handing the tree over (the importers write their trees this way).
    const auto kept = parse(QStringLiteral("{\"a\": [1, {\"b\": {}}], \"\u00e9\": \"\u20ac\"}"));
    const QByteArray bytes = json::JsonFile::newFileBytes(*kept);
    QCOMPARE(bytes, json::JsonFile::fromValue(kept->clone(), QStringLiteral("n.json")).toBytes());
    QVERIFY(bytes.endsWith("],\n  \"\xC3\xA9\": \"\xE2\x82\xAC\"\n}\n")); // UTF-8
    QVERIFY(kept->member(QStringLiteral("a"))); // still the caller's
}

// A tree built in memory (an import's) is written without a source: every escape, between and
// around runs of plain text, in keys and values, and a surrogate pair as two \u escapes.
void JsonEditTest::newTreeEscapesKeysAndStrings()
{
    const QString tricky = QStringLiteral("a\"b\\c\nd\te\r\b\f") + QChar(0x01) + QStringLiteral("\u00e9x\U0001F600");
    auto root = JsonValue::makeObject();
    auto list = JsonValue::makeArray();
    list->insertItem(0, JsonValue::makeString(tricky));
    list->insertItem(1, JsonValue::makeString(QString()));
    root->insertItem(0, std::move(list), tricky);
    const QByteArray expected = "{\n  \"a\\\"b\\\\c\\nd\\te\\r\\b\\f\\u0001\xC3\xA9x\\ud83d\\ude00\": [\n"
                                "    \"a\\\"b\\\\c\\nd\\te\\r\\b\\f\\u0001\xC3\xA9x\\ud83d\\ude00\",\n    \"\"\n  ]\n}\n";
    QCOMPARE(QString::fromUtf8(json::JsonFile::newFileBytes(*root)), QString::fromUtf8(expected));
    QCOMPARE(json::JsonWriter::quote(QStringLiteral("plain")), QStringLiteral("\"plain\""));
    // And it reads back as the same tree.
    const json::JsonFile back = json::JsonFile::fromBytes(expected, QStringLiteral("n.json"));
    QVERIFY(back.isValid());
    QVERIFY(back.root()->equals(*root));
}

void JsonEditTest::latin1EscapesWhatItCannotEncode()
{
    json::JsonFile file = json::JsonFile::fromBytes(QByteArray("{\"a\": \"\xF8\"}"), QStringLiteral("l.json"));
    QCOMPARE(file.encoding(), json::JsonFile::Encoding::Latin1);
    file.root()->insertItem(1, JsonValue::makeString(QStringLiteral("\u00e9\u20ac")), QStringLiteral("b"));
    QCOMPARE(file.toBytes(), QByteArray("{\"a\": \"\xF8\", \"b\": \"\xE9\\u20ac\"}"));
}

void JsonEditTest::repairTolerated()
{
    json::JsonFile file = json::JsonFile::fromBytes(QByteArray("{\n  \"a\": [1, 2,], // c\n  \"b\": \"x\ty\",\n}\n"),
                                                    QStringLiteral("r.json"));
    QCOMPARE(file.repairTolerated(), 3);
    QCOMPARE(file.toBytes(), QByteArray("{\n  \"a\": [1, 2], // c\n  \"b\": \"x\\ty\"\n}\n"));
}

QTEST_GUILESS_MAIN(JsonEditTest)
#include "JsonEditTest.moc"
