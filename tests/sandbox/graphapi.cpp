#include "graphapi.h"

#include "sandbox.h"

#include <QJsonObject>

namespace em::sandbox {

namespace {
HttpResponse graphError(int status, const QString &code, const QString &message)
{
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("innerError"),
                                          QJsonObject{{QStringLiteral("date"),
                                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}}}});
}
} // namespace

bool GraphApi::handles(const HttpRequest &r)
{
    return r.path.startsWith(QLatin1String("/v1.0/"));
}

HttpResponse GraphApi::handle(const HttpRequest &r)
{
    const TokenGrant *grant = m_sandbox.oauth().validate(r.bearerToken());
    if (!grant || grant->provider != Provider::Microsoft)
        return graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                          QStringLiteral("Access token is empty or invalid."));
    Mailbox *mailbox = m_sandbox.mailbox(grant->user);
    if (r.method == "GET" && r.path == QLatin1String("/v1.0/me")) {
        HttpResponse resp =
            HttpResponse::json(200, QJsonObject{{QStringLiteral("displayName"), mailbox->displayName()},
                                                {QStringLiteral("mail"), mailbox->address()},
                                                {QStringLiteral("userPrincipalName"), mailbox->address()}});
        resp.user = grant->user;
        return resp;
    }
    return graphError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Resource not found for the segment."));
}

} // namespace em::sandbox
