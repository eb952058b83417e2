// GLib names struct fields "signals": its headers come before Qt's keyword macros.
#include "mime/gmimesupport.h"

#include "gmailformat.h"
#include "mailbox.h"
#include "mime/htmltotext.h"
#include "mime/mimeparser.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace em::sandbox {

namespace {

using mime::GPtr;

GPtr<GMimeMessage> parse(const QByteArray &raw)
{
    mime::ensureLibrariesInitialized();
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    return message;
}

QJsonArray headersOf(GMimeObject *object, const QStringList &only)
{
    QJsonArray out;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        const QString name = mime::fromUtf8(g_mime_header_get_name(h));
        if (!only.isEmpty() && !only.contains(name, Qt::CaseInsensitive))
            continue;
        // Gmail shows headers decoded (RFC 2047 undone) and unfolded.
        QString value = mime::fromUtf8(g_mime_header_get_value(h));
        value.replace(QRegularExpression(QStringLiteral("\r?\n[ \t]+")), QStringLiteral(" "));
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value.trimmed()}});
    }
    return out;
}

QString mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *ct = g_mime_object_get_content_type(object);
    if (!ct)
        return QStringLiteral("text/plain");
    return QStringLiteral("%1/%2")
        .arg(mime::fromUtf8(g_mime_content_type_get_media_type(ct)),
             mime::fromUtf8(g_mime_content_type_get_media_subtype(ct)))
        .toLower();
}

QString attachmentId(const QString &messageId, const QString &partId)
{
    // Opaque to clients, like Google's; it names the message and the part.
    return QStringLiteral("ANGjdJ") + base64Url(QStringLiteral("%1:%2").arg(messageId, partId).toUtf8());
}

struct Walker
{
    QString messageId;
    QString wantedPart; // attachments.get: the part to find
    QByteArray found;
    bool foundIt = false;

    QJsonObject part(GMimeObject *object, const QString &partId, GMimeObject *headerSource)
    {
        QJsonObject out{{QStringLiteral("partId"), partId},
                        {QStringLiteral("mimeType"), mimeTypeOf(object)},
                        {QStringLiteral("filename"), QString()},
                        {QStringLiteral("headers"), headersOf(headerSource, {})}};
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *mp = GMIME_MULTIPART(object);
            QJsonArray parts;
            const int n = g_mime_multipart_get_count(mp);
            for (int i = 0; i < n; ++i) {
                GMimeObject *child = g_mime_multipart_get_part(mp, i);
                const QString childId = partId.isEmpty() ? QString::number(i) : partId + u'.' + QString::number(i);
                parts.append(part(child, childId, child));
            }
            out.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("size"), 0}});
            out.insert(QStringLiteral("parts"), parts);
            return out;
        }
        QByteArray content;
        QString filename;
        if (GMIME_IS_PART(object)) {
            content = mime::decodedContent(GMIME_PART(object));
            filename = mime::fromUtf8(g_mime_part_get_filename(GMIME_PART(object)));
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner)
                content = mime::serialize(GMIME_OBJECT(inner));
        }
        if (partId == wantedPart && !foundIt) {
            found = content;
            foundIt = true;
        }
        out.insert(QStringLiteral("filename"), filename);
        const bool isAttachment = !filename.isEmpty() || GMIME_IS_MESSAGE_PART(object);
        QJsonObject body{{QStringLiteral("size"), int(content.size())}};
        if (isAttachment)
            body.insert(QStringLiteral("attachmentId"), attachmentId(messageId, partId));
        else
            body.insert(QStringLiteral("data"), base64Url(content));
        out.insert(QStringLiteral("body"), body);
        return out;
    }
};

} // namespace

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding));
}

QByteArray fromBase64Any(const QString &text, bool *ok)
{
    // A plain loop: raw messages reach 35 MB, too big for regular expressions.
    QByteArray bytes = text.toLatin1();
    qsizetype out = 0;
    *ok = true;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        char c = bytes.at(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
                   c == '='))
            *ok = false;
        bytes[out++] = c;
    }
    if (!*ok)
        return {};
    bytes.truncate(out);
    // Unpadded input is fine for Google; only bad characters are not.
    return QByteArray::fromBase64(bytes);
}

QString gmailSnippet(const QByteArray &raw)
{
    const mime::ParsedMessage parsed = mime::parseMessage(raw);
    QString text = parsed.text.value_or(QString());
    if (text.trimmed().isEmpty() && parsed.html)
        text = mime::htmlToText(*parsed.html);
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(200);
    // Gmail escapes snippets as HTML.
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

QJsonObject gmailMessage(const StoredMessage &m, const QString &format, const QStringList &metadataHeaders)
{
    QStringList labels(m.labels.cbegin(), m.labels.cend());
    std::sort(labels.begin(), labels.end());
    QJsonObject out{{QStringLiteral("id"), m.id},
                    {QStringLiteral("threadId"), m.threadId},
                    {QStringLiteral("labelIds"), QJsonArray::fromStringList(labels)},
                    {QStringLiteral("snippet"), gmailSnippet(m.raw)},
                    {QStringLiteral("sizeEstimate"), int(m.raw.size())},
                    {QStringLiteral("historyId"), QString::number(m.historyId)},
                    {QStringLiteral("internalDate"), QString::number(m.internalDateMs)}};
    if (format == QLatin1String("raw")) {
        out.insert(QStringLiteral("raw"), base64Url(m.raw));
        return out;
    }
    if (format == QLatin1String("minimal"))
        return out;
    const GPtr<GMimeMessage> message = parse(m.raw);
    if (!message)
        return out;
    GMimeObject *top = g_mime_message_get_mime_part(message.get());
    if (format == QLatin1String("metadata")) {
        out.insert(QStringLiteral("payload"),
                   QJsonObject{{QStringLiteral("partId"), QString()},
                               {QStringLiteral("mimeType"), top ? mimeTypeOf(top) : QStringLiteral("text/plain")},
                               {QStringLiteral("filename"), QString()},
                               {QStringLiteral("headers"), headersOf(GMIME_OBJECT(message.get()), metadataHeaders)},
                               {QStringLiteral("body"), QJsonObject{{QStringLiteral("size"), 0}}}});
        return out;
    }
    if (!top)
        return out;
    Walker walker{m.id, {}, {}, false};
    // The top part shows the message's own headers (From, Subject, ... and its MIME headers).
    out.insert(QStringLiteral("payload"), walker.part(top, QString(), GMIME_OBJECT(message.get())));
    return out;
}

QByteArray gmailAttachment(const StoredMessage &m, const QString &attachmentIdText, bool *found)
{
    *found = false;
    if (!attachmentIdText.startsWith(QLatin1String("ANGjdJ")))
        return {};
    bool ok = false;
    const QString decoded = QString::fromUtf8(fromBase64Any(attachmentIdText.mid(6), &ok));
    const QString messageId = decoded.section(u':', 0, 0);
    if (!ok || messageId != m.id)
        return {};
    const GPtr<GMimeMessage> message = parse(m.raw);
    GMimeObject *top = message ? g_mime_message_get_mime_part(message.get()) : nullptr;
    if (!top)
        return {};
    Walker walker{m.id, decoded.section(u':', 1), {}, false};
    walker.part(top, QString(), GMIME_OBJECT(message.get()));
    *found = walker.foundIt;
    return walker.found;
}

} // namespace em::sandbox
