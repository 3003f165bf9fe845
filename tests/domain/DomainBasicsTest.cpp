// The building blocks: one-step transactions that roll back without a trace, in-place key
// renames that keep the bytes, and the small pure helpers (paths, names, formats).
#include "DomainTestSupport.h"

#include "domain/EditTransaction.h"
#include "domain/NameStyle.h"
#include "domain/OperationKey.h"
#include "domain/StringFormat.h"
#include "json/JsonValue.h"

#include <QUndoStack>
#include <QtTest>

using namespace DomainTest;
using Part = ConnectorDocument::Part;
using json::JsonPointer;

static const QByteArray Crlf = "{\r\n  \"paths\": {\r\n    \"\\/items\": {\"get\": {}},\r\n    \"/b\": {}\r\n  },\r\n"
                               "  \"n\": 1.50\r\n}";

class DomainBasicsTest : public QObject
{
    Q_OBJECT

private slots:
    void failedTransactionLeavesNoTrace();
    void emptyTransactionLeavesNoStep();
    void renameKeyKeepsBytes();
    void renameKeyRefusals();
    void placeholders();
    void pathProblems_data();
    void pathProblems();
    void names();
    void formats_data();
    void formats();
};

void DomainBasicsTest::failedTransactionLeavesNoTrace()
{
    Connector c(Crlf);
    QVERIFY(c.isOpen());
    const Snapshot before = c.snapshot();
    EditTransaction edit(c.doc(), QStringLiteral("test"));
    QVERIFY(edit.setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/x")), QStringLiteral("y")));
    QVERIFY(!edit.remove(Part::Definition, JsonPointer::fromString(QStringLiteral("/missing"))));
    QVERIFY(!edit.setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/z")), QStringLiteral("skipped")));
    QVERIFY(!edit.commit());
    QVERIFY(edit.error().contains(QStringLiteral("missing")));
    QVERIFY(c.snapshot() == before);
    QCOMPARE(c.doc()->undoStack()->count(), 0);
    QVERIFY(!c.doc()->undoStack()->canRedo());
    QVERIFY(!c.doc()->isModified());
}

void DomainBasicsTest::emptyTransactionLeavesNoStep()
{
    Connector c(Crlf);
    {
        EditTransaction edit(c.doc(), QStringLiteral("nothing"));
        QVERIFY(edit.set(Part::Definition, JsonPointer::fromString(QStringLiteral("/n")), json::JsonValue::makeNumberLexeme(QStringLiteral("1.50"))));
        QVERIFY(edit.removeIfPresent(Part::Definition, JsonPointer::fromString(QStringLiteral("/none"))));
    } // committed by the destructor
    QCOMPARE(c.doc()->undoStack()->count(), 0);
    QVERIFY(!c.doc()->isModified());
}

void DomainBasicsTest::renameKeyKeepsBytes()
{
    Connector c(Crlf);
    const Snapshot before = c.snapshot();
    {
        EditTransaction edit(c.doc(), QStringLiteral("rename"));
        QVERIFY(edit.renameKey(Part::Definition, JsonPointer::fromString(QStringLiteral("/paths/~1items")), QStringLiteral("/things")));
    }
    const QByteArray after = c.snapshot().definition;
    QCOMPARE(changedLines(before.definition, after),
             (QStringList{QStringLiteral("-    \"\\/items\": {\"get\": {}},\r"), QStringLiteral("+    \"/things\": {\"get\": {}},\r")}));
    QVERIFY(c.doc()->value(Part::Definition, JsonPointer::fromString(QStringLiteral("/paths/~1things/get"))));
    c.doc()->undoStack()->undo();
    QCOMPARE(c.snapshot().definition, before.definition); // the escaped key comes back as written
    c.doc()->undoStack()->redo();
    QCOMPARE(c.snapshot().definition, after);
}

void DomainBasicsTest::renameKeyRefusals()
{
    Connector c(Crlf);
    EditTransaction taken(c.doc(), QStringLiteral("rename"));
    QVERIFY(!taken.renameKey(Part::Definition, JsonPointer::fromString(QStringLiteral("/paths/~1b")), QStringLiteral("/items")));
    QVERIFY(!taken.commit());
    QVERIFY(taken.error().contains(QStringLiteral("already exists")));
    EditTransaction missing(c.doc(), QStringLiteral("rename"));
    QVERIFY(!missing.renameKey(Part::Definition, JsonPointer::fromString(QStringLiteral("/paths/x")), QStringLiteral("/y")));
    QVERIFY(!missing.commit());
    QCOMPARE(c.doc()->undoStack()->count(), 0);
}

void DomainBasicsTest::placeholders()
{
    QCOMPARE(OperationKey::placeholders(QStringLiteral("/a/{b}/c/{d}.{e}")),
             (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("e")}));
    QVERIFY(OperationKey::placeholders(QStringLiteral("/a")).isEmpty());
    const OperationKey key(QStringLiteral("/a/{b}"), QStringLiteral("GET"));
    QCOMPARE(key.method, QStringLiteral("get"));
    QCOMPARE(key.pointer().toString(), QStringLiteral("/paths/~1a~1{b}/get"));
    QVERIFY(key.isValid());
    QVERIFY(!OperationKey(QStringLiteral("/a"), QStringLiteral("parameters")).isValid());
}

void DomainBasicsTest::pathProblems_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << "/a/{b}/c" << "";
    QTest::newRow("root") << "/" << "";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("relative") << "a" << "start with";
    QTest::newRow("query") << "/a?b=1" << "query";
    QTest::newRow("space") << "/a b" << "spaces";
    QTest::newRow("nested") << "/{a{b}}" << "nest";
    QTest::newRow("unopened") << "/a}" << "without its '{'";
    QTest::newRow("empty placeholder") << "/a/{}" << "empty placeholder";
    QTest::newRow("twice") << "/{a}/{a}" << "twice";
}

