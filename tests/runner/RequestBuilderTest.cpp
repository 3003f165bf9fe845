// RequestBuilder and PolicyApplier: pure, data-driven. Each case is a small connector made
// from text, one operation, values and credentials, and the request that must come out.
#include "runner/RequestBuilder.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "runner/TestValueGenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

// A definition with one operation at path/method; params is the JSON array of parameters.
QByteArray definition(const QByteArray &method, const QByteArray &path, const QByteArray &params,
                      const QByteArray &extra = {})
{
    return "{\"swagger\":\"2.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},"
           "\"host\":\"api.example.com\",\"basePath\":\"/v2/\",\"schemes\":[\"http\",\"https\"],"
           "\"consumes\":[\"application/json\"],"
        + extra + "\"paths\":{\"" + path + "\":{\"" + method + "\":{\"operationId\":\"Op\",\"parameters\":"
        + params + ",\"responses\":{\"200\":{\"description\":\"ok\"}}}}}}";
}

QByteArray properties(const QByteArray &policies = "[]")
{
    return "{\"properties\":{\"connectionParameters\":{\"api_key\":{\"type\":\"securestring\"}},"
           "\"policyTemplateInstances\":"
        + policies + "}}";
}

struct Built
{
    RunRequest request;
    QString url;
};

Built build(const QByteArray &def, const QByteArray &props, const RequestInput &input)
{
    ConnectorDocument doc;
    doc.newFromBytes(def, props);
    const OperationIndex index(&doc);
    const OperationView op(&doc, index.at(0).key);
    const RunRequest request = RequestBuilder(doc).build(op, input);
    return {request, QString::fromUtf8(request.url().toEncoded())};
}

RequestInput values(std::initializer_list<std::pair<const char *, QStringList>> list)
{
    RequestInput input;
    for (const auto &[name, v] : list)
        input.values.insert(QString::fromLatin1(name), v);
    return input;
}

} // namespace

class RequestBuilderTest : public QObject
{
    Q_OBJECT

private slots:
    void url_data();
    void url();
    void headersAndBody();
    void formUrlEncoded();
    void multipart();
    void missingRequiredValue();
    void noHostNeedsBaseUrl();
    void security_data();
    void security();
    void policies_data();
    void policies();
    void policyForOtherOperationSkipped();
    void environmentNames();
    void generatedValues();
    void recursiveSchemaStaysSmall();
    void corpusPolicies();
};

void RequestBuilderTest::url_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QStringList>("value");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");

    const QByteArray pathParam = "[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"type\":\"string\"}]";
    QTest::newRow("path single") << QByteArray("/items/{id}") << pathParam << QStringList {"a/b c"}
                                 << QString() << "https://api.example.com/v2/items/a%2Fb%20c";
    QTest::newRow("path double") << QByteArray("/items/{id}")
                                 << QByteArray("[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"type\":"
                                               "\"string\",\"x-ms-url-encoding\":\"double\"}]")
                                 << QStringList {"a/b"} << QString()
                                 << "https://api.example.com/v2/items/a%252Fb";
    QTest::newRow("base url override")
        << QByteArray("/items/{id}") << pathParam << QStringList {"7"} << "http://127.0.0.1:8080/api/"
        << "http://127.0.0.1:8080/api/items/7";
    auto query = [](const char *format) -> QByteArray {
        return "[{\"name\":\"tags\",\"in\":\"query\",\"type\":\"array\",\"items\":{\"type\":\"string\"},"
               "\"collectionFormat\":\""
            + QByteArray(format) + "\"}]";
    };
    const QStringList tags {"a b", "c&d"};
    QTest::newRow("csv") << QByteArray("/q") << query("csv") << tags << QString()
                         << "https://api.example.com/v2/q?tags=a%20b,c%26d";
    QTest::newRow("ssv") << QByteArray("/q") << query("ssv") << tags << QString()
                         << "https://api.example.com/v2/q?tags=a%20b%20c%26d";
    QTest::newRow("tsv") << QByteArray("/q") << query("tsv") << tags << QString()
                         << "https://api.example.com/v2/q?tags=a%20b%09c%26d";
    QTest::newRow("pipes") << QByteArray("/q") << query("pipes") << tags << QString()
                           << "https://api.example.com/v2/q?tags=a%20b%7Cc%26d";
    QTest::newRow("multi") << QByteArray("/q") << query("multi") << tags << QString()
                           << "https://api.example.com/v2/q?tags=a%20b&tags=c%26d";
    QTest::newRow("unicode query") << QByteArray("/q")
                                   << QByteArray("[{\"name\":\"q\",\"in\":\"query\",\"type\":\"string\"}]")
                                   << QStringList {"Müller=1"} << QString()
                                   << "https://api.example.com/v2/q?q=M%C3%BCller%3D1";
}

