// The breaking-change diff: on pairs made by real edits of corpus connectors (copied to a
// temporary folder, edited through ConnectorDocument, saved, re-opened), and on small fixtures
// for each kind of change.
#include "ValidationTestSupport.h"

#include "diff/ConnectorDiff.h"
#include "diff/DiffReport.h"
#include "validation/ValidationContext.h"
#include "json/JsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Kind = DiffChange::Kind;
using Part = ConnectorDocument::Part;

// What a corpus edit is expected to produce.
struct Expected
{
    Kind kind;
    bool breaking;
    QString operationId;
    QString target; // "" to skip the check
    bool only; // the only change
};

// A corpus connector with the operation, parameter and response property the edits need.
struct Subject
{
    QString folder;
    QString operationId;
    json::JsonPointer operation;
    QString visibility;
    json::JsonPointer stringParameter; // an inline non-body string parameter of some operation
    QString parameterKey; // "query name"
    QString parameterOperationId;
    json::JsonPointer responseProperty; // a property of some operation's success response
    QString responseOperationId;
    QString propertyName;
};

const json::JsonValue *successSchema(const ValidationContext &ctx, const ValidationContext::Operation &op)
{
    const json::JsonValue *responses = op.node->member(QStringLiteral("responses"));
    for (int i = 0; responses && responses->isObject() && i < responses->size(); ++i) {
        const json::JsonValue *response = ctx.deref(responses->at(i));
        if (responses->keyAt(i).startsWith(QLatin1Char('2')) && response && response->isObject()
            && response->member(QStringLiteral("schema")))
            return ctx.deref(response->member(QStringLiteral("schema")));
    }
    return nullptr;
}

bool findParameter(const ValidationContext &ctx, Subject &s)
{
    for (const auto &op : ctx.operations()) {
        for (const auto &p : ctx.parameters(op)) {
            const QString in = ValidationContext::stringAt(p.node, QStringLiteral("in"));
            if (in != QLatin1String("body") && in != QLatin1String("path")
                && !p.node->member(QStringLiteral("$ref")) && json::JsonPointer::of(p.node) == p.pointer
                && ValidationContext::stringAt(p.node, QStringLiteral("type")) == QLatin1String("string")) {
                s.stringParameter = p.pointer;
                s.parameterKey
                    = in + QLatin1Char(' ') + ValidationContext::stringAt(p.node, QStringLiteral("name"));
                s.parameterOperationId = ctx.operationLabel(op);
                return true;
            }
        }
    }
    return false;
}

bool findResponseProperty(const ValidationContext &ctx, Subject &s)
{
    for (const auto &op : ctx.operations()) {
        const json::JsonValue *schema = successSchema(ctx, op);
        const json::JsonValue *properties = schema ? schema->member(QStringLiteral("properties")) : nullptr;
        if (properties && properties->isObject() && properties->size() > 0) {
            s.responseProperty = json::JsonPointer::of(properties->at(0));
            s.responseOperationId = ctx.operationLabel(op);
            s.propertyName = properties->keyAt(0);
            return true;
        }
    }
    return false;
}

// The first few corpus connectors (in sorted order) that have everything the edits need.
QList<Subject> subjects(int wanted)
{
    QList<Subject> found;
    for (const QString &folder : vt::corpusConnectors()) {
        ConnectorDocument document;
        QString error;
        if (!document.open(folder, &error) || document.isReadOnly())
            continue;
        const ValidationContext ctx(document.file(Part::Definition), document.file(Part::Properties), 0);
        if (ctx.operations().size() < 2 || ctx.operationIds().size() != ctx.operations().size())
            continue;
        Subject s;
        s.folder = folder;
        const auto &first = ctx.operations().first();
        s.operationId = ctx.operationLabel(first);
        s.operation = first.pointer;
        s.visibility = ValidationContext::stringAt(first.node, QStringLiteral("x-ms-visibility"));
        if (s.visibility == QLatin1String("internal") || !findParameter(ctx, s)
            || !findResponseProperty(ctx, s))
            continue;
        found.append(s);
        if (found.size() == wanted)
            break;
    }
    return found;
}

