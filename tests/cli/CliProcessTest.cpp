// Runs the real connector-designer executable, as a user or a script would, without a display:
// help, version, usage errors, get and set.
#include "CliFixture.h"
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class CliProcessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version();
    void help_data();
    void help();
    void helpUnknownCommand();
    void usageErrors_data();
    void usageErrors();
    void notAConnector_data();
    void notAConnector();
    void noDisplayNeeded();
    void get_data();
    void get();
    void getRealConnectors_data();
    void getRealConnectors();
    void getErrors_data();
    void getErrors();
    void set_data();
    void set();
    void setRealConnectors_data();
    void setRealConnectors();
    void setErrors_data();
    void setErrors();
    void writeErrorExits3_data();
    void writeErrorExits3();

private:
    CliRunner m_runner;
};

void CliProcessTest::initTestCase()
{
    QVERIFY2(QFileInfo(CliRunner::executable()).isExecutable(), qPrintable(CliRunner::executable()));
}

void CliProcessTest::version()
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const CliRunner::Result r = m_runner.run({flag});
        QVERIFY(r.finished);
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^connector-designer \\d+\\.\\d+\\.\\d+ \\(Qt 6\\.\\d+\\.\\d+\\)\\n$"))
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }
}

void CliProcessTest::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString overview = QStringLiteral("connector-designer COMMAND [ARGUMENTS]");
    QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << overview;
    QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << overview;
    QTest::newRow("help") << QStringList {QStringLiteral("help")} << overview;
    for (const char *command : {"format", "get", "set"}) {
        const QString name = QLatin1String(command);
        const QString usage = QStringLiteral("Usage: connector-designer ") + name + QLatin1Char(' ');
        QTest::addRow("help %s", command) << QStringList {QStringLiteral("help"), name} << usage;
        QTest::addRow("%s --help", command) << QStringList {name, QStringLiteral("--help")} << usage;
        QTest::addRow("%s -h", command) << QStringList {name, QStringLiteral("-h")} << usage;
        QTest::addRow("%s PATH --help", command)
            << QStringList {name, QStringLiteral("/nonexistent"), QStringLiteral("--help")} << usage;
    }
}

void CliProcessTest::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRunner::Result r = m_runner.run(args);
    QVERIFY(r.finished);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Exit codes")), "the exit codes are documented");
    QVERIFY(r.err.isEmpty());
}

void CliProcessTest::helpUnknownCommand()
{
    const CliRunner::Result r = m_runner.run({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
    QVERIFY(r.out.isEmpty());
}

void CliProcessTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString dir = QStringLiteral("{dir}");
    QTest::newRow("format without path") << QStringList {QStringLiteral("format")} << QStringLiteral("PATH");
    QTest::newRow("format unknown option")
        << QStringList {QStringLiteral("format"), dir, QStringLiteral("--frobnicate")}
        << QStringLiteral("unknown option '--frobnicate'");
    QTest::newRow("get without address")
        << QStringList {QStringLiteral("get"), dir} << QStringLiteral("ADDRESS");
    QTest::newRow("get too many") << QStringList {QStringLiteral("get"), dir,
                                                  QStringLiteral("definition:/info"), QStringLiteral("x")}
                                  << QStringLiteral("ADDRESS");
    QTest::newRow("set without value")
        << QStringList {QStringLiteral("set"), dir, QStringLiteral("definition:/info/title")}
        << QStringLiteral("value");
    QTest::newRow("set unquoted words")
        << QStringList {QStringLiteral("set"), dir, QStringLiteral("definition:/info/title"),
                        QStringLiteral("New"), QStringLiteral("title")}
        << QStringLiteral("quote it");
}

void CliProcessTest::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    CLI_PREPARE(m_runner, dir, QStringLiteral("fixture"));
    args.replaceInStrings(QStringLiteral("{dir}"), dir);
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    const CliRunner::Result r = m_runner.run(args);
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("for usage")), qPrintable(r.err));
    QVERIFY(CliFixture::snapshot(dir) == before);
}

