#pragma once

#include "ValidationFinding.h"

#include <QString>

class ValidationContext;

// One check: a stable id (used in output and to switch it off), a default severity, a one-line
// summary for documentation, and the function that reports its findings.
struct ValidationRule
{
    QString id;
    ValidationFinding::Severity severity;
    QString summary;
    void (*check)(ValidationContext &context);
};
