#include "PolicyApplier.h"

#include "JsonBridge.h"
#include "RequestBuilder.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>

#include <functional>

namespace {

QString param(const QJsonObject &parameters, const char *name)
{
    return parameters.value(QLatin1String("x-ms-apimTemplateParameter.") + QLatin1String(name)).toString();
}

void addUnresolvedNote(const QString &title, const QStringList &unresolved, RunRequest *request)
{
    if (!unresolved.isEmpty())
        request->notes.append(
            QObject::tr("Policy '%1': no value for %2.").arg(title, unresolved.join(QStringLiteral(", "))));
}

} // namespace

PolicyApplier::PolicyApplier(const ConnectorDocument &document) : m_document(document) { }

QString PolicyApplier::evaluate(const QString &expression, const RequestInput &input,
                                const RunRequest &request, QStringList *unresolved)
{
    static const QRegularExpression call(
        QStringLiteral(R"(@(connectionParameters|headers|queryParameters|pathParameters)\('([^']*)'\))"));
    QString result;
    int last = 0;
    auto it = call.globalMatch(expression);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += expression.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString kind = match.captured(1);
        const QString name = match.captured(2);
        QString value;
        bool found = false;
        if (kind == QLatin1String("connectionParameters")) {
            found = input.credentials.connectionParameters.contains(name);
            value = input.credentials.connectionParameters.value(name);
        } else if (kind == QLatin1String("headers")) {
            found = request.hasHeader(name.toUtf8());
            value = QString::fromUtf8(request.header(name.toUtf8()));
        } else {
            found = !input.values.value(name).isEmpty();
            value = input.values.value(name).join(QLatin1Char(','));
        }
        if (!found && unresolved)
            unresolved->append(match.captured(0));
        result += value;
    }
    result += expression.mid(last);
    result.replace(QLatin1String("@Request.OriginalHTTPMethod"), QString::fromLatin1(request.method));
    return result;
}

bool PolicyApplier::appliesTo(const QJsonObject &parameters, const QString &operationId) const
{
    const QJsonValue names = parameters.value(QLatin1String("x-ms-apimTemplate-operationName"));
    if (names.isUndefined() || names.isNull())
        return true;
    if (names.isString())
        return names.toString() == operationId;
    return names.toArray().contains(operationId);
}

void PolicyApplier::apply(const OperationView &operation, const RequestInput &input,
                          RunRequest *request) const
{
    const QJsonArray policies
        = JsonBridge::toQJson(m_document.value(ConnectorDocument::Part::Properties,
                                               json::JsonPointer::fromString(
                                                   QStringLiteral("/properties/policyTemplateInstances"))))
              .toArray();
    for (const QJsonValue &entry : policies) {
        const QJsonObject policy = entry.toObject();
        const QJsonObject parameters = policy.value(QLatin1String("parameters")).toObject();
        if (!appliesTo(parameters, operation.operationId()))
            continue;
        const QString templateId = policy.value(QLatin1String("templateId")).toString();
        QString title = policy.value(QLatin1String("title")).toString();
        if (title.isEmpty())
            title = templateId;
        const QString section = parameters.value(QLatin1String("x-ms-apimTemplate-policySection")).toString();
        if (section.compare(QLatin1String("Response"), Qt::CaseInsensitive) == 0) {
            request->notes.append(
                QObject::tr("Policy '%1' (%2) works on the response: not applied.").arg(title, templateId));
            continue;
        }
        applyOne(templateId, title, parameters, input, request);
    }
}

void PolicyApplier::applyOne(const QString &templateId, const QString &title, const QJsonObject &parameters,
                             const RequestInput &input, RunRequest *request) const
{
    if (templateId == QLatin1String("dynamichosturl")) {
        QStringList unresolved;
        const QString url = evaluate(param(parameters, "urlTemplate"), input, *request, &unresolved);
        addUnresolvedNote(title, unresolved, request);
        if (!input.baseUrl.isEmpty())
            request->notes.append(
                QObject::tr("Policy '%1' (set host URL) not applied: the base URL was given.").arg(title));
        else if (unresolved.isEmpty() && !url.isEmpty())
            request->serviceUrl = url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
    } else if (templateId == QLatin1String("setheader")) {
        setHeader(parameters, input, request);
    } else if (templateId == QLatin1String("setqueryparameter")) {
        setQuery(parameters, input, request);
    } else if (templateId == QLatin1String("routerequesttoendpoint")) {
        route(parameters, input, request);
    } else if (templateId == QLatin1String("setproperty")) {
        setProperty(parameters, input, request);
    } else {
        request->notes.append(
            QObject::tr("Policy '%1' (%2) is not simulated by the test runner.").arg(title, templateId));
    }
}