void CliProcessTest::notAConnector_data()
{
    QTest::addColumn<QStringList>("args");
    for (const char *path : {"empty", "missing"}) {
        const QString p = QStringLiteral("{temp}/") + QLatin1String(path);
        QTest::addRow("format %s", path) << QStringList {QStringLiteral("format"), p};
        QTest::addRow("format --check %s", path)
            << QStringList {QStringLiteral("format"), p, QStringLiteral("--check")};
        QTest::addRow("get %s", path)
            << QStringList {QStringLiteral("get"), p, QStringLiteral("definition:/info")};
        QTest::addRow("set %s", path) << QStringList {
            QStringLiteral("set"), p, QStringLiteral("definition:/info/title"), QStringLiteral("\"x\"")};
    }
}

void CliProcessTest::notAConnector()
{
    QFETCH(QStringList, args);
    QTemporaryDir temp;
    QVERIFY(QDir(temp.path()).mkdir(QStringLiteral("empty")));
    args.replaceInStrings(QStringLiteral("{temp}"), temp.path());
    const CliRunner::Result r = m_runner.run(args);
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QDir(temp.filePath(QStringLiteral("empty"))).isEmpty(), "nothing was created");
    QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("missing"))));
}

void CliProcessTest::noDisplayNeeded()
{
    // Not even a HOME or PATH: the CLI must not need a display, a session bus or a config.
    CLI_PREPARE(m_runner, dir, QStringLiteral("fixture"));
    const QProcessEnvironment bare;
    CliRunner::Result r
        = m_runner.run({QStringLiteral("get"), dir, QStringLiteral("definition:/info/title")}, bare);
    QVERIFY(r.finished);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("\"Fixture API\"\n"));
    r = m_runner.run({QStringLiteral("set"), dir, QStringLiteral("definition:/info/title"),
                      QStringLiteral("\"Headless\"")},
                     bare);
    QCOMPARE(r.code, 0);
    r = m_runner.run({QStringLiteral("format"), dir, QStringLiteral("--check")}, bare);
    QCOMPARE(r.code, 0);
    r = m_runner.run({QStringLiteral("--version")}, bare);
    QCOMPARE(r.code, 0);
}

void CliProcessTest::get_data()
{
    QTest::addColumn<QStringList>("args"); // after PATH
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, QStringList args, const QString &expected) {
        QTest::newRow(name) << args << expected;
    };
    row("string", {QStringLiteral("definition:/info/title")}, QStringLiteral("\"Fixture API\"\n"));
    row("string --raw", {QStringLiteral("definition:/info/title"), QStringLiteral("--raw")},
        QStringLiteral("Fixture API\n"));
    row("--raw first", {QStringLiteral("--raw"), QStringLiteral("definition:/info/title")},
        QStringLiteral("Fixture API\n"));
    row("escapes kept", {QStringLiteral("definition:/x-escaped")},
        QStringLiteral("\"caf\\u00e9 \\/ bar\"\n"));
    row("escapes --raw", {QStringLiteral("definition:/x-escaped"), QStringLiteral("--raw")},
        QStringLiteral("caf\u00e9 / bar\n"));
    row("number spelling", {QStringLiteral("definition:/x-rate")}, QStringLiteral("1.50\n"));
    row("number --raw", {QStringLiteral("definition:/x-rate"), QStringLiteral("--raw")},
        QStringLiteral("1.50\n"));
    row("array element", {QStringLiteral("definition:/x-limits/1")}, QStringLiteral("2e3\n"));
    row("inline array", {QStringLiteral("definition:/x-limits")}, QStringLiteral("[1, 2e3, -0.5]\n"));
    row("null", {QStringLiteral("definition:/x-empty")}, QStringLiteral("null\n"));
    row("escaped pointer, bool",
        {QStringLiteral("definition:/paths/~1items~1{id}/get/parameters/0/required")},
        QStringLiteral("true\n"));
    row("array", {QStringLiteral("definition:/schemes")}, QStringLiteral("[\n  \"https\"\n]\n"));
    row("object", {QStringLiteral("definition:/info")},
        QStringLiteral(
            "{\n  \"title\": \"Fixture API\",\n  \"description\": \"A small connector written by the CLI "
            "tests.\",\n  \"version\": \"1.0\"\n}\n"));
    row("deep object", {QStringLiteral("definition:/paths/~1items~1{id}/get/parameters/0")},
        QStringLiteral("{\n  \"name\": \"id\",\n  \"in\": \"path\",\n  \"required\": true,\n  \"type\": "
                       "\"integer\"\n}\n"));
    row("properties, 4 spaces CRLF", {QStringLiteral("properties:/properties")},
        QStringLiteral("{\n    \"iconBrandColor\": \"#007ee5\",\n    \"connectionParameters\": {},\n    "
                       "\"publisher\": \"CLI Tests\",\n    \"stackOwner\": \"CLI Tests\"\n}\n"));
    row("empty object", {QStringLiteral("properties:/properties/connectionParameters")},
        QStringLiteral("{}\n"));
    row("settings, tabs", {QStringLiteral("settings:/apiProperties")},
        QStringLiteral("\"apiProperties.json\"\n"));
    row("whole file", {QStringLiteral("settings:")}, QString::fromUtf8(CliFixture::fixtureSettings()));
}

