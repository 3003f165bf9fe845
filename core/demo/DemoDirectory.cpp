#include "DemoDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace {

QJsonObject employee(const char *id, const char *name, const char *email, const char *title,
                     const char *department, const char *status, const char *hired)
{
    return QJsonObject {
        {QStringLiteral("id"), QLatin1String(id)},
        {QStringLiteral("displayName"), QLatin1String(name)},
        {QStringLiteral("email"), QLatin1String(email)},
        {QStringLiteral("jobTitle"), QLatin1String(title)},
        {QStringLiteral("department"), QLatin1String(department)},
        {QStringLiteral("status"), QLatin1String(status)},
        {QStringLiteral("hireDate"), QLatin1String(hired)},
        {QStringLiteral("createdAt"), QStringLiteral("%1T09:00:00Z").arg(QLatin1String(hired))},
    };
}

DemoReply json(int status, const QJsonObject &object)
{
    return DemoReply {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, 0};
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

DemoDirectory::DemoDirectory()
{
    m_employees = {
        employee("e1001", "Adele Vance", "adele.vance@contoso.example", "Retail Manager", "Sales", "active",
                 "2019-03-04"),
        employee("e1002", "Alex Wilber", "alex.wilber@contoso.example", "Marketing Assistant", "Marketing",
                 "active", "2020-06-15"),
        employee("e1003", "Diego Siciliani", "diego.siciliani@contoso.example", "HR Manager",
                 "Human Resources", "active", "2018-01-08"),
        employee("e1004", "Grady Archie", "grady.archie@contoso.example", "Designer", "Research", "onLeave",
                 "2021-09-01"),
        employee("e1005", "Isaiah Langer", "isaiah.langer@contoso.example", "Sales Rep", "Sales", "active",
                 "2022-02-14"),
        employee("e1006", "Johanna Lorenz", "johanna.lorenz@contoso.example", "Senior Engineer",
                 "Engineering", "active", "2017-11-20"),
        employee("e1007", "Lee Gu", "lee.gu@contoso.example", "Director", "Manufacturing", "terminated",
                 "2016-05-30"),
        employee("e1008", "Megan Bowen", "megan.bowen@contoso.example", "Marketing Manager", "Marketing",
                 "active", "2019-08-12"),
    };
}

DemoReply DemoDirectory::error(int status, const QString &code, const QString &message)
{
    return json(
        status,
        QJsonObject {{QStringLiteral("error"),
                      QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

DemoReply DemoDirectory::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                const QByteArray &body, const QString &baseUrl)
{
    static const QRegularExpression one(QStringLiteral("^/employees/([^/]+)$"));
    const QRegularExpressionMatch match = one.match(path);
    if (path == QLatin1String("/employees")) {
        if (method == "GET")
            return list(query, baseUrl);
        if (method == "POST")
            return create(body);
    } else if (match.hasMatch()) {
        const QString id = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
        if (method == "GET") {
            const int index = indexOf(id);
            return index < 0 ? error(404, QStringLiteral("NotFound"),
                                     QStringLiteral("No employee has the ID '%1'.").arg(id))
                             : json(200, m_employees.at(index));
        }
        if (method == "PATCH")
            return update(id, body);
        if (method == "DELETE")
            return remove(id);
    } else if (path == QLatin1String("/audit-log")) {
        if (method == "GET")
            return auditLog();
    } else if (path == QLatin1String("/reports/headcount")) {
        if (method == "GET")
            return headcount(query);
    } else {
        return error(404, QStringLiteral("NotFound"), QStringLiteral("There is nothing at '%1'.").arg(path));
    }
    return error(405, QStringLiteral("MethodNotAllowed"),
                 QStringLiteral("'%1' does not accept %2.").arg(path, QString::fromLatin1(method)));
}

DemoReply DemoDirectory::list(const QUrlQuery &query, const QString &baseUrl) const
{
    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const QString department = query.queryItemValue(QStringLiteral("department"), QUrl::FullyDecoded);
    const QString status = query.hasQueryItem(QStringLiteral("status"))
        ? query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded)
        : QStringLiteral("active");
    bool ok = true;
    const int top = query.hasQueryItem(QStringLiteral("top"))
        ? query.queryItemValue(QStringLiteral("top")).toInt(&ok)
        : 50;
    const int skip = query.queryItemValue(QStringLiteral("skip")).toInt();
    if (!ok || top < 1 || top > 200)
        return error(400, QStringLiteral("InvalidTop"),
                     QStringLiteral("top must be a whole number from 1 to 200."));
    if (!QStringList {QStringLiteral("active"), QStringLiteral("onLeave"), QStringLiteral("terminated")}
             .contains(status))
        return error(400, QStringLiteral("InvalidStatus"),
                     QStringLiteral("status must be active, onLeave or terminated."));
    QJsonArray page;
    int matched = 0;
    for (const QJsonObject &e : m_employees) {
        const bool hit = e.value(QLatin1String("status")).toString() == status
            && (department.isEmpty()
                || e.value(QLatin1String("department")).toString().compare(department, Qt::CaseInsensitive)
                    == 0)
            && (search.isEmpty()
                || e.value(QLatin1String("displayName")).toString().contains(search, Qt::CaseInsensitive)
                || e.value(QLatin1String("email")).toString().contains(search, Qt::CaseInsensitive)
                || e.value(QLatin1String("jobTitle")).toString().contains(search, Qt::CaseInsensitive));
        if (!hit)
            continue;
        if (matched >= skip && page.size() < top)
            page.append(e);
        ++matched;
    }
    QJsonObject result {{QStringLiteral("value"), page}};
    if (skip + page.size() < matched) {
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("skip"));
        next.addQueryItem(QStringLiteral("skip"), QString::number(skip + page.size()));
        result.insert(QStringLiteral("nextLink"),
                      QString(baseUrl + QStringLiteral("/employees?") + next.toString(QUrl::FullyEncoded)));
    }
    return json(200, result);
}

QString DemoDirectory::inputProblem(const QJsonObject &input, bool create)
{
    static const QStringList known
        = {QStringLiteral("displayName"), QStringLiteral("email"),  QStringLiteral("jobTitle"),
           QStringLiteral("department"),  QStringLiteral("status"), QStringLiteral("hireDate")};
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("Unknown field '%1'.").arg(it.key());
        if (!it.value().isString())
            return QStringLiteral("The field '%1' must be a string.").arg(it.key());
    }
    if (create
        && (input.value(QLatin1String("displayName")).toString().isEmpty()
            || input.value(QLatin1String("email")).toString().isEmpty()))
        return QStringLiteral("displayName and email are required.");
    if (input.contains(QLatin1String("email"))
        && !input.value(QLatin1String("email")).toString().contains(QLatin1Char('@')))
        return QStringLiteral("email is not an email address.");
    const QString status = input.value(QLatin1String("status")).toString(QStringLiteral("active"));
    if (!QStringList {QStringLiteral("active"), QStringLiteral("onLeave"), QStringLiteral("terminated")}
             .contains(status))
        return QStringLiteral("status must be active, onLeave or terminated.");
    return {};
}

DemoReply DemoDirectory::create(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return error(400, QStringLiteral("InvalidBody"), QStringLiteral("The body must be a JSON object."));
    QJsonObject input = document.object();
    const QString problem = inputProblem(input, true);
    if (!problem.isEmpty())
        return error(400, QStringLiteral("InvalidEmployee"), problem);
    for (const QJsonObject &e : std::as_const(m_employees)) {
        if (e.value(QLatin1String("email"))
                .toString()
                .compare(input.value(QLatin1String("email")).toString(), Qt::CaseInsensitive)
            == 0)
            return error(409, QStringLiteral("Conflict"),
                         QStringLiteral("An employee with this email address already exists."));
    }
    input.insert(QStringLiteral("id"), QStringLiteral("e%1").arg(++m_nextId));
    if (!input.contains(QLatin1String("status")))
        input.insert(QStringLiteral("status"), QStringLiteral("active"));
    input.insert(QStringLiteral("createdAt"), nowText());
    m_employees.append(input);
    m_audit.append({{QStringLiteral("time"), nowText()},
                    {QStringLiteral("action"), QStringLiteral("created")},
                    {QStringLiteral("employeeId"), input.value(QLatin1String("id"))}});
    DemoReply reply = json(201, input);
    reply.headers.append({QByteArrayLiteral("Location"),
                          "/employees/" + input.value(QLatin1String("id")).toString().toUtf8()});
    return reply;
}

DemoReply DemoDirectory::update(const QString &id, const QByteArray &body)
{
    const int index = indexOf(id);
    if (index < 0)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("No employee has the ID '%1'.").arg(id));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return error(400, QStringLiteral("InvalidBody"), QStringLiteral("The body must be a JSON object."));
    const QString problem = inputProblem(document.object(), false);
    if (!problem.isEmpty())
        return error(400, QStringLiteral("InvalidEmployee"), problem);
    QJsonObject &target = m_employees[index];
    const QJsonObject changes = document.object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        target.insert(it.key(), it.value());
    m_audit.append({{QStringLiteral("time"), nowText()},
                    {QStringLiteral("action"), QStringLiteral("updated")},
                    {QStringLiteral("employeeId"), id}});
    return json(200, target);
}

