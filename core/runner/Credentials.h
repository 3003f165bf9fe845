#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

class ConnectorDocument;

// What a connection supplies to a call: the secret for the definition's security scheme and
// the values of the connection parameters (policies read them via @connectionParameters).
// A plain value type so the connection store, the GUI and the CLI can all fill it. Never
// written to disk.
struct Credentials
{
    QString apiKey; // securityDefinitions type apiKey
    QString username; // basic
    QString password;
    QString bearerToken; // oauth2: sent as "Authorization: Bearer <token>"
    QHash<QString, QString> connectionParameters; // by connection parameter name

    bool isEmpty() const;

    // CONNECTOR_SECRET_<NAME>: NAME is the connection parameter name upper-cased, every
    // other character than A-Z and 0-9 as '_' ("api_key" -> CONNECTOR_SECRET_API_KEY).
    static QString environmentName(const QString &parameterName);
    // Reads every connection parameter of apiProperties.json (and username, password, token)
    // from the environment and maps them onto the scheme: a securestring parameter is the API
    // key, "username"/"password" are basic's, "token"/"access_token" is a bearer token.
    static Credentials fromEnvironment(const ConnectorDocument &document,
                                       const QProcessEnvironment &environment
                                       = QProcessEnvironment::systemEnvironment());
};
