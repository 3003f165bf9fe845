#include "OpenApi3Schema.h"

#include "import/ImportReport.h"
#include "import/SwaggerOutput.h"

#include <QUrl>

#include <algorithm>

#include <QCoreApplication>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenApi3Schema", text);
}

QString escapeToken(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('~'), QLatin1String("~0"));
    out.replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

} // namespace

QString OpenApi3Schema::componentName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('.')
            || c == QLatin1Char('-') || c == QLatin1Char('_');
        out += allowed ? c : QLatin1Char('_');
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString OpenApi3Schema::addComponent(const QString &section, const QString &name, const QString &target)
{
    QString renamed = componentName(name);
    const QString prefix = QStringLiteral("#/components/%1/").arg(target);
    // A clash after renaming gets a numeric suffix.
    QString candidate = renamed;
    for (int n = 2; std::any_of(m_refs.cbegin(), m_refs.cend(),
                                [&](const QString &ref) { return ref == prefix + escapeToken(candidate); });
         ++n)
        candidate = renamed + QString::number(n);
    if (candidate != name && m_report)
        m_report->add(
            ImportReport::Severity::Warning,
            tr("\"%1\" is not a valid OpenAPI 3 component name; exported as \"%2\".").arg(name, candidate),
            QStringLiteral("/%1/%2").arg(section, escapeToken(name)));
    const QString ref = prefix + escapeToken(candidate);
    m_refs.insert(QStringLiteral("#/%1/%2").arg(section, escapeToken(name)), ref);
    // Generators percent-encode some names in refs; accept both spellings.
    m_refs.insert(QStringLiteral("#/%1/%2").arg(section, QString::fromUtf8(QUrl::toPercentEncoding(name))),
                  ref);
    return candidate;
}

QString OpenApi3Schema::rewriteRef(const QString &ref) const
{
    const auto found = m_refs.constFind(ref);
    if (found != m_refs.cend())
        return *found;
    // Refs into a component (e.g. #/definitions/A/properties/b) keep their tail.
    const int third = ref.indexOf(QLatin1Char('/'), ref.indexOf(QLatin1Char('/'), 2) + 1);
    if (third > 0) {
        const auto head = m_refs.constFind(ref.left(third));
        if (head != m_refs.cend())
            return *head + ref.mid(third);
    }
    return ref;
}

std::unique_ptr<JsonValue> OpenApi3Schema::convert(const JsonValue &schema, const QString &pointer) const
{
    if (schema.isArray()) {
        auto out = JsonValue::makeArray();
        for (int i = 0; i < schema.size(); ++i)
            SwaggerOutput::append(out.get(),
                                  convert(*schema.at(i), pointer + QLatin1Char('/') + QString::number(i)));
        return out;
    }
    if (!schema.isObject())
        return SwaggerOutput::copy(schema);
    auto out = JsonValue::makeObject();
    for (int i = 0; i < schema.size(); ++i) {
        const QString key = schema.keyAt(i);
        const JsonValue &value = *schema.at(i);
        const QString at = pointer + QLatin1Char('/') + escapeToken(key);
        if (key == QLatin1String("$ref") && value.isString()) {
            const QString ref = value.toString();
            const QString rewritten = rewriteRef(ref);
            if (rewritten == ref && ref.startsWith(QLatin1Char('#')) && m_report)
                m_report->add(ImportReport::Severity::Warning,
                              tr("The reference \"%1\" does not point to a definition; kept as is.").arg(ref),
                              at);
            SwaggerOutput::set(out.get(), key, rewritten);
        } else if (key == QLatin1String("x-nullable") && value.isBool()) {
            SwaggerOutput::set(out.get(), QStringLiteral("nullable"), JsonValue::makeBool(value.toBool()));
        } else if (key == QLatin1String("type") && value.isString()
                   && value.toString() == QLatin1String("file")) {
            SwaggerOutput::set(out.get(), key, QStringLiteral("string"));
            SwaggerOutput::set(out.get(), QStringLiteral("format"), QStringLiteral("binary"));
        } else if (key == QLatin1String("discriminator") && value.isString()) {
            auto discriminator = JsonValue::makeObject();
            SwaggerOutput::set(discriminator.get(), QStringLiteral("propertyName"), value.toString());
            SwaggerOutput::set(out.get(), key, std::move(discriminator));
        } else if (key == QLatin1String("format") && out->member(QStringLiteral("format"))) {
            continue; // type file already set format: binary
        } else {
            SwaggerOutput::set(out.get(), key, convert(value, at));
        }
    }
    return out;
}
