// Every connector of the real-world corpus through every rule: no crash, the run time, the
// findings per rule, a cross-check of misspelled extension names against a plain text search,
// and the time for the largest connector. Fails (does not skip) in CI without the corpus.
#include "ValidationTestSupport.h"

#include "validation/ValidationContext.h"
#include "validation/Validator.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>

class ValidationCorpusTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyConnector();
    void misspelledExtensionsMatchTextSearch();
    void largestConnectorIsFast();
    void threadsGiveTheSameFindings();

private:
    QString m_corpus;
    QMap<QString, int> m_typos; // misspelled name -> findings
};

void ValidationCorpusTest::initTestCase()
{
    m_corpus = vt::corpusDir();
    if (m_corpus.isEmpty() && vt::corpusRequired())
        QFAIL("The corpus is missing (set CD_CORPUS)");
    if (m_corpus.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
}

void ValidationCorpusTest::everyConnector()
{
    const QStringList folders = vt::corpusConnectors();
    QVERIFY(folders.size() > 100);
    QMap<QString, int> perRule;
    QMap<QString, int> connectorsPerRule;
    qint64 validationNs = 0;
    int opened = 0, findings = 0;
    QElapsedTimer total;
    total.start();
    Validator validator;
    for (const QString &folder : folders) {
        ConnectorDocument document;
        QString error;
        if (!document.open(folder, &error)) {
            qInfo("not opened: %s: %s", qPrintable(folder), qPrintable(error));
            continue;
        }
        ++opened;
        QElapsedTimer timer;
        timer.start();
        const QList<ValidationFinding> result = validator.validate(document);
        validationNs += timer.nsecsElapsed();
        QSet<QString> rules;
        for (const ValidationFinding &f : result) {
            ++perRule[f.ruleId];
            rules.insert(f.ruleId);
            QVERIFY2(!f.ruleId.isEmpty() && !f.message.isEmpty(), qPrintable(f.toText()));
            if (f.ruleId == QLatin1String("extension-name-typo"))
                ++m_typos[f.pointer.lastToken()];
        }
        for (const QString &rule : rules)
            ++connectorsPerRule[rule];
        findings += int(result.size());
    }
    qInfo("validated %d of %d connectors: %d findings; validation %.1f ms in all, load+validation %lld ms",
          opened, int(folders.size()), findings, validationNs / 1e6, qint64(total.elapsed()));
    for (auto it = perRule.constBegin(); it != perRule.constEnd(); ++it)
        qInfo("  %-30s %6d findings in %3d connectors", qPrintable(it.key()), it.value(),
              connectorsPerRule.value(it.key()));
    QCOMPARE(opened, int(folders.size()));
}

// Counts `"name" :` in every JSON file of the corpus, as grep would.
static int textCount(const QString &corpus, const QString &name)
{
    const QRegularExpression pattern(QLatin1Char('"') + QRegularExpression::escape(name)
                                     + QStringLiteral("\"\\s*:"));
    int count = 0;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/_schemas/")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = pattern.globalMatch(text); match.hasNext(); match.next())
            ++count;
    }
    return count;
}

void ValidationCorpusTest::misspelledExtensionsMatchTextSearch()
{
    if (m_typos.isEmpty())
        QSKIP("everyConnector did not run");
    // The corpus README names this one; the rule must find it.
    QVERIFY(m_typos.contains(QStringLiteral("x-ms-visibilty")));
    int found = 0, searched = 0;
    for (auto it = m_typos.constBegin(); it != m_typos.constEnd(); ++it) {
        const int inText = textCount(m_corpus, it.key());
        qInfo("  %-24s rule %3d, text search %3d", qPrintable(it.key()), it.value(), inText);
        found += it.value();
        searched += inText;
        QCOMPARE(it.value(), inText);
    }
    qInfo("misspelled x-ms-* names: rule %d, text search %d", found, searched);
}

