#include "SchemaConformance.h"

#include "json/JsonPointer.h"
#include "json/JsonValue.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <cmath>

using json::JsonValue;

QStringList SchemaConformance::check(const JsonValue &value, const JsonValue &schema) const
{
    QStringList out;
    check(value, schema, QStringLiteral("$"), out, 0);
    return out;
}

static QString text(const JsonValue &object, const char *key)
{
    const JsonValue *v = object.isObject() ? object.member(QString::fromLatin1(key)) : nullptr;
    return v && v->isString() ? v->toString() : QString();
}

QString SchemaConformance::formatProblem(const QString &value, const QString &format)
{
    if (format == QLatin1String("date-time")) {
        if (!QDateTime::fromString(value, Qt::ISODateWithMs).isValid() && !QDateTime::fromString(value, Qt::ISODate).isValid())
            return QStringLiteral("not a date-time");
    } else if (format == QLatin1String("date")) {
        if (!QDate::fromString(value, Qt::ISODate).isValid() || value.size() != 10)
            return QStringLiteral("not a date");
    } else if (format == QLatin1String("uuid")) {
        if (QUuid::fromString(value).toString(QUuid::WithoutBraces) != value.toLower()) // the nil UUID is one too
            return QStringLiteral("not a uuid");
    } else if (format == QLatin1String("uri")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return QStringLiteral("not a uri");
    } else if (format == QLatin1String("email")) {
        const int at = int(value.indexOf(QLatin1Char('@')));
        if (at <= 0 || value.indexOf(QLatin1Char('.'), at) < 0 || value.contains(QLatin1Char(' ')))
            return QStringLiteral("not an email");
    }
    return {};
}

bool SchemaConformance::checkType(const JsonValue &value, const QString &type, const QString &format,
                                  const QString &path, QStringList &out) const
{
    const auto fail = [&](const QString &what) {
        out.append(path + QStringLiteral(": ") + what);
        return false;
    };
    if (type.isEmpty())
        return true;
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return fail(QStringLiteral("expected a string, got ") + JsonValue::typeName(value.type()));
        const QString problem = formatProblem(value.toString(), format);
        return problem.isEmpty() || fail(problem + QStringLiteral(": ") + value.toString());
    }
    if (type == QLatin1String("integer")) {
        const double d = value.toDouble();
        if (!value.isNumber() || d != std::floor(d))
            return fail(QStringLiteral("expected an integer"));
        if (format == QLatin1String("int32") && (d < -2147483648.0 || d > 2147483647.0))
            return fail(QStringLiteral("outside int32"));
        return true;
    }
    if (type == QLatin1String("number"))
        return value.isNumber() || fail(QStringLiteral("expected a number"));
    if (type == QLatin1String("boolean"))
        return value.isBool() || fail(QStringLiteral("expected a boolean"));
    if (type == QLatin1String("array"))
        return value.isArray() || fail(QStringLiteral("expected an array"));
    if (type == QLatin1String("object"))
        return value.isObject() || fail(QStringLiteral("expected an object"));
    if (type == QLatin1String("file"))
        return true;
    return fail(QStringLiteral("unknown type ") + type);
}

void SchemaConformance::check(const JsonValue &value, const JsonValue &schema, const QString &path, QStringList &out,
                              int depth) const
{
    if (!schema.isObject() || depth > 64)
        return;
    const QString ref = text(schema, "$ref");
    if (!ref.isEmpty()) {
        json::JsonPointer target;
        const JsonValue *resolved = m_root && ref.startsWith(QLatin1Char('#')) && json::JsonPointer::parse(ref.mid(1), &target)
                                        ? target.resolve(m_root)
                                        : nullptr;
        if (!resolved)
            out.append(path + QStringLiteral(": unresolved ") + ref);
        else
            check(value, *resolved, path, out, depth + 1);
        return;
    }
    if (value.isNull()) {
        const JsonValue *nullable = schema.member(QStringLiteral("x-nullable"));
        if (!text(schema, "type").isEmpty() && !(nullable && nullable->toBool()))
            out.append(path + QStringLiteral(": null where ") + text(schema, "type") + QStringLiteral(" is expected"));
        return;
    }
    if (!checkType(value, text(schema, "type"), text(schema, "format"), path, out))
        return;
    if (const JsonValue *values = schema.member(QStringLiteral("enum")); values && values->isArray()) {
        bool found = false;
        for (int i = 0; i < values->size() && !found; ++i)
            found = values->at(i)->equals(value);
        if (!found)
            out.append(path + QStringLiteral(": not one of the enum values"));
    }
    if (value.isArray()) {
        const JsonValue *items = schema.member(QStringLiteral("items"));
        for (int i = 0; items && i < value.size(); ++i)
            check(*value.at(i), *items, path + QStringLiteral("[%1]").arg(i), out, depth + 1);
    }
    if (value.isObject()) {
        const JsonValue *properties = schema.member(QStringLiteral("properties"));
        for (int i = 0; properties && properties->isObject() && i < value.size(); ++i) {
            const JsonValue *property = properties->member(value.keyAt(i));
            if (property)
                check(*value.at(i), *property, path + QLatin1Char('.') + value.keyAt(i), out, depth + 1);
        }
        const JsonValue *required = schema.member(QStringLiteral("required"));
        for (int i = 0; required && required->isArray() && i < required->size(); ++i) {
            if (!value.member(required->at(i)->toString()))
                out.append(path + QStringLiteral(": missing required ") + required->at(i)->toString());
        }
    }
}
