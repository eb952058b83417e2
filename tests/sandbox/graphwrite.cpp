// Changes to messages: PATCH, move/copy, drafts, sending, replies and forwards.
#include "graphapi.h"
#include "graphjson.h"
#include "graphmime.h"
#include "mime/mimebuilder.h"
#include "mime/mimeparser.h"
#include "sandbox.h"

#include <QJsonDocument>

namespace em::sandbox {

using graph::error;

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

bool readJson(const HttpRequest &r, QJsonObject *out, bool emptyOk = false)
{
    if (emptyOk && r.body.trimmed().isEmpty())
        return true;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

HttpResponse badJson(const HttpRequest &r)
{
    return error(r, 400, str("BadRequest"),
                 str("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of "
                     "valid JSON format."));
}

QString withPrefix(const QString &prefix, const QString &subject)
{
    return subject.startsWith(prefix, Qt::CaseInsensitive) ? subject : prefix + subject;
}

mime::AddressList without(mime::AddressList list, const QString &address)
{
    list.removeIf([&](const mime::Address &a) { return a.address.compare(address, Qt::CaseInsensitive) == 0; });
    return list;
}
} // namespace

HttpResponse GraphApi::patchMessage(Call &call, StoredMessage &m)
{
    const HttpRequest &r = call.request;
    QJsonObject body;
    if (!readJson(r, &body))
        return badJson(r);
    static const QStringList anyMessage{str("isRead"),
                                        str("flag"),
                                        str("categories"),
                                        str("importance"),
                                        str("inferenceClassification"),
                                        str("isDeliveryReceiptRequested"),
                                        str("isReadReceiptRequested")};
    static const QStringList draftOnly{str("subject"),       str("body"),    str("toRecipients"), str("ccRecipients"),
                                       str("bccRecipients"), str("replyTo"), str("from"),         str("sender")};
    const bool draft = m.labels.contains(str("DRAFT"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(u'@') || anyMessage.contains(it.key()))
            continue;
        if (draftOnly.contains(it.key())) {
            if (!draft)
                return error(r, 400, str("ErrorInvalidPropertyUpdateSentMessage"),
                             str("Update operation is not allowed for property '%1' on sent message.").arg(it.key()));
            continue;
        }
        return error(r, 400, str("RequestBodyRead"),
                     str("The property '%1' does not exist on type 'microsoft.graph.message'.").arg(it.key()));
    }
    if (body.contains(str("isRead")) && !body.value(str("isRead")).isBool())
        return error(r, 400, str("RequestBodyRead"), str("Cannot convert the literal to 'Edm.Boolean'."));
    const QString status = body.value(str("flag")).toObject().value(str("flagStatus")).toString();
    if (body.contains(str("flag")) && !status.isEmpty() && status != QLatin1String("flagged") &&
        status != QLatin1String("notFlagged") && status != QLatin1String("complete"))
        return error(r, 400, str("RequestBodyRead"), str("The value '%1' is not a followupFlagStatus.").arg(status));

    Mailbox &mb = call.mailbox;
    if (body.contains(str("isRead"))) {
        if (body.value(str("isRead")).toBool())
            mb.modify(m.id, {}, {str("UNREAD")});
        else
            mb.modify(m.id, {str("UNREAD")}, {});
    }
    if (status == QLatin1String("flagged"))
        mb.modify(m.id, {str("FLAGGED")}, {});
    else if (!status.isEmpty())
        mb.modify(m.id, {}, {str("FLAGGED")});
    if (body.contains(str("categories"))) {
        QStringList categories;
        for (const QJsonValue &v : body.value(str("categories")).toArray())
            categories.append(v.toString());
        m_categories.insert(m.id, categories);
    }
    if (draft &&
        (body.contains(str("subject")) || body.contains(str("body")) || body.contains(str("toRecipients")) ||
         body.contains(str("ccRecipients")) || body.contains(str("bccRecipients")) || body.contains(str("replyTo")))) {
        mime::OutgoingMessage out = graph::outgoingFrom(mime::parseMessage(m.raw, {true}));
        graph::applyMessageJson(body, &out);
        mb.replaceRaw(m.id, mime::buildMessage(out, {true, true}));
    }
    return HttpResponse::json(200, graph::messageJson(mb, m, {call.immutableIds, false, m_categories.value(m.id)}));
}

HttpResponse GraphApi::moveOrCopy(Call &call, StoredMessage &m, bool copy)
{
    const HttpRequest &r = call.request;
    QJsonObject body;
    if (!readJson(r, &body))
        return badJson(r);
    const QString destination = body.value(str("destinationId")).toString();
    if (destination.isEmpty())
        return error(r, 400, str("ErrorInvalidRequest"), str("The destinationId parameter is required."));
    Mailbox &mb = call.mailbox;
    const Label *folder = graph::findFolder(mb, destination);
    if (!folder)
        return destination.startsWith(QLatin1String("AAMk"))
                   ? error(r, 404, str("ErrorItemNotFound"), str("The specified object was not found in the store."))
                   : error(r, 400, str("ErrorInvalidIdMalformed"), str("Id is malformed."));
    const QString folderId = folder->id;
    if (copy) {
        QSet<QString> labels;
        for (const QString &l : std::as_const(m.labels))
            if (!mb.labels().contains(l))
                labels.insert(l);
        labels.insert(folderId);
        const QString rfcId = mime::parseMessage(m.raw).messageId;
        const QString id = mb.addMessage(m.raw, labels, m.internalDateMs, m.threadId, rfcId);
        if (m_categories.contains(m.id))
            m_categories.insert(id, m_categories.value(m.id));
        StoredMessage *c = mb.message(id);
        return HttpResponse::json(201, graph::messageJson(mb, *c, {call.immutableIds, false, m_categories.value(id)}));
    }
    // Exchange gives an item a new entry id whenever it changes folder; only the
    // immutable id (asked for with Prefer: IdType="ImmutableId") survives a move.
    const QString id = m.id;
    if (graph::folderOf(mb, m) != folderId)
        mb.moveToFolder(id, folderId, false);
    StoredMessage *moved = mb.message(id);
    return HttpResponse::json(201, graph::messageJson(mb, *moved, {call.immutableIds, false, m_categories.value(id)}));
}

HttpResponse GraphApi::createDraft(Call &call)
{
    const HttpRequest &r = call.request;
    QJsonObject body;
    if (!readJson(r, &body, true))
        return badJson(r);
    Mailbox &mb = call.mailbox;
    mime::OutgoingMessage out;
    out.from = {mb.displayName(), mb.address()};
    QString error;
    if (!graph::applyMessageJson(body, &out, &error))
        return graph::error(r, 400, str("ErrorInvalidRequest"), error);
    out.messageId = mime::generateMessageId(mb.address().section(u'@', 1));
    const QByteArray raw = mime::buildMessage(out, {true, true});
    const QString id =
        mb.addMessage(raw, {mb.wellKnown(str("drafts"))->id, str("DRAFT")}, QDateTime::currentMSecsSinceEpoch());
    return HttpResponse::json(201, graph::messageJson(mb, *mb.message(id), {call.immutableIds, false, {}}));
}

void GraphApi::deliverToSandbox(const QByteArray &raw)
{
    const mime::ParsedMessage p = mime::parseMessage(raw);
    const QByteArray delivered = graph::stripBcc(raw);
    QSet<QString> done;
    for (const mime::AddressList *list : {&p.to, &p.cc, &p.bcc})
        for (const mime::Address &a : *list) {
            const QString address = a.address.toLower();
            if (done.contains(address) || !m_sandbox.mailbox(address))
                continue;
            done.insert(address);
            m_sandbox.deliver(address, delivered);
        }
}

HttpResponse GraphApi::sendMail(Call &call)
{
    const HttpRequest &r = call.request;
    Mailbox &mb = call.mailbox;
    QByteArray raw;
    bool save = true;
    if (r.header("content-type").startsWith("text/plain")) {
        // MIME: the whole RFC 822 message as base64 text.
        const auto decoded = QByteArray::fromBase64Encoding(r.body.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return error(r, 400, str("ErrorMimeContentInvalidBase64String"),
                         str("Invalid base64 string for MIME content."));
        raw = decoded.decoded;
        if (mime::parseMessage(raw).broken)
            return error(r, 400, str("ErrorMimeContentConversionFailed"),
                         str("The MIME content could not be converted."));
    } else {
        QJsonObject body;
        if (!readJson(r, &body))
            return badJson(r);
        if (!body.value(str("message")).isObject())
            return error(r, 400, str("ErrorInvalidRequest"), str("The message parameter is required."));
        mime::OutgoingMessage out;
        out.from = {mb.displayName(), mb.address()};
        QString problem;
        if (!graph::applyMessageJson(body.value(str("message")).toObject(), &out, &problem))
            return error(r, 400, str("ErrorInvalidRequest"), problem);
        out.messageId = mime::generateMessageId(mb.address().section(u'@', 1));
        raw = mime::buildMessage(out, {true, true});
        if (body.contains(str("saveToSentItems")))
            save = body.value(str("saveToSentItems")).toBool(true) &&
                   body.value(str("saveToSentItems")).toString() != QLatin1String("false");
    }
    const mime::ParsedMessage p = mime::parseMessage(raw);
    if (p.to.isEmpty() && p.cc.isEmpty() && p.bcc.isEmpty())
        return error(r, 400, str("ErrorInvalidRecipients"), str("At least one recipient isn't valid."));
    if (save)
        mb.addMessage(raw, {mb.wellKnown(str("sentitems"))->id}, QDateTime::currentMSecsSinceEpoch());
    deliverToSandbox(raw);
    return HttpResponse::empty(202);
}

HttpResponse GraphApi::sendDraft(Call &call, StoredMessage &m)
{
    const HttpRequest &r = call.request;
    Mailbox &mb = call.mailbox;
    if (!m.labels.contains(str("DRAFT")))
        return error(r, 400, str("ErrorInvalidOperation"), str("Only draft messages can be sent."));
    const mime::ParsedMessage p = mime::parseMessage(m.raw);
    if (p.to.isEmpty() && p.cc.isEmpty() && p.bcc.isEmpty())
        return error(r, 400, str("ErrorInvalidRecipients"), str("At least one recipient isn't valid."));
    const QString id = m.id;
    const QByteArray raw = m.raw;
    mb.modify(id, {}, {str("DRAFT"), str("UNREAD")});
    mb.moveToFolder(id, mb.wellKnown(str("sentitems"))->id, false);
    deliverToSandbox(raw);
    return HttpResponse::empty(202);
}

HttpResponse GraphApi::createResponse(Call &call, StoredMessage &m, const QString &kind)
{
    const HttpRequest &r = call.request;
    QJsonObject body;
    if (!readJson(r, &body, true))
        return badJson(r);
    Mailbox &mb = call.mailbox;
    const mime::ParsedMessage original = mime::parseMessage(m.raw, {true});
    const bool forward = kind == QLatin1String("createForward");
    mime::OutgoingMessage out;
    out.from = {mb.displayName(), mb.address()};
    if (kind == QLatin1String("createReply")) {
        out.to = original.replyTo.isEmpty() ? original.from : original.replyTo;
    } else if (kind == QLatin1String("createReplyAll")) {
        out.to = without((original.replyTo.isEmpty() ? original.from : original.replyTo) + original.to, mb.address());
        out.cc = without(original.cc, mb.address());
    }
    out.subject = withPrefix(forward ? str("FW: ") : str("RE: "), original.subject);
    const QString comment = body.value(str("comment")).toString();
    const QString quoted = original.text.value_or(QString());
    QString header = str("\n\n________________________________\nFrom: %1\nSent: %2\nSubject: %3\n\n")
                         .arg(mime::addressListDisplay(original.from),
                              original.date ? original.date->toString(Qt::RFC2822Date) : QString(), original.subject);
    out.text = comment + header + quoted;
    out.inReplyTo = original.messageId;
    out.references = original.references;
    if (!original.messageId.isEmpty())
        out.references.append(original.messageId);
    if (forward)
        for (const mime::Attachment &a : original.attachments)
            out.attachments.append({a.filename, a.mimeType, a.data, a.isInline ? a.contentId : QString()});
    QString problem;
    if (body.value(str("message")).isObject() &&
        !graph::applyMessageJson(body.value(str("message")).toObject(), &out, &problem))
        return error(r, 400, str("ErrorInvalidRequest"), problem);
    if (body.contains(str("toRecipients")))
        out.to = graph::recipientsFrom(body.value(str("toRecipients")));
    out.messageId = mime::generateMessageId(mb.address().section(u'@', 1));
    const QString id =
        mb.addMessage(mime::buildMessage(out, {true, true}), {mb.wellKnown(str("drafts"))->id, str("DRAFT")},
                      QDateTime::currentMSecsSinceEpoch(), m.threadId, out.messageId);
    return HttpResponse::json(201, graph::messageJson(mb, *mb.message(id), {call.immutableIds, false, {}}));
}

} // namespace em::sandbox
