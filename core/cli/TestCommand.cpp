#include "TestCommand.h"

#include "CliExitCode.h"
#include "ValidateCommand.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "runner/ConnectionCredentials.h"
#include "runner/OperationTest.h"
#include "runner/ResourceChain.h"
#include "runner/TestValueGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace cli {

namespace {

constexpr int ExitFailed = 1;

struct Options
{
    QString path;
    QString operationId;
    bool all = false;
    QString format = QStringLiteral("text");
    QString baseUrl;
    QStringList params;
    QString bodyFile;
    QString connection;
    QString oauthGrant;
    RunOptions run;
};

QString parseOptions(QStringList args, Options *options)
{
    QStringList operations, formats, baseUrls, bodies, connections, grants, timeouts, attempts;
    QString error;
    if (!ValidateCommand::takeOption(args, QStringLiteral("--operation"), &operations, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--param"), &options->params, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--body"), &bodies, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--base-url"), &baseUrls, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--format"), &formats, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--connection"), &connections, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--timeout"), &timeouts, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--attempts"), &attempts, &error)
        || !ValidateCommand::takeOption(args, QStringLiteral("--oauth-grant"), &grants, &error))
        return error;
    options->connection = connections.value(connections.size() - 1);
    options->oauthGrant = grants.value(grants.size() - 1);
    if (!grants.isEmpty() && options->oauthGrant != QLatin1String("client_credentials"))
        return QStringLiteral("--oauth-grant takes client_credentials, not '%1'").arg(options->oauthGrant);
    options->run.retryNonIdempotent = args.removeAll(QStringLiteral("--retry-non-idempotent")) > 0;
    options->all = args.removeAll(QStringLiteral("--all")) > 0;
    options->operationId = operations.value(operations.size() - 1);
    options->bodyFile = bodies.value(bodies.size() - 1);
    options->baseUrl = baseUrls.value(baseUrls.size() - 1);
    if (!formats.isEmpty())
        options->format = formats.last();
    if (options->format != QLatin1String("text") && options->format != QLatin1String("json"))
        return QStringLiteral("unknown format '%1' (text or json)").arg(options->format);
    bool ok = true;
    if (!timeouts.isEmpty() && ((options->run.timeoutMs = timeouts.last().toInt(&ok)) <= 0 || !ok))
        return QStringLiteral("--timeout takes milliseconds, more than 0");
    if (!attempts.isEmpty() && ((options->run.maxAttempts = attempts.last().toInt(&ok)) <= 0 || !ok))
        return QStringLiteral("--attempts takes a number, 1 or more");
    if (options->all == !options->operationId.isEmpty())
        return QStringLiteral("give either --operation ID or --all");
    if (options->all && (!options->params.isEmpty() || !options->bodyFile.isEmpty()))
        return QStringLiteral("--param and --body go with --operation, not --all");
    for (const QString &param : std::as_const(options->params)) {
        if (param.indexOf(QLatin1Char('=')) <= 0)
            return QStringLiteral("--param takes name=value, not '%1'").arg(param);
    }
    QStringList positional;
    QString unknown;
    if (!ValidateCommand::splitPositional(args, &positional, &unknown))
        return QStringLiteral("unknown option '%1'").arg(unknown);
    if (positional.size() != 1)
        return QStringLiteral("expected one PATH");
    options->path = positional.first();
    return {};
}

QString statusText(const OperationTest &test)
{
    return test.ran ? QString::number(test.result.status) : QStringLiteral("-");
}

QString schemaText(const OperationTest &test)
{
    if (!test.ran || !test.schema.checked)
        return QStringLiteral("-");
    return test.schema.valid ? QStringLiteral("valid")
                             : QStringLiteral("%1 off").arg(test.schema.mismatches.size());
}

QString readBody(const QString &path, QByteArray *body)
{
    QFile file(path);
    const bool opened
        = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    *body = file.readAll();
    return {};
}

