#include "SwaggerImporter.h"

#include "ConnectionProperties.h"
#include "InputTree.h"
#include "SwaggerOutput.h"
#include "SwaggerRepair.h"

#include <QCoreApplication>
#include <QRegularExpression>

using json::JsonValue;

namespace {

bool isMethod(const QString &key)
{
    static const QStringList methods = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};
    return methods.contains(key);
}

// Gives every operation a valid operationId that no other uses; reports each one made up.
void fixOperationIds(JsonValue *paths, const JsonValue *inputPaths, const InputTree &input,
                     ImportReport &report)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    OperationIds ids;
    for (int i = 0; i < paths->size(); ++i) {
        JsonValue *item = paths->at(i);
        for (int j = 0; item->isObject() && j < item->size(); ++j) {
            JsonValue *operation = item->at(j);
            if (!isMethod(item->keyAt(j)) || !operation->isObject())
                continue;
            const QString id = SwaggerOutput::text(operation->member(QStringLiteral("operationId")));
            if (!id.isEmpty() && valid.match(id).hasMatch() && !ids.contains(id)) {
                ids.reserve(id);
                continue;
            }
            const QString made = ids.take(id, item->keyAt(j) + QLatin1Char(' ') + paths->keyAt(i));
            const JsonValue *at = inputPaths->at(i)->at(j);
            if (id.isEmpty())
                report.info(SwaggerImporter::tr("No operationId: \"%1\" was made from the method and path.")
                                .arg(made),
                            input, at);
            else
                report.warn(SwaggerImporter::tr(
                                "The operationId \"%1\" is used twice or is not a valid identifier; written "
                                "as \"%2\".")
                                .arg(id, made),
                            input, at);
            SwaggerOutput::set(operation, QStringLiteral("operationId"), made);
        }
    }
}

bool isLocalRef(const QString &ref)
{
    for (const char *prefix : {"#/definitions/", "#/parameters/", "#/responses/"})
        if (ref.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

// A connector is uploaded as one file: references to other files (often AutoRest's
// x-ms-examples) cannot be followed. An extension holding one is dropped; elsewhere the
// referencing object becomes an open schema. Each is reported.
void dropOutsideRefs(JsonValue *node, const JsonValue *inputNode, const InputTree &input,
                     ImportReport &report)
{
    if (!node->isContainer())
        return;
    for (int i = node->size() - 1; i >= 0; --i) {
        JsonValue *child = node->at(i);
        const JsonValue *inputChild = inputNode->at(i);
        QString outside;
        if (node->isObject() && node->keyAt(i).startsWith(QLatin1String("x-")) && child->isContainer()) {
            QList<const JsonValue *> stack = {child};
            while (!stack.isEmpty() && outside.isEmpty()) {
                const JsonValue *each = stack.takeLast();
                const JsonValue *ref = each->isObject() ? each->member(QStringLiteral("$ref")) : nullptr;
                if (ref && ref->isString() && !isLocalRef(ref->toString()))
                    outside = ref->toString();
                for (int j = 0; each->isContainer() && j < each->size(); ++j)
                    stack.append(each->at(j));
            }
            if (!outside.isEmpty()) {
                report.warn(QCoreApplication::translate(
                                "SwaggerImporter",
                                "The extension %1 refers to \"%2\" outside the definition; dropped.")
                                .arg(node->keyAt(i), outside),
                            input, inputChild);
                node->takeItem(i);
            }
            continue;
        }
        const JsonValue *ref = child->isObject() ? child->member(QStringLiteral("$ref")) : nullptr;
        if (ref && ref->isString() && !isLocalRef(ref->toString())) {
            report.warn(QCoreApplication::translate(
                            "SwaggerImporter",
                            "The reference \"%1\" points outside the definition; replaced by an open schema.")
                            .arg(ref->toString()),
                        input, inputChild);
            node->replaceValue(i, JsonValue::makeObject());
            continue;
        }
        dropOutsideRefs(child, inputChild, input, report);
    }
}

} // namespace

ImportedConnector SwaggerImporter::import(const InputTree &input)
{
    ImportedConnector result;
    result.format = QStringLiteral("swagger");
    result.formatVersion = SwaggerOutput::text(input.root()->member(QStringLiteral("swagger")));
    result.definition = SwaggerOutput::copy(*input.root());
    JsonValue *root = result.definition.get();
    dropOutsideRefs(root, input.root(), input, result.report); // before anything changes the shape
    SwaggerRepair(input, result.report).run(root);
    JsonValue *info = SwaggerOutput::object(root, QStringLiteral("info"));
    if (!info->isObject()) {
        result.report.warn(SwaggerImporter::tr("info is not an object; replaced."), input,
                           input.root()->member(QStringLiteral("info")));
        SwaggerOutput::set(root, QStringLiteral("info"), JsonValue::makeObject());
        info = root->member(QStringLiteral("info"));
    }
    if (SwaggerOutput::text(info->member(QStringLiteral("title"))).isEmpty()) {
        SwaggerOutput::set(info, QStringLiteral("title"), SwaggerImporter::tr("Imported connector"));
        result.report.warn(
            SwaggerImporter::tr("The definition has no title; \"Imported connector\" was used."), input,
            input.root());
    }
    if (SwaggerOutput::text(info->member(QStringLiteral("version"))).isEmpty())
        SwaggerOutput::set(info, QStringLiteral("version"), QStringLiteral("1.0"));
    JsonValue *paths = SwaggerOutput::object(root, QStringLiteral("paths"));
    if (paths->isObject()) {
        fixOperationIds(paths,
                        input.root()->member(QStringLiteral("paths"))
                            ? input.root()->member(QStringLiteral("paths"))
                            : input.root(),
                        input, result.report);
        result.inputOperations = result.operationCount();
    }
    SwaggerOutput::orderTopLevel(root);
    QStringList skipped;
    result.properties = ConnectionProperties::fromDefinition(*root, &skipped);
    for (const QString &name : skipped)
        result.report.add(
            ImportReport::Severity::Info,
            SwaggerImporter::tr(
                "The connection uses the first security definition; \"%1\" is kept in the definition only.")
                .arg(name),
            QStringLiteral("/securityDefinitions/") + name);
    return result;
}