void RequestBuilderTest::url()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, params);
    QFETCH(QStringList, value);
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);
    RequestInput input;
    const QString name = QJsonDocument::fromJson(params).array().first().toObject().value("name").toString();
    input.values.insert(name, value);
    input.baseUrl = baseUrl;
    const Built built = build(definition("get", path, params), properties(), input);
    QVERIFY2(built.request.isValid(), qPrintable(built.request.error));
    QCOMPARE(built.url, expected);
    QCOMPARE(built.request.method, QByteArray("GET"));
}

void RequestBuilderTest::headersAndBody()
{
    const QByteArray params
        = "[{\"name\":\"X-Ids\",\"in\":\"header\",\"type\":\"array\",\"items\":{\"type\":\"integer\"}},"
          "{\"name\":\"body\",\"in\":\"body\",\"required\":true,\"schema\":{\"type\":\"object\"}}]";
    RequestInput input = values({{"X-Ids", {"1", "2"}}, {"body", {"{\"a\":1}"}}});
    const Built built = build(definition("post", "/things", params), properties(), input);
    QVERIFY2(built.request.isValid(), qPrintable(built.request.error));
    QCOMPARE(built.request.method, QByteArray("POST"));
    QCOMPARE(built.request.header("x-ids"), QByteArray("1,2"));
    QCOMPARE(built.request.body, QByteArray("{\"a\":1}"));
    QCOMPARE(built.request.header("Content-Type"), QByteArray("application/json"));
    // A raw body replaces the parameter's value.
    input.body = "{\"b\":2}";
    input.hasBody = true;
    QCOMPARE(build(definition("post", "/things", params), properties(), input).request.body,
             QByteArray("{\"b\":2}"));
}

