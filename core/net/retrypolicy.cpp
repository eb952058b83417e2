#include "retrypolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace em::net {

namespace {

// Google answers quota trouble with 403 and one of these reasons.
bool isRateLimitReason(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body)
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject()
                                  .value(QStringLiteral("errors"))
                                  .toArray();
    for (const auto &e : errors) {
        const QString reason = e.toObject().value(QStringLiteral("reason")).toString();
        if (reason == QLatin1String("userRateLimitExceeded") || reason == QLatin1String("rateLimitExceeded"))
            return true;
    }
    return false;
}

} // namespace

Retry shouldRetry(int status, QNetworkReply::NetworkError network, const QByteArray &body, bool idempotent)
{
    if (status == 429 || status == 503)
        return Retry::Yes; // not carried out: the server said so
    if (status == 403)
        return isRateLimitReason(body) ? Retry::Yes : Retry::No;
    if (status == 0) {
        // A certificate nobody vouches for does not get better by asking again, and every
        // try would offer the server a handshake it should not get.
        if (network == QNetworkReply::SslHandshakeFailedError)
            return Retry::No;
        if (network == QNetworkReply::ConnectionRefusedError || network == QNetworkReply::HostNotFoundError)
            return Retry::Yes; // never reached the server
        // Qt ends a stalled transfer (transfer timeout) with OperationCanceledError.
        return idempotent ? Retry::Yes : Retry::No;
    }
    if (status == 500 || status == 502 || status == 504)
        return idempotent ? Retry::Yes : Retry::No;
    return Retry::No;
}

qint64 retryDelayMs(const RetryPolicy &policy, int attempt, const QByteArray &retryAfter, double random01, qint64 nowMs)
{
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&isNumber);
        if (isNumber && seconds >= 0)
            return qMin<qint64>(seconds * 1000, 3600 * 1000);
        const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(retryAfter.trimmed()),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (at.isValid()) {
            QDateTime utc = at;
            utc.setTimeSpec(Qt::UTC);
            return qBound(qint64(0), utc.toMSecsSinceEpoch() - nowMs, qint64(3600 * 1000));
        }
    }
    const int exponent = qBound(0, attempt - 2, 20);
    const qint64 ceiling = qMin<qint64>(qint64(policy.baseDelayMs) << exponent, policy.maxDelayMs);
    const qint64 half = ceiling / 2; // "equal jitter": half fixed, half random
    return half + qint64(double(half) * random01);
}

} // namespace em::net
