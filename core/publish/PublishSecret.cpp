#include "PublishSecret.h"

#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "connections/EnvSecrets.h"
#include "connections/SecretStore.h"
#include "document/ConnectorFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace {

const QString ClientSecret = QStringLiteral("client_secret");

} // namespace

bool PublishSecret::needsClientSecret(const QString &folder)
{
    const QString name = ConnectorFolder::findEntry(folder, {QStringLiteral("apiProperties.json")});
    QByteArray bytes;
    QString error;
    if (name.isEmpty() || !ConnectorFolder::readFile(QDir(folder).filePath(name), &bytes, &error))
        return false;
    const auto parameters = ConnectionParameter::fromApiProperties(QJsonDocument::fromJson(bytes).object());
    return std::any_of(parameters.begin(), parameters.end(), [](const ConnectionParameter &p) {
        return p.kind == ConnectionParameter::Kind::OAuth;
    });
}

QString PublishSecret::fromStores(const QString &folder, ConnectionStore &connections, SecretStore &secrets,
                                  QString *connectionName)
{
    // Connections are keyed by the connector's folder path as the designer opened it.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    for (const QString &id : {folder, QDir::cleanPath(folder), canonical}) {
        for (const Connection &connection : connections.connectionsFor(id)) {
            if (connection.authKind != Connection::AuthKind::OAuth2)
                continue;
            const QString secret = secrets.secrets(connection.secretKey()).value(ClientSecret);
            if (!secret.isEmpty()) {
                if (connectionName)
                    *connectionName = connection.name;
                return secret;
            }
        }
    }
    return {};
}

QString PublishSecret::environmentVariable()
{
    return EnvSecrets::variableName(ClientSecret);
}

QString PublishSecret::fromEnvironment()
{
    return EnvSecrets().value(ClientSecret).value_or(QString());
}
