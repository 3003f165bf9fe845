#include "PostmanExporter.h"

#include "document/ConnectorDocument.h"
#include "domain/NameStyle.h"
#include "runner/JsonBridge.h"
#include "runner/TestValueGenerator.h"
#include "json/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QStringList Methods
    = {QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
       QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};

QJsonObject keyValue(const QString &key, const QString &value)
{
    return QJsonObject {{QStringLiteral("key"), key},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("type"), QStringLiteral("string")}};
}

QJsonObject variable(const QString &key, const QString &value, const QString &description = {})
{
    QJsonObject out {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
    if (!description.isEmpty())
        out.insert(QStringLiteral("description"), description);
    return out;
}

void addVariable(QJsonArray *variables, const QString &key, const QString &description)
{
    for (const QJsonValue &existing : std::as_const(*variables))
        if (existing.toObject().value(QLatin1String("key")).toString() == key)
            return;
    variables->append(variable(key, QString(), description));
}

QString secret(QJsonArray *variables, const QString &key)
{
    addVariable(variables, key,
                PostmanExporter::tr("Secret: set it in your Postman environment, never in the collection."));
    return QStringLiteral("{{%1}}").arg(key);
}

// The security definition the collection's auth comes from: the first one the definition's
// security requirement names, else the first in the definition's order.
QString authName(const ConnectorDocument &document)
{
    const json::JsonValue *root = document.root(ConnectorDocument::Part::Definition);
    const json::JsonValue *definitions = root ? root->member(QStringLiteral("securityDefinitions")) : nullptr;
    if (!definitions || !definitions->isObject() || definitions->size() == 0)
        return {};
    const json::JsonValue *security = root->member(QStringLiteral("security"));
    if (security && security->isArray() && security->size() > 0 && security->at(0)->isObject())
        for (const QString &name : security->at(0)->keys())
            if (definitions->member(name))
                return name;
    return definitions->keyAt(0);
}

class Builder
{
public:
    Builder(const ConnectorDocument &document, const QJsonObject &swagger)
        : m_values(document), m_swagger(swagger)
    {
        const QJsonObject scheme = swagger.value(QLatin1String("securityDefinitions"))
                                       .toObject()
                                       .value(authName(document))
                                       .toObject();
        if (scheme.value(QLatin1String("type")).toString() == QLatin1String("apiKey"))
            m_authHeader = scheme.value(QLatin1String("name")).toString().toLower();
        for (const QString &type : arrayOf(swagger.value(QLatin1String("consumes"))))
            m_consumes << type;
    }

    QJsonArray items()
    {
        QJsonArray root;
        QMap<QString, QJsonArray> folders;
        QStringList folderOrder;
        const QJsonObject paths = m_swagger.value(QLatin1String("paths")).toObject();
        // QJsonObject sorts keys; the definition's own order is kept by walking its keys.
        for (const QString &path : m_pathOrder) {
            const QJsonObject item = paths.value(path).toObject();
            for (const QString &method : Methods) {
                if (!item.contains(method))
                    continue;
                const QJsonObject operation = item.value(method).toObject();
                const QJsonObject request = this->request(path, method, item, operation);
                const QString tag = operation.value(QLatin1String("tags")).toArray().at(0).toString();
                if (tag.isEmpty()) {
                    root.append(request);
                } else {
                    if (!folders.contains(tag))
                        folderOrder << tag;
                    folders[tag].append(request);
                }
            }
        }
        QJsonArray out;
        for (const QString &tag : folderOrder) {
            QJsonObject folder {{QStringLiteral("name"), tag}, {QStringLiteral("item"), folders.value(tag)}};
            const QString description = tagDescription(tag);
            if (!description.isEmpty())
                folder.insert(QStringLiteral("description"), description);
            out.append(folder);
        }
        for (const QJsonValue &request : std::as_const(root))
            out.append(request);
        return out;
    }

    QStringList m_pathOrder;

private:
    static QStringList arrayOf(const QJsonValue &value)
    {
        QStringList out;
        for (const QJsonValue &item : value.toArray())
            out << item.toString();
        return out;
    }

    QString tagDescription(const QString &tag) const
    {
        for (const QJsonValue &entry : m_swagger.value(QLatin1String("tags")).toArray())
            if (entry.toObject().value(QLatin1String("name")).toString() == tag)
                return entry.toObject().value(QLatin1String("description")).toString();
        return {};
    }

    QJsonObject resolved(const QJsonObject &parameter) const
    {
        const QString ref = parameter.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/parameters/")))
            return parameter;
        return m_swagger.value(QLatin1String("parameters")).toObject().value(ref.mid(13)).toObject();
    }

    QString exampleText(const QJsonObject &parameter) const
    {
        return TestValueGenerator::toText(m_values.valueFor(parameter));
    }

    QJsonObject request(const QString &path, const QString &method, const QJsonObject &item,
                        const QJsonObject &operation)
    {
        const QString id = operation.value(QLatin1String("operationId")).toString();
        const QString summary = operation.value(QLatin1String("summary")).toString().trimmed();
        // Importing a Postman request makes its operationId from the name: use the summary only
        // when it gives back the same id.
        const bool summaryKeepsId
            = !summary.isEmpty() && (id.isEmpty() || NameStyle::identifier(summary) == id);
        const QString name
            = summaryKeepsId ? summary : (id.isEmpty() ? method.toUpper() + QLatin1Char(' ') + path : id);
        QString description = operation.value(QLatin1String("description")).toString();
        if (!summaryKeepsId && !summary.isEmpty())
            description = description.isEmpty() ? summary : summary + QStringLiteral("\n\n") + description;

        QJsonArray parameters = item.value(QLatin1String("parameters")).toArray();
        for (const QJsonValue &p : operation.value(QLatin1String("parameters")).toArray())
            parameters.append(p);
        QJsonArray query, headers, variables, formFields;
        QJsonObject body;
        QStringList consumes = arrayOf(operation.value(QLatin1String("consumes")));
        if (consumes.isEmpty())
            consumes = m_consumes;
        bool multipart = consumes.contains(QStringLiteral("multipart/form-data"));
        for (const QJsonValue &value : std::as_const(parameters)) {
            const QJsonObject p = resolved(value.toObject());
            const QString in = p.value(QLatin1String("in")).toString();
            const QString pname = p.value(QLatin1String("name")).toString();
            const QString text = p.value(QLatin1String("description")).toString();
            if (in == QLatin1String("path")) {
                variables.append(variable(pname, exampleText(p), text));
            } else if (in == QLatin1String("query")) {
                QJsonObject entry = variable(pname, exampleText(p), text);
                if (!p.value(QLatin1String("required")).toBool())
                    entry.insert(QStringLiteral("disabled"), true);
                query.append(entry);
            } else if (in == QLatin1String("header")) {
                if (pname.toLower() == m_authHeader)
                    continue; // the collection's auth sends it
                // Enabled even when optional: Postman (and its importers) drop disabled headers.
                QJsonObject entry = variable(pname, exampleText(p), text);
                entry.insert(QStringLiteral("type"), QStringLiteral("text"));
                headers.append(entry);
            } else if (in == QLatin1String("body")) {
                const QJsonValue example = m_values.valueFor(p.value(QLatin1String("schema")).toObject());
                body = QJsonObject {
                    {QStringLiteral("mode"), QStringLiteral("raw")},
                    {QStringLiteral("raw"), bodyText(example, false).trimmed()},
                    {QStringLiteral("options"),
                     QJsonObject {{QStringLiteral("raw"),
                                   QJsonObject {{QStringLiteral("language"), QStringLiteral("json")}}}}}};
            } else if (in == QLatin1String("formData")) {
                const bool file = p.value(QLatin1String("type")).toString() == QLatin1String("file");
                multipart = multipart || file;
                QJsonObject field = variable(pname, file ? QString() : exampleText(p), text);
                field.insert(QStringLiteral("type"), file ? QStringLiteral("file") : QStringLiteral("text"));
                formFields.append(field);
            }
        }
        if (!formFields.isEmpty()) {
            const QString mode = multipart ? QStringLiteral("formdata") : QStringLiteral("urlencoded");
            body = QJsonObject {{QStringLiteral("mode"), mode}, {mode, formFields}};
        }
        if (body.value(QLatin1String("mode")).toString() == QLatin1String("raw")) {
            QJsonObject contentType
                = variable(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
            contentType.insert(QStringLiteral("type"), QStringLiteral("text"));
            headers.prepend(contentType);
        }

        QStringList segments;
        for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            static const QRegularExpression whole(QStringLiteral("^\\{([^{}]+)\\}$"));
            static const QRegularExpression part(QStringLiteral("\\{([^{}]+)\\}"));
            const QRegularExpressionMatch match = whole.match(segment);
            segments << (match.hasMatch() ? QLatin1Char(':') + match.captured(1)
                                          : QString(segment).replace(part, QStringLiteral("{{\\1}}")));
        }
        if (path.endsWith(QLatin1Char('/')) && path.size() > 1)
            segments << QString(); // the trailing slash is part of the path
        QString raw = QStringLiteral("{{baseUrl}}/") + segments.join(QLatin1Char('/'));
        QStringList queryText;
        for (const QJsonValue &entry : std::as_const(query))
            if (!entry.toObject().value(QLatin1String("disabled")).toBool())
                queryText << entry.toObject().value(QLatin1String("key")).toString() + QLatin1Char('=')
                        + entry.toObject().value(QLatin1String("value")).toString();
        if (!queryText.isEmpty())
            raw += QLatin1Char('?') + queryText.join(QLatin1Char('&'));
        QJsonObject url {{QStringLiteral("raw"), raw},
                         {QStringLiteral("host"), QJsonArray {QStringLiteral("{{baseUrl}}")}},
                         {QStringLiteral("path"), QJsonArray::fromStringList(segments)}};
        if (!query.isEmpty())
            url.insert(QStringLiteral("query"), query);
        if (!variables.isEmpty())
            url.insert(QStringLiteral("variable"), variables);
        QJsonObject request {{QStringLiteral("method"), method.toUpper()},
                             {QStringLiteral("header"), headers},
                             {QStringLiteral("url"), url}};
        if (!body.isEmpty())
            request.insert(QStringLiteral("body"), body);
        if (!description.isEmpty())
            request.insert(QStringLiteral("description"), description);
        if (operation.contains(QLatin1String("security"))
            && operation.value(QLatin1String("security")).toArray().isEmpty())
            request.insert(QStringLiteral("auth"),
                           QJsonObject {{QStringLiteral("type"), QStringLiteral("noauth")}});
        return QJsonObject {{QStringLiteral("name"), name},
                            {QStringLiteral("request"), request},
                            {QStringLiteral("response"), responses(operation, request)}};
    }

    QJsonObject resolvedResponse(const QJsonObject &response) const
    {
        const QString ref = response.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/responses/")))
            return response;
        return m_swagger.value(QLatin1String("responses")).toObject().value(ref.mid(12)).toObject();
    }

    static QString bodyText(const QJsonValue &value, bool json)
    {
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
                .trimmed();
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
                .trimmed();
        if (json) { // a JSON scalar, spelled as JSON ("text" quoted)
            const QByteArray one = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(one.mid(1, one.size() - 2));
        }
        return TestValueGenerator::toText(value);
    }

    // Saved example responses, one per status code with a body to show: the response's own
    // "examples" (JSON first), else a body made from its schema (defaults, enums, examples,
    // type placeholders). Postman wants a numeric code: "default" is left out.
    QJsonArray responses(const QJsonObject &operation, const QJsonObject &request) const
    {
        QStringList produces = arrayOf(operation.value(QLatin1String("produces")));
        if (produces.isEmpty())
            produces = arrayOf(m_swagger.value(QLatin1String("produces")));
        QJsonArray out;
        const QJsonObject all = operation.value(QLatin1String("responses")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) { // sorted: 200 before 404
            bool numeric = false;
            const int code = it.key().toInt(&numeric);
            if (!numeric || code < 100 || code > 599)
                continue;
            const QJsonObject response = resolvedResponse(it.value().toObject());
            const QJsonObject examples = response.value(QLatin1String("examples")).toObject();
            QString contentType;
            QJsonValue example;
            for (auto e = examples.begin(); e != examples.end(); ++e)
                if (contentType.isEmpty() || e.key().contains(QLatin1String("json"))) {
                    contentType = e.key();
                    example = e.value();
                }
            if (contentType.isEmpty() && response.contains(QLatin1String("schema"))) {
                contentType = produces.value(0, QStringLiteral("application/json"));
                example = m_values.valueFor(response.value(QLatin1String("schema")).toObject());
            }
            if (contentType.isEmpty())
                continue; // nothing to show
            const bool json = contentType.contains(QLatin1String("json"));
            const QString description = response.value(QLatin1String("description")).toString().trimmed();
            out.append(QJsonObject {{QStringLiteral("name"), description.isEmpty() ? it.key() : description},
                                    {QStringLiteral("originalRequest"), request},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("_postman_previewlanguage"),
                                     json ? QStringLiteral("json") : QStringLiteral("text")},
                                    {QStringLiteral("header"),
                                     QJsonArray {keyValue(QStringLiteral("Content-Type"), contentType)}},
                                    {QStringLiteral("body"), bodyText(example, json)}});
        }
        return out;
    }

    TestValueGenerator m_values;
    const QJsonObject &m_swagger;
    QString m_authHeader;
    QStringList m_consumes;
};

} // namespace

