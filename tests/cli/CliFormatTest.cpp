// `connector-designer format` through the real executable: lossless files stay untouched,
// tolerated irregularities are repaired, unparseable files are located and nothing is written.
#include "CliFixture.h"
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

class CliFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void formatUnchanged_data();
    void formatUnchanged();
    void formatRepairs_data();
    void formatRepairs();
    void formatUnparseable_data();
    void formatUnparseable();
    void formatCheckCorpus_data();
    void formatCheckCorpus();

private:
    CliRunner m_runner;
};

void CliFormatTest::initTestCase()
{
    QVERIFY2(QFileInfo(CliRunner::executable()).isExecutable(), qPrintable(CliRunner::executable()));
}

void CliFormatTest::formatUnchanged_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("fixture") << QStringLiteral("fixture");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("corpus: plain") << QStringLiteral("certified-connectors/1Me Corporate");
    QTest::newRow("corpus: CRLF") << QStringLiteral("certified-connectors/Calculate Working Day");
    QTest::newRow("corpus: BOM") << QStringLiteral("certified-connectors/InEight");
    QTest::newRow("corpus: Latin-1") << QStringLiteral(
        "independent-publisher-connectors/Brønnøysundregistrene");
    QTest::newRow("corpus: duplicate keys") << QStringLiteral("certified-connectors/Rainbird");
    QTest::newRow("corpus: settings.json") << QStringLiteral("custom-connectors/SAP-ODATA-Demo");
    QTest::newRow("corpus: large") << QStringLiteral("certified-connectors/Actsoft");
}

void CliFormatTest::formatUnchanged()
{
    QFETCH(QString, source);
    CLI_PREPARE(m_runner, dir, source);
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20); // so that a rewrite would show in the modification time

    CliRunner::Result r = m_runner.run({QStringLiteral("format"), dir, QStringLiteral("--check")});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY(CliFixture::snapshot(dir) == before);

    // The engine is lossless: formatting a file that needs no repair does not touch it.
    r = m_runner.run({QStringLiteral("format"), dir});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY(CliFixture::snapshot(dir) == before);
}

void CliFormatTest::formatRepairs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("brokenDefinition"); // replaces the fixture's definition
    QTest::addColumn<QByteArray>("expected"); // the repaired definition, for the fixture
    QTest::addColumn<QByteArray>("from"); // for corpus files: the one changed line
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("location"); // in the repair note

    QTest::newRow("fixture: trailing commas, comments kept")
        << QStringLiteral("fixture")
        << QByteArray("{\n  // a comment\n  \"a\": [1, 2,],\n  \"b\": {\"c\": true, } /* kept */,\n}")
        << QByteArray("{\n  // a comment\n  \"a\": [1, 2],\n  \"b\": {\"c\": true } /* kept */\n}")
        << QByteArray() << QByteArray() << QStringLiteral("apiDefinition.swagger.json:3:13: repaired:");
    QTest::newRow("fixture: raw control characters")
        << QStringLiteral("fixture")
        << QByteArray("{\r\n\t\"a\": \"x\ty\x01z\",\r\n\t\"b\": \"\\/\"\r\n}\r\n")
        << QByteArray("{\r\n\t\"a\": \"x\\ty\\u0001z\",\r\n\t\"b\": \"\\/\"\r\n}\r\n") << QByteArray()
        << QByteArray() << QStringLiteral("apiDefinition.swagger.json:2:9: repaired:");
    QTest::newRow("corpus: trailing comma")
        << QStringLiteral("certified-connectors/Cireson Service Manager Portal") << QByteArray()
        << QByteArray() << QByteArray("\"Ordinal\",") << QByteArray("\"Ordinal\"")
        << QStringLiteral("apiDefinition.swagger.json:53:45: repaired:");
    QTest::newRow("corpus: raw tab in a string")
        << QStringLiteral("certified-connectors/Easyvista_Service._Manager") << QByteArray() << QByteArray()
        << QByteArray("BO\t\"") << QByteArray("BO\\t\"")
        << QStringLiteral("apiDefinition.swagger.json:3819:");
}

