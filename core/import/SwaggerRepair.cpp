#include "SwaggerRepair.h"

#include "ImportReport.h"
#include "InputTree.h"
#include "SwaggerOutput.h"
#include "json/JsonPointer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SwaggerRepair", text);
}

constexpr int MaxDepth = 64;

bool isMethod(const QString &key)
{
    static const QStringList methods = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};
    return methods.contains(key);
}

// The Swagger type of a sample value; empty when it says nothing usable.
QString typeOf(const JsonValue *value)
{
    if (!value)
        return {};
    if (value->isString())
        return QStringLiteral("string");
    if (value->isBool())
        return QStringLiteral("boolean");
    if (value->isNumber())
        return value->numberLexeme().contains(QRegularExpression(QStringLiteral("[.eE]")))
            ? QStringLiteral("number")
            : QStringLiteral("integer");
    return {};
}

// Items for an array described only by its default or enum values (["a", "b"] -> string).
QString inferredItemType(const JsonValue &value)
{
    for (const QString &key : {QStringLiteral("default"), QStringLiteral("enum")}) {
        const JsonValue *sample = value.member(key);
        if (key == QLatin1String("enum") && sample && sample->isArray() && sample->size() > 0)
            sample = sample->at(0); // an enum of arrays: its first value
        if (sample && sample->isArray() && sample->size() > 0 && !typeOf(sample->at(0)).isEmpty())
            return typeOf(sample->at(0));
    }
    return {};
}

} // namespace

void SwaggerRepair::warn(const QString &message, const JsonValue *outputNode)
{
    const json::JsonPointer pointer = json::JsonPointer::of(outputNode);
    if (const JsonValue *inputNode = pointer.resolve(m_input.root()))
        m_report.warn(message, m_input, inputNode);
    else
        m_report.add(ImportReport::Severity::Warning, message, pointer.toString());
}

void SwaggerRepair::run(JsonValue *root)
{
    if (!root->isObject())
        return;
    if (JsonValue *shared = root->member(QStringLiteral("parameters")); shared && shared->isObject())
        for (int i = 0; i < shared->size(); ++i)
            simpleItems(shared->at(i), 0);
    if (JsonValue *shared = root->member(QStringLiteral("responses")); shared && shared->isObject())
        responseMap(shared, root);
    JsonValue *paths = root->member(QStringLiteral("paths"));
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i) {
        JsonValue *item = paths->at(i);
        for (int j = 0; item->isObject() && j < item->size(); ++j) {
            JsonValue *value = item->at(j);
            if (item->keyAt(j) == QLatin1String("parameters")) {
                parameterList(value);
            } else if (isMethod(item->keyAt(j)) && value->isObject()) {
                if (JsonValue *list = value->member(QStringLiteral("parameters")))
                    parameterList(list);
                if (JsonValue *responses = value->member(QStringLiteral("responses"));
                    responses && responses->isObject())
                    responseMap(responses, root);
            }
        }
    }
    emptyRequired(root, 0);
}

void SwaggerRepair::parameterList(JsonValue *list)
{
    for (int i = 0; list->isArray() && i < list->size(); ++i) {
        JsonValue *parameter = list->at(i);
        if (parameter->isObject() && !parameter->member(QStringLiteral("$ref"))
            && SwaggerOutput::text(parameter->member(QStringLiteral("in"))) != QLatin1String("body"))
            simpleItems(parameter, 0);
    }
}

