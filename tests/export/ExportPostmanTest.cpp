// Postman v2.1 exporter on the hand-written fixture and the sample: folders from tags, path
// variables, query/header parameters, body examples from the schema, collection auth whose
// secrets are {{variables}} without values, the baseUrl variable.
#include "document/ConnectorDocument.h"
#include "export/PostmanExporter.h"
#include "import/ConnectorImporter.h"
#include "json/JsonPointer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class ExportPostmanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void infoAndBaseUrl();
    void tagsBecomeFolders();
    void pathQueryAndHeaders();
    void bodyExampleFromSchema();
    void formData();
    void authWithSecretVariables();
    void authFlavours_data();
    void authFlavours();
    void sampleHasNoSecretValues();
    void savedResponses();
    void savedResponsesComeBackOnImport();

private:
    QJsonObject request(const QString &name) const;

    QJsonObject m_collection;
};

namespace {

QJsonObject findItem(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value("name").toString() == name && item.contains("request"))
            return item;
        const QJsonObject inner = findItem(item.value("item").toArray(), name);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

QString keyed(const QJsonArray &list, const QString &key, const QString &field = "value")
{
    for (const QJsonValue &value : list)
        if (value.toObject().value("key").toString() == key)
            return value.toObject().value(field).toVariant().toString();
    return "<missing>";
}

} // namespace

void ExportPostmanTest::initTestCase()
{
    QFile file(QFINDTESTDATA("fixtures/mapping.swagger.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ConnectorDocument document;
    document.newFromBytes(file.readAll(), "{\"properties\": {}}");
    const ExportResult result = PostmanExporter::exportConnector(document);
    QVERIFY(result.ok());
    QJsonParseError error;
    m_collection = QJsonDocument::fromJson(result.bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
}

QJsonObject ExportPostmanTest::request(const QString &name) const
{
    return findItem(m_collection.value("item").toArray(), name).value("request").toObject();
}

void ExportPostmanTest::infoAndBaseUrl()
{
    QCOMPARE(std::as_const(m_collection)["info"]["name"].toString(), "Mapping Rules");
    QCOMPARE(std::as_const(m_collection)["info"]["schema"].toString(),
             "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    QCOMPARE(keyed(std::as_const(m_collection)["variable"].toArray(), "baseUrl"),
             "https://api.example.com/v2");
}

void ExportPostmanTest::tagsBecomeFolders()
{
    const QJsonArray items = std::as_const(m_collection)["item"].toArray();
    QCOMPARE(items.first()["name"].toString(), "Items");
    QCOMPARE(items.first()["item"].toArray().size(), 1);
    // Untagged operations stay at the root, after the folders; named by operationId when the
    // summary would not give the same id back.
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[1]["name"].toString(), "PutItem");
    QCOMPARE(items[2]["name"].toString(), "Upload");
    QCOMPARE(items.first()["item"][0]["name"].toString(), "GetItem");
    QCOMPARE(items.first()["item"][0]["request"]["description"].toString(), "Get an item");
}

void ExportPostmanTest::pathQueryAndHeaders()
{
    const QJsonObject get = request("GetItem");
    QCOMPARE(get["method"].toString(), "GET");
    QCOMPARE(get["url"]["path"].toArray(), QJsonArray({"items", ":id"}));
    QCOMPARE(get["url"]["host"].toArray(), QJsonArray({"{{baseUrl}}"}));
    QCOMPARE(keyed(get["url"]["variable"].toArray(), "id"), "test");
    QCOMPARE(keyed(get["url"]["query"].toArray(), "fields"), "name"); // x-example
    QCOMPARE(keyed(get["url"]["query"].toArray(), "fields", "disabled"), "true"); // optional
    // Optional headers stay enabled: Postman drops disabled ones on import.
    QCOMPARE(keyed(get["header"].toArray(), "X-Trace"), "test");
    QCOMPARE(keyed(get["header"].toArray(), "X-Trace", "disabled"), "");
    QVERIFY(get["url"]["raw"].toString().startsWith("{{baseUrl}}/items/:id"));
}

void ExportPostmanTest::bodyExampleFromSchema()
{
    const QJsonObject put = request("PutItem");
    QCOMPARE(put["body"]["mode"].toString(), "raw");
    QCOMPARE(put["body"]["options"]["raw"]["language"].toString(), "json");
    const QJsonObject body = QJsonDocument::fromJson(put["body"]["raw"].toString().toUtf8()).object();
    QVERIFY(body.contains("id"));
    QVERIFY(body.contains("kind"));
    QVERIFY(body.value("owner").isObject());
    QCOMPARE(keyed(put["header"].toArray(), "Content-Type"), "application/json");
}

void ExportPostmanTest::formData()
{
    const QJsonObject upload = request("Upload");
    QCOMPARE(upload["body"]["mode"].toString(), "formdata");
    QCOMPARE(keyed(upload["body"]["formdata"].toArray(), "file", "type"), "file");
    QCOMPARE(keyed(upload["body"]["formdata"].toArray(), "note", "type"), "text");
}

void ExportPostmanTest::authWithSecretVariables()
{
    // The first security definition (oauth) is the collection's auth; the others are reported.
    QCOMPARE(std::as_const(m_collection)["auth"]["type"].toString(), "oauth2");
    const QJsonArray settings = std::as_const(m_collection)["auth"]["oauth2"].toArray();
    QCOMPARE(keyed(settings, "grant_type"), "authorization_code");
    QCOMPARE(keyed(settings, "clientSecret"), "{{clientSecret}}");
    QCOMPARE(keyed(settings, "accessToken"), "{{accessToken}}");
    QCOMPARE(keyed(settings, "authUrl"), "https://login.example.com/authorize");
    QCOMPARE(keyed(settings, "scope"), "read");
    const QJsonArray variables = std::as_const(m_collection)["variable"].toArray();
    QCOMPARE(keyed(variables, "clientSecret"), "");
    QCOMPARE(keyed(variables, "accessToken"), "");
}

void ExportPostmanTest::authFlavours_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("variable");
    QTest::newRow("basic") << R"({"type": "basic"})"
                           << "basic"
                           << "password"
                           << "password";
    QTest::newRow("apiKey") << R"({"type": "apiKey", "name": "X-Key", "in": "header"})"
                            << "apikey"
                            << "value"
                            << "apiKey";
}

void ExportPostmanTest::authFlavours()
{
    QFETCH(QString, definition);
    QFETCH(QString, type);
    QFETCH(QString, secretKey);
    QFETCH(QString, variable);
    QJsonArray variables;
    const QJsonObject auth
        = PostmanExporter::auth(QJsonDocument::fromJson(definition.toUtf8()).object(), &variables);
    QCOMPARE(auth["type"].toString(), type);
    QCOMPARE(keyed(auth[type].toArray(), secretKey), "{{" + variable + "}}");
    QCOMPARE(keyed(variables, variable), "");
    if (type == "apikey") {
        QCOMPARE(keyed(auth[type].toArray(), "key"), "X-Key");
        QCOMPARE(keyed(auth[type].toArray(), "in"), "header");
    }
}

void ExportPostmanTest::sampleHasNoSecretValues()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    const ExportResult result = PostmanExporter::exportConnector(document);
    const QJsonObject collection = QJsonDocument::fromJson(result.bytes).object();
    QVERIFY(collection.contains("auth"));
    // Every auth setting that holds a secret is a {{variable}}, and no variable has a value but
    // baseUrl.
    for (const QJsonValue &variable : collection["variable"].toArray())
        if (variable["key"].toString() != "baseUrl")
            QCOMPARE(variable["value"].toString(), "");
    const QString authType = collection["auth"]["type"].toString();
    for (const QJsonValue &setting : collection["auth"][authType].toArray()) {
        const QString key = setting["key"].toString();
        if (key.contains("secret", Qt::CaseInsensitive) || key.contains("password")
            || (key.contains("token", Qt::CaseInsensitive) && !key.endsWith("Url")) || key == "value")
            QVERIFY2(setting["value"].toString().startsWith("{{"), qPrintable(key));
    }
}

