#pragma once

#include <QHash>
#include <QMap>
#include <QString>

// The secrets of connections (API key values, passwords, client secrets, tokens), keyed by
// Connection::secretKey(). They go to the OS keychain through QtKeychain; where no keychain
// service answers (a headless machine without a Secret Service), they stay in this object's
// memory for the life of the process and usesKeychain() is false: the UI shows notice().
// Nothing is ever written in plain text: QtKeychain's insecure fallback stays off.
class SecretStore
{
public:
    enum class Mode {
        Auto, // probe the keychain once, fall back to memory when it does not work
        MemoryOnly,
    };
    using Secrets = QMap<QString, QString>; // connection parameter name -> value

    explicit SecretStore(Mode mode = Mode::Auto, const QString &service = {});

    bool usesKeychain() const { return m_usesKeychain; }
    // Why the keychain is not used (the keychain's own error), empty when it is used.
    QString keychainError() const { return m_keychainError; }
    // A sentence for the UI when secrets are kept in memory only; empty otherwise.
    QString notice() const;

    bool store(const QString &key, const Secrets &secrets, QString *error = nullptr);
    // Empty when nothing is stored for the key.
    Secrets secrets(const QString &key, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    void probeKeychain();

    QString m_service;
    bool m_usesKeychain = false;
    QString m_keychainError;
    // Always kept: the memory store when there is no keychain, a cache otherwise.
    QHash<QString, Secrets> m_memory;
};
