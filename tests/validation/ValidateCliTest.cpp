// `connector-designer validate` and `diff` as a user or a CI job runs them: the real executable,
// paths relative to the working folder, exit codes, and the text, JSON and SARIF outputs.
#include "ValidationTestSupport.h"

#include "validation/Validator.h"
#include "json/JsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#ifndef CD_EXECUTABLE
#error "CD_EXECUTABLE must name the connector-designer executable"
#endif

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString LIST = QStringLiteral("/paths/~1items/get");

} // namespace

class ValidateCliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanConnector();
    void errorsLikeACompiler();
    void severityFilter();
    void standaloneDefinitionFile();
    void disableRules();
    void propertiesFindings();
    void unparseableDefinition();
    void usageErrors_data();
    void usageErrors();
    void jsonOutput();
    void sarifOutput();
    void corpusConnector_data();
    void corpusConnector();
    void helpListsRules();
    void diffExitCodes();
    void diffJson();
    void diffBadInput_data();
    void diffBadInput();

private:
    Run run(const QStringList &args) const;
    QString write(const QString &name, const vt::Edits &edits) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void ValidateCliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run ValidateCliTest::run(const QStringList &args) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CD_EXECUTABLE), args);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Writes the baseline with edits into the working folder; returns the folder name (relative).
QString ValidateCliTest::write(const QString &name, const vt::Edits &edits) const
{
    QString error;
    if (!vt::writeConnector(m_dir->filePath(name), edits, &error))
        qWarning("cannot write %s: %s", qPrintable(name), qPrintable(error));
    return name;
}

void ValidateCliTest::cleanConnector()
{
    const Run r = run({QStringLiteral("validate"), write(QStringLiteral("clean"), {})});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("clean/apiDefinition.swagger.json: 0 errors, 0 warnings, 0 infos\n"));
}

void ValidateCliTest::errorsLikeACompiler()
{
    const QString folder = write(QStringLiteral("conn"), {vt::set(LIST + "/summary", R"("List items.")")});
    const Run r = run({QStringLiteral("validate"), folder});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QRegularExpression format(
        QStringLiteral(R"(^conn/apiDefinition\.swagger\.json:(\d+):(\d+): error: .+ \[summary-ending\]$)"));
    const QRegularExpressionMatch m = format.match(lines.first());
    QVERIFY2(m.hasMatch(), qPrintable(lines.first()));
    // The line and column of the "summary" key in the file.
    QString editError;
    const QList<QByteArray> file = vt::edited(vt::baselineDefinition(), QStringLiteral("d"),
                                              {vt::set(LIST + "/summary", R"("List items.")")},
                                              ConnectorDocument::Part::Definition, &editError)
                                       .split('\n');
    int line = 0;
    while (line < file.size() && !file.at(line).contains("\"List items.\""))
        ++line;
    QCOMPARE(m.captured(1).toInt(), line + 1);
    QCOMPARE(m.captured(2).toInt(), int(file.at(line).indexOf("\"summary\"")) + 1);
    QVERIFY(r.err.contains(QStringLiteral("1 error, 0 warnings, 0 infos")));

    // The same with the definition file as PATH.
    const Run byFile = run({QStringLiteral("validate"), QStringLiteral("conn/apiDefinition.swagger.json")});
    QCOMPARE(byFile.out, r.out);
}

