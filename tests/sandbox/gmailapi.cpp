#include "gmailapi.h"

#include "gmailformat.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace em::sandbox {

namespace {

const QString kFullScope = QStringLiteral("https://mail.google.com/");
const QString kModifyScope = QStringLiteral("https://www.googleapis.com/auth/gmail.modify");
const QString kReadonlyScope = QStringLiteral("https://www.googleapis.com/auth/gmail.readonly");

// Bigger than any valid request (35 MB of message as base64 in JSON): refused unread.
constexpr qsizetype kMaxRequestBytes = 64 * 1024 * 1024;

QString statusText(int status)
{
    switch (status) {
    case 401: return QStringLiteral("UNAUTHENTICATED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 409: return QStringLiteral("ALREADY_EXISTS");
    case 429: return QStringLiteral("RESOURCE_EXHAUSTED");
    case 501: return QStringLiteral("UNIMPLEMENTED");
    default: return status >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("INVALID_ARGUMENT");
    }
}

// Units per method, as Google charges them.
int unitsFor(const QString &id)
{
    static const QHash<QString, int> units{
        {QStringLiteral("gmail.users.getProfile"), 1},
        {QStringLiteral("gmail.users.labels.list"), 1},
        {QStringLiteral("gmail.users.labels.get"), 1},
        {QStringLiteral("gmail.users.labels.create"), 1},
        {QStringLiteral("gmail.users.labels.patch"), 1},
        {QStringLiteral("gmail.users.labels.update"), 1},
        {QStringLiteral("gmail.users.labels.delete"), 1},
        {QStringLiteral("gmail.users.messages.list"), 5},
        {QStringLiteral("gmail.users.messages.get"), 5},
        {QStringLiteral("gmail.users.messages.modify"), 5},
        {QStringLiteral("gmail.users.messages.trash"), 5},
        {QStringLiteral("gmail.users.messages.untrash"), 5},
        {QStringLiteral("gmail.users.messages.attachments.get"), 5},
        {QStringLiteral("gmail.users.messages.delete"), 10},
        {QStringLiteral("gmail.users.messages.batchModify"), 50},
        {QStringLiteral("gmail.users.messages.batchDelete"), 50},
        {QStringLiteral("gmail.users.messages.send"), 100},
        {QStringLiteral("gmail.users.history.list"), 2},
        {QStringLiteral("gmail.users.drafts.create"), 10},
        {QStringLiteral("gmail.users.drafts.update"), 10},
        {QStringLiteral("gmail.users.drafts.get"), 5},
        {QStringLiteral("gmail.users.drafts.list"), 5},
        {QStringLiteral("gmail.users.drafts.delete"), 10},
        {QStringLiteral("gmail.users.drafts.send"), 100},
        {QStringLiteral("gmail.users.settings.sendAs.list"), 1},
    };
    return units.value(id, 1);
}

} // namespace

GmailApi::GmailApi(Sandbox &sandbox) : m_sandbox(sandbox)
{}

HttpResponse GmailApi::error(int status, const QString &reason, const QString &message)
{
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), status},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("errors"),
                                          QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("global")},
                                                                 {QStringLiteral("reason"), reason},
                                                                 {QStringLiteral("message"), message}}}},
                                         {QStringLiteral("status"), statusText(status)}}}});
}

HttpResponse GmailApi::notFound()
{
    return error(404, QStringLiteral("notFound"), QStringLiteral("Requested entity was not found."));
}

HttpResponse GmailApi::invalid(const QString &message)
{
    return error(400, QStringLiteral("invalidArgument"), message);
}

