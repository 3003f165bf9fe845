// Zip export: the archive read back with libzip (ZipArchive::read) lists the connector's files
// with their exact bytes; unsaved edits are included; writes are atomic.
#include "document/ConnectorDocument.h"
#include "export/ConnectorExporter.h"
#include "export/ZipArchive.h"
#include "json/JsonPointer.h"
#include "json/JsonValue.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class ExportZipTest : public QObject
{
    Q_OBJECT

private slots:
    void sampleListing();
    void scriptAndUnsavedEdits();
    void writeIsAtomic();
    void archiveRoundTrip();
    void garbageIsNotAZip();
};

namespace {

QStringList names(const QList<ZipArchive::Entry> &entries)
{
    QStringList out;
    for (const ZipArchive::Entry &entry : entries)
        out << entry.name;
    return out;
}

QByteArray data(const QList<ZipArchive::Entry> &entries, const QString &name)
{
    for (const ZipArchive::Entry &entry : entries)
        if (entry.name == name)
            return entry.data;
    return {};
}

} // namespace

void ExportZipTest::sampleListing()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    const ExportResult result = ConnectorExporter::run(document, ConnectorExporter::Format::Zip);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.bytes.startsWith("PK\x03\x04"));
    QList<ZipArchive::Entry> entries;
    QVERIFY2(ZipArchive::read(result.bytes, &entries, &error), qPrintable(error));
    QCOMPARE(names(entries), QStringList({"apiDefinition.swagger.json", "apiProperties.json", "icon.png"}));
    QCOMPARE(data(entries, "apiDefinition.swagger.json"),
             document.file(ConnectorDocument::Part::Definition).toBytes());
    QCOMPARE(data(entries, "apiProperties.json"),
             document.file(ConnectorDocument::Part::Properties).toBytes());
    QCOMPARE(data(entries, "icon.png"), document.icon());
    QVERIFY(data(entries, "icon.png").startsWith("\x89PNG"));
}

void ExportZipTest::scriptAndUnsavedEdits()
{
    ConnectorDocument document;
    QString error;
    QVERIFY(document.newFromSample(&error));
    document.setScript("public class Script : ScriptBase { }\n", true);
    QVERIFY(document.setValue(ConnectorDocument::Part::Definition,
                              json::JsonPointer::fromString("/info/title"),
                              json::JsonValue::makeString("Edited Title")));
    const ExportResult result = ConnectorExporter::run(document, ConnectorExporter::Format::Zip);
    QList<ZipArchive::Entry> entries;
    QVERIFY(ZipArchive::read(result.bytes, &entries, &error));
    QCOMPARE(names(entries).last(), "script.csx");
    QCOMPARE(data(entries, "script.csx"), QByteArray("public class Script : ScriptBase { }\n"));
    QVERIFY(data(entries, "apiDefinition.swagger.json").contains("\"Edited Title\""));
}

void ExportZipTest::writeIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("out.zip");
    ConnectorDocument document;
    QString error;
    QVERIFY(document.newFromSample(&error));
    const ExportResult result = ConnectorExporter::run(document, ConnectorExporter::Format::Zip);
    QVERIFY2(result.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), result.bytes);
    // A folder that does not exist: a clear error, nothing written.
    QVERIFY(!result.write(dir.filePath("missing/out.zip"), &error));
    QVERIFY(error.contains("missing"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({"out.zip"}));
}

void ExportZipTest::archiveRoundTrip()
{
    QByteArray big(300000, 'a');
    for (int i = 0; i < big.size(); i += 7)
        big[i] = char('0' + i % 10);
    const QList<ZipArchive::Entry> entries = {{"empty.txt", {}}, {"big.bin", big}, {"dir/ünï.txt", "x"}};
    QString error;
    const QByteArray archive = ZipArchive::write(entries, &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY(archive.size() < big.size() / 2); // deflated
    QList<ZipArchive::Entry> back;
    QVERIFY2(ZipArchive::read(archive, &back, &error), qPrintable(error));
    QCOMPARE(names(back), names(entries));
    QCOMPARE(data(back, "big.bin"), big);
    QCOMPARE(data(back, "empty.txt"), QByteArray());
}

void ExportZipTest::garbageIsNotAZip()
{
    QList<ZipArchive::Entry> entries;
    QString error;
    QVERIFY(!ZipArchive::read("PK\x03\x04 not really", &entries, &error));
    QVERIFY(error.startsWith("zip: "));
    QVERIFY(!ZipArchive::read({}, &entries, &error));
}

QTEST_GUILESS_MAIN(ExportZipTest)
#include "ExportZipTest.moc"
