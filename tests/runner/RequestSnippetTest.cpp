// RequestSnippet: exact cURL, PowerShell and Python outputs on hand-written requests (quoting,
// secrets as environment variables), then the snippets executed for real (bash + curl,
// python3 + requests, pwsh when installed) against an in-process QHttpServer on 127.0.0.1:
// the server must receive the method, path, query, headers and body of the RunRequest.
#include "runner/RequestSnippet.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

Q_DECLARE_METATYPE(RequestSnippet::Language)
Q_DECLARE_METATYPE(RunRequest)

namespace {

constexpr char ApiKey[] = "k3y/with+special&=chars 'q' \"d\" $x";
constexpr char QueryKey[] = "abc-123_XYZ.~";
constexpr char User[] = "ann o'neil";
constexpr char Password[] = "p@ss:w'rd\"$`x";
constexpr char Token[] = "eyJhbGciOi.tok-en_1";

RunRequest getWithQuery(const QString &base = QStringLiteral("https://api.contoso.com/v1"))
{
    RunRequest r;
    r.serviceUrl = base;
    r.path = QStringLiteral("/employees/O%27Brien");
    r.query = QStringLiteral("top=5&name=a%20b&key=") + QLatin1String(QueryKey);
    r.credentialQueryItems << QStringLiteral("key");
    r.appendHeader("Accept", "application/json");
    r.appendHeader("X-Note", "it's $HOME `date` \"q\"");
    return r;
}

RunRequest postJson(const QString &base = QStringLiteral("https://api.contoso.com/v1"))
{
    RunRequest r;
    r.method = "POST";
    r.serviceUrl = base;
    r.path = QStringLiteral("/employees");
    r.body = "{\"name\": \"O'Brien \\\"Jr\\\"\", \"note\": \"50$ `x` \\u00e9\", \"city\": \"Zürich\"}";
    r.contentType = "application/json";
    r.setHeader("Content-Type", r.contentType);
    r.setHeader("X-API-Key", ApiKey);
    r.credentialHeaders.insert("x-api-key");
    return r;
}

RunRequest putBasicForm(const QString &base = QStringLiteral("https://api.contoso.com/v1"))
{
    RunRequest r;
    r.method = "PUT";
    r.serviceUrl = base;
    r.path = QStringLiteral("/employees/7");
    r.body = "name=Ann+O%27Neil&tags=a%2Cb";
    r.contentType = "application/x-www-form-urlencoded";
    r.setHeader("Content-Type", r.contentType);
    r.setHeader("Authorization",
                "Basic " + QByteArray(QByteArray(User) + ':' + QByteArray(Password)).toBase64());
    r.credentialHeaders.insert("authorization");
    return r;
}

RunRequest multipartBearer(const QString &base = QStringLiteral("https://api.contoso.com/v1"))
{
    RunRequest r;
    r.method = "POST";
    r.serviceUrl = base;
    r.path = QStringLiteral("/files");
    r.body = "--B\r\nContent-Disposition: form-data; name=\"f\"; "
             "filename=\"a.bin\"\r\n\r\n\x01\xff'\\\r\n--B--\r\n";
    r.contentType = "multipart/form-data; boundary=B";
    r.setHeader("Content-Type", r.contentType);
    r.setHeader("Authorization", QByteArray("Bearer ") + Token);
    r.credentialHeaders.insert("authorization");
    return r;
}

QString allText(const RunRequest &r)
{
    QString text;
    for (const RequestSnippet::Language language : RequestSnippet::languages())
        text += RequestSnippet::render(r, language);
    return text;
}

// Records the last request it receives.
class Recorder
{
public:
    Recorder()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                m_method = request.method();
                m_url = request.url();
                m_headers = request.headers();
                m_body = request.body();
                ++m_count;
                responder.write("{\"ok\":true}", "application/json");
            });
    }
    quint16 listen() { return m_port = m_server.listen(QHostAddress::LocalHost, 0); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1/api").arg(m_port); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : m_headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHttpServerRequest::Method m_method {};
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_count = 0;
};

} // namespace

class RequestSnippetTest : public QObject
{
    Q_OBJECT

private slots:
    void exact_data();
    void exact();
    void neverShowsSecrets();
    void quoting_data();
    void quoting();
    void executed_data();
    void executed();

private:
    void runSnippet(const QString &program, const QStringList &args, const RunRequest &request);
};

void RequestSnippetTest::exact_data()
{
    QTest::addColumn<RunRequest>("request");
    QTest::addColumn<RequestSnippet::Language>("language");
    QTest::addColumn<QString>("expected");
    using L = RequestSnippet::Language;
#include "RequestSnippetExpected.inc"
}

void RequestSnippetTest::exact()
{
    QFETCH(RunRequest, request);
    QFETCH(RequestSnippet::Language, language);
    QFETCH(QString, expected);
    const QString actual = RequestSnippet::render(request, language);
    if (actual != expected)
        qWarning().noquote() << "actual:\n" << actual;
    QCOMPARE(actual, expected);
}

void RequestSnippetTest::neverShowsSecrets()
{
    const QList<RunRequest> requests {getWithQuery(), postJson(), putBasicForm(), multipartBearer()};
    const QByteArray basic = QByteArray(QByteArray(User) + ':' + QByteArray(Password)).toBase64();
    for (const RunRequest &r : requests) {
        const QString text = allText(r);
        for (const QByteArray &secret :
             {QByteArray(ApiKey), QByteArray(QueryKey), QByteArray(Password), QByteArray(Token), basic})
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
    }
}

