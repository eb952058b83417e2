// messages.* of the emulated Gmail API: list with Gmail's search subset, get in every
// format, label changes, trash, permanent delete, attachments and send.
#include "gmailapi.h"

#include "gmailformat.h"
#include "mime/mimeparser.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace em::sandbox {

namespace {

constexpr qsizetype kMaxMessageBytes = 35 * 1024 * 1024;
const QString kUnread = QStringLiteral("UNREAD");

// The subset of Gmail's search language the emulator understands; other words are
// matched as text against the raw message.
struct SearchFilter
{
    QStringList labels;    // all required
    QStringList notLabels; // all forbidden
    qint64 afterMs = -1, beforeMs = -1;
    QStringList words;
    bool impossible = false; // a label that does not exist: nothing matches
    bool anywhere = false;   // in:anywhere: spam and trash included

    bool matches(const StoredMessage &m) const
    {
        if (impossible)
            return false;
        for (const QString &l : labels)
            if (!m.labels.contains(l))
                return false;
        for (const QString &l : notLabels)
            if (m.labels.contains(l))
                return false;
        if (afterMs >= 0 && m.internalDateMs < afterMs)
            return false;
        if (beforeMs >= 0 && m.internalDateMs >= beforeMs)
            return false;
        for (const QString &w : words)
            if (!m.raw.contains(w.toUtf8()) && !QString::fromUtf8(m.raw).contains(w, Qt::CaseInsensitive))
                return false;
        return true;
    }
};

QString resolveLabel(Mailbox &mb, const QString &value)
{
    static const QHash<QString, QString> aliases{{QStringLiteral("drafts"), QStringLiteral("DRAFT")},
                                                 {QStringLiteral("draft"), QStringLiteral("DRAFT")},
                                                 {QStringLiteral("chats"), QStringLiteral("CHAT")},
                                                 {QStringLiteral("bin"), QStringLiteral("TRASH")}};
    const QString lower = value.toLower();
    if (aliases.contains(lower))
        return aliases.value(lower);
    if (const Label *l = mb.label(value.toUpper()); l && l->system)
        return l->id;
    if (mb.label(value))
        return value;
    if (const Label *l = mb.labelByName(value))
        return l->id;
    // Gmail writes "/" and spaces in label names as "-" in searches.
    for (const Label &l : mb.labels()) {
        QString dashed = l.name.toLower();
        dashed.replace(u'/', u'-').replace(u' ', u'-');
        if (dashed == lower)
            return l.id;
    }
    return {};
}

qint64 parseSearchDate(const QString &v, bool *ok)
{
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})$"));
    const auto m = ymd.match(v);
    *ok = true;
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        *ok = d.isValid();
        return d.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    const qint64 seconds = v.toLongLong(ok); // Gmail also takes epoch seconds
    return seconds * 1000;
}

SearchFilter parseSearch(Mailbox &mb, const QString &q)
{
    SearchFilter f;
    static const QRegularExpression tokens(QStringLiteral("(\\S+:\"[^\"]*\"|\"[^\"]*\"|\\S+)"));
    for (auto it = tokens.globalMatch(q); it.hasNext();) {
        QString term = it.next().captured(1);
        term.remove(u'"');
        const QString key = term.section(u':', 0, 0).toLower();
        const QString value = term.section(u':', 1);
        if (term.contains(u':') && (key == QLatin1String("in") || key == QLatin1String("label"))) {
            if (key == QLatin1String("in") && value.compare(QLatin1String("anywhere"), Qt::CaseInsensitive) == 0) {
                f.anywhere = true;
                continue;
            }
            const QString id = resolveLabel(mb, value);
            if (id.isEmpty())
                f.impossible = true;
            else
                f.labels.append(id);
        } else if (key == QLatin1String("is") && term.contains(u':')) {
            const QString v = value.toLower();
            if (v == QLatin1String("read"))
                f.notLabels.append(kUnread);
            else if (const QString id = resolveLabel(mb, v); !id.isEmpty())
                f.labels.append(id); // unread, starred, important, ...
            else
                f.impossible = true;
        } else if ((key == QLatin1String("after") || key == QLatin1String("before")) && term.contains(u':')) {
            bool ok = false;
            const qint64 ms = parseSearchDate(value, &ok);
            if (ok)
                (key == QLatin1String("after") ? f.afterMs : f.beforeMs) = ms;
        } else if (!term.isEmpty()) {
            f.words.append(term);
        }
    }
    return f;
}

