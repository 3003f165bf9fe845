// Replacing a JSON file with typed text (the raw Swagger editor): one undo step, the typed text
// kept byte-for-byte, undo back to the exact previous bytes, redo, rejected text with its line
// and column, the modified state, and the change signal views refresh on.
#include "document/ConnectorDocument.h"
#include "views/PointerAtOffset.h"
#include "json/JsonValue.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using json::JsonPointer;
using Part = ConnectorDocument::Part;

class ReplaceFileTextTest : public QObject
{
    Q_OBJECT

private slots:
    void applyUndoRedo();
    void invalidTextIsRejected_data();
    void invalidTextIsRejected();
    void sameTextAddsNoStep();
    void keepsBomAndEncoding();
    void laterEditsUndoAcrossReplace();
    void corpusRoundTrip();
    void pointerAtOffset();

private:
    static QString textOf(const ConnectorDocument &document, Part part)
    {
        return QString::fromUtf8(document.file(part).toBytes());
    }
};

void ReplaceFileTextTest::applyUndoRedo()
{
    ConnectorDocument document;
    QString error;
    QVERIFY(document.newFromSample(&error));
    const QByteArray before = document.file(Part::Definition).toBytes();
    QString text = textOf(document, Part::Definition);
    // An odd formatting choice the writer would never make: it must survive as typed.
    text.replace(QStringLiteral("\"title\": \"Contoso HR\""), QStringLiteral("\"title\"  :\t\"Typed HR\""));
    QVERIFY(text != QString::fromUtf8(before));
    QSignalSpy changed(&document, &ConnectorDocument::changed);
    QSignalSpy modified(&document, &ConnectorDocument::modifiedChanged);

    json::JsonDiagnostic diagnostic;
    QVERIFY(document.replaceText(Part::Definition, text, &diagnostic));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.file(Part::Definition).toBytes(), text.toUtf8());
    QCOMPARE(
        document.value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")))->toString(),
        QStringLiteral("Typed HR"));
    QCOMPARE(document.displayName(), QStringLiteral("Typed HR"));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Part>(), Part::Definition);
    QVERIFY(changed.first().at(1).value<JsonPointer>().isRoot());
    QVERIFY(document.undoStack()->undoText().contains(QStringLiteral("apiDefinition.swagger.json")));

    document.undoStack()->undo();
    QCOMPARE(document.file(Part::Definition).toBytes(), before);
    QVERIFY(!document.isModified());
    QCOMPARE(changed.count(), 2);
    document.undoStack()->redo();
    QCOMPARE(document.file(Part::Definition).toBytes(), text.toUtf8());
    QVERIFY(document.isModified());
}

void ReplaceFileTextTest::invalidTextIsRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}\n") << 3 << 3;
    QTest::newRow("unclosed") << QStringLiteral("{\n  \"a\": [1, 2\n") << 3 << 1;
    QTest::newRow("empty") << QString() << 1 << 1;
}

void ReplaceFileTextTest::invalidTextIsRejected()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    ConnectorDocument document;
    QString error;
    QVERIFY(document.newFromSample(&error));
    const QByteArray before = document.file(Part::Properties).toBytes();
    QSignalSpy changed(&document, &ConnectorDocument::changed);
    json::JsonDiagnostic diagnostic;
    QVERIFY(!document.replaceText(Part::Properties, text, &diagnostic));
    QVERIFY(diagnostic.isError());
    QVERIFY(!diagnostic.message.isEmpty());
    QCOMPARE(diagnostic.line, line);
    QCOMPARE(diagnostic.column, column);
    QCOMPARE(document.file(Part::Properties).toBytes(), before);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(changed.count(), 0);
}

void ReplaceFileTextTest::sameTextAddsNoStep()
{
    ConnectorDocument document;
    QString error;
    QVERIFY(document.newFromSample(&error));
    QVERIFY(document.replaceText(Part::Definition, textOf(document, Part::Definition)));
    QCOMPARE(document.undoStack()->count(), 0);
}

void ReplaceFileTextTest::keepsBomAndEncoding()
{
    QTemporaryDir dir;
    const QByteArray definition = "\xEF\xBB\xBF{\r\n  \"swagger\": \"2.0\",\r\n  \"info\": {\"title\": "
                                  "\"B\", \"version\": \"1\"},\r\n"
                                  "  \"paths\": {}\r\n}";
    const QByteArray properties = "{\"properties\": {\"publisher\": \"Caf\xE9\"}}"; // Latin-1
    for (const auto &[name, bytes] : {std::pair {"apiDefinition.swagger.json", definition},
                                      std::pair {"apiProperties.json", properties}}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.open(dir.path(), &error), qPrintable(error));
    // The raw editor shows the text without the BOM; applying keeps it on disk.
    QString text = QString::fromUtf8(definition.mid(3));
    text.replace(QStringLiteral("\"B\""), QStringLiteral("\"Böse\""));
    QVERIFY(document.replaceText(Part::Definition, text));
    QVERIFY(document.file(Part::Definition).toBytes().startsWith("\xEF\xBB\xBF{\r\n"));
    QVERIFY(document.file(Part::Definition).toBytes().contains("\"B\xC3\xB6se\""));
    // A Latin-1 file stays Latin-1.
    QVERIFY(document.replaceText(Part::Properties,
                                 QStringLiteral("{\"properties\": {\"publisher\": \"Caf\u00e9!\"}}")));
    QCOMPARE(document.file(Part::Properties).toBytes(),
             QByteArray("{\"properties\": {\"publisher\": \"Caf\xE9!\"}}"));
    QVERIFY(document.save(&error));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.file(Part::Definition).toBytes(), definition);
    QCOMPARE(document.file(Part::Properties).toBytes(), properties);
}