// Each response with a body to show is a saved example: the response's "examples" as they are,
// else a body made from its schema (here through a shared response and a $ref).
void ExportPostmanTest::savedResponses()
{
    const QJsonObject get = findItem(m_collection.value("item").toArray(), "GetItem");
    const QJsonArray responses = get["response"].toArray();
    QCOMPARE(responses.size(), 2);
    const QJsonObject ok = responses[0].toObject();
    QCOMPARE(ok["name"].toString(), "OK");
    QCOMPARE(ok["code"].toInt(), 200);
    QCOMPARE(ok["_postman_previewlanguage"].toString(), "json");
    QCOMPARE(keyed(ok["header"].toArray(), "Content-Type"), "application/json");
    QCOMPARE(QJsonDocument::fromJson(ok["body"].toString().toUtf8()).object(), QJsonObject({{"id", "a1"}}));
    QCOMPARE(ok["originalRequest"]["method"].toString(), "GET");
    const QJsonObject notFound = responses[1].toObject();
    QCOMPARE(notFound["name"].toString(), "Not found");
    QCOMPARE(notFound["code"].toInt(), 404);
    const QJsonObject body = QJsonDocument::fromJson(notFound["body"].toString().toUtf8()).object();
    QCOMPARE(body.keys(), QStringList({"name"})); // from "Owner Info"
    QVERIFY(body["name"].isString());
    // Responses without a body to show (PutItem's 200 "OK" without schema) give no example.
    QCOMPARE(findItem(m_collection.value("item").toArray(), "PutItem")["response"].toArray().size(), 0);
}

void ExportPostmanTest::savedResponsesComeBackOnImport()
{
    const ImportedConnector imported = ConnectorImporter::import(QJsonDocument(m_collection).toJson());
    QVERIFY(imported.ok());
    const json::JsonValue *paths = imported.definition->member("paths");
    QVERIFY(paths);
    const json::JsonValue *responses
        = json::JsonPointer::fromString("/~1items~1{id}/get/responses").resolve(paths);
    QVERIFY2(responses, qPrintable(QString::fromUtf8(imported.definitionBytes())));
    QCOMPARE(responses->keys(), QStringList({"200", "404"}));
    QCOMPARE(responses->member("200")->member("description")->toString(), "OK");
    QVERIFY(json::JsonPointer::fromString("/200/schema/properties/id").resolve(responses));
    QCOMPARE(responses->member("404")->member("description")->toString(), "Not found");
    QVERIFY(json::JsonPointer::fromString("/404/schema/properties/name").resolve(responses));
}

QTEST_GUILESS_MAIN(ExportPostmanTest)
#include "ExportPostmanTest.moc"
