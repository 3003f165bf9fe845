#include "OAuthSession.h"

#include "OAuthClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

OAuthSession::OAuthSession(QNetworkAccessManager *network, const OAuthConfig &config, Grant grant,
                           QObject *parent)
    : QObject(parent),
      m_network(network),
      m_config(config),
      m_grant(grant),
      m_client(new OAuthClient(network, this))
{ }

void OAuthSession::accessToken(TokenCallback done)
{
    if (!m_tokens.isExpired(QDateTime::currentDateTimeUtc(), m_skewSeconds)) {
        OAuthResult r;
        r.outcome = OAuthResult::Outcome::Success;
        r.tokens = m_tokens;
        done(r);
        return;
    }
    renew(std::move(done));
}

void OAuthSession::renew(TokenCallback done)
{
    const bool canRefresh = !m_tokens.refreshToken.isEmpty();
    if (!canRefresh && m_grant != Grant::ClientCredentials) {
        OAuthResult r;
        r.message = tr("The access token has expired and there is no refresh token: sign in again.");
        done(r);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(m_client, &OAuthClient::finished, this, [this, connection, done](const OAuthResult &r) {
              disconnect(*connection);
              if (r.ok()) {
                  OAuthTokens tokens = r.tokens;
                  // A refresh answer may leave the refresh token out: the old one stays valid then.
                  if (tokens.refreshToken.isEmpty())
                      tokens.refreshToken = m_tokens.refreshToken;
                  m_tokens = tokens;
                  emit tokensChanged(m_tokens);
              }
              done(r);
          });
    if (canRefresh)
        m_client->refresh(m_config, m_tokens.refreshToken);
    else
        m_client->requestClientCredentials(m_config);
}

void OAuthSession::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                        ResponseCallback done)
{
    const bool expired = m_tokens.isExpired(QDateTime::currentDateTimeUtc(), m_skewSeconds);
    accessToken([this, request, verb, body, done, expired](const OAuthResult &r) {
        if (!r.ok()) {
            Response response;
            response.error = r.message;
            done(response);
            return;
        }
        sendWithToken(request, verb, body, false, expired, done);
    });
}

void OAuthSession::sendWithToken(const QNetworkRequest &request, const QByteArray &verb,
                                 const QByteArray &body, bool retried, bool refreshed, ResponseCallback done)
{
    QNetworkRequest authorized(request);
    authorized.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
    QNetworkReply *reply = m_network->sendCustomRequest(authorized, verb, body);
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.refreshed = refreshed;
        if (response.status == 0)
            response.error = reply->errorString();
        if (response.status != 401 || retried) {
            done(response);
            return;
        }
        // The server rejected a token we thought valid (revoked, clock skew): renew once.
        renew([=](const OAuthResult &r) {
            if (!r.ok()) {
                Response failed = response;
                failed.error = r.message;
                done(failed);
                return;
            }
            sendWithToken(request, verb, body, true, true, done);
        });
    });
}
