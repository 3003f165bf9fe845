#include "DomainTestSupport.h"

#include "json/JsonParser.h"

#include <QUndoStack>
#include <QtTest>

namespace DomainTest {

static QStringList splitCommands(const QString &command)
{
    json::ParseResult result = json::JsonParser::parse(command);
    const json::JsonValue *parsed = result.root.get();
    if (!parsed || !parsed->isArray() || parsed->size() == 0 || !parsed->at(0)->isArray())
        return {command};
    QStringList commands;
    for (int i = 0; i < parsed->size(); ++i) {
        // Each sub-array as written in the command text.
        const json::JsonValue *item = parsed->at(i);
        commands.append(command.mid(item->sourceStart(), item->sourceEnd() - item->sourceStart()));
    }
    return commands;
}

void checkEdit(const QByteArray &definition, const QByteArray &properties, const QString &command,
               const QString &expectedDefinition, const QString &expectedProperties, const QString &expectedError,
               const QString &expectedNote)
{
    Connector connector(definition, properties);
    QVERIFY2(connector.isOpen(), qPrintable(connector.error()));
    ConnectorDocument *doc = connector.doc();
    const Snapshot before = connector.snapshot();
    const int steps = doc->undoStack()->count();
    const QStringList commands = splitCommands(command);

    QStringList notes;
    int changing = 0; // commands that changed the files: each must be exactly one undo step
    for (const QString &one : commands) {
        const Snapshot previous = connector.snapshot();
        const EditResult result = run(doc, one);
        if (!expectedError.isEmpty()) {
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("expected an error for ") + one));
            QVERIFY2(result.error.contains(expectedError),
                     qPrintable(QStringLiteral("error \"%1\" lacks \"%2\"").arg(result.error, expectedError)));
            QVERIFY2(connector.snapshot() == before, "a failed edit changed the document");
            QCOMPARE(doc->undoStack()->count(), steps);
            QVERIFY(!doc->isModified());
            return;
        }
        QVERIFY2(result.ok, qPrintable(one + QStringLiteral(": ") + result.error));
        notes += result.notes;
        changing += connector.snapshot() == previous ? 0 : 1;
    }
    const Snapshot after = connector.snapshot();
    if (qEnvironmentVariableIsSet("DOMAIN_SHOW")) // debugging aid: the bytes as written
        qInfo().noquote() << after.definition << "\n" << after.properties;
    if (expectedDefinition.isEmpty())
        QVERIFY2(after.definition == before.definition, qPrintable(pretty(after.definition)));
    else
        DOMAIN_COMPARE_JSON(after.definition, expectedDefinition);
    if (expectedProperties.isEmpty())
        QVERIFY2(after.properties == before.properties, qPrintable(pretty(after.properties)));
    else
        DOMAIN_COMPARE_JSON(after.properties, expectedProperties);
    if (!expectedNote.isEmpty())
        QVERIFY2(notes.join(QLatin1Char('\n')).contains(expectedNote), qPrintable(notes.join(QLatin1Char('\n'))));

    QCOMPARE(doc->undoStack()->count(), steps + changing);
    for (int i = 0; i < changing; ++i)
        doc->undoStack()->undo();
    QVERIFY2(connector.snapshot().definition == before.definition,
             qPrintable(changedLines(before.definition, connector.snapshot().definition).join(QLatin1Char('\n'))));
    QVERIFY(connector.snapshot().properties == before.properties);
    QVERIFY(!doc->isModified());
    for (int i = 0; i < changing; ++i)
        doc->undoStack()->redo();
    QVERIFY(connector.snapshot() == after);
}

} // namespace DomainTest
