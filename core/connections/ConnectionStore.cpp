#include "ConnectionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kFormatVersion = 1;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

ConnectionStore::ConnectionStore(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{ }

QString ConnectionStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/connections.json");
}

bool ConnectionStore::load(QString *error)
{
    m_connections.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error,
                 QCoreApplication::translate("ConnectionStore", "Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error,
                 QCoreApplication::translate("ConnectionStore", "%1 is not valid JSON (offset %2: %3)")
                     .arg(QDir::toNativeSeparators(m_filePath))
                     .arg(parseError.offset)
                     .arg(parseError.errorString()));
        return false;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("connections")).toArray();
    for (const QJsonValue &value : list) {
        const Connection c = Connection::fromJson(value.toObject());
        if (c.isValid())
            m_connections.append(c);
    }
    return true;
}

bool ConnectionStore::save(QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        setError(error,
                 QCoreApplication::translate("ConnectionStore", "Cannot create the folder of %1")
                     .arg(QDir::toNativeSeparators(m_filePath)));
        return false;
    }
    QJsonArray list;
    for (const Connection &c : m_connections)
        list.append(c.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("connections"), list);

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error,
                 QCoreApplication::translate("ConnectionStore", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error,
                 QCoreApplication::translate("ConnectionStore", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    return true;
}

QList<Connection> ConnectionStore::connectionsFor(const QString &connectorId) const
{
    QList<Connection> result;
    for (const Connection &c : m_connections) {
        if (c.connectorId == connectorId)
            result.append(c);
    }
    return result;
}

const Connection *ConnectionStore::find(const QString &connectorId, const QString &name) const
{
    const int i = indexOf(connectorId, name);
    return i < 0 ? nullptr : &m_connections.at(i);
}

void ConnectionStore::upsert(const Connection &connection)
{
    const int i = indexOf(connection.connectorId, connection.name);
    if (i < 0)
        m_connections.append(connection);
    else
        m_connections[i] = connection;
}

bool ConnectionStore::remove(const QString &connectorId, const QString &name)
{
    const int i = indexOf(connectorId, name);
    if (i < 0)
        return false;
    m_connections.removeAt(i);
    return true;
}

int ConnectionStore::indexOf(const QString &connectorId, const QString &name) const
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i).connectorId == connectorId && m_connections.at(i).name == name)
            return i;
    }
    return -1;
}