DemoReply DemoDirectory::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return error(404, QStringLiteral("NotFound"), QStringLiteral("No employee has the ID '%1'.").arg(id));
    m_employees.removeAt(index);
    m_audit.append({{QStringLiteral("time"), nowText()},
                    {QStringLiteral("action"), QStringLiteral("deleted")},
                    {QStringLiteral("employeeId"), id}});
    return DemoReply {204, {}, {}, 0};
}

DemoReply DemoDirectory::auditLog()
{
    // Every other call is throttled, so a client's retry with Retry-After can be seen working.
    if (m_auditCalls++ % 2 == 0) {
        DemoReply reply = error(429, QStringLiteral("TooManyRequests"),
                                QStringLiteral("Rate limit reached; retry after 1 second."));
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        return reply;
    }
    QJsonArray events;
    for (const QJsonObject &event : std::as_const(m_audit))
        events.append(event);
    return json(200, QJsonObject {{QStringLiteral("value"), events}});
}

DemoReply DemoDirectory::headcount(const QUrlQuery &query) const
{
    QMap<QString, int> counts;
    for (const QJsonObject &e : m_employees) {
        if (e.value(QLatin1String("status")).toString() != QLatin1String("terminated"))
            ++counts[e.value(QLatin1String("department")).toString()];
    }
    QJsonArray departments;
    int total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        departments.append(
            QJsonObject {{QStringLiteral("department"), it.key()}, {QStringLiteral("count"), it.value()}});
        total += it.value();
    }
    DemoReply reply = json(
        200, QJsonObject {{QStringLiteral("total"), total}, {QStringLiteral("departments"), departments}});
    bool ok = false;
    const int delay = query.queryItemValue(QStringLiteral("delayMs")).toInt(&ok);
    reply.delayMs = ok ? qBound(0, delay, 60000) : m_slowDelayMs;
    return reply;
}

int DemoDirectory::indexOf(const QString &id) const
{
    for (int i = 0; i < m_employees.size(); ++i) {
        if (m_employees.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    }
    return -1;
}
