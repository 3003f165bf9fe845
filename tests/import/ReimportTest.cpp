// Re-import into the open connector (ConnectorMerge): what is added, changed, removed and kept,
// on hand-written Swagger/Postman/curl inputs and one corpus collection.
#include "ImportTestSupport.h"
#include "document/ConnectorDocument.h"
#include "domain/DynamicInput.h"
#include "domain/DynamicInputEdits.h"
#include "domain/OperationEdits.h"
#include "domain/OperationIndex.h"
#include "domain/OperationView.h"
#include "domain/ParameterEdits.h"
#include "domain/SchemaEdits.h"
#include "import/ConnectorImporter.h"
#include "import/ConnectorMerge.h"

#include <QUndoStack>
#include <QtTest>

using Part = ConnectorDocument::Part;
using Kind = MergeChange::Kind;

class ReimportTest : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void sameInputChangesNothing_data();
    void sameInputChangesNothing();
    void customisationsSurvive();
    void changedParameterKeepsLabels();
    void removedOperationsListedAndDeletedOnlyWhenAsked();
    void definitionCollisionsGetNewNames();
    void undoRestoresTheBytes();
    void curlAddsOrUpdatesOneOperation();
    void corpusCollectionRoundTrip();
};

namespace {

QString swagger(const QString &paths, const QString &definitions = QStringLiteral("{}"))
{
    return QStringLiteral(R"({"swagger": "2.0", "info": {"title": "Pets", "version": "1.0"},
 "host": "pets.example.com", "basePath": "/v1", "schemes": ["https"],
 "consumes": ["application/json"], "produces": ["application/json"],
 "paths": %1, "definitions": %2})")
        .arg(paths, definitions);
}

const char *kProperties = R"({
  "properties": {
    "connectionParameters": {},
    "iconBrandColor": "#007ee5",
    "scriptOperations": ["GetPet", "ListPets"],
    "policyTemplateInstances": [
      {"templateId": "setheader", "title": "Trace",
       "parameters": {"x-ms-apimTemplateParameter.name": "X-Trace", "x-ms-apimTemplateParameter.value": "1",
                      "x-ms-apimTemplate-operationName": ["GetPet"]}}]
  }
}
)";

// GET /pets (limit), GET /pets/{petId}, POST /pets (body Pet)
const char *kPaths = R"({
  "/pets": {
    "get": {"summary": "List pets", "operationId": "ListPets",
      "parameters": [{"name": "limit", "in": "query", "type": "integer", "format": "int32"}],
      "responses": {"200": {"description": "OK", "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}}}},
    "post": {"summary": "Add pet", "operationId": "AddPet",
      "parameters": [{"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Pet"}}],
      "responses": {"200": {"description": "OK"}}}
  },
  "/pets/{petId}": {
    "get": {"summary": "Get pet", "operationId": "GetPet",
      "parameters": [{"name": "petId", "in": "path", "required": true, "type": "string"}],
      "responses": {"200": {"description": "OK", "schema": {"$ref": "#/definitions/Pet"}}}}
  }
})";

const char *kPet
    = R"({"Pet": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}})";

std::unique_ptr<ConnectorDocument> openDocument(const QString &definition,
                                                const QByteArray &properties = kProperties)
{
    auto document = std::make_unique<ConnectorDocument>();
    document->newFromBytes(definition.toUtf8(), properties);
    return document;
}

ImportedConnector importText(const QString &text)
{
    return ConnectorImporter::importText(text);
}

QByteArray bytes(const ConnectorDocument &document, Part part = Part::Definition)
{
    return document.file(part).toBytes();
}

QString compact(const ConnectorDocument &document, const QString &pointer, Part part = Part::Definition)
{
    const json::JsonValue *value = document.value(part, json::JsonPointer::fromString(pointer));
    return value ? ImportTest::compactOf(value) : QString();
}

} // namespace

