// Typed read views (OperationView, ParameterView, ResponseView, SchemaView) and the
// OperationIndex: what a widget reads, without JSON; the index on the largest corpus connector.
#include "DomainTestSupport.h"

#include "domain/OperationIndex.h"
#include "domain/OperationView.h"

#include <QtTest>

using namespace DomainTest;
using Kind = OperationIndex::Kind;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "consumes": ["application/json"],
  "paths": {
    "/users/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"},
                     {"name": "v", "in": "query", "type": "string"}],
      "get": {
        "summary": "Get user", "description": "One user.", "operationId": "GetUser", "x-ms-visibility": "important",
        "deprecated": true, "tags": ["Users"], "produces": ["application/xml"],
        "parameters": [
          {"$ref": "#/parameters/Fields"},
          {"name": "v", "in": "query", "type": "integer", "default": 2, "x-ms-url-encoding": "double",
           "enum": [1, 2], "x-ms-enum-values": [{"value": 1, "displayName": "One"}, {"value": 2, "displayName": "Two"}],
           "x-ms-dynamic-values": {"operationId": "ListVersions"}}
        ],
        "responses": {
          "200": {"description": "OK", "schema": {"$ref": "#/definitions/User"},
                  "headers": {"ETag": {"type": "string", "description": "Version"}}},
          "404": {"$ref": "#/responses/NotFound"}
        }
      }
    },
    "/hooks": {
      "x-ms-notification-content": {"schema": {"type": "object"}},
      "post": {
        "summary": "When a user is added", "operationId": "OnUserAdded", "x-ms-trigger": "single",
        "x-ms-notification": {"operationId": "DeleteHook"},
        "parameters": [{"name": "body", "in": "body", "schema": {"type": "object", "properties": {
          "url": {"type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal"}}}}],
        "responses": {"201": {"description": "Created"}}
      }
    },
    "/changes": {
      "get": {"summary": "When users change", "operationId": "OnChanges", "x-ms-trigger": "Batch",
              "responses": {"200": {"description": "OK"}}}
    },
    "/hooks/{hookId}": {
      "delete": {"summary": "Delete hook", "operationId": "DeleteHook", "x-ms-visibility": "internal",
                 "parameters": [{"name": "hookId", "in": "path", "required": true, "type": "string"}],
                 "responses": {"200": {"description": "OK"}}}
    }
  },
  "definitions": {
    "User": {"type": "object", "required": ["name"], "properties": {
      "name": {"type": "string", "title": "Name", "x-ms-summary": "Full name", "description": "Who.", "default": "x"},
      "born": {"type": "string", "format": "date"},
      "friends": {"type": "array", "items": {"$ref": "#/definitions/User"}},
      "kind": {"type": "string", "enum": ["a", "b"], "x-nullable": true},
      "loop": {"$ref": "#/definitions/Loop1"}}},
    "Loop1": {"$ref": "#/definitions/Loop2"},
    "Loop2": {"$ref": "#/definitions/Loop1"},
    "Implicit": {"properties": {"a": {"type": "string"}}}
  },
  "parameters": {"Fields": {"name": "fields", "in": "query", "type": "array", "items": {"type": "string"},
                            "description": "Which fields."}},
  "responses": {"NotFound": {"description": "No such user.", "schema": {"type": "object"}}}
}
)J";

class DomainViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void operation();
    void parameters();
    void responses();
    void schema();
    void triggers();
    void index();
    void indexOnLargestCorpusConnector();
};

void DomainViewsTest::operation()
{
    Connector c(Definition);
    const OperationView op(c.doc(), OperationKey(QStringLiteral("/users/{id}"), QStringLiteral("GET")));
    QVERIFY(op.isValid());
    QCOMPARE(op.method(), QStringLiteral("get"));
    QCOMPARE(op.operationId(), QStringLiteral("GetUser"));
    QCOMPARE(op.summary(), QStringLiteral("Get user"));
    QCOMPARE(op.description(), QStringLiteral("One user."));
    QCOMPARE(op.visibility(), QStringLiteral("important"));
    QVERIFY(op.isDeprecated());
    QCOMPARE(op.tags(), QStringList{QStringLiteral("Users")});
    QCOMPARE(op.consumes(), QStringList{QStringLiteral("application/json")}); // the connector's
    QCOMPARE(op.produces(), QStringList{QStringLiteral("application/xml")});  // its own
    QVERIFY(!op.isTrigger());
    QCOMPARE(op.triggerStyle(), OperationView::TriggerStyle::None);
    QVERIFY(!OperationView(c.doc(), OperationKey(QStringLiteral("/nope"), QStringLiteral("get"))).isValid());
    QVERIFY(OperationView(c.doc(), OperationKey(QStringLiteral("/nope"), QStringLiteral("get"))).parameters().isEmpty());
}

