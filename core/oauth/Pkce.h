#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636) with the S256 method: a random code verifier and its
// challenge BASE64URL(SHA256(verifier)), both without padding.
class Pkce
{
public:
    Pkce(); // a fresh random verifier (32 random bytes: 43 characters)
    explicit Pkce(const QByteArray &verifier);

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return m_challenge; }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

    static QByteArray challengeFor(const QByteArray &verifier);
    static QByteArray randomUrlSafe(int byteCount); // base64url, no padding

private:
    QByteArray m_verifier;
    QByteArray m_challenge;
};