std::unique_ptr<json::JsonValue> parse(const QString &text)
{
    QString error;
    auto value = json::JsonParser::parseValue(text, &error);
    Q_ASSERT_X(value, "parse", qPrintable(error));
    return value;
}

using EditFn = std::function<bool(ConnectorDocument &, const Subject &, QString *)>;

bool addQueryParameter(ConnectorDocument &doc, const Subject &s, bool required, QString *error)
{
    const QString parameter = QStringLiteral(R"({"name": "diffTest", "in": "query", "type": "string",
        "required": %1})")
                                  .arg(QLatin1String(required ? "true" : "false"));
    const json::JsonPointer list = s.operation.child(QStringLiteral("parameters"));
    if (doc.value(Part::Definition, list))
        return doc.insert(Part::Definition, list, -1, parse(parameter), QString(), error);
    return doc.setValue(Part::Definition, list, parse(QLatin1Char('[') + parameter + QLatin1Char(']')),
                        error);
}

} // namespace

Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(EditFn)

class ConnectorDiffTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusEdits_data();
    void corpusEdits();
    void unchangedCorpusConnectorsHaveNoChanges();
    void fixtureChanges_data();
    void fixtureChanges();
    void reports();

private:
    QList<Subject> m_subjects;
};

void ConnectorDiffTest::initTestCase()
{
    if (vt::corpusDir().isEmpty() && vt::corpusRequired())
        QFAIL("The corpus is missing (set CD_CORPUS)");
    m_subjects = subjects(3);
}

void ConnectorDiffTest::corpusEdits_data()
{
    QTest::addColumn<int>("subject");
    QTest::addColumn<EditFn>("edit");
    QTest::addColumn<Expected>("expected");
    if (m_subjects.isEmpty())
        return;
    for (int i = 0; i < m_subjects.size(); ++i) {
        const Subject &s = m_subjects.at(i);
        const QString name = QFileInfo(s.folder).fileName() + QStringLiteral(": ");
        auto row = [&](const char *what, EditFn edit, Expected expected) {
            QTest::newRow(qPrintable(name + QLatin1String(what))) << i << edit << expected;
        };
        row("remove an operation",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return d.remove(Part::Definition, s.operation, e);
            },
            {Kind::OperationRemoved, true, s.operationId, {}, true});
        row("rename an operationId",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return d.setString(Part::Definition, s.operation.child(QStringLiteral("operationId")),
                                   s.operationId + QStringLiteral("V2"), e);
            },
            {Kind::OperationRenamed, true, s.operationId + QStringLiteral("V2"), {}, true});
        row("add an operation",
            [](ConnectorDocument &d, const Subject &, QString *e) {
                return d.setValue(
                    Part::Definition,
                    json::JsonPointer({QStringLiteral("paths"), QStringLiteral("/diff-test")}),
                    parse(QStringLiteral(R"({"get": {"operationId": "DiffTestNew", "summary": "New",
                                        "responses": {"200": {"description": "OK"}}}})")),
                    e);
            },
            {Kind::OperationAdded, false, QStringLiteral("DiffTestNew"), {}, true});
        row("add a required parameter",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return addQueryParameter(d, s, true, e);
            },
            {Kind::ParameterAdded, true, s.operationId, QStringLiteral("query diffTest"), true});
        row("add an optional parameter",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return addQueryParameter(d, s, false, e);
            },
            {Kind::ParameterAdded, false, s.operationId, QStringLiteral("query diffTest"), true});
        row("change a parameter type",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return d.setString(Part::Definition, s.stringParameter.child(QStringLiteral("type")),
                                   QStringLiteral("integer"), e);
            },
            {Kind::ParameterTypeChanged, true, s.parameterOperationId, s.parameterKey, true});
        row("remove a response property",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return d.remove(Part::Definition, s.responseProperty, e);
            },
            {Kind::ResponsePropertyRemoved, true, s.responseOperationId, s.propertyName, false});
        row("hide an operation",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                return d.setString(Part::Definition, s.operation.child(QStringLiteral("x-ms-visibility")),
                                   QStringLiteral("internal"), e);
            },
            {Kind::VisibilityChanged, true, s.operationId, {}, true});
        row("move an operation to advanced",
            [](ConnectorDocument &d, const Subject &s, QString *e) {
                const QString to = s.visibility == QLatin1String("advanced") ? QStringLiteral("important")
                                                                             : QStringLiteral("advanced");
                return d.setString(Part::Definition, s.operation.child(QStringLiteral("x-ms-visibility")), to,
                                   e);
            },
            {Kind::VisibilityChanged, false, s.operationId, {}, true});
    }
}