void ReimportTest::plans_data()
{
    QTest::addColumn<QString>("paths");
    QTest::addColumn<QString>("plan");
    QTest::newRow("operation added") << QStringLiteral(R"({"/pets": {"get": {"operationId": "ListPets",
        "parameters": [{"name": "limit", "in": "query", "type": "integer", "format": "int32"}], "responses": {}}},
        "/pets/{petId}": {"get": {"operationId": "GetPet", "parameters": [{"name": "petId", "in": "path",
        "required": true, "type": "string"}], "responses": {}}, "delete": {"operationId": "DeletePet",
        "parameters": [{"name": "petId", "in": "path", "required": true, "type": "string"}], "responses": {}}}})")
                                     << QStringLiteral("added DELETE /pets/{petId} (DeletePet)\n"
                                                       "removed POST /pets (AddPet)\n");
    QTest::newRow("parameter type changed")
        << QStringLiteral(R"({"/pets": {"get": {"operationId": "ListPets",
        "parameters": [{"name": "limit", "in": "query", "type": "string"}], "responses": {}}}})")
        << QStringLiteral("changed GET /pets (ListPets)\n"
                          "  - parameter limit (query): type, format changed\n"
                          "removed POST /pets (AddPet)\n"
                          "removed GET /pets/{petId} (GetPet)\n");
    QTest::newRow("parameter added and removed")
        << QStringLiteral(R"({"/pets": {"get": {"operationId": "ListPets",
        "parameters": [{"name": "offset", "in": "query", "type": "integer"}], "responses": {}}}})")
        << QStringLiteral("changed GET /pets (ListPets)\n"
                          "  - parameter limit (query) removed\n"
                          "  - parameter offset (query) added\n"
                          "removed POST /pets (AddPet)\n"
                          "removed GET /pets/{petId} (GetPet)\n");
    QTest::newRow("matched by operationId, moved")
        << QStringLiteral(R"({"/animals/{petId}": {"get": {
        "operationId": "GetPet", "parameters": [{"name": "petId", "in": "path", "required": true, "type": "string"}],
        "responses": {}}}})")
        << QStringLiteral("changed GET /animals/{petId} (GetPet)\n"
                          "  - moved from GET /pets/{petId} to GET /animals/{petId}\n"
                          "removed GET /pets (ListPets)\n"
                          "removed POST /pets (AddPet)\n");
    QTest::newRow("matched by method and path, body changed")
        << QStringLiteral(R"({"/pets": {"post": {
        "operationId": "CreatePet", "parameters": [{"name": "body", "in": "body", "schema": {"type": "object",
        "properties": {"name": {"type": "string"}}}}], "responses": {}}}})")
        << QStringLiteral("changed POST /pets (AddPet)\n"
                          "  - body schema changed\n"
                          "removed GET /pets (ListPets)\n"
                          "removed GET /pets/{petId} (GetPet)\n");
}

void ReimportTest::plans()
{
    QFETCH(QString, paths);
    QFETCH(QString, plan);
    auto document = openDocument(swagger(kPaths, kPet));
    const MergePlan merge = ConnectorMerge::plan(document.get(), importText(swagger(paths, kPet)));
    QVERIFY2(merge.ok(), qPrintable(merge.error));
    QCOMPARE(merge.text(), plan);
}

void ReimportTest::sameInputChangesNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("swagger") << swagger(kPaths, kPet);
    QTest::newRow("postman") << QStringLiteral(R"({"info": {"name": "P", "schema": "v2.1.0"}, "item": [
      {"name": "List pets", "request": {"method": "GET", "url": "https://pets.example.com/v1/pets?limit=10"}},
      {"name": "Add pet", "request": {"method": "POST", "url": "https://pets.example.com/v1/pets",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": "{\"name\": \"Rex\", \"age\": 3}"}}}]})");
    QTest::newRow("curl") << QStringLiteral("curl -X POST 'https://pets.example.com/v1/pets?dry=true' "
                                            "-H 'Content-Type: application/json' -d '{\"name\": \"Rex\"}'");
}

void ReimportTest::sameInputChangesNothing()
{
    QFETCH(QString, input);
    const ImportedConnector first = importText(input);
    QVERIFY(first.ok());
    auto document = openDocument(QString::fromUtf8(first.definitionBytes()), first.propertiesBytes());
    const QByteArray before = bytes(*document);
    const MergePlan plan = ConnectorMerge::plan(document.get(), importText(input));
    QCOMPARE(plan.count(Kind::Unchanged), first.operationCount());
    QCOMPARE(plan.count(Kind::Unchanged), plan.changes.size());
    QVERIFY(plan.addedItems.isEmpty());
    QVERIFY(!plan.hasEdits(true));
    const int steps = document->undoStack()->count();
    QVERIFY(ConnectorMerge::apply(document.get(), plan, true).ok);
    QCOMPARE(document->undoStack()->count(), steps); // no empty step
    QCOMPARE(bytes(*document), before);
}

