#include "ExportTestSupport.h"

#include "domain/NameStyle.h"
#include "export/OpenApi3Schema.h"
#include "json/JsonFile.h"
#include "json/JsonParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using json::JsonValue;

namespace ExportTest {

QString corpus()
{
    QString dir = qEnvironmentVariable("CD_CORPUS");
    if (dir.isEmpty())
        dir = QDir(qEnvironmentVariable("CD_SOURCE_DIR", ".")).filePath("../shared/corpus");
    return QFileInfo::exists(dir + "/connectors") ? QDir(dir).absolutePath() : QString();
}

QStringList corpusConnectors()
{
    QStringList folders;
    if (corpus().isEmpty())
        return folders;
    QDirIterator it(corpus() + "/connectors", {"apiDefinition.swagger.json"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        folders << QFileInfo(it.next()).absolutePath();
    folders.sort();
    return folders;
}

std::unique_ptr<JsonValue> parse(const QByteArray &bytes)
{
    json::JsonFile file = json::JsonFile::fromBytes(bytes, "x.json");
    return file.isValid() && file.root() ? file.root()->clone() : nullptr;
}

namespace {

QString text(const JsonValue *value)
{
    if (!value)
        return {};
    if (value->isBool())
        return value->toBool() ? "true" : "false";
    return value->isString() ? value->toString() : value->numberLexeme();
}

const JsonValue *resolve(const JsonValue &swagger, const JsonValue *parameter)
{
    const JsonValue *ref = parameter ? parameter->member("$ref") : nullptr;
    if (!ref || !ref->isString() || !ref->toString().startsWith("#/parameters/"))
        return parameter;
    const JsonValue *section = swagger.member("parameters");
    return section ? section->member(ref->toString().mid(13)) : nullptr;
}

} // namespace

QMap<QString, Operation> operations(const JsonValue &swagger, bool loose, const QStringList &skipHeaders)
{
    static const QStringList methods = {"get", "put", "post", "delete", "options", "head", "patch"};
    QMap<QString, Operation> out;
    QString basePath = text(swagger.member("basePath"));
    if (basePath.endsWith('/'))
        basePath.chop(1);
    const JsonValue *paths = swagger.member("paths");
    for (int i = 0; paths && paths->isObject() && i < paths->size(); ++i) {
        const JsonValue *item = paths->at(i);
        for (int j = 0; item->isObject() && j < item->size(); ++j) {
            if (!methods.contains(item->keyAt(j)) || !item->at(j)->isObject())
                continue;
            const JsonValue *op = item->at(j);
            Operation operation;
            operation.id = text(op->member("operationId"));
            QList<const JsonValue *> parameters;
            for (const JsonValue *list : {item->member("parameters"), op->member("parameters")})
                for (int k = 0; list && list->isArray() && k < list->size(); ++k)
                    parameters << resolve(swagger, list->at(k));
            QSet<QString> seen;
            for (const JsonValue *p : std::as_const(parameters)) {
                if (!p || !p->isObject())
                    continue;
                const QString in = text(p->member("in"));
                const QString name = text(p->member("name"));
                QString entry;
                if (in == "body" || in == "formData")
                    entry = "body";
                else if (in == "header" && skipHeaders.contains(name.toLower()))
                    continue;
                else if (loose)
                    entry = in + ' ' + name;
                else
                    entry = QStringList {in, name, text(p->member("type")),
                                         in == "path" || text(p->member("required")) == "true" ? "true"
                                                                                               : "false"}
                                .join(' ');
                if (!seen.contains(entry))
                    operation.parameters << entry;
                seen.insert(entry);
            }
            operation.parameters.sort();
            QString path = basePath + paths->keyAt(i);
            out.insert(item->keyAt(j).toUpper() + ' ' + path, operation);
        }
    }
    return out;
}

QStringList compare(const QMap<QString, Operation> &before, const QMap<QString, Operation> &after, bool loose)
{
    QStringList differences;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            differences << "missing " + it.key();
            continue;
        }
        const Operation &b = it.value();
        const Operation &a = after.value(it.key());
        const QString id = loose ? NameStyle::identifier(b.id) : b.id;
        if (!b.id.isEmpty() && a.id != id)
            differences << it.key() + ": operationId " + b.id + " -> " + a.id;
        if (a.parameters != b.parameters)
            differences << it.key() + ": parameters [" + b.parameters.join(", ") + "] -> ["
                    + a.parameters.join(", ") + "]";
    }
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()))
            differences << "added " + it.key();
    return differences;
}

QMap<QString, QStringList> schemas(const JsonValue &swagger)
{
    QMap<QString, QStringList> out;
    const JsonValue *definitions = swagger.member("definitions");
    for (int i = 0; definitions && definitions->isObject() && i < definitions->size(); ++i) {
        const JsonValue *properties = definitions->at(i)->member("properties");
        QStringList names = properties && properties->isObject() ? properties->keys() : QStringList();
        names.sort();
        out.insert(OpenApi3Schema::componentName(definitions->keyAt(i)), names);
    }
    return out;
}

} // namespace ExportTest
