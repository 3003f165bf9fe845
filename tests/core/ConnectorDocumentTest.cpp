// The document: open, save only what changed, undoable edits, errors for what is not a connector.
#include "document/ConnectorDocument.h"
#include "json/JsonParser.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using json::JsonPointer;
using Part = ConnectorDocument::Part;

class ConnectorDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openSampleCopy();
    void openFolderOrDefinitionFile();
    void saveUnchangedWritesNothing();
    void editUndoSaveIsByteIdentical();
    void editChangesOnlyThatLine();
    void typingMergesIntoOneStep();
    void typingBackToOriginalIsClean();
    void setCreatesMissingParentsInOneStep();
    void badEditsChangeNothing_data();
    void badEditsChangeNothing();
    void insertRemoveMoveUndo();
    void iconAndScriptEdits();
    void notAConnector_data();
    void notAConnector();
    void unparseableOpensReadOnly();
    void newBlankSavesValidFiles();
    void newFromBytesIsUntitledAndModified();
    void changedSignal();

private:
    QString makeConnector(const QByteArray &definition, const QByteArray &properties);
    static QByteArray readAll(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray Definition = "{\r\n  \"swagger\": \"2.0\",\r\n  \"info\": {\r\n    \"title\": \"T\",\r\n"
                                     "    \"version\": \"1.0\"\r\n  },\r\n  \"host\": \"h.example\",\r\n"
                                     "  \"paths\": {},\r\n  \"x\": [1.0, 2]\r\n}";
static const QByteArray Properties = "{\n    \"properties\": {\n        \"iconBrandColor\": \"#007ee5\"\n    }\n}\n";

void ConnectorDocumentTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString ConnectorDocumentTest::makeConnector(const QByteArray &definition, const QByteArray &properties)
{
    const QString folder = m_dir->filePath(QStringLiteral("conn"));
    QDir().mkpath(folder);
    QFile d(folder + QStringLiteral("/apiDefinition.swagger.json"));
    d.open(QIODevice::WriteOnly);
    d.write(definition);
    QFile p(folder + QStringLiteral("/apiProperties.json"));
    p.open(QIODevice::WriteOnly);
    p.write(properties);
    return folder;
}

QByteArray ConnectorDocumentTest::readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void ConnectorDocumentTest::openSampleCopy()
{
    ConnectorDocument doc;
    QString error;
    QVERIFY2(doc.newFromSample(&error), qPrintable(error));
    QVERIFY(doc.isUntitled());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.displayName(), QStringLiteral("Contoso HR"));
    QVERIFY(!doc.icon().isEmpty());
    QVERIFY(doc.value(Part::Definition, JsonPointer::fromString(QStringLiteral("/paths")))->size() >= 2);
    QVERIFY(!doc.save(&error)); // untitled: Save As first
    const QString target = m_dir->filePath(QStringLiteral("copy"));
    QVERIFY2(doc.saveAs(target, &error), qPrintable(error));
    QCOMPARE(readAll(target + QStringLiteral("/apiDefinition.swagger.json")),
             readAll(ConnectorDocument::SampleResourcePath + QStringLiteral("/apiDefinition.swagger.json")));
    QCOMPARE(readAll(target + QStringLiteral("/icon.png")), doc.icon());
}

void ConnectorDocumentTest::openFolderOrDefinitionFile()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY2(doc.open(folder + QStringLiteral("/apiDefinition.swagger.json"), &error), qPrintable(error));
    QCOMPARE(doc.folderPath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(doc.displayName(), QStringLiteral("T"));
    QVERIFY(!doc.isReadOnly());
}