void CliProcessTest::get()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    CLI_PREPARE(m_runner, dir, QStringLiteral("fixture"));
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    for (const QString &path : {dir, QDir(dir).filePath(QLatin1String(CliRunner::Definition))}) {
        const CliRunner::Result r = m_runner.run(QStringList {QStringLiteral("get"), path} + args);
        QVERIFY(r.finished);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, expected);
        QVERIFY(r.err.isEmpty());
    }
    QVERIFY(CliFixture::snapshot(dir) == before);
}

void CliProcessTest::getRealConnectors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // with --raw
    QTest::newRow("sample") << QStringLiteral("sample") << QStringLiteral("definition:/info/title")
                            << QStringLiteral("Contoso HR\n");
    QTest::newRow("corpus: Latin-1 text")
        << QStringLiteral("independent-publisher-connectors/Brønnøysundregistrene")
        << QStringLiteral("definition:/info/title")
        << QStringLiteral("The Br\u00f8nn\u00f8ysund Registries\n");
    QTest::newRow("corpus: BOM") << QStringLiteral("certified-connectors/InEight")
                                 << QStringLiteral("definition:/swagger") << QStringLiteral("2.0\n");
    QTest::newRow("corpus: properties")
        << QStringLiteral("certified-connectors/1Me Corporate")
        << QStringLiteral("properties:/properties/publisher") << QStringLiteral("1Me\n");
}

void CliProcessTest::getRealConnectors()
{
    QFETCH(QString, source);
    QFETCH(QString, address);
    QFETCH(QString, expected);
    CLI_PREPARE(m_runner, dir, source);
    const CliRunner::Result r = m_runner.run({QStringLiteral("get"), dir, address, QStringLiteral("--raw")});
    QVERIFY(r.finished);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, expected);
}

void CliProcessTest::getErrors_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("removeSettings");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown prefix") << QStringLiteral("swagger:/info") << false
                                    << QStringLiteral("'definition:'");
    QTest::newRow("no prefix") << QStringLiteral("/info/title") << false << QStringLiteral("bad address");
    QTest::newRow("pointer without /")
        << QStringLiteral("definition:info") << false << QStringLiteral("bad JSON pointer");
    QTest::newRow("bad ~ escape") << QStringLiteral("definition:/a~2b") << false
                                  << QStringLiteral("bad JSON pointer");
    QTest::newRow("missing member") << QStringLiteral("definition:/info/nope") << false
                                    << QStringLiteral("nope");
    QTest::newRow("index out of range")
        << QStringLiteral("definition:/schemes/3") << false << QStringLiteral("3");
    QTest::newRow("index not a number")
        << QStringLiteral("definition:/schemes/first") << false << QStringLiteral("first");
    QTest::newRow("into a string") << QStringLiteral("definition:/info/title/x") << false
                                   << QStringLiteral("/info/title");
    QTest::newRow("no settings.json")
        << QStringLiteral("settings:/connectorId") << true << QStringLiteral("no settings.json");
}

