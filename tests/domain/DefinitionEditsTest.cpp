// References: renaming a definition (or shared parameter) rewrites every $ref in the same
// undo step; find usages; add and remove.
#include "DomainTestSupport.h"

#include "domain/DefinitionEdits.h"

#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "paths": {
    "/items": {
      "get": {
        "operationId": "ListItems",
        "parameters": [{"$ref": "#/parameters/Top"}],
        "responses": {"200": {"description": "OK", "schema": {"type": "array", "items": {"$ref": "#/definitions/Item"}}}}
      },
      "post": {
        "operationId": "CreateItem",
        "parameters": [{"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Item"}}],
        "responses": {"201": {"description": "Created", "schema": {"$ref": "#/definitions/Item/properties/id"}}}
      }
    }
  },
  "definitions": {
    "Item": {"type": "object", "properties": {"id": {"type": "string"}, "parent": {"$ref": "#/definitions/Item"},
             "list": {"$ref": "#/definitions/ItemList"}}},
    "ItemList": {"type": "array", "items": {"$ref": "#/definitions/Item"}},
    "Unused": {"type": "string"}
  },
  "parameters": {
    "Top": {"name": "top", "in": "query", "type": "integer"}
  }
}
)J";

class DefinitionEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void findUsages();
};

void DefinitionEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("error");

    QString renamed = QString::fromUtf8(Definition);
    renamed.replace(QStringLiteral("\"#/definitions/Item\""), QStringLiteral("\"#/definitions/Product\""));
    renamed.replace(QStringLiteral("\"#/definitions/Item/properties/id\""), QStringLiteral("\"#/definitions/Product/properties/id\""));
    renamed.replace(QStringLiteral("\"Item\": {\"type\": \"object\""), QStringLiteral("\"Product\": {\"type\": \"object\""));
    QTest::newRow("rename a definition: every $ref, not ItemList") << R"J(["renameDefinition", "Item", "Product"])J" << renamed << "";

    QString slashed = QString::fromUtf8(Definition);
    slashed.replace(QStringLiteral("\"#/definitions/ItemList\""), QStringLiteral("\"#/definitions/Item~1List\""));
    slashed.replace(QStringLiteral("\"ItemList\": {"), QStringLiteral("\"Item/List\": {"));
    QTest::newRow("a name with '/' is escaped in refs") << R"J(["renameDefinition", "ItemList", "Item/List"])J" << slashed << "";

    QString parameter = QString::fromUtf8(Definition);
    parameter.replace(QStringLiteral("#/parameters/Top"), QStringLiteral("#/parameters/PageSize"));
    parameter.replace(QStringLiteral("\"Top\": {"), QStringLiteral("\"PageSize\": {"));
    QTest::newRow("rename a shared parameter") << R"J(["renameParameterDef", "Top", "PageSize"])J" << parameter << "";

    QTest::newRow("rename: taken") << R"J(["renameDefinition", "Item", "ItemList"])J" << "" << "already exists";
    QTest::newRow("rename: missing") << R"J(["renameDefinition", "Nope", "X"])J" << "" << "There is no";
    QTest::newRow("rename: empty") << R"J(["renameDefinition", "Item", " "])J" << "" << "empty";
    QTest::newRow("rename: same name") << R"J(["renameDefinition", "Item", "Item"])J" << "" << "";

    QString added = QString::fromUtf8(Definition);
    added.replace(QStringLiteral("\"Unused\": {\"type\": \"string\"}"),
                  QStringLiteral("\"Unused\": {\"type\": \"string\"}, \"Customer\": {\"type\": \"object\", \"properties\": {}}"));
    QTest::newRow("add") << R"J(["addDefinition", "Customer"])J" << added << "";
    QTest::newRow("add: taken") << R"J(["addDefinition", "Item"])J" << "" << "already exists";

    QString removed = QString::fromUtf8(Definition);
    removed.replace(QStringLiteral(",\n    \"Unused\": {\"type\": \"string\"}"), QString());
    QTest::newRow("remove unused") << R"J(["removeDefinition", "Unused"])J" << removed << "";
    QTest::newRow("remove: still used") << R"J(["removeDefinition", "ItemList"])J" << ""
                                        << "still used at /definitions/Item/properties/list/$ref";
}

void DefinitionEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, error);
    checkEdit(Definition, {}, command, definition, QString(), error);
}

void DefinitionEditsTest::findUsages()
{
    Connector connector(Definition);
    QStringList found;
    for (const json::JsonPointer &p : DefinitionEdits::findUsages(connector.doc(), QStringLiteral("#/definitions/Item")))
        found.append(p.toString());
    QCOMPARE(found, (QStringList{QStringLiteral("/paths/~1items/get/responses/200/schema/items/$ref"),
                                 QStringLiteral("/paths/~1items/post/parameters/0/schema/$ref"),
                                 QStringLiteral("/paths/~1items/post/responses/201/schema/$ref"),
                                 QStringLiteral("/definitions/Item/properties/parent/$ref"),
                                 QStringLiteral("/definitions/ItemList/items/$ref")}));
    QCOMPARE(DefinitionEdits::findUsages(connector.doc(), QStringLiteral("#/parameters/Top")).size(), 1);
    QVERIFY(DefinitionEdits::findUsages(connector.doc(), QStringLiteral("#/definitions/Unused")).isEmpty());
    QVERIFY(DefinitionEdits::findUsages(connector.doc(), QStringLiteral("other.json#/definitions/Item")).isEmpty());
    QCOMPARE(DefinitionEdits::names(connector.doc(), DefinitionEdits::Section::Definitions),
             (QStringList{QStringLiteral("Item"), QStringLiteral("ItemList"), QStringLiteral("Unused")}));
}

QTEST_GUILESS_MAIN(DefinitionEditsTest)
#include "DefinitionEditsTest.moc"
