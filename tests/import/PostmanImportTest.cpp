// Postman collections -> connectors: one test per mapping rule, on small hand-written collections.
#include "ImportTestSupport.h"
#include "domain/JsonBuilder.h"
#include "import/ConnectorImporter.h"

#include <QtTest>

using namespace ImportTest;

class PostmanImportTest : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlFromVariables();
    void requestsBecomeOperations();
    void foldersBecomeTags();
    void pathParameters();
    void queryAndHeaders();
    void jsonBodyWithInferredSchema();
    void examplesBecomeResponses();
    void collectionAuthBecomesSecurity();
    void scriptsReportedAsNotImported();
    void outputIsStructurallyValid();
    void sameMethodAndPathAreMerged();
    void formBodies_data();
    void formBodies();
    void v1Collection();
    void wrappedV20WithObjectAuth();
    void oauth2AndApiKey();
    void environmentIsRefusedWithALocation();
    void brokenJsonIsLocated();
};

namespace {

ImportedConnector importJson(const QString &json)
{
    return ConnectorImporter::importText(json, ConnectorImporter::Format::Auto);
}

const char *kV21 = R"({
  "info": {"name": "Contoso Users", "description": "The users API",
           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "variable": [{"key": "baseUrl", "value": "https://api.contoso.com/v1"}, {"key": "tenant", "value": "main"}],
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
  "event": [{"listen": "prerequest", "script": {"exec": ["pm.environment.set(\"x\", 1);"]}}],
  "item": [
    {"name": "Users", "description": "Manage users", "item": [
      {"name": "get user", "request": {"method": "GET",
        "url": {"raw": "{{baseUrl}}/users/:id?expand=groups", "host": ["{{baseUrl}}"], "path": ["users", ":id"],
                "query": [{"key": "expand", "value": "groups", "description": "What to expand"}],
                "variable": [{"key": "id", "value": "42", "description": "The user id"}]},
        "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Trace", "value": "1"},
                   {"key": "Authorization", "value": "Bearer {{token}}"}],
        "description": "Gets one user"},
       "response": [{"name": "Found", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                     "body": "{\"id\": 42, \"name\": \"Ada\", \"tags\": [\"a\"]}"}]},
      {"name": "Create user", "request": {"method": "POST", "url": "{{baseUrl}}/users",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": "{\"name\": \"Ada\", \"age\": {{age}}, \"admin\": false}",
                 "options": {"raw": {"language": "json"}}}},
       "event": [{"listen": "test", "script": {"exec": ["pm.test(\"ok\", () => {});"]}}],
       "response": [{"name": "Created", "code": 201, "body": "{\"id\": 7}"}]}
    ]},
    {"name": "Get user", "request": {"method": "GET", "url": "{{baseUrl}}/tenants/{{tenant}}/users"}}
  ]
})";

} // namespace

void PostmanImportTest::baseUrlFromVariables()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QVERIFY(result.ok());
    QCOMPARE(result.format, QStringLiteral("postman"));
    QCOMPARE(result.formatVersion, QStringLiteral("v2.1"));
    QCOMPARE(text(result, "/host"), QStringLiteral("api.contoso.com"));
    QCOMPARE(text(result, "/basePath"), QStringLiteral("/v1"));
    QCOMPARE(compact(result, "/schemes"), QStringLiteral("[\"https\"]"));
    QCOMPARE(text(result, "/info/title"), QStringLiteral("Contoso Users"));
    QCOMPARE(text(result, "/info/description"), QStringLiteral("The users API"));
}

void PostmanImportTest::requestsBecomeOperations()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QCOMPARE(result.operationCount(), 3);
    QCOMPARE(result.inputOperations, 3);
    QCOMPARE(text(result, "/paths/~1users~1{id}/get/operationId"), QStringLiteral("GetUser"));
    QCOMPARE(text(result, "/paths/~1users~1{id}/get/summary"), QStringLiteral("get user"));
    QCOMPARE(text(result, "/paths/~1users~1{id}/get/description"), QStringLiteral("Gets one user"));
    QCOMPARE(text(result, "/paths/~1users/post/operationId"), QStringLiteral("CreateUser"));
    // The same name twice: unique, case-insensitively.
    QCOMPARE(text(result, "/paths/~1tenants~1{tenant}~1users/get/operationId"), QStringLiteral("GetUser2"));
}

void PostmanImportTest::foldersBecomeTags()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QCOMPARE(compact(result, "/paths/~1users/post/tags"), QStringLiteral("[\"Users\"]"));
    QCOMPARE(compact(result, "/tags"),
             QStringLiteral("[{\"name\":\"Users\",\"description\":\"Manage users\"}]"));
    QVERIFY(!at(result, "/paths/~1tenants~1{tenant}~1users/get/tags"));
}

