// Parameters of operations: body and form data, path placeholders, uniqueness, and the shapes
// that Power Automate and Power Apps cannot call.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QSet>

namespace rules {
namespace {

using Parameter = ValidationContext::Parameter;

QList<Parameter> parametersIn(const ValidationContext &ctx, const Operation &op, const QString &in)
{
    QList<Parameter> result;
    for (const Parameter &p : ctx.parameters(op)) {
        if (paramIn(p.node) == in)
            result.append(p);
    }
    return result;
}

void getNoBody(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        if (op.method != QLatin1String("get"))
            continue;
        for (const Parameter &p : parametersIn(ctx, op, QStringLiteral("body")))
            ctx.report(Part::Definition, p.pointer,
                       tr("A GET request has no body: send \"%1\" as query parameters or use POST")
                           .arg(paramName(p.node)));
    }
}

void singleBody(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const QList<Parameter> bodies = parametersIn(ctx, op, QStringLiteral("body"));
        for (int i = 1; i < bodies.size(); ++i)
            ctx.report(Part::Definition, bodies.at(i).pointer,
                       tr("%1 has more than one body parameter: merge them into one object schema")
                           .arg(ValidationContext::operationLabel(op)));
    }
}

void bodyAndFormData(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const QList<Parameter> form = parametersIn(ctx, op, QStringLiteral("formData"));
        if (!form.isEmpty() && !parametersIn(ctx, op, QStringLiteral("body")).isEmpty())
            ctx.report(Part::Definition, form.first().pointer,
                       tr("%1 has both a body and formData parameters: use one or the other")
                           .arg(ValidationContext::operationLabel(op)));
    }
}

// --- path parameters ---------------------------------------------------------------------

QuickFix declarePathParameter(const Operation &op, const QString &name)
{
    const QString parameter = QStringLiteral("{\"name\": %1, \"in\": \"path\", \"required\": true, "
                                             "\"type\": \"string\", \"x-ms-summary\": %1}")
                                  .arg(jsonString(name));
    const QString label = tr("Declare path parameter \"%1\"").arg(name);
    const JsonPointer listAt = op.pointer.child(QStringLiteral("parameters"));
    if (member(op.node, QStringLiteral("parameters")))
        return QuickFix::insert(label, Part::Definition, listAt, -1, parameter);
    return QuickFix::set(label, Part::Definition, listAt, QLatin1Char('[') + parameter + QLatin1Char(']'));
}

void pathParameterDeclared(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        QSet<QString> declared;
        for (const Parameter &p : parametersIn(ctx, op, QStringLiteral("path")))
            declared.insert(paramName(p.node));
        for (const QString &name : pathPlaceholders(op.path)) {
            if (!declared.contains(name))
                ctx.report(Part::Definition, op.pointer,
                           tr("Declare \"{%1}\" of %2 as a required path parameter").arg(name, op.path),
                           declarePathParameter(op, name));
        }
    }
}

void pathParameterRequired(ValidationContext &ctx)
{
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        if (paramIn(parameter) == QLatin1String("path")
            && !isTrue(member(parameter, QStringLiteral("required"))))
            ctx.report(Part::Definition, at,
                       tr("Mark path parameter \"%1\" \"required\": true").arg(paramName(parameter)),
                       QuickFix::set(tr("Set \"required\": true"), Part::Definition,
                                     at.child(QStringLiteral("required")), QStringLiteral("true")));
    });
}

void pathParameterUsed(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const QStringList placeholders = pathPlaceholders(op.path);
        for (const Parameter &p : parametersIn(ctx, op, QStringLiteral("path"))) {
            if (placeholders.contains(paramName(p.node)))
                continue;
            ctx.report(
                Part::Definition, p.pointer,
                tr("Path parameter \"%1\" is not in %2: add \"{%1}\" to the path or remove the parameter")
                    .arg(paramName(p.node), op.path),
                p.pathLevel ? QuickFix()
                            : QuickFix::remove(tr("Remove the parameter"), Part::Definition, p.pointer));
        }
    }
}

