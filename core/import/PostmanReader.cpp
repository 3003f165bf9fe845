#include "PostmanReader.h"

#include "ImportReport.h"
#include "InputTree.h"
#include "SwaggerOutput.h"
#include "json/JsonValue.h"

#include <QCoreApplication>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostmanReader", text);
}

const JsonValue *member(const JsonValue *object, const char *key)
{
    return object && object->isObject() ? object->member(QLatin1String(key)) : nullptr;
}

} // namespace

QString PostmanReader::text(const JsonValue *value)
{
    if (value && value->isObject())
        return text(value->member(QStringLiteral("content")));
    return SwaggerOutput::text(value);
}

const JsonValue *PostmanReader::unwrap(const JsonValue &root)
{
    const JsonValue *inner = member(&root, "collection");
    if (inner && inner->isObject()
        && (member(inner, "item") || member(inner, "info") || member(inner, "requests")))
        return inner;
    return &root;
}

bool PostmanReader::isV1(const JsonValue &collection)
{
    return member(&collection, "requests") && !member(&collection, "item");
}

QList<PostmanRequest::Field> PostmanReader::fields(const JsonValue *list) const
{
    QList<PostmanRequest::Field> out;
    if (list && list->isObject()) { // v1 pathVariables / v2.0 auth style: {"key": "value"}
        for (int i = 0; i < list->size(); ++i)
            out.append({list->keyAt(i), text(list->at(i)), {}, QStringLiteral("text"), false, list->at(i)});
        return out;
    }
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        const JsonValue *entry = list->at(i);
        if (!entry->isObject())
            continue;
        PostmanRequest::Field field;
        field.key = text(member(entry, "key"));
        if (field.key.isEmpty())
            field.key = text(member(entry, "name"));
        field.value = text(member(entry, "value"));
        field.description = text(member(entry, "description"));
        field.type = text(member(entry, "type"));
        field.disabled = member(entry, "disabled") && member(entry, "disabled")->toBool();
        if (member(entry, "enabled") && !member(entry, "enabled")->toBool())
            field.disabled = true;
        field.node = entry;
        if (!field.key.isEmpty())
            out.append(field);
    }
    return out;
}

QList<PostmanRequest::Field> PostmanReader::headerLines(const QString &text)
{
    QList<PostmanRequest::Field> out;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        const bool disabled = line.startsWith(QLatin1String("//"));
        if (disabled)
            line = line.mid(2).trimmed();
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        out.append({line.left(colon).trimmed(),
                    line.mid(colon + 1).trimmed(),
                    {},
                    QStringLiteral("text"),
                    disabled,
                    nullptr});
    }
    return out;
}

void PostmanReader::readVariables(const JsonValue *list)
{
    for (const PostmanRequest::Field &field : fields(list))
        if (!field.disabled)
            variables.insert(field.key, field.value);
}

void PostmanReader::reportScripts(const JsonValue *events)
{
    for (int i = 0; events && events->isArray() && i < events->size(); ++i) {
        const JsonValue *event = events->at(i);
        const JsonValue *script = member(member(event, "script"), "exec");
        QString code = text(script);
        for (int j = 0; script && script->isArray() && j < script->size(); ++j)
            code += text(script->at(j));
        if (code.trimmed().isEmpty())
            continue;
        const QString listen = text(member(event, "listen"));
        m_report.info(listen == QLatin1String("test")
                          ? tr("The test script is not imported (connectors run no tests).")
                          : tr("The %1 script is not imported (a connector can do such work "
                               "in script.csx or a policy).")
                                .arg(listen.isEmpty() ? tr("event") : listen),
                      m_input, event);
    }
}

void PostmanReader::read(const JsonValue &root)
{
    if (isV1(root)) {
        readV1(root);
        return;
    }
    const JsonValue *info = member(&root, "info");
    name = text(member(info, "name"));
    description = text(member(info, "description"));
    const QString schema = text(member(info, "schema"));
    version = schema.contains(QLatin1String("v2.1")) ? QStringLiteral("v2.1") : QStringLiteral("v2.0");
    readVariables(member(&root, "variable"));
    reportScripts(member(&root, "event"));
    collectionAuth = member(&root, "auth");
    const JsonValue *items = member(&root, "item");
    if (items)
        readV2Items(*items, collectionAuth, QString());
}

