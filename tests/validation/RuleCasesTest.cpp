// Every rule against small fixtures: a case that triggers it (rule id, severity, pointer, and a
// located line) and one that does not. Plus the registry itself: ids, coverage, switching off.
#include "RuleCases.h"

#include "validation/ConnectorBudget.h"
#include "validation/ValidationContext.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

Q_DECLARE_METATYPE(vt::RuleCase)

class RuleCasesTest : public QObject
{
    Q_OBJECT

private slots:
    void baselineIsClean();
    void ruleIdsAreStableKebabCase();
    void everyRuleHasBothCases();
    void rules_data();
    void rules();
    void disabledRulesDoNotRun();
    void findingsAreLocated();
    void textFormat();
    void keywordIndexSkipsNamesAndData();
    void budgetFigures();
};

void RuleCasesTest::baselineIsClean()
{
    QString error;
    const QList<ValidationFinding> findings = vt::validate({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(findings.isEmpty(), qPrintable(vt::describe(findings)));
}

void RuleCasesTest::ruleIdsAreStableKebabCase()
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> ids;
    for (const ValidationRule &rule : Validator::rules()) {
        QVERIFY2(kebab.match(rule.id).hasMatch(), qPrintable(rule.id));
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        QVERIFY2(!rule.summary.isEmpty() && rule.check, qPrintable(rule.id));
        QCOMPARE(Validator::rule(rule.id), &rule);
        ids.insert(rule.id);
    }
    QVERIFY(ids.size() >= 60);
}

void RuleCasesTest::everyRuleHasBothCases()
{
    QSet<QString> triggered, clean;
    for (const vt::RuleCase &c : vt::ruleCases()) {
        QVERIFY2(Validator::rule(c.ruleId), qPrintable(c.ruleId));
        (c.triggers ? triggered : clean).insert(c.ruleId);
    }
    for (const ValidationRule &rule : Validator::rules()) {
        QVERIFY2(triggered.contains(rule.id), qPrintable(rule.id + QStringLiteral(": no triggering case")));
        QVERIFY2(clean.contains(rule.id), qPrintable(rule.id + QStringLiteral(": no clean case")));
    }
}

void RuleCasesTest::rules_data()
{
    QTest::addColumn<vt::RuleCase>("testCase");
    for (const vt::RuleCase &c : vt::ruleCases())
        QTest::newRow(qPrintable(c.ruleId + QStringLiteral(": ") + c.name)) << c;
}

void RuleCasesTest::rules()
{
    QFETCH(vt::RuleCase, testCase);
    QString error;
    const QList<ValidationFinding> findings = vt::validate(testCase.edits, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<ValidationFinding> ofRule;
    for (const ValidationFinding &f : findings) {
        if (f.ruleId == testCase.ruleId)
            ofRule.append(f);
    }
    if (!testCase.triggers) {
        QVERIFY2(ofRule.isEmpty(), qPrintable(vt::describe(ofRule)));
        return;
    }
    QVERIFY2(
        !ofRule.isEmpty(),
        qPrintable(QStringLiteral("no %1 finding among:\n%2").arg(testCase.ruleId, vt::describe(findings))));
    const auto match = std::find_if(ofRule.cbegin(), ofRule.cend(), [&](const ValidationFinding &f) {
        return f.pointer.toString() == testCase.pointer && f.part == testCase.part;
    });
    QVERIFY2(match != ofRule.cend(),
             qPrintable(
                 QStringLiteral("expected at '%1', found:\n%2").arg(testCase.pointer, vt::describe(ofRule))));
    QCOMPARE(match->severity, testCase.severity);
    QCOMPARE(Validator::rule(testCase.ruleId)->severity, testCase.severity);
    QVERIFY2(match->line > 0 && match->column > 0, qPrintable(match->toText()));
    QVERIFY(!match->message.isEmpty());
}

void RuleCasesTest::disabledRulesDoNotRun()
{
    const vt::Edits edits = {vt::set(QStringLiteral("/info/title"), QStringLiteral(R"("Contoso API")"))};
    QString error;
    const vt::Fixture fixture = vt::makeFixture(edits, &error);
    Validator validator;
    auto count = [&] {
        int n = 0;
        for (const ValidationFinding &f : validator.validate(fixture.definition, fixture.properties, 1000))
            n += f.ruleId == QLatin1String("title-words");
        return n;
    };
    QCOMPARE(count(), 1);
    validator.setDisabledRules({QStringLiteral("title-words")});
    QCOMPARE(count(), 0);
}

// Lines and columns point at the member's key in the file as read.
void RuleCasesTest::findingsAreLocated()
{
    const QByteArray definition
        = vt::baselineDefinition().replace("\"summary\": \"List items\"", "\"summary\": \"List items.\"");
    const json::JsonFile file
        = json::JsonFile::fromBytes(definition, QStringLiteral("apiDefinition.swagger.json"));
    const json::JsonFile properties
        = json::JsonFile::fromBytes(vt::baselineProperties(), QStringLiteral("apiProperties.json"));
    const QList<ValidationFinding> findings = Validator().validate(file, properties, definition.size());
    QCOMPARE(findings.size(), 1);
    const QList<QByteArray> lines = definition.split('\n');
    int line = 0;
    while (line < lines.size() && !lines.at(line).contains("\"summary\": \"List items.\""))
        ++line;
    QCOMPARE(findings.first().line, line + 1);
    QCOMPARE(findings.first().column, int(lines.at(line).indexOf("\"summary\"")) + 1);
    QCOMPARE(findings.first().fileName, QStringLiteral("apiDefinition.swagger.json"));
}

void RuleCasesTest::textFormat()
{
    ValidationFinding f;
    f.ruleId = QStringLiteral("summary-ending");
    f.severity = ValidationFinding::Severity::Warning;
    f.message = QStringLiteral("End it well");
    f.fileName = QStringLiteral("apiDefinition.swagger.json");
    f.line = 12;
    f.column = 7;
    QCOMPARE(f.toText(),
             QStringLiteral("apiDefinition.swagger.json:12:7: warning: End it well [summary-ending]"));
}

void RuleCasesTest::keywordIndexSkipsNamesAndData()
{
    const QByteArray definition = R"({"swagger": "2.0", "paths": {},
        "definitions": {"$ref": {"type": "object", "properties": {"enum": {"type": "string", "x-ms-visibility": "advanced"}},
                        "example": {"$ref": "not a reference", "enum": []}}}})";
    const json::JsonFile file = json::JsonFile::fromBytes(definition, QStringLiteral("d.json"));
    const json::JsonFile none;
    ValidationContext context(file, none, definition.size());
    QCOMPARE(int(context.members(ValidationContext::KeyKind::Ref).size()), 0); // a definition name, and data
    QCOMPARE(int(context.members(ValidationContext::KeyKind::Enum).size()), 0); // a property name, and data
    QCOMPARE(int(context.members(ValidationContext::KeyKind::Visibility).size()), 1);
    QCOMPARE(int(context.schemas().size()), 2);
}

