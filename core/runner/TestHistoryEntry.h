#pragma once

#include "RunRequest.h"
#include "RunResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct OperationTest;

// One exchange of the Test tab or the CLI as the history keeps it: the request as sent, the
// response, timings and attempts, the schema verdict and the connection used. Entries in a
// TestHistory are masked (TestHistory::masked): no credential value is left in them.
struct TestHistoryEntry
{
    QString id;
    QDateTime when; // UTC, when the exchange started
    QString operationId;
    QString connectionName; // empty: no connection (CLI environment variables, or none)
    RunRequest request;
    RunResult result;
    bool schemaChecked = false;
    bool schemaValid = true;
    QStringList mismatches; // "path: expected X, got Y"
    bool passed = false;
    QString error;

    static TestHistoryEntry fromTest(const OperationTest &test, const QString &connectionName);
    // "200 OK, schema valid", "401 Unauthorized", "no response: ...": one line for a list.
    QString verdict() const;

    QJsonObject toJson() const;
    // False with *error set when the object is not an entry.
    static bool fromJson(const QJsonObject &object, TestHistoryEntry *entry, QString *error);
};
