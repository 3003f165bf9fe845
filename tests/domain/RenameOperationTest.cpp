// renameOperation: every kind of reference rewritten in one undo step, nothing else; on a
// synthetic connector (expected JSON), on a named corpus connector and on every corpus
// connector with dynamic values (byte diff: only the reference lines changed).
#include "DomainTestSupport.h"

#include "domain/OperationIndex.h"
#include "domain/OperationReferences.h"
#include "domain/OperationRename.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QUndoStack>
#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "paths": {
    "/items": {
      "get": {
        "operationId": "ListItems",
        "x-ms-visibility": "internal",
        "responses": {"200": {"description": "OK", "examples": {"application/json": {"operationId": "ListItems"}}}}
      }
    },
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        "parameters": [
          {"name": "id", "in": "path", "required": true, "type": "string",
           "x-ms-dynamic-values": {"operationId": "ListItems", "value-path": "id", "value-title": "name"}},
          {"name": "tags", "in": "query", "type": "string",
           "x-ms-dynamic-list": {"operationId": "ListItems", "itemValuePath": "id"}},
          {"name": "body", "in": "body", "schema": {"x-ms-dynamic-schema": {"operationId": "ListItems", "value-path": "s"}}}
        ],
        "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/Item"}}}
      }
    },
    "/hooks": {
      "x-ms-notification-content": {"schema": {"type": "object"}},
      "post": {
        "operationId": "OnItem",
        "x-ms-trigger": "single",
        "x-ms-notification": {"operationId": "ListItems"},
        "responses": {"201": {"description": "Created"}}
      }
    }
  },
  "definitions": {
    "Item": {"type": "object",
             "x-ms-dynamic-properties": {"operationId": "ListItems", "itemValuePath": "schema"},
             "properties": {"folder": {"type": "string",
               "x-ms-dynamic-tree": {"settings": {"canSelectParentNodes": true},
                                     "open": {"operationId": "ListItems"}, "browse": {"operationId": "GetItem"}}},
               "other": {"type": "string", "x-ms-dynamic-values": {"operationId": "GetItem"}}}}
  },
  "parameters": {
    "Shared": {"name": "s", "in": "query", "type": "string", "x-ms-dynamic-values": {"operationId": "ListItems"}}
  },
  "x-ms-capabilities": {
    "testConnection": {"operationId": "ListItems"},
    "file-picker": {"open": {"operationId": "ListItems"}, "browse": {"operationId": "GetItem"}}
  },
  "x-ms-openai-data": {"operations": [{"operationId": "GetItem"}, {"operationId": "ListItems"}]}
}
)J";

static const QByteArray Properties = R"J({
  "properties": {
    "scriptOperations": ["GetItem", "ListItems"],
    "policyTemplateInstances": [
      {"templateId": "setheader", "parameters": {"x-ms-apimTemplate-operationName": ["ListItems", "GetItem"]}},
      {"templateId": "dynamichosturl", "parameters": {"x-ms-apimTemplate-operationName": "ListItems"}},
      {"templateId": "setproperty", "parameters": {"x-ms-apimTemplate-operationName": ["GetItem"]}}
    ]
  }
}
)J";

class RenameOperationTest : public QObject
{
    Q_OBJECT

private slots:
    void everyReferenceKind();
    void errors_data();
    void errors();
    void duplicatedIdsRenameByKey();
    void namedCorpusConnector();
    void everyCorpusConnectorWithDynamicValues();

private:
    void renameInCorpusConnector(const QString &folder, const QString &oldId, const QString &newId, int minReferences);
};

void RenameOperationTest::everyReferenceKind()
{
    // The ListItems inside the response example is data, not a reference: it stays.
    QString expected = QString::fromUtf8(Definition);
    expected.replace(QStringLiteral(R"J("operationId": "ListItems")J"), QStringLiteral(R"J("operationId": "FetchItems")J"));
    expected.replace(QStringLiteral(R"J({"application/json": {"operationId": "FetchItems"}})J"),
                     QStringLiteral(R"J({"application/json": {"operationId": "ListItems"}})J"));
    QString properties = QString::fromUtf8(Properties);
    properties.replace(QStringLiteral("\"ListItems\""), QStringLiteral("\"FetchItems\""));
    checkEdit(Definition, Properties, QStringLiteral(R"J(["rename", "ListItems", "FetchItems"])J"), expected, properties);

    Connector connector(Definition, Properties);
    const QList<OperationReference> refs = OperationReferences::find(connector.doc(), QStringLiteral("ListItems"));
    QStringList kinds;
    for (const OperationReference &ref : refs)
        kinds.append(OperationReferences::kindName(ref.kind));
    kinds.removeDuplicates();
    QCOMPARE(kinds.size(), 11); // every kind
    QCOMPARE(refs.size(), 13);
}

