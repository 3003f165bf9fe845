#include "BenchInputs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

QString BenchInputs::corpus()
{
    const QString env = qEnvironmentVariable("CD_CORPUS");
    const QString path = env.isEmpty() ? QStringLiteral(CD_SOURCE_DIR "/../shared/corpus") : env;
    if (!QFileInfo::exists(path + "/connectors/index.tsv"))
        fail("the corpus is missing at " + path + " (set CD_CORPUS)");
    return QDir::cleanPath(path);
}

QString BenchInputs::tools()
{
    const QString env = qEnvironmentVariable("CD_TOOLS");
    const QString path = env.isEmpty() ? QStringLiteral(CD_SOURCE_DIR "/../shared/tools") : env;
    if (!QFileInfo::exists(path + "/gen-swagger2.js"))
        fail("the generators are missing at " + path + " (set CD_TOOLS)");
    return QDir::cleanPath(path);
}

QString BenchInputs::cacheDir()
{
    QString dir = qEnvironmentVariable("CD_BENCH_CACHE");
    if (dir.isEmpty()) {
        QString base = qEnvironmentVariable("XDG_CACHE_HOME");
        if (base.isEmpty())
            base = QDir::homePath() + "/.cache";
        dir = base + "/connector-designer-bench/inputs";
    }
    QDir().mkpath(dir);
    return dir;
}

QString BenchInputs::largestCorpusConnector()
{
    QFile index(corpus() + "/connectors/index.tsv");
    if (!index.open(QIODevice::ReadOnly))
        fail("cannot read " + index.fileName());
    const QStringList header = QString::fromUtf8(index.readLine()).trimmed().split('\t');
    const int pathColumn = int(header.indexOf("path"));
    const int bytesColumn = int(header.indexOf("swagger_bytes"));
    QString largest;
    qint64 most = -1;
    while (!index.atEnd()) {
        const QStringList row = QString::fromUtf8(index.readLine()).split('\t');
        const qint64 bytes = row.value(bytesColumn).toLongLong();
        if (bytes > most) {
            most = bytes;
            largest = row.value(pathColumn);
        }
    }
    return corpus() + "/connectors/" + largest;
}

QString BenchInputs::generate(const QString &script, const QStringList &args, const QString &out)
{
    if (QFileInfo(out).size() > 0)
        return out;
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start("node", QStringList {tools() + '/' + script} + args);
    if (!node.waitForFinished(120000) || node.exitCode() != 0 || !QFileInfo::exists(out))
        fail("could not run node " + script + " " + args.join(' ') + " (is Node.js installed?)");
    return out;
}

QString BenchInputs::generatedSwagger(int ops, int defs)
{
    const QString out = cacheDir() + QStringLiteral("/swagger-%1-%2.json").arg(ops).arg(defs);
    return generate("gen-swagger2.js", {QString::number(ops), QString::number(defs), out, "--pretty"}, out);
}

QString BenchInputs::generatedConnector(int ops, int defs)
{
    const QString folder = cacheDir() + QStringLiteral("/connector-%1-%2").arg(ops).arg(defs);
    const QString definition = folder + "/apiDefinition.swagger.json";
    const QString properties = folder + "/apiProperties.json";
    QDir().mkpath(folder);
    const QByteArray bytes = readAll(generatedSwagger(ops, defs));
    QFile out(definition);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        fail("cannot write " + definition);
    out.close();
    QFile props(properties);
    if (!props.open(QIODevice::WriteOnly))
        fail("cannot write " + properties);
    props.write("{\n  \"properties\": {\n    \"connectionParameters\": {},\n"
                "    \"iconBrandColor\": \"#007ee5\",\n    \"publisher\": \"Bench\",\n"
                "    \"stackOwner\": \"Bench\"\n  }\n}\n");
    return folder;
}

QString BenchInputs::generatedPostman(int requests)
{
    const QString out = cacheDir() + QStringLiteral("/postman-%1.json").arg(requests);
    return generate("gen-postman21.js", {QString::number(requests), out, "--pretty"}, out);
}

QByteArray BenchInputs::responseSample(int bytes)
{
    // Records with strings, formats (date-time, email, uuid, uri), numbers, booleans, nulls,
    // nested objects and arrays: what schema inference meets in real responses.
    QByteArray out = "{\n  \"value\": [\n";
    for (int i = 0; out.size() < bytes; ++i) {
        if (i > 0)
            out += ",\n";
        out += QStringLiteral(
                   "    {\"id\": %1, \"uuid\": \"123e4567-e89b-12d3-a456-%2\", \"name\": \"Item %1\", "
                   "\"email\": \"user%1@example.com\", \"created\": \"2024-01-%3T10:00:00Z\", "
                   "\"price\": %4, \"active\": %5, \"note\": %6, \"url\": \"https://example.com/items/%1\", "
                   "\"tags\": [\"a\", \"b%7\"], \"owner\": {\"id\": %8, \"login\": \"u%8\", "
                   "\"address\": {\"city\": \"City %7\", \"zip\": \"%9\"}}}")
                   .arg(i)
                   .arg(i, 12, 10, QLatin1Char('0'))
                   .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(i % 3 == 0 ? QString::number(i) : QString::number(i + 0.25))
                   .arg(i % 2 ? "true" : "false")
                   .arg(i % 5 ? QStringLiteral("\"n%1\"").arg(i) : QStringLiteral("null"))
                   .arg(i % 7)
                   .arg(i % 100)
                   .arg(10000 + i % 90000)
                   .toUtf8();
    }
    out += "\n  ],\n  \"nextLink\": null\n}\n";
    return out;
}

QByteArray BenchInputs::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read " + path);
    return file.readAll();
}

void BenchInputs::fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(2);
}
