#include "UrlFetcher.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

UrlFetcher::UrlFetcher(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        abortWith(tr("No complete response within %1 s from %2.")
                      .arg(QLocale::c().toString(m_options.timeoutMs / 1000.0, 'g', 3),
                           m_url.toDisplayString(QUrl::RemoveUserInfo)));
    });
}

bool UrlFetcher::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

bool UrlFetcher::parseHeader(const QString &text, Header *out, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = text.left(colon).trimmed();
    if (colon <= 0 || name.isEmpty() || name.contains(QLatin1Char(' '))) {
        *error = tr("'%1' is not a header: expected \"Name: value\"").arg(text.left(colon > 0 ? colon : 40));
        return false;
    }
    *out = {name.toLatin1(), text.mid(colon + 1).trimmed().toUtf8()};
    return true;
}

void UrlFetcher::start(const QUrl &url, const QList<Header> &headers)
{
    m_headers = headers;
    m_url = url;
    m_result = Result();
    m_redirects = 0;
    m_running = true;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_result.error
            = tr("'%1' is not an http or https address.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        finish();
        return;
    }
    send();
}

void UrlFetcher::send()
{
    QNetworkRequest request(m_url);
    for (const Header &header : std::as_const(m_headers))
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_result.body.clear();
    m_result.received = 0;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &UrlFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &UrlFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UrlFetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &UrlFetcher::progress);
    m_timeout.start(m_options.timeoutMs);
}

void UrlFetcher::onMetaData()
{
    // A declared size over the limit stops the download before its body is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (length.isValid() && length.toLongLong() > m_options.maxBytes && (status < 300 || status > 399)) {
        m_result.tooLarge = true;
        abortWith(tr("%1 declares %2, more than the limit of %3: download stopped.")
                      .arg(m_url.toDisplayString(QUrl::RemoveUserInfo), sizeText(length.toLongLong()),
                           sizeText(m_options.maxBytes)));
    }
}

void UrlFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_result.received += chunk.size();
    if (m_result.received > m_options.maxBytes) {
        m_result.tooLarge = true;
        abortWith(tr("%1 sent more than the limit of %2: download stopped.")
                      .arg(m_url.toDisplayString(QUrl::RemoveUserInfo), sizeText(m_options.maxBytes)));
        return;
    }
    m_result.body += chunk;
}

void UrlFetcher::abortWith(const QString &error)
{
    m_result.error = error;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish();
}

void UrlFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    onReadyRead();
    if (!m_running)
        return; // the last chunk went over the limit
    m_reply = nullptr;
    reply->deleteLater();
    m_timeout.stop();
    m_result.finalUrl = m_url;
    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_result.status == 0) {
        m_result.error = reply->errorString();
        finish();
        return;
    }
    m_result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_result.contentType = reply->rawHeader("Content-Type");
    const QByteArray location = reply->rawHeader("Location");
    const bool redirect = m_result.status >= 300 && m_result.status <= 308 && m_result.status != 304;
    if (!redirect || location.isEmpty()) {
        finish();
        return;
    }
    if (m_redirects >= m_options.maxRedirects) {
        m_result.error = tr("Stopped after %1 redirects.").arg(m_redirects);
        finish();
        return;
    }
    ++m_redirects;
    const QUrl next = m_url.resolved(QUrl::fromEncoded(location));
    m_result.notes.append(
        tr("Redirected (%1) to %2.").arg(m_result.status).arg(next.toDisplayString(QUrl::RemoveUserInfo)));
    if (!sameOrigin(m_url, next) && !m_headers.isEmpty()) {
        // The extra headers (an API key) are for the address the user typed, not for another origin.
        m_headers.clear();
        m_result.notes.append(
            tr("The extra headers were not sent to %1 (another origin).")
                .arg(next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString()));
    }
    m_url = next;
    send();
}

void UrlFetcher::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    abortWith(tr("Cancelled."));
}

void UrlFetcher::finish()
{
    m_timeout.stop();
    m_running = false;
    if (m_result.finalUrl.isEmpty())
        m_result.finalUrl = m_url;
    emit finished();
}

UrlFetcher::Result UrlFetcher::fetch(QNetworkAccessManager *network, const QUrl &url,
                                     const QList<Header> &headers, const Options &options)
{
    UrlFetcher fetcher(network);
    fetcher.setOptions(options);
    QEventLoop loop;
    connect(&fetcher, &UrlFetcher::finished, &loop, &QEventLoop::quit);
    fetcher.start(url, headers);
    if (fetcher.isRunning())
        loop.exec();
    return fetcher.result();
}
