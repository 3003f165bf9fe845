#pragma once

#include "JsonDiagnostic.h"
#include "JsonValue.h"

#include <QList>

#include <memory>

namespace json {

struct ParseOptions
{
    bool tolerant = true;          // accept comments, trailing commas, control characters, ...
    int maxDepth = 512;            // nesting limit: deeper input is an error, not a stack overflow
    int maxStringLength = 16 * 1024 * 1024;
};

struct ParseResult
{
    std::unique_ptr<JsonValue> root;   // null when an error stopped parsing
    std::shared_ptr<const JsonSource> source;
    QList<JsonDiagnostic> diagnostics; // warnings, and at most one error
    int rootStart = 0;                 // the root's span; text around it is kept as trivia
    int rootEnd = 0;

    bool ok() const { return root != nullptr; }
    const JsonDiagnostic *error() const;
};

// Recursive-descent parser that keeps every node's source span.
class JsonParser
{
public:
    static ParseResult parse(const QString &text, const ParseOptions &options = {});
    // Parses a standalone value (e.g. a CLI argument); strict unless told otherwise.
    static std::unique_ptr<JsonValue> parseValue(const QString &text, QString *errorMessage,
                                                 const ParseOptions &options = {false});

private:
    class Impl;
};

} // namespace json
