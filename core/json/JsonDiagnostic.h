#pragma once

#include <QString>

namespace json {

// A finding while reading a JSON file: tolerated irregularities are warnings,
// anything that stops parsing is an error. Line and column are 1-based.
struct JsonDiagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Warning;
    QString code;    // stable id, e.g. "trailing-comma", "duplicate-key", "syntax"
    QString message; // readable reason
    int offset = -1; // character offset in the decoded text
    int line = 0;
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    // "file:line:column: warning: message"
    QString format(const QString &fileName) const;
};

} // namespace json
