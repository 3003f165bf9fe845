// curl commands -> one operation; format detection; writing the connector folder.
#include "ImportTestSupport.h"
#include "document/ConnectorDocument.h"
#include "domain/JsonBuilder.h"
#include "import/ConnectorImporter.h"
#include "import/CurlCommand.h"
#include "import/InputTree.h"

#include <QtTest>

using namespace ImportTest;

class CurlImportTest : public QObject
{
    Q_OBJECT

private slots:
    void tokenizer_data();
    void tokenizer();
    void jsonPost();
    void flags_data();
    void flags();
    void unclosedQuoteIsLocated();
    void missingUrlIsAnError();
    void detection_data();
    void detection();
    void writesAConnectorFolderTheDesignerOpens();
};

void CurlImportTest::tokenizer_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("quotes") << "curl -H 'A: \"b\"' \"x\\\"y\" $'a\\tb'"
                            << QStringList {"curl", "-H", "A: \"b\"", "x\"y", "a\tb"};
    QTest::newRow("backslash") << "curl \\\n  -X POST \\\r\n  https://a"
                               << QStringList {"curl", "-X", "POST", "https://a"};
    QTest::newRow("backtick") << "curl `\n -X PUT `\n https://a"
                              << QStringList {"curl", "-X", "PUT", "https://a"};
    QTest::newRow("caret") << "curl ^\n -X PUT ^\n \"https://a\""
                           << QStringList {"curl", "-X", "PUT", "https://a"};
    QTest::newRow("escaped space") << "curl a\\ b" << QStringList {"curl", "a b"};
}

void CurlImportTest::tokenizer()
{
    QFETCH(QString, command);
    QFETCH(QStringList, tokens);
    QString error;
    int offset = 0;
    QStringList texts;
    for (const CurlCommand::Token &token : CurlCommand::tokenize(command, &error, &offset))
        texts.append(token.text);
    QCOMPARE(error, QString());
    QCOMPARE(texts, tokens);
}

void CurlImportTest::jsonPost()
{
    const ImportedConnector result
        = ConnectorImporter::importText("curl -X POST 'https://api.example.com/v1/orders?dry_run=true' \\\n"
                                        "  -H 'Content-Type: application/json' -H 'X-Request-Id: 7' \\\n"
                                        "  --data-raw '{\"item\": \"pen\", \"count\": 2}'");
    QVERIFY(result.ok());
    QCOMPARE(result.format, QStringLiteral("curl"));
    QCOMPARE(result.operationCount(), 1);
    QCOMPARE(text(result, "/host"), QStringLiteral("api.example.com"));
    const QString op = "/paths/~1v1~1orders/post";
    QCOMPARE(text(result, op + "/summary"), QStringLiteral("Post V1 Orders"));
    QCOMPARE(text(result, op + "/operationId"), QStringLiteral("PostV1Orders"));
    QCOMPARE(text(result, op + "/parameters/0/name"), QStringLiteral("dry_run"));
    QCOMPARE(text(result, op + "/parameters/1/name"), QStringLiteral("X-Request-Id"));
    QCOMPARE(compact(result, op + "/parameters/2/schema"),
             QStringLiteral(
                 "{\"type\":\"object\",\"properties\":{\"item\":{\"type\":\"string\"},\"count\":{\"type\":"
                 "\"integer\",\"format\":\"int32\"}}}"));
    QCOMPARE(compact(result, op + "/consumes"), QStringLiteral("[\"application/json\"]"));
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void CurlImportTest::flags_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("-u basic") << "curl -u me:pw https://a.example.com/x"
                              << "/securityDefinitions"
                              << "{\"basic_auth\":{\"type\":\"basic\"}}";
    QTest::newRow("bearer") << "curl -H 'Authorization: Bearer abc' https://a.example.com/x"
                            << "/security"
                            << "[{\"bearer_auth\":[]}]";
    QTest::newRow("api key header") << "curl -H 'x-api-key: 1' https://a.example.com/x"
                                    << "/securityDefinitions/api_key"
                                    << "{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"x-api-key\"}";
    QTest::newRow("-d implies POST form")
        << "curl https://a.example.com/x -d a=1 -d b=2"
        << "/paths/~1x/post/parameters/1"
        << "{\"name\":\"b\",\"in\":\"formData\",\"required\":false,\"type\":\"string\"}";
    QTest::newRow("--data-urlencode") << "curl --data-urlencode 'q=a b' https://a.example.com/x"
                                      << "/paths/~1x/post/consumes"
                                      << "[\"application/x-www-form-urlencoded\"]";
    QTest::newRow("-F file") << "curl -F 'doc=@a.pdf' -F 'n=1' https://a.example.com/up"
                             << "/paths/~1up/post/parameters/0/type"
                             << "file";
    QTest::newRow("--url and -XPUT") << "curl -XPUT --url https://a.example.com/y --json '[1]'"
                                     << "/paths/~1y/put/consumes"
                                     << "[\"application/json\"]";
    QTest::newRow("-G moves data to the query") << "curl -G https://a.example.com/s -d q=1"
                                                << "/paths/~1s/get/parameters/0/in"
                                                << "query";
    QTest::newRow("-I head") << "curl -sI https://a.example.com/h"
                             << "/paths/~1h/head/operationId"
                             << "HeadH";
    QTest::newRow("switches ignored") << "curl -sSL --compressed -o out.txt http://a.example.com/z"
                                      << "/schemes"
                                      << "[\"http\"]";
}

