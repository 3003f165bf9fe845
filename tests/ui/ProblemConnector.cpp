#include "ProblemConnector.h"

#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace ProblemConnector {

bool write(const QString &folder, const QList<QPair<QByteArray, QByteArray>> &definitionEdits)
{
    if (!UiTestSupport::copySample(folder))
        return false;
    const QString path = QDir(folder).filePath(QStringLiteral("apiDefinition.swagger.json"));
    QByteArray bytes = UiTestSupport::readFile(path);
    for (const auto &edit : definitionEdits) {
        if (bytes.count(edit.first) != 1)
            return false;
        bytes.replace(edit.first, edit.second);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

bool writeKnownProblems(const QString &folder)
{
    return write(folder, {{"\"operationId\": \"ListEmployees\",\n        \"x-ms-visibility\"",
                           "\"operationId\": \"ListEmployees\",\n        \"x-ms-visibilty\""},
                          {"\"title\": \"Contoso HR\"", QByteArray("\"title\": \"") + LongTitle + "\""},
                          {"\"basePath\": \"/v1\"", "\"basePath\": \"v1\""}});
}

int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return 0;
}

} // namespace ProblemConnector