void RequestBuilderTest::formUrlEncoded()
{
    const QByteArray params = "[{\"name\":\"name\",\"in\":\"formData\",\"type\":\"string\"},"
                              "{\"name\":\"n\",\"in\":\"formData\",\"type\":\"integer\"}]";
    const QByteArray def = definition("post", "/form", params)
                               .replace("\"consumes\":[\"application/json\"]",
                                        "\"consumes\":[\"application/x-www-form-urlencoded\"]");
    const Built built = build(def, properties(), values({{"name", {"a b&c"}}, {"n", {"5"}}}));
    QCOMPARE(built.request.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(built.request.body, QByteArray("name=a%20b%26c&n=5"));
}

void RequestBuilderTest::multipart()
{
    const QByteArray params = "[{\"name\":\"file\",\"in\":\"formData\",\"type\":\"file\"},"
                              "{\"name\":\"title\",\"in\":\"formData\",\"type\":\"string\"}]";
    const Built built = build(definition("post", "/upload", params), properties(),
                              values({{"file", {"PDFDATA"}}, {"title", {"T"}}}));
    QVERIFY(built.request.contentType.startsWith("multipart/form-data; boundary="));
    const QByteArray b = RequestBuilder::multipartBoundary();
    QCOMPARE(built.request.body,
             "--" + b
                 + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: "
                   "application/octet-stream\r\n\r\nPDFDATA\r\n"
                   "--"
                 + b + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nT\r\n--" + b + "--\r\n");
}

void RequestBuilderTest::missingRequiredValue()
{
    const QByteArray params
        = "[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"type\":\"string\"},"
          "{\"name\":\"body\",\"in\":\"body\",\"required\":true,\"schema\":{\"type\":\"object\"}}]";
    const Built built = build(definition("put", "/x/{id}", params), properties(), {});
    QVERIFY(!built.request.isValid());
    QVERIFY2(built.request.error.contains("id (path)") && built.request.error.contains("body (body)"),
             qPrintable(built.request.error));
}

void RequestBuilderTest::noHostNeedsBaseUrl()
{
    QByteArray def = definition("get", "/x", "[]");
    def.replace("\"host\":\"api.example.com\",", "");
    QVERIFY(build(def, properties(), {}).request.error.contains("no host"));
    RequestInput input;
    input.baseUrl = "http://127.0.0.1:1";
    QCOMPARE(build(def, properties(), input).url, QString("http://127.0.0.1:1/x"));
}

void RequestBuilderTest::security_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("urlEnd");

    QTest::newRow("apiKey header") << QByteArray(
        "{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-Key\"}")
                                   << QByteArray("X-API-Key") << QByteArray("s3cret") << "/v2/x";
    QTest::newRow("apiKey query") << QByteArray("{\"type\":\"apiKey\",\"in\":\"query\",\"name\":\"code\"}")
                                  << QByteArray() << QByteArray() << "/v2/x?code=s3cret";
    QTest::newRow("basic") << QByteArray("{\"type\":\"basic\"}") << QByteArray("Authorization")
                           << QByteArray("Basic " + QByteArray("ann:pw").toBase64()) << "/v2/x";
    QTest::newRow("oauth2") << QByteArray("{\"type\":\"oauth2\",\"flow\":\"accessCode\",\"authorizationUrl\":"
                                          "\"https://a\",\"tokenUrl\":\"https://t\"}")
                            << QByteArray("Authorization") << QByteArray("Bearer tok") << "/v2/x";
}

void RequestBuilderTest::security()
{
    QFETCH(QByteArray, scheme);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, urlEnd);
    RequestInput input;
    input.credentials.apiKey = "s3cret";
    input.credentials.username = "ann";
    input.credentials.password = "pw";
    input.credentials.bearerToken = "tok";
    const Built built
        = build(definition("get", "/x", "[]", "\"securityDefinitions\":{\"s\":" + scheme + "},"),
                properties(), input);
    QVERIFY(built.url.endsWith(urlEnd));
    if (!header.isEmpty()) {
        QCOMPARE(built.request.header(header), headerValue);
        QVERIFY(built.request.credentialHeaders.contains(header.toLower()));
    } else {
        QCOMPARE(built.request.credentialQueryItems, QStringList {"code"});
        QVERIFY(built.request.maskedUrl().endsWith("code=***"));
    }
    // Without the secret: a note, no header.
    const Built bare = build(definition("get", "/x", "[]", "\"securityDefinitions\":{\"s\":" + scheme + "},"),
                             properties(), {});
    QCOMPARE(bare.request.notes.size(), 1);
    QVERIFY(!bare.request.hasHeader("Authorization"));
}

