// End to end through the real executable: `connector-designer demo-server` in one process,
// `connector-designer test` against it in another, as a user or a CI job runs them.
#include "connections/ConnectionStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#ifndef CD_EXECUTABLE
#error "CD_EXECUTABLE must name the connector-designer executable"
#endif

class TestCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void allPassesAgainstDemo();
    void allAsJson();
    void allIsRepeatable();
    void bodySentByteForByte();
    void bodyNotJsonIsLocated();
    void connectionFromStore();
    void unknownConnection();
    void oneOperationText();
    void failingOperationExitsOne();
    void wrongKeyExitsOne();
    void noServerExitsTwo();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &apiKey, const QProcessEnvironment &extra = {}) const;
    // For a server in this process: waits with the event loop running.
    Run runAsync(const QStringList &args, const QString &apiKey) const;
    QString sample() const
    {
        return QString::fromLocal8Bit(qgetenv("CD_SOURCE_DIR")) + "/resources/sample/contoso-hr";
    }

    QProcess m_server;
    QString m_url;
    QString m_key;
};

void TestCliTest::initTestCase()
{
    m_server.start(CD_EXECUTABLE, {"demo-server"});
    QVERIFY(m_server.waitForStarted());
    // The two lines come before serving starts.
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < 20000 && out.count('\n') < 2) {
        m_server.waitForReadyRead(500);
        out += m_server.readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("url=http://127.0.0.1:"));
    QVERIFY(lines.at(1).startsWith("api_key="));
    m_url = QString::fromUtf8(lines.at(0).mid(4));
    m_key = QString::fromUtf8(lines.at(1).mid(8));
}

void TestCliTest::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

TestCliTest::Run TestCliTest::run(const QStringList &args, const QString &apiKey,
                                  const QProcessEnvironment &extra) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    if (!apiKey.isNull())
        env.insert("CONNECTOR_SECRET_API_KEY", apiKey);
    else
        env.remove("CONNECTOR_SECRET_API_KEY");
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(CD_EXECUTABLE, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliTest::allPassesAgainstDemo()
{
    const Run r = run({"test", sample(), "--all", "--base-url", m_url}, m_key);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.startsWith("OPERATION"));
    QVERIFY(r.out.contains("7 operations: 7 passed, 0 failed"));
    QVERIFY(r.out.contains(QRegularExpression("GetHeadcountReport\\s+GET\\s+200\\s+valid")));
}

void TestCliTest::allAsJson()
{
    const Run r = run({"test", sample(), "--all", "--base-url", m_url, "--format", "json"}, m_key);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(results.size(), 7);
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains("operationId") && o.contains("status") && o.contains("schemaValid")
                && o.contains("error"));
    }
    // Creates first, deletes last: the run deletes the employee it created, so a second run
    // against the same server passes too.
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QStringList order;
    for (const QJsonValue &v : results)
        order << v.toObject().value("operationId").toString();
    QCOMPARE(order.first(), QString("CreateEmployee"));
    QCOMPARE(order.last(), QString("DeleteEmployee"));
    const QJsonObject del = results.last().toObject();
    QCOMPARE(del.value("status").toInt(), 204);
    QVERIFY2(del.value("url").toString().contains(QRegularExpression("/employees/e\\d+$")),
             qPrintable(del.value("url").toString()));
    QCOMPARE(results.at(0).toObject().value("schemaValid").toBool(), true);
    QVERIFY(!r.out.contains(m_key)); // the secret is never printed
}

void TestCliTest::allIsRepeatable()
{
    for (int round = 0; round < 2; ++round) {
        const Run r = run({"test", sample(), "--all", "--base-url", m_url}, m_key);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("7 operations: 7 passed, 0 failed"), qPrintable(r.out));
    }
}

TestCliTest::Run TestCliTest::runAsync(const QStringList &args, const QString &apiKey) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CONNECTOR_SECRET_API_KEY", apiKey);
    process.setProcessEnvironment(env);
    process.start(CD_EXECUTABLE, args);
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000)
        QTest::qWait(20);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliTest::bodySentByteForByte()
{
    QHttpServer server;
    QByteArray received;
    server.setMissingHandler([&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        received = request.body();
        responder.write("{\"id\":\"e9\",\"displayName\":\"Zed\"}", "application/json",
                        QHttpServerResponder::StatusCode::Created);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port);
    QTemporaryDir dir;
    // Keys out of order, spacing, an escaped slash and a big number: all must arrive as written.
    const QByteArray bytes
        = "{ \"zeta\": 1,\n  \"displayName\": \"Zed\\/x\",\n  \"n\": 12345678901234567890 }\n";
    QFile file(dir.filePath("body.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Run r = runAsync({"test", sample(), "--operation", "CreateEmployee", "--body", file.fileName(),
                            "--base-url", QStringLiteral("http://127.0.0.1:%1/v1").arg(port)},
                           m_key);
    QVERIFY2(r.out.contains("POST "), qPrintable(r.out + r.err));
    QCOMPARE(received, bytes);
}

void TestCliTest::bodyNotJsonIsLocated()
{
    QTemporaryDir dir;
    QFile file(dir.filePath("body.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"a\": 1,\n \"b\": }\n");
    file.close();
    const Run r = run(
        {"test", sample(), "--operation", "CreateEmployee", "--body", file.fileName(), "--base-url", m_url},
        m_key);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QRegularExpression("body\\.json:2:\\d+: not JSON")), qPrintable(r.err));
}

