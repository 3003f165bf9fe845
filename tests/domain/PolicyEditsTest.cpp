// The policy builder's domain layer: the template catalogue, PolicyView over real connectors,
// and PolicyEdits (data-driven: resulting JSON, one undo step each, undo back to the same bytes).
#include "DomainTestSupport.h"

#include "domain/PolicyEdits.h"
#include "domain/PolicyTemplateCatalog.h"
#include "domain/PolicyView.h"
#include "validation/Validator.h"

#include <QDirIterator>
#include <QUndoStack>
#include <QtTest>

using namespace DomainTest;

static const QByteArray Definition = R"J({
  "swagger": "2.0",
  "info": {"title": "T", "version": "1.0"},
  "host": "api.example.com",
  "paths": {
    "/items": {"get": {"operationId": "ListItems", "responses": {"200": {"description": "OK"}}}}
  }
}
)J";

static const QByteArray Properties = R"J({
  "properties": {
    "connectionParameters": {},
    "iconBrandColor": "#007ee5",
    "policyTemplateInstances": [
      {"templateId": "SetHeader", "title": "Version header",
       "parameters": {"x-ms-apimTemplateParameter.name": "X-Version", "x-ms-apimTemplateParameter.value": "2",
                      "x-ms-apimTemplateParameter.existsAction": "override",
                      "x-ms-apimTemplate-policySection": "Request"}}
    ]
  }
}
)J";

static QString withPolicies(const QString &policies)
{
    return QStringLiteral(R"J({"properties": {"connectionParameters": {}, "iconBrandColor": "#007ee5",
        "policyTemplateInstances": [%1]}})J")
        .arg(policies);
}

static const QString VersionHeader = QStringLiteral(
    R"J({"templateId": "SetHeader", "title": "Version header",
       "parameters": {"x-ms-apimTemplateParameter.name": "X-Version", "x-ms-apimTemplateParameter.value": "2",
                      "x-ms-apimTemplateParameter.existsAction": "override",
                      "x-ms-apimTemplate-policySection": "Request"}})J");

class PolicyEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void createsListWhenMissing();
    void jsonParameterMustParse();
    void everyTemplateBuildsWhatTheValidatorAccepts();
    void readsEveryCorpusPolicy();
};