void DomainViewsTest::parameters()
{
    Connector c(Definition);
    const OperationView op(c.doc(), OperationKey(QStringLiteral("/users/{id}"), QStringLiteral("get")));
    const QList<ParameterView> params = op.parameters();
    // Own (the $ref'd one, then v overriding the path-level v), then the inherited id.
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(0).name(), QStringLiteral("fields"));
    QVERIFY(params.at(0).isReference());
    QCOMPARE(params.at(0).referenceName(), QStringLiteral("Fields"));
    QCOMPARE(params.at(0).pointer().toString(), QStringLiteral("/parameters/Fields"));
    QCOMPARE(params.at(0).listPointer().toString(), QStringLiteral("/paths/~1users~1{id}/get/parameters/0"));
    QCOMPARE(params.at(0).itemsType(), QStringLiteral("string"));
    QCOMPARE(params.at(0).description(), QStringLiteral("Which fields."));
    const ParameterView &v = params.at(1);
    QCOMPARE(v.type(), QStringLiteral("integer"));
    QCOMPARE(v.defaultText(), QStringLiteral("2"));
    QVERIFY(v.hasDefault());
    QCOMPARE(v.urlEncoding(), QStringLiteral("double"));
    QCOMPARE(v.enumValues(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(v.enumDisplayValues().at(1).displayName, QStringLiteral("Two"));
    QCOMPARE(v.dynamicExtensions(), QStringList{QStringLiteral("x-ms-dynamic-values")});
    QCOMPARE(v.dynamicOperationId(), QStringLiteral("ListVersions"));
    QVERIFY(!v.isRequired());
    QCOMPARE(params.at(2).name(), QStringLiteral("id"));
    QCOMPARE(params.at(2).origin(), ParameterView::Origin::PathItem);
    QVERIFY(params.at(2).isPath() && params.at(2).isRequired());
    QVERIFY(op.parameter(QStringLiteral("id"), QStringLiteral("path")).has_value());
    QVERIFY(!op.bodyParameter().has_value());
    QCOMPARE(op.ownParameterCount(), 2);
}

void DomainViewsTest::responses()
{
    Connector c(Definition);
    const OperationView op(c.doc(), OperationKey(QStringLiteral("/users/{id}"), QStringLiteral("get")));
    const QList<ResponseView> responses = op.responses();
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).statusCode(), QStringLiteral("200"));
    QCOMPARE(responses.at(0).schema().referenceName(), QStringLiteral("User"));
    QCOMPARE(responses.at(0).headers().at(0).name, QStringLiteral("ETag"));
    QCOMPARE(responses.at(0).headers().at(0).description, QStringLiteral("Version"));
    QVERIFY(responses.at(1).isReference());
    QCOMPARE(responses.at(1).referenceName(), QStringLiteral("NotFound"));
    QCOMPARE(responses.at(1).description(), QStringLiteral("No such user."));
    QVERIFY(responses.at(1).hasSchema());
    QVERIFY(!op.response(QStringLiteral("500")).has_value());
}

