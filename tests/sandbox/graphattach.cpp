// Attachments added to messages: directly (up to 3 MB) and through upload sessions.
#include "graphapi.h"
#include "graphjson.h"
#include "graphmime.h"
#include "mime/mimebuilder.h"
#include "mime/mimeparser.h"
#include "sandbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace em::sandbox {

using graph::error;

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

constexpr qint64 kDirectLimit = 3 * 1024 * 1024;    // larger ones need an upload session
constexpr qint64 kSessionLimit = 150 * 1024 * 1024; // Outlook's attachment ceiling
constexpr qint64 kChunkLimit = 4 * 1024 * 1024;     // per PUT

// Rebuilds the message with one more attachment; returns that attachment's index.
int attach(Mailbox &mailbox, StoredMessage &m, const mime::OutgoingAttachment &a)
{
    mime::OutgoingMessage out = graph::outgoingFrom(mime::parseMessage(m.raw, {true}));
    out.attachments.append(a);
    mailbox.replaceRaw(m.id, mime::buildMessage(out, {true, true}));
    // The builder may group inline parts apart: find the new one by name, from the end.
    const mime::ParsedMessage p = mime::parseMessage(m.raw);
    for (int i = int(p.attachments.size()) - 1; i >= 0; --i)
        if (p.attachments.at(i).filename == a.filename)
            return i;
    return int(p.attachments.size()) - 1;
}
} // namespace