void RenameOperationTest::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("taken") << R"J(["rename", "ListItems", "GetItem"])J" << "already has the ID";
    QTest::newRow("invalid") << R"J(["rename", "ListItems", "List items"])J" << "may only contain";
    QTest::newRow("empty") << R"J(["rename", "ListItems", ""])J" << "empty";
    QTest::newRow("missing") << R"J(["rename", "Nope", "X"])J" << "No operation has the ID";
}

void RenameOperationTest::errors()
{
    QFETCH(QString, command);
    QFETCH(QString, error);
    checkEdit(Definition, Properties, command, QString(), QString(), error);
}

// With two operations sharing an id, references are ambiguous: rename by key, leave them.
void RenameOperationTest::duplicatedIdsRenameByKey()
{
    QByteArray definition = Definition;
    definition.replace(R"J("operationId": "OnItem")J", R"J("operationId": "ListItems")J");
    checkEdit(definition, Properties, QStringLiteral(R"J(["rename", "ListItems", "X"])J"), QString(), QString(),
              QStringLiteral("Several operations"));
    QString expected = QString::fromUtf8(definition);
    expected.replace(QStringLiteral(R"J("operationId": "ListItems",
        "x-ms-trigger")J"), QStringLiteral(R"J("operationId": "OnNewItem",
        "x-ms-trigger")J"));
    checkEdit(definition, Properties, QStringLiteral(R"J(["renameAt", "post", "/hooks", "OnNewItem"])J"), expected, QString(),
              QString(), QStringLiteral("were left alone"));
}

// Checks a rename on a copy of a real connector: every line that changed is a line that
// named the old id (as an operationId, or in apiProperties' lists) with only that string
// replaced; every such line changed; undo restores the bytes; the saved folder reopens.
void RenameOperationTest::renameInCorpusConnector(const QString &folder, const QString &oldId, const QString &newId,
                                                  int minReferences)
{
    Connector connector(folder);
    QVERIFY2(connector.isOpen(), qPrintable(folder + QStringLiteral(": ") + connector.error()));
    const Snapshot before = connector.snapshot();
    const EditResult result = OperationRename::renameOperation(connector.doc(), oldId, newId);
    QVERIFY2(result.ok, qPrintable(folder + QStringLiteral(": ") + result.error));
    const Snapshot after = connector.snapshot();
    QCOMPARE(connector.doc()->undoStack()->count(), 1);

    const QRegularExpression idLine(QStringLiteral("\"operationId\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(oldId)));
    const QString quotedOld = QLatin1Char('"') + oldId + QLatin1Char('"');
    const QString quotedNew = QLatin1Char('"') + newId + QLatin1Char('"');
    int changed = 0;
    for (const auto &[b, a, isDefinition] : {std::tuple{before.definition, after.definition, true},
                                             std::tuple{before.properties, after.properties, false}}) {
        const QList<QByteArray> oldLines = b.split('\n');
        const QList<QByteArray> newLines = a.split('\n');
        QCOMPARE(newLines.size(), oldLines.size());
        for (int i = 0; i < oldLines.size(); ++i) {
            const QString was = QString::fromUtf8(oldLines.at(i));
            const QString now = QString::fromUtf8(newLines.at(i));
            const bool names = isDefinition ? idLine.match(was).hasMatch() : was.contains(quotedOld);
            QVERIFY2(names == (was != now), qPrintable(QStringLiteral("%1 line %2:\n-%3\n+%4").arg(folder).arg(i + 1).arg(was, now)));
            if (was != now) {
                QCOMPARE(now, QString(was).replace(quotedOld, quotedNew));
                ++changed;
            }
        }
    }
    QVERIFY2(changed >= minReferences + 1, qPrintable(QStringLiteral("%1: only %2 lines changed").arg(folder).arg(changed)));
    QVERIFY(OperationReferences::find(connector.doc(), oldId).isEmpty());
    QVERIFY(OperationIndex(connector.doc()).containsOperationId(newId));

    connector.doc()->undoStack()->undo();
    QVERIFY2(connector.snapshot() == before, qPrintable(folder));
    connector.doc()->undoStack()->redo();
    QString error;
    QVERIFY2(connector.doc()->save(&error), qPrintable(error));
    ConnectorDocument reopened;
    QVERIFY2(reopened.open(connector.folder(), &error), qPrintable(error));
    QCOMPARE(reopened.file(ConnectorDocument::Part::Definition).toBytes(), after.definition);
}

void RenameOperationTest::namedCorpusConnector()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty() && inCi())
        QFAIL("The corpus is missing (set CD_CORPUS)");
    if (corpus.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
    // Oneflow: GetExecuteAs feeds x-ms-dynamic-values and x-ms-dynamic-list of many
    // parameters and is listed in scriptOperations.
    const QString folder = corpus + QStringLiteral("/connectors/certified-connectors/Oneflow");
    Connector probe(folder);
    const QList<OperationReference> refs = OperationReferences::find(probe.doc(), QStringLiteral("GetExecuteAs"));
    int dynamic = 0, script = 0;
    for (const OperationReference &ref : refs) {
        dynamic += ref.kind == OperationReference::Kind::DynamicValues || ref.kind == OperationReference::Kind::DynamicList;
        script += ref.kind == OperationReference::Kind::ScriptOperations;
    }
    QVERIFY2(dynamic >= 10 && script == 1, qPrintable(QStringLiteral("%1 dynamic, %2 script").arg(dynamic).arg(script)));
    renameInCorpusConnector(folder, QStringLiteral("GetExecuteAs"), QStringLiteral("GetExecutingUsers"), int(refs.size()));
    // Asite: a policy operation list too.
    renameInCorpusConnector(corpus + QStringLiteral("/connectors/certified-connectors/Asite (Canada)"),
                            QStringLiteral("GET_ASITE_FOLDER_LIST"), QStringLiteral("ListFolders"), 2);
}

void RenameOperationTest::everyCorpusConnectorWithDynamicValues()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty() && inCi())
        QFAIL("The corpus is missing (set CD_CORPUS)");
    if (corpus.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
    QFile index(corpus + QStringLiteral("/connectors/index.tsv"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(index.readLine()).trimmed().split(QLatin1Char('\t'));
    const int pathColumn = int(header.indexOf(QStringLiteral("path")));
    const int dynColumn = int(header.indexOf(QStringLiteral("has_dyn_values")));
    int renamed = 0;
    while (!index.atEnd()) {
        const QStringList row = QString::fromUtf8(index.readLine()).split(QLatin1Char('\t'));
        if (row.size() <= dynColumn || row.at(dynColumn) != QLatin1String("1"))
            continue;
        const QString folder = corpus + QStringLiteral("/connectors/") + row.at(pathColumn);
        Connector probe(folder);
        if (!probe.isOpen() || probe.doc()->isReadOnly())
            continue; // broken files are the validation's business
        // The most referenced unique operationId.
        const OperationIndex ops(probe.doc());
        QString best;
        qsizetype bestCount = 0;
        for (const QString &id : ops.operationIds()) {
            if (id.isEmpty() || ops.duplicateOperationIds().contains(id))
                continue;
            const qsizetype count = OperationReferences::find(probe.doc(), id).size();
            if (count > bestCount) {
                best = id;
                bestCount = count;
            }
        }
        if (best.isEmpty())
            continue;
        renameInCorpusConnector(folder, best, best + QStringLiteral("Renamed"), int(bestCount));
        if (QTest::currentTestFailed())
            return;
        ++renamed;
    }
    qInfo("renamed an operation with references in %d connectors", renamed);
    QVERIFY(renamed >= 40);
}

QTEST_GUILESS_MAIN(RenameOperationTest)
#include "RenameOperationTest.moc"
