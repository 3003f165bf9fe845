#pragma once

#include "domain/OperationKey.h"
#include "runner/ConnectionTokenRefresh.h"
#include "runner/OperationTest.h"

#include <QObject>
#include <QPointer>

class ConnectorDocument;
class HttpRunner;
class QNetworkAccessManager;

// OperationTest without the local event loop: builds the request, sends it with HttpRunner and
// checks the response against the schema when it arrives, so the GUI never waits. One run at a
// time; finished() follows every start(), also when the request could not be built or was
// cancelled. With a ConnectionTokenRefresh (an OAuth connection), an expired token is refreshed
// before sending and a 401 makes it refresh once and send once more; the notes say so.
class AsyncOperationTest : public QObject
{
    Q_OBJECT

public:
    AsyncOperationTest(const ConnectorDocument *document, QNetworkAccessManager *network,
                       QObject *parent = nullptr);

    void setOptions(const RunOptions &options) { m_options = options; }
    // The OAuth token source of the calls (none: the credentials are sent as given).
    void setTokenRefresh(ConnectionTokenRefresh *refresh) { m_refresh = refresh; }
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
    void buildAndSend();
    void send();
    void onFinished(const RunResult &result);
    void onUnauthorized(const RunResult &result);
    void finishWith(const RunResult &result);

    const ConnectorDocument *m_document;
    QNetworkAccessManager *m_network;
    RunOptions m_options;
    HttpRunner *m_runner;
    QPointer<ConnectionTokenRefresh> m_refresh;
    OperationKey m_key;
    RequestInput m_input;
    bool m_hasInput = false; // false for a replayed request: it cannot be rebuilt with a new token
    bool m_renewed = false; // the one renewal after a 401 happened
    QString m_renewError; // the provider's answer when that renewal failed
    QStringList m_tokenNotes; // what the token refresh did, shown with the request and response
    int m_generation = 0; // a callback of an older start() is ignored
    bool m_waitingForToken = false; // a refresh is on its way; the request goes out after it
    OperationTest m_test;
};
