// OpenAPI 3.0/3.1 and Swagger 2.0 (JSON and YAML) -> connectors, and the YAML reader.
#include "ImportTestSupport.h"
#include "domain/JsonBuilder.h"
#include "import/ConnectorImporter.h"
#include "import/InputTree.h"

#include <QtTest>

using namespace ImportTest;

class OpenApiImportTest : public QObject
{
    Q_OBJECT

private slots:
    void serversBecomeHostBasePathSchemes();
    void componentsAndRefsRewritten();
    void schemaApproximations();
    void parametersAndBodies();
    void securitySchemes();
    void yaml31();
    void yamlReaderKeepsOrderAndTypes();
    void yamlAnchorsAndMergeKeys();
    void yamlErrorsAreLocated();
    void yamlBillionLaughsIsRefused();
    void swaggerYamlGetsDefaultProperties();
    void swaggerOutsideRefsDropped();
    void emptyRequiredDropped();
    void requiredNamesUndeclaredAfterApproximationDropped();
    void swaggerArrayParametersGetItems();
    void swaggerResponseSchemaReferringToResponse();
    void unsupportedVersions();
};

namespace {

const char *kOpenApi30 = R"({
  "openapi": "3.0.3",
  "info": {"title": "Pets", "version": "2.1", "license": {"name": "MIT"}},
  "servers": [{"url": "https://{region}.pets.example.com/api/v2/", "variables": {"region": {"default": "eu"}}},
              {"url": "https://backup.example.com"}],
  "paths": {
    "/pets/{petId}": {
      "parameters": [{"$ref": "#/components/parameters/PetId"}],
      "get": {"operationId": "getPet", "summary": "Get a pet",
        "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}},
                       {"name": "fields", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": false}],
        "responses": {"200": {"description": "The pet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                              "links": {"owner": {"operationId": "getOwner"}}},
                      "404": {"$ref": "#/components/responses/NotFound"}},
        "callbacks": {"onChange": {}}},
      "put": {"operationId": "getPet",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {"2XX": {"description": "Saved"}}}
    },
    "/pets/{petId}/photo": {
      "post": {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary"}, "caption": {"type": "string"}}}}}},
        "responses": {"201": {"description": "Stored"}}}
    }
  },
  "components": {
    "schemas": {
      "Pet": {"type": "object", "properties": {
        "name": {"type": "string", "nullable": true},
        "kind": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
        "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
        "legs": {"type": "integer", "const": 4}}},
      "Cat": {"type": "object"}, "Dog": {"type": "object"}, "Owner": {"type": "object"}
    },
    "parameters": {"PetId": {"name": "petId", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}}},
    "responses": {"NotFound": {"description": "No such pet"}},
    "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}, "openid": {"type": "openIdConnect", "openIdConnectUrl": "https://x"}}
  },
  "security": [{"token": []}, {"openid": []}]
})";

const char *kOpenApi31Yaml = R"(openapi: 3.1.0
info:
  title: Shapes
  version: "1.0"
servers:
  - url: /relative
paths:
  /shapes:
    get:
      operationId: list/shapes
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  area:
                    type: [number, "null"]
                    exclusiveMinimum: 0
                  label:
                    type: string
                    examples: [square]
)";

} // namespace

void OpenApiImportTest::serversBecomeHostBasePathSchemes()
{
    const ImportedConnector result = ConnectorImporter::importText(QString::fromUtf8(kOpenApi30));
    QVERIFY(result.ok());
    QCOMPARE(result.formatVersion, QStringLiteral("3.0.3"));
    QCOMPARE(text(result, "/host"), QStringLiteral("eu.pets.example.com"));
    QCOMPARE(text(result, "/basePath"), QStringLiteral("/api/v2"));
    QCOMPARE(compact(result, "/schemes"), QStringLiteral("[\"https\"]"));
    const auto servers = entries(result, "2 servers are listed");
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first().pointer, QStringLiteral("/servers"));
    QCOMPARE(servers.first().line, 4);
}

