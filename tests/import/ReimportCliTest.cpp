// connector-designer import INPUT --into FOLDER, run as a user would (the real executable).
#include "CliProcess.h"

#include <QtTest>

class ReimportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void dryRunPrintsThePlanAndWritesNothing();
    void mergesAndSaves();
    void curlAddsOneOperation();
    void usageErrors();

private:
    void makeConnector(const QTemporaryDir &dir);
};

namespace {

using Run = CliProcess::Result;

Run run(const QStringList &args, const QByteArray &input = {})
{
    return CliProcess::run(args, input);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char *kFirst = R"({"info": {"name": "C", "schema": "v2.1.0"}, "item": [
  {"name": "List items", "request": {"method": "GET", "url": "https://c.example.com/items?top=5"}},
  {"name": "Delete item", "request": {"method": "DELETE", "url": "https://c.example.com/items/:id"}}]})";

// List items gains a query parameter, Delete item is gone, Add item is new.
const char *kSecond = R"({"info": {"name": "C", "schema": "v2.1.0"}, "item": [
  {"name": "List items", "request": {"method": "GET", "url": "https://c.example.com/items?top=5&skip=0"}},
  {"name": "Add item", "request": {"method": "POST", "url": "https://c.example.com/items",
    "header": [{"key": "Content-Type", "value": "application/json"}],
    "body": {"mode": "raw", "raw": "{\"name\": \"x\"}"}}}]})";

} // namespace

void ReimportCliTest::makeConnector(const QTemporaryDir &dir)
{
    write(dir.filePath("first.json"), kFirst);
    write(dir.filePath("second.json"), kSecond);
    const Run made = run({"import", dir.filePath("first.json"), "--out", dir.filePath("conn")});
    QVERIFY2(made.code == 0, qPrintable(made.err));
}

void ReimportCliTest::dryRunPrintsThePlanAndWritesNothing()
{
    QTemporaryDir dir;
    makeConnector(dir);
    const QByteArray before = read(dir.filePath("conn/apiDefinition.swagger.json"));
    const Run result
        = run({"import", dir.filePath("second.json"), "--into", dir.filePath("conn"), "--dry-run"});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains("changed GET /items (ListItems)\n  - parameter skip (query) added\n"),
             qPrintable(result.out));
    QVERIFY(result.out.contains("added POST /items (AddItem)\n"));
    QVERIFY(result.out.contains("removed DELETE /items/{id} (DeleteItem)\n"));
    QVERIFY(result.out.contains("Plan: 1 added, 1 changed, 0 unchanged, 1 removed.\n"));
    QVERIFY(result.out.contains("Dry run: nothing written."));
    QCOMPARE(read(dir.filePath("conn/apiDefinition.swagger.json")), before);
}

void ReimportCliTest::mergesAndSaves()
{
    QTemporaryDir dir;
    makeConnector(dir);
    const QString definition = dir.filePath("conn/apiDefinition.swagger.json");
    Run result = run({"import", dir.filePath("second.json"), "--into", dir.filePath("conn")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.contains("1 removed operation(s) kept (--delete-removed deletes them)."));
    QVERIFY(result.out.contains("Saved "));
    QByteArray text = read(definition);
    QVERIFY(text.contains("\"AddItem\""));
    QVERIFY(text.contains("\"skip\""));
    QVERIFY(text.contains("\"DeleteItem\"")); // listed, kept

    result = run({"import", dir.filePath("second.json"), "--into", dir.filePath("conn"), "--delete-removed"});
    QCOMPARE(result.code, 0);
    QVERIFY(!read(definition).contains("\"DeleteItem\""));
    // The connector is still valid, and a third run has nothing to do.
    QCOMPARE(run({"validate", dir.filePath("conn"), "--severity", "error"}).code, 0);
    const QByteArray merged = read(definition);
    result = run({"import", dir.filePath("second.json"), "--into", dir.filePath("conn"), "--delete-removed"});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains("Plan: 0 added, 0 changed, 2 unchanged, 0 removed.\nNothing to change.\n"),
             qPrintable(result.out));
    QCOMPARE(read(definition), merged);
}

void ReimportCliTest::curlAddsOneOperation()
{
    QTemporaryDir dir;
    makeConnector(dir);
    const Run result = run({"import", "-", "--into", dir.filePath("conn")},
                           "curl -X PATCH 'https://c.example.com/items/7' -H 'If-Match: 1'");
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains("Plan: 1 added, 0 changed, 0 unchanged, 0 removed."),
             qPrintable(result.out));
    QVERIFY(read(dir.filePath("conn/apiDefinition.swagger.json")).contains("\"patch\""));
}

void ReimportCliTest::usageErrors()
{
    QTemporaryDir dir;
    makeConnector(dir);
    QCOMPARE(run({"import", dir.filePath("second.json"), "--into", dir.filePath("conn"), "--out",
                  dir.filePath("o")})
                 .code,
             2);
    QCOMPARE(run({"import", dir.filePath("second.json"), "--out", dir.filePath("o"), "--dry-run"}).code, 2);
    const Run notConnector = run({"import", dir.filePath("second.json"), "--into", dir.path() + "/none"});
    QCOMPARE(notConnector.code, 2);
    QVERIFY(!notConnector.err.isEmpty());
    QVERIFY(run({"help", "import"}).out.contains("--delete-removed"));
}

QTEST_GUILESS_MAIN(ReimportCliTest)
#include "ReimportCliTest.moc"