void CliProcessTest::getErrors()
{
    QFETCH(QString, address);
    QFETCH(bool, removeSettings);
    QFETCH(QString, expected);
    CLI_PREPARE(m_runner, dir, QStringLiteral("fixture"));
    if (removeSettings)
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("settings.json"))));
    const CliRunner::Result r = m_runner.run({QStringLiteral("get"), dir, address});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void CliProcessTest::set_data()
{
    QTest::addColumn<QStringList>("args"); // after PATH
    QTest::addColumn<QString>("expectedGet");
    QTest::addColumn<QByteArray>("removed"); // the changed lines of the addressed file, '\n'-joined
    QTest::addColumn<QByteArray>("added");

    QTest::newRow("string") << QStringList {QStringLiteral("definition:/info/title"),
                                            QStringLiteral("\"New title\"")}
                            << QStringLiteral("\"New title\"")
                            << QByteArray("    \"title\": \"Fixture API\",")
                            << QByteArray("    \"title\": \"New title\",");
    QTest::newRow("--string") << QStringList {QStringLiteral("definition:/info/title"),
                                              QStringLiteral("--string"),
                                              QStringLiteral("Caf\u00e9 \"quoted\"")}
                              << QStringLiteral("\"Caf\u00e9 \\\"quoted\\\"\"")
                              << QByteArray("    \"title\": \"Fixture API\",")
                              << QByteArray("    \"title\": \"Caf\xc3\xa9 \\\"quoted\\\"\",");
    QTest::newRow("number") << QStringList {QStringLiteral("definition:/x-rate"), QStringLiteral("2.75")}
                            << QStringLiteral("2.75") << QByteArray("  \"x-rate\": 1.50,")
                            << QByteArray("  \"x-rate\": 2.75,");
    QTest::newRow("negative number") << QStringList {QStringLiteral("definition:/x-rate"),
                                                     QStringLiteral("-1e2")}
                                     << QStringLiteral("-1e2") << QByteArray("  \"x-rate\": 1.50,")
                                     << QByteArray("  \"x-rate\": -1e2,");
    QTest::newRow("bool in array element")
        << QStringList {QStringLiteral("definition:/paths/~1items~1{id}/get/parameters/0/required"),
                        QStringLiteral("false")}
        << QStringLiteral("false") << QByteArray("            \"required\": true,")
        << QByteArray("            \"required\": false,");
    QTest::newRow("new object member")
        << QStringList {QStringLiteral("definition:/info/contact"),
                        QStringLiteral("{\"name\":\"Ann\",\"url\":\"https://example.com\"}")}
        << QStringLiteral("{\n  \"name\": \"Ann\",\n  \"url\": \"https://example.com\"\n}")
        << QByteArray("    \"version\": \"1.0\"")
        << QByteArray(
               "    \"version\": \"1.0\",\n    \"contact\": {\n      \"name\": \"Ann\",\n      \"url\": "
               "\"https://example.com\"\n    }");
    QTest::newRow("replace array") << QStringList {QStringLiteral("definition:/schemes"),
                                                   QStringLiteral("[\"https\", \"http\"]")}
                                   << QStringLiteral("[\n  \"https\",\n  \"http\"\n]")
                                   << QByteArray("    \"https\"")
                                   << QByteArray("    \"https\",\n    \"http\"");
    QTest::newRow("array element") << QStringList {QStringLiteral("definition:/x-limits/0"),
                                                   QStringLiteral("7")}
                                   << QStringLiteral("7") << QByteArray("  \"x-limits\": [1, 2e3, -0.5],")
                                   << QByteArray("  \"x-limits\": [7, 2e3, -0.5],");
    QTest::newRow("properties, CRLF kept")
        << QStringList {QStringLiteral("properties:/properties/publisher"), QStringLiteral("\"Someone\"")}
        << QStringLiteral("\"Someone\"") << QByteArray("        \"publisher\": \"CLI Tests\",\r")
        << QByteArray("        \"publisher\": \"Someone\",\r");
    QTest::newRow("settings, tabs") << QStringList {QStringLiteral("settings:/environment"),
                                                    QStringLiteral("\"prod\"")}
                                    << QStringLiteral("\"prod\"") << QByteArray("\t\"environment\": \"\",")
                                    << QByteArray("\t\"environment\": \"prod\",");
}

