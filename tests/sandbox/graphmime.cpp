#include "graphmime.h"

#include "graphjson.h"
#include "mime/htmltotext.h"

#include <QJsonArray>

namespace em::sandbox::graph {

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}
} // namespace

mime::OutgoingMessage outgoingFrom(const mime::ParsedMessage &p)
{
    mime::OutgoingMessage out;
    if (!p.from.isEmpty())
        out.from = p.from.first();
    out.to = p.to;
    out.cc = p.cc;
    out.bcc = p.bcc;
    out.subject = p.subject;
    out.text = p.text.value_or(p.html ? mime::htmlToText(*p.html) : QString());
    out.html = p.html.value_or(QString());
    for (const mime::Attachment &a : p.attachments)
        out.attachments.append({a.filename, a.mimeType, a.data, a.isInline ? a.contentId : QString()});
    out.inReplyTo = p.inReplyTo;
    out.references = p.references;
    if (p.date)
        out.date = *p.date;
    out.messageId = p.messageId;
    return out;
}

bool attachmentFromJson(const QJsonObject &j, mime::OutgoingAttachment *out, QString *error)
{
    const QString type = j.value(str("@odata.type")).toString();
    if (!type.isEmpty() && type != QLatin1String("#microsoft.graph.fileAttachment") &&
        type != QLatin1String("microsoft.graph.fileAttachment")) {
        *error = str("Only fileAttachment is supported here.");
        return false;
    }
    const auto bytes = QByteArray::fromBase64Encoding(j.value(str("contentBytes")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || !j.value(str("contentBytes")).isString()) {
        *error = str("contentBytes must be base64.");
        return false;
    }
    const QString name = j.value(str("name")).toString();
    if (name.isEmpty()) {
        *error = str("The attachment name is required.");
        return false;
    }
    out->filename = name;
    out->mimeType = j.value(str("contentType")).toString(str("application/octet-stream"));
    out->data = bytes.decoded;
    out->contentId = j.value(str("isInline")).toBool() ? j.value(str("contentId")).toString() : QString();
    return true;
}

bool applyMessageJson(const QJsonObject &m, mime::OutgoingMessage *out, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (m.contains(str("subject"))) {
        if (!m.value(str("subject")).isString() && !m.value(str("subject")).isNull()) {
            why = str("subject must be a string.");
            return false;
        }
        out->subject = m.value(str("subject")).toString();
    }
    if (m.contains(str("body"))) {
        const QJsonObject body = m.value(str("body")).toObject();
        const QString content = body.value(str("content")).toString();
        if (body.value(str("contentType")).toString().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
            out->html = content;
            out->text = mime::htmlToText(content);
        } else {
            out->html.clear();
            out->text = content;
        }
    }
    for (const char *key : {"toRecipients", "ccRecipients", "bccRecipients"}) {
        if (!m.contains(QLatin1String(key)))
            continue;
        if (!m.value(QLatin1String(key)).isArray()) {
            why = str("%1 must be a collection.").arg(QLatin1String(key));
            return false;
        }
        const mime::AddressList list = recipientsFrom(m.value(QLatin1String(key)));
        (key[0] == 't' ? out->to : key[0] == 'c' ? out->cc : out->bcc) = list;
    }
    for (const QJsonValue &v : m.value(str("attachments")).toArray()) {
        mime::OutgoingAttachment a;
        if (!attachmentFromJson(v.toObject(), &a, &why))
            return false;
        out->attachments.append(a);
    }
    return true;
}

QByteArray stripBcc(const QByteArray &raw)
{
    int end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        end = raw.indexOf("\n\n");
    if (end < 0)
        return raw;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    QByteArray head;
    bool skipping = false;
    for (const QByteArray &line : lines) {
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            skipping = line.toLower().startsWith("bcc:");
        if (!skipping)
            head += line + '\n';
    }
    head.chop(1);
    return head + raw.mid(end);
}

} // namespace em::sandbox::graph
