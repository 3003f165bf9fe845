#pragma once

#include "ConnectionParameter.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

// Secrets for the CLI, from the environment so they never appear on a command line:
// CONNECTOR_SECRET_<NAME>, NAME being the connection parameter's name upper-cased with every
// character other than A-Z and 0-9 turned into '_' (api_key -> CONNECTOR_SECRET_API_KEY).
class EnvSecrets
{
public:
    explicit EnvSecrets(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    static QString variableName(const QString &parameterName);
    std::optional<QString> value(const QString &parameterName) const;
    // The variable names of the parameters that have no value, for a message that says which.
    QStringList missing(const QStringList &parameterNames) const;
    // The secrets a connector's parameters need, by parameter name (an OAuth parameter needs
    // "client_secret"); the variables that are not set go to `missing` when required.
    QMap<QString, QString> secretsFor(const QList<ConnectionParameter> &parameters,
                                      QStringList *missing) const;

private:
    QProcessEnvironment m_environment;
};
