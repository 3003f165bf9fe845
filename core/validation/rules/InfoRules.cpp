// info, host, basePath, schemes, contact and x-ms-connector-metadata: what the Power Platform
// validator and the certification checklist ask of the connector as a whole.
#include "RuleSets.h"
#include "RuleSupport.h"

#include <QRegularExpression>
#include <QUrl>

namespace rules {
namespace {

const JsonPointer &infoAt()
{
    static const JsonPointer at({QStringLiteral("info")});
    return at;
}

const JsonValue *info(const ValidationContext &ctx)
{
    return member(ctx.definition(), QStringLiteral("info"));
}

void titleLength(ValidationContext &ctx)
{
    const JsonValue *title = member(info(ctx), QStringLiteral("title"));
    if (title && title->isString() && title->toString().size() > 30)
        ctx.report(
            Part::Definition, infoAt().child(QStringLiteral("title")),
            tr("Shorten the title to 30 characters or fewer (it has %1)").arg(title->toString().size()));
}

void titleWords(ValidationContext &ctx)
{
    static const QRegularExpression words(QStringLiteral("\\b(api|connector)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const JsonValue *title = member(info(ctx), QStringLiteral("title"));
    if (!title || !title->isString())
        return;
    const QRegularExpressionMatch match = words.match(title->toString());
    if (match.hasMatch())
        ctx.report(
            Part::Definition, infoAt().child(QStringLiteral("title")),
            tr("Remove \"%1\" from the title: connector titles must not contain \"API\" or \"Connector\"")
                .arg(match.captured(1)));
}

void descriptionLength(ValidationContext &ctx)
{
    const JsonValue *description = member(info(ctx), QStringLiteral("description"));
    if (!info(ctx))
        return;
    if (!description || !description->isString() || description->toString().trimmed().isEmpty()) {
        ctx.report(
            Part::Definition, infoAt(),
            tr("Add a description of the connector (30 to 500 characters): users see it when they add it"));
        return;
    }
    const qsizetype length = description->toString().size();
    if (length < 30 || length > 500)
        ctx.report(Part::Definition, infoAt().child(QStringLiteral("description")),
                   tr("Make the description 30 to 500 characters long (it has %1)").arg(length));
}

void hostRequired(ValidationContext &ctx)
{
    if (ctx.definition()->isObject() && !member(ctx.definition(), QStringLiteral("host")))
        ctx.report(Part::Definition, JsonPointer(),
                   tr("Add \"host\": the server name of the API, e.g. api.contoso.com"));
}

void hostFormat(ValidationContext &ctx)
{
    const JsonValue *host = member(ctx.definition(), QStringLiteral("host"));
    if (!host || !host->isString())
        return;
    const QString text = host->toString();
    QString fixed = text.trimmed();
    const int scheme = int(fixed.indexOf(QLatin1String("://")));
    if (scheme >= 0)
        fixed = fixed.mid(scheme + 3);
    fixed = fixed.section(QLatin1Char('/'), 0, 0);
    if (fixed == text && !text.isEmpty())
        return;
    const JsonPointer at({QStringLiteral("host")});
    ctx.report(
        Part::Definition, at,
        tr("\"host\" is only the server name (and port): move the scheme to \"schemes\" and the path to "
           "\"basePath\""),
        fixed.isEmpty()
            ? QuickFix()
            : QuickFix::set(tr("Use \"%1\"").arg(fixed), Part::Definition, at, jsonString(fixed)));
}

void basePathFormat(ValidationContext &ctx)
{
    const JsonValue *basePath = member(ctx.definition(), QStringLiteral("basePath"));
    if (!basePath || !basePath->isString() || basePath->toString().startsWith(QLatin1Char('/')))
        return;
    const JsonPointer at({QStringLiteral("basePath")});
    const QString fixed = QLatin1Char('/') + basePath->toString();
    ctx.report(Part::Definition, at, tr("Start \"basePath\" with '/'"),
               QuickFix::set(tr("Use \"%1\"").arg(fixed), Part::Definition, at, jsonString(fixed)));
}

void schemesValid(ValidationContext &ctx)
{
    const JsonValue *schemes = member(ctx.definition(), QStringLiteral("schemes"));
    if (!schemes || !schemes->isArray())
        return;
    for (int i = 0; i < schemes->size(); ++i) {
        const QString scheme = schemes->at(i)->toString();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            ctx.report(Part::Definition, JsonPointer({QStringLiteral("schemes"), QString::number(i)}),
                       tr("Use \"https\" (or \"http\") in \"schemes\": connectors call REST APIs only"));
    }
}

void contactEmail(ValidationContext &ctx)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const JsonValue *contact = member(info(ctx), QStringLiteral("contact"));
    const JsonValue *address = member(contact, QStringLiteral("email"));
    if (address && (!address->isString() || !email.match(address->toString()).hasMatch()))
        ctx.report(Part::Definition, infoAt().child(QStringLiteral("contact")).child(QStringLiteral("email")),
                   tr("Write a valid email address in info.contact.email (name@example.com)"));
}

// --- x-ms-connector-metadata -------------------------------------------------------------

const JsonPointer &metadataAt()
{
    static const JsonPointer at({QStringLiteral("x-ms-connector-metadata")});
    return at;
}

// The index of the metadata entry named name (case-insensitive), -1 when there is none.
int metadataIndex(const ValidationContext &ctx, const QString &name)
{
    const JsonValue *list = member(ctx.definition(), QStringLiteral("x-ms-connector-metadata"));
    for (int i = 0; list && list->isArray() && i < list->size(); ++i) {
        if (ValidationContext::stringAt(list->at(i), QStringLiteral("propertyName"))
                .compare(name, Qt::CaseInsensitive)
            == 0)
            return i;
    }
    return -1;
}

void metadataUrl(ValidationContext &ctx, const QString &name)
{
    const int index = metadataIndex(ctx, name);
    if (index < 0) {
        const bool present = member(ctx.definition(), QStringLiteral("x-ms-connector-metadata"));
        ctx.report(
            Part::Definition, present ? metadataAt() : JsonPointer(),
            tr("Add a \"%1\" entry (an https URL) to x-ms-connector-metadata: certification requires it")
                .arg(name));
        return;
    }
    const JsonValue *entry = member(ctx.definition(), QStringLiteral("x-ms-connector-metadata"))->at(index);
    const QUrl url(ValidationContext::stringAt(entry, QStringLiteral("propertyValue")), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
        ctx.report(Part::Definition, metadataAt().child(index).child(QStringLiteral("propertyValue")),
                   tr("Write the %1 as a full URL (https://...)").arg(name));
}

void metadataWebsite(ValidationContext &ctx)
{
    metadataUrl(ctx, QStringLiteral("Website"));
}

void metadataPrivacyPolicy(ValidationContext &ctx)
{
    metadataUrl(ctx, QStringLiteral("Privacy policy"));
}

const QStringList &knownCategories()
{
    static const QStringList categories = {QStringLiteral("AI"),
                                           QStringLiteral("Business Management"),
                                           QStringLiteral("Business Intelligence"),
                                           QStringLiteral("Collaboration"),
                                           QStringLiteral("Commerce"),
                                           QStringLiteral("Communication"),
                                           QStringLiteral("Content and Files"),
                                           QStringLiteral("Finance"),
                                           QStringLiteral("Data"),
                                           QStringLiteral("Human Resources"),
                                           QStringLiteral("Internet of Things"),
                                           QStringLiteral("IT Operations"),
                                           QStringLiteral("Lifestyle and Entertainment"),
                                           QStringLiteral("Marketing"),
                                           QStringLiteral("Productivity"),
                                           QStringLiteral("Sales and CRM"),
                                           QStringLiteral("Security"),
                                           QStringLiteral("Social Media"),
                                           QStringLiteral("Website")};
    return categories;
}

void metadataCategories(ValidationContext &ctx)
{
    const int index = metadataIndex(ctx, QStringLiteral("Categories"));
    if (index < 0)
        return;
    const JsonValue *entry = member(ctx.definition(), QStringLiteral("x-ms-connector-metadata"))->at(index);
    const JsonPointer at = metadataAt().child(index).child(QStringLiteral("propertyValue"));
    const QStringList categories
        = ValidationContext::stringAt(entry, QStringLiteral("propertyValue")).split(QLatin1Char(';'));
    if (categories.size() > 2)
        ctx.report(Part::Definition, at,
                   tr("Choose at most 2 categories (there are %1)").arg(categories.size()));
    for (const QString &category : categories) {
        if (!knownCategories().contains(category.trimmed()))
            ctx.report(Part::Definition, at,
                       tr("\"%1\" is not a connector category: use one of %2")
                           .arg(category.trimmed(), knownCategories().join(QStringLiteral(", "))));
    }
}

} // namespace
} // namespace rules

void addInfoRules(QList<ValidationRule> &list)
{
    using rules::Severity;
    list.append({QStringLiteral("title-length"), Severity::Error,
                 QStringLiteral("info.title has at most 30 characters"), rules::titleLength});
    list.append({QStringLiteral("title-words"), Severity::Warning,
                 QStringLiteral("info.title does not contain \"API\" or \"Connector\""), rules::titleWords});
    list.append({QStringLiteral("description-length"), Severity::Warning,
                 QStringLiteral("info.description has 30 to 500 characters"), rules::descriptionLength});
    list.append({QStringLiteral("host-required"), Severity::Error, QStringLiteral("\"host\" is present"),
                 rules::hostRequired});
    list.append({QStringLiteral("host-format"), Severity::Error,
                 QStringLiteral("\"host\" has no scheme and no path"), rules::hostFormat});
    list.append({QStringLiteral("base-path-format"), Severity::Error,
                 QStringLiteral("\"basePath\" starts with '/'"), rules::basePathFormat});
    list.append({QStringLiteral("schemes-valid"), Severity::Error,
                 QStringLiteral("\"schemes\" lists only http and https"), rules::schemesValid});
    list.append({QStringLiteral("contact-email"), Severity::Warning,
                 QStringLiteral("info.contact.email is an email address"), rules::contactEmail});
    list.append({QStringLiteral("metadata-website"), Severity::Info,
                 QStringLiteral("x-ms-connector-metadata has a Website URL"), rules::metadataWebsite});
    list.append({QStringLiteral("metadata-privacy-policy"), Severity::Info,
                 QStringLiteral("x-ms-connector-metadata has a Privacy policy URL"),
                 rules::metadataPrivacyPolicy});
    list.append({QStringLiteral("metadata-categories"), Severity::Warning,
                 QStringLiteral("At most 2 categories, each from the known list"),
                 rules::metadataCategories});
}
