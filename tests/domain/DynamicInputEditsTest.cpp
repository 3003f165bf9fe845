// Dynamic inputs: x-ms-dynamic-values/-list/-schema/-properties set and removed as one undo step
// (data-driven, both generations of parameter mapping), the response paths offered for the
// path fields, and every extension of the corpus read and written back unchanged.
#include "DomainTestSupport.h"

#include "domain/DynamicInput.h"
#include "domain/DynamicInputEdits.h"

#include <QDirIterator>
#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "paths": {
    "/sites/{site}/tables": {
      "get": {"operationId": "ListTables",
              "parameters": [{"name": "site", "in": "path", "required": true, "type": "string"},
                             {"name": "top", "in": "query", "type": "integer"}],
              "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/TableList"}}}}
    },
    "/rows": {
      "post": {"operationId": "AddRow",
               "parameters": [{"name": "site", "in": "query", "type": "string"},
                              {"name": "table", "in": "query", "type": "string"}],
               "responses": {"200": {"description": "OK"}}}
    }
  },
  "definitions": {
    "TableList": {"type": "object", "properties": {
      "value": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string"}, "name": {"type": "string"},
        "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        "columns": {"type": "array", "items": {"type": "string"}}}}},
      "nextLink": {"type": "string"}}}
  }
}
)J";

static const QString TableParam = QStringLiteral("/paths/~1rows/post/parameters/1");

class DynamicInputEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void responsePaths();
    void corpusRoundTrip();
};

static QString withTableExtension(const QString &extension)
{
    QString text = QString::fromUtf8(Definition);
    const QString table = QStringLiteral(R"J({"name": "table", "in": "query", "type": "string"})J");
    text.replace(
        table, QStringLiteral(R"J({"name": "table", "in": "query", "type": "string", %1})J").arg(extension));
    return text;
}

void DynamicInputEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("error");

    QTest::newRow("values, mapping from a parameter and a fixed value")
        << QStringLiteral(
               R"J(["dynamic", "%1", 0, {"operationId": "ListTables", "collection": "value", "value": "id",
              "title": "name", "parameters": [["site", true, "site"], ["top", false, "50"]]}])J")
               .arg(TableParam)
        << withTableExtension(QStringLiteral(R"J("x-ms-dynamic-values": {"operationId": "ListTables",
              "parameters": {"site": {"parameter": "site"}, "top": "50"},
              "value-collection": "value", "value-path": "id", "value-title": "name"})J"))
        << "";
    QTest::newRow("list, the newer mapping")
        << QStringLiteral(
               R"J(["dynamic", "%1", 1, {"operationId": "ListTables", "collection": "value", "value": "id",
              "title": "owner/name", "parameters": [["site", true, "site"], ["top", false, "50"]]}])J")
               .arg(TableParam)
        << withTableExtension(QStringLiteral(R"J("x-ms-dynamic-list": {"operationId": "ListTables",
              "parameters": {"site": {"parameterReference": "site"}, "top": {"value": "50"}},
              "itemsPath": "value", "itemValuePath": "id", "itemTitlePath": "owner/name"})J"))
        << "";
    QTest::newRow("schema")
        << QStringLiteral(R"J(["dynamic", "%1", 2, {"operationId": "ListTables", "value": "value"}])J")
               .arg(TableParam)
        << withTableExtension(QStringLiteral(
               R"J("x-ms-dynamic-schema": {"operationId": "ListTables", "value-path": "value"})J"))
        << "";
    QTest::newRow("set then remove: nothing left")
        << QStringLiteral(
               R"J([["dynamic", "%1", 3, {"operationId": "ListTables"}], ["removeDynamic", "%1", 3]])J")
               .arg(TableParam)
        << ""
        << "";
    QTest::newRow("unknown operation")
        << QStringLiteral(R"J(["dynamic", "%1", 0, {"operationId": "Nope"}])J").arg(TableParam) << ""
        << "no operation \"Nope\"";
    QTest::newRow("no operation") << QStringLiteral(R"J(["dynamic", "%1", 0, {}])J").arg(TableParam) << ""
                                  << "Choose the operation";
    QTest::newRow("not a parameter")
        << R"J(["dynamic", "/paths/~1nothing", 0, {"operationId": "ListTables"}])J"
        << ""
        << "no parameter or property";
}

void DynamicInputEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, error);
    checkEdit(Definition, {}, command, definition, QString(), error);
}

void DynamicInputEditsTest::responsePaths()
{
    Connector connector(Definition);
    QCOMPARE(DynamicInputEdits::collectionPaths(connector.doc(), QStringLiteral("ListTables")),
             QStringList {QStringLiteral("value")});
    QCOMPARE(
        DynamicInputEdits::itemPaths(connector.doc(), QStringLiteral("ListTables"), QStringLiteral("value")),
        (QStringList {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("owner/name")}));
    QCOMPARE(DynamicInputEdits::targetParameters(connector.doc(), QStringLiteral("ListTables")),
             (QStringList {QStringLiteral("site"), QStringLiteral("top")}));
    QVERIFY(DynamicInputEdits::collectionPaths(connector.doc(), QStringLiteral("AddRow")).isEmpty());
}

// Each corpus extension that uses only what the editor models (string literals, the known
// keys) reads and writes back structurally identical; the rest is counted, not changed.
void DynamicInputEditsTest::corpusRoundTrip()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty())
        QSKIP("no corpus");
    const QSet<QString> known {QStringLiteral("operationId"),      QStringLiteral("parameters"),
                               QStringLiteral("value-collection"), QStringLiteral("value-path"),
                               QStringLiteral("value-title"),      QStringLiteral("itemsPath"),
                               QStringLiteral("itemValuePath"),    QStringLiteral("itemTitlePath")};
    int same = 0, notModelled = 0;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("apiDefinition.swagger.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        Connector connector(QFileInfo(file).absolutePath());
        if (!connector.isOpen())
            continue;
        // Walk every object that carries an extension.
        QList<QPair<const json::JsonValue *, QStringList>> stack {
            {connector.doc()->root(ConnectorDocument::Part::Definition), {}}};
        while (!stack.isEmpty()) {
            const auto [node, path] = stack.takeLast();
            if (!node || !node->isContainer())
                continue;
            for (int i = 0; i < node->size(); ++i)
                stack.append({node->at(i),
                              path + QStringList {node->isObject() ? node->keyAt(i) : QString::number(i)}});
            if (!node->isObject())
                continue;
            for (DynamicInput::Kind kind : DynamicInput::kinds()) {
                const json::JsonValue *ext = node->member(DynamicInput::key(kind));
                if (!ext || !ext->isObject())
                    continue;
                bool modelled = true;
                for (const QString &key : ext->keys())
                    modelled = modelled && known.contains(key);
                const json::JsonValue *parameters = ext->member(QStringLiteral("parameters"));
                for (int i = 0; modelled && parameters && i < parameters->size(); ++i) {
                    const json::JsonValue *value = parameters->at(i);
                    modelled = value->isString()
                        || (value->isObject() && value->size() == 1 && value->at(0)->isString());
                }
                if (!modelled) {
                    ++notModelled;
                    continue;
                }
                const std::optional<DynamicInput> input
                    = DynamicInput::read(connector.doc(), json::JsonPointer(path), kind);
                QVERIFY(input);
                // Same content; only the order of keys may differ from the original.
                auto written = input->toJson();
                for (const QString &key : ext->keys()) {
                    const json::JsonValue *mine = written->member(key);
                    QVERIFY2(mine && mine->equals(*ext->member(key)),
                             qPrintable(file + QLatin1Char(' ') + json::JsonPointer(path).toString()
                                        + QLatin1Char(' ') + key));
                }
                QCOMPARE(written->size(), ext->size());
                ++same;
            }
        }
    }
    qInfo("%d extensions round-trip, %d use what the editor does not model", same, notModelled);
    QVERIFY(same > 1000);
}

QTEST_GUILESS_MAIN(DynamicInputEditsTest)
#include "DynamicInputEditsTest.moc"
