#include "TestHistoryEntry.h"

#include "OperationTest.h"

#include <QJsonArray>
#include <QObject>
#include <QStringDecoder>
#include <QUuid>

namespace {

// Bodies are kept as text when they are UTF-8, else as base64.
void putBytes(QJsonObject &object, const QString &key, const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        object.insert(key + QStringLiteral("Base64"), QString::fromLatin1(bytes.toBase64()));
    else
        object.insert(key, text);
}

QByteArray getBytes(const QJsonObject &object, const QString &key)
{
    const QString base64 = key + QStringLiteral("Base64");
    if (object.contains(base64))
        return QByteArray::fromBase64(object.value(base64).toString().toLatin1());
    return object.value(key).toString().toUtf8();
}

QJsonArray headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &header : headers)
        array.append(QJsonArray {QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QJsonValue &value)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QJsonObject requestToJson(const RunRequest &request)
{
    QJsonObject object {
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("serviceUrl"), request.serviceUrl},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query},
        {QStringLiteral("headers"), headersToJson(request.headers)},
        {QStringLiteral("contentType"), QString::fromUtf8(request.contentType)},
        {QStringLiteral("credentialQueryItems"), QJsonArray::fromStringList(request.credentialQueryItems)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(request.notes)},
        {QStringLiteral("error"), request.error}};
    QStringList credentialHeaders;
    for (const QByteArray &name : request.credentialHeaders)
        credentialHeaders.append(QString::fromLatin1(name));
    credentialHeaders.sort();
    object.insert(QStringLiteral("credentialHeaders"), QJsonArray::fromStringList(credentialHeaders));
    putBytes(object, QStringLiteral("body"), request.body);
    return object;
}

RunRequest requestFromJson(const QJsonObject &object)
{
    RunRequest request;
    request.method = object.value(QLatin1String("method")).toString().toLatin1();
    request.serviceUrl = object.value(QLatin1String("serviceUrl")).toString();
    request.path = object.value(QLatin1String("path")).toString();
    request.query = object.value(QLatin1String("query")).toString();
    request.headers = headersFromJson(object.value(QLatin1String("headers")));
    request.contentType = object.value(QLatin1String("contentType")).toString().toUtf8();
    request.credentialQueryItems = stringsFromJson(object.value(QLatin1String("credentialQueryItems")));
    for (const QString &name : stringsFromJson(object.value(QLatin1String("credentialHeaders"))))
        request.credentialHeaders.insert(name.toLatin1());
    request.notes = stringsFromJson(object.value(QLatin1String("notes")));
    request.error = object.value(QLatin1String("error")).toString();
    request.body = getBytes(object, QStringLiteral("body"));
    return request;
}

QJsonObject resultToJson(const RunResult &result)
{
    QJsonArray attempts;
    for (const RunAttempt &attempt : result.attempts)
        attempts.append(QJsonObject {{QStringLiteral("url"), attempt.url.toString(QUrl::FullyEncoded)},
                                     {QStringLiteral("status"), attempt.status},
                                     {QStringLiteral("error"), attempt.error},
                                     {QStringLiteral("waitedMs"), double(attempt.waitedMs)},
                                     {QStringLiteral("elapsedMs"), double(attempt.elapsedMs)}});
    QJsonObject object {{QStringLiteral("hasResponse"), result.hasResponse},
                        {QStringLiteral("status"), result.status},
                        {QStringLiteral("reason"), QString::fromUtf8(result.reason)},
                        {QStringLiteral("headers"), headersToJson(result.headers)},
                        {QStringLiteral("finalUrl"), result.finalUrl.toString(QUrl::FullyEncoded)},
                        {QStringLiteral("totalMs"), double(result.totalMs)},
                        {QStringLiteral("size"), double(result.size)},
                        {QStringLiteral("attempts"), attempts},
                        {QStringLiteral("error"), result.error},
                        {QStringLiteral("tlsErrors"), QJsonArray::fromStringList(result.tlsErrors)},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
                        {QStringLiteral("cancelled"), result.cancelled},
                        {QStringLiteral("timedOut"), result.timedOut}};
    putBytes(object, QStringLiteral("body"), result.body);
    return object;
}