QString pageToken(const StoredMessage &m)
{
    return base64Url(QStringLiteral("%1:%2").arg(m.internalDateMs).arg(m.id).toUtf8());
}

// Newest first by internalDate, then by id, as Gmail lists.
bool newerFirst(const StoredMessage *a, const StoredMessage *b)
{
    if (a->internalDateMs != b->internalDateMs)
        return a->internalDateMs > b->internalDateMs;
    return a->id > b->id;
}

bool validMessageId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{1,20}$"));
    return re.match(id).hasMatch();
}

QSet<QString> stringSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &x : v.toArray())
        out.insert(x.toString());
    return out;
}

// Adds the headers Gmail fills in on send: Message-ID, Date and From when missing.
QByteArray completeOutgoing(const QByteArray &raw, const Mailbox &mb)
{
    const int headerEnd = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
    const QByteArray head = headerEnd >= 0 ? raw.left(headerEnd) : raw;
    auto has = [&](const char *name) {
        return QRegularExpression(QStringLiteral("(^|\\n)%1:").arg(QLatin1String(name)),
                                  QRegularExpression::CaseInsensitiveOption)
            .match(QString::fromLatin1(head))
            .hasMatch();
    };
    QByteArray extra;
    if (!has("Message-ID"))
        extra += "Message-ID: <" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '.' +
                 QByteArray::number(qHash(raw)) + "@mail.gmail.com>\r\n";
    if (!has("Date"))
        extra += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    if (!has("From"))
        extra += "From: " + mb.address().toUtf8() + "\r\n";
    return extra + raw;
}

} // namespace

HttpResponse GmailApi::messagesList(Call &call)
{
    Mailbox &mb = *call.mailbox;
    int max = 100;
    if (call.request->query.hasQueryItem(QStringLiteral("maxResults"))) {
        max = call.query(QStringLiteral("maxResults")).toInt();
        if (max < 1 || max > 500)
            return invalid(QStringLiteral("Invalid maxResults: %1. Must be between 1 and 500.").arg(max));
    }
    SearchFilter f = parseSearch(mb, call.query(QStringLiteral("q")));
    for (const QString &l : call.queryAll(QStringLiteral("labelIds"))) {
        if (!mb.label(l))
            f.impossible = true;
        f.labels.append(l);
    }
    // Spam and trash stay out unless asked for, by the flag or by naming them.
    const bool spamTrash = call.query(QStringLiteral("includeSpamTrash")) == QLatin1String("true") || f.anywhere ||
                           f.labels.contains(QStringLiteral("SPAM")) || f.labels.contains(QStringLiteral("TRASH"));
    QList<const StoredMessage *> hits;
    for (const StoredMessage &m : mb.messages()) {
        if (!spamTrash && (m.labels.contains(QStringLiteral("SPAM")) || m.labels.contains(QStringLiteral("TRASH"))))
            continue;
        if (f.matches(m))
            hits.append(&m);
    }
    std::sort(hits.begin(), hits.end(), newerFirst);
    qsizetype start = 0;
    const QString token = call.query(QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        bool ok = false;
        const QString key = QString::fromUtf8(fromBase64Any(token, &ok));
        static const QRegularExpression shape(QStringLiteral("^-?\\d+:[0-9a-f]+$"));
        if (!ok || !shape.match(key).hasMatch())
            return invalid(QStringLiteral("Invalid pageToken"));
        // The token is the last message shown: continue after it, even if it changed since.
        StoredMessage probe;
        probe.internalDateMs = key.section(u':', 0, 0).toLongLong();
        probe.id = key.section(u':', 1);
        start = std::upper_bound(hits.begin(), hits.end(), &probe, newerFirst) - hits.begin();
    }
    QJsonArray messages;
    for (qsizetype i = start; i < hits.size() && messages.size() < max; ++i)
        messages.append(
            QJsonObject{{QStringLiteral("id"), hits.at(i)->id}, {QStringLiteral("threadId"), hits.at(i)->threadId}});
    QJsonObject out{{QStringLiteral("resultSizeEstimate"), int(hits.size())}};
    if (!messages.isEmpty())
        out.insert(QStringLiteral("messages"), messages);
    if (start + messages.size() < hits.size())
        out.insert(QStringLiteral("nextPageToken"), pageToken(*hits.at(start + messages.size() - 1)));
    return HttpResponse::json(200, out);
}

