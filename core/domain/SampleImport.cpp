#include "SampleImport.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "NameStyle.h"
#include "OperationView.h"
#include "ParameterEdits.h"
#include "PathEdits.h"
#include "SchemaInference.h"
#include "StringFormat.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("SampleImport", text);
}

QPair<QString, QString> SampleImport::typeOfValue(const QString &value)
{
    static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]{0,17})$"));
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)\\.[0-9]+$"));
    if (integer.match(value).hasMatch()) {
        const qint64 n = value.toLongLong();
        return {QStringLiteral("integer"), n >= INT_MIN && n <= INT_MAX ? QStringLiteral("int32") : QStringLiteral("int64")};
    }
    if (number.match(value).hasMatch())
        return {QStringLiteral("number"), QString()};
    if (value == QLatin1String("true") || value == QLatin1String("false"))
        return {QStringLiteral("boolean"), QString()};
    return {QStringLiteral("string"), StringFormat::detect(value)};
}

QString SampleImport::reasonPhrase(const QString &statusCode)
{
    static const QHash<QString, QString> phrases{
        {QStringLiteral("200"), QStringLiteral("OK")},          {QStringLiteral("201"), QStringLiteral("Created")},
        {QStringLiteral("202"), QStringLiteral("Accepted")},    {QStringLiteral("204"), QStringLiteral("No Content")},
        {QStringLiteral("400"), QStringLiteral("Bad Request")}, {QStringLiteral("401"), QStringLiteral("Unauthorized")},
        {QStringLiteral("403"), QStringLiteral("Forbidden")},   {QStringLiteral("404"), QStringLiteral("Not Found")},
        {QStringLiteral("409"), QStringLiteral("Conflict")},    {QStringLiteral("500"), QStringLiteral("Internal Server Error")},
        {QStringLiteral("default"), QStringLiteral("default")}};
    return phrases.value(statusCode, tr("Response %1").arg(statusCode));
}

std::unique_ptr<JsonValue> SampleImport::parseBody(const QString &body, QString *error)
{
    if (body.trimmed().isEmpty())
        return nullptr;
    QString reason;
    std::unique_ptr<JsonValue> schema = SchemaInference::inferFromText(body, &reason);
    if (!schema)
        *error = tr("The body is not JSON: %1").arg(reason);
    return schema;
}

