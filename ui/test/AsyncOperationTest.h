#pragma once

#include "domain/OperationKey.h"
#include "runner/OperationTest.h"

#include <QObject>
#include <QPointer>

class ConnectorDocument;
class HttpRunner;
class QNetworkAccessManager;

// OperationTest without the local event loop: builds the request, sends it with HttpRunner and
// checks the response against the schema when it arrives, so the GUI never waits. One run at a
// time; finished() follows every start(), also when the request could not be built or was
// cancelled.
class AsyncOperationTest : public QObject
{
    Q_OBJECT

public:
    AsyncOperationTest(const ConnectorDocument *document, QNetworkAccessManager *network,
                       QObject *parent = nullptr);

    void setOptions(const RunOptions &options) { m_options = options; }
    void start(const OperationKey &key, const RequestInput &input);
    // Sends a request built before (a replay from the history), checked as key's response.
    void startRequest(const OperationKey &key, const RunRequest &request);
    void cancel();
    bool isRunning() const;
    const OperationTest &last() const { return m_test; }

signals:
    void started(const RunRequest &request);
    void finished(const OperationTest &test);

private:
    void send();
    void onFinished(const RunResult &result);

    const ConnectorDocument *m_document;
    QNetworkAccessManager *m_network;
    RunOptions m_options;
    HttpRunner *m_runner;
    OperationKey m_key;
    OperationTest m_test;
};
