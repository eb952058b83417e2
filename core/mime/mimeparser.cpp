#include "mimeparser.h"

#include "charset.h"
#include "gmimesupport.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace em::mime {

namespace {

// GMime keeps folding whitespace in some decoded values; mail readers show one line.
QString unfold(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (qsizetype i = s.indexOf(u'\n'); i >= 0; i = s.indexOf(u'\n', i)) {
        s.remove(i, 1);
        if (i < s.size() && s.at(i) != u' ' && s.at(i) != u'\t' && i > 0 && s.at(i - 1) != u' ')
            s.insert(i, u' ');
    }
    s.remove(u'\r');
    return s;
}

void appendAddresses(InternetAddressList *list, AddressList *out, int depth = 0)
{
    if (!list || depth > 4)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out, depth + 1);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            Address a;
            a.name = unfold(fromUtf8(internet_address_get_name(ia))).trimmed();
            a.address = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
            if (!a.address.isEmpty() || !a.name.isEmpty())
                out->append(a);
        }
    }
}

QStringList parseIds(GMimeParserOptions *options, const char *value)
{
    QStringList ids;
    if (!value)
        return ids;
    if (GMimeReferences *refs = g_mime_references_parse(options, value)) {
        const int n = g_mime_references_length(refs);
        for (int i = 0; i < n; ++i) {
            const QString id = fromUtf8(g_mime_references_get_message_id(refs, i)).trimmed();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        g_mime_references_free(refs);
    }
    // GMime stops at the first comma ("<a>, <b>"), which some mailers write: take every <id>.
    const QString text = QString::fromUtf8(value);
    if (text.count(u'<') > ids.size()) {
        static const QRegularExpression bracketed(QStringLiteral("<([^<>\\s]+)>"));
        for (auto it = bracketed.globalMatch(text); it.hasNext();) {
            const QString id = it.next().captured(1);
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

// RFC 2047 for unstructured headers (Subject). Each encoded word's payload is decoded on
// its own, and adjacent words in one charset are joined as bytes before conversion:
// GMime 3.2 joins base64 payloads before decoding (losing everything after '=' padding),
// and mailers split multi-byte characters across words.
QByteArray decodeWordPayload(char encoding, const QByteArray &payload)
{
    if (encoding == 'B' || encoding == 'b')
        return QByteArray::fromBase64(payload);
    QByteArray out;
    out.reserve(payload.size());
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload.at(i);
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < payload.size() && isxdigit(uchar(payload.at(i + 1))) &&
                   isxdigit(uchar(payload.at(i + 2)))) {
            out.append(char(QByteArray::fromHex(payload.mid(i + 1, 2)).at(0)));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QString decodeUnstructured(GMimeParserOptions *options, const char *raw)
{
    if (!raw)
        return {};
    static const QRegularExpression encodedWord(
        QStringLiteral("=\\?([^?\\s*]+)(?:\\*[^?\\s]*)?\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QByteArray value(raw);
    const QString text = QString::fromLatin1(value); // offsets only: one QChar per byte
    QString out;
    QByteArray pendingBytes, pendingCharset;
    auto flush = [&] {
        if (!pendingBytes.isEmpty())
            out += decodeCharset(pendingBytes, pendingCharset);
        pendingBytes.clear();
    };
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    for (auto it = encodedWord.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray between = value.mid(pos, m.capturedStart() - pos);
        // Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
        if (!(lastWasEncoded && between.trimmed().isEmpty())) {
            flush();
            GCharPtr plain(g_mime_utils_header_decode_text(options, between.constData()));
            out += fromUtf8(plain.get());
        }
        const QByteArray charset = m.captured(1).toLatin1().toLower();
        if (charset != pendingCharset)
            flush();
        pendingCharset = charset;
        pendingBytes += decodeWordPayload(m.captured(2).at(0).toLatin1(), m.captured(3).toLatin1());
        pos = m.capturedEnd();
        lastWasEncoded = true;
    }
    flush();
    GCharPtr rest(g_mime_utils_header_decode_text(options, value.mid(pos).constData()));
    out += fromUtf8(rest.get());
    return out;
}

class BodyWalker
{
public:
    BodyWalker(ParsedMessage *out, const ParseOptions &options) : m_out(out), m_options(options) {}

    void walk(GMimeObject *object, bool inRelated, int depth)
    {
        if (!object)
            return;
        if (depth > 64) { // deeper than any real mail: stop rather than recurse on
            m_out->broken = true;
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *mp = GMIME_MULTIPART(object);
            GMimeContentType *ct = g_mime_object_get_content_type(object);
            const bool related = ct && g_mime_content_type_is_type(ct, "multipart", "related");
            const int n = g_mime_multipart_get_count(mp);
            for (int i = 0; i < n; ++i)
                walk(g_mime_multipart_get_part(mp, i), related || inRelated, depth + 1);
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            Attachment a = describe(object);
            a.mimeType = QStringLiteral("message/rfc822");
            if (inner) {
                if (m_options.keepAttachmentData) {
                    a.data = serialize(GMIME_OBJECT(inner));
                    a.size = a.data.size();
                } else {
                    a.size = serializedSize(GMIME_OBJECT(inner));
                }
            }
            m_out->attachments.append(a);
        } else if (GMIME_IS_PART(object)) {
            leaf(GMIME_PART(object), inRelated);
        }
    }

private:
    Attachment describe(GMimeObject *object) const
    {
        Attachment a;
        GMimeContentType *ct = g_mime_object_get_content_type(object);
        if (ct) {
            GCharPtr type(g_mime_content_type_get_mime_type(ct));
            a.mimeType = fromUtf8(type.get()).toLower();
        }
        if (GMIME_IS_PART(object))
            a.filename = unfold(fromUtf8(g_mime_part_get_filename(GMIME_PART(object)))).trimmed();
        else
            a.filename = unfold(fromUtf8(g_mime_object_get_content_disposition_parameter(object, "filename")));
        a.contentId = fromUtf8(g_mime_object_get_content_id(object)).trimmed();
        return a;
    }

    void leaf(GMimePart *part, bool inRelated)
    {
        GMimeObject *object = GMIME_OBJECT(part);
        Attachment a = describe(object);
        const QString disposition = fromUtf8(g_mime_object_get_disposition(object)).toLower();
        const bool attachmentDisposition = disposition == QLatin1String("attachment");
        const bool bodyCandidate = !attachmentDisposition && a.filename.isEmpty();
        if (bodyCandidate && a.mimeType == QLatin1String("text/plain") && !m_out->text) {
            m_out->text = text(part);
            return;
        }
        if (bodyCandidate && a.mimeType == QLatin1String("text/html") && !m_out->html) {
            m_out->html = text(part);
            return;
        }
        a.isInline = disposition == QLatin1String("inline") || (inRelated && !a.contentId.isEmpty());
        if (m_options.keepAttachmentData) {
            a.data = decodedContent(part);
            a.size = a.data.size();
        } else {
            a.size = decodedSize(part);
        }
        m_out->attachments.append(a);
    }

    static QString text(GMimePart *part)
    {
        const QByteArray bytes = decodedContent(part);
        const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
        return decodeCharset(bytes, charset ? QByteArray(charset) : QByteArray());
    }

    ParsedMessage *m_out;
    const ParseOptions &m_options;
};

GMimeParserOptions *lenientOptions()
{
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(options, TRUE);
    // Raw 8-bit headers: UTF-8 when valid, else the Windows code page most such mail uses.
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    return options;
}

} // namespace

ParsedMessage parseMessage(const QByteArray &raw, const ParseOptions &options)
{
    ensureLibrariesInitialized();
    ParsedMessage out;
    std::unique_ptr<GMimeParserOptions, void (*)(GMimeParserOptions *)> parserOptions(lenientOptions(),
                                                                                      g_mime_parser_options_free);

    // GMime stops at NUL bytes in headers; the raw message itself is kept by the caller.
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), parserOptions.get()));
    if (!message) {
        out.broken = true;
        return out;
    }
    GMimeObject *object = GMIME_OBJECT(message.get());
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        out.broken = true;

    GMimeHeader *subject = g_mime_header_list_get_header(headers, "Subject");
    out.subject = subject
                      ? unfold(decodeUnstructured(parserOptions.get(), g_mime_header_get_raw_value(subject))).trimmed()
                      : QString();
    appendAddresses(g_mime_message_get_from(message.get()), &out.from);
    appendAddresses(g_mime_message_get_to(message.get()), &out.to);
    appendAddresses(g_mime_message_get_cc(message.get()), &out.cc);
    appendAddresses(g_mime_message_get_bcc(message.get()), &out.bcc);
    appendAddresses(g_mime_message_get_reply_to(message.get()), &out.replyTo);

    if (GDateTime *date = g_mime_message_get_date(message.get())) {
        const qint64 secs = g_date_time_to_unix(date);
        const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
        // Qt takes offsets of -14 to +14 hours only: with a wider one (+1500, valid RFC 5322) the
        // date was invalid and the message lost it (tests/fuzz/regressions/mime). Keep the moment.
        const QTimeZone zone(offset);
        out.date = QDateTime::fromSecsSinceEpoch(secs, zone.isValid() ? zone : QTimeZone::utc());
    }
    out.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    const QStringList inReplyTo = parseIds(parserOptions.get(), g_mime_object_get_header(object, "In-Reply-To"));
    if (!inReplyTo.isEmpty())
        out.inReplyTo = inReplyTo.first();
    out.references = parseIds(parserOptions.get(), g_mime_object_get_header(object, "References"));

    BodyWalker walker(&out, options);
    walker.walk(g_mime_message_get_mime_part(message.get()), false, 0);
    return out;
}

} // namespace em::mime
