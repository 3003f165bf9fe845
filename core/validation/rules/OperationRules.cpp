// Operations: operationId, summary, description and responses, as the Power Platform validator
// and the certification checklist want them.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QHash>
#include <QRegularExpression>

namespace rules {
namespace {

// "get" + "/items/{id}/notes" -> "GetItemsIdNotes", made unique against taken.
QString suggestOperationId(const Operation &op, const QSet<QString> &taken)
{
    QString id = op.method.left(1).toUpper() + op.method.mid(1);
    bool upperNext = true;
    for (const QChar c : op.path) {
        if (!c.isLetterOrNumber() || c.unicode() > 127) {
            upperNext = true;
            continue;
        }
        id += upperNext ? c.toUpper() : c;
        upperNext = false;
    }
    QString unique = id;
    for (int n = 2; taken.contains(unique); ++n)
        unique = id + QString::number(n);
    return unique;
}

void operationIdRequired(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const JsonValue *id = member(op.node, QStringLiteral("operationId"));
        if (id && id->isString() && !id->toString().isEmpty())
            continue;
        const QString suggestion = suggestOperationId(op, ctx.operationIds());
        const JsonPointer at = op.pointer.child(QStringLiteral("operationId"));
        ctx.report(
            Part::Definition, id ? at : op.pointer,
            tr("Give %1 an operationId: flows and apps call the operation by it")
                .arg(ValidationContext::operationLabel(op)),
            QuickFix::set(tr("Use \"%1\"").arg(suggestion), Part::Definition, at, jsonString(suggestion)));
    }
}

void operationIdUnique(ValidationContext &ctx)
{
    QHash<QString, const Operation *> seen;
    for (const Operation &op : ctx.operations()) {
        const QString id = ValidationContext::stringAt(op.node, QStringLiteral("operationId"));
        if (id.isEmpty())
            continue;
        if (const Operation *first = seen.value(id))
            ctx.report(Part::Definition, op.pointer.child(QStringLiteral("operationId")),
                       tr("operationId \"%1\" is already used by %2 %3: make it unique")
                           .arg(id, first->method.toUpper(), first->path));
        else
            seen.insert(id, &op);
    }
}

void operationIdFormat(ValidationContext &ctx)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_]+$"));
    for (const Operation &op : ctx.operations()) {
        const QString id = ValidationContext::stringAt(op.node, QStringLiteral("operationId"));
        if (!id.isEmpty() && !allowed.match(id).hasMatch())
            ctx.report(
                Part::Definition, op.pointer.child(QStringLiteral("operationId")),
                tr("Use only letters and digits in operationId \"%1\": Power Apps calls it as a function")
                    .arg(id));
    }
}

// --- summary -----------------------------------------------------------------------------

// Calls check(summary text, pointer) for each operation's string summary.
template<typename Check>
void forEachSummary(ValidationContext &ctx, Check check)
{
    for (const Operation &op : ctx.operations()) {
        const JsonValue *summary = member(op.node, QStringLiteral("summary"));
        if (summary && summary->isString())
            check(summary->toString(), op.pointer.child(QStringLiteral("summary")));
    }
}

void summaryRequired(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const QString summary = ValidationContext::stringAt(op.node, QStringLiteral("summary"));
        if (summary.trimmed().isEmpty())
            ctx.report(Part::Definition, op.pointer,
                       tr("Add a summary to %1: it is the action's name in flows (e.g. \"Get an item\")")
                           .arg(ValidationContext::operationLabel(op)));
    }
}

void summaryLength(ValidationContext &ctx)
{
    forEachSummary(ctx, [&](const QString &summary, const JsonPointer &at) {
        if (summary.size() > 80)
            ctx.report(Part::Definition, at,
                       tr("Shorten the summary to 80 characters or fewer (it has %1)").arg(summary.size()));
    });
}

void summaryNoSlash(ValidationContext &ctx)
{
    forEachSummary(ctx, [&](const QString &summary, const JsonPointer &at) {
        if (summary.contains(QLatin1Char('/')))
            ctx.report(Part::Definition, at,
                       tr("Remove '/' from the summary (write \"or\" or \"and\" instead)"));
    });
}

bool endsWell(const QString &text)
{
    const QChar last = text.isEmpty() ? QChar() : text.back();
    return last.isLetterOrNumber() || last == QLatin1Char(')');
}

void summaryEnding(ValidationContext &ctx)
{
    forEachSummary(ctx, [&](const QString &summary, const JsonPointer &at) {
        if (summary.trimmed().isEmpty() || endsWell(summary))
            return;
        QString fixed = summary;
        while (!fixed.isEmpty() && !endsWell(fixed))
            fixed.chop(1);
        ctx.report(Part::Definition, at, tr("End the summary with a letter, a digit or ')' (no punctuation)"),
                   fixed.isEmpty()
                       ? QuickFix()
                       : QuickFix::set(tr("Use \"%1\"").arg(fixed), Part::Definition, at, jsonString(fixed)));
    });
}

// --- description -------------------------------------------------------------------------

