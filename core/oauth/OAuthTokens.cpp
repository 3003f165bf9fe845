#include "OAuthTokens.h"

bool OAuthTokens::isExpired(const QDateTime &now, int skewSeconds) const
{
    if (!isValid())
        return true;
    return expiresAt.isValid() && now.addSecs(skewSeconds) >= expiresAt;
}

OAuthTokens OAuthTokens::fromResponse(const QJsonObject &response, const QDateTime &receivedAt)
{
    OAuthTokens t;
    t.accessToken = response.value(QStringLiteral("access_token")).toString();
    t.refreshToken = response.value(QStringLiteral("refresh_token")).toString();
    t.tokenType = response.value(QStringLiteral("token_type")).toString();
    t.scope = response.value(QStringLiteral("scope")).toString();
    // Some providers send expires_in as a string.
    const QJsonValue expiresIn = response.value(QStringLiteral("expires_in"));
    const qint64 seconds
        = expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(-1));
    if (seconds >= 0 && !expiresIn.isUndefined())
        t.expiresAt = receivedAt.toUTC().addSecs(seconds);
    return t;
}