// --- names and shapes --------------------------------------------------------------------

void parameterUnique(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        // Operation-level parameters legitimately override path-level ones: compare within a level.
        QSet<QString> seen[2];
        for (const Parameter &p : ctx.parameters(op)) {
            const QString key = paramIn(p.node) + QLatin1Char(':') + paramName(p.node);
            QSet<QString> &level = seen[p.pathLevel ? 0 : 1];
            if (level.contains(key))
                ctx.report(Part::Definition, p.pointer,
                           tr("Parameter \"%1\" in %2 is declared twice: remove one")
                               .arg(paramName(p.node), paramIn(p.node)));
            level.insert(key);
        }
    }
}

void noConnectionId(ValidationContext &ctx)
{
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        if (paramName(parameter).compare(QLatin1String("connectionId"), Qt::CaseInsensitive) == 0)
            ctx.report(Part::Definition, at.child(QStringLiteral("name")),
                       tr("Rename parameter \"%1\": the platform reserves connectionId for itself")
                           .arg(paramName(parameter)));
    });
}

void collectionFormatMulti(ValidationContext &ctx)
{
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        if (ValidationContext::stringAt(parameter, QStringLiteral("collectionFormat"))
            != QLatin1String("multi"))
            return;
        const JsonPointer formatAt = at.child(QStringLiteral("collectionFormat"));
        ctx.report(
            Part::Definition, formatAt,
            tr("collectionFormat \"multi\" is not supported: use \"csv\" (or another delimiter the API "
               "accepts)"),
            QuickFix::set(tr("Use \"csv\""), Part::Definition, formatAt, QStringLiteral("\"csv\"")));
    });
}

void arrayQueryParameter(ValidationContext &ctx)
{
    ctx.forEachParameterDefinition([&](const JsonValue *parameter, const JsonPointer &at) {
        if (paramIn(parameter) == QLatin1String("query")
            && ValidationContext::stringAt(parameter, QStringLiteral("type")) == QLatin1String("array"))
            ctx.report(Part::Definition, at.child(QStringLiteral("type")),
                       tr("Array query parameter \"%1\" breaks in Power Apps: take a comma-separated string "
                          "instead")
                           .arg(paramName(parameter)));
    });
}

} // namespace
} // namespace rules

void addParameterRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("get-no-body"), Severity::Error,
                 QStringLiteral("GET operations have no body"), rules::getNoBody});
    list.append({QStringLiteral("single-body-parameter"), Severity::Error,
                 QStringLiteral("An operation has at most one body parameter"), rules::singleBody});
    list.append({QStringLiteral("body-and-form-data"), Severity::Error,
                 QStringLiteral("An operation does not mix body and formData parameters"),
                 rules::bodyAndFormData});
    list.append({QStringLiteral("path-parameter-declared"), Severity::Error,
                 QStringLiteral("Every {placeholder} of a path is a declared path parameter"),
                 rules::pathParameterDeclared});
    list.append({QStringLiteral("path-parameter-required"), Severity::Error,
                 QStringLiteral("Path parameters are required"), rules::pathParameterRequired});
    list.append({QStringLiteral("path-parameter-used"), Severity::Error,
                 QStringLiteral("Every path parameter appears in the path"), rules::pathParameterUsed});
    list.append({QStringLiteral("parameter-unique"), Severity::Error,
                 QStringLiteral("Parameters are unique by name and location"), rules::parameterUnique});
    list.append({QStringLiteral("no-connection-id-parameter"), Severity::Error,
                 QStringLiteral("No parameter is named connectionId"), rules::noConnectionId});
    list.append({QStringLiteral("collection-format-multi"), Severity::Error,
                 QStringLiteral("collectionFormat \"multi\" is not used"), rules::collectionFormatMulti});
    list.append({QStringLiteral("array-query-parameter"), Severity::Warning,
                 QStringLiteral("Query parameters are not arrays (they break Power Apps)"),
                 rules::arrayQueryParameter});
}
