#include "OAuthClient.h"

#include "LoopbackRedirectListener.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(OAuthResult::Outcome::TimedOut,
             tr("The sign-in timed out after %1 s without an answer from the provider.")
                 .arg(m_config.timeoutMs / 1000));
    });
}

OAuthClient::~OAuthClient()
{
    if (m_reply)
        m_reply->abort();
}

bool OAuthClient::begin(const OAuthConfig &config)
{
    if (m_busy) {
        OAuthResult r;
        r.message = tr("Another sign-in is still running.");
        emit finished(r);
        return false;
    }
    m_config = config;
    m_busy = true;
    m_authorizationUrl.clear();
    m_redirectUri.clear();
    m_timeout.start(config.timeoutMs);
    return true;
}

void OAuthClient::startAuthorizationCode(const OAuthConfig &config)
{
    if (!begin(config))
        return;
    m_pkce = Pkce();
    m_state = QString::fromLatin1(Pkce::randomUrlSafe(24));
    if (m_listener) {
        // Later: a new sign-in may start from a slot the old listener's signal is still running.
        m_listener->disconnect(this);
        m_listener->deleteLater();
    }
    m_listener = new LoopbackRedirectListener(this);
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &OAuthClient::onRedirect);
    if (!m_listener->listen(config.redirectPort, config.redirectPath)) {
        fail(OAuthResult::Outcome::Failed, m_listener->errorString());
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    m_authorizationUrl = buildAuthorizationUrl(m_redirectUri);
    if (!m_openBrowser || !m_openBrowser(m_authorizationUrl))
        fail(OAuthResult::Outcome::Failed, tr("The browser could not be opened for the sign-in."));
}

QUrl OAuthClient::buildAuthorizationUrl(const QUrl &redirectUri)
{
    QUrl url = m_config.authorizationUrl;
    // Keep parameters the provider's URL already has.
    FormFields query = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    query.append({QStringLiteral("response_type"), QStringLiteral("code")});
    query.append({QStringLiteral("client_id"), m_config.clientId});
    query.append({QStringLiteral("redirect_uri"), redirectUri.toString()});
    if (!m_config.scopes.isEmpty())
        query.append({QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' '))});
    query.append({QStringLiteral("state"), m_state});
    query.append({QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge())});
    query.append({QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method())});
    // Encoded here rather than by QUrlQuery, which leaves '+' and '&' in values ambiguous.
    url.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    return url;
}

void OAuthClient::onRedirect(const OAuthRedirect &redirect)
{
    if (!m_busy)
        return;
    if (redirect.hasError()) {
        OAuthResult r;
        r.outcome = OAuthResult::Outcome::ProviderError;
        r.error = redirect.error;
        r.errorDescription = redirect.errorDescription;
        r.message = redirect.errorDescription.isEmpty()
            ? tr("The provider refused the sign-in: %1").arg(redirect.error)
            : tr("The provider refused the sign-in: %1: %2").arg(redirect.error, redirect.errorDescription);
        finish(r);
        return;
    }
    // The state ties the answer to this sign-in: anything else may be forged (CSRF).
    if (redirect.state != m_state) {
        fail(OAuthResult::Outcome::StateMismatch,
             tr("The sign-in answer was rejected: its state does not match the one this sign-in sent."));
        return;
    }
    if (redirect.code.isEmpty()) {
        fail(OAuthResult::Outcome::Failed, tr("The sign-in answer has no authorization code."));
        return;
    }
    FormFields fields;
    fields.append({QStringLiteral("grant_type"), QStringLiteral("authorization_code")});
    fields.append({QStringLiteral("code"), redirect.code});
    fields.append({QStringLiteral("redirect_uri"), m_redirectUri.toString()});
    fields.append({QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier())});
    postToken(m_config.tokenUrl, fields);
}

void OAuthClient::requestClientCredentials(const OAuthConfig &config)
{
    if (!begin(config))
        return;
    FormFields fields;
    fields.append({QStringLiteral("grant_type"), QStringLiteral("client_credentials")});
    if (!config.scopes.isEmpty())
        fields.append({QStringLiteral("scope"), config.scopes.join(QLatin1Char(' '))});
    postToken(config.tokenUrl, fields);
}

void OAuthClient::refresh(const OAuthConfig &config, const QString &refreshToken)
{
    if (!begin(config))
        return;
    FormFields fields;
    fields.append({QStringLiteral("grant_type"), QStringLiteral("refresh_token")});
    fields.append({QStringLiteral("refresh_token"), refreshToken});
    postToken(config.effectiveRefreshUrl(), fields);
}

void OAuthClient::postToken(const QUrl &url, FormFields fields)
{
    QNetworkRequest request(url);
    // One method per request (RFC 6749 2.3): HTTP Basic when chosen and there is a secret (a
    // public client has none and only names itself), else the body (client_secret_post).
    if (m_config.clientAuthentication == OAuthConfig::ClientAuthentication::HttpBasic
        && !m_config.clientSecret.isEmpty()) {
        request.setRawHeader("Authorization", basicAuthorization(m_config.clientId, m_config.clientSecret));
    } else {
        fields.append({QStringLiteral("client_id"), m_config.clientId});
        if (!m_config.clientSecret.isEmpty())
            fields.append({QStringLiteral("client_secret"), m_config.clientSecret});
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    m_reply = m_network->post(request, formEncode(fields));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void OAuthClient::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_busy)
        return; // cancelled or timed out already
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    OAuthResult r;
    r.httpStatus = status;
    if (json.contains(QStringLiteral("error"))) {
        r.outcome = OAuthResult::Outcome::ProviderError;
        r.error = json.value(QStringLiteral("error")).toString();
        r.errorDescription = json.value(QStringLiteral("error_description")).toString();
        r.message = r.errorDescription.isEmpty()
            ? tr("The token endpoint answered HTTP %1: %2").arg(status).arg(r.error)
            : tr("The token endpoint answered HTTP %1: %2: %3").arg(status).arg(r.error, r.errorDescription);
    } else if (status == 0) {
        r.message = tr("The token endpoint %1 could not be reached: %2")
                        .arg(reply->url().toDisplayString(), reply->errorString());
    } else if (status >= 300 || !json.contains(QStringLiteral("access_token"))) {
        r.message = tr("The token endpoint answered HTTP %1 without an access token.").arg(status);
    } else {
        r.outcome = OAuthResult::Outcome::Success;
        r.tokens = OAuthTokens::fromResponse(json, QDateTime::currentDateTimeUtc());
    }
    finish(r);
}

void OAuthClient::cancel()
{
    if (m_busy)
        fail(OAuthResult::Outcome::Cancelled, tr("The sign-in was cancelled."));
}

void OAuthClient::fail(OAuthResult::Outcome outcome, const QString &message)
{
    OAuthResult r;
    r.outcome = outcome;
    r.message = message;
    finish(r);
}

void OAuthClient::finish(OAuthResult result)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
    }
    if (m_listener)
        m_listener->close(); // the port is free again whatever the outcome
    emit finished(result);
}

QByteArray OAuthClient::basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    // application/x-www-form-urlencoded (RFC 6749 Appendix B): a space becomes '+'.
    auto encode = [](const QString &text) { return QUrl::toPercentEncoding(text).replace("%20", "+"); };
    const QByteArray pair = encode(clientId) + ':' + encode(clientSecret);
    return "Basic " + pair.toBase64();
}

QByteArray OAuthClient::formEncode(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
