#include "recordbuilder.h"

#include "mime/htmltotext.h"
#include "mime/mimeparser.h"

#include <QCryptographicHash>

namespace em::ingest {

namespace {
// The index holds enough of a huge body to find it, not all of a 50 MB log file.
constexpr qsizetype kMaxIndexedChars = qsizetype(256) * 1024;
} // namespace

QByteArray contentHash(const QByteArray &raw)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Hash line by line without CRs and trailing blank lines, without copying the message.
    qsizetype end = raw.size();
    while (end > 0 && (raw.at(end - 1) == '\n' || raw.at(end - 1) == '\r'))
        --end;
    qsizetype start = 0;
    while (start < end) {
        qsizetype cr = raw.indexOf('\r', start);
        if (cr < 0 || cr >= end) {
            hash.addData(QByteArrayView(raw.constData() + start, end - start));
            break;
        }
        hash.addData(QByteArrayView(raw.constData() + start, cr - start));
        start = cr + 1;
    }
    return hash.result();
}

QString makeSnippet(const QString &text, int maxChars)
{
    QString out;
    out.reserve(maxChars);
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        // The space before a word and both halves of a surrogate pair (an emoji) fit within
        // maxChars or are left out: found by tests/fuzz, a snippet of 201 characters and one
        // that ended in half an emoji.
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (out.size() + (space ? 1 : 0) + (pair ? 2 : 1) > maxChars)
            break;
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
        if (pair)
            out.append(text.at(++i));
    }
    return out;
}

store::MessageRecord buildRecord(const RawMessage &message)
{
    const mime::ParsedMessage parsed = mime::parseMessage(message.raw);
    store::MessageRecord r;
    r.contentHash = contentHash(message.raw);
    r.remoteId = message.remoteId.isEmpty() ? QString::fromLatin1("sha256:" + r.contentHash.toHex()) : message.remoteId;
    r.threadKey = message.threadKey;
    r.messageId = parsed.messageId;
    r.inReplyTo = parsed.inReplyTo;
    r.references = parsed.references;
    r.subject = parsed.subject;
    if (!parsed.from.isEmpty()) {
        r.fromName = parsed.from.first().name;
        r.fromAddress = parsed.from.first().address;
    }
    r.toList = mime::addressListDisplay(parsed.to);
    r.ccList = mime::addressListDisplay(parsed.cc);
    r.bccList = mime::addressListDisplay(parsed.bcc);
    if (parsed.date) {
        r.dateMs = parsed.date->toMSecsSinceEpoch();
        r.utcOffsetSeconds = parsed.date->offsetFromUtc();
    } else {
        r.dateMs = message.receivedMs;
    }
    QString body = parsed.text ? *parsed.text : (parsed.html ? mime::htmlToText(*parsed.html) : QString());
    if (body.size() > kMaxIndexedChars)
        body.truncate(kMaxIndexedChars);
    r.snippet = makeSnippet(body);
    r.bodyText = std::move(body);
    r.size = message.raw.size();
    r.rawSize = message.raw.size();
    r.compressedRaw = qCompress(message.raw, 3);
    r.flags = message.flags;
    if (parsed.broken)
        r.flags |= store::Broken;
    for (const mime::Attachment &a : parsed.attachments) {
        r.attachments.append({a.filename, a.mimeType, a.size, a.contentId, a.isInline});
        if (!a.isInline)
            r.flags |= store::HasAttachments;
    }
    return r;
}

} // namespace em::ingest
