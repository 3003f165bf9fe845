#pragma once

#include "QuickFix.h"
#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QString>

// One problem found by a validation rule, located by JSON pointer (and line/column when the
// node comes from the file as read).
struct ValidationFinding
{
    enum class Severity { Error, Warning, Info };

    QString ruleId;
    Severity severity = Severity::Error;
    QString message; // says what is wrong and what to do
    ConnectorDocument::Part part = ConnectorDocument::Part::Definition;
    json::JsonPointer pointer;
    QString fileName;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QuickFix fix; // empty when there is no obvious fix

    static QString severityName(Severity severity);
    static bool parseSeverity(const QString &name, Severity *out);
    // "file:line:col: severity: message [rule-id]", like a compiler.
    QString toText() const;
};
