#pragma once

#include "AuthSettings.h"
#include "json/JsonValue.h"

#include <QList>
#include <QString>

#include <memory>
#include <utility>

// The JSON the Security tab writes for an authentication, in the shapes the Power Platform's
// wizard and paconn produce (see the corpus): the Swagger security definition and requirement,
// and the connection parameters. No client secret is ever part of it.
namespace SecurityJson {

using Node = std::unique_ptr<json::JsonValue>;
using NamedNode = std::pair<QString, Node>;

// "API Key", "basic_auth", "oauth2-auth": the key a single authentication's definition uses.
QString definitionKey(AuthKind kind);
// A short name for a connectionParameterSets entry ("apiKey", "basic", "oauth").
QString setName(AuthKind kind);
// How the kind reads in the connection dialog's set picker.
QString kindLabel(const AuthSettings &settings);

Node definition(const AuthSettings &settings); // nullptr for None
Node requirement(const QString &key, const AuthSettings &settings);
Node scopesObject(const QStringList &scopes);
// The connection parameters that carry the authentication, in dialog order.
std::vector<NamedNode> parameters(const AuthSettings &settings);
Node oauthSettings(const AuthSettings &settings);

// Key orders for members the Security tab adds.
const QStringList &swaggerRootOrder();
const QStringList &propertiesOrder();

} // namespace SecurityJson
