// TestHistory: real exchanges with an in-process QHttpServer that echoes the request (so the
// secrets come back in the response too) are kept, masked, read back after a "restart" (a new
// TestHistory on the same directory), bounded, replayed and compared; a corrupt file gives a
// located error. Every file written under the test's XDG directories is scanned for the secrets.
#include "runner/TestHistory.h"
#include "diff/LineDiff.h"
#include "runner/HttpRunner.h"
#include "runner/RequestBuilder.h"

#include <QDirIterator>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

namespace {

const QString ApiKey = QStringLiteral("s3cr3t/Key+with spaces&é");
const QString Password = QStringLiteral("pa ss:wörd!");
const QString Token = QStringLiteral("tok_ABCdef1234567890");

Credentials secrets()
{
    Credentials c;
    c.apiKey = ApiKey;
    c.username = QStringLiteral("ann");
    c.password = Password;
    c.bearerToken = Token;
    c.connectionParameters.insert(QStringLiteral("client_secret"), QStringLiteral("cl1ent-s3cret"));
    return c;
}

QList<QByteArray> forbidden()
{
    QList<QByteArray> list;
    const QStringList values {ApiKey, Password, Token, QStringLiteral("ann:") + Password,
                              QStringLiteral("cl1ent-s3cret")};
    for (const QString &value : values) {
        list << value.toUtf8() << QUrl::toPercentEncoding(value) << RequestBuilder::encode(value).toUtf8()
             << value.toUtf8().toBase64();
    }
    return list;
}

} // namespace

class TestHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTripThroughRestart();
    void masksEverySecret();
    void bounded();
    void corruptFile_data();
    void corruptFile();
    void replayEqualsOriginal();
    void compareShowsChanges();
    void lineDiff();
    void folderPerConnector();
    void cleanupTestCase();

private:
    TestHistoryEntry exchange(const QString &operationId, const QString &path = QStringLiteral("/echo"));
    RunRequest request(const QString &path) const;

    QTemporaryDir m_xdg;
    QTemporaryDir m_connector;
    QHttpServer m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void TestHistoryTest::initTestCase()
{
    QVERIFY(m_xdg.isValid());
    // Everything the history writes lands here, to be scanned for secrets at the end.
    qputenv("XDG_DATA_HOME", m_xdg.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_xdg.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_xdg.filePath(QStringLiteral("cache")).toUtf8());
    QVERIFY(TestHistory::defaultRootDirectory().startsWith(m_xdg.path()));
    m_server.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QJsonObject headers;
        for (const auto &h : request.headers())
            headers.insert(QString::fromLatin1(h.first).toLower(), QString::fromUtf8(h.second));
        const QJsonObject echo {{"path", request.url().path()},
                                {"query", request.url().query(QUrl::FullyEncoded)},
                                {"headers", headers},
                                {"body", QString::fromUtf8(request.body())}};
        const int status = request.url().path() == QLatin1String("/missing") ? 404 : 200;
        responder.write(QJsonDocument(echo), QHttpServerResponder::StatusCode(status));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port);
}

void TestHistoryTest::init()
{
    QDir(TestHistory::defaultRootDirectory()).removeRecursively();
}

RunRequest TestHistoryTest::request(const QString &path) const
{
    RunRequest r;
    r.method = "POST";
    r.serviceUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    r.path = path;
    r.addQueryItem(QStringLiteral("top"), QStringLiteral("5"));
    r.addQueryItem(QStringLiteral("code"), RequestBuilder::encode(ApiKey));
    r.credentialQueryItems << QStringLiteral("code");
    r.setHeader("X-API-Key", ApiKey.toUtf8());
    r.credentialHeaders.insert("x-api-key");
    r.setHeader("Authorization", "Basic " + (QStringLiteral("ann:") + Password).toUtf8().toBase64());
    r.credentialHeaders.insert("authorization");
    r.setHeader("Content-Type", "application/json");
    r.contentType = "application/json";
    // A body that quotes a secret (a user pasted a token): scrubbed too.
    r.body = QJsonDocument(QJsonObject {{"name", "Ann"}, {"note", Token}}).toJson(QJsonDocument::Compact);
    return r;
}

TestHistoryEntry TestHistoryTest::exchange(const QString &operationId, const QString &path)
{
    RunOptions options;
    options.maxAttempts = 1;
    TestHistoryEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.when = QDateTime::currentDateTimeUtc();
    entry.operationId = operationId;
    entry.connectionName = QStringLiteral("test connection");
    entry.request = request(path);
    entry.result = HttpRunner::run(&m_network, entry.request, options);
    entry.passed = entry.result.isSuccess();
    entry.schemaChecked = true;
    entry.schemaValid = entry.passed;
    if (!entry.passed)
        entry.mismatches << QStringLiteral("$.id: expected integer, got missing");
    return entry;
}

