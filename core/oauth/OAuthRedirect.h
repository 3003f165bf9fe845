#pragma once

#include <QString>
#include <QUrl>

// What the authorization server sent back to the redirect URI: a code and the state, or an
// error with its description (RFC 6749 4.1.2).
struct OAuthRedirect
{
    QString code;
    QString state;
    QString error;
    QString errorDescription;

    bool hasError() const { return !error.isEmpty(); }
    // From the request target of the redirect ("/callback?code=...&state=...") or a full URL.
    static OAuthRedirect fromUrl(const QUrl &url);
};
