#include "SecretStore.h"

#include "KeychainCall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
QByteArray encode(const SecretStore::Secrets &secrets)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SecretStore::Secrets decode(const QByteArray &data)
{
    SecretStore::Secrets secrets;
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        secrets.insert(it.key(), it.value().toString());
    return secrets;
}
} // namespace

SecretStore::SecretStore(Mode mode, const QString &service)
    : m_service(service.isEmpty() ? QStringLiteral("Connector Designer") : service)
{
    if (mode == Mode::Auto)
        probeKeychain();
    else
        m_keychainError = QCoreApplication::translate("SecretStore", "the keychain is turned off");
}

QString SecretStore::notice() const
{
    if (m_usesKeychain)
        return {};
    return QCoreApplication::translate(
               "SecretStore",
               "No keychain is available (%1): secrets are kept in memory only until you quit.")
        .arg(m_keychainError);
}

void SecretStore::probeKeychain()
{
    // A round trip with a throwaway value: some backends accept writes they cannot read back.
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toByteArray();
    KeychainCall::Result r = KeychainCall::write(m_service, key, value);
    if (r.ok) {
        r = KeychainCall::read(m_service, key);
        if (r.ok && r.data != value) {
            r.ok = false;
            r.error = QCoreApplication::translate("SecretStore", "the keychain returned another value");
        }
        KeychainCall::remove(m_service, key);
    }
    m_usesKeychain = r.ok;
    m_keychainError = r.ok ? QString() : r.error;
}

bool SecretStore::store(const QString &key, const Secrets &secrets, QString *error)
{
    m_memory.insert(key, secrets);
    if (!m_usesKeychain)
        return true;
    const KeychainCall::Result r = KeychainCall::write(m_service, key, encode(secrets));
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

SecretStore::Secrets SecretStore::secrets(const QString &key, QString *error)
{
    const auto cached = m_memory.constFind(key);
    if (cached != m_memory.constEnd() || !m_usesKeychain)
        return cached == m_memory.constEnd() ? Secrets() : cached.value();
    const KeychainCall::Result r = KeychainCall::read(m_service, key);
    if (!r.ok) {
        if (error && !r.notFound)
            *error = r.error;
        return {};
    }
    const Secrets secrets = decode(r.data);
    m_memory.insert(key, secrets);
    return secrets;
}

bool SecretStore::remove(const QString &key, QString *error)
{
    m_memory.remove(key);
    if (!m_usesKeychain)
        return true;
    const KeychainCall::Result r = KeychainCall::remove(m_service, key);
    if (!r.ok && !r.notFound) {
        if (error)
            *error = r.error;
        return false;
    }
    return true;
}
