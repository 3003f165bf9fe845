// connector-designer import URL, run as a real process against a QHttpServer of this test
// (the test's event loop keeps serving while the process runs).
#include "DocServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class UrlImportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void importsFromABaseUrlWithAnApiKey();
    void notFoundListsWhatWasTried();
    void badHeaderIsAUsageError();
};

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(env);
    process.start(CD_EXECUTABLE, args);
    // Not waitForFinished: the server answering the process lives in this event loop.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

void UrlImportCliTest::importsFromABaseUrlWithAnApiKey()
{
    DocServer server;
    QVERIFY(server.listen());
    server.serve("/v3/api-docs", DocServer::openApi3Yaml(), "application/yaml");
    QTemporaryDir dir;
    const Run result = run({"import", server.url("/"), "--out", dir.filePath("pets"), "--header",
                            "X-Api-Key: very-secret-value"});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains("Imported 2 operation(s) from a OpenAPI document 3.0.3"),
             qPrintable(result.out));
    QVERIFY2(result.err.contains("found the description at " + server.url("/v3/api-docs")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(server.url("/swagger.json") + ": 404"));
    QVERIFY(result.err.contains("sending header(s) X-Api-Key (values not shown)"));
    QVERIFY(result.out.contains("API check:\n[ok] HTTPS: "));
    QVERIFY(result.out.contains("[ok] Authentication: API key 'X-Api-Key' in the header"));
    // The key went to the server, and nowhere else.
    QCOMPARE(server.seen().last().headers.value("x-api-key"), QByteArray("very-secret-value"));
    QVERIFY(!result.out.contains("very-secret-value") && !result.err.contains("very-secret-value"));
    for (const QString &name : QDir(dir.filePath("pets")).entryList(QDir::Files)) {
        QFile file(dir.filePath("pets/" + name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("very-secret-value"), qPrintable(name));
    }
    QVERIFY(QFileInfo::exists(dir.filePath("pets/apiDefinition.swagger.json")));
}

void UrlImportCliTest::notFoundListsWhatWasTried()
{
    DocServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const Run result = run({"import", server.url("/api"), "--out", dir.filePath("x")});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("No API description found: tried"), qPrintable(result.err));
    QVERIFY(result.err.contains("Tried:\n  " + server.url("/api") + ": 404"));
    QVERIFY(result.err.contains(server.url("/api/openapi.json") + ": 404"));
    QVERIFY(result.err.contains(server.url("/v2/api-docs") + ": 404"));
    QVERIFY(!QFileInfo::exists(dir.filePath("x")));
}

void UrlImportCliTest::badHeaderIsAUsageError()
{
    const Run result = run({"import", "http://127.0.0.1:9/", "--out", "/tmp/never", "--header", "novalue"});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("expected \"Name: value\""), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(UrlImportCliTest)
#include "UrlImportCliTest.moc"
