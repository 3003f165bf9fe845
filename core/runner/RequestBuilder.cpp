#include "RequestBuilder.h"

#include "JsonBridge.h"
#include "PolicyApplier.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"
#include "json/JsonValue.h"

#include <QJsonArray>
#include <QObject>

namespace {

QJsonValue definitionValue(const ConnectorDocument &document, const QString &pointer)
{
    return JsonBridge::toQJson(
        document.value(ConnectorDocument::Part::Definition, json::JsonPointer::fromString(pointer)));
}

QString formEncode(const QList<QPair<QJsonObject, QStringList>> &form)
{
    QStringList items;
    for (const auto &[parameter, values] : form) {
        const QString name = RequestBuilder::encode(parameter.value(QLatin1String("name")).toString());
        for (const QString &value : values)
            items.append(name + QLatin1Char('=') + RequestBuilder::encode(value));
    }
    return items.join(QLatin1Char('&'));
}

QByteArray multipart(const QList<QPair<QJsonObject, QStringList>> &form)
{
    const QByteArray boundary = RequestBuilder::multipartBoundary();
    QByteArray body;
    for (const auto &[parameter, values] : form) {
        const QByteArray name = parameter.value(QLatin1String("name")).toString().toUtf8();
        const bool file = parameter.value(QLatin1String("type")).toString() == QLatin1String("file");
        for (const QString &value : values) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + '"';
            if (file)
                body += "; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream";
            body += "\r\n\r\n" + value.toUtf8() + "\r\n";
        }
    }
    return body + "--" + boundary + "--\r\n";
}

} // namespace

RequestBuilder::RequestBuilder(const ConnectorDocument &document) : m_document(document) { }

QString RequestBuilder::encode(const QString &value, const QString &urlEncoding)
{
    QByteArray encoded = QUrl::toPercentEncoding(value);
    if (urlEncoding == QLatin1String("double"))
        encoded = QUrl::toPercentEncoding(QString::fromLatin1(encoded));
    return QString::fromLatin1(encoded);
}

QString RequestBuilder::joinEncoded(const QStringList &values, const QString &collectionFormat,
                                    const QString &urlEncoding)
{
    QString separator = QStringLiteral(",");
    if (collectionFormat == QLatin1String("ssv"))
        separator = QStringLiteral("%20");
    else if (collectionFormat == QLatin1String("tsv"))
        separator = QStringLiteral("%09");
    else if (collectionFormat == QLatin1String("pipes"))
        separator = QStringLiteral("%7C");
    QStringList encoded;
    for (const QString &value : values)
        encoded.append(encode(value, urlEncoding));
    return encoded.join(separator);
}

QString RequestBuilder::serviceUrl(const RequestInput &input, QString *error) const
{
    if (!input.baseUrl.trimmed().isEmpty()) {
        QString base = input.baseUrl.trimmed();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        return base;
    }
    const QString host = definitionValue(m_document, QStringLiteral("/host")).toString();
    if (host.isEmpty()) {
        *error = QObject::tr("The definition has no host: give a base URL.");
        return {};
    }
    const QJsonArray schemes = definitionValue(m_document, QStringLiteral("/schemes")).toArray();
    QString scheme = schemes.isEmpty() ? QStringLiteral("https") : schemes.first().toString();
    if (schemes.contains(QStringLiteral("https")))
        scheme = QStringLiteral("https");
    QString basePath = definitionValue(m_document, QStringLiteral("/basePath")).toString();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!basePath.isEmpty() && !basePath.startsWith(QLatin1Char('/')))
        basePath.prepend(QLatin1Char('/'));
    return scheme + QStringLiteral("://") + host + basePath;
}

RunRequest RequestBuilder::build(const OperationView &operation, const RequestInput &input) const
{
    RunRequest request;
    request.method = operation.method().toUpper().toLatin1();
    request.serviceUrl = serviceUrl(input, &request.error);
    request.path = operation.path();
    QStringList missing;
    QList<QPair<QJsonObject, QStringList>> form;
    for (const ParameterView &view : operation.parameters()) {
        if (view.isBody())
            continue;
        const QJsonObject parameter
            = JsonBridge::toQJson(m_document.value(ConnectorDocument::Part::Definition, view.pointer()))
                  .toObject();
        const QStringList values = input.values.value(view.name());
        if (values.isEmpty()) {
            if (view.isRequired())
                missing.append(QStringLiteral("%1 (%2)").arg(view.name(), view.location()));
            continue;
        }
        addParameter(parameter, values, &request, &form);
    }
    if (const auto body = operation.bodyParameter();
        body && body->isRequired() && !input.hasBody && input.values.value(body->name()).isEmpty())
        missing.append(QStringLiteral("%1 (body)").arg(body->name()));
    addBody(operation, input, form, &request);
    // Ask for JSON when the operation can give it: that is what the schema check reads.
    const QStringList produces = operation.produces();
    const QStringList json = produces.filter(QStringLiteral("json"), Qt::CaseInsensitive);
    if (!produces.isEmpty())
        request.setHeader("Accept", (json.isEmpty() ? produces.first() : json.first()).toUtf8());
    applySecurity(input, &request);
    PolicyApplier(m_document).apply(operation, input, &request);
    if (!missing.isEmpty() && request.error.isEmpty())
        request.error = QObject::tr("Missing required values: %1").arg(missing.join(QStringLiteral(", ")));
    return request;
}