void DomainViewsTest::schema()
{
    Connector c(Definition);
    const SchemaView ref(c.doc(), json::JsonPointer::fromString(QStringLiteral("/paths/~1users~1{id}/get/responses/200/schema")));
    QVERIFY(ref.isReference());
    QCOMPARE(ref.displayType(), QStringLiteral("User"));
    const SchemaView user = ref.resolved();
    QCOMPARE(user.pointer().toString(), QStringLiteral("/definitions/User"));
    QCOMPARE(user.effectiveType(), QStringLiteral("object"));
    const QList<SchemaProperty> props = user.properties();
    QCOMPARE(props.size(), 5);
    QCOMPARE(props.at(0).name, QStringLiteral("name"));
    QVERIFY(props.at(0).required && !props.at(1).required);
    const SchemaView name = props.at(0).schema;
    QCOMPARE(name.title(), QStringLiteral("Name"));
    QCOMPARE(name.summary(), QStringLiteral("Full name"));
    QCOMPARE(name.description(), QStringLiteral("Who."));
    QCOMPARE(name.defaultText(), QStringLiteral("x"));
    QVERIFY(name.isRequiredInParent());
    QCOMPARE(name.propertyName(), QStringLiteral("name"));
    QCOMPARE(user.property(QStringLiteral("born")).displayType(), QStringLiteral("string (date)"));
    QCOMPARE(user.property(QStringLiteral("friends")).displayType(), QStringLiteral("array of User"));
    QCOMPARE(user.property(QStringLiteral("friends")).items().resolved().pointer(), user.pointer());
    QCOMPARE(user.property(QStringLiteral("kind")).enumValues(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(user.property(QStringLiteral("kind")).isNullable());
    QVERIFY(!user.property(QStringLiteral("loop")).resolved().isValid()); // a $ref cycle ends, invalid
    QCOMPARE(SchemaView(c.doc(), json::JsonPointer::fromString(QStringLiteral("/definitions/Implicit"))).effectiveType(),
             QStringLiteral("object"));
    QVERIFY(!SchemaView(c.doc(), json::JsonPointer::fromString(QStringLiteral("/definitions/None"))).isValid());
}

void DomainViewsTest::triggers()
{
    Connector c(Definition);
    const OperationView hook(c.doc(), OperationKey(QStringLiteral("/hooks"), QStringLiteral("post")));
    QCOMPARE(hook.triggerKind(), OperationView::TriggerKind::Single);
    QCOMPARE(hook.triggerStyle(), OperationView::TriggerStyle::Webhook);
    QCOMPARE(hook.notificationOperationId(), QStringLiteral("DeleteHook"));
    QVERIFY(hook.bodyParameter()->schema().property(QStringLiteral("url")).isNotificationUrl());
    const OperationView poll(c.doc(), OperationKey(QStringLiteral("/changes"), QStringLiteral("get")));
    QCOMPARE(poll.triggerKind(), OperationView::TriggerKind::Batch);
    QCOMPARE(poll.triggerStyle(), OperationView::TriggerStyle::Polling);
}

void DomainViewsTest::index()
{
    Connector c(Definition);
    const OperationIndex index(c.doc());
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.actions().size(), 2);
    QCOMPARE(index.triggers().size(), 2);
    QCOMPARE(index.at(index.indexOfOperationId(QStringLiteral("OnChanges"))).key.path, QStringLiteral("/changes"));
    QCOMPARE(index.filter(QStringLiteral("HOOK")).size(), 2);                     // path and operationId
    QCOMPARE(index.filter(QStringLiteral("when"), Kind::Triggers).size(), 2);     // summary
    QCOMPARE(index.filter(QStringLiteral("when"), Kind::Actions).size(), 0);
    QCOMPARE(index.filter(QStringLiteral("getuser")).size(), 1);
    QCOMPARE(index.uniqueOperationId(QStringLiteral("GetUser")), QStringLiteral("GetUser2"));
    QCOMPARE(index.uniqueOperationId(QStringLiteral("GetUser"), QStringLiteral("_copy")), QStringLiteral("GetUser_copy"));
    QCOMPARE(index.uniqueOperationId(QStringLiteral("New")), QStringLiteral("New"));
    QVERIFY(index.at(0).deprecated);
    QCOMPARE(index.at(0).visibility, QStringLiteral("important"));
    QVERIFY(OperationIndex::isAffectedBy(ConnectorDocument::Part::Definition, json::JsonPointer::fromString(QStringLiteral("/paths/x"))));
    QVERIFY(!OperationIndex::isAffectedBy(ConnectorDocument::Part::Definition, json::JsonPointer::fromString(QStringLiteral("/info"))));
    QVERIFY(!OperationIndex::isAffectedBy(ConnectorDocument::Part::Properties, json::JsonPointer()));
}

// The left pane filters as the user types: the index of the largest connector and its filter
// (their speed is measured in bench/).
void DomainViewsTest::indexOnLargestCorpusConnector()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty() && inCi())
        QFAIL("The corpus is missing (set CD_CORPUS)");
    if (corpus.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
    QFile index(corpus + QStringLiteral("/connectors/index.tsv"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(index.readLine()).trimmed().split(QLatin1Char('\t'));
    QString largest;
    int most = 0;
    while (!index.atEnd()) {
        const QStringList row = QString::fromUtf8(index.readLine()).split(QLatin1Char('\t'));
        const int ops = row.value(int(header.indexOf(QStringLiteral("n_ops")))).toInt();
        if (ops > most) {
            most = ops;
            largest = row.at(int(header.indexOf(QStringLiteral("path"))));
        }
    }
    Connector c(corpus + QStringLiteral("/connectors/") + largest);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    // The timings (index rebuild, filter, views) are measured in bench/ (cd-bench-core).
    OperationIndex ops;
    ops.rebuild(c.doc());
    ops.rebuild(c.doc()); // rebuilding gives the same index
    QCOMPARE(ops.size(), most);
    int hits = 0;
    for (const QString &typed : {QStringLiteral("g"), QStringLiteral("ge"), QStringLiteral("get"), QStringLiteral("get u")})
        hits += int(ops.filter(typed).size());
    int params = 0;
    for (const OperationIndex::Entry &entry : ops.entries())
        params += int(OperationView(c.doc(), entry.key).parameters().size());
    QVERIFY(hits > 0);
    QVERIFY(params > 0);
}

QTEST_GUILESS_MAIN(DomainViewsTest)
#include "DomainViewsTest.moc"
