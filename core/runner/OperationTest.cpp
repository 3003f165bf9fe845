#include "OperationTest.h"

#include "HttpRunner.h"
#include "RequestBuilder.h"
#include "ResponseSchemaCheck.h"
#include "domain/OperationView.h"

#include <QJsonArray>
#include <QObject>

OperationTest OperationTest::run(const ConnectorDocument &document, const OperationView &operation,
                                 const RequestInput &input, QNetworkAccessManager *network,
                                 const RunOptions &options)
{
    OperationTest test;
    test.operationId = operation.operationId();
    test.request = RequestBuilder(document).build(operation, input);
    if (!test.request.isValid()) {
        test.error = test.request.error;
        return test;
    }
    test.result = HttpRunner::run(network, test.request, options);
    test.ran = test.result.hasResponse;
    if (!test.ran) {
        test.error = test.result.error;
        return test;
    }
    test.schema = ResponseSchemaCheck(document).check(operation, test.result.status, test.result.body);
    test.passed = test.result.isSuccess() && test.schema.valid;
    if (!test.result.isSuccess())
        test.error = QObject::tr("HTTP %1 %2")
                         .arg(test.result.status)
                         .arg(QString::fromUtf8(test.result.reason))
                         .trimmed();
    else if (!test.schema.valid)
        test.error = QObject::tr("%n schema mismatch(es)", nullptr, int(test.schema.mismatches.size()));
    return test;
}

QJsonObject OperationTest::toJson() const
{
    QJsonArray attempts;
    for (const RunAttempt &attempt : result.attempts) {
        QJsonObject entry {
            {QStringLiteral("url"), attempt.url.toString()},
            {QStringLiteral("status"), attempt.status ? QJsonValue(attempt.status) : QJsonValue()},
            {QStringLiteral("waitedMs"), attempt.waitedMs},
            {QStringLiteral("elapsedMs"), attempt.elapsedMs}};
        if (!attempt.error.isEmpty())
            entry.insert(QStringLiteral("error"), attempt.error);
        attempts.append(entry);
    }
    QJsonArray mismatches;
    for (const SchemaMismatch &m : schema.mismatches)
        mismatches.append(QJsonObject {{QStringLiteral("path"), m.path},
                                       {QStringLiteral("expected"), m.expected},
                                       {QStringLiteral("actual"), m.actual},
                                       {QStringLiteral("message"), m.message}});
    QJsonArray notes;
    for (const QString &note : request.notes + result.notes)
        notes.append(note);
    return QJsonObject {
        {QStringLiteral("operationId"), operationId},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), request.isValid() ? request.maskedUrl() : QString()},
        {QStringLiteral("status"), ran ? QJsonValue(result.status) : QJsonValue()},
        {QStringLiteral("schemaValid"), ran && schema.checked ? QJsonValue(schema.valid) : QJsonValue()},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("timeMs"), result.totalMs},
        {QStringLiteral("size"), result.size},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("mismatches"), mismatches},
    };
}
