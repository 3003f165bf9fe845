#pragma once

#include "DemoReply.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

// The data and the behaviour of the demo "Contoso HR" API, without HTTP: employees
// (list with search/department/status/top, get, create, update, delete), a rate-limited
// audit log (every other call answers 429 with Retry-After: 1) and a slow headcount report.
// Paths are relative to the base path ("/employees/e1001").
class DemoDirectory
{
public:
    DemoDirectory();

    DemoReply handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, const QString &baseUrl);

    int slowDelayMs() const { return m_slowDelayMs; }
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }
    int size() const { return int(m_employees.size()); }

    static DemoReply error(int status, const QString &code, const QString &message);

private:
    DemoReply list(const QUrlQuery &query, const QString &baseUrl) const;
    DemoReply create(const QByteArray &body);
    DemoReply update(const QString &id, const QByteArray &body);
    DemoReply remove(const QString &id);
    DemoReply auditLog();
    DemoReply headcount(const QUrlQuery &query) const;
    int indexOf(const QString &id) const;
    static QString inputProblem(const QJsonObject &input, bool create);

    QList<QJsonObject> m_employees;
    QList<QJsonObject> m_audit;
    int m_nextId = 1100;
    int m_auditCalls = 0;
    int m_slowDelayMs = 1500;
};