void ConnectorDocumentTest::saveUnchangedWritesNothing()
{
    const QString folder = makeConnector(Definition, Properties);
    const QString definitionPath = folder + QStringLiteral("/apiDefinition.swagger.json");
    QFile::setPermissions(definitionPath, QFile::ReadOwner); // a rewrite would fail or change it
    const QDateTime before = QFileInfo(definitionPath).lastModified();
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(QFileInfo(definitionPath).lastModified(), before);
    QCOMPARE(readAll(definitionPath), Definition);
    QVERIFY(!QFile::exists(folder + QStringLiteral("/icon.png")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/script.csx")));
}

void ConnectorDocumentTest::editUndoSaveIsByteIdentical()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    QVERIFY(doc.setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")), QStringLiteral("New")));
    QVERIFY(doc.remove(Part::Definition, JsonPointer::fromString(QStringLiteral("/x/0"))));
    QVERIFY(doc.setString(Part::Properties, JsonPointer::fromString(QStringLiteral("/properties/iconBrandColor")),
                          QStringLiteral("#ffffff")));
    QVERIFY(doc.isModified());
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QVERIFY(doc.save(&error));
    QCOMPARE(readAll(folder + QStringLiteral("/apiDefinition.swagger.json")), Definition);
    QCOMPARE(readAll(folder + QStringLiteral("/apiProperties.json")), Properties);
}

void ConnectorDocumentTest::editChangesOnlyThatLine()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    QVERIFY(doc.setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/host")), QStringLiteral("api.example")));
    QVERIFY(doc.save(&error));
    QByteArray expected = Definition;
    expected.replace("\"h.example\"", "\"api.example\"");
    QCOMPARE(readAll(folder + QStringLiteral("/apiDefinition.swagger.json")), expected);
    QCOMPARE(readAll(folder + QStringLiteral("/apiProperties.json")), Properties);
    QVERIFY(!doc.isModified());
}

void ConnectorDocumentTest::typingMergesIntoOneStep()
{
    ConnectorDocument doc;
    const JsonPointer title = JsonPointer::fromString(QStringLiteral("/info/title"));
    for (const QString &text : {QStringLiteral("C"), QStringLiteral("Co"), QStringLiteral("Con")})
        QVERIFY(doc.setString(Part::Definition, title, text));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit title"));
    QVERIFY(doc.setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/host")), QStringLiteral("h")));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.value(Part::Definition, title)->toString(), QString());
    doc.undoStack()->redo();
    QCOMPARE(doc.value(Part::Definition, title)->toString(), QStringLiteral("Con"));
}

void ConnectorDocumentTest::typingBackToOriginalIsClean()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    const JsonPointer title = JsonPointer::fromString(QStringLiteral("/info/title"));
    QVERIFY(doc.setString(Part::Definition, title, QStringLiteral("TX")));
    QVERIFY(doc.isModified());
    QVERIFY(doc.setString(Part::Definition, title, QStringLiteral("T")));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.file(Part::Definition).toBytes(), Definition);
}

void ConnectorDocumentTest::setCreatesMissingParentsInOneStep()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    QString json = QStringLiteral("{\"email\": \"a@b.c\"}");
    QVERIFY2(doc.setValue(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/x-meta/contact")),
                          json::JsonParser::parseValue(json, &error), &error),
             qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/x-meta/contact/email")))->toString(),
             QStringLiteral("a@b.c"));
    doc.undoStack()->undo();
    QCOMPARE(doc.file(Part::Definition).toBytes(), Definition);
}

void ConnectorDocumentTest::badEditsChangeNothing_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reason");
    QTest::newRow("index past end") << "/x/5" << "outside the array";
    QTest::newRow("member of array") << "/x/y/z" << "is an array";
    QTest::newRow("into a string") << "/host/sub" << "is a string";
}

void ConnectorDocumentTest::badEditsChangeNothing()
{
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    QVERIFY(!doc.setValue(Part::Definition, JsonPointer::fromString(pointer), json::JsonValue::makeNumber(1), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.file(Part::Definition).toBytes(), Definition);
}

void ConnectorDocumentTest::insertRemoveMoveUndo()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    const JsonPointer x = JsonPointer::fromString(QStringLiteral("/x"));
    QVERIFY(doc.insert(Part::Definition, x, 0, json::JsonValue::makeString(QStringLiteral("first")), {}, &error));
    QVERIFY(doc.move(Part::Definition, x, 0, 2, &error));
    QVERIFY(doc.remove(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/version")), &error));
    QVERIFY(!doc.insert(Part::Definition, JsonPointer::fromString(QStringLiteral("/info")), -1,
                        json::JsonValue::makeNull(), QStringLiteral("title"), &error));
    QVERIFY(error.contains(QStringLiteral("already has")));
    QCOMPARE(doc.value(Part::Definition, x)->at(2)->toString(), QStringLiteral("first"));
    QCOMPARE(doc.undoStack()->count(), 3);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.file(Part::Definition).toBytes(), Definition);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QVERIFY(doc.value(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/version"))) == nullptr);
}

void ConnectorDocumentTest::iconAndScriptEdits()
{
    const QString folder = makeConnector(Definition, Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    doc.setIcon(QByteArray("\x89PNG fake"));
    doc.setScript(QStringLiteral("public class Script : ScriptBase {}"), true);
    QVERIFY(doc.save(&error));
    QCOMPARE(readAll(folder + QStringLiteral("/icon.png")), QByteArray("\x89PNG fake"));
    QVERIFY(QFile::exists(folder + QStringLiteral("/script.csx")));
    doc.undoStack()->undo(); // script
    doc.undoStack()->undo(); // icon
    QVERIFY(doc.save(&error));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/icon.png")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/script.csx")));
}

void ConnectorDocumentTest::notAConnector_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing path") << "missing" << "does not exist";
    QTest::newRow("empty folder") << "empty" << "is not a connector folder";
    QTest::newRow("no properties") << "noprops" << "apiProperties.json is missing";
}

