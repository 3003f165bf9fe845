#pragma once

#include <QString>

// Turns machine names into labels and labels into identifiers, for generated content.
class NameStyle
{
public:
    // "employeeId" / "employee_id" / "employee-id" -> "Employee ID" (title case, known acronyms).
    static QString label(const QString &name);
    // "Get an employee" -> "GetAnEmployee"; keeps letters, digits and '_'; empty if none.
    static QString identifier(const QString &text);
    // Why an operationId is unusable, or empty when fine (letters, digits, '_', '-', '.').
    static QString operationIdProblem(const QString &operationId);
};
