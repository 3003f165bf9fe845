#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Connectors with known validation problems for the GUI tests: a copy of the sample with
// some text replaced.
namespace ProblemConnector {

// Copies the sample into folder and applies each (from, to) replacement to its definition
// (each must match exactly once). False when a replacement does not apply.
bool write(const QString &folder, const QList<QPair<QByteArray, QByteArray>> &definitionEdits);

// The sample with: the first operation's x-ms-visibility misspelled (extension-name-typo,
// warning, with a rename fix), a 41-character title (title-length, error) and a basePath
// without its '/' (base-path-format, error, with a fix).
bool writeKnownProblems(const QString &folder);
inline constexpr char LongTitle[] = "Contoso Human Resources Directory Service";

// The 1-based line of the first line of text containing needle, 0 when none.
int lineOf(const QString &text, const QString &needle);

} // namespace ProblemConnector
