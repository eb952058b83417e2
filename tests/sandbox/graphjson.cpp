#include "graphjson.h"

#include "mime/htmltotext.h"
#include "mime/mimeparser.h"
#include "sandbox.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace em::sandbox::graph {

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// The values of every Prefer header, split at commas.
QStringList preferences(const HttpRequest &r)
{
    QStringList out;
    for (const QByteArray &part : r.header("prefer").split(','))
        if (!part.trimmed().isEmpty())
            out.append(QString::fromLatin1(part.trimmed()));
    return out;
}

// The header block of a raw message, for the few headers the parser does not keep.
QString importanceOf(const QByteArray &raw)
{
    int end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        end = raw.indexOf("\n\n");
    const QString head = QString::fromLatin1(raw.left(end < 0 ? raw.size() : end)).toLower();
    static const QRegularExpression high(QStringLiteral("(^|\\n)(importance:\\s*high|x-priority:\\s*[12])"));
    static const QRegularExpression low(QStringLiteral("(^|\\n)(importance:\\s*low|x-priority:\\s*[45])"));
    if (high.match(head).hasMatch())
        return QStringLiteral("high");
    if (low.match(head).hasMatch())
        return QStringLiteral("low");
    return QStringLiteral("normal");
}
} // namespace

HttpResponse error(const HttpRequest &request, int status, const QString &code, const QString &message)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString clientRequestId = QString::fromLatin1(request.header("client-request-id"));
    if (clientRequestId.isEmpty())
        clientRequestId = requestId;
    HttpResponse r = HttpResponse::json(
        status,
        QJsonObject{{str("error"), QJsonObject{{str("code"), code},
                                               {str("message"), message},
                                               {str("innerError"),
                                                QJsonObject{{str("date"), isoUtc(QDateTime::currentMSecsSinceEpoch())},
                                                            {str("request-id"), requestId},
                                                            {str("client-request-id"), clientRequestId}}}}}});
    r.withHeader("request-id", requestId.toLatin1());
    return r;
}

