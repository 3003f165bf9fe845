#pragma once

#include "ValidationTestSupport.h"

// The data of the rule tests: for every rule, edits of the clean baseline that trigger it (with
// the severity and pointer of the expected finding) and edits that must not.
namespace vt {

struct RuleCase
{
    QString name;
    QString ruleId;
    bool triggers = true;
    ValidationFinding::Severity severity = ValidationFinding::Severity::Error;
    ConnectorDocument::Part part = ConnectorDocument::Part::Definition;
    QString pointer; // of the expected finding (triggering cases)
    Edits edits;
};

const QList<RuleCase> &ruleCases();

} // namespace vt
