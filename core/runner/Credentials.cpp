#include "Credentials.h"

#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

bool Credentials::isEmpty() const
{
    return apiKey.isEmpty() && username.isEmpty() && password.isEmpty() && bearerToken.isEmpty()
        && connectionParameters.isEmpty();
}

QString Credentials::environmentName(const QString &parameterName)
{
    QString name = QStringLiteral("CONNECTOR_SECRET_");
    for (const QChar c : parameterName.toUpper()) {
        const bool plain = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        name += plain ? c : QLatin1Char('_');
    }
    return name;
}

Credentials Credentials::fromEnvironment(const ConnectorDocument &document,
                                         const QProcessEnvironment &environment)
{
    Credentials credentials;
    const json::JsonValue *parameters
        = document.value(ConnectorDocument::Part::Properties,
                         json::JsonPointer::fromString(QStringLiteral("/properties/connectionParameters")));
    QStringList secureNames;
    if (parameters && parameters->isObject()) {
        for (int i = 0; i < parameters->size(); ++i) {
            const QString name = parameters->keyAt(i);
            const QString variable = environmentName(name);
            if (environment.contains(variable))
                credentials.connectionParameters.insert(name, environment.value(variable));
            const json::JsonValue *type
                = parameters->at(i)->isObject() ? parameters->at(i)->member(QStringLiteral("type")) : nullptr;
            if (type && type->toString() == QLatin1String("securestring"))
                secureNames.append(name);
        }
    }
    auto read = [&](const QString &name) {
        return credentials.connectionParameters.value(name, environment.value(environmentName(name)));
    };
    for (const QString &name : secureNames) {
        const QString value = read(name);
        const QString lower = name.toLower();
        if (value.isEmpty() || lower == QLatin1String("password"))
            continue;
        if (lower.contains(QLatin1String("token")))
            credentials.bearerToken = value;
        else if (credentials.apiKey.isEmpty())
            credentials.apiKey = value;
    }
    if (credentials.apiKey.isEmpty())
        credentials.apiKey = read(QStringLiteral("api_key"));
    credentials.username = read(QStringLiteral("username"));
    credentials.password = read(QStringLiteral("password"));
    if (credentials.bearerToken.isEmpty())
        credentials.bearerToken = read(QStringLiteral("token"));
    if (credentials.bearerToken.isEmpty())
        credentials.bearerToken = read(QStringLiteral("access_token"));
    return credentials;
}