void PostmanImportTest::pathParameters()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QCOMPARE(
        compact(result, "/paths/~1users~1{id}/get/parameters/0"),
        QStringLiteral("{\"name\":\"id\",\"in\":\"path\",\"description\":\"The user id\",\"required\":true,"
                       "\"type\":\"string\"}"));
    // {{tenant}} is a collection variable: a path parameter with its value as default.
    QCOMPARE(compact(result, "/paths/~1tenants~1{tenant}~1users/get/parameters/0"),
             QStringLiteral("{\"name\":\"tenant\",\"in\":\"path\",\"required\":true,\"type\":\"string\","
                            "\"default\":\"main\"}"));
}

void PostmanImportTest::queryAndHeaders()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    const QString op = "/paths/~1users~1{id}/get";
    QCOMPARE(compact(result, op + "/parameters/1"),
             QStringLiteral("{\"name\":\"expand\",\"in\":\"query\",\"description\":\"What to expand\","
                            "\"required\":false,\"type\":\"string\"}"));
    QCOMPARE(
        compact(result, op + "/parameters/2"),
        QStringLiteral("{\"name\":\"X-Trace\",\"in\":\"header\",\"required\":false,\"type\":\"string\"}"));
    QCOMPARE(at(result, op + "/parameters")->size(), 3); // Accept and Authorization are not parameters
    QCOMPARE(compact(result, op + "/produces"), QStringLiteral("[\"application/json\"]"));
}

void PostmanImportTest::jsonBodyWithInferredSchema()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    const QString op = "/paths/~1users/post";
    QCOMPARE(compact(result, op + "/consumes"), QStringLiteral("[\"application/json\"]"));
    QCOMPARE(text(result, op + "/parameters/0/in"), QStringLiteral("body"));
    // {{age}} unquoted is read as a number so the rest of the body still gives a schema.
    QCOMPARE(compact(result, op + "/parameters/0/schema"),
             QStringLiteral(
                 "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"age\":{\"type\":"
                 "\"integer\",\"format\":\"int32\"},\"admin\":{\"type\":\"boolean\"}}}"));
}

void PostmanImportTest::examplesBecomeResponses()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QCOMPARE(text(result, "/paths/~1users~1{id}/get/responses/200/description"), QStringLiteral("Found"));
    QCOMPARE(text(result, "/paths/~1users~1{id}/get/responses/200/schema/properties/tags/items/type"),
             QStringLiteral("string"));
    QCOMPARE(text(result, "/paths/~1users/post/responses/201/schema/properties/id/type"),
             QStringLiteral("integer"));
    QCOMPARE(text(result, "/paths/~1tenants~1{tenant}~1users/get/responses/200/description"),
             QStringLiteral("Success"));
}

void PostmanImportTest::collectionAuthBecomesSecurity()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QCOMPARE(compact(result, "/securityDefinitions/bearer_auth/type"), QStringLiteral("apiKey"));
    QCOMPARE(compact(result, "/securityDefinitions/bearer_auth/name"), QStringLiteral("Authorization"));
    QCOMPARE(compact(result, "/security"), QStringLiteral("[{\"bearer_auth\":[]}]"));
    QVERIFY(!at(result, "/paths/~1users/post/security")); // inherits the document-level one
    QCOMPARE(JsonBuilder::displayText(propertiesAt(result, "/properties/connectionParameters/api_key/type")),
             QStringLiteral("securestring"));
}

void PostmanImportTest::scriptsReportedAsNotImported()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    const auto pre = entries(result, "prerequest script is not imported");
    QCOMPARE(pre.size(), 1);
    QCOMPARE(pre.first().pointer, QStringLiteral("/event/0"));
    QCOMPARE(pre.first().line, 6);
    const auto tests = entries(result, "test script is not imported");
    QCOMPARE(tests.size(), 1);
    QCOMPARE(tests.first().pointer, QStringLiteral("/item/0/item/1/event/0"));
}

void PostmanImportTest::outputIsStructurallyValid()
{
    const ImportedConnector result = importJson(QString::fromUtf8(kV21));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
    const QByteArray bytes = result.definitionBytes();
    QVERIFY(bytes.startsWith("{\n  \"swagger\": \"2.0\",\n  \"info\": {\n    \"title\""));
    // Conventional top-level order.
    QVERIFY(bytes.indexOf("\"host\"") < bytes.indexOf("\"basePath\""));
    QVERIFY(bytes.indexOf("\"paths\"") < bytes.indexOf("\"securityDefinitions\""));
    QVERIFY(bytes.indexOf("\n  \"security\":") < bytes.indexOf("\n  \"tags\""));
}

