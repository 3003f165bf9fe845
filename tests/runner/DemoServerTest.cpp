// The demo API in-process: every operation of the bundled sample, built, sent and checked
// as "Test all" does, plus API-key checking, 429 + Retry-After and the slow report.
#include "demo/DemoServer.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "runner/HttpRunner.h"
#include "runner/OperationTest.h"
#include "runner/RequestBuilder.h"
#include "runner/TestValueGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

class DemoServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listensOnLoopbackOnly();
    void everyOperationPasses();
    void apiKeyRequired();
    void crud();
    void throttledThenRetried();
    void slowReportTimesOut();

private:
    OperationTest runOperation(const QString &operationId, const RunOptions &options = {},
                               const QHash<QString, QStringList> &values = {});
    RunRequest requestFor(const QString &operationId, const QHash<QString, QStringList> &values = {});

    ConnectorDocument m_doc;
    DemoServer m_server;
    QNetworkAccessManager m_network;
};

void DemoServerTest::initTestCase()
{
    QString error;
    QVERIFY2(
        m_doc.open(QString::fromLocal8Bit(qgetenv("CD_SOURCE_DIR")) + "/resources/sample/contoso-hr", &error),
        qPrintable(error));
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
    m_server.directory().setSlowDelayMs(300);
}

RunRequest DemoServerTest::requestFor(const QString &operationId, const QHash<QString, QStringList> &values)
{
    const OperationIndex index(&m_doc);
    const OperationView op(&m_doc, index.at(index.indexOfOperationId(operationId)).key);
    RequestInput input = TestValueGenerator(m_doc).generate(op);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        input.values.insert(it.key(), it.value());
    input.credentials.apiKey = m_server.apiKey();
    input.baseUrl = m_server.baseUrl().toString();
    return RequestBuilder(m_doc).build(op, input);
}

OperationTest DemoServerTest::runOperation(const QString &operationId, const RunOptions &options,
                                           const QHash<QString, QStringList> &values)
{
    const OperationIndex index(&m_doc);
    const OperationView op(&m_doc, index.at(index.indexOfOperationId(operationId)).key);
    RequestInput input = TestValueGenerator(m_doc).generate(op);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        input.values.insert(it.key(), it.value());
    input.credentials.apiKey = m_server.apiKey();
    input.baseUrl = m_server.baseUrl().toString();
    return OperationTest::run(m_doc, op, input, &m_network, options);
}

void DemoServerTest::listensOnLoopbackOnly()
{
    QCOMPARE(m_server.baseUrl().host(), QString("127.0.0.1"));
    QCOMPARE(m_server.baseUrl().path(), QString("/v1"));
    QVERIFY(m_server.apiKey().size() >= 16);
}

void DemoServerTest::everyOperationPasses()
{
    // In file order, like "Test all": list, create, get, update, delete, audit log, report.
    const OperationIndex index(&m_doc);
    QCOMPARE(index.size(), 7);
    RunOptions options;
    options.baseDelayMs = 10;
    for (const OperationIndex::Entry &entry : index.entries()) {
        const OperationTest test = runOperation(entry.operationId, options);
        QVERIFY2(
            test.passed,
            qPrintable(entry.operationId + ": " + test.error + " " + QString::fromUtf8(test.result.body)));
        if (test.schema.checked)
            QVERIFY(test.schema.valid);
    }
}

void DemoServerTest::apiKeyRequired()
{
    RunRequest request = requestFor("ListEmployees");
    request.setHeader("X-API-Key", "wrong");
    const RunResult result = HttpRunner::run(&m_network, request, {});
    QCOMPARE(result.status, 401);
    QVERIFY(result.body.contains("Unauthorized"));
}

void DemoServerTest::crud()
{
    const OperationTest created = runOperation(
        "CreateEmployee", {},
        {{"body",
          {R"({"displayName":"Nestor Wilke","email":"nestor@contoso.example","department":"Operations"})"}}});
    QCOMPARE(created.result.status, 201);
    QVERIFY(created.passed);
    const QString id = QJsonDocument::fromJson(created.result.body).object().value("id").toString();
    QVERIFY(!id.isEmpty());
    const OperationTest duplicate = runOperation(
        "CreateEmployee", {}, {{"body", {R"({"displayName":"N","email":"nestor@contoso.example"})"}}});
    QCOMPARE(duplicate.result.status, 409);
    QVERIFY(!duplicate.passed);
    const OperationTest updated
        = runOperation("UpdateEmployee", {}, {{"employeeId", {id}}, {"body", {R"({"jobTitle":"Buyer"})"}}});
    QCOMPARE(QJsonDocument::fromJson(updated.result.body).object().value("jobTitle").toString(),
             QString("Buyer"));
    const OperationTest listed = runOperation("ListEmployees", {}, {{"department", {"Operations"}}});
    QCOMPARE(QJsonDocument::fromJson(listed.result.body).object().value("value").toArray().size(), 1);
    QCOMPARE(runOperation("DeleteEmployee", {}, {{"employeeId", {id}}}).result.status, 204);
    const OperationTest gone = runOperation("GetEmployee", {}, {{"employeeId", {id}}});
    QCOMPARE(gone.result.status, 404);
    QVERIFY(!gone.passed);
    QVERIFY(!gone.schema.checked); // no schema for 404
    const OperationTest badTop = runOperation("ListEmployees", {}, {{"top", {"500"}}});
    QCOMPARE(badTop.result.status, 400);
}

void DemoServerTest::throttledThenRetried()
{
    RunOptions once;
    once.maxAttempts = 1;
    // Calls alternate 429 / 200: find the phase, then see one retry honour Retry-After: 1.
    OperationTest first = runOperation("ListAuditEvents", once);
    if (first.result.status == 429)
        QCOMPARE(first.result.header("Retry-After"), QByteArray("1"));
    else
        first = runOperation("ListAuditEvents", once);
    QCOMPARE(first.result.status, 429);
    QCOMPARE(runOperation("ListAuditEvents", once).result.status, 200);
    const OperationTest retried = runOperation("ListAuditEvents");
    QCOMPARE(retried.result.status, 200);
    QCOMPARE(retried.result.attempts.size(), 2);
    QCOMPARE(retried.result.attempts.at(1).waitedMs, 1000);
    QVERIFY(retried.passed);
}

void DemoServerTest::slowReportTimesOut()
{
    RunOptions options;
    options.timeoutMs = 100;
    const OperationTest test = runOperation("GetHeadcountReport", options);
    QVERIFY(test.result.timedOut);
    QVERIFY(!test.ran);
    // The server is still well after the client went away.
    QTest::qWait(400);
    QVERIFY(runOperation("GetHeadcountReport").passed);
}

QTEST_GUILESS_MAIN(DemoServerTest)
#include "DemoServerTest.moc"
