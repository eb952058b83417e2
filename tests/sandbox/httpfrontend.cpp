#include "httpfrontend.h"

#include "sandbox.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace em::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

bool isApi(const QString &path)
{
    return path.startsWith(QLatin1String("/gmail/")) || path.startsWith(QLatin1String("/upload/")) ||
           path.startsWith(QLatin1String("/batch")) || path.startsWith(QLatin1String("/v1.0/"));
}

HttpResponse serverError(const QString &path, int status)
{
    if (path.startsWith(QLatin1String("/v1.0/")))
        return HttpResponse::json(
            status,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), status == 503 ? QStringLiteral("serviceNotAvailable")
                                                                            : QStringLiteral("generalException")},
                                     {QStringLiteral("message"), QStringLiteral("Injected fault")}}}});
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), status},
                                         {QStringLiteral("message"),
                                          status == 503 ? QStringLiteral("The service is currently unavailable.")
                                                        : QStringLiteral("Internal error encountered.")},
                                         {QStringLiteral("status"), status == 503 ? QStringLiteral("UNAVAILABLE")
                                                                                  : QStringLiteral("INTERNAL")}}}});
}

} // namespace

HttpFrontend::HttpFrontend(Sandbox &sandbox) : m_sandbox(sandbox)
{}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{}

bool HttpFrontend::handleRequest(const QHttpServerRequest &qrequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest request;
    request.method = methodName(qrequest.method());
    request.path = qrequest.url().path();
    request.query = qrequest.query();
    for (const auto &[name, value] : qrequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = qrequest.body();
    request.peer = qrequest.remoteAddress();

    const Limits &limits = m_sandbox.limits();
    QString fault;
    QString graphUser;
    HttpResponse response;
    const bool api = isApi(request.path);
    if (api && m_sandbox.roll() < limits.rate500) {
        response = serverError(request.path, 500);
        fault = QStringLiteral("500");
    } else if (api && m_sandbox.roll() < limits.rate503) {
        response = serverError(request.path, 503);
        fault = QStringLiteral("503");
    } else {
        if (request.path.startsWith(QLatin1String("/v1.0/"))) {
            // Graph's per-mailbox concurrency and request window are checked at the door.
            if (const TokenGrant *grant = m_sandbox.oauth().validate(request.bearerToken())) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (!m_sandbox.quota().admitGraph(grant->user, now)) {
                    response = HttpResponse::json(
                        429, QJsonObject{
                                 {QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("TooManyRequests")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("Application is over its MailboxConcurrency limit.")}}}});
                    response.withHeader("Retry-After",
                                        QByteArray::number(m_sandbox.quota().graphRetryAfterSeconds(grant->user, now)));
                    response.user = grant->user;
                    fault = QStringLiteral("429");
                } else {
                    graphUser = grant->user;
                    m_sandbox.quota().graphStarted(graphUser);
                }
            }
        }
        if (fault.isEmpty())
            response = m_sandbox.dispatch(request);
        if (api && response.status < 400) {
            if (m_sandbox.roll() < limits.rateReset)
                response.fault = HttpResponse::Fault::ResetConnection;
            else if (m_sandbox.roll() < limits.rateTruncate && response.body.size() > 1)
                response.fault = HttpResponse::Fault::TruncateBody;
        }
    }
    if (response.fault == HttpResponse::Fault::ResetConnection)
        fault = QStringLiteral("reset");
    else if (response.fault == HttpResponse::Fault::TruncateBody)
        fault = QStringLiteral("truncate");
    else if (fault.isEmpty() && response.status == 429)
        fault = QStringLiteral("429");

    const bool keepAlive = request.header("connection").toLower() != "close";
    QPointer<QTcpSocket> target(socket);
    Sandbox *sandbox = &m_sandbox;
    auto answer = [target, sandbox, response, keepAlive, graphUser, request, fault, timer]() {
        if (!graphUser.isEmpty())
            sandbox->quota().graphFinished(graphUser);
        sandbox->log().append({QDateTime::currentDateTimeUtc(), QString::fromLatin1(request.method), request.path,
                               response.fault == HttpResponse::Fault::ResetConnection ? 0 : response.status,
                               response.quotaUnits, timer.elapsed(), response.user, fault});
        if (!target)
            return;
        if (response.fault == HttpResponse::Fault::ResetConnection) {
            target->abort();
            return;
        }
        QByteArray bytes = serialize(response, keepAlive && response.fault == HttpResponse::Fault::None);
        if (response.fault == HttpResponse::Fault::TruncateBody) {
            bytes.chop(response.body.size() / 2 + 1); // the headers promise more than comes
            target->write(bytes);
            target->flush();
            target->abort();
            return;
        }
        target->write(bytes);
        if (!keepAlive)
            target->disconnectFromHost();
    };
    if (limits.latencyMs > 0)
        QTimer::singleShot(limits.latencyMs, this, answer);
    else
        answer();
    return true;
}

} // namespace em::sandbox
