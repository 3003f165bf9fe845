// "Import from sample" for requests and responses: the resulting JSON, one undo step,
// undo back to the bytes; and the URL/header parsing on its own.
#include "DomainTestSupport.h"

#include "domain/RequestSample.h"
#include "domain/SampleImport.h"

#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "host": "api.example.com",
  "basePath": "/v2",
  "paths": {
    "/new": {"post": {"summary": "New", "operationId": "New", "responses": {"default": {"description": "default"}}}},
    "/orders/{orderId}": {
      "put": {
        "operationId": "UpdateOrder",
        "parameters": [
          {"name": "orderId", "in": "path", "required": true, "type": "string"},
          {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Order"}},
          {"name": "dryRun", "in": "query", "type": "boolean", "x-ms-summary": "Dry run"}
        ],
        "responses": {"200": {"description": "Saved", "schema": {"type": "object"}}, "default": {"description": "default"}}
      }
    }
  },
  "definitions": {"Order": {"type": "object"}}
}
)J";

static QString with(const char *from, const char *to)
{
    QString text = QString::fromUtf8(Definition);
    const QString needle = QString::fromUtf8(from);
    Q_ASSERT_X(text.count(needle) == 1, "with", from);
    return text.replace(needle, QString::fromUtf8(to));
}

static const char NewPath[] =
    R"J("/new": {"post": {"summary": "New", "operationId": "New", "responses": {"default": {"description": "default"}}}},)J";

class SampleImportTest : public QObject
{
    Q_OBJECT

private slots:
    void imports_data();
    void imports();
    void splitUrl_data();
    void splitUrl();
    void headers();
    void valueTypes();
};

void SampleImportTest::imports_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("note");

    QTest::newRow("request: path, query, headers, body")
        << R"J(["importRequest", "post", "/new", {"method": "POST",
               "url": "https://api.example.com/v2/customers/{customerId}/orders?expand=true&limit=10&since=2024-01-01",
               "headers": "Content-Type: application/json\nX-Request-Id: abc\r\nAuthorization: Bearer x",
               "body": "{\"name\": \"Ann\", \"total\": 12.5, \"items\": [{\"sku\": \"a\", \"qty\": 1}]}"}])J"
        << with(NewPath, R"J("/customers/{customerId}/orders": {"post": {"summary": "New", "operationId": "New",
              "parameters": [
                {"name": "customerId", "in": "path", "required": true, "type": "string", "x-ms-summary": "Customer ID"},
                {"name": "expand", "in": "query", "required": false, "type": "boolean", "x-ms-summary": "Expand"},
                {"name": "limit", "in": "query", "required": false, "type": "integer", "format": "int32",
                 "x-ms-summary": "Limit"},
                {"name": "since", "in": "query", "required": false, "type": "string", "format": "date",
                 "x-ms-summary": "Since"},
                {"name": "X-Request-Id", "in": "header", "required": false, "type": "string",
                 "x-ms-summary": "X Request ID"},
                {"name": "body", "in": "body", "required": true, "schema": {"type": "object", "properties": {
                  "name": {"type": "string"}, "total": {"type": "number"},
                  "items": {"type": "array", "items": {"type": "object", "properties": {
                    "sku": {"type": "string"}, "qty": {"type": "integer", "format": "int32"}}}}}}}],
              "responses": {"default": {"description": "default"}}}},)J")
        << "" << "Header Authorization skipped";
    QTest::newRow("request: method change, relative URL")
        << R"J(["importRequest", "post", "/new", {"method": "get", "url": "/new?q=x%20y"}])J"
        << with(NewPath, R"J("/new": {"get": {"summary": "New", "operationId": "New",
              "parameters": [{"name": "q", "in": "query", "required": false, "type": "string", "x-ms-summary": "Q"}],
              "responses": {"default": {"description": "default"}}}},)J")
        << "" << "";
    QTest::newRow("request: body replaces the schema, existing parameters kept")
        << R"J(["importRequest", "put", "/orders/{orderId}", {"method": "PUT",
               "url": "{{baseUrl}}/orders/{orderId}?dryRun=true", "body": "[{\"id\": 1}]"}])J"
        << with(R"J({"$ref": "#/definitions/Order"})J",
                R"J({"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "integer", "format": "int32"}}}})J")
        << "" << "The query parameter dryRun exists already";
    QTest::newRow("request: body only, no URL: the path stays")
        << R"J(["importRequest", "put", "/orders/{orderId}", {"body": "{\"a\": \"x\"}"}])J"
        << with(R"J({"$ref": "#/definitions/Order"})J",
                R"J({"type": "object", "properties": {"a": {"type": "string"}}})J")
        << "" << "";
    QTest::newRow("request: not JSON") << R"J(["importRequest", "post", "/new", {"url": "/x", "body": "<xml/>"}])J" << ""
                                       << "not JSON" << "";
    QTest::newRow("request: bad method") << R"J(["importRequest", "post", "/new", {"method": "FETCH", "url": "/x"}])J" << ""
                                         << "not an HTTP method" << "";
    QTest::newRow("request: method changed in place")
        << R"J(["importRequest", "put", "/orders/{orderId}", {"method": "post", "url": "/orders/{orderId}"}])J"
        << with(R"J("put": {
        "operationId": "UpdateOrder",)J", R"J("post": {
        "operationId": "UpdateOrder",)J")
        << "" << "";

    QTest::newRow("response: existing, schema and headers")
        << R"J(["importResponse", "put", "/orders/{orderId}", "200", "{\"ok\": true, \"at\": \"2024-01-02T03:04:05Z\"}",
               "ETag: \"x\"\nDate: Mon"])J"
        << with(R"J("200": {"description": "Saved", "schema": {"type": "object"}})J",
                R"J("200": {"description": "Saved", "schema": {"type": "object", "properties": {
                    "ok": {"type": "boolean"}, "at": {"type": "string", "format": "date-time"}}},
                    "headers": {"ETag": {"type": "string"}}})J")
        << "" << "";
    QTest::newRow("response: new, before default")
        << R"J(["importResponse", "post", "/new", "201", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\"}"])J"
        << with(R"J("responses": {"default": {"description": "default"}}}},)J",
                R"J("responses": {"201": {"description": "Created", "schema": {"type": "object", "properties": {
                    "id": {"type": "string", "format": "uuid"}}}}, "default": {"description": "default"}}}},)J")
        << "" << "";
    QTest::newRow("response: default gets a schema")
        << R"J(["importResponse", "post", "/new", "default", "[1]"])J"
        << with(R"J("responses": {"default": {"description": "default"}}}},)J",
                R"J("responses": {"default": {"description": "default", "schema": {"type": "array",
                    "items": {"type": "integer", "format": "int32"}}}}}},)J")
        << "" << "";
    QTest::newRow("response: bad code") << R"J(["importResponse", "post", "/new", "2000", "{}"])J" << "" << "not a status code"
                                        << "";
}