// A Swagger file from another tool, under any name: validated as a definition alone. The same
// definition rules fire as in a connector folder; only apiProperties rules cannot.
void ValidateCliTest::standaloneDefinitionFile()
{
    const QString folder = write(QStringLiteral("conn"), {vt::set(LIST + "/summary", R"("List items.")")});
    QVERIFY(QFile::copy(m_dir->filePath(folder + QStringLiteral("/apiDefinition.swagger.json")),
                        m_dir->filePath(QStringLiteral("petstore.json"))));
    const Run r = run({QStringLiteral("validate"), QStringLiteral("petstore.json")});
    QCOMPARE(r.code, 1);
    const Run inFolder = run({QStringLiteral("validate"), folder});
    QString expected = inFolder.out;
    expected.replace(QStringLiteral("conn/apiDefinition.swagger.json"), QStringLiteral("petstore.json"));
    QCOMPARE(r.out, expected);
    QVERIFY2(r.err.startsWith(QStringLiteral("petstore.json: 1 error")), qPrintable(r.err));

    // Not JSON: a located json-syntax error; missing: exit 2.
    QFile broken(m_dir->filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"swagger\": \"2.0\",\n  oops\n}\n");
    broken.close();
    const Run bad = run({QStringLiteral("validate"), QStringLiteral("broken.json")});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.out.startsWith(QStringLiteral("broken.json:3:3: error:")), qPrintable(bad.out));
    QVERIFY(bad.out.contains(QStringLiteral("[json-syntax]")));
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("missing.json")}).code, 2);
}

void ValidateCliTest::severityFilter()
{
    const QString folder
        = write(QStringLiteral("conn"),
                {vt::set(LIST + "/summary", R"("List items.")"), vt::set("/info/title", R"("Contoso API")"),
                 vt::set(LIST + "/description", R"("Returns items")")});
    const Run all = run({QStringLiteral("validate"), folder});
    QCOMPARE(all.code, 1);
    QCOMPARE(all.out.count(QLatin1Char('\n')), 3);
    const Run warnings
        = run({QStringLiteral("validate"), folder, QStringLiteral("--severity"), QStringLiteral("warning")});
    QCOMPARE(warnings.out.count(QLatin1Char('\n')), 2);
    QVERIFY(!warnings.out.contains(QStringLiteral(": info: ")));
    const Run errors = run({QStringLiteral("validate"), QStringLiteral("--severity=error"), folder});
    QCOMPARE(errors.out.count(QLatin1Char('\n')), 1);
    QCOMPARE(errors.code, 1);
    // Warnings alone do not fail.
    const Run noErrors = run({QStringLiteral("validate"),
                              write(QStringLiteral("warn"), {vt::set("/info/title", R"("Contoso API")")})});
    QCOMPARE(noErrors.code, 0);
    QVERIFY(noErrors.out.contains(QStringLiteral(": warning: ")));
}

void ValidateCliTest::disableRules()
{
    const QString folder
        = write(QStringLiteral("conn"),
                {vt::set(LIST + "/summary", R"("List items.")"), vt::set("/info/title", R"("Contoso API")")});
    const Run r = run({QStringLiteral("validate"), folder, QStringLiteral("--disable"),
                       QStringLiteral("summary-ending,title-words")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    const Run twice = run({QStringLiteral("validate"), folder, QStringLiteral("--disable=summary-ending"),
                           QStringLiteral("--disable"), QStringLiteral("title-words")});
    QCOMPARE(twice.out, QString());
}

void ValidateCliTest::propertiesFindings()
{
    const Run r
        = run({QStringLiteral("validate"),
               write(QStringLiteral("props"), {vt::setProperty("/properties/iconBrandColor", R"("blue")")})});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("props/apiProperties.json:3:5: error: ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("[icon-brand-color]")));
}

void ValidateCliTest::unparseableDefinition()
{
    const QString folder = write(QStringLiteral("broken"),
                                 {vt::rawDefinition(QStringLiteral("{\n  \"swagger\": \"2.0\",,\n}"))});
    const Run r = run({QStringLiteral("validate"), folder});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("broken/apiDefinition.swagger.json:2:")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("[json-syntax]")));
}

void ValidateCliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no path") << QStringList {"validate"};
    QTest::newRow("two paths") << QStringList {"validate", "conn", "conn"};
    QTest::newRow("not a connector") << QStringList {"validate", "nowhere"};
    QTest::newRow("bad format") << QStringList {"validate", "conn", "--format", "xml"};
    QTest::newRow("format without value") << QStringList {"validate", "conn", "--format"};
    QTest::newRow("bad severity") << QStringList {"validate", "conn", "--severity", "fatal"};
    QTest::newRow("unknown rule") << QStringList {"validate", "conn", "--disable", "no-such-rule"};
    QTest::newRow("unknown option") << QStringList {"validate", "conn", "--fix"};
}

