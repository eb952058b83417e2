// drafts.* of the emulated Gmail API: a draft is a message with the DRAFT label and a
// draft id of its own that survives updates (each update makes a new message).
#include "gmailapi.h"

#include "gmailformat.h"
#include "sandbox.h"

#include <QJsonArray>

namespace em::sandbox {

namespace {

constexpr qsizetype kMaxMessageBytes = 35 * 1024 * 1024;

QJsonObject draftJson(const QString &draftId, const StoredMessage &m)
{
    QStringList labels(m.labels.cbegin(), m.labels.cend());
    labels.sort();
    return QJsonObject{
        {QStringLiteral("id"), draftId},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), m.id},
                                                {QStringLiteral("threadId"), m.threadId},
                                                {QStringLiteral("labelIds"), QJsonArray::fromStringList(labels)}}}};
}

} // namespace

QMap<QString, QString> &GmailApi::drafts(const QString &user)
{
    QMap<QString, QString> &map = m_drafts[user];
    // A draft whose message was deleted or sent some other way is gone.
    const Mailbox *mb = m_sandbox.mailbox(user);
    for (auto it = map.begin(); it != map.end();) {
        const auto m = mb->messages().find(it.value());
        if (m == mb->messages().end() || !m->labels.contains(QStringLiteral("DRAFT")))
            it = map.erase(it);
        else
            ++it;
    }
    return map;
}

// The raw bytes of the draft's message from a Draft body, or an error response.
static HttpResponse draftRaw(const QJsonObject &body, const QByteArray *media, QByteArray *raw, QString *threadId)
{
    const QJsonObject message = body.value(QStringLiteral("message")).toObject();
    const QString text = message.value(QStringLiteral("raw")).toString();
    if (text.isEmpty() && !media)
        return GmailApi::invalid(QStringLiteral("Missing draft message"));
    bool ok = true;
    *raw = media ? *media : fromBase64Any(text, &ok);
    if (!ok || raw->trimmed().isEmpty())
        return GmailApi::invalid(QStringLiteral("Invalid value for ByteString: message.raw"));
    if (raw->size() > kMaxMessageBytes)
        return GmailApi::error(413, QStringLiteral("uploadTooLarge"),
                               QStringLiteral("Message too large (35 MB at most)."));
    *threadId = message.value(QStringLiteral("threadId")).toString();
    return HttpResponse::empty(0);
}

HttpResponse GmailApi::draftsCreate(Call &call)
{
    QByteArray raw;
    QString threadId;
    if (HttpResponse e = draftRaw(call.body, call.media, &raw, &threadId); e.status != 0)
        return e;
    const QString id =
        call.mailbox->addMessage(raw, {QStringLiteral("DRAFT")}, QDateTime::currentMSecsSinceEpoch(), threadId);
    // Draft ids look like Gmail's: "r" and a long decimal number.
    const QString draftId = QStringLiteral("r%1").arg(qHash(call.mailbox->newId()) % 9000000000000000000ull);
    drafts(call.user).insert(draftId, id);
    return HttpResponse::json(200, draftJson(draftId, *call.mailbox->message(id)));
}

HttpResponse GmailApi::draftsUpdate(Call &call)
{
    const QString draftId = call.pathParams.value(QStringLiteral("id"));
    QMap<QString, QString> &map = drafts(call.user);
    if (!map.contains(draftId))
        return notFound();
    QByteArray raw;
    QString threadId;
    if (HttpResponse e = draftRaw(call.body, call.media, &raw, &threadId); e.status != 0)
        return e;
    const QString oldId = map.value(draftId);
    if (threadId.isEmpty())
        threadId = call.mailbox->message(oldId)->threadId;
    call.mailbox->removeMessage(oldId);
    const QString id =
        call.mailbox->addMessage(raw, {QStringLiteral("DRAFT")}, QDateTime::currentMSecsSinceEpoch(), threadId);
    map.insert(draftId, id);
    return HttpResponse::json(200, draftJson(draftId, *call.mailbox->message(id)));
}

