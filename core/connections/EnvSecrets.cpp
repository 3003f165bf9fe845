#include "EnvSecrets.h"

EnvSecrets::EnvSecrets(const QProcessEnvironment &environment) : m_environment(environment) { }

QString EnvSecrets::variableName(const QString &parameterName)
{
    QString name = parameterName.toUpper();
    for (QChar &c : name) {
        const bool keep = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!keep)
            c = QLatin1Char('_');
    }
    return QStringLiteral("CONNECTOR_SECRET_") + name;
}

std::optional<QString> EnvSecrets::value(const QString &parameterName) const
{
    const QString variable = variableName(parameterName);
    if (!m_environment.contains(variable))
        return std::nullopt;
    return m_environment.value(variable);
}

QStringList EnvSecrets::missing(const QStringList &parameterNames) const
{
    QStringList result;
    for (const QString &name : parameterNames) {
        if (!value(name))
            result.append(variableName(name));
    }
    return result;
}

QMap<QString, QString> EnvSecrets::secretsFor(const QList<ConnectionParameter> &parameters,
                                              QStringList *missing) const
{
    QMap<QString, QString> result;
    for (const ConnectionParameter &p : parameters) {
        const bool oauth = p.kind == ConnectionParameter::Kind::OAuth;
        if (!p.isSecret() && !oauth)
            continue;
        const QString name = oauth ? QStringLiteral("client_secret") : p.name;
        if (const std::optional<QString> v = value(name))
            result.insert(name, *v);
        else if (missing && (p.required || oauth))
            missing->append(variableName(name));
    }
    return result;
}
