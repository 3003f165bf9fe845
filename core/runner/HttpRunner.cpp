#include "HttpRunner.h"

#include "OneShotBody.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QTimeZone>
#include <QUrlQuery>

namespace {

bool isConnectionError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

bool isIdempotent(const QByteArray &method)
{
    static const QList<QByteArray> idempotent {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"};
    return idempotent.contains(method.toUpper());
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

} // namespace

HttpRunner::HttpRunner(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    m_timeout.setSingleShot(true);
    m_pause.setSingleShot(true);
    m_pause.setTimerType(Qt::PreciseTimer); // Retry-After is a minimum: never wake early
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_pause, &QTimer::timeout, this, &HttpRunner::send);
}

void HttpRunner::start(const RunRequest &request)
{
    m_request = request;
    m_url = request.url();
    m_result = RunResult();
    m_tries = 0;
    m_redirects = 0;
    m_nextWait = 0;
    m_timedOut = false;
    m_credentialsDropped = false;
    m_running = true;
    m_total.start();
    if (!request.isValid()) {
        m_result.error = request.error;
        finish();
        return;
    }
    send();
}

void HttpRunner::send()
{
    ++m_tries;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    for (const auto &header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    RunAttempt attempt;
    attempt.url = m_url;
    attempt.waitedMs = m_nextWait;
    m_result.attempts.append(attempt);
    emit attemptStarted(int(m_result.attempts.size()), m_url);
    m_attemptClock.start();
    if (m_request.body.isEmpty() && m_request.method == "GET") {
        m_reply = m_network->get(request);
    } else if (m_options.retryNonIdempotent || isIdempotent(m_request.method)) {
        m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    } else {
        // Read once: Qt cannot repeat it by itself after a dropped connection (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        m_reply = m_network->sendCustomRequest(request, m_request.method, body);
        connect(m_reply, &QObject::destroyed, body, &QObject::deleteLater);
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpRunner::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &HttpRunner::onReplyFinished);
    m_timeout.start(m_options.timeoutMs);
}

void HttpRunner::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        const QString subject = error.certificate().isNull()
            ? QString()
            : error.certificate().subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        m_result.tlsErrors.append(subject.isEmpty()
                                      ? error.errorString()
                                      : tr("%1 (certificate: %2)").arg(error.errorString(), subject));
    }
    if (m_options.ignoreTlsErrors && m_reply)
        m_reply->ignoreSslErrors(errors);
}

void HttpRunner::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_timeout.stop();
    RunAttempt &attempt = m_result.attempts.last();
    attempt.elapsedMs = m_attemptClock.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.status = status;
    if (m_timedOut) {
        attempt.error = m_result.error = tr("No response within %1 ms.").arg(m_options.timeoutMs);
        m_result.timedOut = true;
        finish();
        return;
    }
    if (status == 0) {
        attempt.error = reply->error() == QNetworkReply::ContentReSendError
            ? tr("The connection closed before an answer (the server may have acted on the request).")
            : reply->errorString();
        if (!m_result.tlsErrors.isEmpty() && !m_options.ignoreTlsErrors) {
            attempt.error = m_result.error
                = tr("TLS error: %1").arg(m_result.tlsErrors.join(QStringLiteral("; ")));
            finish();
            return;
        }
        m_result.error = attempt.error;
        const bool mayRepeat = m_options.retryNonIdempotent || isIdempotent(m_request.method);
        const bool dropped
            = isConnectionError(reply->error()) || reply->error() == QNetworkReply::ContentReSendError;
        if (dropped && !mayRepeat && m_tries < m_options.maxAttempts)
            m_result.notes.append(tr("Not retried: %1 is not idempotent and the server may have acted on it.")
                                      .arg(QString::fromLatin1(m_request.method)));
        if (!isConnectionError(reply->error()) || !mayRepeat || !retry(backoffMs()))
            finish();
        return;
    }
    m_result.hasResponse = true;
    m_result.error.clear();
    m_result.status = status;
    m_result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_result.headers = reply->rawHeaderPairs();
    m_result.body = reply->readAll();
    m_result.size = m_result.body.size();
    m_result.finalUrl = m_url;
    if (handleRedirect(reply))
        return;
    if (status == 429 || status == 503) {
        const qint64 retryAfter = retryAfterMs(reply->rawHeader("Retry-After"));
        if (retry(retryAfter >= 0 ? qMin<qint64>(retryAfter, m_options.maxDelayMs) : backoffMs()))
            return;
    }
    finish();
}

