#pragma once

#include "import/ImportedConnector.h"
#include "json/JsonValue.h"

#include <QString>
#include <QStringList>

// Shared helpers of the import tests.
namespace ImportTest {

// The node at pointer in the imported definition (or properties), null when missing.
const json::JsonValue *at(const ImportedConnector &result, const QString &pointer);
const json::JsonValue *propertiesAt(const ImportedConnector &result, const QString &pointer);
QString text(const ImportedConnector &result, const QString &pointer);
// Compact JSON of the node at pointer ("" when missing), for exact comparisons.
QString compact(const ImportedConnector &result, const QString &pointer);
QString compactOf(const json::JsonValue *value); // strings unquoted, containers without spaces
// Report entries whose message contains needle.
QList<ImportReport::Entry> entries(const ImportedConnector &result, const QString &needle);
// Findings of the project's structural rules (Swagger structure, references, parameters,
// operationIds) on the imported files, as text; empty when none.
QStringList structuralErrors(const ImportedConnector &result);
QStringList structuralRuleIds();

} // namespace ImportTest
