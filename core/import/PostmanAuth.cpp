#include "PostmanAuth.h"

#include "PostmanReader.h"
#include "PostmanRequest.h"
#include "SwaggerOutput.h"
#include "domain/JsonBuilder.h"

#include <QCoreApplication>

using json::JsonValue;

QString PostmanAuth::parameter(const JsonValue *auth, const QString &type, const QString &key)
{
    const JsonValue *settings = auth->member(type);
    if (settings && settings->isObject()) // v2.0: {"username": "x"}
        return PostmanReader::text(settings->member(key));
    for (int i = 0; settings && settings->isArray() && i < settings->size();
         ++i) { // v2.1: [{"key", "value"}]
        const JsonValue *entry = settings->at(i);
        if (entry->isObject() && PostmanReader::text(entry->member(QStringLiteral("key"))) == key)
            return PostmanReader::text(entry->member(QStringLiteral("value")));
    }
    return {};
}

PostmanAuth PostmanAuth::fromNode(const JsonValue *auth)
{
    PostmanAuth result;
    if (!auth || !auth->isObject())
        return result;
    result.node = auth;
    result.type = PostmanReader::text(auth->member(QStringLiteral("type")));
    const QString &type = result.type;
    if (type.isEmpty() || type == QLatin1String("noauth")) {
        result.kind = Kind::None;
    } else if (type == QLatin1String("apikey")) {
        result.kind = Kind::ApiKey;
        result.keyName = parameter(auth, type, QStringLiteral("key"));
        if (result.keyName.isEmpty())
            result.keyName = QStringLiteral("x-api-key");
        result.keyIn = parameter(auth, type, QStringLiteral("in")) == QLatin1String("query")
            ? QStringLiteral("query")
            : QStringLiteral("header");
    } else if (type == QLatin1String("basic")) {
        result.kind = Kind::Basic;
    } else if (type == QLatin1String("bearer")) {
        result.kind = Kind::Bearer;
    } else if (type == QLatin1String("oauth2")) {
        result.kind = Kind::OAuth2;
        result.authorizationUrl = parameter(auth, type, QStringLiteral("authUrl"));
        result.tokenUrl = parameter(auth, type, QStringLiteral("accessTokenUrl"));
        result.scopes
            = parameter(auth, type, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString grant = parameter(auth, type, QStringLiteral("grant_type"));
        result.flow = grant == QLatin1String("implicit")     ? QStringLiteral("implicit")
            : grant == QLatin1String("password_credentials") ? QStringLiteral("password")
            : grant == QLatin1String("client_credentials")   ? QStringLiteral("application")
                                                             : QStringLiteral("accessCode");
    } else {
        result.kind = Kind::Unsupported;
    }
    return result;
}

PostmanAuth PostmanAuth::of(const PostmanRequest &request)
{
    if (request.v1Helper.isEmpty())
        return fromNode(request.auth);
    PostmanAuth result;
    result.node = request.v1HelperAttributes;
    result.type = request.v1Helper;
    const JsonValue *attributes = request.v1HelperAttributes;
    const auto attribute = [attributes](const char *key) {
        return attributes && attributes->isObject()
            ? PostmanReader::text(attributes->member(QLatin1String(key)))
            : QString();
    };
    if (request.v1Helper == QLatin1String("basicAuth")) {
        result.kind = Kind::Basic;
    } else if (request.v1Helper == QLatin1String("bearerAuth")) {
        result.kind = Kind::Bearer;
    } else if (request.v1Helper == QLatin1String("oAuth2")) {
        result.kind = Kind::OAuth2;
        result.authorizationUrl = attribute("authUrl");
        result.tokenUrl = attribute("accessTokenUrl");
        result.scopes = attribute("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        result.flow = QStringLiteral("accessCode");
    } else {
        result.kind = Kind::Unsupported;
    }
    return result;
}

QString PostmanAuth::schemeName() const
{
    switch (kind) {
    case Kind::ApiKey:
        return QStringLiteral("api_key");
    case Kind::Basic:
        return QStringLiteral("basic_auth");
    case Kind::Bearer:
        return QStringLiteral("bearer_auth");
    case Kind::OAuth2:
        return QStringLiteral("oauth2_auth");
    default:
        return {};
    }
}

QString PostmanAuth::signature() const
{
    return QStringList {schemeName(), keyName, keyIn, authorizationUrl, tokenUrl, flow}.join(
        QLatin1Char('\n'));
}

bool PostmanAuth::carries(const QString &in, const QString &name) const
{
    if (kind == Kind::ApiKey)
        return in == keyIn && name.compare(keyName, Qt::CaseInsensitive) == 0;
    if (kind == Kind::Basic || kind == Kind::Bearer || kind == Kind::OAuth2)
        return in == QLatin1String("header")
            && name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
    return false;
}

std::unique_ptr<JsonValue> PostmanAuth::definition() const
{
    JsonBuilder out;
    switch (kind) {
    case Kind::ApiKey:
        out.add(QStringLiteral("type"), QStringLiteral("apiKey"));
        out.add(QStringLiteral("in"), keyIn);
        out.add(QStringLiteral("name"), keyName);
        break;
    case Kind::Basic:
        out.add(QStringLiteral("type"), QStringLiteral("basic"));
        break;
    case Kind::Bearer:
        out.add(QStringLiteral("type"), QStringLiteral("apiKey"));
        out.add(QStringLiteral("in"), QStringLiteral("header"));
        out.add(QStringLiteral("name"), QStringLiteral("Authorization"));
        out.add(QStringLiteral("description"),
                QCoreApplication::translate("PostmanAuth",
                                            "Bearer token: enter \"Bearer \" followed by the token"));
        break;
    case Kind::OAuth2: {
        out.add(QStringLiteral("type"), QStringLiteral("oauth2"));
        out.add(QStringLiteral("flow"), flow);
        if (flow == QLatin1String("accessCode") || flow == QLatin1String("implicit"))
            out.add(QStringLiteral("authorizationUrl"), authorizationUrl);
        if (flow != QLatin1String("implicit"))
            out.add(QStringLiteral("tokenUrl"), tokenUrl);
        auto scopeMap = JsonValue::makeObject();
        for (const QString &scope : scopes)
            SwaggerOutput::set(scopeMap.get(), scope, scope);
        out.add(QStringLiteral("scopes"), std::move(scopeMap));
        break;
    }
    default:
        break;
    }
    return out.take();
}
