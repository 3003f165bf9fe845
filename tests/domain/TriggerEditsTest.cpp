// The trigger builders: webhook (callback URL property, notification content, delete
// operation) and polling (trigger metadata, state parameter, pollingtrigger policy), each one
// undo step across both files, checked against the JSON a connector author would write.
#include "DomainTestSupport.h"

#include "domain/OperationIndex.h"
#include "domain/OperationView.h"
#include "domain/TriggerEdits.h"
#include "validation/Validator.h"

#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "host": "api.example.com",
  "paths": {
    "/hooks": {
      "post": {"operationId": "CreateHook", "summary": "When an order is placed",
               "parameters": [{"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Hook"}}],
               "responses": {"201": {"description": "Created"}}}
    },
    "/hooks/{id}": {
      "delete": {"operationId": "DeleteHook", "summary": "Delete a hook",
                 "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
                 "responses": {"204": {"description": "Deleted"}}}
    },
    "/orders": {
      "get": {"operationId": "ListOrders", "summary": "List orders",
              "responses": {"200": {"description": "OK"}}},
      "post": {"operationId": "Subscribe", "summary": "When something happens",
               "responses": {"201": {"description": "Created"}}}
    }
  },
  "definitions": {
    "Hook": {"type": "object", "properties": {"event": {"type": "string"}}}
  }
}
)J";

static const QByteArray Properties
    = R"J({"properties": {"connectionParameters": {}, "iconBrandColor": "#007ee5"}})J";

class TriggerEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void builtTriggersValidate();
};

static QString replaced(QString text, const QList<QPair<QString, QString>> &changes)
{
    for (const auto &change : changes) {
        const int at = text.indexOf(change.first);
        if (at < 0)
            qFatal("test data: \"%s\" not found", qPrintable(change.first));
        text.replace(at, change.first.size(), change.second);
    }
    return text;
}

void TriggerEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("properties");
    QTest::addColumn<QString>("error");
    const QString def = QString::fromUtf8(Definition);

    QTest::newRow("webhook on a $ref body, existing delete operation")
        << R"J(["webhook", "post", "/hooks", {"callback": "url", "deleteId": "DeleteHook",
               "schema": "{\"type\": \"object\", \"properties\": {\"orderId\": {\"type\": \"string\"}}}"}])J"
        << replaced(
               def,
               {{R"J("post": {"operationId": "CreateHook", "summary": "When an order is placed",)J",
                 R"J("post": {"operationId": "CreateHook", "summary": "When an order is placed", "x-ms-trigger": "single",)J"},
                {R"J("responses": {"201": {"description": "Created"}}}
    },)J",
                 R"J("responses": {"201": {"description": "Created"}}},
      "x-ms-notification-content": {"description": "The notification the service sends",
        "schema": {"type": "object", "properties": {"orderId": {"type": "string"}}}}
    },)J"},
                {R"J("delete": {"operationId": "DeleteHook", "summary": "Delete a hook",)J",
                 R"J("delete": {"operationId": "DeleteHook", "summary": "Delete a hook", "x-ms-visibility": "internal",)J"},
                {R"J("Hook": {"type": "object", "properties": {"event": {"type": "string"}}})J",
                 R"J("Hook": {"type": "object", "required": ["url"], "properties": {"event": {"type": "string"},
                    "url": {"type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal"}}})J"}})
        << ""
        << "";
    QTest::newRow("webhook with no body and a new delete operation, batch")
        << R"J(["webhook", "post", "/orders", {"batch": "yes"}])J"
        << replaced(
               def,
               {{R"J("post": {"operationId": "Subscribe", "summary": "When something happens",
               "responses")J",
                 R"J("post": {"operationId": "Subscribe", "summary": "When something happens", "x-ms-trigger": "batch",
               "parameters": [{"name": "body", "in": "body", "required": true, "schema": {"type": "object",
                 "properties": {"callbackUrl": {"type": "string", "x-ms-notification-url": true, "x-ms-visibility": "internal"}},
                 "required": ["callbackUrl"]}}],
               "responses")J"},
                {R"J("responses": {"201": {"description": "Created"}}}
    }
  },)J",
                 R"J("responses": {"201": {"description": "Created"}}}
    },
    "/orders/{hookId}": {
      "delete": {"summary": "Remove the webhook", "description": "", "operationId": "Subscribe_Delete",
                 "x-ms-visibility": "internal",
                 "parameters": [{"name": "hookId", "in": "path", "required": true, "type": "string",
                                 "x-ms-summary": "Hook ID"}],
                 "responses": {"default": {"description": "default"}}}
    }
  },)J"}})
        << ""
        << "";
    QTest::newRow("webhook: unknown delete operation")
        << R"J(["webhook", "post", "/hooks", {"deleteId": "Nope"}])J"
        << ""
        << ""
        << "no operation \"Nope\"";
    QTest::newRow("webhook: notification schema must be JSON")
        << R"J(["webhook", "post", "/hooks", {"schema": "{type"}])J"
        << ""
        << ""
        << "not a JSON object";

    QTest::newRow("polling with a new state parameter and its policy")
        << R"J(["polling", "get", "/orders", {"state": "since", "expression": "@{triggerBody()?['latest']}",
                                               "dataPath": "@triggerBody().items"}])J"
        << replaced(
               def,
               {{R"J("get": {"operationId": "ListOrders", "summary": "List orders",)J",
                 R"J("get": {"operationId": "ListOrders", "summary": "List orders", "x-ms-trigger": "batch",
                     "x-ms-trigger-metadata": {"mode": "polling", "kind": "query"},
                     "parameters": [{"name": "since", "in": "query", "required": false, "type": "string",
                                     "x-ms-visibility": "internal"}],)J"}})
        << QStringLiteral(R"J({"properties": {"connectionParameters": {}, "iconBrandColor": "#007ee5",
              "policyTemplateInstances": [{"templateId": "pollingtrigger", "title": "Polling trigger for ListOrders",
                "type": "PollingTrigger", "parameters": {
                  "x-ms-apimTemplateParameter.triggerConfig": {"since": "@{triggerBody()?['latest']}"},
                  "x-ms-apimTemplateParameter.triggerDataPath": "@triggerBody().items",
                  "x-ms-apimTemplate-operationName": ["ListOrders"]}}]}})J")
        << "";
    QTest::newRow("polling: a state needs its expression")
        << R"J(["polling", "get", "/orders", {"state": "since", "dataPath": "@triggerBody()"}])J"
        << ""
        << ""
        << "next value of \"since\"";
}

void TriggerEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, properties);
    QFETCH(QString, error);
    checkEdit(Definition, Properties, command, definition, properties, error);
}

// What the builders make is a trigger to the validator and to the operation view.
void TriggerEditsTest::builtTriggersValidate()
{
    Connector connector(Definition, Properties);
    ConnectorDocument *doc = connector.doc();
    const QList<ValidationFinding> before = Validator().validate(*doc);
    QVERIFY(TriggerEdits::makeWebhook(doc, OperationKey(QStringLiteral("/hooks"), QStringLiteral("post")),
                                      {QStringLiteral("url"), false, {}, QStringLiteral("DeleteHook"), {}})
                .ok);
    QVERIFY(TriggerEdits::makePolling(doc, OperationKey(QStringLiteral("/orders"), QStringLiteral("get")),
                                      {QStringLiteral("since"), QStringLiteral("@{triggerBody().date}"),
                                       QStringLiteral("@triggerBody().value"), true})
                .ok);
    const OperationView webhook(doc, OperationKey(QStringLiteral("/hooks"), QStringLiteral("post")));
    QCOMPARE(webhook.triggerStyle(), OperationView::TriggerStyle::Webhook);
    const OperationView polling(doc, OperationKey(QStringLiteral("/orders"), QStringLiteral("get")));
    QCOMPARE(polling.triggerStyle(), OperationView::TriggerStyle::Polling);
    QCOMPARE(OperationIndex(doc).triggers().size(), 2);
    QStringList added;
    for (const ValidationFinding &finding : Validator().validate(*doc)) {
        bool old = false;
        for (const ValidationFinding &earlier : before)
            old = old || (earlier.ruleId == finding.ruleId && earlier.pointer == finding.pointer);
        if (!old && finding.severity == ValidationFinding::Severity::Error)
            added.append(finding.ruleId + QStringLiteral(": ") + finding.message);
    }
    QVERIFY2(added.isEmpty(), qPrintable(added.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TriggerEditsTest)
#include "TriggerEditsTest.moc"
