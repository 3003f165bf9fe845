#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where and as whom to sign in: the connector's OAuth settings plus the connection's secret.
struct OAuthConfig
{
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl refreshUrl; // empty: tokenUrl
    QString clientId;
    QString clientSecret; // empty for a public client (PKCE alone)
    QStringList scopes;
    quint16 redirectPort = 0; // 0: a free port
    QString redirectPath = QStringLiteral("/callback");
    int timeoutMs = 5 * 60 * 1000; // a person signs in: minutes, not seconds

    QUrl effectiveRefreshUrl() const { return refreshUrl.isEmpty() ? tokenUrl : refreshUrl; }
};