void RequestSnippetTest::quoting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("bash");
    QTest::addColumn<QString>("powershell");
    QTest::addColumn<QString>("python");
    QTest::newRow("plain") << QByteArray("abc") << "'abc'"
                           << "\"abc\""
                           << "\"abc\"";
    QTest::newRow("single quote") << QByteArray("it's") << "'it'\\''s'"
                                  << "\"it's\""
                                  << "\"it's\"";
    QTest::newRow("shell specials") << QByteArray("$HOME `x` \"q\" \\") << "'$HOME `x` \"q\" \\'"
                                    << "\"`$HOME ``x`` `\"q`\" \\\""
                                    << "\"$HOME `x` \\\"q\\\" \\\\\"";
    QTest::newRow("newline") << QByteArray("a\nb") << "'a\nb'"
                             << "\"a`nb\""
                             << "\"a\\nb\"";
    QTest::newRow("crlf") << QByteArray("a\r\nb'") << "$'a\\r\\nb\\''"
                          << "\"a`r`nb'\""
                          << "\"a\\r\\nb'\"";
    QTest::newRow("utf-8") << QByteArray("Zürich") << "'Zürich'"
                           << "\"Zürich\""
                           << "\"Zürich\"";
    QTest::newRow("typographic quote") << QByteArray("“x”") << "'“x”'"
                                       << "\"`“x`”\""
                                       << "\"“x”\"";
    QTest::newRow("binary") << QByteArray("\x01\xff") << "$'\\x01\\xff'"
                            << "\"`u{1}\xef\xbf\xbd\""
                            << "b\"\\x01\\xff\"";
}

void RequestSnippetTest::quoting()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, bash);
    QFETCH(QString, powershell);
    QFETCH(QString, python);
    QCOMPARE(RequestSnippet::bashQuote(text), bash);
    QCOMPARE(RequestSnippet::powerShellQuote(QString::fromUtf8(text)), powershell);
    QCOMPARE(RequestSnippet::pythonQuote(text), python);
}

void RequestSnippetTest::executed_data()
{
    QTest::addColumn<RequestSnippet::Language>("language");
    QTest::addColumn<int>("which");
    const char *names[] = {"get query key", "post json api key", "put form basic", "multipart bearer"};
    for (const auto language : RequestSnippet::languages()) {
        for (int i = 0; i < 4; ++i)
            QTest::addRow("%s %s", qPrintable(RequestSnippet::languageName(language)), names[i])
                << language << i;
    }
}

void RequestSnippetTest::executed()
{
    QFETCH(RequestSnippet::Language, language);
    QFETCH(int, which);
    Recorder recorder;
    QVERIFY(recorder.listen());
    const QString base = recorder.base();
    const RunRequest request = which == 0 ? getWithQuery(base)
        : which == 1                      ? postJson(base)
        : which == 2                      ? putBasicForm(base)
                                          : multipartBearer(base);
    const QString snippet = RequestSnippet::render(request, language);
    QTemporaryDir dir;
    QString program;
    QStringList args;
    if (language == RequestSnippet::Language::Curl) {
        program = QStringLiteral("bash");
        args << QStringLiteral("-c")
             << QStringLiteral("set -e\n") + QString(snippet).replace("curl ", "curl -sS --fail ");
    } else if (language == RequestSnippet::Language::Python) {
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import requests")});
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit
            || probe.exitCode() != 0)
            QSKIP("python3 with the requests module is not installed here");
        program = QStringLiteral("python3");
        args << QStringLiteral("-c") << snippet;
    } else {
        if (QStandardPaths::findExecutable(QStringLiteral("pwsh")).isEmpty())
            QSKIP("PowerShell (pwsh) is not installed here");
        program = QStringLiteral("pwsh");
        args << QStringLiteral("-NoProfile") << QStringLiteral("-Command") << snippet;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONNECTOR_SECRET_API_KEY"), QString::fromUtf8(which == 0 ? QueryKey : ApiKey));
    env.insert(QStringLiteral("CONNECTOR_SECRET_USERNAME"), QString::fromUtf8(User));
    env.insert(QStringLiteral("CONNECTOR_SECRET_PASSWORD"), QString::fromUtf8(Password));
    env.insert(QStringLiteral("CONNECTOR_SECRET_TOKEN"), QString::fromUtf8(Token));
    process.setProcessEnvironment(env);
    process.start(program, args);
    // The server answers on this thread: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QString output
        = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(snippet + QStringLiteral("\n---\n") + output));
    QCOMPARE(recorder.m_count, 1);
    const QHash<QByteArray, QHttpServerRequest::Method> methods {{"GET", QHttpServerRequest::Method::Get},
                                                                 {"POST", QHttpServerRequest::Method::Post},
                                                                 {"PUT", QHttpServerRequest::Method::Put}};
    QCOMPARE(recorder.m_method, methods.value(request.method));
    QCOMPARE(recorder.m_url.path(QUrl::FullyEncoded), QStringLiteral("/api") + request.path);
    QCOMPARE(recorder.m_url.query(QUrl::FullyEncoded), request.query);
    for (const RunRequest::Header &header : request.headers)
        QCOMPARE(recorder.header(header.first), header.second);
    QCOMPARE(recorder.m_body, request.body);
}

QTEST_GUILESS_MAIN(RequestSnippetTest)
#include "RequestSnippetTest.moc"
