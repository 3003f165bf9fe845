#include "ValidationTestSupport.h"

#include "validation/Validator.h"
#include "json/JsonParser.h"
#include "json/JsonPointer.h"
#include "json/JsonValue.h"
#include "json/JsonWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace vt {

using Part = ConnectorDocument::Part;

Edit set(const QString &pointer, const QString &json)
{
    return {Edit::Kind::Set, Part::Definition, pointer, json};
}

Edit remove(const QString &pointer)
{
    return {Edit::Kind::Remove, Part::Definition, pointer, {}};
}

Edit rename(const QString &pointer, const QString &newKey)
{
    return {Edit::Kind::Rename, Part::Definition, pointer, newKey};
}

Edit setProperty(const QString &pointer, const QString &json)
{
    return {Edit::Kind::Set, Part::Properties, pointer, json};
}

Edit removeProperty(const QString &pointer)
{
    return {Edit::Kind::Remove, Part::Properties, pointer, {}};
}

Edit rawDefinition(const QString &text)
{
    return {Edit::Kind::Raw, Part::Definition, {}, text};
}

QByteArray baselineDefinition()
{
    return QByteArrayLiteral(R"({
  "swagger": "2.0",
  "info": {
    "title": "Contoso Items",
    "description": "Keeps the items of Contoso teams: list, read, create and delete them.",
    "version": "1.0",
    "contact": {"name": "Contoso", "email": "support@contoso.example"}
  },
  "host": "api.contoso.example",
  "basePath": "/v1",
  "schemes": ["https"],
  "consumes": ["application/json"],
  "produces": ["application/json"],
  "paths": {
    "/items": {
      "get": {
        "operationId": "ListItems",
        "summary": "List items",
        "description": "Returns the items of the team.",
        "parameters": [
          {"name": "top", "in": "query", "type": "integer", "default": 10, "x-ms-summary": "Top"},
          {"name": "status", "in": "query", "type": "string", "default": "open", "enum": ["open", "closed"],
           "x-ms-enum-values": [{"value": "open", "displayName": "Open"}, {"value": "closed", "displayName": "Closed"}]}
        ],
        "responses": {
          "200": {"description": "OK", "schema": {"type": "array", "items": {"$ref": "#/definitions/Item"}}}
        }
      },
      "post": {
        "operationId": "CreateItem",
        "summary": "Create an item",
        "description": "Creates an item and returns it.",
        "parameters": [{"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Item"}}],
        "responses": {
          "201": {"description": "Created", "schema": {"$ref": "#/definitions/Item"}},
          "default": {"description": "Error"}
        }
      }
    },
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        "summary": "Get an item",
        "description": "Returns one item by its id.",
        "parameters": [
          {"$ref": "#/parameters/ItemId"},
          {"name": "fields", "in": "query", "type": "string", "x-ms-visibility": "advanced",
           "x-ms-dynamic-values": {"operationId": "ListFields", "value-path": "name",
                                   "parameters": {"kind": {"parameter": "id"}}}}
        ],
        "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/Item"}}}
      },
      "delete": {
        "operationId": "DeleteItem",
        "summary": "Delete an item",
        "description": "Deletes one item by its id.",
        "parameters": [{"$ref": "#/parameters/ItemId"}],
        "responses": {"204": {"description": "Deleted"}}
      }
    },
    "/fields": {
      "get": {
        "operationId": "ListFields",
        "summary": "List fields",
        "description": "Returns the fields an item can have.",
        "x-ms-visibility": "internal",
        "parameters": [{"name": "kind", "in": "query", "type": "string"}],
        "responses": {
          "200": {"description": "OK", "schema": {"type": "array", "items": {"type": "object",
                  "properties": {"name": {"type": "string"}}}}}
        }
      }
    }
  },
  "definitions": {
    "Item": {
      "type": "object",
      "required": ["name"],
      "properties": {
        "id": {"type": "string", "x-ms-summary": "Id"},
        "name": {"type": "string", "x-ms-summary": "Name"},
        "kind": {"type": "string", "x-ms-visibility": "internal", "default": "standard"}
      }
    }
  },
  "parameters": {
    "ItemId": {"name": "id", "in": "path", "required": true, "type": "string", "x-ms-summary": "Item id",
               "x-ms-url-encoding": "single"}
  },
  "securityDefinitions": {"api_key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
  "security": [{"api_key": []}],
  "x-ms-connector-metadata": [
    {"propertyName": "Website", "propertyValue": "https://www.contoso.example"},
    {"propertyName": "Privacy policy", "propertyValue": "https://www.contoso.example/privacy"},
    {"propertyName": "Categories", "propertyValue": "Productivity;Data"}
  ]
}
)");
}

QByteArray baselineProperties()
{
    return QByteArrayLiteral(R"({
  "properties": {
    "iconBrandColor": "#007ee5",
    "connectionParameters": {
      "api_key": {"type": "securestring", "uiDefinition": {"displayName": "API key"}}
    },
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "Source header",
        "parameters": {
          "x-ms-apimTemplateParameter.name": "X-Source",
          "x-ms-apimTemplateParameter.value": "designer",
          "x-ms-apimTemplateParameter.existsAction": "override",
          "x-ms-apimTemplate-policySection": "Request",
          "x-ms-apimTemplate-operationName": ["ListItems"]
        }
      }
    ],
    "scriptOperations": ["GetItem"],
    "publisher": "Contoso",
    "stackOwner": "Contoso"
  }
}
)");
}