void CurlImportTest::flags()
{
    QFETCH(QString, command);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    const ImportedConnector result = ConnectorImporter::importText(command, ConnectorImporter::Format::Curl);
    QVERIFY2(result.ok(), qPrintable(result.report.text("cmd")));
    QCOMPARE(compact(result, pointer), expected);
    QCOMPARE(structuralErrors(result).join("\n"), QString());
}

void CurlImportTest::unclosedQuoteIsLocated()
{
    const ImportedConnector result
        = ConnectorImporter::importText("curl https://a.example.com \\\n  -d '{\"a\": 1}");
    QVERIFY(!result.ok());
    QCOMPARE(result.report.entries().first().severity, ImportReport::Severity::Error);
    QCOMPARE(result.report.entries().first().line, 2);
    QCOMPARE(result.report.entries().first().column, 6);
}

void CurlImportTest::missingUrlIsAnError()
{
    const ImportedConnector result
        = ConnectorImporter::importText("curl -X POST", ConnectorImporter::Format::Curl);
    QVERIFY(!result.ok());
    QVERIFY(result.report.hasErrors());
}

void CurlImportTest::detection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::newRow("curl") << "  curl https://x" << int(ConnectorImporter::Format::Curl);
    QTest::newRow("swagger") << "{\"swagger\": \"2.0\"}" << int(ConnectorImporter::Format::Swagger);
    QTest::newRow("openapi yaml") << "openapi: 3.0.0\n" << int(ConnectorImporter::Format::OpenApi);
    QTest::newRow("postman") << "{\"info\": {\"schema\": \"https://schema.getpostman.com/x\"}, \"item\": []}"
                             << int(ConnectorImporter::Format::Postman);
    QTest::newRow("postman v1") << "{\"name\": \"a\", \"order\": [], \"requests\": []}"
                                << int(ConnectorImporter::Format::Postman);
    QTest::newRow("other") << "{\"a\": 1}" << int(ConnectorImporter::Format::Auto);
}

void CurlImportTest::detection()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    const InputTree tree = InputTree::parse(text);
    QCOMPARE(int(ConnectorImporter::detect(text, &tree)), format);
}

void CurlImportTest::writesAConnectorFolderTheDesignerOpens()
{
    const ImportedConnector result
        = ConnectorImporter::importText("curl -u a:b https://w.example.com/items/1");
    QVERIFY(result.ok());
    QTemporaryDir dir;
    const QString folder = dir.filePath("out/nested");
    QString error;
    QVERIFY2(result.write(folder, &error), qPrintable(error));
    ConnectorDocument document;
    QVERIFY2(document.open(folder, &error), qPrintable(error));
    QCOMPARE(JsonBuilder::displayText(
                 document.value(ConnectorDocument::Part::Definition, json::JsonPointer::fromString("/host"))),
             QStringLiteral("w.example.com"));
    QFile written(folder + "/apiProperties.json");
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), result.propertiesBytes());
}

QTEST_GUILESS_MAIN(CurlImportTest)
#include "CurlImportTest.moc"