void PolicyApplier::setHeader(const QJsonObject &parameters, const RequestInput &input,
                              RunRequest *request) const
{
    const QByteArray name = param(parameters, "name").toUtf8();
    const QString action = param(parameters, "existsAction");
    QStringList unresolved;
    const QByteArray value = evaluate(param(parameters, "value"), input, *request, &unresolved).toUtf8();
    addUnresolvedNote(param(parameters, "name"), unresolved, request);
    if (action == QLatin1String("delete"))
        request->removeHeader(name);
    else if (action == QLatin1String("skip") && request->hasHeader(name))
        return;
    else if (action == QLatin1String("append"))
        request->appendHeader(name, value);
    else
        request->setHeader(name, value);
}

void PolicyApplier::setQuery(const QJsonObject &parameters, const RequestInput &input,
                             RunRequest *request) const
{
    const QString name = RequestBuilder::encode(param(parameters, "name"));
    const QString action = param(parameters, "existsAction");
    QStringList unresolved;
    const QString value
        = RequestBuilder::encode(evaluate(param(parameters, "value"), input, *request, &unresolved));
    addUnresolvedNote(param(parameters, "name"), unresolved, request);
    if (action == QLatin1String("delete")) {
        request->removeQueryItem(name);
        return;
    }
    if (action == QLatin1String("skip") && request->hasQueryItem(name))
        return;
    if (action != QLatin1String("append"))
        request->removeQueryItem(name);
    request->addQueryItem(name, value);
}

void PolicyApplier::route(const QJsonObject &parameters, const RequestInput &input, RunRequest *request) const
{
    QStringList unresolved;
    QString newPath = evaluate(param(parameters, "newPath"), input, *request, &unresolved);
    addUnresolvedNote(QStringLiteral("routerequesttoendpoint"), unresolved, request);
    // {name} placeholders take the operation's parameter values, encoded like path values.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([^}]+)\})"));
    QString routed;
    int last = 0;
    auto it = placeholder.globalMatch(newPath);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        routed += newPath.mid(last, match.capturedStart() - last)
            + RequestBuilder::encode(input.values.value(match.captured(1)).join(QLatin1Char(',')));
        last = match.capturedEnd();
    }
    routed += newPath.mid(last);
    const int question = routed.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        const QString extra = routed.mid(question + 1);
        request->query = request->query.isEmpty() ? extra : extra + QLatin1Char('&') + request->query;
        routed.truncate(question);
    }
    if (!routed.isEmpty() && !routed.startsWith(QLatin1Char('/')))
        routed.prepend(QLatin1Char('/'));
    request->path = routed;
    const QString method = evaluate(param(parameters, "httpMethod"), input, *request, nullptr).trimmed();
    if (!method.isEmpty())
        request->method = method.toUpper().toLatin1();
}

void PolicyApplier::setProperty(const QJsonObject &parameters, const RequestInput &input,
                                RunRequest *request) const
{
    // "@body()" or "@body().a.b": the object that receives the property.
    QString parent = param(parameters, "newPropertyParentPathTemplate");
    const QString property = param(parameters, "newPropertySubPathTemplate");
    if (parent.startsWith(QLatin1Char('@')))
        parent.remove(0, 1);
    if (!parent.startsWith(QLatin1String("body()")) || property.isEmpty()
        || (!request->body.isEmpty() && !QJsonDocument::fromJson(request->body).isObject())) {
        request->notes.append(QObject::tr("Policy setproperty on '%1' is not simulated.").arg(parent));
        return;
    }
    QStringList unresolved;
    const QString text
        = evaluate(param(parameters, "propertyValuePathTemplate"), input, *request, &unresolved);
    addUnresolvedNote(property, unresolved, request);
    if (text.contains(QLatin1String("@body()"))) {
        request->notes.append(QObject::tr("Policy setproperty: the value '%1' is not simulated.").arg(text));
        return;
    }
    const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8());
    const QJsonValue value = parsed.isNull() ? QJsonValue(text)
        : parsed.isArray()                   ? QJsonValue(parsed.array())
                                             : QJsonValue(parsed.object());
    const QStringList path = parent.mid(int(qstrlen("body()"))).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    // Set body.path[..].property, creating objects on the way.
    std::function<QJsonObject(QJsonObject, int)> put = [&](QJsonObject object, int depth) {
        if (depth == path.size()) {
            object.insert(property, value);
            return object;
        }
        object.insert(path[depth], put(object.value(path[depth]).toObject(), depth + 1));
        return object;
    };
    const QJsonObject body = put(QJsonDocument::fromJson(request->body).object(), 0);
    request->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (request->contentType.isEmpty()) {
        request->contentType = "application/json";
        request->setHeader("Content-Type", request->contentType);
    }
}
