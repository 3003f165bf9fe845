#pragma once

// Small helpers shared by the rule files: names, lookups and text checks.
#include "validation/ValidationContext.h"
#include "json/JsonPointer.h"
#include "json/JsonValue.h"

#include <QCoreApplication>
#include <QString>

namespace rules {

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;
using Severity = ValidationFinding::Severity;
using Operation = ValidationContext::Operation;

// The context lupdate gives tr() calls in namespace rules (QObject::tr would look up "QObject").
inline QString tr(const char *text)
{
    return QCoreApplication::translate("rules", text);
}

inline const JsonValue *member(const JsonValue *object, const QString &key)
{
    return object && object->isObject() ? object->member(key) : nullptr;
}

inline bool isTrue(const JsonValue *value)
{
    return value && value->isBool() && value->toBool();
}

// A JSON string literal for a quick fix ("text" with escapes).
QString jsonString(const QString &text);

// Levenshtein distance, giving up (returning limit + 1) as soon as it exceeds limit.
int editDistance(const QString &a, const QString &b, int limit);

// The parameter's "in" and "name", "" when absent.
inline QString paramIn(const JsonValue *parameter)
{
    return ValidationContext::stringAt(parameter, QStringLiteral("in"));
}
inline QString paramName(const JsonValue *parameter)
{
    return ValidationContext::stringAt(parameter, QStringLiteral("name"));
}

// A trigger that Power Automate calls back (registers a notification URL) rather than polls.
bool isWebhookTrigger(const ValidationContext &ctx, const Operation &operation);
// x-ms-notification-content of the operation, or of its path item (where it usually is).
const JsonValue *notificationContent(const Operation &operation);

// The "{name}" placeholders of a path template, in order.
QStringList pathPlaceholders(const QString &path);

} // namespace rules
