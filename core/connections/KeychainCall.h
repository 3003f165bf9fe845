#pragma once

#include <QByteArray>
#include <QString>

// QtKeychain's asynchronous jobs run to completion (a local event loop with a time limit), so
// SecretStore can offer plain calls. The insecure plain-text fallback is always off.
class KeychainCall
{
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;
        QString error;
        QByteArray data;
    };

    static Result write(const QString &service, const QString &key, const QByteArray &data);
    static Result read(const QString &service, const QString &key);
    static Result remove(const QString &service, const QString &key);

    static constexpr int kTimeoutMs = 10000;
};
