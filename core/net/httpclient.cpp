#include "httpclient.h"

#include "auth/accesstokensource.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace em::net {

Q_LOGGING_CATEGORY(lcNet, "emailmanager.net")

struct HttpClient::Call
{
    HttpRequest request;
    QPointer<QObject> context;
    Done done;
    int attempts = 0;
    bool charged = false;   // this attempt's units are in the quota window
    bool handed401 = false; // the auth layer had its one chance
    // cppcheck-suppress unusedStructMember ; read through the Call pointer (cppcheck misses it)
    QString rejectedToken; // refused with 401: not to be sent again
    bool counted = false;  // holds a concurrency slot
};

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    m_clock.start();
    m_wake.setSingleShot(true);
    // A coarse timer may fire 5% late: with paced requests that is 5% of the quota unused.
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &HttpClient::pump);
}

HttpClient::~HttpClient()
{
    for (const QPointer<QNetworkReply> &r : std::as_const(m_replies))
        if (r) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
}

int HttpClient::quotaUsed() const
{
    return m_quota ? m_quota->used(now()) : 0;
}

void HttpClient::send(const HttpRequest &request, QObject *context, Done done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->done = std::move(done);
    if (request.urgent) {
        // After the other urgent ones (and retries, which go to the front), before the rest.
        auto it = m_queue.begin();
        while (it != m_queue.end() && (*it)->request.urgent)
            ++it;
        m_queue.insert(it, call);
    } else {
        m_queue.push_back(call);
    }
    pump();
}

// Starts what the concurrency limit and the quota allow, in order; sleeps until the
// quota frees up when the head of the queue does not fit.
void HttpClient::holdFor(qint64 ms)
{
    m_heldUntil = qMax(m_heldUntil, now() + ms);
    pump();
}

void HttpClient::pump()
{
    if (const qint64 held = m_heldUntil - now(); held > 0 && !m_queue.empty()) {
        if (!m_wake.isActive() || m_wake.remainingTime() > held)
            m_wake.start(int(qMin<qint64>(held, 3600 * 1000)));
        return;
    }
    while (!m_queue.empty() && m_inFlight < m_maxConcurrent) {
        const std::shared_ptr<Call> call = m_queue.front();
        if (m_quota && !call->charged) {
            const qint64 wait = m_quota->delayFor(call->request.quotaUnits, now());
            if (wait > 0) {
                if (!m_wake.isActive() || m_wake.remainingTime() > wait)
                    m_wake.start(int(qMin<qint64>(wait, 3600 * 1000)));
                return;
            }
            m_quota->charge(call->request.quotaUnits, now());
            call->charged = true;
        }
        m_queue.pop_front();
        ++m_inFlight;
        call->counted = true;
        authorize(call);
    }
}

void HttpClient::setTokenSource(auth::AccessTokenSource *source)
{
    m_tokens = source;
}

void HttpClient::authorize(const std::shared_ptr<Call> &call)
{
    if (!m_tokens) {
        transmit(call, {});
        return;
    }
    m_tokens->token(
        this,
        [this, call](const Result<QString> &token) {
            if (!token) {
                HttpResponse failed;
                failed.status = 0;
                failed.error = token.error();
                failed.attempts = call->attempts;
                finish(call, failed);
                pump(); // the slot is free: the queue goes on
                return;
            }
            transmit(call, token.value());
        },
        call->rejectedToken);
}

void HttpClient::transmit(const std::shared_ptr<Call> &call, const QString &token)
{
    ++call->attempts;
    QNetworkRequest request(call->request.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!call->request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->request.contentType);
    for (const auto &[k, v] : std::as_const(call->request.headers))
        request.setRawHeader(k, v);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_nam->sendCustomRequest(request, call->request.method, call->request.body);
    reply->setProperty("em_token", token);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onReply(call, reply); });
}

void HttpClient::onReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.network = response.status == 0 ? reply->error() : QNetworkReply::NoError;
    response.attempts = call->attempts;
    if (response.status == 0)
        response.error = reply->errorString();
    // Qt 6.4 delivers a body cut short by a closed connection as a complete answer: check
    // it against Content-Length (not when the body was decompressed on the way).
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding");
    const bool bodyless = call->request.method == "HEAD" || response.status == 204 || response.status == 304;
    if (response.status != 0 && !bodyless && length.isValid() && (encoding.isEmpty() || encoding == "identity") &&
        response.body.size() < length.toLongLong()) {
        response.status = 0;
        response.network = QNetworkReply::RemoteHostClosedError;
        response.error =
            tr("The connection closed after %1 of %2 bytes.").arg(response.body.size()).arg(length.toLongLong());
        response.body.clear();
    }
    const QString token = reply->property("em_token").toString();
    qCDebug(lcNet).noquote() << call->request.method << call->request.url.host() << call->request.url.path()
                             << response.status << "attempt" << call->attempts;

    // The slot is free while the request waits for a refresh or a retry.
    --m_inFlight;
    call->counted = false;
    call->charged = false;

    // The auth layer has one chance per request; the answer is read for a refusal inside
    // only when that chance is still there.
    const bool canRefresh = m_tokens && !token.isEmpty() && !call->handed401;
    if (canRefresh && (response.status == 401 ||
                       (response.ok() && call->request.refusedInside && call->request.refusedInside(response)))) {
        call->handed401 = true;
        call->rejectedToken = token;
        m_queue.push_front(call);
        pump();
        return;
    }
    if (call->attempts < m_policy.maxAttempts &&
        shouldRetry(response.status, response.network, response.body, call->request.isIdempotent()) == Retry::Yes) {
        const qint64 delay = retryDelayMs(m_policy, call->attempts + 1, reply->rawHeader("Retry-After"),
                                          m_random.generateDouble(), QDateTime::currentMSecsSinceEpoch());
        qCInfo(lcNet).noquote() << call->request.url.path() << "answered" << response.status << "- retry in" << delay
                                << "ms";
        retryLater(call, delay);
        pump();
        return;
    }
    finish(call, response);
    pump();
}

void HttpClient::retryLater(const std::shared_ptr<Call> &call, qint64 delayMs)
{
    QTimer::singleShot(int(qMin<qint64>(delayMs, 3600 * 1000)), this, [this, call] {
        m_queue.push_front(call);
        pump();
    });
}

void HttpClient::finish(const std::shared_ptr<Call> &call, const HttpResponse &response)
{
    if (call->counted) {
        --m_inFlight;
        call->counted = false;
    }
    if (call->context && call->done)
        call->done(response);
}

} // namespace em::net