QJsonObject PostmanExporter::auth(const QJsonObject &definition, QJsonArray *variables)
{
    const QString type = definition.value(QLatin1String("type")).toString();
    if (type == QLatin1String("basic"))
        return QJsonObject {
            {QStringLiteral("type"), QStringLiteral("basic")},
            {QStringLiteral("basic"),
             QJsonArray {
                 keyValue(QStringLiteral("username"), secret(variables, QStringLiteral("username"))),
                 keyValue(QStringLiteral("password"), secret(variables, QStringLiteral("password")))}}};
    if (type == QLatin1String("apiKey"))
        return QJsonObject {
            {QStringLiteral("type"), QStringLiteral("apikey")},
            {QStringLiteral("apikey"),
             QJsonArray {keyValue(QStringLiteral("key"), definition.value(QLatin1String("name")).toString()),
                         keyValue(QStringLiteral("value"), secret(variables, QStringLiteral("apiKey"))),
                         keyValue(QStringLiteral("in"),
                                  definition.value(QLatin1String("in")).toString() == QLatin1String("query")
                                      ? QStringLiteral("query")
                                      : QStringLiteral("header"))}}};
    if (type == QLatin1String("oauth2")) {
        static const QHash<QString, QString> grants
            = {{QStringLiteral("accessCode"), QStringLiteral("authorization_code")},
               {QStringLiteral("implicit"), QStringLiteral("implicit")},
               {QStringLiteral("application"), QStringLiteral("client_credentials")},
               {QStringLiteral("password"), QStringLiteral("password_credentials")}};
        QJsonArray settings {
            keyValue(QStringLiteral("grant_type"),
                     grants.value(definition.value(QLatin1String("flow")).toString(),
                                  QStringLiteral("authorization_code"))),
            keyValue(QStringLiteral("clientId"), secret(variables, QStringLiteral("clientId"))),
            keyValue(QStringLiteral("clientSecret"), secret(variables, QStringLiteral("clientSecret"))),
            keyValue(QStringLiteral("accessToken"), secret(variables, QStringLiteral("accessToken"))),
            keyValue(QStringLiteral("addTokenTo"), QStringLiteral("header"))};
        if (definition.contains(QLatin1String("authorizationUrl")))
            settings.append(keyValue(QStringLiteral("authUrl"),
                                     definition.value(QLatin1String("authorizationUrl")).toString()));
        if (definition.contains(QLatin1String("tokenUrl")))
            settings.append(keyValue(QStringLiteral("accessTokenUrl"),
                                     definition.value(QLatin1String("tokenUrl")).toString()));
        const QStringList scopes = definition.value(QLatin1String("scopes")).toObject().keys();
        if (!scopes.isEmpty())
            settings.append(keyValue(QStringLiteral("scope"), scopes.join(QLatin1Char(' '))));
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("oauth2")},
                            {QStringLiteral("oauth2"), settings}};
    }
    return {};
}

