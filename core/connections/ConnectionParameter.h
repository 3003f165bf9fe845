#pragma once

#include "oauth/OAuthConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One entry of apiProperties.json properties.connectionParameters, as a connection needs it:
// what to ask for, and whether the value is a secret (SecretStore) or not (Connection::fields).
struct ConnectionParameter
{
    enum class Kind { Text, SecureText, OAuth };

    QString name;
    Kind kind = Kind::Text;
    QString displayName;
    QString description;
    QString tooltip;
    bool required = false;
    bool hidden = false;
    QJsonObject oauthSettings; // oAuthSettings, for Kind::OAuth

    // securestring values are secrets unless the connector shows them in clear text (a user name).
    bool isSecret() const { return kind == Kind::SecureText; }
    QString label() const { return displayName.isEmpty() ? name : displayName; }

    // The connector's endpoints and client id for a sign-in (generic OAuth 2 and Azure AD);
    // the secret comes from the connection.
    OAuthConfig oauthConfig() const;

    // In tabIndex order, then by name; malformed entries are skipped.
    static QList<ConnectionParameter> fromApiProperties(const QJsonObject &apiProperties);
};
