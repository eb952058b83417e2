#pragma once

#include "quotawindow.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace em::auth {
class AccessTokenSource;
}

namespace em::net {

struct HttpResponse;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    int quotaUnits = 0; // what the provider charges for it (Gmail units); 0: free
    // May it be sent twice? Default: GET, PUT, DELETE and HEAD yes; POST and PATCH no.
    std::optional<bool> idempotent;
    // Ahead of everything queued: what a user waits for (opening a message) passes a
    // long background sync.
    bool urgent = false;
    // Says whether a 2xx answer still reports the token refused (a batch whose calls were
    // answered 401 one by one); such an answer is handled as a 401 of the whole request,
    // which is sent again whole: only for requests that may be repeated.
    std::function<bool(const HttpResponse &)> refusedInside;
    bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0; // 0: no answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString error; // why there is no answer, or the auth layer's message
    int attempts = 0;
    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
};

// The HTTP layer of one account's provider API: every request waits for the account's
// quota (a sliding window of units), for a free slot (a concurrency limit), and for a
// bearer token from the account's AccessTokenSource; a 401 is handed to that source once
// (which refreshes, shared with every other caller) and the request sent again; 429, 503,
// Google's rate-limit 403s, 5xx and network failures are retried with exponential
// backoff and jitter, honouring Retry-After, within the retry policy. Redirects are
// followed only within the same origin (the bearer token goes nowhere else). Requests are
// started in the order sent. Logs method, host and path with the outcome, never a query,
// a header or a body.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpClient() override;

    void setTokenSource(auth::AccessTokenSource *source);
    // `burst` > 0 also paces requests evenly (see QuotaWindow).
    void setQuota(int units, qint64 windowMs, int burst = 0) { m_quota.emplace(units, windowMs, burst); }
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    using Done = std::function<void(const HttpResponse &)>;
    // `done` runs once, unless `context` is gone by then.
    void send(const HttpRequest &request, QObject *context, Done done);

    // Sends nothing for this long (a provider's Retry-After seen inside a batch: every
    // other request would be refused too).
    void holdFor(qint64 ms);

    int queued() const { return int(m_queue.size()); }
    int inFlight() const { return m_inFlight; }
    int quotaUsed() const;

private:
    struct Call;
    void pump();
    void authorize(const std::shared_ptr<Call> &call);
    void transmit(const std::shared_ptr<Call> &call, const QString &token);
    void onReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Call> &call, qint64 delayMs);
    void finish(const std::shared_ptr<Call> &call, const HttpResponse &response);
    qint64 now() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_nam;
    QPointer<auth::AccessTokenSource> m_tokens;
    std::optional<QuotaWindow> m_quota;
    RetryPolicy m_policy;
    int m_maxConcurrent = 4;
    int m_timeoutMs = 60000;
    int m_inFlight = 0;
    qint64 m_heldUntil = 0;
    std::deque<std::shared_ptr<Call>> m_queue;
    QList<QPointer<QNetworkReply>> m_replies;
    QTimer m_wake;
    QElapsedTimer m_clock;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
};

} // namespace em::net
