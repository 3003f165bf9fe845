// OpenAPI 3 exporter, one mapping rule per test, on a fixture written by hand
// (fixtures/mapping.swagger.json); JSON and YAML output.
#include "ExportTestSupport.h"
#include "export/OpenApi3Exporter.h"
#include "import/InputTree.h"
#include "json/JsonPointer.h"

#include <QFile>
#include <QtTest>

using json::JsonValue;

class ExportOpenApiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversFromHostBasePathSchemes();
    void noHostIsReported();
    void parametersGetSchemas();
    void bodyBecomesRequestBody();
    void formDataBecomesMultipart();
    void responsesGetContentAndHeaders();
    void componentsAndRefsRewritten();
    void securitySchemes();
    void extensionsKept();
    void yamlMeansTheSameAsJson();
    void notSwaggerIsRefused();

private:
    QString at(const QString &pointer) const;
    const JsonValue *node(const QString &pointer) const;

    std::unique_ptr<JsonValue> m_swagger;
    std::unique_ptr<JsonValue> m_out;
    ExportResult m_result;
};

void ExportOpenApiTest::initTestCase()
{
    QFile file(QFINDTESTDATA("fixtures/mapping.swagger.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_swagger = ExportTest::parse(file.readAll());
    QVERIFY(m_swagger);
    m_result = OpenApi3Exporter::exportDefinition(*m_swagger);
    QVERIFY(m_result.ok());
    m_out = ExportTest::parse(m_result.bytes);
    QVERIFY(m_out);
}

const JsonValue *ExportOpenApiTest::node(const QString &pointer) const
{
    const JsonValue *value = m_out.get();
    const json::JsonPointer path = json::JsonPointer::fromString(pointer); // tokens() refers into it
    for (const QString &token : path.tokens()) {
        if (!value)
            return nullptr;
        value = value->isArray() ? (token.toInt() < value->size() ? value->at(token.toInt()) : nullptr)
                                 : value->member(token);
    }
    return value;
}

QString ExportOpenApiTest::at(const QString &pointer) const
{
    const JsonValue *value = node(pointer);
    if (!value)
        return "<missing>";
    if (value->isBool())
        return value->toBool() ? "true" : "false";
    return value->isString() ? value->toString() : value->isNumber() ? value->numberLexeme() : "<container>";
}

void ExportOpenApiTest::serversFromHostBasePathSchemes()
{
    QCOMPARE(at("/openapi"), "3.0.3");
    QCOMPARE(node("/servers")->size(), 2);
    QCOMPARE(at("/servers/0/url"), "https://api.example.com/v2");
    QCOMPARE(at("/servers/1/url"), "http://api.example.com/v2");
    QVERIFY(!node("/host") && !node("/basePath") && !node("/schemes") && !node("/swagger"));
}

void ExportOpenApiTest::noHostIsReported()
{
    auto swagger
        = ExportTest::parse(R"({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "basePath": "/api",
        "paths": {"/a": {"get": {"operationId": "A"}}}})");
    const ExportResult result = OpenApi3Exporter::exportDefinition(*swagger);
    auto out = ExportTest::parse(result.bytes);
    QCOMPARE(out->member("servers")->at(0)->member("url")->toString(), "/api");
    QCOMPARE(result.report.entries().first().pointer, "/host");
    // No responses: OpenAPI 3 requires one; a default is added and noted.
    QVERIFY(out->member("paths")->member("/a")->member("get")->member("responses")->member("default"));
}

void ExportOpenApiTest::parametersGetSchemas()
{
    const QString fields = "/paths/~1items~1{id}/get/parameters/0";
    QCOMPARE(at(fields + "/name"), "fields");
    QCOMPARE(at(fields + "/in"), "query");
    QCOMPARE(at(fields + "/schema/type"), "array");
    QCOMPARE(at(fields + "/schema/items/type"), "string");
    QVERIFY(!node(fields + "/schema/items/collectionFormat")); // not a schema keyword
    QCOMPARE(at(fields + "/style"), "form");
    QCOMPARE(at(fields + "/explode"), "true"); // multi
    QCOMPARE(at(fields + "/example"), "name"); // x-example
    QVERIFY(!node(fields + "/type") && !node(fields + "/collectionFormat"));
    QCOMPARE(at("/paths/~1items~1{id}/get/parameters/1/schema/type"), "string");
    QCOMPARE(at("/paths/~1items~1{id}/get/parameters/1/required"), "false");
    // Path-level parameter refs point into components.
    QCOMPARE(at("/paths/~1items~1{id}/parameters/0/$ref"), "#/components/parameters/ItemId");
    QCOMPARE(at("/components/parameters/ItemId/schema/type"), "string");
    QCOMPARE(at("/components/parameters/ItemId/required"), "true");
}

void ExportOpenApiTest::bodyBecomesRequestBody()
{
    const QString body = "/paths/~1items~1{id}/put/requestBody";
    QCOMPARE(at(body + "/required"), "true");
    QCOMPARE(at(body + "/content/application~1json/schema/$ref"), "#/components/schemas/Item");
    QCOMPARE(at(body + "/x-bodyName"), "item");
    QCOMPARE(at(body + "/x-ms-summary"), "The item");
    QVERIFY(!node("/paths/~1items~1{id}/put/parameters"));
}

void ExportOpenApiTest::formDataBecomesMultipart()
{
    const QString schema = "/paths/~1upload/post/requestBody/content/multipart~1form-data/schema";
    QCOMPARE(at(schema + "/type"), "object");
    QCOMPARE(at(schema + "/properties/file/type"), "string");
    QCOMPARE(at(schema + "/properties/file/format"), "binary");
    QCOMPARE(at(schema + "/properties/note/x-ms-summary"), "Note");
    QCOMPARE(at(schema + "/required/0"), "file");
    QCOMPARE(node(schema + "/required")->size(), 1);
}

void ExportOpenApiTest::responsesGetContentAndHeaders()
{
    const QString ok = "/paths/~1items~1{id}/get/responses/200";
    QCOMPARE(at(ok + "/description"), "OK");
    QCOMPARE(at(ok + "/content/application~1json/schema/$ref"), "#/components/schemas/Item");
    QCOMPARE(at(ok + "/content/application~1json/example/id"), "a1");
    QCOMPARE(at(ok + "/headers/X-Rate/schema/type"), "integer");
    QCOMPARE(at(ok + "/headers/X-Rate/description"), "Calls left");
    QCOMPARE(at("/paths/~1items~1{id}/get/responses/404/$ref"), "#/components/responses/NotFound");
    QVERIFY(!node("/paths/~1items~1{id}/put/responses/200/content")); // no schema: no content
}

void ExportOpenApiTest::componentsAndRefsRewritten()
{
    QCOMPARE(at("/components/schemas/Item/discriminator/propertyName"), "kind");
    QCOMPARE(at("/components/schemas/Item/properties/id/nullable"), "true");
    QVERIFY(!node("/components/schemas/Item/properties/id/x-nullable"));
    // "Owner Info" is not a valid component name: renamed, refs follow, the report says so.
    QVERIFY(node("/components/schemas/Owner_Info"));
    QCOMPARE(at("/components/schemas/Item/properties/owner/$ref"), "#/components/schemas/Owner_Info");
    QCOMPARE(at("/components/responses/NotFound/content/application~1json/schema/$ref"),
             "#/components/schemas/Owner_Info");
    bool reported = false;
    for (const ImportReport::Entry &entry : m_result.report.entries())
        reported = reported
            || (entry.pointer == "/definitions/Owner Info" && entry.message.contains("Owner_Info"));
    QVERIFY(reported);
    QVERIFY(!m_result.bytes.contains("#/definitions/"));
}

void ExportOpenApiTest::securitySchemes()
{
    const QString flows = "/components/securitySchemes/oauth/flows/authorizationCode";
    QCOMPARE(at("/components/securitySchemes/oauth/type"), "oauth2");
    QCOMPARE(at(flows + "/authorizationUrl"), "https://login.example.com/authorize");
    QCOMPARE(at(flows + "/tokenUrl"), "https://login.example.com/token");
    QCOMPARE(at(flows + "/scopes/read"), "Read");
    QCOMPARE(at("/components/securitySchemes/key/type"), "apiKey");
    QCOMPARE(at("/components/securitySchemes/key/name"), "X-Api-Key");
    QCOMPARE(at("/components/securitySchemes/basicAuth/type"), "http");
    QCOMPARE(at("/components/securitySchemes/basicAuth/scheme"), "basic");
    QCOMPARE(at("/security/0/oauth/0"), "read");
    QVERIFY(!node("/securityDefinitions"));
}

void ExportOpenApiTest::extensionsKept()
{
    QCOMPARE(at("/x-ms-connector-metadata/0/propertyName"), "Website");
    QCOMPARE(at("/paths/~1items~1{id}/get/x-ms-visibility"), "important");
    QCOMPARE(at("/paths/~1items~1{id}/get/parameters/0/x-ms-summary"), "Fields");
    QCOMPARE(at("/components/parameters/ItemId/x-ms-url-encoding"), "single");
}

void ExportOpenApiTest::yamlMeansTheSameAsJson()
{
    const ExportResult yaml = OpenApi3Exporter::exportDefinition(*m_swagger, OpenApi3Exporter::Syntax::Yaml);
    QVERIFY(yaml.ok());
    QVERIFY(yaml.bytes.startsWith("openapi: \"3.0.3\"\n"));
    const InputTree tree = InputTree::parseYaml(QString::fromUtf8(yaml.bytes));
    QVERIFY2(tree.ok(), qPrintable(tree.error()));
    QVERIFY(tree.root()->equals(*m_out));
}

void ExportOpenApiTest::notSwaggerIsRefused()
{
    auto openapi = ExportTest::parse(R"({"openapi": "3.0.0"})");
    const ExportResult result = OpenApi3Exporter::exportDefinition(*openapi);
    QVERIFY(!result.ok());
    QVERIFY(result.bytes.isEmpty());
    QVERIFY(result.error.contains("Swagger 2.0"));
}

QTEST_GUILESS_MAIN(ExportOpenApiTest)
#include "ExportOpenApiTest.moc"
