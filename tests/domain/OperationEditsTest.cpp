// Adding, duplicating, deleting operations and editing their general fields: each case
// compares the resulting files with the expected JSON, then checks one undo step restores
// the original bytes and redo the result (DomainTest::checkEdit).
#include "DomainTestSupport.h"

#include "domain/OperationEdits.h"
#include "domain/OperationView.h"

#include <QUndoStack>

#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "basePath": "/v1",
  "paths": {
    "/items": {
      "get": {
        "summary": "List items",
        "operationId": "ListItems",
        "responses": {"200": {"description": "OK"}}
      },
      "post": {
        "summary": "Create item",
        "operationId": "CreateItem",
        "responses": {"201": {"description": "Created"}}
      }
    },
    "/items/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
      "get": {
        "summary": "Get item",
        "operationId": "GetItem",
        "parameters": [
          {"name": "kind", "in": "query", "type": "string",
           "x-ms-dynamic-values": {"operationId": "ListItems", "value-path": "id"}}
        ],
        "responses": {"200": {"description": "OK"}}
      },
      "delete": {
        "summary": "Delete item",
        "operationId": "DeleteItem",
        "responses": {"204": {"description": "Deleted"}}
      }
    },
    "/health": {
      "get": {
        "operationId": "Ping",
        "responses": {"200": {"description": "OK"}}
      }
    }
  }
}
)J";

static const QByteArray Properties = R"J({
  "properties": {
    "scriptOperations": ["ListItems", "GetItem"],
    "policyTemplateInstances": [
      {"templateId": "setheader", "title": "Header",
       "parameters": {"x-ms-apimTemplate-operationName": ["GetItem"]}},
      {"templateId": "routerequesttoendpoint", "title": "Route",
       "parameters": {"x-ms-apimTemplate-operationName": ["GetItem", "ListItems"]}}
    ]
  }
}
)J";

// The definition with the text of one part replaced: keeps each expected text short and
// the rest of the document visibly identical.
static QString with(const char *from, const char *to)
{
    QString text = QString::fromUtf8(Definition);
    const QString needle = QString::fromUtf8(from);
    Q_ASSERT_X(text.count(needle) == 1, "with", from);
    return text.replace(needle, QString::fromUtf8(to));
}

static const char ItemsPath[] = R"J("/items/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
      "get": {
        "summary": "Get item",
        "operationId": "GetItem",
        "parameters": [
          {"name": "kind", "in": "query", "type": "string",
           "x-ms-dynamic-values": {"operationId": "ListItems", "value-path": "id"}}
        ],
        "responses": {"200": {"description": "OK"}}
      },
      "delete": {
        "summary": "Delete item",
        "operationId": "DeleteItem",
        "responses": {"204": {"description": "Deleted"}}
      }
    },)J";

static const char HealthPath[] = R"J("/health": {
      "get": {
        "operationId": "Ping",
        "responses": {"200": {"description": "OK"}}
      }
    })J";

class OperationEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void typingASummaryIsOneStep();
};

void OperationEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("properties");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("note");

    const QString noProps;

    QTest::newRow("add: new path item, path parameter, id from summary")
        << R"J(["add", "get", "/things/{thingId}", "", "Get a thing"])J"
        << with(HealthPath, R"J("/health": {"get": {"operationId": "Ping", "responses": {"200": {"description": "OK"}}}},
            "/things/{thingId}": {"get": {"summary": "Get a thing", "description": "", "operationId": "GetAThing",
              "parameters": [{"name": "thingId", "in": "path", "required": true, "type": "string",
                              "x-ms-summary": "Thing ID"}],
              "responses": {"default": {"description": "default"}}}})J")
        << noProps << "" << "";
    QTest::newRow("add: into an existing path item, its path-level parameter covers {id}")
        << R"J(["add", "PUT", "/items/{id}", "UpdateItem", "Update item"])J"
        << with(R"J("responses": {"204": {"description": "Deleted"}}
      }
    },)J",
                R"J("responses": {"204": {"description": "Deleted"}}
      },
      "put": {"summary": "Update item", "description": "", "operationId": "UpdateItem",
              "responses": {"default": {"description": "default"}}}
    },)J")
        << noProps << "" << "";
    QTest::newRow("add: generated id made unique")
        << R"J(["add", "post", "/health", "", "List items"])J"
        << with(HealthPath, R"J("/health": {"get": {"operationId": "Ping", "responses": {"200": {"description": "OK"}}},
            "post": {"summary": "List items", "description": "", "operationId": "ListItems2",
                     "responses": {"default": {"description": "default"}}}})J")
        << noProps << "" << "";
    QTest::newRow("add: method taken") << R"J(["add", "get", "/items", "X", "X"])J" << "" << noProps << "already exists" << "";
    QTest::newRow("add: not a method") << R"J(["add", "fetch", "/x", "X", "X"])J" << "" << noProps << "not an HTTP method" << "";
    QTest::newRow("add: id taken") << R"J(["add", "get", "/x", "GetItem", "X"])J" << "" << noProps << "already has the ID" << "";
    QTest::newRow("add: bad id") << R"J(["add", "get", "/x", "Get item", "X"])J" << "" << noProps << "may only contain" << "";
    QTest::newRow("add: bad path") << R"J(["add", "get", "x/{a", "X", "X"])J" << "" << noProps << "start with '/'" << "";
    QTest::newRow("add: unbalanced placeholder") << R"J(["add", "get", "/x/{a", "X", "X"])J" << "" << noProps << "without its '}'" << "";

    QTest::newRow("duplicate: path-level parameter inherited, lists joined")
        << R"J(["duplicate", "get", "/items/{id}"])J"
        << with(ItemsPath, QByteArray(QByteArray(ItemsPath) + R"J(
    "/items/{id}/copy": {
      "get": {
        "summary": "Get item (copy)",
        "operationId": "GetItem_copy",
        "parameters": [
          {"name": "kind", "in": "query", "type": "string",
           "x-ms-dynamic-values": {"operationId": "ListItems", "value-path": "id"}},
          {"name": "id", "in": "path", "required": true, "type": "string"}
        ],
        "responses": {"200": {"description": "OK"}}
      }
    },)J").constData())
        << R"J({"properties": {"scriptOperations": ["ListItems", "GetItem", "GetItem_copy"],
              "policyTemplateInstances": [
                {"templateId": "setheader", "title": "Header",
                 "parameters": {"x-ms-apimTemplate-operationName": ["GetItem", "GetItem_copy"]}},
                {"templateId": "routerequesttoendpoint", "title": "Route",
                 "parameters": {"x-ms-apimTemplate-operationName": ["GetItem", "ListItems", "GetItem_copy"]}}]}})J"
        << "" << "";
    QTest::newRow("duplicate twice: _copy2 at /copy2")
        << R"J([["duplicate", "get", "/health"], ["duplicate", "get", "/health"]])J"
        << with(HealthPath, R"J("/health": {"get": {"operationId": "Ping", "responses": {"200": {"description": "OK"}}}},
            "/health/copy2": {"get": {"operationId": "Ping_copy2", "responses": {"200": {"description": "OK"}}}},
            "/health/copy": {"get": {"operationId": "Ping_copy", "responses": {"200": {"description": "OK"}}}})J")
        << noProps << "" << "";
    QTest::newRow("duplicate: missing operation") << R"J(["duplicate", "put", "/items"])J" << "" << noProps << "no operation" << "";

    QTest::newRow("delete: removed from script and policy lists; dynamic reference reported")
        << R"J(["delete", "get", "/items"])J"
        << with(R"J("get": {
        "summary": "List items",
        "operationId": "ListItems",
        "responses": {"200": {"description": "OK"}}
      },
      "post")J", R"J("post")J")
        << R"J({"properties": {"scriptOperations": ["GetItem"],
              "policyTemplateInstances": [
                {"templateId": "setheader", "title": "Header",
                 "parameters": {"x-ms-apimTemplate-operationName": ["GetItem"]}},
                {"templateId": "routerequesttoendpoint", "title": "Route",
                 "parameters": {"x-ms-apimTemplate-operationName": ["GetItem"]}}]}})J"
        << "" << "x-ms-dynamic-values at /paths/~1items~1{id}/get/parameters/0/x-ms-dynamic-values/operationId";
    QTest::newRow("delete: a policy that applied only to it goes")
        << R"J(["delete", "get", "/items/{id}"])J"
        << with(R"J("get": {
        "summary": "Get item",
        "operationId": "GetItem",
        "parameters": [
          {"name": "kind", "in": "query", "type": "string",
           "x-ms-dynamic-values": {"operationId": "ListItems", "value-path": "id"}}
        ],
        "responses": {"200": {"description": "OK"}}
      },
      "delete")J", R"J("delete")J")
        << R"J({"properties": {"scriptOperations": ["ListItems"],
              "policyTemplateInstances": [
                {"templateId": "routerequesttoendpoint", "title": "Route",
                 "parameters": {"x-ms-apimTemplate-operationName": ["ListItems"]}}]}})J"
        << "" << "Removed the policy \"Header\"";
    QTest::newRow("delete: last operation removes the path item")
        << R"J(["delete", "get", "/health"])J"
        << with(R"J(,
    "/health": {
      "get": {
        "operationId": "Ping",
        "responses": {"200": {"description": "OK"}}
      }
    })J", "")
        << noProps << "" << "";
    QTest::newRow("delete: emptied scriptOperations is reported")
        << R"J([["delete", "get", "/items"], ["delete", "get", "/items/{id}"]])J"
        << with(R"J("/items": {
      "get": {
        "summary": "List items",
        "operationId": "ListItems",
        "responses": {"200": {"description": "OK"}}
      },)J", R"J("/items": {)J").replace(QString::fromUtf8(R"J("get": {
        "summary": "Get item",
        "operationId": "GetItem",
        "parameters": [
          {"name": "kind", "in": "query", "type": "string",
           "x-ms-dynamic-values": {"operationId": "ListItems", "value-path": "id"}}
        ],
        "responses": {"200": {"description": "OK"}}
      },)J"), QString())
        << R"J({"properties": {"scriptOperations": [], "policyTemplateInstances": []}})J"
        << "" << "scriptOperations is now empty";

    QTest::newRow("summary") << R"J(["setField", "get", "/health", "summary", "Check health"])J"
        << with(R"J("operationId": "Ping",)J", R"J("summary": "Check health", "operationId": "Ping",)J") << noProps << "" << "";
    QTest::newRow("description") << R"J(["setField", "get", "/items", "description", "All of them."])J"
        << with(R"J("summary": "List items",)J", R"J("summary": "List items", "description": "All of them.",)J")
        << noProps << "" << "";
    QTest::newRow("visibility") << R"J(["setField", "get", "/items", "visibility", "Advanced"])J"
        << with(R"J("operationId": "ListItems",
        "responses")J", R"J("operationId": "ListItems", "x-ms-visibility": "advanced",
        "responses")J")
        << noProps << "" << "";
    QTest::newRow("visibility none removes it")
        << R"J([["setField", "get", "/items", "visibility", "internal"], ["setField", "get", "/items", "visibility", "none"]])J"
        << "" << noProps << "" << "";
    QTest::newRow("visibility: bad") << R"J(["setField", "get", "/items", "visibility", "hidden"])J" << "" << noProps
                                     << "not a visibility" << "";
    QTest::newRow("deprecated") << R"J(["setField", "get", "/health", "deprecated", true])J"
        << with(R"J("operationId": "Ping",)J", R"J("operationId": "Ping", "deprecated": true,)J") << noProps << "" << "";

    QTest::newRow("setMethod: renamed in place")
        << R"J(["setMethod", "get", "/health", "HEAD"])J"
        << with(HealthPath, R"J("/health": {"head": {"operationId": "Ping", "responses": {"200": {"description": "OK"}}}})J")
        << noProps << "" << "";
    QTest::newRow("setMethod: taken") << R"J(["setMethod", "get", "/items", "post"])J" << "" << noProps << "already exists" << "";
}

void OperationEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, properties);
    QFETCH(QString, error);
    QFETCH(QString, note);
    checkEdit(Definition, Properties, command, definition, properties, error, note);
}

void OperationEditsTest::typingASummaryIsOneStep()
{
    Connector connector(Definition, Properties);
    const Snapshot before = connector.snapshot();
    const OperationKey key(QStringLiteral("/items"), QStringLiteral("get"));
    const QString typed = QStringLiteral("List all items");
    for (int i = 0; i <= typed.size(); ++i) // from "" (cleared) to the full text
        QVERIFY(OperationEdits::setOperationField(connector.doc(), key, OperationEdits::Field::Summary, typed.left(i)));
    QCOMPARE(connector.doc()->undoStack()->count(), 1);
    QCOMPARE(OperationView(connector.doc(), key).summary(), typed);
    QCOMPARE(changedLines(before.definition, connector.snapshot().definition),
             (QStringList{QStringLiteral("-        \"summary\": \"List items\","),
                          QStringLiteral("+        \"summary\": \"List all items\",")}));
    connector.doc()->undoStack()->undo();
    QVERIFY(connector.snapshot() == before);
}

QTEST_GUILESS_MAIN(OperationEditsTest)
#include "OperationEditsTest.moc"
