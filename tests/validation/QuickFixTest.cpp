// Quick fixes applied to a real ConnectorDocument: each fixes its finding as one undo step, and
// undo restores the files byte for byte.
#include "RuleCases.h"

#include "validation/QuickFix.h"
#include "validation/Validator.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

Q_DECLARE_METATYPE(vt::RuleCase)

class QuickFixTest : public QObject
{
    Q_OBJECT

private slots:
    void fixes_data();
    void fixes();
    void everyFixIsTested();
    void failedFixChangesNothing();

private:
    static const ValidationFinding *find(const QList<ValidationFinding> &findings, const vt::RuleCase &c);
    QSet<QString> m_fixedRules;
};

const ValidationFinding *QuickFixTest::find(const QList<ValidationFinding> &findings, const vt::RuleCase &c)
{
    for (const ValidationFinding &f : findings) {
        if (f.ruleId == c.ruleId && f.pointer.toString() == c.pointer && f.part == c.part)
            return &f;
    }
    return nullptr;
}

void QuickFixTest::fixes_data()
{
    QTest::addColumn<vt::RuleCase>("testCase");
    for (const vt::RuleCase &c : vt::ruleCases()) {
        if (!c.triggers)
            continue;
        QString error;
        const QList<ValidationFinding> findings = vt::validate(c.edits, &error);
        const ValidationFinding *finding = find(findings, c);
        if (finding && !finding->fix.isEmpty())
            QTest::newRow(qPrintable(c.ruleId + QStringLiteral(": ") + c.name)) << c;
    }
}

void QuickFixTest::fixes()
{
    QFETCH(vt::RuleCase, testCase);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(vt::writeConnector(dir.path(), testCase.edits, &error), qPrintable(error));
    ConnectorDocument document;
    QVERIFY2(document.open(dir.path(), &error), qPrintable(error));
    const QByteArray definitionBefore = document.file(ConnectorDocument::Part::Definition).toBytes();
    const QByteArray propertiesBefore = document.file(ConnectorDocument::Part::Properties).toBytes();

    const QList<ValidationFinding> before = Validator().validate(document);
    const ValidationFinding *finding = find(before, testCase);
    QVERIFY(finding);
    const QuickFix fix = finding->fix;
    QVERIFY(!fix.label.isEmpty());
    const int undoSteps = document.undoStack()->count();
    QVERIFY2(fix.apply(document, &error), qPrintable(error));
    QCOMPARE(document.undoStack()->count(), undoSteps + 1); // one undo step, however many edits
    QVERIFY(document.isModified());

    const QList<ValidationFinding> after = Validator().validate(document);
    QVERIFY2(!find(after, testCase), qPrintable(vt::describe(after)));
    int ofRuleBefore = 0, ofRuleAfter = 0;
    for (const ValidationFinding &f : before)
        ofRuleBefore += f.ruleId == testCase.ruleId;
    for (const ValidationFinding &f : after)
        ofRuleAfter += f.ruleId == testCase.ruleId;
    QVERIFY2(ofRuleAfter < ofRuleBefore, qPrintable(vt::describe(after)));
    const QByteArray fixedDefinition = document.file(ConnectorDocument::Part::Definition).toBytes();
    const QByteArray fixedProperties = document.file(ConnectorDocument::Part::Properties).toBytes();

    document.undoStack()->undo();
    QCOMPARE(document.file(ConnectorDocument::Part::Definition).toBytes(), definitionBefore);
    QCOMPARE(document.file(ConnectorDocument::Part::Properties).toBytes(), propertiesBefore);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.file(ConnectorDocument::Part::Definition).toBytes(), fixedDefinition);
    QCOMPARE(document.file(ConnectorDocument::Part::Properties).toBytes(), fixedProperties);

    // The fixed files still read back as JSON.
    QVERIFY(json::JsonFile::fromBytes(fixedDefinition, QStringLiteral("d.json")).isValid());
    m_fixedRules.insert(testCase.ruleId);
}

// The rules whose cases produce a fix: each must have been applied above.
void QuickFixTest::everyFixIsTested()
{
    static const QStringList expected = {QStringLiteral("swagger-version"),
                                         QStringLiteral("required-field"),
                                         QStringLiteral("keyword-type"),
                                         QStringLiteral("type-value"),
                                         QStringLiteral("parameter-location"),
                                         QStringLiteral("ref-no-siblings"),
                                         QStringLiteral("host-format"),
                                         QStringLiteral("base-path-format"),
                                         QStringLiteral("operation-id-required"),
                                         QStringLiteral("summary-ending"),
                                         QStringLiteral("description-sentence"),
                                         QStringLiteral("path-parameter-declared"),
                                         QStringLiteral("path-parameter-required"),
                                         QStringLiteral("path-parameter-used"),
                                         QStringLiteral("collection-format-multi"),
                                         QStringLiteral("visibility-value"),
                                         QStringLiteral("visibility-empty"),
                                         QStringLiteral("extension-name-typo"),
                                         QStringLiteral("enum-values-consistent"),
                                         QStringLiteral("default-type"),
                                         QStringLiteral("icon-brand-color"),
                                         QStringLiteral("script-operations-exist"),
                                         QStringLiteral("policy-operation-exists")};
    for (const QString &rule : expected)
        QVERIFY2(m_fixedRules.contains(rule), qPrintable(rule));
}

void QuickFixTest::failedFixChangesNothing()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(vt::writeConnector(dir.path(), {}, &error));
    ConnectorDocument document;
    QVERIFY(document.open(dir.path(), &error));
    const QByteArray before = document.file(ConnectorDocument::Part::Definition).toBytes();
    QuickFix fix = QuickFix::set(QStringLiteral("Set the title"), ConnectorDocument::Part::Definition,
                                 json::JsonPointer::fromString(QStringLiteral("/info/title")),
                                 QStringLiteral("\"New\""));
    fix.then(QuickFix::renameKey(QStringLiteral("Rename"), ConnectorDocument::Part::Definition,
                                 json::JsonPointer::fromString(QStringLiteral("/nothing/here")),
                                 QStringLiteral("x")));
    QVERIFY(!fix.apply(document, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.file(ConnectorDocument::Part::Definition).toBytes(), before);
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(QuickFixTest)
#include "QuickFixTest.moc"
