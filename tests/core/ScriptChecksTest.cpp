// The custom-code checks: each rule fires on code that breaks it, at the right line, and stays
// quiet on code that follows it (including every script of the real-connector corpus).
#include "views/ScriptChecks.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

using Kind = ScriptChecks::Issue::Kind;

namespace {

const QString Good
    = QStringLiteral("using System.Net.Http;\n"
                     "using Newtonsoft.Json.Linq;\n"
                     "\n"
                     "public class Script : ScriptBase\n"
                     "{\n"
                     "    public override async Task<HttpResponseMessage> ExecuteAsync()\n"
                     "    {\n"
                     "        return await Context.SendAsync(Context.Request, CancellationToken);\n"
                     "    }\n"
                     "}\n");

QList<ScriptChecks::Issue> ofKind(const QList<ScriptChecks::Issue> &issues, Kind kind)
{
    QList<ScriptChecks::Issue> out;
    for (const ScriptChecks::Issue &issue : issues)
        if (issue.kind == kind)
            out.append(issue);
    return out;
}

} // namespace

class ScriptChecksTest : public QObject
{
    Q_OBJECT

private slots:
    void goodCodeHasNoIssues();
    void tooLarge();
    void noScriptClass_data();
    void noScriptClass();
    void noExecuteAsync_data();
    void noExecuteAsync();
    void namespaces_data();
    void namespaces();
    void commentsAndStringsAreSkipped();
    void corpusScriptsPass();
};

void ScriptChecksTest::goodCodeHasNoIssues()
{
    QVERIFY(ScriptChecks::check(Good).isEmpty());
    QCOMPARE(ScriptChecks::allowedNamespaces().size(), 24);
}

void ScriptChecksTest::tooLarge()
{
    // Padding in a comment keeps the other rules satisfied: only the size fires.
    const QString padding = QStringLiteral("// ") + QString(int(ScriptChecks::MaxBytes), QLatin1Char('x'));
    const auto issues = ScriptChecks::check(Good + padding);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().kind, Kind::TooLarge);
    QCOMPARE(issues.first().line, 0);
    QVERIFY(issues.first().message.contains(QStringLiteral("1 MB")));
    // Just under the limit (multi-byte characters count as their UTF-8 bytes).
    const QString under = Good + QStringLiteral("// ")
        + QString(int((ScriptChecks::MaxBytes - Good.size() - 3) / 2), QChar(0xe9));
    QVERIFY(under.toUtf8().size() <= ScriptChecks::MaxBytes);
    QVERIFY(ofKind(ScriptChecks::check(under), Kind::TooLarge).isEmpty());
    QVERIFY(!ofKind(ScriptChecks::check(under + QStringLiteral("\u00e9\u00e9")), Kind::TooLarge).isEmpty());
}

void ScriptChecksTest::noScriptClass_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line"); // 0: no issue expected
    const QString body = QStringLiteral(
        "\n{\n    public override Task<HttpResponseMessage> ExecuteAsync() { return null; }\n}\n");
    QTest::newRow("standard") << QStringLiteral("public class Script : ScriptBase") + body << 0;
    QTest::newRow("no space, lower-case name (published connector)")
        << QStringLiteral("public class script: ScriptBase") + body << 0;
    QTest::newRow("qualified base and interface")
        << QStringLiteral("public class Script : IDisposable, Foo.ScriptBase") + body << 0;
    QTest::newRow("other base") << QStringLiteral("using System;\npublic class Script : Object") + body << 2;
    QTest::newRow("other name") << QStringLiteral("public class Transform : ScriptBase") + body << 1;
    QTest::newRow("empty") << QString() << 1;
}

void ScriptChecksTest::noScriptClass()
{
    QFETCH(QString, code);
    QFETCH(int, line);
    const auto issues = ofKind(ScriptChecks::check(code), Kind::NoScriptClass);
    QCOMPARE(issues.size(), line ? 1 : 0);
    if (line)
        QCOMPARE(issues.first().line, line);
}

void ScriptChecksTest::noExecuteAsync_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("fires");
    QTest::newRow("async override") << QStringLiteral(
        "public override async Task<HttpResponseMessage> ExecuteAsync()")
                                    << false;
    QTest::newRow("async before override")
        << QStringLiteral("public async override Task<HttpResponseMessage> ExecuteAsync ( )") << false;
    QTest::newRow("on two lines") << QStringLiteral(
        "public override\n  Task<HttpResponseMessage>\n  ExecuteAsync()")
                                  << false;
    QTest::newRow("not an override") << QStringLiteral(
        "public async Task<HttpResponseMessage> ExecuteAsync()")
                                     << true;
    QTest::newRow("other name") << QStringLiteral("public override async Task<HttpResponseMessage> Execute()")
                                << true;
}