void RequestBuilder::addParameter(const QJsonObject &parameter, const QStringList &values,
                                  RunRequest *request, QList<QPair<QJsonObject, QStringList>> *form) const
{
    const QString name = parameter.value(QLatin1String("name")).toString();
    const QString location = parameter.value(QLatin1String("in")).toString();
    const QString encoding = parameter.value(QLatin1String("x-ms-url-encoding")).toString();
    const bool isArray = parameter.value(QLatin1String("type")).toString() == QLatin1String("array");
    const QString format = parameter.value(QLatin1String("collectionFormat")).toString(QStringLiteral("csv"));
    const QStringList effective = isArray ? values : QStringList {values.last()};
    if (location == QLatin1String("path")) {
        request->path.replace(QLatin1Char('{') + name + QLatin1Char('}'),
                              joinEncoded(effective, format, encoding));
    } else if (location == QLatin1String("query")) {
        if (isArray && format == QLatin1String("multi")) {
            for (const QString &value : effective)
                request->addQueryItem(encode(name), encode(value, encoding));
        } else {
            request->addQueryItem(encode(name), joinEncoded(effective, format, encoding));
        }
    } else if (location == QLatin1String("header")) {
        const QString separator = format == QLatin1String("ssv") ? QStringLiteral(" ")
            : format == QLatin1String("tsv")                     ? QStringLiteral("\t")
            : format == QLatin1String("pipes")                   ? QStringLiteral("|")
                                                                 : QStringLiteral(",");
        request->setHeader(name.toUtf8(), effective.join(separator).toUtf8());
    } else if (location == QLatin1String("formData")) {
        const bool multi = isArray && format == QLatin1String("multi");
        form->append({parameter, multi ? effective : QStringList {effective.join(QLatin1Char(','))}});
    }
}

void RequestBuilder::addBody(const OperationView &operation, const RequestInput &input,
                             const QList<QPair<QJsonObject, QStringList>> &form, RunRequest *request) const
{
    const QStringList consumes = operation.consumes();
    if (!form.isEmpty()) {
        bool file = false;
        for (const auto &entry : form)
            file = file || entry.first.value(QLatin1String("type")).toString() == QLatin1String("file");
        if (file || consumes.contains(QStringLiteral("multipart/form-data"))) {
            request->contentType = "multipart/form-data; boundary=" + multipartBoundary();
            request->body = multipart(form);
        } else {
            request->contentType = "application/x-www-form-urlencoded";
            request->body = formEncode(form).toLatin1();
        }
    } else {
        const auto body = operation.bodyParameter();
        if (input.hasBody)
            request->body = input.body;
        else if (body && !input.values.value(body->name()).isEmpty())
            request->body = input.values.value(body->name()).last().toUtf8();
        else
            return;
        QString type = QStringLiteral("application/json");
        for (const QString &candidate : consumes) {
            if (candidate.contains(QLatin1String("json"))) {
                type = candidate;
                break;
            }
        }
        if (!consumes.isEmpty() && !consumes.join(QLatin1Char(' ')).contains(QLatin1String("json")))
            type = consumes.first();
        request->contentType = type.toUtf8();
    }
    request->setHeader("Content-Type", request->contentType);
}

void RequestBuilder::applySecurity(const RequestInput &input, RunRequest *request) const
{
    const QJsonObject definitions
        = definitionValue(m_document, QStringLiteral("/securityDefinitions")).toObject();
    const Credentials &credentials = input.credentials;
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        const QJsonObject scheme = it.value().toObject();
        const QString type = scheme.value(QLatin1String("type")).toString();
        if (type == QLatin1String("apiKey")) {
            const QString name = scheme.value(QLatin1String("name")).toString();
            if (credentials.apiKey.isEmpty()) {
                request->notes.append(QObject::tr("No API key given for '%1'.").arg(name));
            } else if (scheme.value(QLatin1String("in")).toString() == QLatin1String("query")) {
                request->removeQueryItem(encode(name));
                request->addQueryItem(encode(name), encode(credentials.apiKey));
                request->credentialQueryItems.append(encode(name));
            } else {
                request->setHeader(name.toUtf8(), credentials.apiKey.toUtf8());
                request->credentialHeaders.insert(name.toLower().toUtf8());
            }
        } else if (type == QLatin1String("basic")) {
            if (credentials.username.isEmpty() && credentials.password.isEmpty()) {
                request->notes.append(QObject::tr("No user name and password given (basic authentication)."));
                continue;
            }
            const QByteArray pair = (credentials.username + QLatin1Char(':') + credentials.password).toUtf8();
            request->setHeader("Authorization", "Basic " + pair.toBase64());
            request->credentialHeaders.insert("authorization");
        } else if (type == QLatin1String("oauth2")) {
            if (credentials.bearerToken.isEmpty()) {
                request->notes.append(QObject::tr("No access token given (OAuth 2.0)."));
                continue;
            }
            request->setHeader("Authorization", "Bearer " + credentials.bearerToken.toUtf8());
            request->credentialHeaders.insert("authorization");
        }
    }
}
