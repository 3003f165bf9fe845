#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads one document over HTTP(S) for "Import from URL": a timeout per request, a size
// limit enforced while the bytes arrive (and up front from Content-Length), redirects followed
// by hand so the caller's headers (an API key) never go to another origin, progress, cancel.
// HttpRunner is the connector runner's sender: it keeps whole bodies and retries, which a
// bounded download does not want, so this class is separate but follows the same redirect rule.
class UrlFetcher : public QObject
{
    Q_OBJECT

public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Options
    {
        int timeoutMs = 30000; // per request (each redirect starts a new one)
        qint64 maxBytes = 20 * 1024 * 1024;
        int maxRedirects = 5;
    };

    struct Result
    {
        int status = 0; // 0: no HTTP response
        QByteArray reason;
        QByteArray body;
        QByteArray contentType;
        QUrl finalUrl;
        qint64 received = 0; // bytes read before the end or the abort
        QString error; // empty when an HTTP response arrived whole
        QStringList notes; // redirects, headers dropped
        bool timedOut = false;
        bool tooLarge = false;
        bool cancelled = false;

        bool isSuccess() const { return error.isEmpty() && status >= 200 && status < 300; }
        // Connection refused, timeout, too large, cancelled: trying other paths would not help.
        bool isFatal() const { return status == 0 || tooLarge || cancelled; }
    };

    explicit UrlFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start(const QUrl &url, const QList<Header> &headers = {}); // finished() follows
    void cancel();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

    // One download to its end in a local event loop (the CLI, tests).
    static Result fetch(QNetworkAccessManager *network, const QUrl &url, const QList<Header> &headers,
                        const Options &options);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // "name: value" -> header; false (and a reason) for text without a name.
    static bool parseHeader(const QString &text, Header *out, QString *error);

signals:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished();

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abortWith(const QString &error);
    void finish();

    QNetworkAccessManager *m_network;
    Options m_options;
    QList<Header> m_headers;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    Result m_result;
    int m_redirects = 0;
    bool m_running = false;
};