HttpResponse GmailApi::messagesGet(Call &call)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    if (!validMessageId(id))
        return invalid(QStringLiteral("Invalid id value"));
    const StoredMessage *m = call.mailbox->message(id);
    if (!m)
        return notFound();
    QString format = call.query(QStringLiteral("format"));
    if (format.isEmpty())
        format = QStringLiteral("full");
    QStringList headers;
    for (const QString &h : call.queryAll(QStringLiteral("metadataHeaders")))
        headers += h.split(u',', Qt::SkipEmptyParts);
    return HttpResponse::json(200, gmailMessage(*m, format, headers));
}

HttpResponse GmailApi::messagesModify(Call &call)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    if (!validMessageId(id))
        return invalid(QStringLiteral("Invalid id value"));
    if (!call.mailbox->message(id))
        return notFound();
    const QSet<QString> add = stringSet(call.body.value(QStringLiteral("addLabelIds")));
    const QSet<QString> remove = stringSet(call.body.value(QStringLiteral("removeLabelIds")));
    for (const QString &l : add + remove)
        if (!call.mailbox->label(l))
            return invalid(QStringLiteral("Invalid label: %1").arg(l));
    call.mailbox->modify(id, add, remove);
    const QJsonObject m = gmailMessage(*call.mailbox->message(id), QStringLiteral("minimal"), {});
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), m.value(QStringLiteral("id"))},
                                               {QStringLiteral("threadId"), m.value(QStringLiteral("threadId"))},
                                               {QStringLiteral("labelIds"), m.value(QStringLiteral("labelIds"))}});
}

HttpResponse GmailApi::messagesBatchModify(Call &call)
{
    const QJsonArray ids = call.body.value(QStringLiteral("ids")).toArray();
    if (ids.isEmpty())
        return invalid(QStringLiteral("No message ids specified"));
    if (ids.size() > 1000)
        return invalid(QStringLiteral("Too many messages in the request: at most 1000 ids"));
    const QSet<QString> add = stringSet(call.body.value(QStringLiteral("addLabelIds")));
    const QSet<QString> remove = stringSet(call.body.value(QStringLiteral("removeLabelIds")));
    for (const QString &l : add + remove)
        if (!call.mailbox->label(l))
            return invalid(QStringLiteral("Invalid label: %1").arg(l));
    for (const QJsonValue &v : ids)
        if (!validMessageId(v.toString()))
            return invalid(QStringLiteral("Invalid id value"));
    // Ids that no longer exist are skipped, as Google does.
    for (const QJsonValue &v : ids)
        call.mailbox->modify(v.toString(), add, remove);
    return HttpResponse::empty(204);
}

HttpResponse GmailApi::messagesTrash(Call &call, bool trash)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    if (!validMessageId(id))
        return invalid(QStringLiteral("Invalid id value"));
    if (!call.mailbox->message(id))
        return notFound();
    // Trash leaves the inbox (and spam); untrash only takes TRASH away, so the message
    // stays archived, as Gmail's API does.
    if (trash)
        call.mailbox->modify(id, {QStringLiteral("TRASH")}, {QStringLiteral("INBOX"), QStringLiteral("SPAM")});
    else
        call.mailbox->modify(id, {}, {QStringLiteral("TRASH")});
    return HttpResponse::json(200, gmailMessage(*call.mailbox->message(id), QStringLiteral("minimal"), {}));
}

HttpResponse GmailApi::messagesDelete(Call &call)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    if (!validMessageId(id))
        return invalid(QStringLiteral("Invalid id value"));
    if (!call.mailbox->removeMessage(id))
        return notFound();
    return HttpResponse::empty(204);
}

HttpResponse GmailApi::messagesBatchDelete(Call &call)
{
    const QJsonArray ids = call.body.value(QStringLiteral("ids")).toArray();
    if (ids.isEmpty())
        return invalid(QStringLiteral("No message ids specified"));
    if (ids.size() > 1000)
        return invalid(QStringLiteral("Too many messages in the request: at most 1000 ids"));
    for (const QJsonValue &v : ids)
        call.mailbox->removeMessage(v.toString());
    return HttpResponse::empty(204);
}

