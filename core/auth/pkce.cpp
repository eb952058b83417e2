#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace em::auth {

namespace {
QString base64url(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString randomUrlSafe(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (char &c : b)
        c = char(rng->bounded(256));
    return base64url(b);
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomUrlSafe(32);
    p.challenge = challengeFor(p.verifier);
    return p;
}

QString Pkce::challengeFor(const QString &verifier)
{
    return base64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

} // namespace em::auth