void PolicyEditsTest::edits_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("properties");
    QTest::addColumn<QString>("error");

    QTest::newRow("add a route policy with its default method")
        << R"J(["addPolicy", "routerequesttoendpoint", "To v2", ["ListItems"]])J"
        << withPolicies(VersionHeader
                        + QStringLiteral(R"J(, {"templateId": "routerequesttoendpoint", "title": "To v2",
             "parameters": {"x-ms-apimTemplateParameter.httpMethod": "@Request.OriginalHTTPMethod",
                            "x-ms-apimTemplate-operationName": ["ListItems"]}})J"))
        << "";
    QTest::newRow("add with no title takes the template's; sections default to Request")
        << R"J(["addPolicy", "STRINGREPLACE"])J"
        << withPolicies(VersionHeader
                        + QStringLiteral(R"J(, {"templateId": "stringreplace", "title": "String replace",
             "parameters": {"x-ms-apimTemplate-policySection": "Request"}})J"))
        << "";
    QTest::newRow("polling trigger carries its type")
        << R"J(["addPolicy", "pollingtrigger", "Poll"])J"
        << withPolicies(VersionHeader + QStringLiteral(R"J(, {"templateId": "pollingtrigger", "title": "Poll",
             "type": "PollingTrigger", "parameters": {}})J"))
        << "";
    QTest::newRow("unknown template refused") << R"J(["addPolicy", "nosuchthing"])J"
                                              << ""
                                              << "not a known policy template";
    QTest::newRow("set a parameter (in place, any template id case)")
        << R"J(["policyParam", 0, "x-ms-apimTemplateParameter.value", "3"])J"
        << withPolicies(QString(VersionHeader)
                            .replace(QStringLiteral(".value\": \"2\""), QStringLiteral(".value\": \"3\"")))
        << "";
    QTest::newRow("empty text removes a parameter")
        << R"J(["policyParam", 0, "x-ms-apimTemplateParameter.existsAction", ""])J"
        << withPolicies(
               QString(VersionHeader)
                   .remove(QStringLiteral("\"x-ms-apimTemplateParameter.existsAction\": \"override\",")))
        << "";
    QTest::newRow("a JSON parameter is written as JSON, keys in template order")
        << R"J([["addPolicy", "pollingtrigger", "Poll"],
               ["policyParam", 1, "x-ms-apimTemplateParameter.triggerDataPath", "@triggerBody().value"],
               ["policyParam", 1, "x-ms-apimTemplateParameter.triggerConfig", "{\"since\": \"@{triggerBody().date}\"}"]])J"
        << withPolicies(VersionHeader + QStringLiteral(R"J(, {"templateId": "pollingtrigger", "title": "Poll",
             "type": "PollingTrigger", "parameters": {
               "x-ms-apimTemplateParameter.triggerConfig": {"since": "@{triggerBody().date}"},
               "x-ms-apimTemplateParameter.triggerDataPath": "@triggerBody().value"}})J"))
        << "";
    QTest::newRow("operations set, then cleared")
        << R"J([["policyOperations", 0, ["ListItems"]], ["policyOperations", 0, []]])J"
        << ""
        << "";
    QTest::newRow("operations set")
        << R"J(["policyOperations", 0, ["ListItems", "Other"]])J"
        << withPolicies(
               QString(VersionHeader)
                   .replace(
                       QStringLiteral("\"Request\"}"),
                       QStringLiteral(
                           "\"Request\", \"x-ms-apimTemplate-operationName\": [\"ListItems\", \"Other\"]}")))
        << "";
    QTest::newRow("title") << R"J(["policyTitle", 0, "API version"])J"
                           << withPolicies(QString(VersionHeader)
                                               .replace(QStringLiteral("Version header"),
                                                        QStringLiteral("API version")))
                           << "";
    QTest::newRow("duplicate goes right after, titled as a copy")
        << R"J(["duplicatePolicy", 0])J"
        << withPolicies(
               VersionHeader + QStringLiteral(", ")
               + QString(VersionHeader)
                     .replace(QStringLiteral("Version header"), QStringLiteral("Version header (copy)")))
        << "";
    QTest::newRow("remove") << R"J(["removePolicy", 0])J" << withPolicies(QString()) << "";
    QTest::newRow("remove out of range") << R"J(["removePolicy", 3])J"
                                         << ""
                                         << "There is no policy 4";
    QTest::newRow("replace as JSON")
        << R"J(["replacePolicy", 0, "{\"templateId\": \"custom\", \"title\": \"Kept\", \"parameters\": {\"a\": 1}}"])J"
        << withPolicies(
               QStringLiteral(R"J({"templateId": "custom", "title": "Kept", "parameters": {"a": 1}})J"))
        << "";
    QTest::newRow("replace needs a templateId") << R"J(["replacePolicy", 0, "{\"title\": \"x\"}"])J"
                                                << ""
                                                << "needs a \"templateId\"";
    QTest::newRow("replace needs JSON") << R"J(["replacePolicy", 0, "{"])J"
                                        << ""
                                        << "Not valid JSON";
}

void PolicyEditsTest::edits()
{
    QFETCH(QString, command);
    QFETCH(QString, properties);
    QFETCH(QString, error);
    checkEdit(Definition, Properties, command, QString(), properties, error);
}

void PolicyEditsTest::createsListWhenMissing()
{
    checkEdit(Definition, R"J({"properties": {"iconBrandColor": "#007ee5"}})J",
              R"J(["addPolicy", "dynamichosturl", "Host"])J", QString(),
              R"J({"properties": {"iconBrandColor": "#007ee5", "policyTemplateInstances": [
                   {"templateId": "dynamichosturl", "title": "Host", "parameters": {}}]}})J");
    checkEdit(Definition, R"J({})J", R"J(["addPolicy", "updatenextlink", "Paging"])J", QString(),
              R"J({"properties": {"policyTemplateInstances": [
                   {"templateId": "updatenextlink", "title": "Paging", "parameters": {}}]}})J");
}