void TestCliTest::connectionFromStore()
{
    // A connection saved as the GUI saves it (config directory), its secret from the
    // environment: this machine has no keychain, so the CLI says where secrets come from.
    QTemporaryDir config;
    Connection c;
    c.name = "demo";
    c.connectorId = sample();
    c.authKind = Connection::AuthKind::ApiKey;
    ConnectionStore store(config.filePath("ConnectorDesigner/Connector Designer/connections.json"));
    store.upsert(c);
    QVERIFY(store.save());
    QProcessEnvironment extra;
    extra.insert("XDG_CONFIG_HOME", config.path());
    const Run r
        = run({"test", sample(), "--operation", "ListEmployees", "--connection", "demo", "--base-url", m_url},
              m_key, extra);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains("status: 200"));
    // Without the variable (and no keychain) there is no key: the API says 401.
    const Run none
        = run({"test", sample(), "--operation", "ListEmployees", "--connection", "demo", "--base-url", m_url},
              QString(), extra);
    QCOMPARE(none.code, 1);
    QVERIFY2(none.out.contains("status: 401"), qPrintable(none.out + none.err));
}

void TestCliTest::unknownConnection()
{
    QTemporaryDir config;
    Connection c;
    c.name = "demo";
    c.connectorId = sample();
    ConnectionStore store(config.filePath("ConnectorDesigner/Connector Designer/connections.json"));
    store.upsert(c);
    QVERIFY(store.save());
    QProcessEnvironment extra;
    extra.insert("XDG_CONFIG_HOME", config.path());
    const Run r = run({"test", sample(), "--all", "--connection", "nope", "--base-url", m_url}, m_key, extra);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no connection 'nope' for this connector (it has: demo)"), qPrintable(r.err));
}

void TestCliTest::oneOperationText()
{
    const Run r = run(
        {"test", sample(), "--operation", "GetEmployee", "--param", "employeeId=e1002", "--base-url", m_url},
        m_key);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.startsWith("GET " + m_url + "/employees/e1002\n"));
    QVERIFY(r.out.contains("status: 200"));
    QVERIFY(r.out.contains("schema: valid (200)"));
    QVERIFY(r.out.contains("\"displayName\": \"Alex Wilber\""));
}

void TestCliTest::failingOperationExitsOne()
{
    const Run r = run({"test", sample(), "--operation", "GetEmployee", "--param", "employeeId=nobody",
                       "--base-url", m_url, "--format", "json"},
                      m_key);
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("status").toInt(), 404);
    QVERIFY(o.value("error").toString().contains("404"));
}

void TestCliTest::wrongKeyExitsOne()
{
    const Run r = run({"test", sample(), "--operation", "ListEmployees", "--base-url", m_url}, "wrong");
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("status: 401"));
}

void TestCliTest::noServerExitsTwo()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort());
    closed.close();
    const Run r = run({"test", sample(), "--operation", "ListEmployees", "--base-url", url, "--attempts", "2",
                       "--format", "json"},
                      m_key);
    QCOMPARE(r.code, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value("status").isNull());
    QCOMPARE(o.value("attempts").toArray().size(), 2);
    QVERIFY(o.value("error").toString().contains("refused", Qt::CaseInsensitive));
}

void TestCliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no operation") << QStringList {"test", "SAMPLE"} << "give either --operation ID or --all";
    QTest::newRow("unknown operation")
        << QStringList {"test", "SAMPLE", "--operation", "Nope"} << "no operation 'Nope'";
    QTest::newRow("bad param") << QStringList {"test", "SAMPLE", "--operation", "GetEmployee", "--param", "x"}
                               << "--param takes name=value";
    QTest::newRow("grant") << QStringList {"test", "SAMPLE", "--all", "--oauth-grant", "password"}
                           << "--oauth-grant takes client_credentials";
    QTest::newRow("bad port") << QStringList {"demo-server", "--port", "x"} << "--port takes a number";
}

void TestCliTest::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.replaceInStrings("SAMPLE", sample());
    const Run r = run(args, m_key);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliTest)
#include "TestCliTest.moc"