bool prefersImmutableIds(const HttpRequest &request)
{
    for (QString p : preferences(request))
        if (p.remove(u'"').compare(QLatin1String("IdType=ImmutableId"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

int preferredPageSize(const HttpRequest &request)
{
    for (const QString &p : preferences(request))
        if (p.startsWith(QLatin1String("odata.maxpagesize="), Qt::CaseInsensitive))
            return p.section(u'=', 1).toInt();
    return 0;
}

bool prefersTextBody(const HttpRequest &request)
{
    for (QString p : preferences(request))
        if (p.remove(u'"').compare(QLatin1String("outlook.body-content-type=text"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString apiBase(Sandbox &sandbox)
{
    return sandbox.baseUrl().toString() + QStringLiteral("/v1.0");
}

QString outId(const StoredMessage &message, bool immutable)
{
    return immutable ? message.id : message.restId;
}

StoredMessage *findMessage(Mailbox &mailbox, const QString &id, bool immutable)
{
    // A REST id stops working once the item moves: only the immutable id survives.
    if (immutable)
        if (StoredMessage *m = mailbox.message(id))
            return m;
    return mailbox.messageByRestId(id);
}

const Label *findFolder(Mailbox &mailbox, const QString &idOrName)
{
    if (const Label *l = mailbox.label(idOrName))
        return l;
    return mailbox.wellKnown(idOrName);
}

QString folderOf(const Mailbox &mailbox, const StoredMessage &message)
{
    for (const QString &l : message.labels)
        if (mailbox.labels().contains(l))
            return l;
    return {};
}

QJsonObject folderJson(const Mailbox &mailbox, const Label &folder)
{
    int children = 0, total = 0, unread = 0;
    for (const Label &l : mailbox.labels())
        if (l.parentId == folder.id)
            ++children;
    for (const StoredMessage &m : mailbox.messages())
        if (m.labels.contains(folder.id)) {
            ++total;
            if (m.labels.contains(QStringLiteral("UNREAD")))
                ++unread;
        }
    // Top-level folders hang off the hidden message-folder root, as in Exchange.
    const QString parent = folder.parentId.isEmpty()
                               ? QStringLiteral("AAMkRoot") + mailbox.address().section(u'@', 0, 0)
                               : folder.parentId;
    return QJsonObject{{str("id"), folder.id},           {str("displayName"), folder.name},
                       {str("parentFolderId"), parent},  {str("childFolderCount"), children},
                       {str("unreadItemCount"), unread}, {str("totalItemCount"), total},
                       {str("isHidden"), folder.hidden}};
}

QJsonObject recipientJson(const mime::Address &a)
{
    return QJsonObject{{str("emailAddress"), QJsonObject{{str("name"), a.name.isEmpty() ? a.address : a.name},
                                                         {str("address"), a.address}}}};
}

QJsonArray recipientsJson(const mime::AddressList &list)
{
    QJsonArray out;
    for (const mime::Address &a : list)
        out.append(recipientJson(a));
    return out;
}

mime::AddressList recipientsFrom(const QJsonValue &value)
{
    mime::AddressList out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject e = v.toObject().value(str("emailAddress")).toObject();
        const QString address = e.value(str("address")).toString().trimmed();
        if (!address.isEmpty())
            out.append({e.value(str("name")).toString(), address});
    }
    return out;
}

QJsonObject messageJson(const Mailbox &mailbox, const StoredMessage &m, const MessageOptions &o)
{
    const mime::ParsedMessage p = mime::parseMessage(m.raw);
    const QString id = outId(m, o.immutableIds);
    const QString changeKey = QStringLiteral("CQAAABYAAA") + QString::number(m.changeSeq, 16);
    const bool html = p.html.has_value() && !o.textBody;
    const QString text = p.text.value_or(p.html ? mime::htmlToText(*p.html) : QString());
    QString preview = text.simplified();
    preview.truncate(255);
    bool hasAttachments = false;
    for (const mime::Attachment &a : p.attachments)
        hasAttachments = hasAttachments || !a.isInline;
    const qint64 sent = p.date ? p.date->toMSecsSinceEpoch() : m.internalDateMs;
    QJsonObject j{
        {str("@odata.etag"), QStringLiteral("W/\"%1\"").arg(changeKey)},
        {str("id"), id},
        {str("createdDateTime"), isoUtc(m.internalDateMs)},
        {str("lastModifiedDateTime"), isoUtc(m.internalDateMs)},
        {str("changeKey"), changeKey},
        {str("categories"), QJsonArray::fromStringList(o.categories)},
        {str("receivedDateTime"), isoUtc(m.internalDateMs)},
        {str("sentDateTime"), isoUtc(sent)},
        {str("hasAttachments"), hasAttachments},
        {str("internetMessageId"), p.messageId.isEmpty() ? QString() : u'<' + p.messageId + u'>'},
        {str("subject"), p.subject},
        {str("bodyPreview"), preview},
        {str("importance"), importanceOf(m.raw)},
        {str("parentFolderId"), folderOf(mailbox, m)},
        {str("conversationId"), m.threadId},
        {str("isDeliveryReceiptRequested"), false},
        {str("isReadReceiptRequested"), false},
        {str("isRead"), !m.labels.contains(QStringLiteral("UNREAD"))},
        {str("isDraft"), m.labels.contains(QStringLiteral("DRAFT"))},
        {str("webLink"), QStringLiteral("https://outlook.live.com/owa/?ItemID=%1&exvsurl=1&viewmodel=ReadMessageItem")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))},
        {str("inferenceClassification"), str("focused")},
        {str("body"),
         QJsonObject{{str("contentType"), html ? str("html") : str("text")}, {str("content"), html ? *p.html : text}}},
        {str("toRecipients"), recipientsJson(p.to)},
        {str("ccRecipients"), recipientsJson(p.cc)},
        {str("bccRecipients"), recipientsJson(p.bcc)},
        {str("replyTo"), recipientsJson(p.replyTo)},
        {str("flag"), QJsonObject{{str("flagStatus"),
                                   m.labels.contains(QStringLiteral("FLAGGED")) ? str("flagged") : str("notFlagged")}}},
    };
    // A draft nobody has addressed yet has no sender in Graph either.
    if (!p.from.isEmpty()) {
        j.insert(str("from"), recipientJson(p.from.first()));
        j.insert(str("sender"), recipientJson(p.from.first()));
    }
    return j;
}

QStringList parseSelect(const QString &select)
{
    QStringList out;
    for (const QString &s : select.split(u',', Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

QString unknownMessageProperty(const QStringList &select)
{
    // message, outlookItem and entity in graph-v1.0-mail-types.xml.
    static const QStringList known{str("id"),
                                   str("categories"),
                                   str("changeKey"),
                                   str("createdDateTime"),
                                   str("lastModifiedDateTime"),
                                   str("bccRecipients"),
                                   str("body"),
                                   str("bodyPreview"),
                                   str("ccRecipients"),
                                   str("conversationId"),
                                   str("conversationIndex"),
                                   str("flag"),
                                   str("from"),
                                   str("hasAttachments"),
                                   str("importance"),
                                   str("inferenceClassification"),
                                   str("internetMessageHeaders"),
                                   str("internetMessageId"),
                                   str("isDeliveryReceiptRequested"),
                                   str("isDraft"),
                                   str("isRead"),
                                   str("isReadReceiptRequested"),
                                   str("parentFolderId"),
                                   str("receivedDateTime"),
                                   str("replyTo"),
                                   str("sender"),
                                   str("sentDateTime"),
                                   str("subject"),
                                   str("toRecipients"),
                                   str("uniqueBody"),
                                   str("webLink"),
                                   str("attachments"),
                                   str("extensions"),
                                   str("singleValueExtendedProperties"),
                                   str("multiValueExtendedProperties")};
    for (const QString &name : select)
        if (!known.contains(name, Qt::CaseInsensitive))
            return name;
    return {};
}

QJsonObject selectFields(const QJsonObject &full, const QStringList &select)
{
    if (select.isEmpty())
        return full;
    QJsonObject out;
    for (auto it = full.begin(); it != full.end(); ++it)
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("@odata.etag") ||
            select.contains(it.key(), Qt::CaseInsensitive))
            out.insert(it.key(), it.value());
    return out;
}

QString attachmentId(const StoredMessage &message, int index)
{
    // Stable across moves: built from the immutable message id.
    return QStringLiteral("AAMkAtt") +
           QString::fromLatin1(QByteArray(message.id.toLatin1() + '/' + QByteArray::number(index))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject attachmentJson(const StoredMessage &message, int index, const mime::Attachment &a, bool withContent)
{
    const bool item = a.mimeType == QLatin1String("message/rfc822");
    QJsonObject j{
        {str("@odata.type"), item ? str("#microsoft.graph.itemAttachment") : str("#microsoft.graph.fileAttachment")},
        {str("id"), attachmentId(message, index)},
        {str("lastModifiedDateTime"), isoUtc(message.internalDateMs)},
        {str("name"), a.filename.isEmpty() ? (item ? str("Attached message") : str("attachment")) : a.filename},
        {str("contentType"), a.mimeType},
        {str("size"), int(a.size)},
        {str("isInline"), a.isInline}};
    if (!item) {
        if (!a.contentId.isEmpty())
            j.insert(str("contentId"), a.contentId);
        if (withContent)
            j.insert(str("contentBytes"), QString::fromLatin1(a.data.toBase64()));
    }
    return j;
}

} // namespace em::sandbox::graph