void OpenApiImportTest::componentsAndRefsRewritten()
{
    const ImportedConnector result = ConnectorImporter::importText(QString::fromUtf8(kOpenApi30));
    QCOMPARE(compact(result, "/paths/~1pets~1{petId}/parameters"),
             QStringLiteral("[{\"$ref\":\"#/parameters/PetId\"}]"));
    QCOMPARE(compact(result, "/parameters/PetId"),
             QStringLiteral("{\"name\":\"petId\",\"in\":\"path\",\"required\":true,\"type\":\"integer\","
                            "\"format\":\"int64\"}"));
    QCOMPARE(compact(result, "/paths/~1pets~1{petId}/get/responses/200/schema"),
             QStringLiteral("{\"$ref\":\"#/definitions/Pet\"}"));
    QCOMPARE(compact(result, "/paths/~1pets~1{petId}/get/responses/404"),
             QStringLiteral("{\"$ref\":\"#/responses/NotFound\"}"));
    QCOMPARE(compact(result, "/responses/NotFound"), QStringLiteral("{\"description\":\"No such pet\"}"));
    QCOMPARE(compact(result, "/paths/~1pets~1{petId}/get/produces"),
             QStringLiteral("[\"application/json\"]"));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void OpenApiImportTest::schemaApproximations()
{
    const ImportedConnector result = ConnectorImporter::importText(QString::fromUtf8(kOpenApi30));
    const QString pet = "/definitions/Pet/properties";
    QCOMPARE(compact(result, pet + "/name"), QStringLiteral("{\"type\":\"string\",\"x-nullable\":true}"));
    QCOMPARE(compact(result, pet + "/kind"), QStringLiteral("{}"));
    QCOMPARE(compact(result, pet + "/owner"),
             QStringLiteral("{\"allOf\":[{\"$ref\":\"#/definitions/Owner\"}],\"x-nullable\":true}"));
    QCOMPARE(compact(result, pet + "/legs"), QStringLiteral("{\"type\":\"integer\",\"enum\":[4]}"));
    const auto oneOf = entries(result, "oneOf with 2 alternatives");
    QCOMPARE(oneOf.size(), 1);
    QCOMPARE(oneOf.first().pointer, QStringLiteral("/components/schemas/Pet/properties/kind/oneOf"));
    QCOMPARE(entries(result, "nullable written as x-nullable").size(), 1);
    QCOMPARE(entries(result, "const written as an enum").size(), 1);
}

void OpenApiImportTest::parametersAndBodies()
{
    const ImportedConnector result = ConnectorImporter::importText(QString::fromUtf8(kOpenApi30));
    const QString get = "/paths/~1pets~1{petId}/get";
    QCOMPARE(at(result, get + "/parameters")->size(), 1); // the cookie parameter is dropped
    QCOMPARE(compact(result, get + "/parameters/0"),
             QStringLiteral(
                 "{\"name\":\"fields\",\"in\":\"query\",\"required\":false,\"type\":\"array\",\"items\":{"
                 "\"type\":\"string\"},\"collectionFormat\":\"csv\"}"));
    QCOMPARE(entries(result, "cookie parameter \"session\"").first().pointer,
             QStringLiteral("/paths/~1pets~1{petId}/get/parameters/0"));
    QCOMPARE(entries(result, "Operation callbacks").size(), 1);
    QCOMPARE(entries(result, "links have no Swagger 2.0 equivalent").size(), 1);
    const QString put = "/paths/~1pets~1{petId}/put";
    QCOMPARE(compact(result, put + "/parameters/0"),
             QStringLiteral("{\"name\":\"body\",\"in\":\"body\",\"required\":true,\"schema\":{\"$ref\":\"#/"
                            "definitions/Pet\"}}"));
    QCOMPARE(compact(result, put + "/consumes"), QStringLiteral("[\"application/json\"]"));
    QVERIFY(at(result, put + "/responses/200")); // 2XX -> 200
    QCOMPARE(text(result, put + "/operationId"), QStringLiteral("GetPet2")); // a clash is renamed
    QCOMPARE(entries(result, "The operationId \"getPet\" is used twice").size(), 1);
    const QString photo = "/paths/~1pets~1{petId}~1photo/post";
    QCOMPARE(compact(result, photo + "/parameters/0"),
             QStringLiteral("{\"name\":\"file\",\"in\":\"formData\",\"required\":false,\"type\":\"file\"}"));
    QCOMPARE(compact(result, photo + "/consumes"), QStringLiteral("[\"multipart/form-data\"]"));
    QCOMPARE(entries(result, "path parameter \"petId\" is not declared").size(), 1);
    QCOMPARE(text(result, photo + "/parameters/2/in"), QStringLiteral("path"));
    QVERIFY(!text(result, photo + "/operationId").isEmpty());
}

void OpenApiImportTest::securitySchemes()
{
    const ImportedConnector result = ConnectorImporter::importText(QString::fromUtf8(kOpenApi30));
    QCOMPARE(compact(result, "/securityDefinitions/token/name"), QStringLiteral("Authorization"));
    QVERIFY(!at(result, "/securityDefinitions/openid"));
    QCOMPARE(compact(result, "/security"), QStringLiteral("[{\"token\":[]}]"));
    QCOMPARE(entries(result, "type \"openIdConnect\"").size(), 1);
    QVERIFY(propertiesAt(result, "/properties/connectionParameters/api_key"));
}

void OpenApiImportTest::yaml31()
{
    const ImportedConnector result = ConnectorImporter::importText(QString::fromUtf8(kOpenApi31Yaml));
    QVERIFY(result.ok());
    QCOMPARE(result.formatVersion, QStringLiteral("3.1.0"));
    QCOMPARE(text(result, "/basePath"), QStringLiteral("/relative"));
    QVERIFY(!at(result, "/host"));
    QCOMPARE(entries(result, "has no host").first().line, 6);
    const QString schema = "/paths/~1shapes/get/responses/200/schema/properties";
    QCOMPARE(
        compact(result, schema + "/area"),
        QStringLiteral("{\"type\":\"number\",\"x-nullable\":true,\"minimum\":0,\"exclusiveMinimum\":true}"));
    QCOMPARE(compact(result, schema + "/label"),
             QStringLiteral("{\"type\":\"string\",\"example\":\"square\"}"));
    QCOMPARE(text(result, "/paths/~1shapes/get/operationId"), QStringLiteral("ListShapes"));
    const auto list = entries(result, "in the type list is written as x-nullable");
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().line, 20); // YAML locations are kept
    QCOMPARE(list.first().column, 27);
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void OpenApiImportTest::yamlReaderKeepsOrderAndTypes()
{
    const InputTree tree = InputTree::parse("b: 1\na: '2'\nc: 1.50\nd: ~\ne: yes\nf: [true, 0x1F]\n");
    QVERIFY(tree.ok());
    QCOMPARE(tree.root()->keys(), QStringList({"b", "a", "c", "d", "e", "f"}));
    QVERIFY(tree.root()->member("b")->isNumber());
    QVERIFY(tree.root()->member("a")->isString());
    QCOMPARE(tree.root()->member("c")->numberLexeme(), QStringLiteral("1.50"));
    QVERIFY(tree.root()->member("d")->isNull());
    QVERIFY(tree.root()->member("e")->isString()); // YAML 1.2: "yes" is a string
    QVERIFY(tree.root()->member("f")->at(0)->isBool());
    QVERIFY(tree.root()->member("f")->at(1)->isString());
    QCOMPARE(tree.locate(tree.root()->member("c")).line, 3);
    QCOMPARE(tree.locate(tree.root()->member("c")).column, 4);
}

void OpenApiImportTest::yamlAnchorsAndMergeKeys()
{
    const InputTree tree = InputTree::parse("base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  y: 3\n");
    QVERIFY(tree.ok());
    QCOMPARE(compactOf(tree.root()->member("child")), QStringLiteral("{\"x\":1,\"y\":3}"));
}

void OpenApiImportTest::yamlErrorsAreLocated()
{
    const ImportedConnector result
        = ConnectorImporter::importText("openapi: 3.0.0\ninfo:\n  title: [unclosed\n");
    QVERIFY(!result.ok());
    const ImportReport::Entry entry = result.report.entries().first();
    QCOMPARE(entry.severity, ImportReport::Severity::Error);
    QVERIFY(entry.message.contains("YAML"));
    QVERIFY2(entry.line >= 3, qPrintable(QString::number(entry.line)));
}

void OpenApiImportTest::yamlBillionLaughsIsRefused()
{
    QString text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i)
        text += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                    .arg(i)
                    .arg(i - 1);
    const InputTree tree = InputTree::parse(text);
    QVERIFY(!tree.ok());
    QVERIFY(tree.error().contains("nodes"));
}