QString GmailApi::Call::query(const QString &name) const
{
    return request->query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList GmailApi::Call::queryAll(const QString &name) const
{
    return request->query.allQueryItemValues(name, QUrl::FullyDecoded);
}

bool GmailApi::handles(const HttpRequest &r)
{
    return r.path.startsWith(QLatin1String("/gmail/v1/")) || r.path.startsWith(QLatin1String("/upload/gmail/v1/")) ||
           r.path.startsWith(QLatin1String("/resumable/upload/gmail/v1/")) ||
           r.path == QLatin1String("/batch/gmail/v1") || r.path == QLatin1String("/batch");
}

HttpResponse GmailApi::handle(const HttpRequest &r)
{
    if (r.body.size() > kMaxRequestBytes)
        return error(413, QStringLiteral("uploadTooLarge"), QStringLiteral("Request too large."));
    // Each part of a batch carries (or inherits) its own credentials.
    if (r.path == QLatin1String("/batch/gmail/v1") || r.path == QLatin1String("/batch"))
        return batch(r);
    const TokenGrant *grant = m_sandbox.oauth().validate(r.bearerToken());
    if (!grant || grant->provider != Provider::Google || !m_sandbox.mailbox(grant->user))
        return error(401, QStringLiteral("authError"),
                     QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access "
                                    "token, login cookie or other valid authentication credential. See "
                                    "https://developers.google.com/identity/sign-in/web/devconsole-project."));
    if (!m_discovery.loaded())
        return error(500, QStringLiteral("backendError"), QStringLiteral("The discovery document is missing."));
    HttpResponse resp = r.path.startsWith(QLatin1String("/gmail/")) ? handleApi(r, *grant) : upload(r, *grant);
    if (resp.user.isEmpty())
        resp.user = grant->user;
    return resp;
}

HttpResponse GmailApi::handleApi(const HttpRequest &r, const TokenGrant &grant, const QByteArray *media)
{
    Call call;
    call.request = &r;
    call.media = media;
    bool pathKnown = false;
    call.method = m_discovery.find(r.method, r.path.mid(1), &call.pathParams, &pathKnown);
    if (!call.method)
        return pathKnown ? error(405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Method not allowed."))
                         : notFound();
    const bool hasRequest = call.method->json.contains(QStringLiteral("request"));
    if (hasRequest) {
        if (r.body.trimmed().isEmpty()) {
            call.body = {};
        } else {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject())
                return error(400, QStringLiteral("parseError"),
                             QStringLiteral("Invalid JSON payload received. Unexpected token."));
            call.body = doc.object();
        }
    }
    QString problem = m_discovery.checkQuery(*call.method, r.query);
    if (problem.isEmpty() && hasRequest)
        problem = m_discovery.checkBody(*call.method, call.body);
    if (!problem.isEmpty())
        return error(400,
                     problem.startsWith(QLatin1String("Invalid JSON")) ? QStringLiteral("badRequest")
                                                                       : QStringLiteral("invalidArgument"),
                     problem);
    const QString userId = call.pathParams.value(QStringLiteral("userId"));
    if (userId != QLatin1String("me") && userId.compare(grant.user, Qt::CaseInsensitive) != 0)
        return error(403, QStringLiteral("forbidden"), QStringLiteral("Delegation denied for %1").arg(grant.user));
    if (!scopeAllows(grant, call.method->id, r.method))
        return error(403, QStringLiteral("insufficientPermissions"),
                     QStringLiteral("Request had insufficient authentication scopes."));
    call.user = grant.user;
    call.mailbox = m_sandbox.mailbox(grant.user);
    return invoke(call);
}

bool GmailApi::scopeAllows(const TokenGrant &grant, const QString &methodId, const QByteArray &httpMethod) const
{
    if (grant.scopes.contains(kFullScope))
        return true;
    // Permanent deletion needs the full scope; gmail.modify can do everything else we serve.
    if (methodId == QLatin1String("gmail.users.messages.delete") ||
        methodId == QLatin1String("gmail.users.messages.batchDelete"))
        return false;
    if (grant.scopes.contains(kModifyScope))
        return true;
    return httpMethod == "GET" && grant.scopes.contains(kReadonlyScope);
}

bool GmailApi::charge(const QString &user, int units, qint64 nowMs)
{
    if (!m_sandbox.quota().chargeGmail(user, units, nowMs))
        return false;
    QList<qint64> &times = m_charges[user];
    const qint64 window = m_sandbox.limits().gmailQuotaWindowMs;
    while (!times.isEmpty() && times.first() <= nowMs - window)
        times.removeFirst();
    times.append(nowMs);
    return true;
}

