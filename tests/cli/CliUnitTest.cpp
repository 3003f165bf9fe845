// The CLI classes in-process: argument parsing, addresses, JSON arguments, value printing,
// format's repairs, and whole commands run against injected streams.
#include "CliFixture.h"
#include "cli/CliAddress.h"
#include "cli/CliApp.h"
#include "cli/FormatCommand.h"
#include "cli/GetCommand.h"
#include "cli/GuiOptions.h"
#include "cli/SetCommand.h"
#include "json/JsonFile.h"
#include "json/JsonWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

class CliUnitTest : public QObject
{
    Q_OBJECT

private slots:
    void isCliInvocation_data();
    void isCliInvocation();
    void guiOptions_data();
    void guiOptions();
    void address_data();
    void address();
    void jsonArgument_data();
    void jsonArgument();
    void jsonArgumentIsLaidOutInFileStyle();
    void valueText_data();
    void valueText();
    void formatFile_data();
    void formatFile();
    void runCommands_data();
    void runCommands();
    void setThenGetInProcess();

private:
    struct Output
    {
        int code;
        QString out;
        QString err;
    };
    static Output runCli(const QStringList &args);
};

CliUnitTest::Output CliUnitTest::runCli(const QStringList &args)
{
    Output result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = cli::CliApp().run(args, out, err);
    return result;
}

void CliUnitTest::isCliInvocation_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("cli");
    QTest::newRow("nothing: GUI") << QStringList() << false;
    QTest::newRow("path: GUI") << QStringList {QStringLiteral("/tmp/x")} << false;
    QTest::newRow("--sample: GUI") << QStringList {QStringLiteral("--sample")} << false;
    QTest::newRow("--screenshot: GUI")
        << QStringList {QStringLiteral("--screenshot"), QStringLiteral("a.png")} << false;
    QTest::newRow("command later: GUI")
        << QStringList {QStringLiteral("/tmp/x"), QStringLiteral("format")} << false;
    for (const char *arg : {"format", "get", "set", "help", "--help", "-h", "--version", "-v"})
        QTest::newRow(arg) << QStringList {QLatin1String(arg), QStringLiteral("more")} << true;
}

void CliUnitTest::isCliInvocation()
{
    QFETCH(QStringList, args);
    QFETCH(bool, cli);
    QCOMPARE(cli::CliApp::isCliInvocation(args), cli);
}

void CliUnitTest::guiOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("sample");
    QTest::addColumn<QString>("screenshot");
    const QString none;
    QTest::newRow("empty") << QStringList() << true << none << false << none;
    QTest::newRow("path") << QStringList {QStringLiteral("conn")} << true << QStringLiteral("conn") << false
                          << none;
    QTest::newRow("sample and screenshot")
        << QStringList {QStringLiteral("--sample"), QStringLiteral("--screenshot"),
                        QStringLiteral("shot.png")}
        << true << none << true << QStringLiteral("shot.png");
    QTest::newRow("screenshot=") << QStringList {QStringLiteral("--screenshot=a b.png"),
                                                 QStringLiteral("dir")}
                                 << true << QStringLiteral("dir") << false << QStringLiteral("a b.png");
    QTest::newRow("Qt options pass through")
        << QStringList {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-reverse"),
                        QStringLiteral("dir")}
        << true << QStringLiteral("dir") << false << none;
    QTest::newRow("screenshot without file")
        << QStringList {QStringLiteral("--screenshot")} << false << none << false << none;
    QTest::newRow("screenshot= empty")
        << QStringList {QStringLiteral("--screenshot=")} << false << none << false << none;
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frob")} << false << none << false
                                    << none;
    QTest::newRow("two paths") << QStringList {QStringLiteral("a"), QStringLiteral("b")} << false << none
                               << false << none;
}