void SampleImportTest::imports()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, error);
    QFETCH(QString, note);
    checkEdit(Definition, {}, command, definition, QString(), error, note);
}

void SampleImportTest::splitUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::newRow("absolute, base path stripped") << "https://h.example/v1/a/{b}?x=1&y" << "/v1" << "/a/{b}" << "x=1;y=";
    QTest::newRow("base path only as a whole segment") << "https://h.example/v10/a" << "/v1" << "/v10/a" << "";
    QTest::newRow("root base path") << "http://h/a" << "/" << "/a" << "";
    QTest::newRow("postman variable host") << "{{host}}/a?q={{q}}" << "" << "/a" << "q={{q}}";
    QTest::newRow("encoded placeholder and query") << "/a/%7Bid%7D?n=a+b%26c" << "" << "/a/{id}" << "n=a b&c";
    QTest::newRow("host only") << "https://h.example?x=1" << "" << "/" << "x=1";
    QTest::newRow("fragment dropped") << "/a#top" << "" << "/a" << "";
}

void SampleImportTest::splitUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, basePath);
    QFETCH(QString, path);
    QFETCH(QString, query);
    const RequestSample::Url split = RequestSample::splitUrl(url, basePath);
    QCOMPARE(split.path, path);
    QStringList pairs;
    for (const auto &pair : split.query)
        pairs.append(pair.first + QLatin1Char('=') + pair.second);
    QCOMPARE(pairs.join(QLatin1Char(';')), query);
}

void SampleImportTest::headers()
{
    const auto headers = RequestSample::parseHeaders(QStringLiteral("A: 1\r\n\nbad line\nB:two: parts \n"));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(1).first, QStringLiteral("B"));
    QCOMPARE(headers.at(1).second, QStringLiteral("two: parts"));
    QVERIFY(RequestSample::isTransportHeader(QStringLiteral("content-TYPE")));
    QVERIFY(!RequestSample::isTransportHeader(QStringLiteral("X-Api-Version")));
}

void SampleImportTest::valueTypes()
{
    QCOMPARE(SampleImport::typeOfValue(QStringLiteral("42")).first, QStringLiteral("integer"));
    QCOMPARE(SampleImport::typeOfValue(QStringLiteral("9000000000")).second, QStringLiteral("int64"));
    QCOMPARE(SampleImport::typeOfValue(QStringLiteral("007")).first, QStringLiteral("string")); // an id, not a number
    QCOMPARE(SampleImport::typeOfValue(QStringLiteral("-1.5")).first, QStringLiteral("number"));
    QCOMPARE(SampleImport::typeOfValue(QStringLiteral("false")).first, QStringLiteral("boolean"));
    QCOMPARE(SampleImport::typeOfValue(QStringLiteral("a@b.example")).second, QStringLiteral("email"));
}

QTEST_GUILESS_MAIN(SampleImportTest)
#include "SampleImportTest.moc"
