#include "mimebuilder.h"

#include "gmimesupport.h"

#include <QStringBuilder>

namespace em::mime {

namespace {

void addAddresses(GMimeMessage *message, GMimeAddressType type, const AddressList &list)
{
    for (const Address &a : list)
        g_mime_message_add_mailbox(message, type, a.name.isEmpty() ? nullptr : a.name.toUtf8().constData(),
                                   a.address.toUtf8().constData());
}

GMimeObject *textPart(const char *subtype, const QString &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_text_part_set_text(part, text.toUtf8().constData());
    // Quoted-printable keeps mostly-ASCII text readable; base64 wins for other scripts.
    g_mime_part_set_content_encoding(
        GMIME_PART(part), g_mime_part_get_best_content_encoding(GMIME_PART(part), GMIME_ENCODING_CONSTRAINT_7BIT));
    return GMIME_OBJECT(part);
}

GMimeObject *attachmentPart(const OutgoingAttachment &a, bool isInline)
{
    const QByteArray type = a.mimeType.isEmpty() ? QByteArray("application/octet-stream") : a.mimeType.toUtf8();
    GMimeContentType *ct = g_mime_content_type_parse(nullptr, type.constData());
    GMimePart *part =
        g_mime_part_new_with_type(g_mime_content_type_get_media_type(ct), g_mime_content_type_get_media_subtype(ct));
    g_object_unref(ct);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(a.data.constData(), size_t(a.data.size())));
    GPtr<GMimeDataWrapper> wrapper(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    g_mime_object_set_disposition(GMIME_OBJECT(part), isInline ? "inline" : "attachment");
    if (!a.filename.isEmpty())
        g_mime_part_set_filename(part, a.filename.toUtf8().constData());
    if (!a.contentId.isEmpty())
        g_mime_object_set_content_id(GMIME_OBJECT(part), a.contentId.toUtf8().constData());
    return GMIME_OBJECT(part);
}

GMimeObject *multipart(const char *subtype, std::initializer_list<GMimeObject *> first,
                       const QList<GMimeObject *> &rest = {})
{
    GMimeMultipart *mp = g_mime_multipart_new_with_subtype(subtype);
    for (GMimeObject *o : first) {
        g_mime_multipart_add(mp, o);
        g_object_unref(o);
    }
    for (GMimeObject *o : rest) {
        g_mime_multipart_add(mp, o);
        g_object_unref(o);
    }
    return GMIME_OBJECT(mp);
}

QString joinIds(const QStringList &ids)
{
    QStringList wrapped;
    for (const QString &id : ids)
        wrapped.append(u'<' % id % u'>');
    return wrapped.join(u' ');
}

} // namespace

QString generateMessageId(const QString &domain)
{
    ensureLibrariesInitialized();
    GCharPtr id(g_mime_utils_generate_message_id(domain.isEmpty() ? "localhost" : domain.toUtf8().constData()));
    return QString::fromUtf8(id.get());
}

QByteArray buildMessage(const OutgoingMessage &m, const BuildOptions &options)
{
    ensureLibrariesInitialized();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_FROM, {m.from});
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_TO, m.to);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_CC, m.cc);
    if (options.includeBcc)
        addAddresses(message.get(), GMIME_ADDRESS_TYPE_BCC, m.bcc);
    g_mime_message_set_subject(message.get(), m.subject.toUtf8().constData(), "utf-8");

    const QDateTime when = m.date.isValid() ? m.date : QDateTime::currentDateTime();
    GDateTime *date = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    GTimeZone *tz = g_time_zone_new_offset(when.offsetFromUtc());
    GDateTime *local = g_date_time_to_timezone(date, tz);
    g_mime_message_set_date(message.get(), local);
    g_date_time_unref(local);
    g_time_zone_unref(tz);
    g_date_time_unref(date);

    const QString domain = m.from.address.section(u'@', 1);
    const QString id = m.messageId.isEmpty() ? generateMessageId(domain) : m.messageId;
    g_mime_message_set_message_id(message.get(), id.toUtf8().constData());
    GMimeObject *object = GMIME_OBJECT(message.get());
    if (!m.inReplyTo.isEmpty())
        g_mime_object_set_header(object, "In-Reply-To", joinIds({m.inReplyTo}).toUtf8().constData(), nullptr);
    if (!m.references.isEmpty())
        g_mime_object_set_header(object, "References", joinIds(m.references).toUtf8().constData(), nullptr);

    GMimeObject *body = textPart("plain", m.text);
    if (!m.html.isEmpty())
        body = multipart("alternative", {body, textPart("html", m.html)});
    QList<GMimeObject *> inlineParts, attached;
    for (const OutgoingAttachment &a : m.attachments) {
        if (!a.contentId.isEmpty() && !m.html.isEmpty())
            inlineParts.append(attachmentPart(a, true));
        else
            attached.append(attachmentPart(a, false));
    }
    if (!inlineParts.isEmpty())
        body = multipart("related", {body}, inlineParts);
    if (!attached.isEmpty())
        body = multipart("mixed", {body}, attached);
    g_mime_message_set_mime_part(message.get(), body);
    g_object_unref(body);

    GMimeFormatOptions *format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format,
                                             options.crlf ? GMIME_NEWLINE_FORMAT_DOS : GMIME_NEWLINE_FORMAT_UNIX);
    g_mime_format_options_set_param_encoding_method(format, GMIME_PARAM_ENCODING_METHOD_RFC2231);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, format, stream.get());
    g_mime_format_options_free(format);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace em::mime
