#pragma once

#include "domain/DynamicInput.h"
#include "domain/OperationKey.h"
#include "runner/OperationTest.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>

class AsyncOperationTest;
class ConnectionStore;
class ConnectionTokenRefresh;
class ConnectorDocument;
class DemoServer;
class QNetworkAccessManager;
class SecretStore;
class TestAllRun;

// The Test tab's logic without widgets: which connection a call uses (a stored one, the
// built-in demo API, or none), the credentials and base URL that follow from it, one running
// test, "Test all", and dynamic values fetched by calling the referenced operation.
class TestController : public QObject
{
    Q_OBJECT

public:
    enum class Target { None, Demo, Stored };
    using Choices = QList<QPair<QString, QString>>; // value, title

    explicit TestController(ConnectorDocument *document, QObject *parent = nullptr);
    ~TestController() override;

    ConnectorDocument *document() const { return m_document; }
    QNetworkAccessManager *network() const { return m_network; }
    ConnectionStore *connections() const { return m_connections.get(); }
    // Created on first use: probing the keychain may take a moment. Tests inject a memory store.
    SecretStore *secrets();
    void setSecretStore(SecretStore *store) { m_injectedSecrets = store; }
    void setConnectionStore(std::unique_ptr<ConnectionStore> store);

    // The connector's identity in the ConnectionStore: its folder, or its title when untitled.
    QString connectorId() const;
    QStringList connectionNames() const;
    // True for the bundled sample (its host), the connector the demo API serves.
    bool isSample() const;
    // Starts the demo API on first use; nullptr with error set when it cannot listen.
    DemoServer *demoServer(QString *error = nullptr);

    Target target() const { return m_target; }
    QString connectionName() const { return m_connectionName; }
    void selectNone();
    bool selectDemo(QString *error = nullptr);
    void selectConnection(const QString &name);
    Credentials credentials();
    // The OAuth token source of the stored connection in use (created when it changes); nullptr
    // for a connection that is not OAuth 2.0 or a connector without OAuth settings.
    ConnectionTokenRefresh *tokenRefresh();
    QString baseUrl() const; // the override; empty: the definition's host

    AsyncOperationTest *single() const { return m_single; }
    TestAllRun *all() const { return m_all; }
    void setRunOptions(const RunOptions &options);
    // The timeout and retries from the preferences (called on start and on every change).
    void applySettings();
    void run(const OperationKey &key, RequestInput input); // credentials and base URL added
    void runAll(const QList<OperationKey> &operations);

    // Calls input.operationId with values mapped from the form; dynamicValuesReady() follows.
    void fetchDynamicValues(const QString &parameter, const DynamicInput &input,
                            const QHash<QString, QString> &formValues);
    // The value/title pairs a dynamic-values response lists.
    static Choices choicesFrom(const QByteArray &body, const DynamicInput &input, QString *error);

signals:
    void targetChanged();
    void dynamicValuesReady(const QString &parameter, const TestController::Choices &choices,
                            const QString &error);

private:
    ConnectorDocument *m_document;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_injectedSecrets = nullptr;
    std::unique_ptr<DemoServer> m_demo;
    AsyncOperationTest *m_single;
    TestAllRun *m_all;
    ConnectionTokenRefresh *m_tokenRefresh = nullptr;
    Target m_target = Target::None;
    QString m_connectionName;
};
