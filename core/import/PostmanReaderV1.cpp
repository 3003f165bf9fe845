// PostmanReader, v1 collections: a flat "requests" list, folders that list their requests' ids,
// headers as "Key: value" lines, auth as "helpers".
#include "ImportReport.h"
#include "InputTree.h"
#include "PostmanReader.h"
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

void PostmanReader::readV1(const JsonValue &root)
{
    version = QStringLiteral("v1");
    name = text(member(&root, "name"));
    description = text(member(&root, "description"));
    readVariables(member(&root, "variables"));
    collectionAuth = member(&root, "auth");
    QHash<QString, QString> folderOf; // request id -> folder name
    const JsonValue *folderList = member(&root, "folders");
    for (int i = 0; folderList && folderList->isArray() && i < folderList->size(); ++i) {
        const JsonValue *folder = folderList->at(i);
        const QString folderName = text(member(folder, "name"));
        folders.append({folderName, text(member(folder, "description"))});
        const JsonValue *order = member(folder, "order");
        for (int j = 0; order && order->isArray() && j < order->size(); ++j)
            folderOf.insert(text(order->at(j)), folderName);
    }
    const JsonValue *list = member(&root, "requests");
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        const JsonValue *request = list->at(i);
        if (!request->isObject()) {
            m_report.warn(tr("A request that is not an object; skipped."), m_input, request);
            continue;
        }
        readV1Request(*request, folderOf.value(text(member(request, "id"))));
    }
}

void PostmanReader::readV1Request(const JsonValue &node, const QString &folder)
{
    PostmanRequest request;
    request.node = &node;
    request.name = text(member(&node, "name"));
    request.description = text(member(&node, "description"));
    request.method = text(member(&node, "method")).toUpper();
    if (request.method.isEmpty())
        request.method = QStringLiteral("GET");
    request.url = text(member(&node, "url"));
    request.folder = folder;
    if (const JsonValue *data = member(&node, "headerData"); data && data->isArray() && data->size() > 0)
        request.headers = fields(data);
    else
        request.headers = headerLines(text(member(&node, "headers")));
    if (const JsonValue *query = member(&node, "queryParams");
        query && query->isArray() && query->size() > 0) {
        request.query = fields(query);
        request.queryFromUrl = true;
    }
    const JsonValue *pathData = member(&node, "pathVariableData");
    request.pathVariables
        = fields(pathData && pathData->isArray() ? pathData : member(&node, "pathVariables"));

    const QString mode = text(member(&node, "dataMode"));
    const JsonValue *data = member(&node, "data");
    if (mode == QLatin1String("raw")) {
        request.bodyMode = mode;
        request.raw = text(member(&node, "rawModeData"));
        if (request.raw.isEmpty() && data && data->isString())
            request.raw = data->toString();
    } else if (mode == QLatin1String("params") || mode == QLatin1String("urlencoded")) {
        request.bodyFields = fields(data);
        request.bodyMode = request.bodyFields.isEmpty() ? QString()
            : mode == QLatin1String("params")           ? QStringLiteral("formdata")
                                                        : QStringLiteral("urlencoded");
    } else if (mode == QLatin1String("binary")) {
        request.bodyMode = QStringLiteral("file");
    } else if (mode == QLatin1String("graphql")) {
        request.bodyMode = mode;
        const JsonValue *graphql = member(&node, "graphqlModeData");
        if (!graphql || !graphql->isObject())
            graphql = data;
        request.raw = text(member(graphql, "query"));
        request.graphqlVariables = text(member(graphql, "variables"));
    }
    request.body = data;

    const JsonValue *auth = member(&node, "auth");
    request.auth = auth && auth->isObject() ? auth : collectionAuth;
    request.v1Helper = text(member(&node, "currentHelper"));
    if (request.v1Helper == QLatin1String("normal"))
        request.v1Helper.clear();
    request.v1HelperAttributes = member(&node, "helperAttributes");

    const JsonValue *responses = member(&node, "responses");
    for (int i = 0; responses && responses->isArray() && i < responses->size(); ++i) {
        const JsonValue *response = responses->at(i);
        PostmanRequest::Example example;
        example.name = text(member(response, "name"));
        const JsonValue *code = member(response, "responseCode");
        example.code
            = int(code && code->isObject() ? (member(code, "code") ? member(code, "code")->toInteger(0) : 0)
                                           : (code ? code->toInteger(0) : 0));
        example.body = text(member(response, "text"));
        if (text(member(response, "language")) == QLatin1String("json"))
            example.contentType = QStringLiteral("application/json");
        example.node = response;
        request.examples.append(example);
    }
    for (const char *script : {"preRequestScript", "tests"}) {
        if (!text(member(&node, script)).trimmed().isEmpty())
            m_report.info(script[0] == 't'
                              ? tr("The test script is not imported (connectors run no tests).")
                              : tr("The pre-request script is not imported (a connector can do such "
                                   "work in script.csx or a policy)."),
                          m_input, member(&node, script));
    }
    reportScripts(member(&node, "events"));
    requests.append(request);
}