void TestHistoryTest::roundTripThroughRestart()
{
    const QString folder = m_connector.path();
    QList<QByteArray> written;
    {
        TestHistory history(folder);
        QString error;
        QVERIFY2(history.load(&error), qPrintable(error));
        QVERIFY(history.entries().isEmpty());
        for (const QString &id : {QStringLiteral("ListEmployees"), QStringLiteral("GetEmployee")}) {
            const TestHistoryEntry entry = exchange(id);
            QCOMPARE(entry.result.status, 200);
            QVERIFY2(history.add(entry, secrets(), &error), qPrintable(error));
        }
        QVERIFY(
            history.add(exchange(QStringLiteral("Missing"), QStringLiteral("/missing")), secrets(), &error));
        for (const TestHistoryEntry &entry : history.entries())
            written << QJsonDocument(entry.toJson()).toJson();
        QVERIFY(QFile::exists(history.filePath()));
        QVERIFY(
            history.filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
    TestHistory restarted(folder);
    QString error;
    QVERIFY2(restarted.load(&error), qPrintable(error));
    QCOMPARE(restarted.entries().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QJsonDocument(restarted.entries().at(i).toJson()).toJson(), written.at(i));
    const TestHistoryEntry last = restarted.entries().last(); // a copy: entries() returns a temporary
    QCOMPARE(last.operationId, QStringLiteral("Missing"));
    QCOMPARE(last.connectionName, QStringLiteral("test connection"));
    QCOMPARE(last.result.status, 404);
    QCOMPARE(last.result.attempts.size(), 1);
    QVERIFY(last.result.totalMs >= 0);
    QCOMPARE(last.mismatches.size(), 1);
    QCOMPARE(last.verdict(), QStringLiteral("404 Not Found, 1 schema mismatch(es)"));
    QVERIFY(restarted.find(last.id));
}

void TestHistoryTest::masksEverySecret()
{
    TestHistory history(m_connector.path());
    const TestHistoryEntry entry = exchange(QStringLiteral("CreateEmployee"));
    // The echo carries every secret back, in the forms the server saw them.
    QVERIFY(entry.result.body.contains(ApiKey.toUtf8()));
    QVERIFY(history.add(entry, secrets()));
    const TestHistoryEntry &kept = history.entries().last();
    QCOMPARE(kept.request.header("X-API-Key"), QByteArray("***"));
    QCOMPARE(kept.request.header("Authorization"), QByteArray("Basic ***"));
    QVERIFY(kept.request.query.endsWith(QStringLiteral("code=***")));
    QVERIFY(kept.request.body.contains("\"note\":\"***\""));
    QCOMPARE(kept.request.header("Content-Type"), QByteArray("application/json"));
    // Scan every file written under the XDG directories for any form of any secret.
    int files = 0;
    QDirIterator it(m_xdg.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray &secret : forbidden())
            QVERIFY2(!bytes.contains(secret),
                     qPrintable(file.fileName() + QStringLiteral(" holds ") + QString::fromUtf8(secret)));
    }
    QVERIFY(files >= 1);
}

void TestHistoryTest::bounded()
{
    TestHistory history(m_connector.path());
    QCOMPARE(history.limit(), TestHistory::DefaultLimit);
    history.setLimit(5);
    QStringList ids;
    for (int i = 0; i < 8; ++i) {
        TestHistoryEntry entry = exchange(QStringLiteral("Op%1").arg(i));
        ids << entry.id;
        QVERIFY(history.add(entry, secrets()));
        QVERIFY(history.entries().size() <= 5);
    }
    TestHistory restarted(m_connector.path());
    QVERIFY(restarted.load());
    QCOMPARE(restarted.entries().size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(restarted.entries().at(i).id, ids.at(i + 3));
    restarted.setLimit(2);
    QCOMPARE(restarted.entries().size(), 2);
    QCOMPARE(restarted.entries().first().id, ids.at(6));
}

void TestHistoryTest::corruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\"version\":1,\n\"entries\":[{\"id\":")
                               << "line 2, column 18: unterminated object";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "not a test history";
    QTest::newRow("bad entry") << QByteArray("{\"version\":1,\"entries\":[{\"id\":\"a\"}]}")
                               << "entry 1: not a history entry";
    QTest::newRow("newer") << QByteArray("{\"version\":9,\"entries\":[]}") << "newer version";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11) << "line 1, column 2: illegal value";
}