// The body goes out as it is in the file (key order, spacing): it is only parsed to say where
// it is broken when the operation sends JSON.
QString checkJsonBody(const OperationView &operation, const QString &path, const QByteArray &body)
{
    const QStringList consumes = operation.consumes();
    const bool json = consumes.isEmpty() || consumes.join(QLatin1Char(' ')).contains(QLatin1String("json"));
    if (!json || !operation.bodyParameter())
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const QByteArray before = body.left(error.offset);
    return QStringLiteral("%1:%2:%3: not JSON: %4")
        .arg(path)
        .arg(before.count('\n') + 1)
        .arg(error.offset - (before.lastIndexOf('\n') + 1) + 1)
        .arg(error.errorString());
}

// The credentials of the run and what renews its OAuth token after a 401.
struct CredentialSource
{
    explicit CredentialSource(const ConnectorDocument &document, const QString &path)
        : resolver(document, path)
    { }
    ConnectionCredentials resolver;
    ConnectionStore connections;
    // Only probed when a connection is named: the keychain may take a moment to answer.
    std::unique_ptr<SecretStore> secrets;
};

QString resolveCredentials(const Options &options, QNetworkAccessManager *network, CredentialSource *source,
                           QTextStream &err)
{
    ConnectionCredentials &resolver = source->resolver;
    QString error;
    if (!options.connection.isEmpty()) {
        source->secrets = std::make_unique<SecretStore>();
        if (!resolver.useConnection(&source->connections, source->secrets.get(), options.connection, &error))
            return error;
        if (!resolver.refreshIfExpired(network, options.run.timeoutMs, &error))
            return error;
    }
    if (options.oauthGrant == QLatin1String("client_credentials")
        && !resolver.useClientCredentials(network, options.run.timeoutMs, &error))
        return error;
    for (const QString &note : resolver.notes())
        err << "note: " << note << '\n';
    return {};
}

// A 401 with a renewable OAuth token: renew it once and send the same call once more.
OperationTest runWithRenewal(const ConnectorDocument &document, const OperationView &operation,
                             RequestInput input, QNetworkAccessManager *network, const Options &options,
                             CredentialSource *source)
{
    OperationTest test = OperationTest::run(document, operation, input, network, options.run);
    if (!test.ran || test.result.status != 401 || !source->resolver.canRenew())
        return test;
    QString error;
    const int known = int(source->resolver.notes().size());
    if (!source->resolver.renew(network, options.run.timeoutMs, &error)) {
        test.result.notes
            << QObject::tr("the API answered 401; renewing the OAuth token failed: %1").arg(error);
        return test;
    }
    input.credentials.bearerToken = source->resolver.credentials().bearerToken;
    OperationTest again = OperationTest::run(document, operation, input, network, options.run);
    again.result.notes.prepend(
        QObject::tr("the API answered 401: the OAuth token was renewed and the call sent again"));
    for (const QString &note : source->resolver.notes().mid(known))
        again.result.notes.prepend(note);
    return again;
}

} // namespace

QString TestCommand::summary() const
{
    return QStringLiteral("call an operation (or all) and check the responses against their schemas");
}