void ScriptChecksTest::noExecuteAsync()
{
    QFETCH(QString, member);
    QFETCH(bool, fires);
    const QString code = QStringLiteral("public class Script : ScriptBase\n{\n    ") + member
        + QStringLiteral("\n    {\n        return null;\n    }\n}\n");
    const auto issues = ofKind(ScriptChecks::check(code), Kind::NoExecuteAsync);
    QCOMPARE(issues.size(), fires ? 1 : 0);
    if (fires && member.contains(QStringLiteral("ExecuteAsync")))
        QCOMPARE(issues.first().line, 3); // where the method without override is
}

void ScriptChecksTest::namespaces_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<bool>("fires");
    QTest::newRow("allowed") << QStringLiteral("using System.Text.RegularExpressions;") << false;
    QTest::newRow("allowed, spaced") << QStringLiteral("  using   Newtonsoft.Json ;") << false;
    QTest::newRow("static of allowed") << QStringLiteral("using static System.Math;") << false;
    QTest::newRow("alias to allowed type")
        << QStringLiteral("using Json = Newtonsoft.Json.JsonConvert;") << false;
    QTest::newRow("not listed") << QStringLiteral("using System.Reflection;") << true;
    QTest::newRow("child of allowed is not allowed") << QStringLiteral("using System.Net.Sockets;") << true;
    QTest::newRow("third party") << QStringLiteral("using RestSharp;") << true;
    QTest::newRow("global using") << QStringLiteral("global using System.Data;") << true;
    QTest::newRow("alias to other") << QStringLiteral("using R = System.Reflection.Assembly;") << true;
}

void ScriptChecksTest::namespaces()
{
    QFETCH(QString, directive);
    QFETCH(bool, fires);
    const QString code = QStringLiteral("using System;\n") + directive + QStringLiteral("\n") + Good;
    const auto issues = ofKind(ScriptChecks::check(code), Kind::NamespaceNotAllowed);
    QCOMPARE(issues.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(issues.first().line, 2);
        QVERIFY(issues.first().message.contains(QStringLiteral("is not available")));
    }
}

void ScriptChecksTest::commentsAndStringsAreSkipped()
{
    // The required members only in comments or strings do not count...
    const QString commented
        = QStringLiteral("// public class Script : ScriptBase\n"
                         "/* public override Task<HttpResponseMessage> ExecuteAsync() */\n"
                         "var s = \"class Script : ScriptBase\";\n"
                         "var v = @\"public override \"\" ExecuteAsync()\";\n");
    const auto issues = ScriptChecks::check(commented);
    QCOMPARE(ofKind(issues, Kind::NoScriptClass).size(), 1);
    QCOMPARE(ofKind(issues, Kind::NoExecuteAsync).size(), 1);
    // ...and a using in a comment or a using statement is no directive.
    const QString code = QStringLiteral("// using System.Reflection;\n") + Good
        + QStringLiteral("class X { void F() { using (var s = new MemoryStream()) {} } }\n");
    QVERIFY(ScriptChecks::check(code).isEmpty());
    // Blanking keeps lines: the checks' lines match the editor's.
    const QString original = QStringLiteral("a /* x\ny */ \"q\\\"\nb\" c");
    QCOMPARE(ScriptChecks::codeOnly(original).size(), original.size());
    QCOMPARE(ScriptChecks::codeOnly(original).count(QLatin1Char('\n')), original.count(QLatin1Char('\n')));
}

void ScriptChecksTest::corpusScriptsPass()
{
    const QString corpus = qEnvironmentVariable("CD_CORPUS");
    QVERIFY2(QDir(corpus).exists(), "CD_CORPUS (the real-connector corpus) is missing");
    int scripts = 0;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("*.csx"), QStringLiteral("*.cs")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto issues = ScriptChecks::check(QString::fromUtf8(file.readAll()));
        QVERIFY2(issues.isEmpty(),
                 qPrintable(file.fileName() + QStringLiteral(": ")
                            + (issues.isEmpty() ? QString() : issues.first().message)));
        ++scripts;
    }
    QVERIFY2(scripts >= 20, qPrintable(QString::number(scripts)));
}

QTEST_GUILESS_MAIN(ScriptChecksTest)
#include "ScriptChecksTest.moc"
