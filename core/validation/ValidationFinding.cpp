#include "ValidationFinding.h"

QString ValidationFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

bool ValidationFinding::parseSeverity(const QString &name, Severity *out)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString ValidationFinding::toText() const
{
    QString where = fileName;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    return where + QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + message
        + QStringLiteral(" [") + ruleId + QLatin1Char(']');
}
