// Path and method changes with their path parameters, and parameter add/update/remove/move:
// the resulting JSON, one undo step each, undo back to the exact bytes (DomainTest::checkEdit).
#include "DomainTestSupport.h"

#include "domain/ParameterEdits.h"

#include <QUndoStack>
#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "paths": {
    "/users/{userId}": {
      "get": {
        "operationId": "GetUser",
        "parameters": [
          {"name": "userId", "in": "path", "required": true, "type": "string", "x-ms-summary": "User ID",
           "description": "The user."},
          {"name": "expand", "in": "query", "type": "boolean"}
        ],
        "responses": {"200": {"description": "OK"}}
      },
      "delete": {
        "operationId": "DeleteUser",
        "parameters": [{"name": "userId", "in": "path", "required": true, "type": "string"}],
        "responses": {"204": {"description": "Deleted"}}
      }
    },
    "/orgs/{org}/teams/{team}": {
      "parameters": [
        {"name": "org", "in": "path", "required": true, "type": "string"},
        {"$ref": "#/parameters/Team"}
      ],
      "get": {
        "operationId": "GetTeam",
        "parameters": [{"name": "top", "in": "query", "type": "integer", "format": "int32", "default": 10}],
        "responses": {"200": {"description": "OK"}}
      }
    },
    "/search": {
      "post": {
        "operationId": "Search",
        "parameters": [
          {"name": "body", "in": "body", "schema": {"type": "object"}},
          {"name": "mode", "in": "query", "type": "string", "enum": ["fast", "full"]}
        ],
        "responses": {"200": {"description": "OK"}}
      }
    },
    "/ping": {"get": {"operationId": "Ping", "responses": {"200": {"description": "OK"}}}}
  },
  "parameters": {
    "Team": {"name": "team", "in": "path", "required": true, "type": "string", "x-ms-summary": "Team"}
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

static const char GetUser[] = R"J("get": {
        "operationId": "GetUser",
        "parameters": [
          {"name": "userId", "in": "path", "required": true, "type": "string", "x-ms-summary": "User ID",
           "description": "The user."},
          {"name": "expand", "in": "query", "type": "boolean"}
        ],
        "responses": {"200": {"description": "OK"}}
      },
      )J";
static const char TeamsKey[] = R"J("/orgs/{org}/teams/{team}": {)J";
static const char UserParam[] = "/paths/~1users~1{userId}/get/parameters/0";
static const char ExpandParam[] = "/paths/~1users~1{userId}/get/parameters/1";
static const char TopParam[] = "/paths/~1orgs~1{org}~1teams~1{team}/get/parameters/0";
static const char ModeParam[] = "/paths/~1search/post/parameters/1";

class ParameterEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void typingMergesIntoOneStep();
    void specRoundTrip();
};

static QString cmd(const char *verb, const char *pointer, const char *field, const char *value)
{
    return QStringLiteral(R"J(["%1", "%2", "%3", %4])J")
        .arg(QString::fromUtf8(verb), QString::fromUtf8(pointer), QString::fromUtf8(field), QString::fromUtf8(value));
}

void ParameterEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("error");

    QTest::newRow("setPath: shared item, the operation moves, its placeholder renamed")
        << R"J(["setPath", "get", "/users/{userId}", "/users/{id}"])J"
        << with(GetUser, "").replace(QStringLiteral(R"J("/orgs/{org}/teams/{team}": {)J"), QStringLiteral(R"J(
            "/users/{id}": {"get": {"operationId": "GetUser", "parameters": [
                {"name": "id", "in": "path", "required": true, "type": "string", "x-ms-summary": "ID",
                 "description": "The user."},
                {"name": "expand", "in": "query", "type": "boolean"}],
              "responses": {"200": {"description": "OK"}}}},
            "/orgs/{org}/teams/{team}": {)J"))
        << "";
    QTest::newRow("setPath: alone, renamed in place, new placeholder adds a parameter")
        << R"J(["setPath", "get", "/orgs/{org}/teams/{team}", "/orgs/{org}/teams/{team}/members/{member}"])J"
        << with(TeamsKey, R"J("/orgs/{org}/teams/{team}/members/{member}": {)J")
               .replace(QStringLiteral(R"J("parameters": [{"name": "top")J"),
                        QStringLiteral(R"J("parameters": [{"name": "member", "in": "path", "required": true,
                            "type": "string", "x-ms-summary": "Member"}, {"name": "top")J"))
        << "";
    QTest::newRow("setPath: renamed placeholder renames the path-level parameter")
        << R"J(["setPath", "get", "/orgs/{org}/teams/{team}", "/orgs/{organization}/teams/{team}"])J"
        << with(TeamsKey, R"J("/orgs/{organization}/teams/{team}": {)J")
               .replace(QStringLiteral(R"J({"name": "org",)J"), QStringLiteral(R"J({"name": "organization",)J"))
        << "";
    QTest::newRow("setPath: removed placeholder removes its (shared) parameter entry")
        << R"J(["setPath", "get", "/orgs/{org}/teams/{team}", "/orgs/{org}/teams"])J"
        << with(TeamsKey, R"J("/orgs/{org}/teams": {)J")
               .replace(QStringLiteral(R"J({"name": "org", "in": "path", "required": true, "type": "string"},
        {"$ref": "#/parameters/Team"})J"),
                        QStringLiteral(R"J({"name": "org", "in": "path", "required": true, "type": "string"})J"))
        << "";
    QTest::newRow("setPath: first path parameter goes first")
        << R"J(["setPath", "post", "/search", "/search/{scope}"])J"
        << with(R"J("/search": {)J", R"J("/search/{scope}": {)J")
               .replace(QStringLiteral(R"J({"name": "body", "in": "body")J"),
                        QStringLiteral(R"J({"name": "scope", "in": "path", "required": true, "type": "string",
                                          "x-ms-summary": "Scope"}, {"name": "body", "in": "body")J"))
        << "";
    QTest::newRow("setPath: into an existing path item, placeholders paired by position")
        << R"J(["setPath", "delete", "/users/{userId}", "/orgs/{org}/teams/{team}"])J"
        << with(R"J(,
      "delete": {
        "operationId": "DeleteUser",
        "parameters": [{"name": "userId", "in": "path", "required": true, "type": "string"}],
        "responses": {"204": {"description": "Deleted"}}
      })J", "")
               .replace(QStringLiteral(R"J("responses": {"200": {"description": "OK"}}
      }
    },
    "/search")J"),
                        QStringLiteral(R"J("responses": {"200": {"description": "OK"}}
      },
      "delete": {"operationId": "DeleteUser",
        "parameters": [{"name": "org", "in": "path", "required": true, "type": "string"}],
        "responses": {"204": {"description": "Deleted"}}}
    },
    "/search")J"))
        << "";
    QTest::newRow("setPath: method taken there") << R"J(["setPath", "get", "/orgs/{org}/teams/{team}", "/users/{userId}"])J"
                                                 << "" << "already exists";
    QTest::newRow("setPath: bad path") << R"J(["setPath", "get", "/ping", "/a b"])J" << "" << "spaces";
    QTest::newRow("setPath: same path is a no-op") << R"J(["setPath", "get", "/ping", "/ping"])J" << "" << "";

    QTest::newRow("add: array query parameter gets items")
        << R"J(["addParam", "get", "/users/{userId}", {"name": "fields", "in": "query", "type": "array"}])J"
        << with(R"J({"name": "expand", "in": "query", "type": "boolean"})J",
                R"J({"name": "expand", "in": "query", "type": "boolean"},
                    {"name": "fields", "in": "query", "required": false, "type": "array", "items": {"type": "string"}})J")
        << "";
    QTest::newRow("add: typed default and enum, at an index")
        << R"J(["addParam", "get", "/users/{userId}", {"name": "limit", "in": "query", "type": "integer",
               "default": "25", "enum": ["10", "25"], "x-ms-summary": "Limit"}, 0])J"
        << with(R"J("parameters": [
          {"name": "userId")J", R"J("parameters": [
          {"name": "limit", "in": "query", "required": false, "type": "integer", "default": 25, "enum": [10, 25],
           "x-ms-summary": "Limit"},
          {"name": "userId")J")
        << "";
    QTest::newRow("add: creates the list before responses")
        << R"J(["addParam", "get", "/ping", {"name": "X-Trace", "in": "header", "required": true}])J"
        << with(R"J({"get": {"operationId": "Ping", "responses")J",
                R"J({"get": {"operationId": "Ping", "parameters": [{"name": "X-Trace", "in": "header", "required": true,
                    "type": "string"}], "responses")J")
        << "";
    QTest::newRow("add: path parameter needs its placeholder")
        << R"J(["addParam", "get", "/ping", {"name": "id", "in": "path"}])J" << "" << "has no {id}";
    QTest::newRow("add: duplicate") << R"J(["addParam", "get", "/users/{userId}", {"name": "expand", "in": "query"}])J" << ""
                                    << "already has the query parameter";
    QTest::newRow("add: second body") << R"J(["addParam", "post", "/search", {"name": "b", "in": "body"}])J" << ""
                                      << "already has a body";
    QTest::newRow("add: bad type") << R"J(["addParam", "get", "/ping", {"name": "a", "type": "date"}])J" << ""
                                   << "not a parameter type";

    QTest::newRow("name: query parameter")
        << cmd("setParam", ExpandParam, "name", "\"include\"")
        << with(R"J({"name": "expand",)J", R"J({"name": "include",)J") << "";
    QTest::newRow("name: own path parameter moves the operation to the new path")
        << cmd("setParam", UserParam, "name", "\"uid\"")
        << with(GetUser, "").replace(QStringLiteral(R"J("/orgs/{org}/teams/{team}": {)J"), QStringLiteral(R"J(
            "/users/{uid}": {"get": {"operationId": "GetUser", "parameters": [
                {"name": "uid", "in": "path", "required": true, "type": "string", "x-ms-summary": "Uid",
                 "description": "The user."},
                {"name": "expand", "in": "query", "type": "boolean"}],
              "responses": {"200": {"description": "OK"}}}},
            "/orgs/{org}/teams/{team}": {)J"))
        << "";
    QTest::newRow("name: path-level parameter renames the path item")
        << cmd("setParam", "/paths/~1orgs~1{org}~1teams~1{team}/parameters/0", "name", "\"o\"")
        << with(TeamsKey, R"J("/orgs/{o}/teams/{team}": {)J")
               .replace(QStringLiteral(R"J({"name": "org",)J"), QStringLiteral(R"J({"name": "o",)J"))
        << "";
    QTest::newRow("name: shared path parameter is refused")
        << cmd("setParam", "/paths/~1orgs~1{org}~1teams~1{team}/parameters/1", "name", "\"t\"") << "" << "shared parameter Team";
    QTest::newRow("name: placeholder taken") << cmd("setParam", "/paths/~1orgs~1{org}~1teams~1{team}/parameters/0", "name", "\"team\"")
                                             << "" << "already has {team}";
    QTest::newRow("shared parameter edited under References")
        << cmd("setParam", "/parameters/Team", "description", "\"The team.\"")
        << with(R"J("x-ms-summary": "Team"})J", R"J("x-ms-summary": "Team", "description": "The team."})J") << "";
    QTest::newRow("type: integer to string drops the format, retypes the default")
        << cmd("setParam", TopParam, "type", "\"string\"")
        << with(R"J("type": "integer", "format": "int32", "default": 10)J", R"J("type": "string", "default": "10")J") << "";
    QTest::newRow("type: to array adds items")
        << cmd("setParam", ModeParam, "type", "\"array\"")
        << with(R"J("type": "string", "enum": ["fast", "full"])J",
                R"J("type": "array", "items": {"type": "string"}, "enum": ["fast", "full"])J") << "";
    QTest::newRow("enum replaced")
        << cmd("setParam", ModeParam, "enum", R"J(["fast", "full", "deep"])J")
        << with(R"J("enum": ["fast", "full"])J", R"J("enum": ["fast", "full", "deep"])J") << "";
    QTest::newRow("enum display names")
        << cmd("setParam", ModeParam, "displayNames", R"J(["Fast", ""])J")
        << with(R"J("enum": ["fast", "full"])J", R"J("enum": ["fast", "full"], "x-ms-enum-values": [
                {"value": "fast", "displayName": "Fast"}, {"value": "full", "displayName": "full"}])J") << "";
    QTest::newRow("enum cleared") << cmd("setParam", ModeParam, "enum", "[]")
                                  << with(R"J(, "enum": ["fast", "full"])J", "") << "";
    QTest::newRow("default typed") << cmd("setParam", TopParam, "default", "\"20\"")
                                   << with(R"J("default": 10)J", R"J("default": 20)J") << "";
    QTest::newRow("description removed when emptied") << cmd("setParam", UserParam, "description", "\"\"")
        << with(R"J("x-ms-summary": "User ID",
           "description": "The user."})J", R"J("x-ms-summary": "User ID"})J") << "";
    QTest::newRow("summary added in place") << cmd("setParam", ExpandParam, "x-ms-summary", "\"Expand\"")
        << with(R"J({"name": "expand", "in": "query", "type": "boolean"})J",
                R"J({"name": "expand", "in": "query", "type": "boolean", "x-ms-summary": "Expand"})J") << "";
    QTest::newRow("required added after in") << cmd("setParam", ExpandParam, "required", "true")
        << with(R"J({"name": "expand", "in": "query", "type": "boolean"})J",
                R"J({"name": "expand", "in": "query", "required": true, "type": "boolean"})J") << "";
    QTest::newRow("required: path parameters always are") << cmd("setParam", UserParam, "required", "false") << ""
                                                          << "always required";
    QTest::newRow("location: query to header") << cmd("setParam", ExpandParam, "in", "\"header\"")
        << with(R"J({"name": "expand", "in": "query",)J", R"J({"name": "expand", "in": "header",)J") << "";
    QTest::newRow("location: not to path") << cmd("setParam", ExpandParam, "in", "\"path\"") << "" << "Add {expand} to the path";
    QTest::newRow("location: not from path") << cmd("setParam", UserParam, "in", "\"query\"") << "" << "remove it from the path";
    QTest::newRow("location: body stays") << cmd("setParam", "/paths/~1search/post/parameters/0", "in", "\"query\"") << ""
                                          << "cannot change its location";
    QTest::newRow("url encoding: bad") << cmd("setParam", ExpandParam, "x-ms-url-encoding", "\"triple\"") << "" << "single";

    QTest::newRow("update: several fields, one step")
        << R"J(["updateParam", "/paths/~1users~1{userId}/get/parameters/1", {"name": "expand", "in": "query",
               "type": "boolean", "required": true, "description": "Expand it.", "x-ms-visibility": "advanced"}])J"
        << with(R"J({"name": "expand", "in": "query", "type": "boolean"})J",
                R"J({"name": "expand", "in": "query", "required": true, "type": "boolean", "description": "Expand it.",
                    "x-ms-visibility": "advanced"})J") << "";
    QTest::newRow("update: a bad field changes nothing")
        << R"J(["updateParam", "/paths/~1users~1{userId}/get/parameters/1", {"name": "expand", "in": "query",
               "type": "boolean", "description": "x", "x-ms-url-encoding": "bad"}])J" << "" << "single";

    QTest::newRow("remove") << R"J(["removeParam", "/paths/~1users~1{userId}/get/parameters/1"])J"
        << with(R"J(,
          {"name": "expand", "in": "query", "type": "boolean"})J", "") << "";
    QTest::newRow("remove: the last one removes the list")
        << QStringLiteral(R"J(["removeParam", "%1"])J").arg(QString::fromUtf8(TopParam))
        << with(R"J(,
        "parameters": [{"name": "top", "in": "query", "type": "integer", "format": "int32", "default": 10}])J", "") << "";
    QTest::newRow("remove: a path parameter with its placeholder") << R"J(["removeParam", "/paths/~1users~1{userId}/get/parameters/0"])J"
                                                                   << "" << "remove it from the path";
    QTest::newRow("move") << R"J(["moveParam", "get", "/users/{userId}", 1, 0])J"
        << with(R"J({"name": "userId", "in": "path", "required": true, "type": "string", "x-ms-summary": "User ID",
           "description": "The user."},
          {"name": "expand", "in": "query", "type": "boolean"})J",
                R"J({"name": "expand", "in": "query", "type": "boolean"},
          {"name": "userId", "in": "path", "required": true, "type": "string", "x-ms-summary": "User ID",
           "description": "The user."})J") << "";
    QTest::newRow("setMethod: renamed in place") << R"J(["setMethod", "post", "/search", "put"])J"
        << with(R"J("/search": {
      "post": {)J", R"J("/search": {
      "put": {)J") << "";
}

void ParameterEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, definition);
    QFETCH(QString, error);
    checkEdit(Definition, {}, command, definition, QString(), error);
}

