// HttpRunner against in-process QHttpServers on 127.0.0.1: retries with backoff and
// Retry-After, timeout, cancel, redirects (credentials never cross origins), connection
// errors, TLS errors on a self-signed certificate made with openssl.
#include "runner/HttpRunner.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <functional>
#include <memory>

namespace {

// A server whose answers the test scripts per path; it counts and records requests.
class ScriptedServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
    };
    using Handler = std::function<Answer(const QHttpServerRequest &)>;

    ScriptedServer()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                ++m_count[request.url().path()];
                const Handler handler = m_handlers.value(request.url().path());
                const Answer answer = handler ? handler(request) : Answer {404, "{}", {}, 0};
                auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
                QPointer<QTcpSocket> socket = pending->socket();
                auto write = [pending, socket, answer] {
                    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                        return;
                    pending->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
                    for (const auto &h : answer.headers)
                        pending->writeHeader(h.first, h.second);
                    pending->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
                    pending->writeBody(answer.body);
                };
                if (answer.delayMs > 0)
                    QTimer::singleShot(answer.delayMs, &m_server, write);
                else
                    write();
            });
    }
    quint16 listen() { return m_port = m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path, const QString &scheme = "http") const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path);
    }
    void on(const QString &path, Handler handler) { m_handlers.insert(path, std::move(handler)); }
    int count(const QString &path) const { return m_count.value(path); }
    QHttpServer &server() { return m_server; }

    // An answer echoing the request's headers and query as JSON.
    static Answer echo(const QHttpServerRequest &request)
    {
        QJsonObject headers;
        for (const auto &h : request.headers())
            headers.insert(QString::fromLatin1(h.first).toLower(), QString::fromUtf8(h.second));
        const QJsonObject body {{"headers", headers},
                                {"query", request.url().query()},
                                {"method", int(request.method())},
                                {"body", QString::fromUtf8(request.body())}};
        return Answer {200,
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {{"Content-Type", "application/json"}},
                       0};
    }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Handler> m_handlers;
    QHash<QString, int> m_count;
};

RunRequest request(const QString &url, const QByteArray &method = "GET")
{
    RunRequest r;
    r.method = method;
    r.serviceUrl = url;
    return r;
}

RunOptions quick()
{
    RunOptions options;
    options.baseDelayMs = 20;
    options.timeoutMs = 5000;
    return options;
}

} // namespace

class HttpRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void success();
    void retryAfterHonoured();
    void serviceUnavailableBacksOff();
    void retriesExhausted();
    void connectionRefusedRetried();
    void connectionErrorRetriesIdempotentOnly_data();
    void connectionErrorRetriesIdempotentOnly();
    void throttledPostRetried();
    void timeout();
    void cancel();
    void sameOriginRedirectKeepsCredentials();
    void crossOriginRedirectDropsCredentials();
    void postRedirect303BecomesGet();
    void retryAfterParsing();
    void tlsErrorReported();

private:
    QNetworkAccessManager m_network;
    ScriptedServer m_a;
    ScriptedServer m_b;
};

void HttpRunnerTest::initTestCase()
{
    QVERIFY(m_a.listen());
    QVERIFY(m_b.listen());
    m_a.on("/echo", &ScriptedServer::echo);
    m_b.on("/echo", &ScriptedServer::echo);
}

void HttpRunnerTest::success()
{
    RunRequest r = request(m_a.url("/echo"), "POST");
    r.setHeader("X-One", "1");
    r.body = "hello";
    const RunResult result = HttpRunner::run(&m_network, r, quick());
    QVERIFY(result.isSuccess());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.size, result.body.size());
    QCOMPARE(result.header("content-type"), QByteArray("application/json"));
    const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(echo.value("headers").toObject().value("x-one").toString(), QString("1"));
    QCOMPARE(echo.value("body").toString(), QString("hello"));
}

void HttpRunnerTest::retryAfterHonoured()
{
    m_a.on("/throttled", [this](const QHttpServerRequest &) {
        return m_a.count("/throttled") == 1 ? ScriptedServer::Answer {429, "{}", {{"Retry-After", "1"}}, 0}
                                            : ScriptedServer::Answer {200, "{}", {}, 0};
    });
    const RunResult result = HttpRunner::run(&m_network, request(m_a.url("/throttled")), quick());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.attempts.at(0).status, 429);
    QCOMPARE(result.attempts.at(1).waitedMs, 1000);
    QVERIFY2(result.totalMs >= 1000, qPrintable(QString::number(result.totalMs)));
}

void HttpRunnerTest::serviceUnavailableBacksOff()
{
    m_a.on("/busy", [this](const QHttpServerRequest &) {
        return m_a.count("/busy") < 3 ? ScriptedServer::Answer {503, "", {}, 0}
                                      : ScriptedServer::Answer {200, "{}", {}, 0};
    });
    const RunResult result = HttpRunner::run(&m_network, request(m_a.url("/busy")), quick());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 3);
    // base 20 ms: the first pause is 20..39 ms, the second 40..59 ms (exponential + jitter).
    QVERIFY(result.attempts.at(1).waitedMs >= 20 && result.attempts.at(1).waitedMs < 40);
    QVERIFY(result.attempts.at(2).waitedMs >= 40 && result.attempts.at(2).waitedMs < 60);
}

