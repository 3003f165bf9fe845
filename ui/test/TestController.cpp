#include "TestController.h"

#include "AsyncOperationTest.h"
#include "TestAllRun.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "demo/DemoServer.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "runner/ConnectionTokenRefresh.h"
#include "runner/TestValueGenerator.h"
#include "settings/AppSettings.h"
#include "json/JsonValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace {
const QString kSampleHost = QStringLiteral("api.contoso-hr.example");

// "a/b/0" or "/a/b" into a JSON value; Undefined when a step is missing.
QJsonValue walk(QJsonValue value, const QString &path)
{
    const QStringList steps = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        if (value.isObject())
            value = value.toObject().value(step);
        else if (value.isArray())
            value = value.toArray().at(step.toInt());
        else
            return QJsonValue::Undefined;
    }
    return value;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : TestValueGenerator::toText(value);
}
} // namespace

TestController::TestController(ConnectorDocument *document, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_network(new QNetworkAccessManager(this)),
      m_connections(std::make_unique<ConnectionStore>()),
      m_single(new AsyncOperationTest(document, m_network, this)),
      m_all(new TestAllRun(document, m_network, this))
{
    m_connections->load();
    // Edit > Preferences holds the request timeout and retries; a change applies to the next call.
    applySettings();
    connect(AppSettings::instance(), &AppSettings::changed, this, &TestController::applySettings);
}

TestController::~TestController() = default;

void TestController::applySettings()
{
    RunOptions options;
    options.timeoutMs = AppSettings::instance()->requestTimeoutSeconds() * 1000;
    options.maxAttempts = AppSettings::instance()->requestRetries() + 1;
    setRunOptions(options);
}

SecretStore *TestController::secrets()
{
    if (m_injectedSecrets)
        return m_injectedSecrets;
    if (!m_ownSecrets)
        m_ownSecrets = std::make_unique<SecretStore>();
    return m_ownSecrets.get();
}

void TestController::setConnectionStore(std::unique_ptr<ConnectionStore> store)
{
    m_connections = std::move(store);
    m_connections->load();
}

QString TestController::connectorId() const
{
    return m_document->isUntitled() ? m_document->displayName() : m_document->folderPath();
}

QStringList TestController::connectionNames() const
{
    QStringList names;
    for (const Connection &c : m_connections->connectionsFor(connectorId()))
        names.append(c.name);
    return names;
}

bool TestController::isSample() const
{
    const json::JsonValue *host = m_document->value(ConnectorDocument::Part::Definition,
                                                    json::JsonPointer::fromString(QStringLiteral("/host")));
    return host && host->toString() == kSampleHost;
}

DemoServer *TestController::demoServer(QString *error)
{
    if (!m_demo) {
        auto demo = std::make_unique<DemoServer>();
        if (!demo->start(0, error))
            return nullptr;
        m_demo = std::move(demo);
    }
    return m_demo.get();
}

void TestController::selectNone()
{
    m_target = Target::None;
    m_connectionName.clear();
    emit targetChanged();
}

bool TestController::selectDemo(QString *error)
{
    if (!demoServer(error))
        return false;
    m_target = Target::Demo;
    m_connectionName.clear();
    emit targetChanged();
    return true;
}

void TestController::selectConnection(const QString &name)
{
    m_target = Target::Stored;
    m_connectionName = name;
    emit targetChanged();
}

Credentials TestController::credentials()
{
    Credentials credentials;
    if (m_target == Target::Demo && m_demo) {
        credentials.apiKey = m_demo->apiKey();
        credentials.connectionParameters.insert(QStringLiteral("api_key"), m_demo->apiKey());
    } else if (m_target == Target::Stored) {
        const Connection *connection = m_connections->find(connectorId(), m_connectionName);
        if (!connection)
            return credentials;
        // The same mapping as the CLI's CONNECTOR_SECRET_<NAME> variables, fed from the
        // connection's fields and secrets instead of the environment.
        QProcessEnvironment values;
        for (auto it = connection->fields.cbegin(); it != connection->fields.cend(); ++it)
            values.insert(Credentials::environmentName(it.key()), it.value());
        const SecretStore::Secrets secret = secrets()->secrets(connection->secretKey());
        for (auto it = secret.cbegin(); it != secret.cend(); ++it)
            values.insert(Credentials::environmentName(it.key()), it.value());
        credentials = Credentials::fromEnvironment(*m_document, values);
    }
    return credentials;
}

ConnectionTokenRefresh *TestController::tokenRefresh()
{
    const Connection *connection
        = m_target == Target::Stored ? m_connections->find(connectorId(), m_connectionName) : nullptr;
    OAuthConfig config;
    QString error;
    if (!connection || connection->authKind != Connection::AuthKind::OAuth2
        || !ConnectionTokenRefresh::connectorConfig(*m_document, &config, &error)) {
        m_tokenRefresh = nullptr; // an older one stays alive (parented) for a call still using it
        return nullptr;
    }
    const SecretStore::Secrets secret = secrets()->secrets(connection->secretKey());
    // Kept while the stored connection is what it holds: a renewed token is in both.
    if (m_tokenRefresh && m_tokenRefresh->connection() == *connection && m_tokenRefresh->secrets() == secret)
        return m_tokenRefresh;
    if (config.clientId.isEmpty())
        config.clientId = connection->fields.value(QStringLiteral("clientId"),
                                                   connection->fields.value(QStringLiteral("client_id")));
    config.clientSecret = secret.value(QStringLiteral("client_secret"));
    config.clientAuthentication = connection->clientAuthentication;
    config.timeoutMs = AppSettings::instance()->requestTimeoutSeconds() * 1000;
    // The old one is not deleted: a call may still wait on its token request (it is parented).
    m_tokenRefresh
        = new ConnectionTokenRefresh(m_network, config, ConnectionTokenRefresh::Grant::Refresh, this);
    m_tokenRefresh->setConnection(*connection, secret, m_connections.get(), secrets());
    return m_tokenRefresh;
}

QString TestController::baseUrl() const
{
    return m_target == Target::Demo && m_demo ? m_demo->baseUrl().toString() : QString();
}

void TestController::setRunOptions(const RunOptions &options)
{
    m_single->setOptions(options);
    m_all->setOptions(options);
}

void TestController::run(const OperationKey &key, RequestInput input)
{
    input.credentials = credentials();
    input.baseUrl = baseUrl();
    m_single->setTokenRefresh(tokenRefresh());
    m_single->start(key, input);
}

void TestController::runAll(const QList<OperationKey> &operations)
{
    m_all->setTokenRefresh(tokenRefresh());
    m_all->start(operations, credentials(), baseUrl());
}

void TestController::fetchDynamicValues(const QString &parameter, const DynamicInput &input,
                                        const QHash<QString, QString> &formValues)
{
    const OperationIndex index(m_document);
    const int at = index.indexOfOperationId(input.operationId);
    if (at < 0) {
        emit dynamicValuesReady(parameter, {}, tr("No operation '%1' to call.").arg(input.operationId));
        return;
    }
    const OperationKey key = index.at(at).key;
    RequestInput request = TestValueGenerator(*m_document).generate(OperationView(m_document, key));
    for (const DynamicInput::Mapping &m : input.parameters) {
        const QString value = m.fromParameter ? formValues.value(m.text) : m.text;
        if (!value.isEmpty())
            request.setValue(m.name, value);
    }
    request.credentials = credentials();
    request.baseUrl = baseUrl();
    auto *call = new AsyncOperationTest(m_document, m_network, this);
    call->setTokenRefresh(tokenRefresh());
    connect(call, &AsyncOperationTest::finished, this,
            [this, call, parameter, input](const OperationTest &test) {
                call->deleteLater();
                QString error = test.error;
                Choices choices;
                if (test.ran && test.result.isSuccess())
                    choices = choicesFrom(test.result.body, input, &error);
                else if (error.isEmpty())
                    error = tr("HTTP %1").arg(test.result.status);
                emit dynamicValuesReady(parameter, choices, error);
            });
    call->start(key, request);
}

TestController::Choices TestController::choicesFrom(const QByteArray &body, const DynamicInput &input,
                                                    QString *error)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isNull()) {
        *error = tr("The response of %1 is not JSON.").arg(input.operationId);
        return {};
    }
    const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    const QJsonValue collection = input.collectionPath.isEmpty() ? root : walk(root, input.collectionPath);
    if (!collection.isArray()) {
        *error = tr("No list at '%1' in the response of %2.").arg(input.collectionPath, input.operationId);
        return {};
    }
    Choices choices;
    for (const QJsonValue &item : collection.toArray()) {
        const QString value = text(input.valuePath.isEmpty() ? item : walk(item, input.valuePath));
        const QString title = input.titlePath.isEmpty() ? value : text(walk(item, input.titlePath));
        if (!value.isEmpty())
            choices.append({value, title.isEmpty() ? value : title});
    }
    error->clear();
    return choices;
}
