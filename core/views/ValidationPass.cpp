#include "ValidationPass.h"

#include "CurrentTextLocator.h"
#include "document/ConnectorDocument.h"
#include "validation/Validator.h"

#include <QElapsedTimer>
#include <QUndoStack>

using Part = ConnectorDocument::Part;

namespace {

ValidationPass::SnapshotFile snapshotOf(const json::JsonFile &file)
{
    ValidationPass::SnapshotFile snapshot {file.toText(), file.fileName(), file.encoding(), file.hasBom(), 0};
    snapshot.bytes = file.encodedSize(snapshot.text);
    return snapshot;
}

json::JsonFile read(const ValidationPass::SnapshotFile &snapshot)
{
    return json::JsonFile::fromText(snapshot.text, snapshot.name, snapshot.encoding, snapshot.bom);
}

} // namespace

ValidationPass::Snapshot ValidationPass::snapshot(const ConnectorDocument &document,
                                                  const QSet<QString> &disabledRules)
{
    return {snapshotOf(document.file(Part::Definition)), snapshotOf(document.file(Part::Properties)),
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
    const json::JsonFile definition = read(snapshot.definition);
    const json::JsonFile properties = read(snapshot.properties);
    Validator validator;
    validator.setDisabledRules(snapshot.disabledRules);
    // Parsed from the saved text, so the validator's own locations are current lines.
    pass.findings = validator.validate(definition, properties, snapshot.definition.bytes);
    pass.budget = ConnectorBudget::measure(definition, snapshot.definition.bytes);
    pass.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    return pass;
}