void DomainBasicsTest::pathProblems()
{
    QFETCH(QString, path);
    QFETCH(QString, problem);
    const QString found = OperationKey::pathProblem(path);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void DomainBasicsTest::names()
{
    QCOMPARE(NameStyle::label(QStringLiteral("employeeId")), QStringLiteral("Employee ID"));
    QCOMPARE(NameStyle::label(QStringLiteral("first_name")), QStringLiteral("First Name"));
    QCOMPARE(NameStyle::label(QStringLiteral("HTTPServerUrl")), QStringLiteral("HTTP Server URL"));
    QCOMPARE(NameStyle::label(QStringLiteral("page2size")), QStringLiteral("Page2 Size"));
    QCOMPARE(NameStyle::identifier(QStringLiteral("Get an employee's record")), QStringLiteral("GetAnEmployeeSRecord"));
    QCOMPARE(NameStyle::identifier(QStringLiteral("  ")), QString());
    QVERIFY(NameStyle::operationIdProblem(QStringLiteral("Get-item_v2.1")).isEmpty());
    QVERIFY(!NameStyle::operationIdProblem(QStringLiteral("Get item")).isEmpty());
    QVERIFY(!NameStyle::operationIdProblem(QStringLiteral("Grüße")).isEmpty());
}

void DomainBasicsTest::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("date-time Z") << "2024-01-31T23:59:59Z" << "date-time";
    QTest::newRow("date-time offset, fraction") << "2024-01-31T23:59:59.123456-05:30" << "date-time";
    QTest::newRow("date-time leap day") << "2000-02-29T00:00:00Z" << "date-time";
    QTest::newRow("not a leap year") << "1900-02-29T00:00:00Z" << "";
    QTest::newRow("hour 24") << "2024-01-01T24:00:00Z" << "";
    QTest::newRow("date") << "2024-12-31" << "date";
    QTest::newRow("date, bad day") << "2024-04-31" << "";
    QTest::newRow("email") << "first.last+tag@sub.example.co" << "email";
    QTest::newRow("not email") << "a@b" << "";
    QTest::newRow("uri") << "https://example.com/a/b?c=d#e" << "uri";
    QTest::newRow("uri other scheme") << "ftp://files.example/x" << "uri";
    QTest::newRow("template is no uri") << "https://{{host}}/a" << "";
    QTest::newRow("uuid") << "123E4567-E89B-12D3-A456-426614174000" << "uuid";
    QTest::newRow("number text") << "12345" << "";
    QTest::newRow("plain") << "hello world" << "";
}

void DomainBasicsTest::formats()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QCOMPARE(StringFormat::detect(text), format);
}

QTEST_GUILESS_MAIN(DomainBasicsTest)
#include "DomainBasicsTest.moc"