// A non-body parameter, a header or an items object: "type": "array" needs "items".
void SwaggerRepair::simpleItems(JsonValue *value, int depth)
{
    if (!value->isObject() || depth > MaxDepth)
        return;
    if (SwaggerOutput::text(value->member(QStringLiteral("in"))) == QLatin1String("body"))
        return;
    JsonValue *items = value->member(QStringLiteral("items"));
    if (SwaggerOutput::text(value->member(QStringLiteral("type"))) == QLatin1String("array") && !items) {
        QString type = inferredItemType(*value);
        const bool inferred = !type.isEmpty();
        if (!inferred)
            type = QStringLiteral("string");
        auto made = JsonValue::makeObject();
        SwaggerOutput::set(made.get(), QStringLiteral("type"), type);
        warn(inferred
                 ? tr("An array without \"items\" (Swagger 2.0 requires them): items of type %1, "
                      "inferred from its values, were added.")
                       .arg(type)
                 : tr("An array without \"items\" (Swagger 2.0 requires them): string items were added."),
             value);
        SwaggerOutput::set(value, QStringLiteral("items"), std::move(made));
        return;
    }
    if (items)
        simpleItems(items, depth + 1);
}

void SwaggerRepair::responseMap(JsonValue *responses, const JsonValue *root)
{
    for (int i = 0; i < responses->size(); ++i) {
        JsonValue *response = responses->at(i);
        if (!response->isObject())
            continue;
        responseSchema(response, root);
        if (JsonValue *headers = response->member(QStringLiteral("headers")); headers && headers->isObject())
            for (int j = 0; j < headers->size(); ++j)
                simpleItems(headers->at(j), 0);
    }
}

// {"schema": {"$ref": "#/responses/X"}}: a response is not a schema (gitea's generator writes
// these); the referenced response's schema and headers are what was meant.
void SwaggerRepair::responseSchema(JsonValue *response, const JsonValue *root)
{
    const int at = response->indexOf(QStringLiteral("schema"));
    const JsonValue *schema = at >= 0 ? response->at(at) : nullptr;
    const QString ref = schema ? SwaggerOutput::text(schema->member(QStringLiteral("$ref"))) : QString();
    if (!ref.startsWith(QLatin1String("#/responses/")))
        return;
    const JsonValue *shared = root->member(QStringLiteral("responses"));
    const JsonValue *target = shared ? shared->member(json::JsonPointer::unescape(ref.mid(12))) : nullptr;
    const JsonValue *targetSchema = target ? target->member(QStringLiteral("schema")) : nullptr;
    const JsonValue *targetHeaders = target ? target->member(QStringLiteral("headers")) : nullptr;
    warn(targetSchema ? tr("The response schema refers to the response \"%1\", which is not a schema; "
                           "that response's schema is used instead.")
                            .arg(ref)
                      : tr("The response schema refers to the response \"%1\", which is not a schema and "
                           "has none; the schema is dropped.")
                            .arg(ref),
         schema);
    auto headers = targetHeaders && !response->member(QStringLiteral("headers"))
        ? SwaggerOutput::copy(*targetHeaders)
        : nullptr;
    if (targetSchema)
        response->replaceValue(at, SwaggerOutput::copy(*targetSchema));
    else
        response->takeItem(at);
    if (headers)
        SwaggerOutput::set(response, QStringLiteral("headers"), std::move(headers));
}

// "required": [] in a schema (JSON Schema draft 4 wants at least one name). Extensions and
// sample values are left alone: they are not schemas.
void SwaggerRepair::emptyRequired(JsonValue *node, int depth)
{
    if (!node->isContainer() || depth > MaxDepth * 4)
        return;
    for (int i = node->size() - 1; i >= 0; --i) {
        JsonValue *child = node->at(i);
        if (node->isObject()) {
            const QString key = node->keyAt(i);
            if (key.startsWith(QLatin1String("x-")) || key == QLatin1String("example")
                || key == QLatin1String("examples") || key == QLatin1String("default")
                || key == QLatin1String("enum"))
                continue;
            if (key == QLatin1String("required") && child->isArray() && child->size() == 0) {
                warn(tr("An empty \"required\" list is not allowed in Swagger 2.0; dropped."), child);
                node->takeItem(i);
                continue;
            }
        }
        emptyRequired(child, depth + 1);
    }
}