namespace {

bool applyEdit(json::JsonValue *root, const Edit &edit, QString *error)
{
    json::JsonPointer pointer;
    if (!json::JsonPointer::parse(edit.pointer, &pointer, error) || pointer.isRoot())
        return false;
    json::JsonValue *parent = pointer.parentPointer().resolve(root, error);
    if (!parent || !parent->isContainer()) {
        *error = QStringLiteral("no container at %1").arg(pointer.parentPointer().toString());
        return false;
    }
    const QString key = pointer.lastToken();
    const int index = parent->isObject() ? parent->indexOf(key) : key.toInt();
    if (edit.kind == Edit::Kind::Remove || edit.kind == Edit::Kind::Rename) {
        if (index < 0 || index >= parent->size()) {
            *error = QStringLiteral("nothing at %1").arg(edit.pointer);
            return false;
        }
        if (edit.kind == Edit::Kind::Rename)
            parent->renameKey(index, edit.text);
        else
            parent->takeItem(index);
        return true;
    }
    auto value = json::JsonParser::parseValue(edit.text, error);
    if (!value)
        return false;
    if (index >= 0 && index < parent->size())
        parent->replaceValue(index, std::move(value));
    else
        parent->insertItem(parent->size(), std::move(value), parent->isObject() ? key : QString());
    return true;
}

} // namespace

QByteArray edited(const QByteArray &bytes, const QString &fileName, const Edits &edits, Part part,
                  QString *error)
{
    for (const Edit &edit : edits) {
        if (edit.part == part && edit.kind == Edit::Kind::Raw)
            return edit.text.toUtf8();
    }
    json::JsonFile file = json::JsonFile::fromBytes(bytes, fileName);
    if (!file.isValid()) {
        *error = file.errorString();
        return {};
    }
    for (const Edit &edit : edits) {
        if (edit.part == part && !applyEdit(file.root(), edit, error))
            return {};
    }
    return file.toBytes();
}

Fixture makeFixture(const Edits &edits, QString *error)
{
    Fixture fixture;
    fixture.definitionBytes
        = edited(baselineDefinition(), ConnectorDocument::DefinitionFileName, edits, Part::Definition, error);
    fixture.propertiesBytes
        = edited(baselineProperties(), ConnectorDocument::PropertiesFileName, edits, Part::Properties, error);
    // Re-read the edited bytes so every node has a source position, as in a file opened from disk.
    fixture.definition
        = json::JsonFile::fromBytes(fixture.definitionBytes, ConnectorDocument::DefinitionFileName);
    fixture.properties
        = json::JsonFile::fromBytes(fixture.propertiesBytes, ConnectorDocument::PropertiesFileName);
    return fixture;
}

QList<ValidationFinding> validate(const Edits &edits, QString *error)
{
    const Fixture fixture = makeFixture(edits, error);
    if (!error->isEmpty())
        return {};
    return Validator().validate(fixture.definition, fixture.properties, fixture.definitionBytes.size());
}

bool writeConnector(const QString &folder, const Edits &edits, QString *error)
{
    const Fixture fixture = makeFixture(edits, error);
    if (!QDir().mkpath(folder))
        return false;
    const QDir dir(folder);
    if (!error->isEmpty())
        return false;
    for (const auto &[name, bytes] :
         {std::pair {ConnectorDocument::DefinitionFileName, fixture.definitionBytes},
          std::pair {ConnectorDocument::PropertiesFileName, fixture.propertiesBytes}}) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

bool copyConnector(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QFileInfoList files = QDir(from).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        const QString target = QDir(to).filePath(info.fileName());
        QFile::remove(target);
        if (!QFile::copy(info.filePath(), target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
    }
    return !files.isEmpty();
}

QString corpusDir()
{
    QString dir = qEnvironmentVariable("CD_CORPUS");
#ifdef CD_DEFAULT_CORPUS
    if (dir.isEmpty())
        dir = QStringLiteral(CD_DEFAULT_CORPUS);
#endif
    if (dir.isEmpty())
        dir = QDir(qEnvironmentVariable("CD_SOURCE_DIR", QStringLiteral(".")))
                  .filePath(QStringLiteral("../shared/corpus"));
    return QFileInfo(QDir(dir).filePath(QStringLiteral("connectors"))).isDir() ? QDir(dir).absolutePath()
                                                                               : QString();
}

bool corpusRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QStringList corpusConnectors()
{
    QStringList folders;
    const QString corpus = corpusDir();
    if (corpus.isEmpty())
        return folders;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {ConnectorDocument::DefinitionFileName},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(QFileInfo(it.next()).absolutePath());
    folders.sort();
    return folders;
}

QString describe(const QList<ValidationFinding> &findings)
{
    QStringList lines;
    for (const ValidationFinding &f : findings)
        lines.append(f.toText() + QStringLiteral(" @") + f.pointer.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace vt