void ReimportTest::customisationsSurvive()
{
    auto document = openDocument(swagger(kPaths, kPet));
    const OperationKey list(QStringLiteral("/pets"), QStringLiteral("get"));
    QVERIFY(OperationEdits::setOperationField(document.get(), list, OperationEdits::Field::Summary,
                                              QStringLiteral("All the pets"))
                .ok);
    QVERIFY(OperationEdits::setOperationField(document.get(), list, OperationEdits::Field::Visibility,
                                              QStringLiteral("advanced"))
                .ok);
    const json::JsonPointer limit
        = json::JsonPointer::fromString(QStringLiteral("/paths/~1pets/get/parameters/0"));
    QVERIFY(ParameterEdits::setParameterField(document.get(), limit, ParameterEdits::Field::Summary,
                                              QStringLiteral("How many"))
                .ok);
    QVERIFY(ParameterEdits::setParameterField(document.get(), limit, ParameterEdits::Field::Visibility,
                                              QStringLiteral("internal"))
                .ok);
    const json::JsonPointer petId
        = json::JsonPointer::fromString(QStringLiteral("/paths/~1pets~1{petId}/get/parameters/0"));
    DynamicInput dynamic;
    dynamic.kind = DynamicInput::Kind::Values;
    dynamic.operationId = QStringLiteral("ListPets");
    dynamic.collectionPath = QStringLiteral("");
    dynamic.valuePath = QStringLiteral("id");
    dynamic.titlePath = QStringLiteral("name");
    const EditResult dynamicEdit = DynamicInputEdits::set(document.get(), petId, dynamic);
    QVERIFY2(dynamicEdit.ok, qPrintable(dynamicEdit.error));
    const QString dynamicBefore
        = compact(*document, petId.toString() + QStringLiteral("/x-ms-dynamic-values"));
    QVERIFY(!dynamicBefore.isEmpty());

    // The same API again, with a new query parameter on GET /pets and petId now an integer.
    QString paths = QString::fromUtf8(kPaths);
    paths.replace(
        QStringLiteral(R"([{"name": "limit", "in": "query", "type": "integer", "format": "int32"}])"),
        QStringLiteral(R"([{"name": "limit", "in": "query", "type": "integer", "format": "int32"},
                                     {"name": "offset", "in": "query", "type": "integer"}])"));
    paths.replace(QStringLiteral(R"("required": true, "type": "string"})"),
                  QStringLiteral(R"("required": true, "type": "integer"})"));
    const MergePlan plan = ConnectorMerge::plan(document.get(), importText(swagger(paths, kPet)));
    QCOMPARE(plan.text(),
             QStringLiteral("changed GET /pets (ListPets)\n"
                            "  - parameter offset (query) added\n"
                            "changed GET /pets/{petId} (GetPet)\n"
                            "  - parameter petId (path): type changed\n"));
    const EditResult applied = ConnectorMerge::apply(document.get(), plan, false);
    QVERIFY2(applied.ok, qPrintable(applied.error));

    const OperationView view(document.get(), list);
    QCOMPARE(view.summary(), QStringLiteral("All the pets"));
    QCOMPARE(view.visibility(), QStringLiteral("advanced"));
    QCOMPARE(compact(*document, limit.toString()),
             QStringLiteral(R"({"name":"limit","in":"query","type":"integer","format":"int32",)"
                            R"("x-ms-summary":"How many","x-ms-visibility":"internal"})"));
    QCOMPARE(compact(*document, QStringLiteral("/paths/~1pets/get/parameters/1")),
             QStringLiteral(R"({"name":"offset","in":"query","type":"integer"})"));
    QCOMPARE(compact(*document, petId.toString() + QStringLiteral("/type")), QStringLiteral("integer"));
    QCOMPARE(compact(*document, petId.toString() + QStringLiteral("/x-ms-dynamic-values")), dynamicBefore);
    // Nothing else moved: policies and scriptOperations as they were.
    QCOMPARE(bytes(*document, Part::Properties), QByteArray(kProperties));
}