void OpenApiImportTest::swaggerYamlGetsDefaultProperties()
{
    const ImportedConnector result = ConnectorImporter::importText(R"(swagger: "2.0"
info: {title: Legacy, version: "1"}
host: legacy.example.com
paths:
  /items:
    get:
      responses: {"200": {description: OK}}
    post:
      operationId: add item
      responses: {"200": {description: OK}}
securityDefinitions:
  key: {type: apiKey, in: header, name: X-Key}
)");
    QVERIFY(result.ok());
    QCOMPARE(result.format, QStringLiteral("swagger"));
    QCOMPARE(text(result, "/paths/~1items/get/operationId"), QStringLiteral("GetItems"));
    QCOMPARE(text(result, "/paths/~1items/post/operationId"), QStringLiteral("AddItem"));
    QCOMPARE(entries(result, "not a valid identifier").size(), 1);
    QCOMPARE(JsonBuilder::displayText(
                 propertiesAt(result, "/properties/connectionParameters/api_key/uiDefinition/displayName")),
             QStringLiteral("X-Key"));
    QVERIFY(result.definitionBytes().startsWith(
        "{\n  \"swagger\": \"2.0\",\n  \"info\": {\n    \"title\": \"Legacy\""));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void OpenApiImportTest::swaggerOutsideRefsDropped()
{
    const ImportedConnector result
        = ConnectorImporter::importText(R"({"swagger": "2.0", "info": {"title": "R", "version": "1"},
      "paths": {"/a": {"get": {"operationId": "A", "x-ms-examples": {"one": {"$ref": "./examples/a.json"}},
        "responses": {"200": {"description": "OK", "schema": {"$ref": "other.json#/X"}}}}}}})");
    QVERIFY(result.ok());
    QVERIFY(!at(result, "/paths/~1a/get/x-ms-examples"));
    QCOMPARE(compact(result, "/paths/~1a/get/responses/200/schema"), QStringLiteral("{}"));
    QCOMPARE(entries(result, "outside the definition").size(), 2);
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

// Issue 6, what swagger-parser refused in the corpus (openai, github, stripe spec2, gitea).
void OpenApiImportTest::emptyRequiredDropped()
{
    const ImportedConnector result = ConnectorImporter::importText(R"({"openapi": "3.0.0",
      "info": {"title": "E", "version": "1"}, "paths": {},
      "components": {"schemas": {"Options": {"type": "object", "required": [],
        "properties": {"ttl": {"type": "integer"}}}}}})");
    QVERIFY(result.ok());
    QCOMPARE(compact(result, "/definitions/Options"),
             QStringLiteral("{\"type\":\"object\",\"properties\":{\"ttl\":{\"type\":\"integer\"}}}"));
    const auto dropped = entries(result, "empty \"required\" list");
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().pointer, QStringLiteral("/components/schemas/Options/required"));
    QCOMPARE(dropped.first().line, 3);

    // The same in a Swagger 2.0 input taken as it is.
    const ImportedConnector swagger = ConnectorImporter::importText(R"({"swagger": "2.0",
      "info": {"title": "E", "version": "1"}, "paths": {},
      "definitions": {"Options": {"type": "object", "required": [], "properties": {}}}})");
    QVERIFY(swagger.ok());
    QCOMPARE(compact(swagger, "/definitions/Options"),
             QStringLiteral("{\"type\":\"object\",\"properties\":{}}"));
    QCOMPARE(entries(swagger, "empty \"required\" list").size(), 1);
    QCOMPARE(entries(swagger, "empty \"required\" list").first().pointer,
             QStringLiteral("/definitions/Options/required"));
}