void HttpRunnerTest::retriesExhausted()
{
    m_a.on("/always429", [](const QHttpServerRequest &) {
        return ScriptedServer::Answer {429, "{\"e\":1}", {}, 0};
    });
    RunOptions options = quick();
    options.maxAttempts = 4;
    const RunResult result = HttpRunner::run(&m_network, request(m_a.url("/always429")), options);
    QCOMPARE(result.attempts.size(), 4);
    QCOMPARE(m_a.count("/always429"), 4);
    QVERIFY(result.hasResponse);
    QCOMPARE(result.status, 429);
    QVERIFY(!result.isSuccess());
}

void HttpRunnerTest::connectionRefusedRetried()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const RunResult result
        = HttpRunner::run(&m_network, request(QStringLiteral("http://127.0.0.1:%1/x").arg(port)), quick());
    QVERIFY(!result.hasResponse);
    QCOMPARE(result.attempts.size(), 3);
    QVERIFY2(result.error.contains("refused", Qt::CaseInsensitive), qPrintable(result.error));
}

void HttpRunnerTest::connectionErrorRetriesIdempotentOnly_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("retryAny");
    QTest::addColumn<int>("expectedAttempts");
    QTest::newRow("GET") << QByteArray("GET") << false << 3;
    QTest::newRow("PUT") << QByteArray("PUT") << false << 3;
    QTest::newRow("DELETE") << QByteArray("DELETE") << false << 3;
    QTest::newRow("HEAD") << QByteArray("HEAD") << false << 3;
    QTest::newRow("POST") << QByteArray("POST") << false << 1;
    QTest::newRow("PATCH") << QByteArray("PATCH") << false << 1;
    QTest::newRow("POST, retryNonIdempotent") << QByteArray("POST") << true << 3;
}

void HttpRunnerTest::connectionErrorRetriesIdempotentOnly()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, retryAny);
    QFETCH(int, expectedAttempts);
    // A server that reads the request, then drops the connection without answering: it may
    // have acted on it, so only a request that can be repeated safely is sent again.
    QTcpServer dropper;
    QVERIFY(dropper.listen(QHostAddress::LocalHost));
    int received = 0;
    connect(&dropper, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = dropper.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
                if (socket->readAll().contains("\r\n\r\n")) {
                    ++received;
                    socket->disconnectFromHost();
                }
            });
        }
    });
    RunRequest r = request(QStringLiteral("http://127.0.0.1:%1/orders").arg(dropper.serverPort()), method);
    RunOptions options = quick();
    options.retryNonIdempotent = retryAny;
    const RunResult result = HttpRunner::run(&m_network, r, options);
    QVERIFY(!result.hasResponse);
    QCOMPARE(result.attempts.size(), expectedAttempts);
    // Qt itself sends an idempotent request once more on a dropped connection; a POST or
    // PATCH must reach the server exactly once.
    if (expectedAttempts == 1)
        QCOMPARE(received, 1);
    else
        QVERIFY2(received >= expectedAttempts, qPrintable(QString::number(received)));
    QCOMPARE(result.notes.join(' ').contains("not idempotent"), expectedAttempts == 1);
}

void HttpRunnerTest::throttledPostRetried()
{
    // 429 and 503 mean the server did not process the request: a POST goes again.
    m_a.on("/throttled-post", [this](const QHttpServerRequest &) {
        return m_a.count("/throttled-post") == 1 ? ScriptedServer::Answer {503, "", {{"Retry-After", "0"}}, 0}
                                                 : ScriptedServer::Answer {201, "{}", {}, 0};
    });
    RunRequest r = request(m_a.url("/throttled-post"), "POST");
    r.body = "{}";
    const RunResult result = HttpRunner::run(&m_network, r, quick());
    QCOMPARE(result.status, 201);
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(m_a.count("/throttled-post"), 2);
}

void HttpRunnerTest::timeout()
{
    m_a.on("/slow", [](const QHttpServerRequest &) { return ScriptedServer::Answer {200, "{}", {}, 3000}; });
    RunOptions options = quick();
    options.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const RunResult result = HttpRunner::run(&m_network, request(m_a.url("/slow")), options);
    QVERIFY(result.timedOut);
    QVERIFY(!result.hasResponse);
    QCOMPARE(result.attempts.size(), 1); // a timeout is not retried
    QVERIFY2(result.error.contains("300 ms"), qPrintable(result.error));
    QVERIFY(clock.elapsed() < 2000);
}

