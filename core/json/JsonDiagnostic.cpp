#include "JsonDiagnostic.h"

namespace json {

QString JsonDiagnostic::format(const QString &fileName) const
{
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    QString where = fileName.isEmpty() ? QStringLiteral("<input>") : fileName;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
}

} // namespace json