void RequestBuilderTest::policies_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("header"); // "Name: value" expected, or empty
    QTest::addColumn<QString>("note"); // a note that must appear, or empty

    const QByteArray p = "{\"templateId\":\"%1\",\"title\":\"P\",\"parameters\":{%2}}";
    auto policy = [&](const char *id, const char *params) -> QByteArray {
        return QByteArray(p).replace("%1", id).replace("%2", params);
    };
    QTest::newRow("setheader override")
        << policy("setheader",
                  "\"x-ms-apimTemplateParameter.name\":\"X-Env\",\"x-ms-apimTemplateParameter.value\":\"@"
                  "connectionParameters('env')\",\"x-ms-apimTemplateParameter.existsAction\":\"override\","
                  "\"x-ms-apimTemplate-policySection\":\"Request\"")
        << "https://api.example.com/v2/items/7?q=1" << QByteArray("GET") << "X-Env: prod" << QString();
    QTest::newRow("setheader skip keeps")
        << policy("setheader",
                  "\"x-ms-apimTemplateParameter.name\":\"X-Trace\",\"x-ms-apimTemplateParameter.value\":"
                  "\"new\",\"x-ms-apimTemplateParameter.existsAction\":\"skip\"")
        << "https://api.example.com/v2/items/7?q=1" << QByteArray("GET") << "X-Trace: t1" << QString();
    QTest::newRow("setheader from header")
        << policy("setheader",
                  "\"x-ms-apimTemplateParameter.name\":\"Cookie\",\"x-ms-apimTemplateParameter.value\":\"@"
                  "headers('X-Trace')\"")
        << "https://api.example.com/v2/items/7?q=1" << QByteArray("GET") << "Cookie: t1" << QString();
    QTest::newRow("setqueryparameter")
        << policy("setqueryparameter",
                  "\"x-ms-apimTemplateParameter.name\":\"api-version\",\"x-ms-apimTemplateParameter.value\":"
                  "\"2024-01-01\",\"x-ms-apimTemplateParameter.existsAction\":\"override\"")
        << "https://api.example.com/v2/items/7?q=1&api-version=2024-01-01" << QByteArray("GET") << QString()
        << QString();
    QTest::newRow("setqueryparameter override")
        << policy("setqueryparameter",
                  "\"x-ms-apimTemplateParameter.name\":\"q\",\"x-ms-apimTemplateParameter.value\":\"@"
                  "queryParameters('q')0\",\"x-ms-apimTemplateParameter.existsAction\":\"override\"")
        << "https://api.example.com/v2/items/7?q=10" << QByteArray("GET") << QString() << QString();
    QTest::newRow("dynamichosturl") << policy("dynamichosturl",
                                              "\"x-ms-apimTemplateParameter.urlTemplate\":\"https://"
                                              "@connectionParameters('instance').example.net/api\"")
                                    << "https://acme.example.net/api/items/7?q=1" << QByteArray("GET")
                                    << QString() << QString();
    QTest::newRow("dynamichosturl unresolved") << policy(
        "dynamichosturl",
        "\"x-ms-apimTemplateParameter.urlTemplate\":\"https://@connectionParameters('missing').example.net\"")
                                               << "https://api.example.com/v2/items/7?q=1"
                                               << QByteArray("GET") << QString()
                                               << "no value for @connectionParameters('missing')";
    QTest::newRow("routerequesttoendpoint")
        << policy("routerequesttoendpoint",
                  "\"x-ms-apimTemplateParameter.newPath\":\"/things/{id}/"
                  "feed\",\"x-ms-apimTemplateParameter.httpMethod\":\"@Request.OriginalHTTPMethod\"")
        << "https://api.example.com/v2/things/7/feed?q=1" << QByteArray("GET") << QString() << QString();
    QTest::newRow("route with query and method")
        << policy("routerequesttoendpoint",
                  "\"x-ms-apimTemplateParameter.newPath\":\"/"
                  "search?kind=@queryParameters('q')\",\"x-ms-apimTemplateParameter.httpMethod\":\"POST\"")
        << "https://api.example.com/v2/search?kind=1&q=1" << QByteArray("POST") << QString() << QString();
    QTest::newRow("response section")
        << policy("setheader",
                  "\"x-ms-apimTemplateParameter.name\":\"X-R\",\"x-ms-apimTemplateParameter.value\":\"v\","
                  "\"x-ms-apimTemplate-policySection\":\"Response\"")
        << "https://api.example.com/v2/items/7?q=1" << QByteArray("GET") << QString()
        << "works on the response";
    QTest::newRow("unsupported") << policy("pollingtrigger",
                                           "\"x-ms-apimTemplateParameter.triggerConfig\":\"x\"")
                                 << "https://api.example.com/v2/items/7?q=1" << QByteArray("GET") << QString()
                                 << "(pollingtrigger) is not simulated";
}