QString TestCommand::help() const
{
    return QStringLiteral(
        "Usage: connector-designer test PATH --operation ID [--param NAME=VALUE]... [--body FILE]\n"
        "                               [--base-url URL] [--format text|json] [--timeout MS] [--attempts N]\n"
        "                               [--connection NAME] [--oauth-grant client_credentials]\n"
        "       connector-designer test PATH --all [--base-url URL] [--format text|json] ...\n"
        "\n"
        "Sends the operation's request (policies applied) and checks the response against the\n"
        "schema declared for its status. Values not given come from x-ms-test-value, default,\n"
        "examples or are generated from the schema; --all tests every operation that way, creates\n"
        "first and deletes last, an operation on a created item using the ID the create returned.\n"
        "Secrets come from the environment: CONNECTOR_SECRET_<NAME>, NAME the connection\n"
        "parameter upper-cased with other characters as '_' (api_key -> CONNECTOR_SECRET_API_KEY);\n"
        "CONNECTOR_SECRET_USERNAME/_PASSWORD for basic, CONNECTOR_SECRET_TOKEN for OAuth 2.0.\n"
        "\n"
        "  --param NAME=VALUE  a parameter value; repeat for an array parameter\n"
        "  --body FILE         the request body, sent byte for byte ('-' for stdin); checked to be\n"
        "                      JSON when the operation sends JSON\n"
        "  --base-url URL      instead of the definition's scheme, host and basePath\n"
        "  --format F          text (default) or json: per operation operationId, status (null\n"
        "                      without a response), schemaValid, error, timings, attempts, mismatches\n"
        "  --timeout MS        per attempt (default 30000)\n"
        "  --attempts N        tries on connection errors, 429 and 503 (default 3); after a\n"
        "                      connection error only GET, HEAD, OPTIONS, TRACE, PUT, DELETE go again\n"
        "  --retry-non-idempotent  also repeat POST, PATCH... after a connection error\n"
        "  --connection NAME   a connection saved in the GUI for this connector: its values and\n"
        "                      keychain secrets (CONNECTOR_SECRET_<NAME> variables override them);\n"
        "                      an expired OAuth token is refreshed and stored back in the keychain,\n"
        "                      and renewed once (the call sent once more) when the API answers 401\n"
        "  --oauth-grant client_credentials\n"
        "                      get a token from the connector's token URL with its client id and\n"
        "                      CONNECTOR_SECRET_CLIENT_SECRET (or the connection's secret)\n"
        "\n"
        "Exit codes: 0 every response 2xx and matching its schema; 1 otherwise;\n"
        "2 bad arguments, not a connector, or the request could not be sent (no response).\n");
}

int TestCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const std::optional<int> stop = readOptions(args, parseOptions, &options, out, err))
        return *stop;
    ConnectorDocument document;
    if (!openConnector(document, options.path, err))
        return ExitUsage;
    const OperationIndex index(&document);
    QList<int> selected;
    if (options.all) {
        for (int i = 0; i < index.size(); ++i)
            selected.append(i);
    } else if (index.indexOfOperationId(options.operationId) < 0) {
        return usageError(err,
                          QStringLiteral("no operation '%1' in %2").arg(options.operationId, options.path));
    } else {
        selected.append(index.indexOfOperationId(options.operationId));
    }
    QNetworkAccessManager network;
    CredentialSource source(document, options.path);
    const QString problemWithCredentials = resolveCredentials(options, &network, &source, err);
    if (!problemWithCredentials.isEmpty()) {
        err << "error: " << problemWithCredentials << '\n';
        return ExitUsage;
    }
    QByteArray body;
    if (!options.bodyFile.isEmpty()) {
        const QString problemWithBody = readBody(options.bodyFile, &body);
        if (!problemWithBody.isEmpty())
            return usageError(err, problemWithBody);
    }
    QHash<QString, QStringList> given; // user values replace generated ones
    for (const QString &param : std::as_const(options.params))
        given[param.section(QLatin1Char('='), 0, 0)].append(param.section(QLatin1Char('='), 1));
    const TestValueGenerator generator(document);
    ResourceChain chain;
    QList<OperationTest> tests;
    for (const int i : ResourceChain::order(index, selected)) {
        const OperationView operation(&document, index.at(i).key);
        RequestInput input = generator.generate(operation);
        input.credentials = source.resolver.credentials(); // renewed after a 401 for the next ones too
        input.baseUrl = options.baseUrl;
        chain.apply(operation, given, &input);
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            input.values.insert(it.key(), it.value());
        if (!options.bodyFile.isEmpty()) {
            const QString invalid = checkJsonBody(operation, options.bodyFile, body);
            if (!invalid.isEmpty())
                return usageError(err, invalid);
            input.body = body;
            input.hasBody = true;
        }
        tests.append(runWithRenewal(document, operation, input, &network, options, &source));
        chain.learn(operation, tests.last());
    }
    if (options.format == QLatin1String("json")) {
        QJsonArray array;
        for (const OperationTest &test : std::as_const(tests))
            array.append(test.toJson());
        const QJsonDocument json
            = options.all ? QJsonDocument(array) : QJsonDocument(array.first().toObject());
        out << QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    } else if (options.all) {
        printTable(tests, out);
    } else {
        printOne(tests.first(), out);
    }
    if (!options.all && !tests.first().ran)
        return ExitUsage;
    for (const OperationTest &test : std::as_const(tests)) {
        if (!test.passed)
            return ExitFailed;
    }
    return ExitOk;
}

