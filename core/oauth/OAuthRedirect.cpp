#include "OAuthRedirect.h"

#include <QUrlQuery>

OAuthRedirect OAuthRedirect::fromUrl(const QUrl &url)
{
    // '+' means a space in form-encoded queries (error_description often uses it); QUrlQuery
    // would keep it, so it becomes %20 before decoding. A literal plus arrives as %2B.
    QString encoded = url.query(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery query(encoded);
    auto item = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    OAuthRedirect r;
    r.code = item("code");
    r.state = item("state");
    r.error = item("error");
    r.errorDescription = item("error_description");
    return r;
}
