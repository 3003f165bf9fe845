#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

Pkce::Pkce() : Pkce(randomUrlSafe(32)) { }

Pkce::Pkce(const QByteArray &verifier) : m_verifier(verifier), m_challenge(challengeFor(verifier)) { }

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray Pkce::randomUrlSafe(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    // The system generator: verifiers and states must not be predictable.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), byteCount / 4);
    for (int i = byteCount / 4 * 4; i < byteCount; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes.toBase64(kBase64Url);
}
