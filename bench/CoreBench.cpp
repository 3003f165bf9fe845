// Core benchmarks (issue 8): what the CLI and the designer do with large inputs, in-process.
// Inputs: see BenchInputs. Run: cd-bench-core [--benchmark_filter=REGEX] (bench/run.sh runs all).
#include "BenchInputs.h"

#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "domain/OperationKey.h"
#include "domain/OperationView.h"
#include "domain/SchemaInference.h"
#include "import/ConnectorImporter.h"
#include "runner/RequestBuilder.h"
#include "runner/TestValueGenerator.h"
#include "validation/Validator.h"
#include "json/JsonFile.h"
#include "json/JsonPointer.h"
#include "json/JsonValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using Part = ConnectorDocument::Part;

// 1 MB and 6 MB definitions from gen-swagger2.js (330/160 and 2,000/1,000 operations/definitions).
QString definitionOfSize(int megabytes)
{
    return megabytes == 1 ? BenchInputs::generatedSwagger(330, 160)
                          : BenchInputs::generatedSwagger(2000, 1000);
}

void setLabel(benchmark::State &state, qint64 bytes)
{
    state.SetBytesProcessed(qint64(state.iterations()) * bytes);
    state.counters["input_MB"] = double(bytes) / (1024 * 1024);
}

void parseDefinition(benchmark::State &state)
{
    const QByteArray bytes = BenchInputs::readAll(definitionOfSize(int(state.range(0))));
    for (auto _ : state) {
        json::JsonFile file = json::JsonFile::fromBytes(bytes, QStringLiteral("apiDefinition.swagger.json"));
        if (!file.isValid())
            state.SkipWithError("does not parse");
        benchmark::DoNotOptimize(file.root());
    }
    setLabel(state, bytes.size());
}

void writeDefinition(benchmark::State &state)
{
    const QByteArray bytes = BenchInputs::readAll(definitionOfSize(int(state.range(0))));
    const json::JsonFile file
        = json::JsonFile::fromBytes(bytes, QStringLiteral("apiDefinition.swagger.json"));
    for (auto _ : state) {
        const QByteArray out = file.toBytes();
        if (out.size() != bytes.size())
            state.SkipWithError("not byte-identical");
        benchmark::DoNotOptimize(out.data());
    }
    setLabel(state, bytes.size());
}

// One field edit through the document (one undo step) and a save that writes the changed file.
void editAndSave(benchmark::State &state)
{
    const int megabytes = int(state.range(0));
    const QString source = megabytes == 1 ? BenchInputs::generatedConnector(330, 160)
                                          : BenchInputs::generatedConnector(2000, 1000);
    QTemporaryDir dir;
    for (const QString &name : {ConnectorDocument::DefinitionFileName, ConnectorDocument::PropertiesFileName})
        QFile::copy(source + '/' + name, dir.filePath(name));
    ConnectorDocument document;
    QString error;
    if (!document.open(dir.path(), &error))
        BenchInputs::fail(error);
    const json::JsonPointer title = json::JsonPointer::fromString(QStringLiteral("/info/title"));
    int round = 0;
    for (auto _ : state) {
        // Not mergeable: each edit is its own undo step, as after a pause in typing.
        if (!document.setString(Part::Definition, title, QStringLiteral("Edited %1").arg(++round), &error,
                                false)
            || !document.save(&error))
            state.SkipWithError(qPrintable(error));
    }
    setLabel(state, QFileInfo(dir.filePath(ConnectorDocument::DefinitionFileName)).size());
}

void validateLargestCorpusConnector(benchmark::State &state)
{
    ConnectorDocument document;
    QString error;
    const QString folder = BenchInputs::largestCorpusConnector();
    if (!document.open(folder, &error))
        BenchInputs::fail(error);
    Validator validator;
    qint64 findings = 0;
    for (auto _ : state)
        findings = validator.validate(document).size();
    state.counters["findings"] = double(findings);
    state.counters["operations"] = double(OperationIndex(&document).size());
    setLabel(state, document.file(Part::Definition).toBytes().size());
    state.SetLabel(qPrintable(QDir(folder).dirName()));
}

// Parse included: what `connector-designer validate` does with the file.
void validateGenerated(benchmark::State &state)
{
    const int ops = int(state.range(0));
    const QByteArray bytes = BenchInputs::readAll(BenchInputs::generatedSwagger(ops, ops / 2));
    Validator validator;
    qint64 findings = 0;
    for (auto _ : state) {
        const json::JsonFile definition = json::JsonFile::fromBytes(bytes, QStringLiteral("def.json"));
        findings = validator.validate(definition, json::JsonFile(), bytes.size()).size();
    }
    state.counters["findings"] = double(findings);
    setLabel(state, bytes.size());
}

void validateGeneratedRulesOnly(benchmark::State &state)
{
    const int ops = int(state.range(0));
    const QByteArray bytes = BenchInputs::readAll(BenchInputs::generatedSwagger(ops, ops / 2));
    const json::JsonFile definition = json::JsonFile::fromBytes(bytes, QStringLiteral("def.json"));
    Validator validator;
    validator.setThreads(int(state.range(1))); // `validate` uses every core
    for (auto _ : state)
        benchmark::DoNotOptimize(validator.validate(definition, json::JsonFile(), bytes.size()).size());
    setLabel(state, bytes.size());
}

