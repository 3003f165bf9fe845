#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool CliFixture::writeFixture(const QString &folder)
{
    const QDir dir(folder);
    return QDir().mkpath(folder)
        && write(dir.filePath(QStringLiteral("apiDefinition.swagger.json")), fixtureDefinition())
        && write(dir.filePath(QStringLiteral("apiProperties.json")), fixtureProperties())
        && write(dir.filePath(QStringLiteral("settings.json")), fixtureSettings());
}

QByteArray CliFixture::fixtureDefinition()
{
    return QByteArrayLiteral("{\n"
                             "  \"swagger\": \"2.0\",\n"
                             "  \"info\": {\n"
                             "    \"title\": \"Fixture API\",\n"
                             "    \"description\": \"A small connector written by the CLI tests.\",\n"
                             "    \"version\": \"1.0\"\n"
                             "  },\n"
                             "  \"host\": \"api.example.com\",\n"
                             "  \"basePath\": \"/v1\",\n"
                             "  \"schemes\": [\n"
                             "    \"https\"\n"
                             "  ],\n"
                             "  \"paths\": {\n"
                             "    \"/items/{id}\": {\n"
                             "      \"get\": {\n"
                             "        \"summary\": \"Get item\",\n"
                             "        \"operationId\": \"GetItem\",\n"
                             "        \"parameters\": [\n"
                             "          {\n"
                             "            \"name\": \"id\",\n"
                             "            \"in\": \"path\",\n"
                             "            \"required\": true,\n"
                             "            \"type\": \"integer\"\n"
                             "          }\n"
                             "        ],\n"
                             "        \"responses\": {\n"
                             "          \"200\": {\n"
                             "            \"description\": \"OK\"\n"
                             "          }\n"
                             "        }\n"
                             "      }\n"
                             "    }\n"
                             "  },\n"
                             "  \"x-rate\": 1.50,\n"
                             "  \"x-limits\": [1, 2e3, -0.5],\n"
                             "  \"x-escaped\": \"caf\\u00e9 \\/ bar\",\n"
                             "  \"x-empty\": null\n"
                             "}");
}

QByteArray CliFixture::fixtureProperties()
{
    return QByteArrayLiteral("{\r\n"
                             "    \"properties\": {\r\n"
                             "        \"iconBrandColor\": \"#007ee5\",\r\n"
                             "        \"connectionParameters\": {},\r\n"
                             "        \"publisher\": \"CLI Tests\",\r\n"
                             "        \"stackOwner\": \"CLI Tests\"\r\n"
                             "    }\r\n"
                             "}\r\n");
}

QByteArray CliFixture::fixtureSettings()
{
    return QByteArrayLiteral("{\n"
                             "\t\"connectorId\": \"\",\n"
                             "\t\"environment\": \"\",\n"
                             "\t\"apiProperties\": \"apiProperties.json\",\n"
                             "\t\"apiDefinition\": \"apiDefinition.swagger.json\"\n"
                             "}\n");
}

bool CliFixture::copyConnector(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QFileInfoList files = QDir(from).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        const QString target = QDir(to).filePath(info.fileName());
        QFile::remove(target);
        if (!QFile::copy(info.filePath(), target))
            return false;
        // Copies of read-only corpus files must be writable, like a user's own files.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
    }
    return !files.isEmpty();
}

CliFixture::Snapshot CliFixture::snapshot(const QString &folder)
{
    Snapshot result;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files)
        result.insert(info.fileName(), {read(info.filePath()), info.lastModified()});
    return result;
}

QByteArray CliFixture::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool CliFixture::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString CliFixture::corpusDir()
{
    QString dir = qEnvironmentVariable("CD_CORPUS");
    if (dir.isEmpty()) {
        const QString source = qEnvironmentVariable("CD_SOURCE_DIR", QStringLiteral("."));
        dir = QDir(source).filePath(QStringLiteral("../shared/corpus"));
    }
    return QFileInfo(QDir(dir).filePath(QStringLiteral("connectors"))).isDir() ? QDir(dir).absolutePath()
                                                                               : QString();
}

QString CliFixture::sampleDir()
{
    const QString source = qEnvironmentVariable("CD_SOURCE_DIR");
    if (source.isEmpty())
        return {};
    const QString dir = QDir(source).filePath(QStringLiteral("resources/sample/contoso-hr"));
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("apiDefinition.swagger.json"))) ? dir
                                                                                               : QString();
}
