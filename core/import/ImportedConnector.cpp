#include "ImportedConnector.h"

#include "document/ConnectorFolder.h"
#include "json/JsonFile.h"

#include <QCoreApplication>
#include <QDir>

using json::JsonValue;

namespace {

QByteArray bytesOf(const JsonValue *value)
{
    return value ? json::JsonFile::newFileBytes(*value) : QByteArray();
}

bool isMethod(const QString &key)
{
    static const QStringList methods = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};
    return methods.contains(key);
}

} // namespace

int ImportedConnector::operationCount() const
{
    const JsonValue *paths = definition ? definition->member(QStringLiteral("paths")) : nullptr;
    int count = 0;
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i) {
        const JsonValue *item = paths->at(i);
        for (int j = 0; item->isObject() && j < item->size(); ++j)
            count += isMethod(item->keyAt(j)) ? 1 : 0;
    }
    return count;
}

QByteArray ImportedConnector::definitionBytes() const
{
    return bytesOf(definition.get());
}

QByteArray ImportedConnector::propertiesBytes() const
{
    return bytesOf(properties.get());
}

bool ImportedConnector::write(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("ImportedConnector", "Cannot create the folder \"%1\".")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDir dir(folder);
    return ConnectorFolder::writeAtomically(dir.filePath(QStringLiteral("apiDefinition.swagger.json")),
                                            definitionBytes(), error)
        && ConnectorFolder::writeAtomically(dir.filePath(QStringLiteral("apiProperties.json")),
                                            propertiesBytes(), error);
}
