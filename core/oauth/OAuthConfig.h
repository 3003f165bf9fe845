#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where and as whom to sign in: the connector's OAuth settings plus the connection's secret.
struct OAuthConfig
{
    // How the client authenticates at the token endpoint (RFC 6749 2.3.1): client_secret_post
    // (id and secret in the form body, what Power Platform connectors do) or client_secret_basic
    // (HTTP Basic with the form-urlencoded id and secret). Used by every grant.
    enum class ClientAuthentication { RequestBody, HttpBasic };

    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl refreshUrl; // empty: tokenUrl
    QString clientId;
    QString clientSecret; // empty for a public client (PKCE alone)
    ClientAuthentication clientAuthentication = ClientAuthentication::RequestBody;
    QStringList scopes;
    quint16 redirectPort = 0; // 0: a free port
    QString redirectPath = QStringLiteral("/callback");
    int timeoutMs = 5 * 60 * 1000; // a person signs in: minutes, not seconds

    QUrl effectiveRefreshUrl() const { return refreshUrl.isEmpty() ? tokenUrl : refreshUrl; }
};
