#pragma once

#include "domain/OperationKey.h"
#include "runner/OperationTest.h"

#include <QList>
#include <QObject>

class AsyncOperationTest;
class ConnectorDocument;
class QNetworkAccessManager;

// "Test all": every operation in turn with values from TestValueGenerator (x-ms-test-value,
// default, example, or generated from the schema), one request at a time so a slow endpoint
// or a rate limit only delays the next. An operation whose request cannot be built (a value
// that cannot be made up) reports why and the run goes on.
class TestAllRun : public QObject
{
    Q_OBJECT

public:
    TestAllRun(const ConnectorDocument *document, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const RunOptions &options);
    void setTokenRefresh(class ConnectionTokenRefresh *refresh);
    // Credentials and base-URL override for every request.
    void start(const QList<OperationKey> &operations, const Credentials &credentials, const QString &baseUrl);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_operations.size()); }

signals:
    void operationStarted(int index, const QString &operationId);
    void operationFinished(int index, const OperationTest &test);
    void finished(bool cancelled);

private:
    void next();
    void onFinished(const OperationTest &test);

    const ConnectorDocument *m_document;
    AsyncOperationTest *m_test;
    QList<OperationKey> m_operations;
    Credentials m_credentials;
    QString m_baseUrl;
    int m_index = -1;
    bool m_running = false;
    bool m_cancelled = false;
};