void ValidateCliTest::usageErrors()
{
    QFETCH(QStringList, args);
    write(QStringLiteral("conn"), {vt::set(LIST + "/summary", R"("List items.")")});
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
}

void ValidateCliTest::jsonOutput()
{
    const Run r = run({QStringLiteral("validate"),
                       write(QStringLiteral("conn"), {vt::set(LIST + "/summary", R"("List items.")")}),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 1);
    const QJsonObject finding = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
    QCOMPARE(finding.value(QStringLiteral("ruleId")).toString(), QStringLiteral("summary-ending"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(finding.value(QStringLiteral("file")).toString(),
             QStringLiteral("conn/apiDefinition.swagger.json"));
    QCOMPARE(finding.value(QStringLiteral("pointer")).toString(), LIST + QStringLiteral("/summary"));
    QVERIFY(finding.value(QStringLiteral("line")).toInt() > 0);
    QCOMPARE(finding.value(QStringLiteral("fix")).toString(), QStringLiteral("Use \"List items\""));
}

void ValidateCliTest::sarifOutput()
{
    const QString folder
        = write(QStringLiteral("my conn"),
                {vt::set(LIST + "/summary", R"("List items.")"), vt::set("/info/title", R"("Contoso API")"),
                 vt::set(LIST + "/description", R"("Returns items")")});
    const Run r = run({QStringLiteral("validate"), folder, QStringLiteral("--format=sarif")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QVERIFY(root.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif-2.1.0")));
    const QJsonObject run = root.value(QStringLiteral("runs")).toArray().at(0).toObject();
    const QJsonObject driver
        = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("connector-designer"));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), Validator::rules().size());
    const QJsonArray results = run.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QSet<QString> levels;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString ruleId = result.value(QStringLiteral("ruleId")).toString();
        QCOMPARE(rules.at(result.value(QStringLiteral("ruleIndex")).toInt())
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 ruleId);
        levels.insert(result.value(QStringLiteral("level")).toString());
        QVERIFY(!result.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        const QJsonObject physical = result.value(QStringLiteral("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("physicalLocation"))
                                         .toObject();
        QCOMPARE(physical.value(QStringLiteral("artifactLocation"))
                     .toObject()
                     .value(QStringLiteral("uri"))
                     .toString(),
                 QStringLiteral("my%20conn/apiDefinition.swagger.json"));
        const QJsonObject region = physical.value(QStringLiteral("region")).toObject();
        QVERIFY(region.value(QStringLiteral("startLine")).toInt() > 0);
        QVERIFY(region.value(QStringLiteral("startColumn")).toInt() > 0);
    }
    QCOMPARE(levels,
             (QSet<QString> {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")}));
}

void ValidateCliTest::corpusConnector_data()
{
    QTest::addColumn<QString>("connector");
    // Names with a space and an apostrophe, with parentheses, and with non-ASCII letters.
    QTest::newRow("apostrophe") << QStringLiteral("certified-connectors/Africa's Talking Voice");
    QTest::newRow("parentheses") << QStringLiteral("certified-connectors/Asite (Canada)");
    QTest::newRow("non-ASCII") << QStringLiteral("independent-publisher-connectors/Brønnøysundregistrene");
}

void ValidateCliTest::corpusConnector()
{
    QFETCH(QString, connector);
    const QString corpus = vt::corpusDir();
    if (corpus.isEmpty() && vt::corpusRequired())
        QFAIL("The corpus is missing (set CD_CORPUS)");
    if (corpus.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
    const QString name = connector.section(QLatin1Char('/'), 1);
    QVERIFY(vt::copyConnector(corpus + QStringLiteral("/connectors/") + connector, m_dir->filePath(name)));
    const Run r = run({QStringLiteral("validate"), name});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
    const QRegularExpression line(
        QLatin1Char('^') + QRegularExpression::escape(name)
        + QStringLiteral(
            R"(/api(Definition\.swagger|Properties)\.json:\d+:\d+: (error|warning|info): .+ \[[a-z0-9-]+\]$)"));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &l : lines)
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    QCOMPARE(r.code == 1, r.out.contains(QStringLiteral(": error: ")));
    QVERIFY(r.err.startsWith(name + QStringLiteral("/apiDefinition.swagger.json: ")));
}

void ValidateCliTest::helpListsRules()
{
    const Run r = run({QStringLiteral("help"), QStringLiteral("validate")});
    QCOMPARE(r.code, 0);
    for (const ValidationRule &rule : Validator::rules())
        QVERIFY2(r.out.contains(rule.id), qPrintable(rule.id));
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--help")}).out, r.out);
    const Run overview = run({QStringLiteral("--help")});
    QVERIFY(overview.out.contains(QStringLiteral("validate"))
            && overview.out.contains(QStringLiteral("diff")));
}

void ValidateCliTest::diffExitCodes()
{
    const QString base = write(QStringLiteral("v1"), {});
    const Run same = run({QStringLiteral("diff"), base, write(QStringLiteral("v1-copy"), {})});
    QCOMPARE(same.code, 0);
    QCOMPARE(same.out, QStringLiteral("No changes.\n"));

    const Run added
        = run({QStringLiteral("diff"), base,
               write(QStringLiteral("v2"),
                     {vt::set("/paths/~1new", R"({"get": {"operationId": "New", "responses": {}}})")})});
    QCOMPARE(added.code, 0);
    QVERIFY2(added.out.startsWith(QStringLiteral("change: New (GET /new): operation added")),
             qPrintable(added.out));

    const Run removed
        = run({QStringLiteral("diff"), base, write(QStringLiteral("v3"), {vt::remove("/paths/~1fields")})});
    QCOMPARE(removed.code, 1);
    QVERIFY2(removed.out.startsWith(QStringLiteral("breaking: ListFields (GET /fields): operation removed")),
             qPrintable(removed.out));
    QVERIFY(removed.out.endsWith(QStringLiteral("1 change(s), 1 breaking.\n")));
}

void ValidateCliTest::diffJson()
{
    const Run r = run({QStringLiteral("diff"), write(QStringLiteral("v1"), {}),
                       write(QStringLiteral("v2"), {vt::set(LIST + "/operationId", R"("ListAllItems")")}),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("breaking")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("old")).toString(), QStringLiteral("v1"));
    const QJsonObject change = root.value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("operation-renamed"));
    QCOMPARE(change.value(QStringLiteral("old")).toString(), QStringLiteral("ListItems"));
    QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("ListAllItems"));
    QVERIFY(change.value(QStringLiteral("breaking")).toBool());
}

void ValidateCliTest::diffBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("one path") << QStringList {"diff", "v1"};
    QTest::newRow("not a connector") << QStringList {"diff", "v1", "nowhere"};
    QTest::newRow("unparseable") << QStringList {"diff", "v1", "broken"};
    QTest::newRow("bad format") << QStringList {"diff", "v1", "v1", "--format", "sarif"};
}

void ValidateCliTest::diffBadInput()
{
    QFETCH(QStringList, args);
    write(QStringLiteral("v1"), {});
    write(QStringLiteral("broken"), {vt::rawDefinition(QStringLiteral("{\"swagger\": "))});
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(ValidateCliTest)
#include "ValidateCliTest.moc"
