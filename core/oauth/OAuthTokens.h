#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The tokens of a token response (RFC 6749 5.1). Access and refresh tokens are secrets:
// they go to SecretStore, only expiresAt may be stored with the connection.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QString scope;
    QDateTime expiresAt; // UTC; invalid when the server gave no lifetime

    bool isValid() const { return !accessToken.isEmpty(); }
    // Expired, or expiring within `skewSeconds` of `now`.
    bool isExpired(const QDateTime &now, int skewSeconds) const;

    // `receivedAt` turns expires_in into an absolute time.
    static OAuthTokens fromResponse(const QJsonObject &response, const QDateTime &receivedAt);
};