HttpResponse GmailApi::overQuota(const QString &user, qint64 nowMs)
{
    // The sliding minute frees units when the oldest charge still in it gets a minute old.
    const QList<qint64> times = m_charges.value(user);
    const qint64 window = m_sandbox.limits().gmailQuotaWindowMs;
    const qint64 waitMs = times.isEmpty() ? window : times.first() + window - nowMs;
    HttpResponse resp = error(429, QStringLiteral("rateLimitExceeded"),
                              QStringLiteral("Quota exceeded for quota metric 'Queries' and limit 'Queries per "
                                             "minute per user' of service 'gmail.googleapis.com'."));
    resp.withHeader("Retry-After", QByteArray::number(qBound(qint64(1), (waitMs + 999) / 1000, qint64(60))));
    return resp;
}

HttpResponse GmailApi::invoke(Call &call)
{
    const QString &id = call.method->id;
    const int units = unitsFor(id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!charge(call.user, units, now)) {
        HttpResponse resp = overQuota(call.user, now);
        resp.user = call.user;
        return resp;
    }
    using Handler = HttpResponse (GmailApi::*)(Call &);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("gmail.users.getProfile"), &GmailApi::profile},
        {QStringLiteral("gmail.users.labels.list"), &GmailApi::labelsList},
        {QStringLiteral("gmail.users.labels.get"), &GmailApi::labelsGet},
        {QStringLiteral("gmail.users.labels.create"), &GmailApi::labelsCreate},
        {QStringLiteral("gmail.users.labels.delete"), &GmailApi::labelsDelete},
        {QStringLiteral("gmail.users.history.list"), &GmailApi::historyList},
        {QStringLiteral("gmail.users.settings.sendAs.list"), &GmailApi::sendAsList},
        {QStringLiteral("gmail.users.messages.list"), &GmailApi::messagesList},
        {QStringLiteral("gmail.users.messages.get"), &GmailApi::messagesGet},
        {QStringLiteral("gmail.users.messages.modify"), &GmailApi::messagesModify},
        {QStringLiteral("gmail.users.messages.batchModify"), &GmailApi::messagesBatchModify},
        {QStringLiteral("gmail.users.messages.delete"), &GmailApi::messagesDelete},
        {QStringLiteral("gmail.users.messages.batchDelete"), &GmailApi::messagesBatchDelete},
        {QStringLiteral("gmail.users.messages.attachments.get"), &GmailApi::attachmentsGet},
        {QStringLiteral("gmail.users.messages.send"), &GmailApi::messagesSend},
        {QStringLiteral("gmail.users.drafts.create"), &GmailApi::draftsCreate},
        {QStringLiteral("gmail.users.drafts.update"), &GmailApi::draftsUpdate},
        {QStringLiteral("gmail.users.drafts.get"), &GmailApi::draftsGet},
        {QStringLiteral("gmail.users.drafts.list"), &GmailApi::draftsList},
        {QStringLiteral("gmail.users.drafts.send"), &GmailApi::draftsSend},
        {QStringLiteral("gmail.users.drafts.delete"), &GmailApi::draftsDelete},
    };
    HttpResponse resp;
    if (id == QLatin1String("gmail.users.labels.patch") || id == QLatin1String("gmail.users.labels.update"))
        resp = labelsUpdate(call, id.endsWith(QLatin1String("patch")));
    else if (id == QLatin1String("gmail.users.messages.trash") || id == QLatin1String("gmail.users.messages.untrash"))
        resp = messagesTrash(call, id.endsWith(QLatin1String(".trash")));
    else if (const Handler h = handlers.value(id))
        resp = (this->*h)(call);
    else
        resp = error(501, QStringLiteral("notImplemented"),
                     QStringLiteral("%1 is not implemented by the sandbox.").arg(id));
    // Partial responses: only what "fields" selects.
    const QString fields = call.query(QStringLiteral("fields"));
    if (resp.status == 200 && !fields.isEmpty() && !resp.body.isEmpty()) {
        QJsonObject body = QJsonDocument::fromJson(resp.body).object();
        if (!applyFieldMask(fields, body))
            resp = invalid(QStringLiteral("Invalid field selection %1").arg(fields));
        else
            resp = HttpResponse::json(200, body);
    }
    resp.quotaUnits = units;
    resp.user = call.user;
    return resp;
}

} // namespace em::sandbox