QJsonObject PostmanExporter::collection(const ConnectorDocument &document, ImportReport *report)
{
    const json::JsonValue *root = document.root(ConnectorDocument::Part::Definition);
    const QJsonObject swagger = JsonBridge::toQJson(root).toObject();
    const QJsonObject info = swagger.value(QLatin1String("info")).toObject();
    QJsonObject collectionInfo {
        {QStringLiteral("name"),
         info.value(QLatin1String("title")).toString(PostmanExporter::tr("Connector"))},
        {QStringLiteral("schema"),
         QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json")}};
    if (info.contains(QLatin1String("description")))
        collectionInfo.insert(QStringLiteral("description"), info.value(QLatin1String("description")));
    const QString host = swagger.value(QLatin1String("host")).toString();
    QString basePath = swagger.value(QLatin1String("basePath")).toString();
    if (basePath == QLatin1String("/"))
        basePath.clear();
    const QJsonArray schemes = swagger.value(QLatin1String("schemes")).toArray();
    const QString scheme = schemes.contains(QStringLiteral("https")) || schemes.isEmpty()
        ? QStringLiteral("https")
        : schemes.first().toString();
    QJsonArray variables {
        variable(QStringLiteral("baseUrl"),
                 host.isEmpty() ? basePath : scheme + QStringLiteral("://") + host + basePath)};
    if (host.isEmpty())
        report->add(ImportReport::Severity::Warning,
                    PostmanExporter::tr("The definition has no host; set the baseUrl variable in Postman."),
                    QStringLiteral("/host"));

    Builder builder(document, swagger);
    const json::JsonValue *paths = root ? root->member(QStringLiteral("paths")) : nullptr;
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i)
        builder.m_pathOrder << paths->keyAt(i);
    QJsonObject out {{QStringLiteral("info"), collectionInfo}, {QStringLiteral("item"), builder.items()}};

    const QJsonObject security = swagger.value(QLatin1String("securityDefinitions")).toObject();
    const QString name = authName(document);
    if (!name.isEmpty()) {
        const QJsonObject collectionAuth = auth(security.value(name).toObject(), &variables);
        if (!collectionAuth.isEmpty())
            out.insert(QStringLiteral("auth"), collectionAuth);
        if (security.size() > 1)
            report->add(
                ImportReport::Severity::Warning,
                PostmanExporter::tr("Postman has one collection auth; only \"%1\" is exported.").arg(name),
                QStringLiteral("/securityDefinitions"));
    }
    out.insert(QStringLiteral("variable"), variables);
    report->add(
        ImportReport::Severity::Info,
        PostmanExporter::tr(
            "Postman has no schemas: parameter types, response schemas and definitions are not exported "
            "(bodies and responses become examples)."),
        QStringLiteral("/paths"));
    if (swagger.contains(QLatin1String("x-ms-connector-metadata")) || document.hasScript())
        report->add(
            ImportReport::Severity::Info,
            PostmanExporter::tr("Policies, custom code and connector metadata have no Postman equivalent."),
            QString());
    return out;
}

ExportResult PostmanExporter::exportConnector(const ConnectorDocument &document)
{
    ExportResult result;
    const json::JsonValue *root = document.root(ConnectorDocument::Part::Definition);
    if (!root || !root->isObject()) {
        result.error = PostmanExporter::tr("The definition could not be read.");
        return result;
    }
    result.bytes = QJsonDocument(collection(document, &result.report)).toJson(QJsonDocument::Indented);
    return result;
}
