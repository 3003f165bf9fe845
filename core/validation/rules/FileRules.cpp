// The files as JSON: what cannot be read at all, and what only tolerant reading accepts
// (comments, trailing commas, duplicate keys...), which the platform's strict reader rejects.
#include "RuleSets.h"
#include "RuleSupport.h"

#include "json/JsonFile.h"

namespace rules {
namespace {

void reportDiagnostics(ValidationContext &ctx, bool errors)
{
    for (Part part : {Part::Definition, Part::Properties}) {
        for (const json::JsonDiagnostic &d : ctx.file(part).diagnostics()) {
            // A byte order mark is harmless: the platform reads it.
            if (d.isError() == errors && d.code != QLatin1String("bom"))
                ctx.reportAt(part, d.line, d.column,
                             errors ? d.message + tr(": correct the JSON so the connector can be read")
                                    : d.message
                                     + tr(": the platform reads strict JSON only ('format' repairs "
                                          "commas and control characters)"));
        }
    }
}

void jsonSyntax(ValidationContext &ctx)
{
    reportDiagnostics(ctx, true);
}

void jsonStrict(ValidationContext &ctx)
{
    reportDiagnostics(ctx, false);
}

} // namespace
} // namespace rules

void addFileRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("json-syntax"), Severity::Error,
                 QStringLiteral("The JSON files can be parsed"), rules::jsonSyntax});
    list.append(
        {QStringLiteral("json-strict"), Severity::Warning,
         QStringLiteral("The JSON files are strict JSON (no comments, trailing commas, duplicate keys)"),
         rules::jsonStrict});
}
