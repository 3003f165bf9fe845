// connector-designer export, run as a user would (the real executable, no display), on the
// bundled sample connector folder.
#include "CliProcess.h"

#include <QtTest>

class ExportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void exportsOpenApiJsonAndYaml();
    void exportsPostmanAndZip();
    void usageErrors();
    void notAConnectorExits2();
    void unwritableOutExits3();
};

namespace {

using Run = CliProcess::Result;

Run run(const QStringList &args)
{
    return CliProcess::run(args);
}

QString sample()
{
    return QDir(qEnvironmentVariable("CD_SOURCE_DIR")).filePath("resources/sample/contoso-hr");
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void ExportCliTest::exportsOpenApiJsonAndYaml()
{
    QTemporaryDir dir;
    const QString json = dir.filePath("hr.openapi.json");
    Run result = run({"export", sample(), "--to", "openapi3", "--out", json});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains("Exported Contoso HR to"), qPrintable(result.out));
    const QJsonObject document = QJsonDocument::fromJson(read(json)).object();
    QCOMPARE(document["openapi"].toString(), "3.0.3");
    QCOMPARE(document["paths"].toObject().size(), 4);

    const QString yaml = dir.filePath("hr.openapi.yaml");
    result = run({"export", sample() + "/apiDefinition.swagger.json", "--to", "openapi3", "--yaml", "--out",
                  yaml, "--report", dir.filePath("report.json")});
    QCOMPARE(result.code, 0);
    QVERIFY(read(yaml).startsWith("openapi: \"3.0.3\"\n"));
    QVERIFY(QJsonDocument::fromJson(read(dir.filePath("report.json"))).object().contains("entries"));
}

void ExportCliTest::exportsPostmanAndZip()
{
    QTemporaryDir dir;
    Run result = run({"export", sample(), "--to", "postman", "--out", dir.filePath("hr.json")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.err.contains("info: Postman has no schemas"));
    QCOMPARE(QJsonDocument::fromJson(read(dir.filePath("hr.json"))).object().value("info")["name"].toString(),
             "Contoso HR");
    result = run({"export", sample(), "--to", "zip", "--out", dir.filePath("hr.zip")});
    QCOMPARE(result.code, 0);
    QVERIFY(read(dir.filePath("hr.zip")).startsWith("PK"));
}

void ExportCliTest::usageErrors()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("x");
    QCOMPARE(run({"export", sample(), "--out", out}).code, 2); // no --to
    Run result = run({"export", sample(), "--to", "raml", "--out", out});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains("unknown format 'raml'"));
    QCOMPARE(run({"export", sample(), "--to", "zip"}).code, 2); // no --out
    QCOMPARE(run({"export", sample(), "--to", "zip", "--yaml", "--out", out}).code, 2);
    QCOMPARE(run({"export", "--to", "zip", "--out", out}).code, 2); // no PATH
    QVERIFY(!QFile::exists(out));
    result = run({"export", "--help"});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains("--to openapi3|postman|zip"));
}

void ExportCliTest::notAConnectorExits2()
{
    QTemporaryDir dir;
    const Run result = run({"export", dir.path(), "--to", "openapi3", "--out", dir.filePath("x.json")});
    QCOMPARE(result.code, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("x.json")));
}

void ExportCliTest::unwritableOutExits3()
{
    QTemporaryDir dir;
    const Run result
        = run({"export", sample(), "--to", "zip", "--out", dir.filePath("no/such/folder/x.zip")});
    QCOMPARE(result.code, 3);
    QVERIFY(result.err.contains("Cannot write"));
}

QTEST_GUILESS_MAIN(ExportCliTest)
#include "ExportCliTest.moc"