void CliFormatTest::formatRepairs()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, brokenDefinition);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, location);
    CLI_PREPARE(m_runner, dir, source);
    const QString definition = QDir(dir).filePath(QLatin1String(CliRunner::Definition));
    if (!brokenDefinition.isEmpty())
        QVERIFY(CliFixture::write(definition, brokenDefinition));
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20);

    CliRunner::Result r = m_runner.run({QStringLiteral("format"), dir, QStringLiteral("--check")});
    QVERIFY(r.finished);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, definition + QLatin1Char('\n'));
    QVERIFY2(r.err.contains(location), qPrintable(r.err));
    QVERIFY2(CliFixture::snapshot(dir) == before, "--check writes nothing");

    r = m_runner.run({QStringLiteral("format"), dir});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, definition + QLatin1Char('\n'));
    const QByteArray original = before.value(QLatin1String(CliRunner::Definition)).bytes;
    const QByteArray formatted = CliFixture::read(definition);
    if (!expected.isEmpty()) {
        QCOMPARE(formatted, expected);
    } else {
        const CliRunner::Hunk hunk = CliRunner::diff(original, formatted);
        QCOMPARE(hunk.removed.size(), 1);
        QCOMPARE(hunk.added.size(), 1);
        QCOMPARE(hunk.added.first(), QByteArray(hunk.removed.first()).replace(from, to));
    }
    const CliFixture::Snapshot after = CliFixture::snapshot(dir);
    QCOMPARE(after.keys(), before.keys());
    for (const QString &name : before.keys()) {
        if (name != QLatin1String(CliRunner::Definition))
            QVERIFY2(after.value(name) == before.value(name),
                     qPrintable(name + QStringLiteral(" untouched")));
    }

    // Repaired output is stable.
    r = m_runner.run({QStringLiteral("format"), dir, QStringLiteral("--check")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
}

void CliFormatTest::formatUnparseable_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("brokenDefinition");
    QTest::addColumn<QString>("location");
    QTest::newRow("fixture: missing comma")
        << QStringLiteral("fixture") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}\n")
        << QStringLiteral("apiDefinition.swagger.json:3:3: error: ");
    QTest::newRow("fixture: unterminated") << QStringLiteral("fixture") << QByteArray("{\n  \"a\": [1, 2\n")
                                           << QStringLiteral("apiDefinition.swagger.json:");
    QTest::newRow("corpus: missing comma") << QStringLiteral("certified-connectors/ZohoSign") << QByteArray()
                                           << QStringLiteral("apiDefinition.swagger.json:");
}

void CliFormatTest::formatUnparseable()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, brokenDefinition);
    QFETCH(QString, location);
    CLI_PREPARE(m_runner, dir, source);
    if (!brokenDefinition.isEmpty()) {
        QVERIFY(
            CliFixture::write(QDir(dir).filePath(QLatin1String(CliRunner::Definition)), brokenDefinition));
        // A repairable properties file must not be written either when another file fails.
        QVERIFY(CliFixture::write(QDir(dir).filePath(QLatin1String(CliRunner::Properties)),
                                  "{\"properties\": {\"publisher\": \"x\",}}"));
    }
    const CliFixture::Snapshot before = CliFixture::snapshot(dir);
    QTest::qSleep(20);
    for (const QStringList &extra : {QStringList {QStringLiteral("--check")}, QStringList()}) {
        const CliRunner::Result r = m_runner.run(QStringList {QStringLiteral("format"), dir} + extra);
        QVERIFY(r.finished);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(location), qPrintable(r.err));
        QVERIFY2(QRegularExpression(QStringLiteral("apiDefinition\\.swagger\\.json:\\d+:\\d+: error: \\S"))
                     .match(r.err)
                     .hasMatch(),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(CliFixture::snapshot(dir) == before, "nothing is written");
    }
}

// format --check over every corpus connector, expecting what the corpus index says about
// each file: 0 for files that are valid (even with BOM, Latin-1, comments or duplicate keys),
// 1 where a repair applies, 2 where a file cannot be parsed.
void CliFormatTest::formatCheckCorpus_data()
{
    QTest::addColumn<QString>("connector");
    QTest::addColumn<int>("expected");
    const QString corpus = CliFixture::corpusDir();
    QFile index(QDir(corpus).filePath(QStringLiteral("connectors/index.tsv")));
    if (corpus.isEmpty() || !index.open(QIODevice::ReadOnly)) {
        QTest::newRow("corpus missing") << QString() << 0;
        return;
    }
    const QList<QByteArray> header = index.readLine().trimmed().split('\t');
    const qsizetype pathColumn = header.indexOf("path");
    const qsizetype issueColumns[]
        = {header.indexOf("swagger_json_issues"), header.indexOf("props_json_issues")};
    while (!index.atEnd()) {
        const QByteArray line = index.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> row = line.split('\t');
        int expected = 0;
        for (qsizetype column : issueColumns) {
            const QByteArray issues = row.value(column);
            if (issues.contains("invalid:"))
                expected = 2;
            else if (expected == 0 && (issues.contains("trailing_comma") || issues.contains("control_chars")))
                expected = 1;
        }
        const QString path = QString::fromUtf8(row.value(pathColumn));
        QTest::newRow(qPrintable(path))
            << QDir(corpus).filePath(QStringLiteral("connectors/") + path) << expected;
    }
}

void CliFormatTest::formatCheckCorpus()
{
    QFETCH(QString, connector);
    QFETCH(int, expected);
    if (connector.isEmpty()) {
        if (CliFixture::corpusRequired())
            QFAIL("the corpus is missing (set CD_CORPUS)");
        QSKIP("the corpus is missing (set CD_CORPUS)");
    }
    const CliFixture::Snapshot before = CliFixture::snapshot(connector);
    const CliRunner::Result r
        = m_runner.run({QStringLiteral("format"), connector, QStringLiteral("--check")});
    QVERIFY(r.finished);
    QVERIFY2(r.code == expected, qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.code).arg(r.out, r.err)));
    if (expected == 1)
        QVERIFY2(r.err.contains(QLatin1String(": repaired: ")), qPrintable(r.err));
    if (expected == 2)
        QVERIFY2(QRegularExpression(QStringLiteral("\\.json:\\d+:\\d+: error: \\S")).match(r.err).hasMatch(),
                 qPrintable(r.err));
    QVERIFY2(CliFixture::snapshot(connector) == before, "--check writes nothing");
}

QTEST_GUILESS_MAIN(CliFormatTest)
#include "CliFormatTest.moc"
