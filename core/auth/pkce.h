#pragma once

#include <QString>

namespace em::auth {

// base64url without padding of `bytes` bytes from the system's secure random source.
QString randomUrlSafe(int bytes);

// RFC 7636 S256: a fresh 32-byte verifier (43 characters) and its challenge.
struct Pkce
{
    QString verifier;
    QString challenge;
    static Pkce generate();
    static QString challengeFor(const QString &verifier);
};

} // namespace em::auth