void ReplaceFileTextTest::laterEditsUndoAcrossReplace()
{
    // Commands before and after a replacement address nodes by pointer: undoing all of them,
    // through the replacement, gets back to the original bytes.
    ConnectorDocument document;
    QString error;
    QVERIFY(document.newFromSample(&error));
    const QByteArray original = document.file(Part::Definition).toBytes();
    const JsonPointer host = JsonPointer::fromString(QStringLiteral("/host"));
    QVERIFY(document.setString(Part::Definition, host, QStringLiteral("one.example"), nullptr, false));
    QString text = textOf(document, Part::Definition);
    text.replace(QStringLiteral("one.example"), QStringLiteral("two.example"));
    QVERIFY(document.replaceText(Part::Definition, text));
    QVERIFY(document.setString(Part::Definition, host, QStringLiteral("three.example"), nullptr, false));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.value(Part::Definition, host)->toString(), QStringLiteral("two.example"));
    QCOMPARE(document.file(Part::Definition).toBytes(), text.toUtf8());
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.file(Part::Definition).toBytes(), original);
    QVERIFY(!document.isModified());
}

void ReplaceFileTextTest::corpusRoundTrip()
{
    // On real definitions (all formatting styles): a one-character edit applies as typed and
    // undoes to the exact bytes.
    const QString corpus = qEnvironmentVariable("CD_CORPUS");
    QVERIFY2(QDir(corpus).exists(), "CD_CORPUS (the real-connector corpus) is missing");
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("apiDefinition.swagger.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext() && checked < 40) {
        const QString folder = QFileInfo(it.next()).path();
        ConnectorDocument document;
        QString error;
        if (!document.open(folder, &error) || document.isReadOnly())
            continue;
        const QByteArray before = document.file(Part::Definition).toBytes();
        QString text = textOf(document, Part::Definition);
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        const int brace = text.lastIndexOf(QLatin1Char('}'));
        QVERIFY(brace > 0);
        text.insert(brace, QStringLiteral(" ")); // whitespace only: same tree, different bytes
        QVERIFY2(document.replaceText(Part::Definition, text), qPrintable(folder));
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QVERIFY2(document.file(Part::Definition).toBytes() == before, qPrintable(folder));
        ++checked;
    }
    QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
}

void ReplaceFileTextTest::pointerAtOffset()
{
    // The raw editor's cursor -> node mapping, on text with odd spacing and non-ASCII text.
    const QString text
        = QStringLiteral("{\n  \"a\": {\"b\": [10, {\"c\" : \"\u00e9t\u00e9\"}]},\n  \"d\":true }\n");
    const json::JsonFile file = json::JsonFile::fromBytes(text.toUtf8(), QStringLiteral("t.json"));
    QVERIFY(file.isValid());
    const auto at = [&](const QString &needle, int extra = 0) {
        return PointerAtOffset::find(file, int(text.indexOf(needle)) + extra).toString();
    };
    QCOMPARE(at(QStringLiteral("{")), QString()); // the root's own bracket
    QCOMPARE(at(QStringLiteral("\"a\"")), QStringLiteral("/a")); // a key belongs to its member
    QCOMPARE(at(QStringLiteral("\"b\"")), QStringLiteral("/a/b"));
    QCOMPARE(at(QStringLiteral("10"), 1), QStringLiteral("/a/b/0"));
    QCOMPARE(at(QStringLiteral(" : "), 1), QStringLiteral("/a/b/1/c")); // between key and value
    QCOMPARE(at(QStringLiteral("t\u00e9\""), 1), QStringLiteral("/a/b/1/c"));
    QCOMPARE(at(QStringLiteral("true")), QStringLiteral("/d"));
    QCOMPARE(at(QStringLiteral(", {")), QStringLiteral("/a/b")); // the comma between elements
    QCOMPARE(PointerAtOffset::find(json::JsonFile::fromBytes("{", QStringLiteral("x")), 0).toString(),
             QString());
}

QTEST_GUILESS_MAIN(ReplaceFileTextTest)
#include "ReplaceFileTextTest.moc"