void PostmanImportTest::sameMethodAndPathAreMerged()
{
    const ImportedConnector result = importJson(
        R"({"info": {"name": "M", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
      "item": [{"name": "One", "request": {"method": "GET", "url": "https://x.example.com/a?q=1"}},
               {"name": "Two", "request": {"method": "GET", "url": "https://x.example.com/a?q=2"}},
               {"name": "Odd", "request": {"method": "PROPFIND", "url": "https://x.example.com/a"}}]})");
    QVERIFY(result.ok());
    QCOMPARE(result.operationCount(), 1);
    QCOMPARE(result.inputOperations, 3);
    QCOMPARE(result.merged, 2);
    const auto merged = entries(result, "merged into it");
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().pointer, QStringLiteral("/item/1"));
    QCOMPARE(merged.first().line, 3);
    QCOMPARE(entries(result, "PROPFIND").size(), 1);
}

void PostmanImportTest::formBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("consumes");
    QTest::addColumn<QString>("firstParameter");
    QTest::newRow("urlencoded")
        << R"({"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]})"
        << "[\"application/x-www-form-urlencoded\"]"
        << R"({"name":"a","in":"formData","required":false,"type":"string"})";
    QTest::newRow("formdata+file")
        << R"({"mode": "formdata", "formdata": [{"key": "doc", "type": "file", "src": "/x"}]})"
        << "[\"multipart/form-data\"]"
        << R"({"name":"doc","in":"formData","required":false,"type":"file"})";
    QTest::newRow("file")
        << R"({"mode": "file", "file": {"src": "/x.bin"}})"
        << "[\"application/octet-stream\"]"
        << R"({"name":"body","in":"body","required":true,"schema":{"type":"string","format":"binary"}})";
    QTest::newRow("graphql")
        << R"({"mode": "graphql", "graphql": {"query": "{ me { id } }", "variables": "{\"n\": 1}"}})"
        << "[\"application/json\"]"
        << R"({"name":"body","in":"body","required":true,"schema":{"type":"object","properties":{"query":{"type":"string"},"variables":{"type":"object","properties":{"n":{"type":"integer","format":"int32"}}}}}})";
    QTest::newRow("xml") << R"({"mode": "raw", "raw": "<a/>", "options": {"raw": {"language": "xml"}}})"
                         << "[\"application/xml\"]"
                         << R"({"name":"body","in":"body","required":true,"schema":{"type":"string"}})";
}

void PostmanImportTest::formBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, consumes);
    QFETCH(QString, firstParameter);
    const ImportedConnector result
        = importJson(QStringLiteral(R"({"info": {"name": "F", "schema": "v2.1.0"}, "item": [{"name": "Send",
            "request": {"method": "POST", "url": "https://f.example.com/send", "body": %1}}]})")
                         .arg(body));
    QVERIFY(result.ok());
    QCOMPARE(compact(result, "/paths/~1send/post/consumes"), consumes);
    QCOMPARE(compact(result, "/paths/~1send/post/parameters/0"), firstParameter);
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void PostmanImportTest::v1Collection()
{
    const ImportedConnector result = importJson(R"({"id": "c1", "name": "Old", "order": ["r2"],
      "folders": [{"id": "f1", "name": "Things", "order": ["r1"]}],
      "requests": [
        {"id": "r1", "name": "Add thing", "method": "POST", "url": "http://old.example.com/api/things/:kind",
         "headers": "Content-Type: application/x-www-form-urlencoded\nX-Mode: fast\n// X-Off: 1\n",
         "dataMode": "urlencoded", "data": [{"key": "size", "value": "2", "type": "text"}],
         "pathVariables": {"kind": "big"}, "currentHelper": "basicAuth", "helperAttributes": {"username": "u"},
         "tests": "tests[\"ok\"] = true;",
         "responses": [{"name": "Done", "responseCode": {"code": 202, "name": "Accepted"}, "text": "{\"ok\": true}", "language": "json"}]},
        {"id": "r2", "name": "List things", "method": "GET", "url": "http://old.example.com/api/things?page=1"}
      ]})");
    QVERIFY(result.ok());
    QCOMPARE(result.formatVersion, QStringLiteral("v1"));
    QCOMPARE(text(result, "/host"), QStringLiteral("old.example.com"));
    QCOMPARE(text(result, "/basePath"), QStringLiteral("/api"));
    QCOMPARE(compact(result, "/schemes"), QStringLiteral("[\"http\"]"));
    const QString add = "/paths/~1things~1{kind}/post";
    QCOMPARE(compact(result, add + "/tags"), QStringLiteral("[\"Things\"]"));
    QCOMPARE(text(result, add + "/parameters/0/name"), QStringLiteral("kind"));
    QCOMPARE(text(result, add + "/parameters/1/name"), QStringLiteral("X-Mode"));
    QCOMPARE(text(result, add + "/parameters/2/in"), QStringLiteral("formData"));
    QCOMPARE(at(result, add + "/parameters")->size(), 3);
    QCOMPARE(compact(result, add + "/security"), QStringLiteral("[{\"basic_auth\":[]}]"));
    QCOMPARE(text(result, add + "/responses/202/schema/properties/ok/type"), QStringLiteral("boolean"));
    QCOMPARE(text(result, "/paths/~1things/get/parameters/0/name"), QStringLiteral("page"));
    QCOMPARE(entries(result, "test script").size(), 1);
    QCOMPARE(JsonBuilder::displayText(propertiesAt(result, "/properties/connectionParameters/username/type")),
             QStringLiteral("securestring"));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void PostmanImportTest::wrappedV20WithObjectAuth()
{
    const ImportedConnector result = importJson(R"({"collection": {"info": {"name": "W",
        "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
      "auth": {"type": "basic", "basic": {"username": "a", "password": "b"}},
      "item": [{"name": "Ping", "request": {"method": "GET", "url": "https://w.example.com/ping",
                "auth": {"type": "noauth"}}},
               {"name": "Secret", "request": {"method": "GET", "url": "https://w.example.com/secret"}}]}})");
    QVERIFY(result.ok());
    QCOMPARE(result.formatVersion, QStringLiteral("v2.0"));
    QCOMPARE(compact(result, "/security"), QStringLiteral("[{\"basic_auth\":[]}]"));
    QCOMPARE(compact(result, "/paths/~1ping/get/security"), QStringLiteral("[]")); // explicitly no auth
    QVERIFY(!at(result, "/paths/~1secret/get/security"));
}