void descriptionSentence(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const JsonValue *description = member(op.node, QStringLiteral("description"));
        if (!description || !description->isString())
            continue;
        const QString text = description->toString().trimmed();
        if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'))
            || text.endsWith(QLatin1Char('?')))
            continue;
        const JsonPointer at = op.pointer.child(QStringLiteral("description"));
        ctx.report(
            Part::Definition, at, tr("Write the description as a sentence ending with a full stop"),
            QuickFix::set(tr("Add a full stop"), Part::Definition, at, jsonString(text + QLatin1Char('.'))));
    }
}

void descriptionNotSummary(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const QString description
            = ValidationContext::stringAt(op.node, QStringLiteral("description")).trimmed();
        const QString summary = ValidationContext::stringAt(op.node, QStringLiteral("summary")).trimmed();
        if (!description.isEmpty() && description.compare(summary, Qt::CaseInsensitive) == 0)
            ctx.report(
                Part::Definition, op.pointer.child(QStringLiteral("description")),
                tr("Make the description say more than the summary: what the action does and returns"));
    }
}

// --- responses ---------------------------------------------------------------------------

const JsonValue *responsesOf(const Operation &op)
{
    const JsonValue *responses = member(op.node, QStringLiteral("responses"));
    return responses && responses->isObject() ? responses : nullptr;
}

void response2xx(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const JsonValue *responses = responsesOf(op);
        if (!responses)
            continue;
        bool success = false;
        for (int i = 0; i < responses->size() && !success; ++i)
            success = responses->keyAt(i).startsWith(QLatin1Char('2'));
        if (!success)
            ctx.report(Part::Definition, op.pointer.child(QStringLiteral("responses")),
                       tr("Declare the success response (200, 201, 202 or 204) of %1")
                           .arg(ValidationContext::operationLabel(op)));
    }
}

void responseSingleSchema(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const JsonValue *responses = responsesOf(op);
        QStringList withSchema;
        for (int i = 0; responses && i < responses->size(); ++i) {
            if (member(ctx.deref(responses->at(i)), QStringLiteral("schema")))
                withSchema.append(responses->keyAt(i));
        }
        if (withSchema.size() > 1)
            ctx.report(
                Part::Definition, op.pointer.child(QStringLiteral("responses")).child(withSchema.at(1)),
                tr("Only one response should have a schema (%1 have one): flows use a single output shape; "
                   "keep it on the success response")
                    .arg(withSchema.join(QStringLiteral(", "))));
    }
}

void responseDefaultSchema(ValidationContext &ctx)
{
    for (const Operation &op : ctx.operations()) {
        const JsonValue *responses = responsesOf(op);
        const JsonValue *fallback = responses ? responses->member(QStringLiteral("default")) : nullptr;
        if (fallback && member(fallback, QStringLiteral("schema")))
            ctx.report(
                Part::Definition,
                op.pointer.child(QStringLiteral("responses"))
                    .child(QStringLiteral("default"))
                    .child(QStringLiteral("schema")),
                tr("Move the schema from the \"default\" response to the success response: \"default\" "
                   "describes errors"));
    }
}

} // namespace
} // namespace rules

void addOperationRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("operation-id-required"), Severity::Error,
                 QStringLiteral("Every operation has an operationId"), rules::operationIdRequired});
    list.append({QStringLiteral("operation-id-unique"), Severity::Error,
                 QStringLiteral("operationIds are unique"), rules::operationIdUnique});
    list.append({QStringLiteral("operation-id-format"), Severity::Warning,
                 QStringLiteral("operationIds use letters, digits (and underscores) only"),
                 rules::operationIdFormat});
    list.append({QStringLiteral("summary-required"), Severity::Error,
                 QStringLiteral("Every operation has a summary"), rules::summaryRequired});
    list.append({QStringLiteral("summary-length"), Severity::Error,
                 QStringLiteral("Summaries have at most 80 characters"), rules::summaryLength});
    list.append({QStringLiteral("summary-no-slash"), Severity::Error,
                 QStringLiteral("Summaries contain no '/'"), rules::summaryNoSlash});
    list.append({QStringLiteral("summary-ending"), Severity::Error,
                 QStringLiteral("Summaries end with a letter, a digit or ')'"), rules::summaryEnding});
    list.append({QStringLiteral("description-sentence"), Severity::Info,
                 QStringLiteral("Operation descriptions are sentences"), rules::descriptionSentence});
    list.append({QStringLiteral("description-not-summary"), Severity::Warning,
                 QStringLiteral("An operation's description differs from its summary"),
                 rules::descriptionNotSummary});
    list.append({QStringLiteral("response-2xx"), Severity::Error,
                 QStringLiteral("Every operation declares a 2xx response"), rules::response2xx});
    list.append({QStringLiteral("response-single-schema"), Severity::Warning,
                 QStringLiteral("At most one response of an operation has a schema"),
                 rules::responseSingleSchema});
    list.append({QStringLiteral("response-default-schema"), Severity::Warning,
                 QStringLiteral("The \"default\" response has no schema"), rules::responseDefaultSchema});
}