void ValidationCorpusTest::largestConnectorIsFast()
{
    QString largest;
    qint64 size = 0;
    for (const QString &folder : vt::corpusConnectors()) {
        const qint64 s = QFileInfo(folder + QStringLiteral("/apiDefinition.swagger.json")).size();
        if (s > size) {
            size = s;
            largest = folder;
        }
    }
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.open(largest, &error), qPrintable(error));
    Validator validator;
    QList<double> runs;
    int findings = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        findings = int(validator.validate(document).size());
        runs.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    // Where the time goes: each rule alone, best of 3, in a fresh context (so its caches are cold;
    // the shared keyword index and schema list are built first and counted separately).
    QElapsedTimer bytesTimer;
    bytesTimer.start();
    const qint64 bytes = document.file(ConnectorDocument::Part::Definition).toBytes().size();
    const double serialiseMs = bytesTimer.nsecsElapsed() / 1e6;
    QList<QPair<double, QString>> perRule;
    for (const ValidationRule &rule : Validator::rules()) {
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {
            ValidationContext context(document.file(ConnectorDocument::Part::Definition),
                                      document.file(ConnectorDocument::Part::Properties), bytes);
            context.members(ValidationContext::KeyKind::Ref);
            context.schemas();
            context.setCurrentRule(&rule);
            QElapsedTimer timer;
            timer.start();
            rule.check(context);
            best = std::min(best, timer.nsecsElapsed() / 1e6);
        }
        perRule.append({best, rule.id});
    }
    std::sort(perRule.begin(), perRule.end(), std::greater<>());
    QElapsedTimer indexTimer;
    indexTimer.start();
    ValidationContext context(document.file(ConnectorDocument::Part::Definition),
                              document.file(ConnectorDocument::Part::Properties), bytes);
    context.members(ValidationContext::KeyKind::Ref);
    context.schemas();
    qInfo(
        "  serialising for the size %.1f ms; context, keyword index and schema list %.1f ms; slowest rules:",
        serialiseMs, indexTimer.nsecsElapsed() / 1e6);
    for (int i = 0; i < 8 && i < perRule.size(); ++i)
        qInfo("    %-28s %.2f ms", qPrintable(perRule.at(i).second), perRule.at(i).first);
    // Printed, not asserted: timings vary by machine and build type.
    qInfo("largest connector %s (%lld bytes, %d operations): validation median %.1f ms, best %.1f ms, %d "
          "findings",
          qPrintable(QFileInfo(largest).fileName()), size,
          int(ValidationContext(document.file(ConnectorDocument::Part::Definition),
                                document.file(ConnectorDocument::Part::Properties), size)
                  .operations()
                  .size()),
          runs.at(runs.size() / 2), runs.first(), findings);
}

QTEST_GUILESS_MAIN(ValidationCorpusTest)
#include "ValidationCorpusTest.moc"

// Rules spread over threads (what `validate` does) must give the very list one thread gives: the
// same findings, in the same order, every time. The corpus connectors large enough for threads.
void ValidationCorpusTest::threadsGiveTheSameFindings()
{
    auto lines = [](const QList<ValidationFinding> &findings) {
        QStringList out;
        for (const ValidationFinding &f : findings)
            out.append(f.toText() + QLatin1Char(' ') + f.pointer.toString() + QLatin1Char(' ')
                       + QString::number(f.fix.isEmpty()));
        return out;
    };
    int compared = 0, findings = 0;
    for (const QString &folder : vt::corpusConnectors()) {
        if (QFileInfo(folder + QStringLiteral("/apiDefinition.swagger.json")).size() < 256 * 1024)
            continue;
        ConnectorDocument document;
        QString error;
        QVERIFY2(document.open(folder, &error), qPrintable(error));
        Validator one;
        const QStringList expected = lines(one.validate(document));
        findings += int(expected.size());
        Validator many;
        many.setThreads(3);
        for (int run = 0; run < 3; ++run)
            QCOMPARE(lines(many.validate(document)), expected);
        ++compared;
    }
    qInfo("%d connectors of 256 KiB or more: the same %d findings on 1 and 3 threads", compared, findings);
    QVERIFY(compared >= 10);
    QVERIFY(findings > 100);
}