void ConnectorDiffTest::corpusEdits()
{
    if (m_subjects.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
    QFETCH(int, subject);
    QFETCH(EditFn, edit);
    QFETCH(Expected, expected);
    const Subject &s = m_subjects.at(subject);
    QTemporaryDir dir;
    const QString oldFolder = dir.filePath(QStringLiteral("old"));
    const QString newFolder = dir.filePath(QStringLiteral("new"));
    QVERIFY(vt::copyConnector(s.folder, oldFolder) && vt::copyConnector(s.folder, newFolder));
    QString error;
    {
        ConnectorDocument editing;
        QVERIFY2(editing.open(newFolder, &error), qPrintable(error));
        QVERIFY2(edit(editing, s, &error), qPrintable(error));
        QVERIFY2(editing.save(&error), qPrintable(error));
    }
    ConnectorDocument oldVersion, newVersion;
    QVERIFY2(oldVersion.open(oldFolder, &error) && newVersion.open(newFolder, &error), qPrintable(error));
    const QList<DiffChange> changes = ConnectorDiff::compare(oldVersion, newVersion);
    QStringList lines;
    for (const DiffChange &c : changes)
        lines << c.toText();
    const auto found = std::find_if(changes.cbegin(), changes.cend(), [&](const DiffChange &c) {
        return c.kind == expected.kind && c.operationId == expected.operationId
            && (expected.target.isEmpty() || c.target.endsWith(expected.target));
    });
    QVERIFY2(found != changes.cend(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(found->breaking, expected.breaking);
    QVERIFY(!found->reason.isEmpty() && !found->message.isEmpty());
    if (expected.only)
        QVERIFY2(changes.size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(ConnectorDiff::breakingCount(changes) > 0, expected.breaking);
}

void ConnectorDiffTest::unchangedCorpusConnectorsHaveNoChanges()
{
    const QStringList folders = vt::corpusConnectors();
    if (folders.isEmpty())
        QSKIP("No corpus; set CD_CORPUS to run this test");
    int compared = 0;
    for (const QString &folder : folders) {
        ConnectorDocument a, b;
        QString error;
        if (!a.open(folder, &error) || !b.open(folder, &error))
            continue;
        const QList<DiffChange> changes = ConnectorDiff::compare(a, b);
        QVERIFY2(changes.isEmpty(), qPrintable(folder + QStringLiteral(": ") + changes.value(0).toText()));
        ++compared;
    }
    qInfo("%d corpus connectors compared with themselves: no changes", compared);
}

void ConnectorDiffTest::fixtureChanges_data()
{
    QTest::addColumn<vt::Edits>("edits");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("breaking");
    QTest::addColumn<QString>("target");
    const QString list = QStringLiteral("/paths/~1items/get");
    const QString item = QStringLiteral("/definitions/Item");
    QTest::newRow("optional parameter made required")
        << vt::Edits {vt::set(list + "/parameters/0/required", "true"),
                      vt::remove(list + "/parameters/0/default")}
        << int(Kind::ParameterRequired) << true << "query top";
    QTest::newRow("made required, with a default")
        << vt::Edits {vt::set(list + "/parameters/0/required", "true")} << int(Kind::ParameterRequired)
        << false << "query top";
    QTest::newRow("required body property added")
        << vt::Edits {vt::set(item + "/properties/owner", R"({"type": "string"})"),
                      vt::set(item + "/required", R"(["name", "owner"])")}
        << int(Kind::ParameterAdded) << true << "body/owner";
    QTest::newRow("body property removed") << vt::Edits {vt::remove(item + "/properties/id")}
                                           << int(Kind::ParameterRemoved) << true << "body/id";
    QTest::newRow("internal body property removed") << vt::Edits {vt::remove(item + "/properties/kind")}
                                                    << int(Kind::ParameterRemoved) << false << "body/kind";
    QTest::newRow("response property retyped")
        << vt::Edits {vt::set(item + "/properties/id/type", R"("integer")")} << int(Kind::ResponseTypeChanged)
        << true << "id";
    QTest::newRow("response property added")
        << vt::Edits {vt::set(item + "/properties/created", R"({"type": "string"})")}
        << int(Kind::ResponsePropertyAdded) << false << "created";
    QTest::newRow("array item type changed")
        << vt::Edits {vt::set(list + "/responses/200/schema/items", R"({"type": "string"})")}
        << int(Kind::ResponseTypeChanged) << true << "[]";
    QTest::newRow("operation moved") << vt::Edits {vt::rename("/paths/~1fields", "/item-fields")}
                                     << int(Kind::OperationMoved) << false << "";
    QTest::newRow("parameter hidden")
        << vt::Edits {vt::set(list + "/parameters/0/x-ms-visibility", R"("internal")")}
        << int(Kind::VisibilityChanged) << true << "query top";
}

void ConnectorDiffTest::fixtureChanges()
{
    QFETCH(vt::Edits, edits);
    QFETCH(int, kind);
    QFETCH(bool, breaking);
    QFETCH(QString, target);
    QString error;
    const vt::Fixture before = vt::makeFixture({}, &error);
    const vt::Fixture after = vt::makeFixture(edits, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<DiffChange> changes = ConnectorDiff::compare(before.definition, after.definition);
    QStringList lines;
    for (const DiffChange &c : changes)
        lines << c.toText();
    const auto found = std::find_if(changes.cbegin(), changes.cend(), [&](const DiffChange &c) {
        return int(c.kind) == kind && c.target == target;
    });
    QVERIFY2(found != changes.cend(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(found->breaking, breaking);
}

void ConnectorDiffTest::reports()
{
    QString error;
    const vt::Fixture before = vt::makeFixture({}, &error);
    const vt::Fixture after = vt::makeFixture(
        {vt::remove(QStringLiteral("/paths/~1fields")),
         vt::set(QStringLiteral("/paths/~1new"), R"({"get": {"operationId": "New", "responses": {}}})")},
        &error);
    const QList<DiffChange> changes = ConnectorDiff::compare(before.definition, after.definition);
    QCOMPARE(ConnectorDiff::breakingCount(changes), 1);
    const QString text = DiffReport::text(changes);
    QVERIFY2(text.startsWith(QStringLiteral("breaking: ListFields (GET /fields): operation removed")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("change: New (GET /new): operation added")));
    QVERIFY(text.endsWith(QStringLiteral("2 change(s), 1 breaking.\n")));
    const QJsonObject json = QJsonDocument::fromJson(DiffReport::json(changes, "a", "b")).object();
    QCOMPARE(json.value(QStringLiteral("breaking")).toInt(), 1);
    const QJsonArray list = json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("operation-removed"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("oldPointer")).toString(),
             QStringLiteral("/paths/~1fields/get"));
}

QTEST_GUILESS_MAIN(ConnectorDiffTest)
#include "ConnectorDiffTest.moc"
