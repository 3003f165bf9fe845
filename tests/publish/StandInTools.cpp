#include "StandInTools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *Prologue = R"(#!/bin/sh
{ basename "$0"; for a in "$@"; do echo "$a"; done; echo "--"; } >> "$CD_STANDIN_RECORD"
prev=""; cid=""; secret=""
for a in "$@"; do
  case "$prev" in --cid|--connector-id) cid="$a";; --secret) secret="$a";; esac
  prev="$a"
done
)";

const char *Paconn = R"(echo "Reading the connector files..."
if [ "$CD_STANDIN_FAIL" = 1 ]; then
  echo "Error: Request failed: the client secret '$secret' was rejected (401 Unauthorized)." >&2
  exit 1
fi
if [ "$1" = create ]; then echo "shared_standin-5f1234abcd created successfully."; else echo "$cid updated successfully."; fi
)";

const char *Pac = R"(echo "Connected as someone@contoso.com"
if [ "$CD_STANDIN_FAIL" = 1 ]; then
  echo "Error: The connector could not be saved (secret '$secret')." >&2
  exit 1
fi
if [ "$2" = create ]; then echo "Connector created with ID 11111111-2222-3333-4444-555555555555"; else echo "Connector $cid updated."; fi
)";

} // namespace

StandInTools::StandInTools(const QStringList &tools)
{
    for (const QString &tool : tools) {
        QFile file(program(tool));
        if (!file.open(QIODevice::WriteOnly))
            continue;
        file.write(Prologue);
        file.write(tool == QLatin1String("pac") ? Pac : Paconn);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                            | QFile::ExeGroup);
    }
    qputenv("CD_STANDIN_RECORD", recordPath().toLocal8Bit());
}

QList<QStringList> StandInTools::calls() const
{
    QFile file(recordPath());
    QList<QStringList> calls;
    if (!file.open(QIODevice::ReadOnly))
        return calls;
    QStringList current;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line == "--") {
            calls.append(current);
            current.clear();
        } else if (!line.isEmpty()) {
            current.append(QString::fromUtf8(line));
        }
    }
    return calls;
}

QString StandInTools::path() const
{
    return dir() + QStringLiteral(":/usr/bin:/bin");
}

bool StandInTools::copySample(const QString &folder)
{
    const QDir source(qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/resources/sample/contoso-hr"));
    if (!QDir().mkpath(folder))
        return false;
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(folder).filePath(name)))
            return false;
        QFile(QDir(folder).filePath(name)).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return !source.entryList(QDir::Files).isEmpty();
}

bool StandInTools::makeOAuth(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("apiProperties.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject properties = root.value(QStringLiteral("properties")).toObject();
    const QJsonObject oauth = QJsonDocument::fromJson(R"({"token": {"type": "oauthSetting", "oAuthSettings": {
        "identityProvider": "oauth2", "clientId": "contoso-client", "scopes": ["read"],
        "redirectMode": "GlobalPerConnector", "redirectUrl": "https://global.consent.azure-apim.net/redirect",
        "properties": {"IsFirstParty": "False"},
        "customParameters": {"authorizationUrl": {"value": "https://login.contoso.com/authorize"},
          "tokenUrl": {"value": "https://login.contoso.com/token"},
          "refreshUrl": {"value": "https://login.contoso.com/token"}}}}})")
                                  .object();
    properties.insert(QStringLiteral("connectionParameters"), oauth);
    root.insert(QStringLiteral("properties"), properties);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(root).toJson());
    return true;
}
