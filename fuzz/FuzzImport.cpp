// libFuzzer harness for the importers; CD_FUZZ_IMPORTER picks one (built once per importer):
// 1 Postman, 2 OpenAPI 3 / Swagger 2.0 (JSON or YAML), 3 the YAML reader alone, 4 curl.
// Invariants: no crash or hang on any input; an import that succeeds gives a definition and
// properties whose bytes parse again as strict JSON; one that fails says why in an error entry;
// a YAML document that does not read has a message and a line:column.

#include "import/ConnectorImporter.h"
#include "import/InputTree.h"
#include "json/JsonFile.h"
#include "json/JsonParser.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef CD_FUZZ_IMPORTER
#define CD_FUZZ_IMPORTER 1
#endif

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "fuzz_import: %s\n  input (%lld bytes): %s\n", what,
                 static_cast<long long>(input.size()), input.left(400).toPercentEncoding().constData());
    std::abort();
}

void checkStrictJson(const QByteArray &bytes, const QByteArray &input)
{
    json::ParseOptions strict;
    strict.tolerant = false;
    if (!json::JsonFile::fromBytes(bytes, QStringLiteral("out.json"), strict).isValid())
        fail("the importer wrote bytes that are not strict JSON", input);
}

void checkImport(ConnectorImporter::Format format, const QByteArray &input)
{
    const ImportedConnector result = ConnectorImporter::import(input, format);
    if (!result.ok()) {
        if (!result.report.hasErrors())
            fail("a failed import without an error entry", input);
        return;
    }
    if (!result.properties)
        fail("an import without apiProperties.json", input);
    checkStrictJson(result.definitionBytes(), input);
    checkStrictJson(result.propertiesBytes(), input);
    (void)result.report.text(QStringLiteral("fuzz"));
    (void)result.report.json(QStringLiteral("fuzz"));
}

void checkYaml(const QByteArray &input)
{
    const InputTree tree = InputTree::parseYaml(QString::fromUtf8(input));
    if (tree.ok()) {
        (void)tree.locate(tree.root());
        return;
    }
    if (tree.error().isEmpty())
        fail("a YAML error without a message", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    switch (CD_FUZZ_IMPORTER) {
    case 1:
        checkImport(ConnectorImporter::Format::Postman, input);
        break;
    case 2:
        checkImport(ConnectorImporter::Format::Auto, input);
        break;
    case 3:
        checkYaml(input);
        break;
    default:
        checkImport(ConnectorImporter::Format::Curl, input);
        break;
    }
    return 0;
}