void RequestBuilderTest::policies()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, url);
    QFETCH(QByteArray, method);
    QFETCH(QString, header);
    QFETCH(QString, note);
    const QByteArray params = "[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"type\":\"string\"},"
                              "{\"name\":\"q\",\"in\":\"query\",\"type\":\"string\"},"
                              "{\"name\":\"X-Trace\",\"in\":\"header\",\"type\":\"string\"}]";
    RequestInput input = values({{"id", {"7"}}, {"q", {"1"}}, {"X-Trace", {"t1"}}});
    input.credentials.connectionParameters = {{"env", "prod"}, {"instance", "acme"}};
    const Built built
        = build(definition("get", "/items/{id}", params), properties("[" + policy + "]"), input);
    QVERIFY2(built.request.isValid(), qPrintable(built.request.error));
    QCOMPARE(built.url, url);
    QCOMPARE(built.request.method, method);
    if (!header.isEmpty()) {
        const QStringList parts = header.split(": ");
        QCOMPARE(QString::fromUtf8(built.request.header(parts[0].toUtf8())), parts[1]);
    }
    if (note.isEmpty())
        QVERIFY2(built.request.notes.isEmpty(), qPrintable(built.request.notes.join('|')));
    else
        QVERIFY2(built.request.notes.join('|').contains(note), qPrintable(built.request.notes.join('|')));
}

void RequestBuilderTest::policyForOtherOperationSkipped()
{
    const QByteArray policy
        = "[{\"templateId\":\"setheader\",\"title\":\"P\",\"parameters\":{\"x-ms-apimTemplateParameter."
          "name\":\"X-A\","
          "\"x-ms-apimTemplateParameter.value\":\"1\",\"x-ms-apimTemplate-operationName\":[\"Other\"]}},"
          "{\"templateId\":\"setproperty\",\"title\":\"S\",\"parameters\":{\"x-ms-apimTemplateParameter."
          "newPropertyParentPathTemplate\":\"@body().meta\","
          "\"x-ms-apimTemplateParameter.newPropertySubPathTemplate\":\"source\",\"x-ms-apimTemplateParameter."
          "propertyValuePathTemplate\":\"designer\","
          "\"x-ms-apimTemplate-operationName\":[\"Op\"]}}]";
    const QByteArray params = "[{\"name\":\"body\",\"in\":\"body\",\"schema\":{\"type\":\"object\"}}]";
    const Built built
        = build(definition("post", "/x", params), properties(policy), values({{"body", {"{\"a\":1}"}}}));
    QVERIFY(!built.request.hasHeader("X-A"));
    QCOMPARE(QJsonDocument::fromJson(built.request.body).object(),
             QJsonDocument::fromJson("{\"a\":1,\"meta\":{\"source\":\"designer\"}}").object());
}

void RequestBuilderTest::environmentNames()
{
    QCOMPARE(Credentials::environmentName("api_key"), QString("CONNECTOR_SECRET_API_KEY"));
    QCOMPARE(Credentials::environmentName("client-Secret.2"), QString("CONNECTOR_SECRET_CLIENT_SECRET_2"));
    ConnectorDocument doc;
    doc.newFromBytes(definition("get", "/x", "[]"), properties());
    QProcessEnvironment env;
    env.insert("CONNECTOR_SECRET_API_KEY", "k1");
    const Credentials credentials = Credentials::fromEnvironment(doc, env);
    QCOMPARE(credentials.apiKey, QString("k1"));
    QCOMPARE(credentials.connectionParameters.value("api_key"), QString("k1"));
}

