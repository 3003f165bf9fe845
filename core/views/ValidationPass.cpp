#include "ValidationPass.h"

#include "CurrentTextLocator.h"
#include "document/ConnectorDocument.h"
#include "validation/Validator.h"

#include <QElapsedTimer>
#include <QUndoStack>

using Part = ConnectorDocument::Part;

ValidationPass::Snapshot ValidationPass::snapshot(const ConnectorDocument &document,
                                                  const QSet<QString> &disabledRules)
{
    const json::JsonFile &definition = document.file(Part::Definition);
    const json::JsonFile &properties = document.file(Part::Properties);
    return {definition.toBytes(), properties.toBytes(), definition.fileName(), properties.fileName(),
            disabledRules};
}

ValidationPass ValidationPass::run(const ConnectorDocument &document, const QSet<QString> &disabledRules)
{
    const json::JsonFile &definition = document.file(Part::Definition);
    const json::JsonFile &properties = document.file(Part::Properties);
    // Only an editable document has edits; a read-only one is shown (and located) as read.
    if (document.undoStack()->count() > 0 && definition.isValid() && properties.isValid())
        return run(snapshot(document, disabledRules));

    QElapsedTimer clock;
    clock.start();
    ValidationPass pass;
    CurrentTextLocator locator(document); // unedited: the sizes without serialising
    const qint64 bytes = locator.definitionBytes();
    Validator validator;
    validator.setDisabledRules(disabledRules);
    pass.findings = validator.validate(definition, properties, bytes);
    pass.budget = ConnectorBudget::measure(definition, bytes);
    pass.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    return pass;
}

ValidationPass ValidationPass::run(const Snapshot &snapshot)
{
    QElapsedTimer clock;
    clock.start();
    ValidationPass pass;
    const json::JsonFile definition = json::JsonFile::fromBytes(snapshot.definition, snapshot.definitionName);
    const json::JsonFile properties = json::JsonFile::fromBytes(snapshot.properties, snapshot.propertiesName);
    Validator validator;
    validator.setDisabledRules(snapshot.disabledRules);
    // Parsed from the saved text, so the validator's own locations are current lines.
    pass.findings = validator.validate(definition, properties, snapshot.definition.size());
    pass.budget = ConnectorBudget::measure(definition, snapshot.definition.size());
    pass.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    return pass;
}