void HttpRunnerTest::cancel()
{
    m_a.on("/slow", [](const QHttpServerRequest &) { return ScriptedServer::Answer {200, "{}", {}, 3000}; });
    HttpRunner runner(&m_network);
    runner.setOptions(quick());
    QSignalSpy finished(&runner, &HttpRunner::finished);
    runner.start(request(m_a.url("/slow")));
    QTimer::singleShot(100, &runner, &HttpRunner::cancel);
    QVERIFY(finished.wait(2000));
    QVERIFY(runner.result().cancelled);
    QVERIFY(!runner.isRunning());
    QCOMPARE(runner.result().attempts.size(), 1);
    QVERIFY(runner.result().totalMs < 1000);
}

void HttpRunnerTest::sameOriginRedirectKeepsCredentials()
{
    m_a.on("/moved", [this](const QHttpServerRequest &) {
        return ScriptedServer::Answer {302, "", {{"Location", "/echo"}}, 0};
    });
    RunRequest r = request(m_a.url("/moved"));
    r.setHeader("Authorization", "Bearer tok");
    r.credentialHeaders.insert("authorization");
    const RunResult result = HttpRunner::run(&m_network, r, quick());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.finalUrl.path(), QString("/echo"));
    QCOMPARE(QJsonDocument::fromJson(result.body)
                 .object()
                 .value("headers")
                 .toObject()
                 .value("authorization")
                 .toString(),
             QString("Bearer tok"));
}

void HttpRunnerTest::crossOriginRedirectDropsCredentials()
{
    const QString target = m_b.url("/echo") + "?code=s3cret&page=2";
    m_a.on("/elsewhere", [target](const QHttpServerRequest &) {
        return ScriptedServer::Answer {307, "", {{"Location", target.toUtf8()}}, 0};
    });
    RunRequest r = request(m_a.url("/elsewhere"));
    r.query = "code=s3cret";
    r.credentialQueryItems = {"code"};
    r.setHeader("X-API-Key", "k1");
    r.setHeader("Authorization", "Basic abc");
    r.setHeader("X-Other", "kept");
    r.credentialHeaders = {"x-api-key", "authorization"};
    const RunResult result = HttpRunner::run(&m_network, r, quick());
    QCOMPARE(result.status, 200);
    QCOMPARE(m_b.count("/echo"), 1);
    const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
    const QJsonObject headers = echo.value("headers").toObject();
    QVERIFY(!headers.contains("x-api-key"));
    QVERIFY(!headers.contains("authorization"));
    QCOMPARE(headers.value("x-other").toString(), QString("kept"));
    QCOMPARE(echo.value("query").toString(), QString("page=2"));
    QVERIFY(result.notes.join(' ').contains("credentials were not sent"));
}

void HttpRunnerTest::postRedirect303BecomesGet()
{
    m_a.on("/created", [](const QHttpServerRequest &) {
        return ScriptedServer::Answer {303, "", {{"Location", "/echo"}}, 0};
    });
    RunRequest r = request(m_a.url("/created"), "POST");
    r.body = "{}";
    r.setHeader("Content-Type", "application/json");
    const RunResult result = HttpRunner::run(&m_network, r, quick());
    QCOMPARE(result.status, 200);
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value("method").toInt(),
             int(QHttpServerRequest::Method::Get));
}

void HttpRunnerTest::retryAfterParsing()
{
    QCOMPARE(HttpRunner::retryAfterMs("2"), 2000);
    QCOMPARE(HttpRunner::retryAfterMs(""), -1);
    QCOMPARE(HttpRunner::retryAfterMs("soon"), -1);
    const QByteArray date
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(5), "ddd, dd MMM yyyy HH:mm:ss 'GMT'")
              .toLatin1();
    const qint64 ms = HttpRunner::retryAfterMs(date);
    QVERIFY2(ms > 3000 && ms <= 5000, qPrintable(QString::number(ms)));
}

void HttpRunnerTest::tlsErrorReported()
{
    if (QStandardPaths::findExecutable("openssl").isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start("openssl",
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=demo.test",
                   "-keyout", dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(dir.filePath("cert.pem")), keyFile(dir.filePath("key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    ScriptedServer tls;
    tls.server().sslSetup(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
    QVERIFY(tls.listen());
    tls.on("/echo", &ScriptedServer::echo);
    RunRequest r = request(tls.url("/echo", "https"));
    const RunResult result = HttpRunner::run(&m_network, r, quick());
    QVERIFY(!result.hasResponse);
    QCOMPARE(result.attempts.size(), 1); // not retried
    QVERIFY2(result.error.startsWith("TLS error"), qPrintable(result.error));
    QVERIFY2(result.error.contains("self signed", Qt::CaseInsensitive)
                 || result.error.contains("self-signed", Qt::CaseInsensitive),
             qPrintable(result.error));
    QVERIFY2(result.error.contains("demo.test"), qPrintable(result.error));
    QCOMPARE(tls.count("/echo"), 0);
    // Only on explicit request are TLS errors passed over.
    RunOptions lax = quick();
    lax.ignoreTlsErrors = true;
    const RunResult accepted = HttpRunner::run(&m_network, r, lax);
    QCOMPARE(accepted.status, 200);
    QVERIFY(!accepted.tlsErrors.isEmpty());
}

QTEST_GUILESS_MAIN(HttpRunnerTest)
#include "HttpRunnerTest.moc"
