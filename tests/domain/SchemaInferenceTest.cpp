// Schema inference: expected schemas for hand-made samples; every JSON response example of
// the Postman corpus conforms to the schema inferred from it; and examples built from the
// schemas of the corpus connectors give back the same types and formats.
#include "DomainTestSupport.h"
#include "CorpusSchemaExamples.h"
#include "SchemaConformance.h"

#include "domain/SampleShape.h"
#include "domain/SchemaInference.h"
#include "json/JsonParser.h"
#include "json/JsonStyle.h"
#include "json/JsonWriter.h"

#include <QDirIterator>
#include <QtTest>

using namespace DomainTest;
using json::JsonValue;

class SchemaInferenceTest : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void options();
    void notJson();
    void tooDeepIsLeftOpen();
    void postmanResponseExamples();
    void corpusConnectorSchemas();
};

// In CI a missing corpus fails the test; elsewhere it skips it, saying why.
#define CORPUS_OR_SKIP(corpus)                                                                 \
    const QString corpus = corpusPath();                                                       \
    if (corpus.isEmpty() && inCi())                                                            \
        QFAIL("The corpus is missing (set CD_CORPUS)");                                        \
    if (corpus.isEmpty())                                                                      \
    QSKIP("No corpus; set CD_CORPUS to run this test")

static std::unique_ptr<JsonValue> parse(const QString &text)
{
    QString error;
    std::unique_ptr<JsonValue> value = json::JsonParser::parseValue(text, &error, {});
    if (!value)
        qWarning("not JSON: %s (%s)", qPrintable(error), qPrintable(text));
    return value;
}

static QByteArray write(const JsonValue &value)
{
    std::unique_ptr<JsonValue> copy = value.clone();
    copy->detachFromSource();
    return json::JsonWriter(json::JsonStyle()).write(*copy).toUtf8();
}

void SchemaInferenceTest::samples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("schema");
    QTest::newRow("scalars") << R"J({"a": true, "b": 1, "c": 1.5, "d": "x", "e": null, "f": -7, "g": 1e3})J"
        << R"J({"type": "object", "properties": {"a": {"type": "boolean"}, "b": {"type": "integer", "format": "int32"},
              "c": {"type": "number"}, "d": {"type": "string"}, "e": {}, "f": {"type": "integer", "format": "int32"},
              "g": {"type": "number"}}})J";
    QTest::newRow("64-bit integers") << R"J([1, 3000000000])J"
        << R"J({"type": "array", "items": {"type": "integer", "format": "int64"}})J";
    QTest::newRow("beyond 64 bits is a number") << R"J(123456789012345678901234)J" << R"J({"type": "number"})J";
    QTest::newRow("integers and decimals") << R"J([1, 2.5])J" << R"J({"type": "array", "items": {"type": "number"}})J";
    QTest::newRow("formats") << R"J({"t": "2024-02-29T10:11:12Z", "t2": "2024-02-29T10:11:12.345+01:00",
                                     "t3": "2024-02-29T10:11", "d": "2024-02-29", "e": "ann@example.com",
                                     "u": "https://example.com/a?b=c", "id": "123e4567-e89b-12d3-a456-426614174000",
                                     "bad1": "2023-02-29", "bad2": "2024-13-01T00:00:00Z", "bad3": "ann@", "s": "hello"})J"
        << R"J({"type": "object", "properties": {
              "t": {"type": "string", "format": "date-time"}, "t2": {"type": "string", "format": "date-time"},
              "t3": {"type": "string", "format": "date-time"}, "d": {"type": "string", "format": "date"},
              "e": {"type": "string", "format": "email"}, "u": {"type": "string", "format": "uri"},
              "id": {"type": "string", "format": "uuid"}, "bad1": {"type": "string"}, "bad2": {"type": "string"},
              "bad3": {"type": "string"}, "s": {"type": "string"}}})J";
    QTest::newRow("formats must agree") << R"J(["2024-01-01", "2024-01-02T00:00:00Z", "x"])J"
        << R"J({"type": "array", "items": {"type": "string"}})J";
    QTest::newRow("same format kept") << R"J(["2024-01-01", "2024-01-02"])J"
        << R"J({"type": "array", "items": {"type": "string", "format": "date"}})J";
    QTest::newRow("array of objects: shapes merged, nulls nullable")
        << R"J([{"id": 1, "name": "a"}, {"id": 2, "tags": ["x"]}, {"id": 2.5, "name": null, "tags": []}])J"
        << R"J({"type": "array", "items": {"type": "object", "properties": {
              "id": {"type": "number"}, "name": {"type": "string", "x-nullable": true},
              "tags": {"type": "array", "items": {"type": "string"}}}}})J";
    QTest::newRow("nested objects") << R"J({"a": {"b": {"c": [{"d": false}]}}})J"
        << R"J({"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {"type": "object",
              "properties": {"c": {"type": "array", "items": {"type": "object", "properties": {
              "d": {"type": "boolean"}}}}}}}}}})J";
    QTest::newRow("conflicting types are left open") << R"J([1, "a", {"x": 1}])J" << R"J({"type": "array", "items": {}})J";
    QTest::newRow("empty array") << R"J([])J" << R"J({"type": "array", "items": {}})J";
    QTest::newRow("nested arrays") << R"J([[1, 2], [3]])J"
        << R"J({"type": "array", "items": {"type": "array", "items": {"type": "integer", "format": "int32"}}})J";
    QTest::newRow("empty object") << R"J({})J" << R"J({"type": "object"})J";
    QTest::newRow("null alone") << R"J(null)J" << R"J({})J";
    QTest::newRow("keys keep their order") << R"J({"z": 1, "a": 2, "m": 3})J"
        << R"J({"type": "object", "properties": {"z": {"type": "integer", "format": "int32"},
              "a": {"type": "integer", "format": "int32"}, "m": {"type": "integer", "format": "int32"}}})J";
}

