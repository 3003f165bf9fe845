// libFuzzer harness for the JSON engine: parse (tolerant and strict), write back, re-parse.
// Invariants: no crash or hang on any input; a file that parses is written back byte-identically;
// the written bytes parse again to the same bytes; a failed parse names a located error.

#include "json/JsonFile.h"
#include "json/JsonParser.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QString kFileName = QStringLiteral("fuzz.json");

[[noreturn]] void fail(const char *what, const QByteArray &expected, const QByteArray &actual)
{
    std::fprintf(stderr, "fuzz_json: %s\n  input  (%lld bytes): %s\n  output (%lld bytes): %s\n", what,
                 static_cast<long long>(expected.size()), expected.left(400).toPercentEncoding().constData(),
                 static_cast<long long>(actual.size()), actual.left(400).toPercentEncoding().constData());
    std::abort();
}

void checkLocatedError(const json::JsonFile &file, const QByteArray &input)
{
    const json::JsonDiagnostic *error = file.firstError();
    if (!error)
        fail("invalid file without an error diagnostic", input, QByteArray());
    if (error->line < 1 || error->column < 1)
        fail("error without a line and column", input, error->format(kFileName).toUtf8());
    (void)file.errorString();
}

void checkRoundTrip(const json::JsonFile &file, const QByteArray &input)
{
    const QByteArray output = file.toBytes();
    if (output != input)
        fail("toBytes() differs from the input", input, output);

    // Already equal to the input, but this also exercises parsing what the writer produced.
    const json::JsonFile again = json::JsonFile::fromBytes(output, kFileName);
    if (!again.isValid())
        fail("written bytes do not parse again", input, output);
    if (again.toBytes() != output)
        fail("second round trip differs", output, again.toBytes());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const json::JsonFile tolerant = json::JsonFile::fromBytes(input, kFileName);
    if (tolerant.isValid())
        checkRoundTrip(tolerant, input);
    else
        checkLocatedError(tolerant, input);

    json::ParseOptions strictOptions;
    strictOptions.tolerant = false;
    const json::JsonFile strict = json::JsonFile::fromBytes(input, kFileName, strictOptions);
    if (strict.isValid()) {
        // Strict mode accepts a subset of what tolerant mode accepts.
        if (!tolerant.isValid())
            fail("strict parse succeeded where tolerant parse failed", input, QByteArray());
        checkRoundTrip(strict, input);
    } else {
        checkLocatedError(strict, input);
    }
    return 0;
}