void OpenApiImportTest::requiredNamesUndeclaredAfterApproximationDropped()
{
    // "content" is declared by the oneOf alternatives only (approximated by an open schema),
    // "id" by an allOf sibling (kept), "size" nowhere.
    const ImportedConnector result = ConnectorImporter::importText(R"({"openapi": "3.0.0",
      "info": {"title": "R", "version": "1"}, "paths": {},
      "components": {"schemas": {
        "Base": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "Entry": {"type": "object", "required": ["name", "content", "size", "name"],
          "properties": {"name": {"type": "string"}},
          "oneOf": [{"properties": {"content": {"type": "string"}}}, {"properties": {"content": {"type": "integer"}}}]},
        "Child": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["id", "nick"],
          "properties": {"nick": {"type": "string"}}}]}}}})");
    QVERIFY(result.ok());
    QCOMPARE(compact(result, "/definitions/Entry/required"), QStringLiteral("[\"name\"]"));
    QCOMPARE(compact(result, "/definitions/Child/allOf/1/required"), QStringLiteral("[\"id\",\"nick\"]"));
    const auto dropped = entries(result, "are not among the schema's properties");
    QCOMPARE(dropped.size(), 1);
    QVERIFY(dropped.first().message.contains("content, size"));
    QCOMPARE(dropped.first().pointer, QStringLiteral("/components/schemas/Entry/required"));
    QCOMPARE(entries(result, "listed twice").size(), 1);
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void OpenApiImportTest::swaggerArrayParametersGetItems()
{
    const ImportedConnector result = ConnectorImporter::importText(R"({"swagger": "2.0",
      "info": {"title": "A", "version": "1"},
      "paths": {"/a": {"get": {"operationId": "A", "parameters": [
        {"name": "expand", "in": "query", "type": "array"},
        {"name": "ids", "in": "query", "type": "array", "default": [1, 2]},
        {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}}],
        "responses": {"200": {"description": "OK"}}}}}})");
    QVERIFY(result.ok());
    const QString list = "/paths/~1a/get/parameters/";
    QCOMPARE(
        compact(result, list + "0"),
        QStringLiteral(
            "{\"name\":\"expand\",\"in\":\"query\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}"));
    QCOMPARE(compact(result, list + "1/items"), QStringLiteral("{\"type\":\"integer\"}"));
    QCOMPARE(compact(result, list + "2/items"), QStringLiteral("{\"type\":\"string\"}"));
    const auto made = entries(result, "An array without \"items\"");
    QCOMPARE(made.size(), 2);
    QCOMPARE(made.at(0).pointer, list + "0");
    QVERIFY(made.at(0).line > 0);
    QVERIFY(made.at(1).message.contains("integer, inferred from its values"));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void OpenApiImportTest::swaggerResponseSchemaReferringToResponse()
{
    const ImportedConnector result = ConnectorImporter::importText(R"({"swagger": "2.0",
      "info": {"title": "G", "version": "1"},
      "paths": {"/a": {"post": {"operationId": "A", "responses": {
        "403": {"description": "Not writer", "schema": {"$ref": "#/responses/forbidden"}},
        "422": {"description": "Invalid", "schema": {"$ref": "#/responses/validation"}}}}}},
      "responses": {
        "forbidden": {"description": "Forbidden", "headers": {"message": {"type": "string"}}},
        "validation": {"description": "Invalid", "schema": {"type": "object", "properties": {"message": {"type": "string"}}}}}})");
    QVERIFY(result.ok());
    const QString responses = "/paths/~1a/post/responses/";
    QCOMPARE(
        compact(result, responses + "403"),
        QStringLiteral("{\"description\":\"Not writer\",\"headers\":{\"message\":{\"type\":\"string\"}}}"));
    QCOMPARE(compact(result, responses + "422/schema"),
             QStringLiteral("{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}}}"));
    const auto fixed = entries(result, "which is not a schema");
    QCOMPARE(fixed.size(), 2);
    QCOMPARE(fixed.at(0).pointer, responses + "403/schema");
    QVERIFY(fixed.at(0).message.contains("the schema is dropped"));
    QCOMPARE(fixed.at(1).pointer, responses + "422/schema");
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void OpenApiImportTest::unsupportedVersions()
{
    QVERIFY(!ConnectorImporter::importText(R"({"swagger": "1.2"})").ok());
    const ImportedConnector four = ConnectorImporter::importText("{\"openapi\": \"4.0.0\"}");
    QVERIFY(!four.ok());
    QCOMPARE(four.report.entries().first().pointer, QStringLiteral("/openapi"));
}

QTEST_GUILESS_MAIN(OpenApiImportTest)
#include "OpenApiImportTest.moc"
