#include "gmailapi.h"

#include "sandbox.h"

#include <QJsonArray>
#include <QJsonObject>

namespace em::sandbox {

namespace {
HttpResponse googleError(int status, const QString &reason, const QString &message, const QString &statusText)
{
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), status},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("errors"),
                                          QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("global")},
                                                                 {QStringLiteral("reason"), reason},
                                                                 {QStringLiteral("message"), message}}}},
                                         {QStringLiteral("status"), statusText}}}});
}
} // namespace

bool GmailApi::handles(const HttpRequest &r)
{
    return r.path.startsWith(QLatin1String("/gmail/v1/")) || r.path.startsWith(QLatin1String("/upload/gmail/v1/")) ||
           r.path == QLatin1String("/batch/gmail/v1") || r.path == QLatin1String("/batch");
}

HttpResponse GmailApi::handle(const HttpRequest &r)
{
    const TokenGrant *grant = m_sandbox.oauth().validate(r.bearerToken());
    if (!grant || grant->provider != Provider::Google)
        return googleError(401, QStringLiteral("authError"),
                           QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access "
                                          "token, login cookie or other valid authentication credential."),
                           QStringLiteral("UNAUTHENTICATED"));
    Mailbox *mailbox = m_sandbox.mailbox(grant->user);
    if (r.method == "GET" && r.path == QLatin1String("/gmail/v1/users/me/profile")) {
        if (!m_sandbox.quota().chargeGmail(grant->user, 1, QDateTime::currentMSecsSinceEpoch()))
            return googleError(429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Quota exceeded"),
                               QStringLiteral("RESOURCE_EXHAUSTED"));
        HttpResponse resp =
            HttpResponse::json(200, QJsonObject{{QStringLiteral("emailAddress"), mailbox->address()},
                                                {QStringLiteral("messagesTotal"), int(mailbox->messages().size())},
                                                {QStringLiteral("threadsTotal"), int(mailbox->messages().size())},
                                                {QStringLiteral("historyId"), QString::number(mailbox->historyId())}});
        resp.quotaUnits = 1;
        resp.user = grant->user;
        return resp;
    }
    return googleError(404, QStringLiteral("notFound"), QStringLiteral("Requested entity was not found."),
                       QStringLiteral("NOT_FOUND"));
}

} // namespace em::sandbox
