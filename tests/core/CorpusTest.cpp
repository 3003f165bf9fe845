// Every connector of the real-world corpus: files that parse re-serialise byte-identically;
// files that do not parse give a located error. Fails (does not skip) in CI without the corpus.
#include "document/ConnectorDocument.h"
#include "json/JsonFile.h"

#include <QDirIterator>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QtTest>

class CorpusTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyJsonFileRoundTrips();
    void everyConnectorOpens();

private:
    QStringList connectorFolders() const;
    QString m_corpus;
};

void CorpusTest::initTestCase()
{
    m_corpus = qEnvironmentVariable("CD_CORPUS");
    if (m_corpus.isEmpty())
        m_corpus = QStringLiteral(CD_DEFAULT_CORPUS);
    const bool present = QFileInfo(m_corpus + QStringLiteral("/connectors")).isDir();
    if (!present && qEnvironmentVariable("CI") == QLatin1String("true"))
        QFAIL(qPrintable(QStringLiteral("The corpus is missing at %1 (set CD_CORPUS)").arg(m_corpus)));
    if (!present)
        QSKIP(qPrintable(QStringLiteral("No corpus at %1; set CD_CORPUS to run this test").arg(m_corpus)));
}

QStringList CorpusTest::connectorFolders() const
{
    QStringList folders;
    QDirIterator it(m_corpus + QStringLiteral("/connectors"), {QStringLiteral("apiDefinition.swagger.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(QFileInfo(it.next()).absolutePath());
    folders.sort();
    return folders;
}

void CorpusTest::everyJsonFileRoundTrips()
{
    QDirIterator it(m_corpus + QStringLiteral("/connectors"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int total = 0, identical = 0, unparseable = 0;
    QStringList failures;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/_schemas/")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++total;
        const json::JsonFile json = json::JsonFile::fromBytes(bytes, QFileInfo(path).fileName());
        if (!json.isValid()) {
            ++unparseable;
            const json::JsonDiagnostic *error = json.firstError();
            if (!error || error->line < 1 || error->column < 1)
                failures.append(QStringLiteral("no located error: ") + path);
            else
                qInfo("unparseable (expected for broken files): %s", qPrintable(json.errorString()));
            continue;
        }
        const QByteArray written = json.toBytes();
        if (written == bytes) {
            ++identical;
            continue;
        }
        qsizetype at = 0;
        while (at < bytes.size() && at < written.size() && bytes.at(at) == written.at(at))
            ++at;
        failures.append(QStringLiteral("not byte-identical: %1 (from byte %2: %3 instead of %4)")
                            .arg(path)
                            .arg(at)
                            .arg(QString::fromUtf8(written.mid(at, 40).toPercentEncoding()),
                                 QString::fromUtf8(bytes.mid(at, 40).toPercentEncoding())));
    }
    qInfo("corpus: %d JSON files, %d byte-identical, %d unparseable with a located error", total, identical,
          unparseable);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(total > 400);
    QCOMPARE(identical + unparseable, total);
}

void CorpusTest::everyConnectorOpens()
{
    int opened = 0, readOnly = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &folder : connectorFolders()) {
        ConnectorDocument doc;
        QString error;
        if (!doc.open(folder, &error)) {
            // Only a folder without apiProperties.json may refuse, and it must say so.
            QVERIFY2(error.contains(QStringLiteral("apiProperties.json is missing")), qPrintable(error));
            continue;
        }
        ++opened;
        if (doc.isReadOnly()) {
            ++readOnly;
            QVERIFY(doc.readOnlyReason().contains(QStringLiteral(": error: ")));
            continue;
        }
        // A no-op edit round trip through the undo stack keeps the bytes.
        const json::JsonPointer title = json::JsonPointer::fromString(QStringLiteral("/info/title"));
        const QByteArray before = doc.file(ConnectorDocument::Part::Definition).toBytes();
        if (doc.value(ConnectorDocument::Part::Definition, title)) {
            QVERIFY(doc.setString(ConnectorDocument::Part::Definition, title, QStringLiteral("Edited title"), &error));
            doc.undoStack()->undo();
            QCOMPARE(doc.file(ConnectorDocument::Part::Definition).toBytes(), before);
        }
    }
    qInfo("connectors: %d opened (%d read-only with located errors) in %lld ms", opened, readOnly,
          timer.elapsed());
    QVERIFY(opened > 250);
}

QTEST_GUILESS_MAIN(CorpusTest)
#include "CorpusTest.moc"
