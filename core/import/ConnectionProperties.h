#pragma once

#include "json/JsonValue.h"

#include <QString>

#include <memory>

// The default apiProperties.json of an imported connector: connection parameters derived from
// the definition's securityDefinitions (API key -> "api_key", basic -> "username"/"password",
// OAuth 2.0 -> "token" with the generic OAuth 2 identity provider and its URLs and scopes).
class ConnectionProperties
{
public:
    // The whole file; definition may have no securityDefinitions (no connection parameters).
    // *skipped receives the names of security definitions beyond the first (the platform has one).
    static std::unique_ptr<json::JsonValue> fromDefinition(const json::JsonValue &definition,
                                                           QStringList *skipped = nullptr);

private:
    static std::unique_ptr<json::JsonValue> apiKey(const json::JsonValue &scheme);
    static std::unique_ptr<json::JsonValue> secure(const QString &label, const QString &description, int tab);
    static std::unique_ptr<json::JsonValue> oauth(const json::JsonValue &scheme);
};