bool HttpRunner::handleRedirect(QNetworkReply *reply)
{
    const int status = m_result.status;
    const QByteArray location = reply->rawHeader("Location");
    if (status < 300 || status > 308 || status == 304 || location.isEmpty())
        return false;
    if (m_redirects >= m_options.maxRedirects) {
        m_result.notes.append(tr("Stopped after %1 redirects.").arg(m_redirects));
        return false;
    }
    ++m_redirects;
    const QUrl next = m_url.resolved(QUrl::fromEncoded(location));
    if (!sameOrigin(m_url, next) && !m_credentialsDropped) {
        // Credentials are for the connector's origin only: drop them for the rest of the chain.
        QSet<QByteArray> names = m_request.credentialHeaders;
        names << "authorization"
              << "cookie"
              << "proxy-authorization";
        for (const QByteArray &name : std::as_const(names))
            m_request.removeHeader(name);
        m_credentialsDropped = true;
        m_result.notes.append(tr("Redirected to %1: credentials were not sent there.")
                                  .arg(next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()));
    }
    QUrl target = next;
    if (m_credentialsDropped && !m_request.credentialQueryItems.isEmpty()) {
        QUrlQuery query(target);
        for (const QString &name : std::as_const(m_request.credentialQueryItems))
            query.removeAllQueryItems(QUrl::fromPercentEncoding(name.toLatin1()));
        target.setQuery(query);
    }
    if (status == 303
        || ((status == 301 || status == 302) && m_request.method != "GET" && m_request.method != "HEAD")) {
        m_request.method = "GET";
        m_request.body.clear();
        m_request.removeHeader("Content-Type");
    }
    m_url = target;
    m_nextWait = 0;
    --m_tries; // a redirect is not a retry
    send();
    return true;
}

bool HttpRunner::retry(qint64 delayMs)
{
    if (m_tries >= m_options.maxAttempts)
        return false;
    m_nextWait = delayMs;
    m_pause.start(int(delayMs));
    return true;
}

qint64 HttpRunner::backoffMs() const
{
    const qint64 base = qMax(1, m_options.baseDelayMs);
    const qint64 exponential = base << qMin(m_tries - 1, 16);
    const qint64 jitter = QRandomGenerator::global()->bounded(int(base));
    return qMin<qint64>(exponential + jitter, m_options.maxDelayMs);
}

qint64 HttpRunner::retryAfterMs(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

void HttpRunner::cancel()
{
    if (!m_running)
        return;
    m_pause.stop();
    m_timeout.stop();
    m_result.cancelled = true;
    m_result.error = tr("Cancelled.");
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        if (!m_result.attempts.isEmpty()) {
            m_result.attempts.last().elapsedMs = m_attemptClock.elapsed();
            m_result.attempts.last().error = m_result.error;
        }
    }
    finish();
}

void HttpRunner::finish()
{
    m_running = false;
    m_result.totalMs = m_total.elapsed();
    emit finished(m_result);
}

RunResult HttpRunner::run(QNetworkAccessManager *network, const RunRequest &request,
                          const RunOptions &options)
{
    HttpRunner runner(network);
    runner.setOptions(options);
    QEventLoop loop;
    connect(&runner, &HttpRunner::finished, &loop, &QEventLoop::quit);
    runner.start(request);
    if (runner.isRunning())
        loop.exec();
    return runner.result();
}
