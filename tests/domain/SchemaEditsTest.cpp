// The schema editor's edits: fields, required, add/remove/rename/reorder properties, move
// into and out of objects, $ref; the resulting JSON, one undo step, undo to the bytes.
#include "DomainTestSupport.h"

#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "paths": {},
  "definitions": {
    "Person": {
      "type": "object",
      "required": ["name", "age"],
      "properties": {
        "name": {"type": "string", "x-ms-summary": "Name"},
        "age": {"type": "integer", "format": "int32", "default": 30},
        "address": {"type": "object", "properties": {"city": {"type": "string"}}},
        "tags": {"type": "array", "items": {"type": "string"}},
        "boss": {"$ref": "#/definitions/Person"}
      }
    },
    "Empty": {}
  }
}
)J";

static QString with(const char *from, const char *to)
{
    QString text = QString::fromUtf8(Definition);
    const QString needle = QString::fromUtf8(from);
    Q_ASSERT_X(text.count(needle) == 1, "with", from);
    return text.replace(needle, QString::fromUtf8(to));
}

static const char Props[] = R"J("properties": {
        "name": {"type": "string", "x-ms-summary": "Name"},
        "age": {"type": "integer", "format": "int32", "default": 30},
        "address": {"type": "object", "properties": {"city": {"type": "string"}}},
        "tags": {"type": "array", "items": {"type": "string"}},
        "boss": {"$ref": "#/definitions/Person"}
      })J";

class SchemaEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
};

void SchemaEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("error");

    QTest::newRow("description added after the summary")
        << R"J(["schemaField", "/definitions/Person/properties/name", "description", "Full name."])J"
        << with(R"J({"type": "string", "x-ms-summary": "Name"})J",
                R"J({"type": "string", "x-ms-summary": "Name", "description": "Full name."})J") << "";
    QTest::newRow("title before the summary")
        << R"J(["schemaField", "/definitions/Person/properties/name", "title", "Name"])J"
        << with(R"J({"type": "string", "x-ms-summary": "Name"})J", R"J({"type": "string", "title": "Name", "x-ms-summary": "Name"})J")
        << "";
    QTest::newRow("summary removed") << R"J(["schemaField", "/definitions/Person/properties/name", "x-ms-summary", ""])J"
        << with(R"J({"type": "string", "x-ms-summary": "Name"})J", R"J({"type": "string"})J") << "";
    QTest::newRow("type: integer to number keeps no int format, retypes default")
        << R"J(["schemaField", "/definitions/Person/properties/age", "type", "string"])J"
        << with(R"J({"type": "integer", "format": "int32", "default": 30})J", R"J({"type": "string", "default": "30"})J") << "";
    QTest::newRow("type: object to string drops properties")
        << R"J(["schemaField", "/definitions/Person/properties/address", "type", "string"])J"
        << with(R"J("address": {"type": "object", "properties": {"city": {"type": "string"}}})J", R"J("address": {"type": "string"})J")
        << "";
    QTest::newRow("type: array to object drops items")
        << R"J(["schemaField", "/definitions/Person/properties/tags", "type", "object"])J"
        << with(R"J("tags": {"type": "array", "items": {"type": "string"}})J", R"J("tags": {"type": "object"})J") << "";
    QTest::newRow("type: on a $ref replaces the reference")
        << R"J(["schemaField", "/definitions/Person/properties/boss", "type", "string"])J"
        << with(R"J("boss": {"$ref": "#/definitions/Person"})J", R"J("boss": {"type": "string"})J") << "";
    QTest::newRow("type: bad") << R"J(["schemaField", "/definitions/Person", "type", "thing"])J" << "" << "not a schema type";
    QTest::newRow("enum typed") << R"J(["schemaField", "/definitions/Person/properties/age", "enum", ["1", "2"]])J"
        << with(R"J("default": 30})J", R"J("default": 30, "enum": [1, 2]})J") << "";
    QTest::newRow("nullable") << R"J(["schemaField", "/definitions/Person/properties/name", "x-nullable", true])J"
        << with(R"J({"type": "string", "x-ms-summary": "Name"})J", R"J({"type": "string", "x-ms-summary": "Name", "x-nullable": true})J")
        << "";
    QTest::newRow("visibility") << R"J(["schemaField", "/definitions/Person/properties/name", "x-ms-visibility", "advanced"])J"
        << with(R"J({"type": "string", "x-ms-summary": "Name"})J",
                R"J({"type": "string", "x-ms-summary": "Name", "x-ms-visibility": "advanced"})J") << "";
    QTest::newRow("no schema there") << R"J(["schemaField", "/definitions/Nope", "title", "x"])J" << "" << "There is no schema";

    QTest::newRow("required: add") << R"J(["required", "/definitions/Person/properties/tags", true])J"
        << with(R"J("required": ["name", "age"])J", R"J("required": ["name", "age", "tags"])J") << "";
    QTest::newRow("required: remove") << R"J(["required", "/definitions/Person/properties/name", false])J"
        << with(R"J("required": ["name", "age"])J", R"J("required": ["age"])J") << "";
    QTest::newRow("required: the last removes the list")
        << R"J([["required", "/definitions/Person/properties/name", false], ["required", "/definitions/Person/properties/age", false]])J"
        << with(R"J("required": ["name", "age"],
      )J", "") << "";
    QTest::newRow("required: creates the list before properties")
        << R"J(["required", "/definitions/Person/properties/address/properties/city", true])J"
        << with(R"J({"type": "object", "properties": {"city")J", R"J({"type": "object", "required": ["city"], "properties": {"city")J")
        << "";

    QTest::newRow("add property") << R"J(["addProp", "/definitions/Person", "email", "string", 1])J"
        << with(R"J("name": {"type": "string", "x-ms-summary": "Name"},)J",
                R"J("name": {"type": "string", "x-ms-summary": "Name"}, "email": {"type": "string"},)J") << "";
    QTest::newRow("add property to an empty schema") << R"J(["addProp", "/definitions/Empty", "list", "array"])J"
        << with(R"J("Empty": {})J", R"J("Empty": {"type": "object", "properties": {"list": {"type": "array", "items": {"type": "string"}}}})J")
        << "";
    QTest::newRow("add: taken") << R"J(["addProp", "/definitions/Person", "age"])J" << "" << "already a property";
    QTest::newRow("add: into a $ref") << R"J(["addProp", "/definitions/Person/properties/boss", "x"])J" << "" << "refers to a definition";
    QTest::newRow("remove property, and from required") << R"J(["removeProp", "/definitions/Person/properties/age"])J"
        << with(R"J("required": ["name", "age"])J", R"J("required": ["name"])J")
               .replace(QStringLiteral("\n        \"age\": {\"type\": \"integer\", \"format\": \"int32\", \"default\": 30},"), QString())
        << "";
    QTest::newRow("rename property, and in required") << R"J(["renameProp", "/definitions/Person/properties/name", "fullName"])J"
        << with(R"J("required": ["name", "age"])J", R"J("required": ["fullName", "age"])J")
               .replace(QStringLiteral("\"name\": {\"type\": \"string\""), QStringLiteral("\"fullName\": {\"type\": \"string\""))
        << "";
    QTest::newRow("rename: taken") << R"J(["renameProp", "/definitions/Person/properties/name", "age"])J" << "" << "already exists";
    QTest::newRow("reorder") << R"J(["moveProp", "/definitions/Person", 4, 0])J"
        << with(Props, R"J("properties": {
        "boss": {"$ref": "#/definitions/Person"},
        "name": {"type": "string", "x-ms-summary": "Name"},
        "age": {"type": "integer", "format": "int32", "default": 30},
        "address": {"type": "object", "properties": {"city": {"type": "string"}}},
        "tags": {"type": "array", "items": {"type": "string"}}
      })J") << "";
    QTest::newRow("move into an object, required kept")
        << R"J(["movePropTo", "/definitions/Person/properties/age", "/definitions/Person/properties/address", 0])J"
        << with(Props, R"J("properties": {
        "name": {"type": "string", "x-ms-summary": "Name"},
        "address": {"type": "object", "required": ["age"], "properties": {
                    "age": {"type": "integer", "format": "int32", "default": 30}, "city": {"type": "string"}}},
        "tags": {"type": "array", "items": {"type": "string"}},
        "boss": {"$ref": "#/definitions/Person"}
      })J").replace(QStringLiteral(R"J("required": ["name", "age"])J"), QStringLiteral(R"J("required": ["name"])J"))
        << "";
    QTest::newRow("move out to the enclosing object")
        << R"J(["movePropTo", "/definitions/Person/properties/address/properties/city", "/definitions/Person"])J"
        << with(Props, R"J("properties": {
        "name": {"type": "string", "x-ms-summary": "Name"},
        "age": {"type": "integer", "format": "int32", "default": 30},
        "address": {"type": "object", "properties": {}},
        "tags": {"type": "array", "items": {"type": "string"}},
        "boss": {"$ref": "#/definitions/Person"},
        "city": {"type": "string"}
      })J") << "";
    QTest::newRow("move: into itself") << R"J(["movePropTo", "/definitions/Person/properties/address", "/definitions/Person/properties/address"])J"
                                       << "" << "into itself";
    QTest::newRow("move: into a $ref") << R"J(["movePropTo", "/definitions/Person/properties/name", "/definitions/Person/properties/boss"])J"
                                       << "" << "refers to a definition";
    QTest::newRow("move: to where it is") << R"J(["movePropTo", "/definitions/Person/properties/name", "/definitions/Person"])J"
                                          << "" << "";
    QTest::newRow("set $ref") << R"J(["setRef", "/definitions/Person/properties/address", "Empty"])J"
        << with(R"J("address": {"type": "object", "properties": {"city": {"type": "string"}}})J", R"J("address": {"$ref": "#/definitions/Empty"})J")
        << "";
    QTest::newRow("set $ref: missing definition") << R"J(["setRef", "/definitions/Person/properties/address", "Nope"])J" << ""
                                                  << "no definition";
}

void SchemaEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, error);
    checkEdit(Definition, {}, command, definition, QString(), error);
}

QTEST_GUILESS_MAIN(SchemaEditsTest)
#include "SchemaEditsTest.moc"