void PostmanImportTest::oauth2AndApiKey()
{
    const ImportedConnector result = importJson(R"({"info": {"name": "O", "schema": "v2.1.0"},
      "auth": {"type": "oauth2", "oauth2": [{"key": "authUrl", "value": "https://login.example.com/auth"},
         {"key": "accessTokenUrl", "value": "https://login.example.com/token"}, {"key": "scope", "value": "read write"},
         {"key": "grant_type", "value": "authorization_code"}]},
      "item": [{"name": "Keyed", "request": {"method": "GET", "url": "https://o.example.com/k?api_key=1&x=2",
         "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "api_key"}, {"key": "in", "value": "query"}]}}},
               {"name": "Digest", "request": {"method": "GET", "url": "https://o.example.com/d",
         "auth": {"type": "digest", "digest": []}}}]})");
    QVERIFY(result.ok());
    QCOMPARE(compact(result, "/securityDefinitions/oauth2_auth"),
             QStringLiteral(
                 "{\"type\":\"oauth2\",\"flow\":\"accessCode\",\"authorizationUrl\":\"https://login."
                 "example.com/auth\",\"tokenUrl\":\"https://login.example.com/token\",\"scopes\":{\"read\":"
                 "\"read\",\"write\":\"write\"}}"));
    QCOMPARE(compact(result, "/security"), QStringLiteral("[{\"oauth2_auth\":[\"read\",\"write\"]}]"));
    QCOMPARE(compact(result, "/securityDefinitions/api_key"),
             QStringLiteral("{\"type\":\"apiKey\",\"in\":\"query\",\"name\":\"api_key\"}"));
    QCOMPARE(compact(result, "/paths/~1k/get/security"), QStringLiteral("[{\"api_key\":[]}]"));
    QCOMPARE(at(result, "/paths/~1k/get/parameters")->size(), 1); // api_key is the auth, not a parameter
    QCOMPARE(compact(result, "/paths/~1d/get/security"), QStringLiteral("[]"));
    QCOMPARE(entries(result, "\"digest\" authentication has no connector equivalent").size(), 1);
    QCOMPARE(JsonBuilder::displayText(propertiesAt(
                 result, "/properties/connectionParameters/token/oAuthSettings/identityProvider")),
             QStringLiteral("oauth2"));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void PostmanImportTest::environmentIsRefusedWithALocation()
{
    const ImportedConnector result
        = importJson("{\n  \"name\": \"Env\",\n  \"values\": [{\"key\": \"a\", \"value\": \"1\"}]\n}");
    QVERIFY(!result.ok());
    QCOMPARE(result.report.entries().size(), 1);
    QVERIFY(result.report.entries().first().message.contains("Postman environment"));
    QCOMPARE(result.report.entries().first().line, 1);
}

void PostmanImportTest::brokenJsonIsLocated()
{
    const ImportedConnector result = importJson("{\"info\": {\"name\": \"x\"},\n \"item\": [ }");
    QVERIFY(!result.ok());
    QCOMPARE(result.report.entries().first().severity, ImportReport::Severity::Error);
    QCOMPARE(result.report.entries().first().line, 2);
    QVERIFY(result.report.entries().first().column > 0);
}

QTEST_GUILESS_MAIN(PostmanImportTest)
#include "PostmanImportTest.moc"