void CliUnitTest::guiOptions()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(QString, path);
    QFETCH(bool, sample);
    QFETCH(QString, screenshot);
    cli::GuiOptions options;
    QString error;
    QCOMPARE(cli::GuiOptions::parse(args, &options, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(options.pathToOpen, path);
    QCOMPARE(options.openSample, sample);
    QCOMPARE(options.screenshotPath, screenshot);
}

void CliUnitTest::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("part");
    QTest::addColumn<QStringList>("tokens");
    const int def = int(ConnectorDocument::Part::Definition);
    QTest::newRow("definition") << QStringLiteral("definition:/info/title") << true << def
                                << QStringList {QStringLiteral("info"), QStringLiteral("title")};
    QTest::newRow("escapes") << QStringLiteral("definition:/paths/~1a~1{id}/x~0y") << true << def
                             << QStringList {QStringLiteral("paths"), QStringLiteral("/a/{id}"),
                                             QStringLiteral("x~y")};
    QTest::newRow("root") << QStringLiteral("definition:") << true << def << QStringList();
    QTest::newRow("empty key") << QStringLiteral("definition:/") << true << def << QStringList {QString()};
    QTest::newRow("properties") << QStringLiteral("properties:/properties") << true
                                << int(ConnectorDocument::Part::Properties)
                                << QStringList {QStringLiteral("properties")};
    QTest::newRow("settings") << QStringLiteral("settings:/a") << true
                              << int(ConnectorDocument::Part::Settings) << QStringList {QStringLiteral("a")};
    QTest::newRow("unknown prefix") << QStringLiteral("swagger:/a") << false << 0 << QStringList();
    QTest::newRow("case matters") << QStringLiteral("Definition:/a") << false << 0 << QStringList();
    QTest::newRow("no prefix") << QStringLiteral("/a") << false << 0 << QStringList();
    QTest::newRow("no slash") << QStringLiteral("definition:a") << false << 0 << QStringList();
}

void CliUnitTest::address()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, part);
    QFETCH(QStringList, tokens);
    cli::CliAddress address;
    QString error;
    QCOMPARE(cli::CliAddress::parse(text, &address, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(address.part()), part);
    QCOMPARE(address.pointer().tokens(), tokens);
}

void CliUnitTest::jsonArgument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("string") << QStringLiteral("\"a\\u00e9\"") << QString();
    QTest::newRow("object") << QStringLiteral(" {\"a\": [1, {\"b\": null}]} ") << QString();
    QTest::newRow("number") << QStringLiteral("-1.5e3") << QString();
    QTest::newRow("missing value") << QStringLiteral("{\"a\": }") << QStringLiteral("line 1, column 7");
    QTest::newRow("caret") << QStringLiteral("{\"a\": }") << QStringLiteral("\n  {\"a\": }\n        ^");
    QTest::newRow("trailing comma") << QStringLiteral("[1,]") << QStringLiteral("column 3");
    QTest::newRow("comment") << QStringLiteral("/* x */ 1") << QStringLiteral("column 1");
    QTest::newRow("bare word") << QStringLiteral("hello") << QStringLiteral("--string");
    QTest::newRow("true is fine") << QStringLiteral("true") << QString();
}

void CliUnitTest::jsonArgument()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    const std::unique_ptr<json::JsonValue> value = cli::SetCommand::parseJsonArgument(text, &message);
    QCOMPARE(value == nullptr, !error.isEmpty());
    if (value)
        QVERIFY(!value->hasSource());
    else
        QVERIFY2(message.contains(error), qPrintable(message));
}

void CliUnitTest::jsonArgumentIsLaidOutInFileStyle()
{
    QString error;
    const auto value
        = cli::SetCommand::parseJsonArgument(QStringLiteral("{\"a\":[1,2.50],\"b\":{}}"), &error);
    QVERIFY(value);
    json::JsonStyle tabs;
    tabs.indentUnit = QStringLiteral("\t");
    tabs.colon = QStringLiteral(" : ");
    QCOMPARE(json::JsonWriter(tabs).write(*value),
             QStringLiteral("{\n\t\"a\" : [\n\t\t1,\n\t\t2.50\n\t],\n\t\"b\" : {}\n}"));
}