void ReimportTest::changedParameterKeepsLabels()
{
    auto document = openDocument(swagger(QStringLiteral(R"({"/pets": {"post": {"operationId": "AddPet",
        "parameters": [{"name": "body", "in": "body", "schema": {"type": "object", "properties": {
          "name": {"type": "string"}}}}], "responses": {"201": {"description": "Created"}}}}})")));
    const json::JsonPointer name = json::JsonPointer::fromString(
        QStringLiteral("/paths/~1pets/post/parameters/0/schema/properties/name"));
    QVERIFY(
        SchemaEdits::setField(document.get(), name, SchemaEdits::Field::Summary, QStringLiteral("Pet name"))
            .ok);
    const QString responses = compact(*document, QStringLiteral("/paths/~1pets/post/responses"));

    const MergePlan plan
        = ConnectorMerge::plan(document.get(), importText(swagger(QStringLiteral(R"({"/pets": {
        "post": {"operationId": "AddPet", "parameters": [{"name": "body", "in": "body", "schema": {"type": "object",
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}}],
        "responses": {"200": {"description": "OK", "schema": {"type": "string"}}}}}})"))));
    QCOMPARE(plan.text(), QStringLiteral("changed POST /pets (AddPet)\n  - body schema changed\n"));
    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QCOMPARE(
        compact(*document, QStringLiteral("/paths/~1pets/post/parameters/0/schema/properties")),
        QStringLiteral(R"({"name":{"type":"string","x-ms-summary":"Pet name"},"age":{"type":"integer"}})"));
    // An existing operation keeps its responses (the user's); only new operations take the import's.
    QCOMPARE(compact(*document, QStringLiteral("/paths/~1pets/post/responses")), responses);
}

void ReimportTest::removedOperationsListedAndDeletedOnlyWhenAsked()
{
    const QString only
        = QStringLiteral(R"({"/pets": {"get": {"summary": "List pets", "operationId": "ListPets",
      "parameters": [{"name": "limit", "in": "query", "type": "integer", "format": "int32"}], "responses": {}}}})");
    auto document = openDocument(swagger(kPaths, kPet));
    const MergePlan plan = ConnectorMerge::plan(document.get(), importText(swagger(only, kPet)));
    QCOMPARE(plan.count(Kind::Removed), 2);
    QCOMPARE(plan.count(Kind::Unchanged), 1);
    QVERIFY(!plan.hasEdits(false));
    QVERIFY(plan.hasEdits(true));

    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QVERIFY(
        OperationView(document.get(), OperationKey(QStringLiteral("/pets/{petId}"), QStringLiteral("get")))
            .isValid());

    const int steps = document->undoStack()->count();
    const EditResult deleted = ConnectorMerge::apply(document.get(), plan, true);
    QVERIFY2(deleted.ok, qPrintable(deleted.error));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY(
        !OperationView(document.get(), OperationKey(QStringLiteral("/pets/{petId}"), QStringLiteral("get")))
             .isValid());
    QVERIFY(!OperationView(document.get(), OperationKey(QStringLiteral("/pets"), QStringLiteral("post")))
                 .isValid());
    QVERIFY(!document->value(Part::Definition,
                             json::JsonPointer::fromString(QStringLiteral("/paths/~1pets~1{petId}"))));
    // GetPet leaves scriptOperations, and the policy that applied only to it goes.
    QCOMPARE(compact(*document, QStringLiteral("/properties/scriptOperations"), Part::Properties),
             QStringLiteral(R"(["ListPets"])"));
    QCOMPARE(compact(*document, QStringLiteral("/properties/policyTemplateInstances"), Part::Properties),
             QStringLiteral("[]"));
    QVERIFY(!deleted.notes.isEmpty());
}