void CliProcessTest::set()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedGet);
    QFETCH(QByteArray, removed);
    QFETCH(QByteArray, added);
    CLI_PREPARE(m_runner, dir, QStringLiteral("fixture"));
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20);

    CliRunner::Result r = m_runner.run(QStringList {QStringLiteral("set"), dir} + args);
    QVERIFY(r.finished);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    r = m_runner.run({QStringLiteral("get"), dir, args.first()});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, expectedGet + QLatin1Char('\n'));

    const QString file = CliRunner::fileOf(args.first());
    const CliRunner::Hunk hunk
        = CliRunner::diff(before.value(file).bytes, CliFixture::read(QDir(dir).filePath(file)));
    QCOMPARE(hunk.removed, CliRunner::lines(removed));
    QCOMPARE(hunk.added, CliRunner::lines(added));
    const CliFixture::Snapshot after = CliFixture::snapshot(dir);
    QCOMPARE(after.keys(), before.keys());
    for (const QString &name : before.keys()) {
        if (name != file)
            QVERIFY2(after.value(name) == before.value(name),
                     qPrintable(name + QStringLiteral(" untouched")));
    }
}

void CliProcessTest::setRealConnectors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("encodedTitle"); // as it must appear in the file
    QTest::newRow("sample") << QStringLiteral("sample") << QStringLiteral("Contoso People")
                            << QByteArray("\"Contoso People\"");
    QTest::newRow("corpus: CRLF") << QStringLiteral("certified-connectors/Calculate Working Day")
                                  << QStringLiteral("Working Days") << QByteArray("\"Working Days\"");
    QTest::newRow("corpus: BOM") << QStringLiteral("certified-connectors/InEight")
                                 << QStringLiteral("InEight \u2713")
                                 << QByteArray("\"InEight \xe2\x9c\x93\"");
    QTest::newRow("corpus: Latin-1 stays Latin-1")
        << QStringLiteral("independent-publisher-connectors/Brønnøysundregistrene")
        << QStringLiteral("Troms\u00f8") << QByteArray("\"Troms\xf8\"");
}

void CliProcessTest::setRealConnectors()
{
    QFETCH(QString, source);
    QFETCH(QString, title);
    QFETCH(QByteArray, encodedTitle);
    CLI_PREPARE(m_runner, dir, source);
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20);
    CliRunner::Result r = m_runner.run({QStringLiteral("set"), dir, QStringLiteral("definition:/info/title"),
                                        QStringLiteral("--string"), title});
    QVERIFY(r.finished);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = m_runner.run(
        {QStringLiteral("get"), dir, QStringLiteral("definition:/info/title"), QStringLiteral("--raw")});
    QCOMPARE(r.out, title + QLatin1Char('\n'));

    const QByteArray original = before.value(QLatin1String(CliRunner::Definition)).bytes;
    const QByteArray edited = CliFixture::read(QDir(dir).filePath(QLatin1String(CliRunner::Definition)));
    const CliRunner::Hunk hunk = CliRunner::diff(original, edited);
    QCOMPARE(hunk.removed.size(), 1);
    QCOMPARE(hunk.added.size(), 1);
    QVERIFY2(hunk.added.first().contains(encodedTitle), hunk.added.first().constData());
    QCOMPARE(edited.startsWith("\xEF\xBB\xBF"), original.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(hunk.added.first().endsWith('\r'), hunk.removed.first().endsWith('\r'));
    QVERIFY(CliFixture::snapshot(dir).value(QLatin1String(CliRunner::Properties))
            == before.value(QLatin1String(CliRunner::Properties)));
}