void CliUnitTest::valueText_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    const QByteArray crlf
        = "{\r\n    \"a\": {\r\n        \"b\": [\r\n            1\r\n        ]\r\n    }\r\n}";
    QTest::newRow("root") << crlf << QString()
                          << QStringLiteral("{\n    \"a\": {\n        \"b\": [\n            1\n        "
                                            "]\n    }\n}");
    QTest::newRow("dedented, LF") << crlf << QStringLiteral("/a")
                                  << QStringLiteral("{\n    \"b\": [\n        1\n    ]\n}");
    QTest::newRow("scalar") << crlf << QStringLiteral("/a/b/0") << QStringLiteral("1");
    QTest::newRow("inline") << QByteArray("{\"a\": {\"b\" : [ 1 ]}}") << QStringLiteral("/a")
                            << QStringLiteral("{\"b\" : [ 1 ]}");
    QTest::newRow("comment inside kept") << QByteArray("{\n  \"a\": [\n    1 // one\n  ]\n}")
                                         << QStringLiteral("/a") << QStringLiteral("[\n  1 // one\n]");
}

void CliUnitTest::valueText()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const json::JsonFile parsed = json::JsonFile::fromBytes(file, QStringLiteral("t.json"));
    QVERIFY(parsed.isValid());
    const json::JsonValue *value = json::JsonPointer::fromString(pointer).resolve(parsed.root());
    QVERIFY(value);
    QCOMPARE(cli::GetCommand::valueText(parsed, *value), expected);
}

void CliUnitTest::formatFile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QStringList>("notes");
    QTest::newRow("strict file: identical")
        << QByteArray("\xEF\xBB\xBF{\r\n\t\"a\" :1.0,\r\n\t\"b\": \"\\/\\u00e9\"\r\n}")
        << QByteArray("\xEF\xBB\xBF{\r\n\t\"a\" :1.0,\r\n\t\"b\": \"\\/\\u00e9\"\r\n}") << QStringList();
    QTest::newRow("comments and duplicates kept")
        << QByteArray("{\n  /* c */ \"a\": 1, // d\n  \"a\": 2\n}\n")
        << QByteArray("{\n  /* c */ \"a\": 1, // d\n  \"a\": 2\n}\n") << QStringList();
    QTest::newRow("Latin-1 kept") << QByteArray("{\"a\": \"Troms\xf8\"}")
                                  << QByteArray("{\"a\": \"Troms\xf8\"}") << QStringList();
    QTest::newRow("trailing commas") << QByteArray("{\n  \"a\": [1, 2, ],\n  \"b\": {\"c\": 3,},\n}\n")
                                     << QByteArray("{\n  \"a\": [1, 2 ],\n  \"b\": {\"c\": 3}\n}\n")
                                     << QStringList {QStringLiteral("f.json:2:13: repaired: "),
                                                     QStringLiteral("f.json:3:15: repaired: "),
                                                     QStringLiteral("f.json:3:17: repaired: ")};
    QTest::newRow("control characters")
        << QByteArray("[\"a\tb\x01\", \"\\/\"]") << QByteArray("[\"a\\tb\\u0001\", \"\\/\"]")
        << QStringList {QStringLiteral("f.json:1:4: repaired: ")};
    QTest::newRow("control character: that string is re-quoted")
        << QByteArray("[\"a\tb \\/ \\u00e9\", \"\\u00e9\"]")
        << QByteArray("[\"a\\tb / \xc3\xa9\", \"\\u00e9\"]")
        << QStringList {QStringLiteral("f.json:1:4: repaired: ")};
}

void CliUnitTest::formatFile()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, notes);
    json::JsonFile file = json::JsonFile::fromBytes(input, QStringLiteral("f.json"));
    QVERIFY(file.isValid());
    const cli::FormatCommand::Result result = cli::FormatCommand::formatFile(file, QStringLiteral("f.json"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.bytes, expected);
    QCOMPARE(result.notes.size(), notes.size());
    for (int i = 0; i < notes.size(); ++i)
        QVERIFY2(result.notes.at(i).startsWith(notes.at(i)), qPrintable(result.notes.at(i)));
}