HttpResponse GraphApi::addAttachment(Call &call, StoredMessage &m)
{
    const HttpRequest &r = call.request;
    // A body this size cannot hold an attachment under the limit: refuse before parsing.
    if (r.body.size() > kDirectLimit * 4 / 3 + 64 * 1024)
        return error(r, 413, str("RequestEntityTooLarge"),
                     str("The attachment is larger than 3 MB: use an upload session."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return error(r, 400, str("BadRequest"), str("Unable to read JSON request payload."));
    mime::OutgoingAttachment a;
    QString problem;
    if (!graph::attachmentFromJson(doc.object(), &a, &problem))
        return error(r, 400, str("ErrorInvalidRequest"), problem);
    if (a.data.size() > kDirectLimit)
        return error(r, 413, str("RequestEntityTooLarge"),
                     str("The attachment is larger than 3 MB: use an upload session."));
    const int index = attach(call.mailbox, m, a);
    const mime::ParsedMessage p = mime::parseMessage(m.raw, {true});
    return HttpResponse::json(201, graph::attachmentJson(m, index, p.attachments.value(index), true));
}

HttpResponse GraphApi::createUploadSession(Call &call, StoredMessage &m)
{
    const HttpRequest &r = call.request;
    QJsonParseError pe;
    const QJsonObject body = QJsonDocument::fromJson(r.body, &pe).object();
    const QJsonObject item = body.value(str("AttachmentItem")).toObject();
    if (pe.error != QJsonParseError::NoError || item.isEmpty())
        return error(r, 400, str("ErrorInvalidRequest"), str("The AttachmentItem parameter is required."));
    const QString type = item.value(str("attachmentType")).toString(str("file"));
    const qint64 size = qint64(item.value(str("size")).toDouble(-1));
    const QString name = item.value(str("name")).toString();
    if (type.compare(QLatin1String("file"), Qt::CaseInsensitive) != 0 || name.isEmpty() || size < 0)
        return error(r, 400, str("ErrorInvalidRequest"),
                     str("AttachmentItem needs attachmentType file, a name and a size."));
    if (size < kDirectLimit)
        return error(r, 400, str("ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"),
                     str("Attachment size must be greater than the minimum size."));
    if (size > kSessionLimit)
        return error(r, 413, str("ErrorAttachmentSizeLimitExceeded"),
                     str("The attachment exceeds the maximum size of 150 MB."));
    UploadSession s;
    s.user = call.mailbox.address();
    s.messageId = m.id;
    s.name = name;
    s.contentType = item.value(str("contentType")).toString(str("application/octet-stream"));
    s.isInline = item.value(str("isInline")).toBool();
    s.contentId = item.value(str("contentId")).toString();
    s.size = size;
    s.expires = QDateTime::currentDateTimeUtc().addSecs(6 * 3600);
    const QString id = QStringLiteral("AAMkSess%1").arg(++m_uploadCounter);
    const QString secret =
        QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray::number(m_uploadCounter) + m.id.toLatin1() +
                                                                QByteArray::number(m_sandbox.roll())),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    m_uploads.insert(id, s);
    m_uploadSecrets.insert(id, secret);
    const QString url =
        m_sandbox.baseUrl().toString() + str("/api/v2.0/AttachmentSessions/%1?authtoken=%2").arg(id, secret);
    return HttpResponse::json(
        201, QJsonObject{{str("@odata.context"),
                          QString(graph::apiBase(m_sandbox) + str("/$metadata#microsoft.graph.uploadSession"))},
                         {str("uploadUrl"), url},
                         {str("expirationDateTime"), s.expires.toString(Qt::ISODate)},
                         {str("nextExpectedRanges"), QJsonArray{str("0-")}}});
}

HttpResponse GraphApi::uploadChunk(const HttpRequest &r)
{
    const QString id = r.path.section(u'/', 4, 4);
    auto it = m_uploads.find(id);
    if (it == m_uploads.end() || r.query.queryItemValue(str("authtoken")) != m_uploadSecrets.value(id))
        return error(r, 404, str("ErrorItemNotFound"), str("The upload session was not found or has expired."));
    // Outlook refuses upload URLs that come with a bearer token.
    if (!r.header("authorization").isEmpty())
        return error(r, 401, str("InvalidAuthenticationToken"),
                     str("Do not send an Authorization header to the upload URL."));
    UploadSession &s = it.value();
    if (s.expires < QDateTime::currentDateTimeUtc()) {
        m_uploads.erase(it);
        return error(r, 404, str("ErrorItemNotFound"), str("The upload session has expired."));
    }
    if (r.method == "DELETE") {
        m_uploads.erase(it);
        return HttpResponse::empty(204);
    }
    if (r.method != "PUT")
        return error(r, 405, str("ErrorInvalidRequest"), str("Upload chunks with PUT."));
    static const QRegularExpression rangeRe(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
    const auto match = rangeRe.match(QString::fromLatin1(r.header("content-range")).trimmed());
    if (!match.hasMatch())
        return error(r, 400, str("ErrorInvalidRequest"), str("A Content-Range header (bytes a-b/total) is required."));
    const qint64 from = match.captured(1).toLongLong(), to = match.captured(2).toLongLong(),
                 total = match.captured(3).toLongLong();
    if (to >= from && to - from + 1 > kChunkLimit)
        return error(r, 413, str("RequestEntityTooLarge"), str("A chunk may hold at most 4 MB."));
    if (to < from || total != s.size || to >= total)
        return error(r, 400, str("ErrorInvalidRequest"), str("The Content-Range does not fit the session."));
    if (r.body.size() != to - from + 1)
        return error(r, 400, str("ErrorInvalidRequest"), str("The body length does not match the Content-Range."));
    if (from != s.data.size())
        return error(r, 416, str("ErrorInvalidRange"),
                     str("The range does not start at the next expected byte %1.").arg(s.data.size()));
    s.data += r.body;
    if (s.data.size() < s.size) {
        HttpResponse resp = HttpResponse::json(
            200, QJsonObject{{str("expirationDateTime"), s.expires.toString(Qt::ISODate)},
                             {str("nextExpectedRanges"), QJsonArray{str("%1-").arg(s.data.size())}}});
        resp.user = s.user;
        return resp;
    }
    const UploadSession done = s;
    m_uploads.erase(it);
    m_uploadSecrets.remove(id);
    Mailbox *mailbox = m_sandbox.mailbox(done.user);
    StoredMessage *m = mailbox ? mailbox->message(done.messageId) : nullptr;
    if (!m)
        return error(r, 404, str("ErrorItemNotFound"), str("The message was deleted during the upload."));
    const int index =
        attach(*mailbox, *m, {done.name, done.contentType, done.data, done.isInline ? done.contentId : QString()});
    HttpResponse resp = HttpResponse::empty(201);
    resp.withHeader("Location", (graph::apiBase(m_sandbox) +
                                 str("/me/messages/%1/attachments/%2").arg(m->restId, graph::attachmentId(*m, index)))
                                    .toUtf8());
    resp.user = done.user;
    return resp;
}

} // namespace em::sandbox