void RuleCasesTest::budgetFigures()
{
    QString error;
    const vt::Fixture fixture = vt::makeFixture({}, &error);
    const ConnectorBudget::Figures figures
        = ConnectorBudget::measure(fixture.definition, fixture.definitionBytes.size());
    QCOMPARE(figures.definitionBytes, qint64(fixture.definitionBytes.size()));
    // Compact JSON has the same size whatever the key order, so Qt's writer can check ours.
    QCOMPARE(figures.minifiedBytes,
             qint64(QJsonDocument::fromJson(fixture.definitionBytes).toJson(QJsonDocument::Compact).size()));
    QCOMPARE(figures.operations, 5);
    QCOMPARE(figures.largestBodySchemas, 5); // ListItems: the array, Item and its 3 properties
    QCOMPARE(figures.largestBodyOperation, QStringLiteral("ListItems"));
    QCOMPARE(figures.deepestBody, 3);
    const QString escaped = QStringLiteral("a\"\n") + QChar(0x01) + QChar(0xe9) + QChar(0x20ac);
    QCOMPARE(ConnectorBudget::minifiedSize(*json::JsonValue::makeString(escaped)),
             qint64(QJsonDocument(QJsonArray {escaped}).toJson(QJsonDocument::Compact).size() - 2));
}

QTEST_GUILESS_MAIN(RuleCasesTest)
#include "RuleCasesTest.moc"
