#pragma once

#include <QByteArray>
#include <QNetworkReply>

namespace em::net {

// When and how long to wait before trying a request again.
struct RetryPolicy
{
    int maxAttempts = 6;    // the first try included
    int baseDelayMs = 500;  // doubled on every attempt ...
    int maxDelayMs = 64000; // ... up to this
};

enum class Retry { No, Yes };

// Whether an answer is worth another try: 429, 500, 502, 503, 504, Google's 403 with a
// rate-limit reason, and network failures (a stalled transfer included). A request that may have been carried out
// (not idempotent) is retried only when the server surely did not act on it (429, 503,
// a refused connection).
Retry shouldRetry(int status, QNetworkReply::NetworkError network, const QByteArray &body, bool idempotent);

// The wait before attempt `attempt` (2 for the first retry): the server's Retry-After
// (seconds or an HTTP date) when it gave one, else exponential backoff with "full jitter"
// (a random point in [delay/2, delay]) so that many clients do not retry in step.
// `random01` is in [0, 1).
qint64 retryDelayMs(const RetryPolicy &policy, int attempt, const QByteArray &retryAfter, double random01,
                    qint64 nowMs);

} // namespace em::net
