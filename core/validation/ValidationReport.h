#pragma once

#include "ValidationFinding.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Findings for people (compiler-style lines) and tools (JSON, SARIF 2.1.0 for code scanning).
namespace ValidationReport {

// The files as the user named them, e.g. "connectors/hr/apiDefinition.swagger.json".
struct Files
{
    QString definition;
    QString properties;
    QString fileOf(ConnectorDocument::Part part) const
    {
        return part == ConnectorDocument::Part::Definition ? definition : properties;
    }
};

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
Counts count(const QList<ValidationFinding> &findings);
// "2 errors, 1 warning, 0 infos"
QString summary(const Counts &counts);

// "file:line:col: severity: message [rule-id]" per finding, each ending with a newline.
QString text(const QList<ValidationFinding> &findings, const Files &files);
QByteArray json(const QList<ValidationFinding> &findings, const Files &files);
QByteArray sarif(const QList<ValidationFinding> &findings, const Files &files, const QString &toolVersion);

} // namespace ValidationReport