void CliProcessTest::setErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const QString fixture = QStringLiteral("fixture");
    const QString title = QStringLiteral("definition:/info/title");
    QTest::newRow("JSON: missing value")
        << fixture << title << QStringLiteral("{\"a\": }") << QStringLiteral("line 1, column 7");
    QTest::newRow("JSON: caret") << fixture << title << QStringLiteral("{\"a\": }")
                                 << QStringLiteral("\n        ^");
    QTest::newRow("JSON: unterminated string") << fixture << title << QStringLiteral("\"abc")
                                               << QStringLiteral("invalid JSON value at line 1, column 1");
    QTest::newRow("JSON: bare word") << fixture << title << QStringLiteral("Hello")
                                     << QStringLiteral("--string");
    QTest::newRow("JSON: trailing comma")
        << fixture << title << QStringLiteral("[1, 2,]") << QStringLiteral("column 6");
    QTest::newRow("JSON: second line")
        << fixture << title << QStringLiteral("{\n  \"a\" 1}") << QStringLiteral("line 2, column 7");
    QTest::newRow("JSON: comment") << fixture << title << QStringLiteral("1 // one")
                                   << QStringLiteral("column 3");
    QTest::newRow("JSON: trailing text")
        << fixture << title << QStringLiteral("1 2") << QStringLiteral("column 3");
    QTest::newRow("JSON: empty") << fixture << title << QString() << QStringLiteral("invalid JSON value");
    QTest::newRow("pointer: index out of range") << fixture << QStringLiteral("definition:/schemes/5")
                                                 << QStringLiteral("1") << QStringLiteral("Index 5");
    QTest::newRow("pointer: index not a number")
        << fixture << QStringLiteral("definition:/schemes/x") << QStringLiteral("1")
        << QStringLiteral("cannot set '/schemes/x'");
    QTest::newRow("pointer: parent is a string") << fixture << QStringLiteral("definition:/info/title/x")
                                                 << QStringLiteral("1") << QStringLiteral("/info/title");
    QTest::newRow("pointer: below a number") << fixture << QStringLiteral("definition:/x-rate/a/b")
                                             << QStringLiteral("1") << QStringLiteral("/x-rate");
    QTest::newRow("pointer: syntax") << fixture << QStringLiteral("definition:info") << QStringLiteral("1")
                                     << QStringLiteral("bad JSON pointer");
    QTest::newRow("prefix: unknown") << fixture << QStringLiteral("swagger:/info/title")
                                     << QStringLiteral("1")
                                     << QStringLiteral("bad address 'swagger:/info/title'");
    QTest::newRow("prefix: missing") << fixture << QStringLiteral("/info/title") << QStringLiteral("1")
                                     << QStringLiteral("bad address");
    QTest::newRow("unparseable connector")
        << QStringLiteral("certified-connectors/ZohoSign")
        << QStringLiteral("properties:/properties/publisher") << QStringLiteral("\"x\"")
        << QStringLiteral("apiDefinition.swagger.json");
}

void CliProcessTest::setErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, address);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    CLI_PREPARE(m_runner, dir, source);
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20);
    const CliRunner::Result r = m_runner.run({QStringLiteral("set"), dir, address, value});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(CliFixture::snapshot(dir) == before, "files are byte-identical and untouched");
}

void CliProcessTest::writeErrorExits3_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("set") << QStringList {QStringLiteral("set"), QStringLiteral("{dir}"),
                                         QStringLiteral("definition:/info/title"),
                                         QStringLiteral("\"Renamed\"")};
    QTest::newRow("format") << QStringList {QStringLiteral("format"), QStringLiteral("{dir}")};
}

void CliProcessTest::writeErrorExits3()
{
    QFETCH(QStringList, args);
    CLI_PREPARE(m_runner, dir, QStringLiteral("fixture"));
    // Something for format to repair.
    QByteArray definition = CliFixture::fixtureDefinition();
    definition.replace("\"x-empty\": null", "\"x-empty\": null,");
    QVERIFY(CliFixture::write(QDir(dir).filePath(QLatin1String(CliRunner::Definition)), definition));
    args.replaceInStrings(QStringLiteral("{dir}"), dir);
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20);
    const CliRunner::Result r = m_runner.run(args, CliRunner::displaylessEnvironment(), true);
    QVERIFY(r.finished);
    QVERIFY2(r.code == 3, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(r.err.contains(QLatin1String(CliRunner::Definition)), qPrintable(r.err));
    QVERIFY2(CliFixture::snapshot(dir) == before, "a failed write leaves the files as they were");
}

QTEST_GUILESS_MAIN(CliProcessTest)
#include "CliProcessTest.moc"