void ConnectorDocumentTest::notAConnector()
{
    QFETCH(QString, what);
    QFETCH(QString, reason);
    const QString folder = m_dir->filePath(what);
    if (what != QLatin1String("missing"))
        QDir().mkpath(folder);
    if (what == QLatin1String("noprops")) {
        QFile d(folder + QStringLiteral("/apiDefinition.swagger.json"));
        d.open(QIODevice::WriteOnly);
        d.write("{}");
    }
    ConnectorDocument doc;
    QString error;
    QVERIFY(!doc.open(folder, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(doc.isUntitled());
}

void ConnectorDocumentTest::unparseableOpensReadOnly()
{
    const QString folder = makeConnector(QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}"), Properties);
    ConnectorDocument doc;
    QString error;
    QVERIFY(doc.open(folder, &error));
    QVERIFY(doc.isReadOnly());
    QVERIFY2(doc.readOnlyReason().contains(QStringLiteral("apiDefinition.swagger.json:3:3: error")),
             qPrintable(doc.readOnlyReason()));
    QVERIFY(!doc.setString(Part::Properties, JsonPointer::fromString(QStringLiteral("/properties/iconBrandColor")),
                           QStringLiteral("#000000"), &error));
    QVERIFY(!doc.save(&error));
    QCOMPARE(doc.file(Part::Definition).text(), QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}"));
}

// An import's result: untitled, counts as modified (closing asks), saved byte for byte.
void ConnectorDocumentTest::newFromBytesIsUntitledAndModified()
{
    ConnectorDocument doc;
    QSignalSpy modified(&doc, &ConnectorDocument::modifiedChanged);
    doc.newFromBytes(Definition, Properties);
    QVERIFY(doc.isUntitled());
    QVERIFY(doc.isModified());
    QVERIFY(!modified.isEmpty() && modified.last().first().toBool());
    QCOMPARE(doc.displayName(), QStringLiteral("T"));
    // An edit and its undo leave it modified: it is still on no disk.
    QVERIFY(doc.setString(ConnectorDocument::Part::Definition, json::JsonPointer::fromString(QStringLiteral("/host")),
                          QStringLiteral("x.example")));
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QString error;
    const QString target = m_dir->filePath(QStringLiteral("imported"));
    QVERIFY2(doc.saveAs(target, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(readAll(target + QStringLiteral("/apiDefinition.swagger.json")), Definition);
    QCOMPARE(readAll(target + QStringLiteral("/apiProperties.json")), Properties);
}

void ConnectorDocumentTest::newBlankSavesValidFiles()
{
    ConnectorDocument doc;
    doc.newBlank();
    QString error;
    const QString target = m_dir->filePath(QStringLiteral("blank"));
    QVERIFY(doc.saveAs(target, &error));
    const json::JsonFile reread = json::JsonFile::fromBytes(readAll(target + QStringLiteral("/apiDefinition.swagger.json")),
                                                            QStringLiteral("d"), json::ParseOptions{false});
    QVERIFY(reread.isValid());
    QCOMPARE(reread.root()->member(QStringLiteral("swagger"))->toString(), QStringLiteral("2.0"));
    ConnectorDocument again;
    QVERIFY(again.open(target, &error));
    QVERIFY(!again.isReadOnly());
}

void ConnectorDocumentTest::changedSignal()
{
    ConnectorDocument doc;
    QSignalSpy spy(&doc, &ConnectorDocument::changed);
    const JsonPointer host = JsonPointer::fromString(QStringLiteral("/host"));
    QVERIFY(doc.setString(Part::Definition, host, QStringLiteral("a")));
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).value<JsonPointer>(), host);
}

QTEST_GUILESS_MAIN(ConnectorDocumentTest)
#include "ConnectorDocumentTest.moc"