EditResult SampleImport::importRequest(ConnectorDocument *document, const OperationKey &key, const RequestSample &sample)
{
    if (!OperationView(document, key).isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    QString error;
    std::unique_ptr<JsonValue> schema = parseBody(sample.body, &error);
    if (!error.isEmpty())
        return EditResult::failure(error);
    const JsonValue *basePath = document->value(Part::Definition, JsonPointer(QStringList{QString(K::BasePath)}));
    const RequestSample::Url url = RequestSample::splitUrl(sample.url, basePath ? basePath->toString() : QString());
    const QString method = sample.method.trimmed().isEmpty() ? key.method : sample.method.trimmed().toLower();
    if (!OperationKey::isHttpMethod(method))
        return EditResult::failure(tr("\"%1\" is not an HTTP method.").arg(sample.method));
    if (method != key.method && OperationView(document, OperationKey(key.path, method)).isValid())
        return EditResult::failure(tr("%1 %2 already exists.").arg(method.toUpper(), key.path));

    EditResult result = EditResult::success(key);
    EditTransaction edit(document, tr("Import request sample"));
    OperationKey current = key;
    if (method != key.method) {
        edit.renameKey(Part::Definition, key.pointer(), method);
        current = OperationKey(key.path, method);
    }
    // No URL: the path stays (and its query pairs are none).
    if (!sample.url.trimmed().isEmpty() && url.path != current.path)
        PathEdits::movePath(edit, current, url.path, &current);
    else
        PathEdits::syncPathParameters(edit, current, OperationKey::placeholders(current.path), false);
    addSimpleParameters(edit, current, QStringLiteral("query"), url.query, &result.notes);
    QList<QPair<QString, QString>> headers;
    for (const auto &header : RequestSample::parseHeaders(sample.headers)) {
        if (RequestSample::isTransportHeader(header.first))
            result.notes.append(tr("Header %1 skipped: the connection or the runtime sets it.").arg(header.first));
        else
            headers.append(header);
    }
    addSimpleParameters(edit, current, QStringLiteral("header"), headers, &result.notes);
    if (schema)
        setBodySchema(edit, current, std::move(schema));
    if (!edit.commit())
        return EditResult::failure(edit.error());
    result.operation = current;
    result.pointer = current.pointer();
    return result;
}

void SampleImport::appendParameter(EditTransaction &edit, const OperationKey &key, std::unique_ptr<JsonValue> parameter)
{
    const OperationView view(edit.document(), key);
    const JsonValue *list = edit.document()->value(Part::Definition, view.parametersPointer());
    if (list) {
        edit.insert(Part::Definition, view.parametersPointer(), -1, std::move(parameter));
        return;
    }
    auto array = JsonValue::makeArray();
    array->insertItem(0, std::move(parameter));
    const int at = edit.document()->value(Part::Definition, key.pointer())->indexOf(K::Responses);
    edit.insert(Part::Definition, key.pointer(), at, std::move(array), K::Parameters);
}

void SampleImport::addSimpleParameters(EditTransaction &edit, const OperationKey &key, const QString &location,
                                       const QList<QPair<QString, QString>> &pairs, QStringList *notes)
{
    QStringList seen;
    for (const auto &pair : pairs) {
        if (edit.failed() || seen.contains(pair.first, Qt::CaseInsensitive))
            continue;
        seen.append(pair.first);
        if (OperationView(edit.document(), key).parameter(pair.first, location)) {
            notes->append(tr("The %1 parameter %2 exists already: kept as it is.").arg(location, pair.first));
            continue;
        }
        ParameterSpec spec;
        spec.name = pair.first;
        spec.location = location;
        const auto type = typeOfValue(pair.second);
        spec.type = type.first;
        spec.format = type.second;
        spec.summary = NameStyle::label(pair.first);
        appendParameter(edit, key, ParameterEdits::build(spec));
    }
}

void SampleImport::setBodySchema(EditTransaction &edit, const OperationKey &key, std::unique_ptr<JsonValue> schema)
{
    const std::optional<ParameterView> body = OperationView(edit.document(), key).bodyParameter();
    if (body) {
        edit.set(Part::Definition, body->pointer().child(K::Schema), std::move(schema));
        return;
    }
    appendParameter(edit, key,
                    JsonBuilder()
                        .add(K::Name, QStringLiteral("body"))
                        .add(K::In, QStringLiteral("body"))
                        .add(K::Required, true)
                        .add(K::Schema, std::move(schema))
                        .take());
}

// Responses stay ordered by status code, "default" last.
static int responseInsertIndex(const JsonValue *responses, const QString &code)
{
    for (int i = 0; i < responses->size(); ++i) {
        const QString other = responses->keyAt(i);
        if (other == QLatin1String("default") || (code != QLatin1String("default") && other > code))
            return i;
    }
    return responses->size();
}

EditResult SampleImport::importResponse(ConnectorDocument *document, const OperationKey &key,
                                        const QString &statusCode, const QString &body, const QString &headers)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    static const QRegularExpression code(QStringLiteral("^([1-5][0-9][0-9]|[1-5]XX|default)$"));
    if (!code.match(statusCode).hasMatch())
        return EditResult::failure(tr("\"%1\" is not a status code (200, 404, default, ...).").arg(statusCode));
    QString error;
    std::unique_ptr<JsonValue> schema = parseBody(body, &error);
    if (!error.isEmpty())
        return EditResult::failure(error);
    auto headerSchemas = JsonValue::makeObject();
    for (const auto &header : RequestSample::parseHeaders(headers)) {
        if (!RequestSample::isTransportHeader(header.first) && headerSchemas->indexOf(header.first) < 0)
            headerSchemas->insertItem(headerSchemas->size(), JsonBuilder().add(K::Type, QStringLiteral("string")).take(),
                                      header.first);
    }

    EditTransaction edit(document, tr("Import response sample"));
    const std::optional<ResponseView> existing = view.response(statusCode);
    const JsonPointer responses = key.pointer().child(K::Responses);
    JsonPointer at;
    if (existing) {
        at = existing->pointer();
        if (schema)
            edit.set(Part::Definition, at.child(K::Schema), std::move(schema));
        for (int i = 0; i < headerSchemas->size(); ++i) {
            const JsonPointer header = at.child(K::Headers).child(headerSchemas->keyAt(i));
            if (!document->value(Part::Definition, header))
                edit.set(Part::Definition, header, headerSchemas->at(i)->clone());
        }
    } else {
        JsonBuilder response;
        response.add(K::Description, reasonPhrase(statusCode));
        if (schema)
            response.add(K::Schema, std::move(schema));
        if (headerSchemas->size() > 0)
            response.add(K::Headers, std::move(headerSchemas));
        const JsonValue *list = document->value(Part::Definition, responses);
        if (list && list->isObject())
            edit.insert(Part::Definition, responses, responseInsertIndex(list, statusCode), response.take(), statusCode);
        else
            edit.set(Part::Definition, responses.child(statusCode), response.take());
        at = responses.child(statusCode);
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    EditResult result = EditResult::success(at);
    result.operation = key;
    return result;
}