void CliUnitTest::runCommands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out"); // a substring of stdout ("" = must be empty)
    QTest::addColumn<QString>("err"); // a substring of stderr ("" = must be empty)
    const QString dir = QStringLiteral("{dir}");
    QTest::newRow("no arguments: overview")
        << QStringList() << 0 << QStringLiteral("Exit codes") << QString();
    QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0
                             << cli::CliApp::versionText() + QLatin1Char('\n') << QString();
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frob")} << 2 << QString()
                                     << QStringLiteral("unknown command 'frob'");
    QTest::newRow("help help") << QStringList {QStringLiteral("help"), QStringLiteral("help")} << 0
                               << QStringLiteral("help [COMMAND]") << QString();
    QTest::newRow("get") << QStringList {QStringLiteral("get"), dir,
                                         QStringLiteral("definition:/info/version")}
                         << 0 << QStringLiteral("\"1.0\"\n") << QString();
    QTest::newRow("get settings root")
        << QStringList {QStringLiteral("get"), dir, QStringLiteral("settings:"), QStringLiteral("--raw")} << 0
        << QStringLiteral("{\n\t\"connectorId\"") << QString();
    QTest::newRow("get missing") << QStringList {QStringLiteral("get"), dir,
                                                 QStringLiteral("definition:/nope")}
                                 << 2 << QString() << QStringLiteral("no value at '/nope'");
    QTest::newRow("format --check") << QStringList {QStringLiteral("format"), QStringLiteral("--check"), dir}
                                    << 0 << QString() << QString();
    QTest::newRow("-- ends options") << QStringList {QStringLiteral("set"), dir,
                                                     QStringLiteral("definition:/x-rate"),
                                                     QStringLiteral("--"), QStringLiteral("--5")}
                                     << 2 << QString()
                                     << QStringLiteral("invalid JSON value at line 1, column 2");
    QTest::newRow("set bad JSON") << QStringList {QStringLiteral("set"), dir, QStringLiteral("definition:/x"),
                                                  QStringLiteral("[1 2]")}
                                  << 2 << QString() << QStringLiteral("column 4");
}

void CliUnitTest::runCommands()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QTemporaryDir temp;
    QVERIFY(CliFixture::writeFixture(temp.path()));
    const CliFixture::Snapshot before = CliFixture::snapshot(temp.path());
    args.replaceInStrings(QStringLiteral("{dir}"), temp.path());
    const Output result = runCli(args);
    QCOMPARE(result.code, code);
    QVERIFY2(out.isEmpty() ? result.out.isEmpty() : result.out.contains(out), qPrintable(result.out));
    QVERIFY2(err.isEmpty() ? result.err.isEmpty() : result.err.contains(err), qPrintable(result.err));
    QVERIFY(CliFixture::snapshot(temp.path()) == before);
}

void CliUnitTest::setThenGetInProcess()
{
    QTemporaryDir temp;
    QVERIFY(CliFixture::writeFixture(temp.path()));
    Output r = runCli({QStringLiteral("set"), temp.path(), QStringLiteral("definition:/host"),
                       QStringLiteral("\"api.contoso.com\"")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    r = runCli(
        {QStringLiteral("get"), temp.path(), QStringLiteral("definition:/host"), QStringLiteral("--raw")});
    QCOMPARE(r.out, QStringLiteral("api.contoso.com\n"));
    QByteArray expected = CliFixture::fixtureDefinition();
    expected.replace("\"api.example.com\"", "\"api.contoso.com\"");
    QCOMPARE(CliFixture::read(QDir(temp.path()).filePath(QStringLiteral("apiDefinition.swagger.json"))),
             expected);
}

QTEST_GUILESS_MAIN(CliUnitTest)
#include "CliUnitTest.moc"
