#pragma once

#include "RunOptions.h"
#include "RunRequest.h"
#include "RunResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// Sends a RunRequest through an injected QNetworkAccessManager and records every attempt:
// per-attempt timeout, retries with exponential backoff and jitter on connection errors,
// 429 and 503 (honouring Retry-After), redirects followed by hand so credentials never go
// to another origin, TLS errors reported with the certificate's reason (never ignored
// unless the options say so), cancel.
class HttpRunner : public QObject
{
    Q_OBJECT

public:
    explicit HttpRunner(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const RunOptions &options) { m_options = options; }
    const RunOptions &options() const { return m_options; }

    void start(const RunRequest &request); // finished() follows, also on failure
    void cancel();
    bool isRunning() const { return m_running; }
    const RunResult &result() const { return m_result; }

    // Runs one request to its end in a local event loop (the CLI, tests).
    static RunResult run(QNetworkAccessManager *network, const RunRequest &request,
                         const RunOptions &options);
    // Retry-After as delay-seconds or an HTTP-date, in ms from now; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value);

signals:
    void attemptStarted(int attempt, const QUrl &url);
    void finished(const RunResult &result);

private:
    void send();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    bool handleRedirect(QNetworkReply *reply);
    bool retry(qint64 delayMs);
    qint64 backoffMs() const;
    void finish();

    QNetworkAccessManager *m_network;
    RunOptions m_options;
    RunRequest m_request; // current method, headers and body (redirects change them)
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_pause;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptClock;
    RunResult m_result;
    int m_tries = 0; // sends that count against maxAttempts (redirects do not)
    int m_redirects = 0;
    qint64 m_nextWait = 0;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_credentialsDropped = false;
};
