#include "GeneralView.h"

#include "json/JsonValue.h"

#include <QRegularExpression>

using json::JsonPointer;
using json::JsonValue;
using Part = ConnectorDocument::Part;

namespace {

const QList<GeneralView::Field> &allFields()
{
    static const QList<GeneralView::Field> fields {
        GeneralView::Field::Title,  GeneralView::Field::Description, GeneralView::Field::IconBrandColor,
        GeneralView::Field::Scheme, GeneralView::Field::Host,        GeneralView::Field::BasePath};
    return fields;
}

} // namespace

ConnectorDocument::Part GeneralView::partOf(Field field)
{
    return field == Field::IconBrandColor ? Part::Properties : Part::Definition;
}

json::JsonPointer GeneralView::pointerOf(Field field)
{
    switch (field) {
    case Field::Title:
        return JsonPointer::fromString(QStringLiteral("/info/title"));
    case Field::Description:
        return JsonPointer::fromString(QStringLiteral("/info/description"));
    case Field::IconBrandColor:
        return JsonPointer::fromString(QStringLiteral("/properties/iconBrandColor"));
    case Field::Scheme:
        return JsonPointer::fromString(QStringLiteral("/schemes"));
    case Field::Host:
        return JsonPointer::fromString(QStringLiteral("/host"));
    case Field::BasePath:
        return JsonPointer::fromString(QStringLiteral("/basePath"));
    }
    return {};
}

QList<GeneralView::Field> GeneralView::fieldsAffectedBy(Part part, const JsonPointer &pointer)
{
    QList<Field> result;
    for (Field field : allFields()) {
        if (partOf(field) != part)
            continue;
        const JsonPointer fieldPointer = pointerOf(field);
        // A change above the field (its parent replaced) or inside it (an array element).
        if (fieldPointer.startsWith(pointer) || pointer.startsWith(fieldPointer))
            result.append(field);
    }
    return result;
}

QString GeneralView::text(Field field) const
{
    const JsonValue *value = m_document->value(partOf(field), pointerOf(field));
    return value && value->isString() ? value->toString() : QString();
}

QString GeneralView::scheme() const
{
    const JsonValue *schemes = m_document->value(Part::Definition, pointerOf(Field::Scheme));
    if (!schemes || !schemes->isArray())
        return {};
    QStringList listed;
    for (int i = 0; i < schemes->size(); ++i) {
        if (schemes->at(i)->isString())
            listed.append(schemes->at(i)->toString().toLower());
    }
    // A definition listing both serves HTTPS: prefer it, as the platform does.
    if (listed.contains(QStringLiteral("https")))
        return QStringLiteral("https");
    return listed.value(0);
}

QString GeneralView::baseUrl() const
{
    const QString hostName = host().trimmed();
    if (hostName.isEmpty())
        return {};
    const QString schemeName = scheme().isEmpty() ? QStringLiteral("https") : scheme();
    return schemeName + QStringLiteral("://") + hostName + basePath().trimmed();
}

bool GeneralView::setText(Field field, const QString &text, QString *error)
{
    Q_ASSERT(field != Field::Scheme);
    return m_document->setString(partOf(field), pointerOf(field), text, error, true);
}

bool GeneralView::setScheme(const QString &scheme, QString *error)
{
    const JsonValue *schemes = m_document->value(Part::Definition, pointerOf(Field::Scheme));
    if (schemes && schemes->isArray() && schemes->size() == 1 && schemes->at(0)->isString()
        && schemes->at(0)->toString() == scheme)
        return true;
    auto array = JsonValue::makeArray();
    array->insertItem(0, JsonValue::makeString(scheme));
    return m_document->setValue(Part::Definition, pointerOf(Field::Scheme), std::move(array), error);
}

QString GeneralView::hostProblem(const QString &host)
{
    static const QRegularExpression schemePrefix(QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9+.-]*://"));
    if (schemePrefix.match(host).hasMatch())
        return QObject::tr("Enter the host name only, without a scheme such as https:// "
                           "(choose the scheme above).");
    if (host.contains(QLatin1Char('/')))
        return QObject::tr("The host cannot contain a path: put the path in Base URL.");
    if (host.contains(QRegularExpression(QStringLiteral("\\s"))))
        return QObject::tr("The host cannot contain spaces.");
    return {};
}

QString GeneralView::basePathProblem(const QString &basePath)
{
    if (basePath.isEmpty())
        return {};
    if (basePath.contains(QStringLiteral("://")))
        return QObject::tr("The base URL is a path such as /api/v1, not a full URL: "
                           "put the host name in Host.");
    if (!basePath.startsWith(QLatin1Char('/')))
        return QObject::tr("The base URL must start with /.");
    if (basePath.contains(QRegularExpression(QStringLiteral("\\s"))))
        return QObject::tr("The base URL cannot contain spaces.");
    return {};
}

QString GeneralView::brandColorProblem(const QString &color)
{
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (hexColor.match(color).hasMatch())
        return {};
    return QObject::tr("Use a colour of the form #RRGGBB, e.g. #007EE5.");
}

bool GeneralView::isDescriptionLengthCertifiable(int length)
{
    return length >= DescriptionMinLength && length <= DescriptionMaxLength;
}