void PostmanReader::readV2Items(const JsonValue &items, const JsonValue *auth, const QString &folder)
{
    for (int i = 0; items.isArray() && i < items.size(); ++i) {
        const JsonValue *item = items.at(i);
        if (!item->isObject())
            continue;
        if (const JsonValue *children = member(item, "item"); children && !member(item, "request")) {
            const QString name = text(member(item, "name"));
            folders.append({name, text(member(item, "description"))});
            reportScripts(member(item, "event"));
            const JsonValue *own = member(item, "auth");
            readV2Items(*children, own && !own->isNull() ? own : auth, name);
        } else if (member(item, "request")) {
            readV2Request(*item, auth, folder);
        } else {
            m_report.warn(tr("An item with neither a request nor sub-items; skipped."), m_input, item);
        }
    }
}

void PostmanReader::readV2Url(const JsonValue *url, PostmanRequest &request)
{
    if (!url || url->isString()) {
        request.url = text(url);
        return;
    }
    request.url = text(member(url, "raw"));
    if (request.url.isEmpty()) { // compose it from the parts
        const auto joined = [](const JsonValue *parts, const QString &separator) {
            if (parts && parts->isArray()) {
                QStringList list;
                for (int i = 0; i < parts->size(); ++i)
                    list.append(text(parts->at(i)));
                return list.join(separator);
            }
            return text(parts);
        };
        const QString protocol = text(member(url, "protocol"));
        request.url = (protocol.isEmpty() ? QString() : protocol + QStringLiteral("://"))
            + joined(member(url, "host"), QStringLiteral(".")) + QLatin1Char('/')
            + joined(member(url, "path"), QStringLiteral("/"));
    }
    if (const JsonValue *query = member(url, "query")) {
        request.query = fields(query);
        request.queryFromUrl = true;
    }
    request.pathVariables = fields(member(url, "variable"));
}

void PostmanReader::readV2Body(const JsonValue *body, PostmanRequest &request)
{
    if (!body || !body->isObject())
        return;
    request.body = body;
    request.bodyMode = text(member(body, "mode"));
    if (member(body, "disabled") && member(body, "disabled")->toBool()) {
        request.bodyMode.clear();
        return;
    }
    if (request.bodyMode == QLatin1String("raw")) {
        request.raw = text(member(body, "raw"));
        request.rawLanguage = text(member(member(member(body, "options"), "raw"), "language"));
    } else if (request.bodyMode == QLatin1String("urlencoded")
               || request.bodyMode == QLatin1String("formdata")) {
        request.bodyFields = fields(member(body, request.bodyMode.toLatin1().constData()));
    } else if (request.bodyMode == QLatin1String("graphql")) {
        const JsonValue *graphql = member(body, "graphql");
        request.raw = text(member(graphql, "query"));
        request.graphqlVariables = text(member(graphql, "variables"));
    }
}

void PostmanReader::readV2Examples(const JsonValue *responses, PostmanRequest &request)
{
    for (int i = 0; responses && responses->isArray() && i < responses->size(); ++i) {
        const JsonValue *response = responses->at(i);
        PostmanRequest::Example example;
        example.name = text(member(response, "name"));
        example.code = int(member(response, "code") ? member(response, "code")->toInteger(0) : 0);
        example.body = text(member(response, "body"));
        for (const PostmanRequest::Field &header : fields(member(response, "header")))
            if (header.key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                example.contentType = header.value;
        if (example.contentType.isEmpty()
            && text(member(response, "_postman_previewlanguage")) == QLatin1String("json"))
            example.contentType = QStringLiteral("application/json");
        example.node = response;
        request.examples.append(example);
    }
}

void PostmanReader::readV2Request(const JsonValue &item, const JsonValue *auth, const QString &folder)
{
    PostmanRequest request;
    request.node = &item;
    request.name = text(member(&item, "name"));
    request.folder = folder;
    const JsonValue *given = member(&item, "request");
    if (given->isString()) { // v2.0 allows a bare URL
        request.method = QStringLiteral("GET");
        request.url = given->toString();
    } else {
        request.method = text(member(given, "method")).toUpper();
        request.description = text(member(given, "description"));
        readV2Url(member(given, "url"), request);
        const JsonValue *headers = member(given, "header");
        request.headers = headers && headers->isString() ? headerLines(headers->toString()) : fields(headers);
        readV2Body(member(given, "body"), request);
        const JsonValue *own = member(given, "auth");
        if (own && !own->isNull())
            auth = own;
    }
    if (request.method.isEmpty())
        request.method = QStringLiteral("GET");
    if (request.description.isEmpty())
        request.description = text(member(&item, "description"));
    request.auth = auth;
    readV2Examples(member(&item, "response"), request);
    reportScripts(member(&item, "event"));
    requests.append(request);
}
