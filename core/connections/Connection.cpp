#include "Connection.h"

#include <QJsonArray>

namespace {
struct KindName
{
    Connection::AuthKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {Connection::AuthKind::None, "none"},
    {Connection::AuthKind::ApiKey, "apiKey"},
    {Connection::AuthKind::Basic, "basic"},
    {Connection::AuthKind::OAuth2, "oauth2"},
};
} // namespace

QString Connection::secretKey() const
{
    // The connector identity comes first so two connectors may share a connection name.
    return connectorId + QLatin1Char('\n') + name;
}

QJsonObject Connection::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("connector"), connectorId);
    object.insert(QStringLiteral("auth"), authKindName(authKind));
    QJsonObject fieldObject;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldObject.insert(it.key(), it.value());
    object.insert(QStringLiteral("fields"), fieldObject);
    if (clientAuthentication == OAuthConfig::ClientAuthentication::HttpBasic)
        object.insert(QStringLiteral("clientAuthentication"), QStringLiteral("basic"));
    if (tokenExpiry.isValid())
        object.insert(QStringLiteral("tokenExpiry"), tokenExpiry.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

Connection Connection::fromJson(const QJsonObject &object)
{
    Connection c;
    c.name = object.value(QStringLiteral("name")).toString();
    c.connectorId = object.value(QStringLiteral("connector")).toString();
    c.authKind = authKindFromName(object.value(QStringLiteral("auth")).toString());
    const QJsonObject fieldObject = object.value(QStringLiteral("fields")).toObject();
    for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it)
        c.fields.insert(it.key(), it.value().toString());
    if (object.value(QStringLiteral("clientAuthentication")).toString() == QLatin1String("basic"))
        c.clientAuthentication = OAuthConfig::ClientAuthentication::HttpBasic;
    const QString expiry = object.value(QStringLiteral("tokenExpiry")).toString();
    if (!expiry.isEmpty())
        c.tokenExpiry = QDateTime::fromString(expiry, Qt::ISODateWithMs).toUTC();
    return c;
}

QString Connection::authKindName(AuthKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QStringLiteral("none");
}

Connection::AuthKind Connection::authKindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return AuthKind::None;
}

bool operator==(const Connection &a, const Connection &b)
{
    return a.name == b.name && a.connectorId == b.connectorId && a.authKind == b.authKind
        && a.fields == b.fields && a.tokenExpiry == b.tokenExpiry
        && a.clientAuthentication == b.clientAuthentication;
}