// Typing a description letter by letter is one undo step, and the file keeps the rest.
void ParameterEditsTest::typingMergesIntoOneStep()
{
    Connector connector(Definition);
    QVERIFY(connector.isOpen());
    const Snapshot before = connector.snapshot();
    json::JsonPointer entry;
    QVERIFY(json::JsonPointer::parse(QString::fromUtf8(ExpandParam), &entry));
    const QString text = QStringLiteral("Whether to expand");
    for (int i = 1; i <= text.size(); ++i)
        QVERIFY(ParameterEdits::setParameterField(connector.doc(), entry, ParameterEdits::Field::Description, text.left(i)));
    // The first letter creates the member, the rest merge into the next step.
    QCOMPARE(connector.doc()->undoStack()->count(), 2);
    DOMAIN_COMPARE_JSON(connector.snapshot().definition,
                        with(R"J({"name": "expand", "in": "query", "type": "boolean"})J",
                             R"J({"name": "expand", "in": "query", "type": "boolean", "description": "Whether to expand"})J"));
    connector.doc()->undoStack()->undo();
    connector.doc()->undoStack()->undo();
    QVERIFY(connector.snapshot() == before);
}

void ParameterEditsTest::specRoundTrip()
{
    Connector connector(Definition);
    json::JsonPointer entry;
    QVERIFY(json::JsonPointer::parse(QString::fromUtf8(ModeParam), &entry));
    const ParameterView view(connector.doc(), entry, ParameterView::Origin::Operation);
    ParameterSpec spec = ParameterSpec::of(view);
    QCOMPARE(spec.name, QStringLiteral("mode"));
    QCOMPARE(spec.enumValues, (QStringList{QStringLiteral("fast"), QStringLiteral("full")}));
    // Writing back what was read changes nothing and makes no undo step.
    QVERIFY(ParameterEdits::updateParameter(connector.doc(), entry, spec));
    QCOMPARE(connector.doc()->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(ParameterEditsTest)
#include "ParameterEditsTest.moc"