void importPostman(benchmark::State &state)
{
    const QByteArray bytes = BenchInputs::readAll(BenchInputs::generatedPostman(int(state.range(0))));
    int operations = 0;
    for (auto _ : state) {
        const ImportedConnector result = ConnectorImporter::import(bytes, ConnectorImporter::Format::Postman);
        if (!result.ok())
            state.SkipWithError("import failed");
        operations = result.operationCount();
        benchmark::DoNotOptimize(result.definitionBytes().size());
    }
    state.counters["operations"] = operations;
    setLabel(state, bytes.size());
}

void convertOpenApi3Stripe(benchmark::State &state)
{
    const QByteArray bytes = BenchInputs::readAll(BenchInputs::corpus()
                                                  + QStringLiteral("/openapi/stripe__spec3.2022-04-12.json"));
    int operations = 0;
    for (auto _ : state) {
        const ImportedConnector result = ConnectorImporter::import(bytes, ConnectorImporter::Format::OpenApi);
        if (!result.ok())
            state.SkipWithError("conversion failed");
        operations = result.operationCount();
        benchmark::DoNotOptimize(result.definitionBytes().size());
    }
    state.counters["operations"] = operations;
    setLabel(state, bytes.size());
}

void inferSchema(benchmark::State &state)
{
    const QString text = QString::fromUtf8(BenchInputs::responseSample(int(state.range(0)) * 1024 * 1024));
    QString error;
    for (auto _ : state) {
        auto schema = SchemaInference::inferFromText(text, &error);
        if (!schema)
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(schema.get());
    }
    setLabel(state, text.toUtf8().size());
}

// Formerly timed in DomainViewsTest: rebuilding the operation index, filtering it, all views.
void openLargestCorpusConnector(ConnectorDocument *document)
{
    QString error;
    if (!document->open(BenchInputs::largestCorpusConnector(), &error))
        BenchInputs::fail(error);
}

void operationIndexOfLargestCorpusConnector(benchmark::State &state)
{
    ConnectorDocument document;
    openLargestCorpusConnector(&document);
    OperationIndex ops;
    for (auto _ : state)
        ops.rebuild(&document);
    state.counters["operations"] = ops.size();
}

void filterOperationIndex(benchmark::State &state)
{
    ConnectorDocument document;
    openLargestCorpusConnector(&document);
    const OperationIndex ops(&document);
    for (auto _ : state) {
        for (const QString &typed :
             {QStringLiteral("g"), QStringLiteral("ge"), QStringLiteral("get"), QStringLiteral("get u")})
            benchmark::DoNotOptimize(ops.filter(typed).size());
    }
}

void parameterViewsOfLargestCorpusConnector(benchmark::State &state)
{
    ConnectorDocument document;
    openLargestCorpusConnector(&document);
    const OperationIndex ops(&document);
    for (auto _ : state) {
        int params = 0;
        for (const OperationIndex::Entry &entry : ops.entries())
            params += int(OperationView(&document, entry.key).parameters().size());
        benchmark::DoNotOptimize(params);
    }
}

// What "Test all" does before sending: values for every operation (TestValueGenerator) and the
// request built from them (RequestBuilder: parameters, body, security, policies).
// 0: the largest corpus connector (219 operations); 200: gen-swagger2.js, 200 operations.
void buildAllRequests(benchmark::State &state)
{
    ConnectorDocument document;
    if (state.range(0) == 0) {
        openLargestCorpusConnector(&document);
    } else {
        const int count = int(state.range(0));
        document.newFromBytes(BenchInputs::readAll(BenchInputs::generatedSwagger(count, count / 2)),
                              QByteArrayLiteral("{}"));
    }
    const OperationIndex ops(&document);
    int valid = 0;
    for (auto _ : state) {
        const TestValueGenerator generator(document);
        const RequestBuilder builder(document);
        valid = 0;
        for (const OperationIndex::Entry &entry : ops.entries()) {
            const OperationView operation(&document, entry.key);
            const RunRequest request = builder.build(operation, generator.generate(operation));
            valid += request.isValid() ? 1 : 0;
            benchmark::DoNotOptimize(request.url());
        }
    }
    state.counters["operations"] = ops.size();
    state.counters["valid_requests"] = valid;
}

} // namespace

BENCHMARK(parseDefinition)->Name("parse")->Arg(1)->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(writeDefinition)->Name("write")->Arg(1)->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(editAndSave)->Name("edit_and_save")->Arg(1)->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(validateLargestCorpusConnector)->Name("validate_largest_corpus")->Unit(benchmark::kMillisecond);
BENCHMARK(validateGenerated)->Name("validate_generated_with_parse")->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(validateGeneratedRulesOnly)
    ->Name("validate_generated_rules_only")
    ->ArgNames({"ops", "threads"})
    ->Args({2000, 1})
    ->Args({2000, 2})
    ->UseRealTime() // wall time: the helper thread's CPU is not the caller's
    ->Unit(benchmark::kMillisecond);
BENCHMARK(importPostman)->Name("import_postman")->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(convertOpenApi3Stripe)->Name("openapi3_to_swagger2_stripe")->Unit(benchmark::kMillisecond);
BENCHMARK(inferSchema)->Name("infer_schema_MB")->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(operationIndexOfLargestCorpusConnector)
    ->Name("operation_index_rebuild")
    ->Unit(benchmark::kMillisecond);
BENCHMARK(filterOperationIndex)->Name("operation_index_filter_4_keys")->Unit(benchmark::kMicrosecond);
BENCHMARK(parameterViewsOfLargestCorpusConnector)->Name("parameter_views_all")->Unit(benchmark::kMillisecond);
BENCHMARK(buildAllRequests)
    ->Name("build_requests_all_operations")
    ->Arg(0)
    ->Arg(200)
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