void ReimportTest::definitionCollisionsGetNewNames()
{
    // The connector's Pet has a user description (same shape as the import's: reused);
    // its Tag differs in shape from the import's Tag: the import's becomes Tag2.
    const QString mine = QStringLiteral(R"({"Pet": {"type": "object", "description": "A pet, described by me",
      "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
      "Tag": {"type": "object", "properties": {"label": {"type": "string"}}}})");
    auto document = openDocument(swagger(kPaths, mine));
    const QString theirs
        = QStringLiteral(R"({"Pet": {"type": "object", "properties": {"id": {"type": "integer"},
      "name": {"type": "string"}}}, "Tag": {"type": "object", "properties": {"id": {"type": "integer"},
      "owner": {"$ref": "#/definitions/Owner"}}}, "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
      "Unused": {"type": "string"}})");
    QString paths = QString::fromUtf8(kPaths);
    paths.replace(QStringLiteral(R"("/pets/{petId}": {)"),
                  QStringLiteral(R"("/tags": {"get": {"operationId": "ListTags", "responses": {"200": {
                      "description": "OK", "schema": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}}}}},
                      "/pets/{petId}": {)"));
    const MergePlan plan = ConnectorMerge::plan(document.get(), importText(swagger(paths, theirs)));
    QCOMPARE(plan.text(),
             QStringLiteral("added GET /tags (ListTags)\n"
                            "added definitions/Tag2\n"
                            "added definitions/Owner\n"
                            "renamed definitions/Tag to Tag2 (the name is used for something else)\n"));
    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QCOMPARE(compact(*document, QStringLiteral("/paths/~1tags/get/responses/200/schema/items/$ref")),
             QStringLiteral("#/definitions/Tag2"));
    QCOMPARE(compact(*document, QStringLiteral("/definitions/Tag2/properties/owner/$ref")),
             QStringLiteral("#/definitions/Owner"));
    QCOMPARE(compact(*document, QStringLiteral("/definitions/Tag")),
             QStringLiteral(R"({"type":"object","properties":{"label":{"type":"string"}}})"));
    QCOMPARE(compact(*document, QStringLiteral("/definitions/Pet/description")),
             QStringLiteral("A pet, described by me"));
    QVERIFY(!document->value(Part::Definition,
                             json::JsonPointer::fromString(QStringLiteral("/definitions/Unused"))));
}

