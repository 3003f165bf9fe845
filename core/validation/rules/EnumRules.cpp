// Enumerations and defaults: enum lists, x-ms-enum-values display names, and default values
// that match their declared type.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <cmath>

namespace rules {
namespace {

using KeyKind = ValidationContext::KeyKind;

// Calls check(owner, value) for each keyword member of a kind ("enum", "default"...).
template<typename Check>
void forEachKeyword(ValidationContext &ctx, KeyKind kind, Check check)
{
    for (const auto &m : ctx.members(kind))
        check(m.object, m.value());
}

bool contains(const JsonValue *list, const JsonValue *value)
{
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        if (list->at(i)->equals(*value))
            return true;
    }
    return false;
}

bool matchesType(const JsonValue *value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value->isString();
    if (type == QLatin1String("integer"))
        return value->isNumber() && std::floor(value->toDouble()) == value->toDouble();
    if (type == QLatin1String("number"))
        return value->isNumber();
    if (type == QLatin1String("boolean"))
        return value->isBool();
    if (type == QLatin1String("array"))
        return value->isArray();
    if (type == QLatin1String("object"))
        return value->isObject();
    return true; // no type (or an unknown one, reported elsewhere): anything goes
}

void enumNotEmpty(ValidationContext &ctx)
{
    forEachKeyword(ctx, KeyKind::Enum, [&](const JsonValue *, const JsonValue *list) {
        if (!list->isArray() || list->size() == 0)
            ctx.report(Part::Definition, JsonPointer::of(list),
                       tr("List at least one allowed value in \"enum\", or remove it"));
    });
}

void enumValueType(ValidationContext &ctx)
{
    forEachKeyword(ctx, KeyKind::Enum, [&](const JsonValue *owner, const JsonValue *list) {
        const QString type = ValidationContext::stringAt(owner, QStringLiteral("type"));
        for (int i = 0; list->isArray() && i < list->size(); ++i) {
            if (!matchesType(list->at(i), type))
                ctx.report(Part::Definition, JsonPointer::of(list->at(i)),
                           tr("Write enum values as %1 values, as \"type\" says").arg(type));
        }
    });
}

// --- x-ms-enum-values --------------------------------------------------------------------

// An "enum" array made of the values of x-ms-enum-values, for the quick fix.
QString enumFromDisplayValues(const JsonValue *entries)
{
    QStringList values;
    for (int i = 0; i < entries->size(); ++i) {
        const JsonValue *value = member(entries->at(i), QStringLiteral("value"));
        if (!value || value->isContainer())
            return {};
        values.append(value->isString()       ? jsonString(value->toString())
                          : value->isNumber() ? value->numberLexeme()
                          : value->isBool()   ? QLatin1String(value->toBool() ? "true" : "false")
                                              : QStringLiteral("null"));
    }
    return QLatin1Char('[') + values.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void checkDisplayEntries(ValidationContext &ctx, const JsonValue *owner, const JsonValue *entries)
{
    const JsonValue *allowed = member(owner, QStringLiteral("enum"));
    for (int i = 0; i < entries->size(); ++i) {
        const JsonValue *entry = entries->at(i);
        const JsonValue *value = member(entry, QStringLiteral("value"));
        if (!value || !member(entry, QStringLiteral("displayName")))
            ctx.report(Part::Definition, JsonPointer::of(entry),
                       tr("Give each x-ms-enum-values entry a \"value\" and a \"displayName\""));
        else if (allowed && allowed->isArray() && !contains(allowed, value))
            ctx.report(Part::Definition, JsonPointer::of(value),
                       tr("This value is not in \"enum\": add it there or correct it"));
    }
}

void enumValuesConsistent(ValidationContext &ctx)
{
    forEachKeyword(ctx, KeyKind::EnumValues, [&](const JsonValue *owner, const JsonValue *entries) {
        if (!entries->isArray()) {
            ctx.report(Part::Definition, JsonPointer::of(entries),
                       tr("Write x-ms-enum-values as an array of {\"value\", \"displayName\"} objects"));
            return;
        }
        if (!member(owner, QStringLiteral("enum")) && entries->size() > 0) {
            const QString list = enumFromDisplayValues(entries);
            const JsonPointer enumAt = JsonPointer::of(owner).child(QStringLiteral("enum"));
            ctx.report(
                Part::Definition, JsonPointer::of(entries),
                tr("Add an \"enum\" with the values of x-ms-enum-values: the display names apply to it"),
                list.isEmpty() ? QuickFix()
                               : QuickFix::set(tr("Add the enum"), Part::Definition, enumAt, list));
        }
        checkDisplayEntries(ctx, owner, entries);
    });
}

// --- defaults ----------------------------------------------------------------------------

// The default rewritten in the declared type, when the intent is plain ("5" for an integer).
QuickFix retypeDefault(const JsonValue *value, const QString &type, const JsonPointer &at)
{
    QString json;
    if (type == QLatin1String("string") && value->isNumber())
        json = jsonString(value->numberLexeme());
    else if (type == QLatin1String("string") && value->isBool())
        json = jsonString(QLatin1String(value->toBool() ? "true" : "false"));
    else if (type == QLatin1String("boolean") && value->isString()
             && (value->toString() == QLatin1String("true") || value->toString() == QLatin1String("false")))
        json = value->toString();
    else if ((type == QLatin1String("integer") || type == QLatin1String("number")) && value->isString()) {
        bool ok = false;
        const double number = value->toString().trimmed().toDouble(&ok);
        if (ok && (type == QLatin1String("number") || std::floor(number) == number))
            json = value->toString().trimmed();
    }
    return json.isEmpty() ? QuickFix()
                          : QuickFix::set(QObject::tr("Use %1").arg(json), Part::Definition, at, json);
}

void defaultType(ValidationContext &ctx)
{
    forEachKeyword(ctx, KeyKind::Default, [&](const JsonValue *owner, const JsonValue *value) {
        const QString type = ValidationContext::stringAt(owner, QStringLiteral("type"));
        if (type.isEmpty() || matchesType(value, type))
            return;
        const JsonPointer at = JsonPointer::of(value);
        ctx.report(Part::Definition, at, tr("Write the default as a %1 value, as \"type\" says").arg(type),
                   retypeDefault(value, type, at));
    });
}

void defaultInEnum(ValidationContext &ctx)
{
    forEachKeyword(ctx, KeyKind::Default, [&](const JsonValue *owner, const JsonValue *value) {
        const JsonValue *allowed = member(owner, QStringLiteral("enum"));
        if (allowed && allowed->isArray() && allowed->size() > 0 && !contains(allowed, value))
            ctx.report(Part::Definition, JsonPointer::of(value),
                       tr("The default is not one of the \"enum\" values: choose one of them"));
    });
}

} // namespace
} // namespace rules

void addEnumRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("enum-not-empty"), Severity::Error,
                 QStringLiteral("\"enum\" lists at least one value"), rules::enumNotEmpty});
    list.append({QStringLiteral("enum-value-type"), Severity::Error,
                 QStringLiteral("enum values have the declared type"), rules::enumValueType});
    list.append({QStringLiteral("enum-values-consistent"), Severity::Warning,
                 QStringLiteral("x-ms-enum-values entries have a value and display name, each in \"enum\""),
                 rules::enumValuesConsistent});
    list.append({QStringLiteral("default-type"), Severity::Error,
                 QStringLiteral("Defaults have the declared type"), rules::defaultType});
    list.append({QStringLiteral("default-in-enum"), Severity::Error,
                 QStringLiteral("Defaults are among the enum values"), rules::defaultInEnum});
}
