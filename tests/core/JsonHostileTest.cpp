// Hostile input: limits give clear errors, never a crash, a stack overflow or a hang.
#include "json/JsonFile.h"
#include "json/JsonParser.h"

#include <QElapsedTimer>
#include <QtTest>

class JsonHostileTest : public QObject
{
    Q_OBJECT

private slots:
    void deepNesting_data();
    void deepNesting();
    void nestingAtLimitIsFine();
    void longString();
    void tooLargeFile();
    void manyDiagnosticsCapped();
    void randomBytesNeverCrash();
};

void JsonHostileTest::deepNesting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("arrays") << QByteArray(200000, '[');
    QTest::newRow("objects") << QByteArray("{\"a\":").repeated(100000);
    QTest::newRow("closed arrays") << QByteArray(5000, '[') + QByteArray(5000, ']');
}

void JsonHostileTest::deepNesting()
{
    QFETCH(QByteArray, bytes);
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("deep.json"));
    QVERIFY(!file.isValid());
    QVERIFY2(file.firstError()->message.contains(QStringLiteral("deeper than 512")),
             qPrintable(file.firstError()->message));
}

void JsonHostileTest::nestingAtLimitIsFine()
{
    const QByteArray bytes = QByteArray(512, '[') + QByteArray(512, ']');
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("ok.json"));
    QVERIFY2(file.isValid(), qPrintable(file.errorString()));
    QCOMPARE(file.toBytes(), bytes);
}

void JsonHostileTest::longString()
{
    json::ParseOptions options;
    options.maxStringLength = 1000;
    const QByteArray bytes = "[\"" + QByteArray(5000, 'x') + "\"]";
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("s.json"), options);
    QVERIFY(!file.isValid());
    QVERIFY(file.firstError()->message.contains(QStringLiteral("longer than 1000")));
}

void JsonHostileTest::tooLargeFile()
{
    const QByteArray bytes(65 * 1024 * 1024, ' ');
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("big.json"));
    QVERIFY(!file.isValid());
    QVERIFY(file.firstError()->message.contains(QStringLiteral("limit")));
}

void JsonHostileTest::manyDiagnosticsCapped()
{
    QByteArray bytes = "[";
    for (int i = 0; i < 100000; ++i)
        bytes += "/**/1,";
    bytes += "]";
    QElapsedTimer timer;
    timer.start();
    const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("c.json"));
    QVERIFY(file.isValid());
    QVERIFY(file.diagnostics().size() <= 200);
    QCOMPARE(file.toBytes(), bytes);
}

// Mutations of a valid document: each either parses and round-trips, or fails with a location.
void JsonHostileTest::randomBytesNeverCrash()
{
    const QByteArray base = "{\n  \"a\": [1, 2.5e3, \"x\\u00e9\"],\n  \"b\": {\"c\": null, \"d\": true}\n}\n";
    QRandomGenerator rng(42);
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes = base;
        const int edits = 1 + rng.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = rng.bounded(bytes.size());
            switch (rng.bounded(3)) {
            case 0: bytes[at] = char(rng.bounded(256)); break;
            case 1: bytes.remove(at, 1); break;
            default: bytes.insert(at, char(rng.bounded(256))); break;
            }
        }
        const json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("m.json"));
        if (file.isValid())
            QCOMPARE(file.toBytes(), bytes);
        else
            QVERIFY(file.firstError() && file.firstError()->line >= 1);
    }
}

QTEST_GUILESS_MAIN(JsonHostileTest)
#include "JsonHostileTest.moc"