void ReimportTest::undoRestoresTheBytes()
{
    // Unusual formatting (4 spaces, CRLF, no final newline) that any rewrite would disturb.
    QString text = swagger(kPaths, kPet);
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"))
        .replace(QStringLiteral("  "), QStringLiteral("    "));
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    auto document = openDocument(text);
    const QByteArray definition = bytes(*document);
    const QByteArray properties = bytes(*document, Part::Properties);
    QCOMPARE(definition, text.toUtf8());

    QString paths = QString::fromUtf8(kPaths);
    paths.replace(QStringLiteral(R"("type": "integer", "format": "int32"})"),
                  QStringLiteral(R"("type": "string"})"));
    paths.replace(QStringLiteral(R"("/pets/{petId}": {)"),
                  QStringLiteral(R"("/owners": {"get": {"operationId": "ListOwners", "responses": {}}},
                                    "/pets/{petId}": {)"));
    paths.replace(QStringLiteral(R"("post": {"summary": "Add pet")"),
                  QStringLiteral(R"("put": {"summary": "Add pet")"));
    const MergePlan plan = ConnectorMerge::plan(document.get(), importText(swagger(paths, kPet)));
    QCOMPARE(plan.count(Kind::Added), 1);
    QCOMPARE(plan.count(Kind::Changed), 2); // ListPets' parameter; AddPet moved from POST to PUT
    const int steps = document->undoStack()->count();
    QVERIFY(ConnectorMerge::apply(document.get(), plan, true, QStringLiteral("Re-import pets.json")).ok);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Re-import pets.json"));
    const QByteArray after = bytes(*document);
    QVERIFY(after != definition);
    QVERIFY(OperationView(document.get(), OperationKey(QStringLiteral("/pets"), QStringLiteral("put")))
                .isValid());

    document->undoStack()->undo();
    QCOMPARE(bytes(*document), definition);
    QCOMPARE(bytes(*document, Part::Properties), properties);
    document->undoStack()->redo();
    QCOMPARE(bytes(*document), after);
    document->undoStack()->undo();
    QCOMPARE(bytes(*document), definition);
}

void ReimportTest::curlAddsOrUpdatesOneOperation()
{
    auto document = openDocument(swagger(kPaths, kPet));
    ConnectorMerge::Options partial;
    partial.partial = true;
    // An existing method and path: updated (a header added), nothing listed as removed.
    MergePlan plan = ConnectorMerge::plan(
        document.get(),
        importText(QStringLiteral("curl 'https://pets.example.com/v1/pets?limit=5' -H 'X-Trace: 1'")),
        partial);
    QCOMPARE(plan.count(Kind::Removed), 0);
    QCOMPARE(plan.count(Kind::Changed), 1);
    QVERIFY2(plan.text().contains(QStringLiteral("parameter X-Trace (header) added")),
             qPrintable(plan.text()));
    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QCOMPARE(
        OperationView(document.get(), OperationKey(QStringLiteral("/pets"), QStringLiteral("get"))).summary(),
        QStringLiteral("List pets"));
    // A new one: added.
    plan = ConnectorMerge::plan(
        document.get(), importText(QStringLiteral("curl -X DELETE https://pets.example.com/v1/pets/7")),
        partial);
    QCOMPARE(plan.count(Kind::Added), 1);
    QCOMPARE(plan.changes.size(), 1);
    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QCOMPARE(OperationIndex(document.get()).size(), 4);
}

void ReimportTest::corpusCollectionRoundTrip()
{
    QString corpus = qEnvironmentVariable("CD_CORPUS");
    if (corpus.isEmpty())
        corpus
            = QDir(qEnvironmentVariable("CD_SOURCE_DIR", ".")).filePath(QStringLiteral("../shared/corpus"));
    QFile file(QDir(corpus).filePath(QStringLiteral(
        "postman/Postman-Collections__NotificationSettings_Notification_Settings.postman_collection.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("corpus missing: ") + file.fileName()));
    const QByteArray collection = file.readAll();
    const ImportedConnector first = ConnectorImporter::import(collection);
    QVERIFY(first.ok());
    auto document = openDocument(QString::fromUtf8(first.definitionBytes()), first.propertiesBytes());
    const OperationIndex index(document.get());
    QVERIFY(index.size() >= 10);

    // Customise: a summary, a visibility, a parameter label (the first operation that has one).
    const OperationKey a = index.at(0).key, b = index.at(1).key;
    QVERIFY(OperationEdits::setOperationField(document.get(), a, OperationEdits::Field::Summary,
                                              QStringLiteral("Mine"))
                .ok);
    QVERIFY(OperationEdits::setOperationField(document.get(), b, OperationEdits::Field::Visibility,
                                              QStringLiteral("internal"))
                .ok);
    json::JsonPointer labelled;
    for (const OperationIndex::Entry &entry : index.entries()) {
        const QList<ParameterView> parameters = OperationView(document.get(), entry.key).parameters();
        if (!parameters.isEmpty()) {
            labelled = parameters.first().listPointer();
            break;
        }
    }
    QVERIFY(!labelled.isRoot());
    QVERIFY(ParameterEdits::setParameterField(document.get(), labelled, ParameterEdits::Field::Summary,
                                              QStringLiteral("My label"))
                .ok);
    const QByteArray customised = bytes(*document);

    MergePlan plan = ConnectorMerge::plan(document.get(), ConnectorImporter::import(collection));
    QVERIFY2(!plan.hasEdits(true), qPrintable(plan.text()));
    QCOMPARE(plan.count(Kind::Unchanged), index.size());
    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QCOMPARE(bytes(*document), customised);
    QCOMPARE(OperationView(document.get(), a).summary(), QStringLiteral("Mine"));

    // The same collection without its last request: exactly that operation is listed as removed.
    QJsonDocument json = QJsonDocument::fromJson(collection);
    QJsonObject root = json.object();
    QJsonArray items = root.value(QStringLiteral("item")).toArray();
    QVERIFY(items.last().toObject().contains(QStringLiteral("request")));
    items.removeLast();
    root.insert(QStringLiteral("item"), items);
    plan = ConnectorMerge::plan(document.get(), ConnectorImporter::import(QJsonDocument(root).toJson()));
    QCOMPARE(plan.count(Kind::Removed), 1);
    QCOMPARE(plan.count(Kind::Added) + plan.count(Kind::Changed), 0);
    QVERIFY(ConnectorMerge::apply(document.get(), plan, false).ok);
    QCOMPARE(bytes(*document), customised); // listed, not deleted
}

QTEST_GUILESS_MAIN(ReimportTest)
#include "ReimportTest.moc"