void SchemaInferenceTest::samples()
{
    QFETCH(QString, sample);
    QFETCH(QString, schema);
    std::unique_ptr<JsonValue> value = parse(sample);
    QVERIFY(value);
    std::unique_ptr<JsonValue> inferred = SchemaInference::infer(*value);
    DOMAIN_COMPARE_JSON(write(*inferred), schema);
    const QStringList problems = SchemaConformance().check(*value, *inferred);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SchemaInferenceTest::options()
{
    std::unique_ptr<JsonValue> value = parse(R"J([{"firstName": "a", "userId": 1}, {"firstName": "b"}, {"firstName": null}])J");
    SchemaInference::Options options;
    options.required = true;
    options.summaries = true;
    options.nullable = false;
    DOMAIN_COMPARE_JSON(write(*SchemaInference::infer(*value, options)),
                        R"J({"type": "array", "items": {"type": "object", "properties": {
                            "firstName": {"type": "string", "x-ms-summary": "First Name"},
                            "userId": {"type": "integer", "format": "int32", "x-ms-summary": "User ID"}},
                            "required": ["firstName"]}})J");
}

void SchemaInferenceTest::notJson()
{
    QString error;
    QVERIFY(!SchemaInference::inferFromText(QStringLiteral("{\"a\": }"), &error));
    QVERIFY2(error.contains(QStringLiteral("1:7")), qPrintable(error));
    // Tolerant: comments and trailing commas in a pasted sample are fine.
    QVERIFY(SchemaInference::inferFromText(QStringLiteral("{\"a\": 1, // n\n}"), &error));
}

void SchemaInferenceTest::tooDeepIsLeftOpen()
{
    QString text;
    for (int i = 0; i < 100; ++i)
        text += QStringLiteral("{\"a\": ");
    text += QStringLiteral("1") + QString(100, QLatin1Char('}'));
    std::unique_ptr<JsonValue> value = parse(text);
    std::unique_ptr<JsonValue> schema = SchemaInference::infer(*value);
    int depth = 0;
    const JsonValue *node = schema.get();
    while (node && node->member(QStringLiteral("properties"))) {
        node = node->member(QStringLiteral("properties"))->member(QStringLiteral("a"));
        ++depth;
    }
    QCOMPARE(depth, SchemaInference::Options().maxDepth);
    QVERIFY(node && node->size() == 0); // open below the limit
    QVERIFY(SchemaConformance().check(*value, *schema).isEmpty());
}


// Response examples: "response"/"responses" arrays of Postman v2 ("body") and v1 ("text").
static void collectExamples(const JsonValue *node, QStringList &bodies)
{
    if (!node || !node->isContainer())
        return;
    for (int i = 0; i < node->size(); ++i) {
        const JsonValue *child = node->at(i);
        const QString key = node->isObject() ? node->keyAt(i) : QString();
        if ((key == QLatin1String("response") || key == QLatin1String("responses")) && child->isArray()) {
            for (int j = 0; j < child->size(); ++j) {
                const JsonValue *example = child->at(j);
                for (const char *field : {"body", "text"}) {
                    const JsonValue *body = example->isObject() ? example->member(QString::fromLatin1(field)) : nullptr;
                    if (body && body->isString() && !body->toString().trimmed().isEmpty())
                        bodies.append(body->toString());
                }
            }
        }
        collectExamples(child, bodies);
    }
}

void SchemaInferenceTest::postmanResponseExamples()
{
    CORPUS_OR_SKIP(corpus);
    int checked = 0, files = 0;
    QDirIterator it(corpus + QStringLiteral("/postman"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        json::ParseResult collection = json::JsonParser::parse(QString::fromUtf8(file.readAll()));
        if (!collection.ok())
            continue;
        ++files;
        QStringList bodies;
        collectExamples(collection.root.get(), bodies);
        for (const QString &body : bodies) {
            json::ParseResult sample = json::JsonParser::parse(body);
            if (!sample.ok() || !sample.root->isContainer())
                continue; // not a JSON body (HTML, text, ...)
            for (const bool required : {false, true}) {
                SchemaInference::Options options;
                options.required = required;
                std::unique_ptr<JsonValue> schema = SchemaInference::infer(*sample.root, options);
                const QStringList problems = SchemaConformance().check(*sample.root, *schema);
                QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1:\n%2\n%3")
                                                            .arg(it.fileName(), problems.mid(0, 5).join(QLatin1Char('\n')),
                                                                 body.left(400))));
            }
            ++checked;
        }
    }
    qInfo("%d JSON response examples from %d Postman files conform to their inferred schema", checked, files);
    QVERIFY(checked >= 500);
}

void SchemaInferenceTest::corpusConnectorSchemas()
{
    CORPUS_OR_SKIP(corpus);
    CorpusSchemaExamples check;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("apiDefinition.swagger.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        check.checkConnector(it.next());
    qInfo("%d schemas from %d connectors: %d typed nodes compared, %d formats", check.schemas(), check.connectors(),
          check.comparedNodes(), check.comparedFormats());
    QVERIFY2(check.problems().isEmpty(), qPrintable(check.problems().mid(0, 20).join(QLatin1Char('\n'))));
    QVERIFY(check.schemas() > 2000);
    QVERIFY(check.comparedFormats() > 100);
}

QTEST_GUILESS_MAIN(SchemaInferenceTest)
#include "SchemaInferenceTest.moc"