void TestCommand::printOne(const OperationTest &test, QTextStream &out)
{
    if (!test.request.isValid()) {
        out << test.operationId << ": " << test.error << '\n';
        return;
    }
    out << test.request.method << ' ' << test.request.maskedUrl() << '\n';
    for (const QString &note : test.request.notes + test.result.notes)
        out << "note: " << note << '\n';
    for (int i = 0; i < test.result.attempts.size(); ++i) {
        const RunAttempt &attempt = test.result.attempts.at(i);
        out << QStringLiteral("attempt %1: %2 after %3 ms wait, %4 ms\n")
                   .arg(i + 1)
                   .arg(attempt.status ? QString::number(attempt.status) : attempt.error)
                   .arg(attempt.waitedMs)
                   .arg(attempt.elapsedMs);
    }
    if (!test.ran) {
        out << "error: " << test.error << '\n';
        return;
    }
    out << QStringLiteral("status: %1 %2, %3 ms, %4 bytes\n")
               .arg(test.result.status)
               .arg(QString::fromUtf8(test.result.reason))
               .arg(test.result.totalMs)
               .arg(test.result.size);
    if (!test.schema.checked)
        out << "schema: not checked (" << test.schema.note << ")\n";
    else if (test.schema.valid)
        out << "schema: valid (" << test.schema.responseKey << ")\n";
    for (const SchemaMismatch &m : test.schema.mismatches)
        out << "schema: " << m.path << ": expected " << m.expected << ", got " << m.actual << " ("
            << m.message << ")\n";
    if (!test.result.body.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(test.result.body);
        out << '\n'
            << (json.isNull() ? QString::fromUtf8(test.result.body)
                              : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
        if (!test.result.body.endsWith('\n') && json.isNull())
            out << '\n';
    }
}

void TestCommand::printTable(const QList<OperationTest> &tests, QTextStream &out)
{
    int width = 9;
    for (const OperationTest &test : tests)
        width = qMax(width, int(test.operationId.size()));
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("OPERATION").leftJustified(width),
                    QStringLiteral("METHOD").leftJustified(6), QStringLiteral("STATUS"),
                    QStringLiteral("SCHEMA").leftJustified(8), QStringLiteral("TIME").rightJustified(8),
                    QStringLiteral("RESULT"));
    int passed = 0;
    for (const OperationTest &test : tests) {
        passed += test.passed ? 1 : 0;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(test.operationId.leftJustified(width),
                        QString::fromLatin1(test.request.method).leftJustified(6),
                        statusText(test).leftJustified(6), schemaText(test).leftJustified(8),
                        QStringLiteral("%1 ms").arg(test.result.totalMs).rightJustified(8),
                        test.passed ? QStringLiteral("ok") : test.error);
    }
    out << QStringLiteral("%1 operations: %2 passed, %3 failed\n")
               .arg(tests.size())
               .arg(passed)
               .arg(tests.size() - passed);
}

} // namespace cli