RunResult resultFromJson(const QJsonObject &object)
{
    RunResult result;
    result.hasResponse = object.value(QLatin1String("hasResponse")).toBool();
    result.status = object.value(QLatin1String("status")).toInt();
    result.reason = object.value(QLatin1String("reason")).toString().toUtf8();
    result.headers = headersFromJson(object.value(QLatin1String("headers")));
    result.finalUrl = QUrl::fromEncoded(object.value(QLatin1String("finalUrl")).toString().toUtf8());
    result.totalMs = qint64(object.value(QLatin1String("totalMs")).toDouble());
    result.size = qint64(object.value(QLatin1String("size")).toDouble());
    const QJsonArray attempts = object.value(QLatin1String("attempts")).toArray();
    for (const QJsonValue &value : attempts) {
        const QJsonObject a = value.toObject();
        RunAttempt attempt;
        attempt.url = QUrl::fromEncoded(a.value(QLatin1String("url")).toString().toUtf8());
        attempt.status = a.value(QLatin1String("status")).toInt();
        attempt.error = a.value(QLatin1String("error")).toString();
        attempt.waitedMs = qint64(a.value(QLatin1String("waitedMs")).toDouble());
        attempt.elapsedMs = qint64(a.value(QLatin1String("elapsedMs")).toDouble());
        result.attempts.append(attempt);
    }
    result.error = object.value(QLatin1String("error")).toString();
    result.tlsErrors = stringsFromJson(object.value(QLatin1String("tlsErrors")));
    result.notes = stringsFromJson(object.value(QLatin1String("notes")));
    result.cancelled = object.value(QLatin1String("cancelled")).toBool();
    result.timedOut = object.value(QLatin1String("timedOut")).toBool();
    result.body = getBytes(object, QStringLiteral("body"));
    return result;
}

} // namespace

TestHistoryEntry TestHistoryEntry::fromTest(const OperationTest &test, const QString &connectionName)
{
    TestHistoryEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.when = QDateTime::currentDateTimeUtc().addMSecs(-test.result.totalMs);
    entry.operationId = test.operationId;
    entry.connectionName = connectionName;
    entry.request = test.request;
    entry.result = test.result;
    entry.schemaChecked = test.schema.checked;
    entry.schemaValid = test.schema.valid;
    for (const SchemaMismatch &m : test.schema.mismatches)
        entry.mismatches.append(QObject::tr("%1: expected %2, got %3").arg(m.path, m.expected, m.actual));
    entry.passed = test.passed;
    entry.error = test.error;
    return entry;
}

QString TestHistoryEntry::verdict() const
{
    if (!result.hasResponse)
        return QObject::tr("no response: %1").arg(error.isEmpty() ? result.error : error);
    QString text = QStringLiteral("%1 %2").arg(result.status).arg(QString::fromUtf8(result.reason)).trimmed();
    if (schemaChecked)
        text += schemaValid ? QObject::tr(", schema valid")
                            : QObject::tr(", %n schema mismatch(es)", nullptr, int(mismatches.size()));
    return text;
}

QJsonObject TestHistoryEntry::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("when"), when.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("operationId"), operationId},
                        {QStringLiteral("connection"), connectionName},
                        {QStringLiteral("request"), requestToJson(request)},
                        {QStringLiteral("response"), resultToJson(result)},
                        {QStringLiteral("schemaChecked"), schemaChecked},
                        {QStringLiteral("schemaValid"), schemaValid},
                        {QStringLiteral("mismatches"), QJsonArray::fromStringList(mismatches)},
                        {QStringLiteral("passed"), passed},
                        {QStringLiteral("error"), error}};
}

bool TestHistoryEntry::fromJson(const QJsonObject &object, TestHistoryEntry *entry, QString *error)
{
    if (!object.value(QLatin1String("id")).isString() || !object.value(QLatin1String("request")).isObject()
        || !object.value(QLatin1String("response")).isObject()) {
        if (error)
            *error = QObject::tr("not a history entry (id, request and response expected)");
        return false;
    }
    entry->id = object.value(QLatin1String("id")).toString();
    entry->when = QDateTime::fromString(object.value(QLatin1String("when")).toString(), Qt::ISODateWithMs);
    entry->operationId = object.value(QLatin1String("operationId")).toString();
    entry->connectionName = object.value(QLatin1String("connection")).toString();
    entry->request = requestFromJson(object.value(QLatin1String("request")).toObject());
    entry->result = resultFromJson(object.value(QLatin1String("response")).toObject());
    entry->schemaChecked = object.value(QLatin1String("schemaChecked")).toBool();
    entry->schemaValid = object.value(QLatin1String("schemaValid")).toBool(true);
    entry->mismatches = stringsFromJson(object.value(QLatin1String("mismatches")));
    entry->passed = object.value(QLatin1String("passed")).toBool();
    entry->error = object.value(QLatin1String("error")).toString();
    return true;
}
