// connector-designer import, run as a user would (the real executable, no display).
#include "CliProcess.h"

#include <QtTest>

class ImportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void importsAPostmanCollection();
    void refusesANonEmptyFolderWithoutForce();
    void badInputIsLocatedAndExits2();
    void usageErrors();
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

} // namespace

void ImportCliTest::importsAPostmanCollection()
{
    QTemporaryDir dir;
    write(dir.filePath("c.json"), R"({"info": {"name": "C", "schema": "v2.1.0"}, "item": [
  {"name": "A", "request": {"method": "GET", "url": "https://c.example.com/a"}},
  {"name": "B", "request": {"method": "GET", "url": "https://c.example.com/a"}}]})");
    const Run result = run(
        {"import", dir.filePath("c.json"), "--out", dir.filePath("out"), "--report", dir.filePath("r.json")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains("Imported 1 operation(s) from a Postman collection v2.1"),
             qPrintable(result.out));
    QVERIFY(result.out.contains("1 of 2 request(s)/operation(s) merged"));
    // Compiler-style: FILE:LINE:COL: warning: ...
    QVERIFY2(
        result.err.contains(dir.filePath("c.json") + ":3:3: warning: \"B\" has the same method and path"),
        qPrintable(result.err));
    QVERIFY(QFileInfo::exists(dir.filePath("out/apiDefinition.swagger.json")));
    QVERIFY(QFileInfo::exists(dir.filePath("out/apiProperties.json")));
    QFile report(dir.filePath("r.json"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("\"pointer\": \"/item/1\""));
    // The result is a connector the other commands accept.
    QCOMPARE(run({"validate", dir.filePath("out"), "--severity", "error"}).code, 0);
}

void ImportCliTest::refusesANonEmptyFolderWithoutForce()
{
    QTemporaryDir dir;
    write(dir.filePath("keep.txt"), "mine");
    const Run refused = run({"import", "-", "--out", dir.path()}, "curl https://x.example.com/a");
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains("--force"));
    QVERIFY(!QFileInfo::exists(dir.filePath("apiDefinition.swagger.json")));
    const Run forced = run({"import", "-", "--out", dir.path(), "--force", "--from", "curl"},
                           "curl https://x.example.com/a");
    QCOMPARE(forced.code, 0);
    QVERIFY(forced.out.contains("from a curl command"));
    QVERIFY(QFileInfo::exists(dir.filePath("keep.txt")));
    QVERIFY(QFileInfo::exists(dir.filePath("apiDefinition.swagger.json")));
}

void ImportCliTest::badInputIsLocatedAndExits2()
{
    QTemporaryDir dir;
    write(dir.filePath("bad.yaml"), "openapi: 3.0.0\npaths: [\n");
    const Run result = run({"import", dir.filePath("bad.yaml"), "--out", dir.filePath("out")});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(dir.filePath("bad.yaml") + ":3:1: error:"), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(dir.filePath("out")));
}

void ImportCliTest::usageErrors()
{
    QCOMPARE(run({"import", "x.json"}).code, 2); // no --out
    QCOMPARE(run({"import", "x.json", "--out", "o", "--from", "word"}).code, 2);
    QCOMPARE(run({"import", "/no/such/file", "--out", QDir::tempPath() + "/cd-import-none"}).code, 2);
    const Run help = run({"help", "import"});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("--from X"));
}

QTEST_GUILESS_MAIN(ImportCliTest)
#include "ImportCliTest.moc"