HttpResponse GmailApi::attachmentsGet(Call &call)
{
    const QString messageId = call.pathParams.value(QStringLiteral("messageId"));
    if (!validMessageId(messageId))
        return invalid(QStringLiteral("Invalid id value"));
    const StoredMessage *m = call.mailbox->message(messageId);
    if (!m)
        return notFound();
    bool found = false;
    const QByteArray data = gmailAttachment(*m, call.pathParams.value(QStringLiteral("id")), &found);
    if (!found)
        return invalid(QStringLiteral("Invalid attachment token"));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("size"), int(data.size())}, {QStringLiteral("data"), base64Url(data)}});
}

HttpResponse GmailApi::messagesSend(Call &call)
{
    const QString rawText = call.body.value(QStringLiteral("raw")).toString();
    if (rawText.isEmpty() && !call.media)
        return invalid(QStringLiteral("'raw' RFC822 payload message string or uploading message via /upload/* URL "
                                      "required"));
    bool ok = true;
    const QByteArray decoded = call.media ? *call.media : fromBase64Any(rawText, &ok);
    if (!ok || decoded.trimmed().isEmpty())
        return invalid(QStringLiteral("Invalid value for ByteString: raw"));
    if (decoded.size() > kMaxMessageBytes)
        return error(413, QStringLiteral("uploadTooLarge"), QStringLiteral("Message too large (35 MB at most)."));
    const QString threadId = call.body.value(QStringLiteral("threadId")).toString();
    bool threadKnown = threadId.isEmpty();
    for (const StoredMessage &m : call.mailbox->messages())
        threadKnown = threadKnown || m.threadId == threadId;
    if (!threadKnown)
        return notFound();
    const mime::ParsedMessage parsed = mime::parseMessage(decoded);
    if (parsed.to.isEmpty() && parsed.cc.isEmpty() && parsed.bcc.isEmpty())
        return invalid(QStringLiteral("Invalid To header"));
    const QByteArray raw = completeOutgoing(decoded, *call.mailbox);
    const QString id =
        call.mailbox->addMessage(raw, {QStringLiteral("SENT")}, QDateTime::currentMSecsSinceEpoch(), threadId);
    deliverCopies(raw, call.user);
    const StoredMessage *m = call.mailbox->message(id);
    QStringList labels(m->labels.cbegin(), m->labels.cend());
    labels.sort();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("threadId"), m->threadId},
                                               {QStringLiteral("labelIds"), QJsonArray::fromStringList(labels)}});
}

void GmailApi::deliverCopies(const QByteArray &raw, const QString &from)
{
    const mime::ParsedMessage parsed = mime::parseMessage(raw);
    // Bcc recipients get the message but nobody sees the Bcc header.
    static const QRegularExpression bcc(QStringLiteral("(^|\\r?\\n)Bcc:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*"),
                                        QRegularExpression::CaseInsensitiveOption);
    const int headerEnd = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
    QByteArray head = headerEnd >= 0 ? raw.left(headerEnd) : raw;
    head = QString::fromLatin1(head).remove(bcc).toLatin1();
    const QByteArray delivered = headerEnd >= 0 ? head + raw.mid(headerEnd) : head;
    QSet<QString> done;
    for (const mime::AddressList *list : {&parsed.to, &parsed.cc, &parsed.bcc})
        for (const mime::Address &a : *list) {
            const QString address = a.address.toLower();
            if (done.contains(address) || !m_sandbox.mailbox(address))
                continue;
            done.insert(address);
            if (address.compare(from, Qt::CaseInsensitive) == 0) {
                // Mail to oneself: Gmail shows the sent message in the inbox too.
                Mailbox *own = m_sandbox.mailbox(address);
                QStringList ids;
                for (const StoredMessage &m : own->messages())
                    if (m.raw == raw && m.labels.contains(QStringLiteral("SENT")))
                        ids.append(m.id);
                for (const QString &id : std::as_const(ids))
                    own->modify(id, {QStringLiteral("INBOX"), kUnread}, {});
                continue;
            }
            m_sandbox.deliver(address, delivered);
        }
}

} // namespace em::sandbox
