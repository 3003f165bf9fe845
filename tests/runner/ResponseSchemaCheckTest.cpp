// ResponseSchemaCheck: responses of the bundled sample checked against its schemas with
// valijson (draft 4): matches, each kind of mismatch with its JSON path, expected and actual.
#include "runner/ResponseSchemaCheck.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"

#include <QJsonDocument>
#include <QtTest>

class ResponseSchemaCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validEmployee();
    void mismatches_data();
    void mismatches();
    void nestedArrayPath();
    void noSchemaForStatus();
    void notJson();
    void nullableAllowsNull();

private:
    SchemaCheckResult check(const QString &operationId, int status, const QByteArray &body) const;
    ConnectorDocument m_doc;
};

void ResponseSchemaCheckTest::initTestCase()
{
    QString error;
    QVERIFY2(
        m_doc.open(QString::fromLocal8Bit(qgetenv("CD_SOURCE_DIR")) + "/resources/sample/contoso-hr", &error),
        qPrintable(error));
}

SchemaCheckResult ResponseSchemaCheckTest::check(const QString &operationId, int status,
                                                 const QByteArray &body) const
{
    const OperationIndex index(&m_doc);
    return ResponseSchemaCheck(m_doc).check(
        OperationView(&m_doc, index.at(index.indexOfOperationId(operationId)).key), status, body);
}

void ResponseSchemaCheckTest::validEmployee()
{
    const SchemaCheckResult result
        = check("GetEmployee", 200, R"({"id":"e1","displayName":"A","email":"a@b.c","status":"active"})");
    QVERIFY(result.checked);
    QVERIFY(result.valid);
    QCOMPARE(result.responseKey, QString("200"));
    QVERIFY(result.mismatches.isEmpty());
}

void ResponseSchemaCheckTest::mismatches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("actual");

    QTest::newRow("wrong type") << QByteArray(R"({"id":42,"displayName":"A","email":"a@b.c"})") << "$.id"
                                << "string"
                                << "number 42";
    QTest::newRow("missing required") << QByteArray(R"({"id":"e1","displayName":"A"})") << "$.email"
                                      << "required property"
                                      << "missing";
    QTest::newRow("enum") << QByteArray(R"({"id":"e1","displayName":"A","email":"a@b.c","status":"gone"})")
                          << "$.status"
                          << "string one of \"active\", \"onLeave\", \"terminated\""
                          << "string \"gone\"";
    QTest::newRow("array for object") << QByteArray("[1]") << "$"
                                      << "object"
                                      << "array [1 items]";
}

void ResponseSchemaCheckTest::mismatches()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QString, actual);
    const SchemaCheckResult result = check("GetEmployee", 200, body);
    QVERIFY(result.checked);
    QVERIFY(!result.valid);
    QVERIFY(!result.mismatches.isEmpty());
    const SchemaMismatch &m = result.mismatches.first();
    QCOMPARE(m.path, path);
    QCOMPARE(m.expected, expected);
    QCOMPARE(m.actual, actual);
    QVERIFY(!m.message.isEmpty());
}

void ResponseSchemaCheckTest::nestedArrayPath()
{
    // EmployeeList.value[] -> #/definitions/Employee, followed through the reference.
    const SchemaCheckResult result = check(
        "ListEmployees", 200,
        R"({"value":[{"id":"e1","displayName":"A","email":"a@b.c"},{"id":"e2","displayName":true,"email":"x"}]})");
    QVERIFY(!result.valid);
    QCOMPARE(result.mismatches.size(), 1);
    QCOMPARE(result.mismatches.first().path, QString("$.value[1].displayName"));
    QCOMPARE(result.mismatches.first().expected, QString("string"));
    QCOMPARE(result.mismatches.first().actual, QString("boolean true"));
}

void ResponseSchemaCheckTest::noSchemaForStatus()
{
    const SchemaCheckResult result = check("GetEmployee", 404, "{\"error\":{}}");
    QVERIFY(!result.checked);
    QVERIFY(result.valid);
    QVERIFY(result.note.contains("404"));
}

void ResponseSchemaCheckTest::notJson()
{
    const SchemaCheckResult result = check("GetEmployee", 200, "<html>");
    QVERIFY(!result.valid);
    QCOMPARE(result.mismatches.first().actual, QString("not JSON"));
}

void ResponseSchemaCheckTest::nullableAllowsNull()
{
    const QJsonObject schema
        = QJsonDocument::fromJson(
              R"({"type":"object","properties":{"a":{"type":"string","x-nullable":true},"b":{"type":"string"}}})")
              .object();
    QVERIFY(
        ResponseSchemaCheck::checkValue(schema, {}, QJsonDocument::fromJson(R"({"a":null})").object()).valid);
    const SchemaCheckResult result
        = ResponseSchemaCheck::checkValue(schema, {}, QJsonDocument::fromJson(R"({"b":null})").object());
    QVERIFY(!result.valid);
    QCOMPARE(result.mismatches.first().path, QString("$.b"));
    QCOMPARE(result.mismatches.first().actual, QString("null"));
}

QTEST_GUILESS_MAIN(ResponseSchemaCheckTest)
#include "ResponseSchemaCheckTest.moc"