void RequestBuilderTest::generatedValues()
{
    // The bundled sample: every operation gets enough values to build.
    ConnectorDocument doc;
    QString error;
    QVERIFY(
        doc.open(QString::fromLocal8Bit(qgetenv("CD_SOURCE_DIR")) + "/resources/sample/contoso-hr", &error));
    const OperationIndex index(&doc);
    const TestValueGenerator generator(doc);
    for (const OperationIndex::Entry &entry : index.entries()) {
        const OperationView op(&doc, entry.key);
        RequestInput input = generator.generate(op);
        const RunRequest request = RequestBuilder(doc).build(op, input);
        QVERIFY2(request.isValid(), qPrintable(entry.operationId + ": " + request.error));
    }
    const OperationView create(&doc, index.at(index.indexOfOperationId("CreateEmployee")).key);
    const QJsonObject body
        = QJsonDocument::fromJson(generator.generate(create).values.value("body").value(0).toUtf8()).object();
    QCOMPARE(body.value("email").toString(), QString("test.user@example.com"));
    QCOMPARE(body.value("status").toString(), QString("active")); // the default
    QCOMPARE(body.value("hireDate").toString(), QString("2024-01-15"));
    const OperationView get(&doc, index.at(index.indexOfOperationId("GetEmployee")).key);
    QCOMPARE(generator.generate(get).values.value("employeeId"), QStringList {"e1001"}); // x-ms-test-value
}

void RequestBuilderTest::recursiveSchemaStaysSmall()
{
    // Below two levels only required properties and no array items: small, and still valid.
    const QByteArray def = definition("post", "/nodes", "[{\"name\":\"body\",\"in\":\"body\",\"schema\":{\"$ref\":\"#/definitions/Node\"}}]",
                                      "\"definitions\":{\"Node\":{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{"
                                      "\"id\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"},"
                                      "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Node\"}}}}},");
    ConnectorDocument doc;
    doc.newFromBytes(def, properties());
    const OperationIndex index(&doc);
    const RequestInput input = TestValueGenerator(doc).generate(OperationView(&doc, index.at(0).key));
    QCOMPARE(QJsonDocument::fromJson(input.values.value("body").value(0).toUtf8()).object(),
             QJsonDocument::fromJson(R"({"id":"test","note":"test","children":[{"id":"test"}]})").object());
}

void RequestBuilderTest::corpusPolicies()
{
    // Every corpus connector with policies: each operation's request builds with generated
    // values (or names exactly what is missing), and no policy is passed over silently.
    const QString corpus = QString::fromLocal8Bit(qgetenv("CD_CORPUS")) + "/connectors";
    if (!QDir(corpus).exists())
        QSKIP("no corpus");
    QDirIterator it(corpus, {"apiProperties.json"}, QDir::Files, QDirIterator::Subdirectories);
    int connectors = 0, operations = 0, built = 0, policyNotes = 0;
    while (it.hasNext()) {
        const QString props = it.next();
        QFile file(props);
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().contains("policyTemplateInstances"))
            continue;
        ConnectorDocument doc;
        QString error;
        if (!doc.open(QFileInfo(props).path(), &error) || doc.isReadOnly())
            continue;
        ++connectors;
        const OperationIndex index(&doc);
        const TestValueGenerator generator(doc);
        for (const OperationIndex::Entry &entry : index.entries()) {
            const OperationView op(&doc, entry.key);
            RequestInput input = generator.generate(op);
            input.baseUrl = "http://127.0.0.1:9";
            const RunRequest request = RequestBuilder(doc).build(op, input);
            ++operations;
            built += request.isValid() ? 1 : 0;
            if (!request.isValid())
                QVERIFY2(request.error.startsWith("Missing required values"), qPrintable(request.error));
            else
                QVERIFY2(request.url().isValid(),
                         qPrintable(entry.operationId + " " + request.url().toString()));
            for (const QString &note : request.notes)
                policyNotes += note.startsWith("Policy") ? 1 : 0;
        }
    }
    qInfo("corpus: %d connectors with policies, %d operations, %d requests built, %d policy notes",
          connectors, operations, built, policyNotes);
    QVERIFY(connectors >= 20);
    QVERIFY(built > operations * 9 / 10);
}

QTEST_GUILESS_MAIN(RequestBuilderTest)
#include "RequestBuilderTest.moc"