void TestHistoryTest::corruptFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    TestHistory history(m_connector.path());
    QVERIFY(QDir().mkpath(history.directory()));
    QFile file(history.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(!history.load(&error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("history.json")), qPrintable(error));
    QVERIFY(history.entries().isEmpty());
    // The next exchange is still kept; the unreadable file is set aside, not lost.
    QVERIFY(history.add(exchange(QStringLiteral("After")), secrets(), &error));
    QFile aside(history.filePath() + QStringLiteral(".corrupt"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content);
    TestHistory restarted(m_connector.path());
    QVERIFY(restarted.load(&error));
    QCOMPARE(restarted.entries().size(), 1);
}

void TestHistoryTest::replayEqualsOriginal()
{
    TestHistory history(m_connector.path());
    TestHistoryEntry entry = exchange(QStringLiteral("CreateEmployee"));
    entry.request.body = "{\"name\":\"Ann\"}"; // no secret in the body: all of it comes back
    QVERIFY(history.add(entry, secrets()));
    TestHistory restarted(m_connector.path());
    QVERIFY(restarted.load());
    const RunRequest replay = TestHistory::replayRequest(restarted.entries().last(), secrets());
    QCOMPARE(replay.method, entry.request.method);
    QCOMPARE(replay.url(), entry.request.url());
    QCOMPARE(replay.headers, entry.request.headers);
    QCOMPARE(replay.body, entry.request.body);
    QCOMPARE(replay.credentialHeaders, entry.request.credentialHeaders);
    QCOMPARE(replay.credentialQueryItems, entry.request.credentialQueryItems);
    // Another connection's credentials go in instead; it is sent for real.
    Credentials other = secrets();
    other.apiKey = QStringLiteral("other-key");
    const RunRequest second = TestHistory::replayRequest(restarted.entries().last(), other);
    QCOMPARE(second.header("X-API-Key"), QByteArray("other-key"));
    QVERIFY(second.query.endsWith(QStringLiteral("code=other-key")));
    const RunResult result = HttpRunner::run(&m_network, second, RunOptions());
    QCOMPARE(result.status, 200);
    const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(echo.value("headers").toObject().value("x-api-key").toString(), QStringLiteral("other-key"));
}

void TestHistoryTest::compareShowsChanges()
{
    TestHistoryEntry a;
    a.operationId = QStringLiteral("GetEmployee");
    a.when = QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc());
    a.request.serviceUrl = QStringLiteral("http://h");
    a.request.path = QStringLiteral("/e/1");
    a.result.hasResponse = true;
    a.result.status = 200;
    a.result.reason = "OK";
    a.result.headers = {{"Content-Type", "application/json"}};
    a.result.body = "{\"id\":1,\"name\":\"Ann\"}";
    TestHistoryEntry b = a;
    b.when = a.when.addSecs(60);
    b.request.path = QStringLiteral("/e/2");
    b.result.body = "{\"id\":2,\"name\":\"Ann\"}";
    const QString expected = QStringLiteral("--- GetEmployee 2026-11-30 08:00:00 UTC\n"
                                            "+++ GetEmployee 2026-11-30 08:01:00 UTC\n"
                                            "- GET http://h/e/1\n"
                                            "+ GET http://h/e/2\n"
                                            "  \n"
                                            "  => 200 OK\n"
                                            "  Content-Type: application/json\n"
                                            "  \n"
                                            "  {\n"
                                            "-     \"id\": 1,\n"
                                            "+     \"id\": 2,\n"
                                            "      \"name\": \"Ann\"\n"
                                            "  }\n");
    QCOMPARE(TestHistory::compare(a, b), expected);
}

void TestHistoryTest::lineDiff()
{
    QCOMPARE(LineDiff::diff({"a", "b", "c"}, {"a", "c", "d"}), (QStringList {"  a", "- b", "  c", "+ d"}));
    QCOMPARE(LineDiff::diff({}, {"x"}), (QStringList {"+ x"}));
    QCOMPARE(LineDiff::diff({"x", "y"}, {}), (QStringList {"- x", "- y"}));
    QCOMPARE(LineDiff::diff({"same"}, {"same"}), (QStringList {"  same"}));
}

void TestHistoryTest::folderPerConnector()
{
    QTemporaryDir other;
    TestHistory a(m_connector.path());
    TestHistory b(other.path());
    TestHistory again(m_connector.path() + QStringLiteral("/."));
    QVERIFY(a.directory() != b.directory());
    QCOMPARE(again.directory(), a.directory());
    QVERIFY(a.add(exchange(QStringLiteral("A")), secrets()));
    QVERIFY(b.load());
    QVERIFY(b.entries().isEmpty());
}

void TestHistoryTest::cleanupTestCase()
{
    m_server.disconnect();
}

QTEST_GUILESS_MAIN(TestHistoryTest)
#include "TestHistoryTest.moc"
