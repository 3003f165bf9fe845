// End to end through the real executable: `connector-designer demo-server` in one process,
// `connector-designer test` against it in another, as a user or a CI job runs them.
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
    Run run(const QStringList &args, const QString &apiKey) const;
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

TestCliTest::Run TestCliTest::run(const QStringList &args, const QString &apiKey) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.insert("CONNECTOR_SECRET_API_KEY", apiKey);
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
    // The employee deleted by the previous run is gone: the only failure, with its status.
    QCOMPARE(r.code, 1);
    const QJsonObject del = results.at(4).toObject();
    QCOMPARE(del.value("operationId").toString(), QString("DeleteEmployee"));
    QCOMPARE(del.value("status").toInt(), 404);
    QVERIFY(del.value("schemaValid").isNull());
    QCOMPARE(results.at(0).toObject().value("schemaValid").toBool(), true);
    QVERIFY(!r.out.contains(m_key)); // the secret is never printed
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
    QTest::newRow("connection") << QStringList {"test", "SAMPLE", "--all", "--connection", "c"}
                                << "--connection is not supported yet";
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