HttpResponse GmailApi::draftsGet(Call &call)
{
    const QString draftId = call.pathParams.value(QStringLiteral("id"));
    const QMap<QString, QString> &map = drafts(call.user);
    if (!map.contains(draftId))
        return notFound();
    QString format = call.query(QStringLiteral("format"));
    if (format.isEmpty())
        format = QStringLiteral("full");
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), draftId},
                                               {QStringLiteral("message"),
                                                gmailMessage(*call.mailbox->message(map.value(draftId)), format, {})}});
}

HttpResponse GmailApi::draftsList(Call &call)
{
    const QMap<QString, QString> &map = drafts(call.user);
    int max = 100;
    if (call.request->query.hasQueryItem(QStringLiteral("maxResults"))) {
        max = call.query(QStringLiteral("maxResults")).toInt();
        if (max < 1 || max > 500)
            return invalid(QStringLiteral("Invalid maxResults: %1. Must be between 1 and 500.").arg(max));
    }
    const QStringList ids = map.keys();
    int start = 0;
    const QString token = call.query(QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        bool ok = false;
        start = token.toInt(&ok);
        if (!ok || start < 0 || start > ids.size())
            return invalid(QStringLiteral("Invalid pageToken"));
    }
    QJsonArray out;
    for (int i = start; i < ids.size() && out.size() < max; ++i) {
        const StoredMessage *m = call.mailbox->message(map.value(ids.at(i)));
        out.append(QJsonObject{{QStringLiteral("id"), ids.at(i)},
                               {QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), m->id},
                                                                       {QStringLiteral("threadId"), m->threadId}}}});
    }
    QJsonObject result{{QStringLiteral("resultSizeEstimate"), int(ids.size())}};
    if (!out.isEmpty())
        result.insert(QStringLiteral("drafts"), out);
    if (start + out.size() < ids.size())
        result.insert(QStringLiteral("nextPageToken"), QString::number(start + out.size()));
    return HttpResponse::json(200, result);
}

HttpResponse GmailApi::draftsSend(Call &call)
{
    const QString draftId = call.body.value(QStringLiteral("id")).toString();
    QMap<QString, QString> &map = drafts(call.user);
    if (draftId.isEmpty() &&
        (call.media || call.body.value(QStringLiteral("message")).toObject().contains(QStringLiteral("raw")))) {
        // A draft that is sent without ever being saved.
        QByteArray raw;
        QString threadId;
        if (HttpResponse e = draftRaw(call.body, call.media, &raw, &threadId); e.status != 0)
            return e;
        const QJsonObject send{{QStringLiteral("raw"), base64Url(raw)}, {QStringLiteral("threadId"), threadId}};
        Call inner = call;
        inner.body = send;
        inner.media = nullptr;
        return messagesSend(inner);
    }
    if (!map.contains(draftId))
        return notFound();
    const QString id = map.take(draftId);
    if ((call.media || call.body.value(QStringLiteral("message")).toObject().contains(QStringLiteral("raw")))) {
        // Sending with new content: the draft is replaced by it first.
        QByteArray raw;
        QString threadId;
        if (HttpResponse e = draftRaw(call.body, call.media, &raw, &threadId); e.status != 0)
            return e;
        const QString thread = call.mailbox->message(id)->threadId;
        call.mailbox->removeMessage(id);
        Call inner = call;
        inner.media = nullptr;
        inner.body = QJsonObject{{QStringLiteral("raw"), base64Url(raw)}, {QStringLiteral("threadId"), thread}};
        return messagesSend(inner);
    }
    call.mailbox->modify(id, {QStringLiteral("SENT")}, {QStringLiteral("DRAFT")});
    const StoredMessage *m = call.mailbox->message(id);
    deliverCopies(m->raw, call.user);
    QStringList labels(m->labels.cbegin(), m->labels.cend());
    labels.sort();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), m->id},
                                               {QStringLiteral("threadId"), m->threadId},
                                               {QStringLiteral("labelIds"), QJsonArray::fromStringList(labels)}});
}

HttpResponse GmailApi::draftsDelete(Call &call)
{
    const QString draftId = call.pathParams.value(QStringLiteral("id"));
    QMap<QString, QString> &map = drafts(call.user);
    if (!map.contains(draftId))
        return notFound();
    call.mailbox->removeMessage(map.take(draftId));
    return HttpResponse::empty(204);
}

} // namespace em::sandbox