void PolicyEditsTest::jsonParameterMustParse()
{
    Connector connector(Definition, Properties);
    QVERIFY(PolicyEdits::addPolicy(connector.doc(), QStringLiteral("pollingtrigger")).ok);
    const Snapshot before = connector.snapshot();
    const int steps = connector.doc()->undoStack()->count();
    const EditResult result = PolicyEdits::setParameter(
        connector.doc(), 1, QStringLiteral("x-ms-apimTemplateParameter.triggerConfig"),
        QStringLiteral("{since: 1"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(QLatin1String("Not valid JSON")), qPrintable(result.error));
    QVERIFY(connector.snapshot() == before);
    QCOMPARE(connector.doc()->undoStack()->count(), steps);
}

// A policy of every template, its required parameters filled by the edits: the validator's
// policy rules accept it; before they were filled, they named each missing one.
void PolicyEditsTest::everyTemplateBuildsWhatTheValidatorAccepts()
{
    QCOMPARE(PolicyTemplateCatalog::all().size(), 13);
    for (const PolicyTemplateSpec &spec : PolicyTemplateCatalog::all()) {
        Connector connector(Definition);
        ConnectorDocument *doc = connector.doc();
        QVERIFY(PolicyEdits::addPolicy(doc, spec.id.toUpper(), QString(), {QStringLiteral("ListItems")}).ok);
        auto policyFindings = [doc] {
            QStringList out;
            for (const ValidationFinding &finding : Validator().validate(*doc)) {
                if (finding.ruleId.startsWith(QLatin1String("policy-")))
                    out.append(finding.message);
            }
            return out;
        };
        const QStringList missing = policyFindings();
        QCOMPARE(missing.size(),
                 PolicyTemplateCatalog::requiredKeys(spec.id).size()
                     - std::count_if(spec.parameters.begin(), spec.parameters.end(),
                                     [](const PolicyParameterSpec &p) {
                                         return p.required && !p.defaultValue.isEmpty();
                                     }));
        for (const PolicyParameterSpec &parameter : spec.parameters) {
            if (!parameter.required)
                continue;
            const QString value = parameter.kind == PolicyParameterSpec::Kind::Json
                ? QStringLiteral("{\"a\": 1}")
                : QStringLiteral("x");
            QVERIFY2(PolicyEdits::setParameter(doc, 0, parameter.key, value).ok, qPrintable(parameter.key));
        }
        QVERIFY2(policyFindings().isEmpty(),
                 qPrintable(spec.id + QLatin1Char(' ') + policyFindings().join(QLatin1Char('\n'))));
        const PolicyView view(doc, 0);
        QCOMPARE(view.spec(), &spec);
        QCOMPARE(view.operations(), QStringList {QStringLiteral("ListItems")});
        QCOMPARE(view.section(), spec.hasSection ? QStringLiteral("Request") : QString());
    }
}

// Every policy of the corpus reads through PolicyView, its template is in the catalogue, and
// the raw JSON text round-trips through replacePolicy without changing the file.
void PolicyEditsTest::readsEveryCorpusPolicy()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty())
        QSKIP("no corpus");
    int policies = 0, connectors = 0;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("apiProperties.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = QFileInfo(it.next()).absolutePath();
        Connector connector(folder);
        if (!connector.isOpen() || PolicyView::count(connector.doc()) == 0)
            continue;
        ++connectors;
        for (int i = 0; i < PolicyView::count(connector.doc()); ++i) {
            const PolicyView view(connector.doc(), i);
            QVERIFY2(view.spec(), qPrintable(folder + QLatin1Char(' ') + view.templateId()));
            for (const QString &key : PolicyTemplateCatalog::requiredKeys(view.templateId()))
                QVERIFY2(view.hasParameter(key), qPrintable(folder + QLatin1Char(' ') + key));
            const Snapshot before = connector.snapshot();
            QVERIFY(PolicyEdits::replacePolicy(connector.doc(), i, view.toJsonText()).ok);
            QVERIFY2(connector.snapshot() == before, qPrintable(folder));
            ++policies;
        }
    }
    qInfo("%d policies in %d corpus connectors", policies, connectors);
    QVERIFY(policies >= 100);
}

QTEST_GUILESS_MAIN(PolicyEditsTest)
#include "PolicyEditsTest.moc"
