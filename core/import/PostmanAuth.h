#pragma once

#include "json/JsonValue.h"

#include <QString>
#include <QStringList>

#include <memory>

struct PostmanRequest;

// A Postman auth setting (v2 "auth" object, or a v1 helper) as a Swagger 2.0 security scheme:
// API key -> apiKey, basic -> basic, bearer -> an apiKey in the Authorization header,
// OAuth 2.0 -> oauth2 with the flow of its grant type. Digest, OAuth 1.0, Hawk, AWS and the
// others have no connector equivalent (unsupported, reported by the importer).
struct PostmanAuth
{
    enum class Kind { None, ApiKey, Basic, Bearer, OAuth2, Unsupported };

    Kind kind = Kind::None;
    QString type; // Postman's name for it ("digest", "oauth1", ...)
    QString keyName; // API key: the header or query parameter name
    QString keyIn; // "header" or "query"
    QString authorizationUrl, tokenUrl, flow;
    QStringList scopes;
    const json::JsonValue *node = nullptr;

    static PostmanAuth of(const PostmanRequest &request);
    static PostmanAuth fromNode(const json::JsonValue *auth);

    // A stable name for securityDefinitions ("api_key", "basic_auth", "bearer_auth", "oauth2_auth").
    QString schemeName() const;
    // Same scheme (so requests share one security definition).
    QString signature() const;
    std::unique_ptr<json::JsonValue> definition() const;
    // Whether a request header or query parameter is carried by this auth (and so not a parameter).
    bool carries(const QString &in, const QString &name) const;

private:
    static QString parameter(const json::JsonValue *auth, const QString &type, const QString &key);
};
