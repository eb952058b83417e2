// Fuzzes the decoders of Gmail API v1 JSON answers and the store records made from them.
// Input: byte 0 picks the decoder ('0'..'8', or any byte modulo 9), the rest is the answer:
//   0 profile  1 labels  2 messages.list page  3 metadata (+ its store record)
//   4 raw message  5 history page  6 error body  7 snippet HTML entities (plain text)
//   8 round trip of a raw message: the rest, base64url-encoded into a messages.get answer
//     in the ways Google and other encoders write it, must decode to the same bytes

#include "fuzzsupport.h"

#include "providers/gmail/gmailjson.h"

#include <QString>

using namespace em;

namespace {

// messages.get?format=raw with the message's bytes in "raw".
QByteArray rawAnswer(const QByteArray &encoded)
{
    return R"({"id":"a1","threadId":"t1","labelIds":["INBOX"],"raw":")" + encoded + R"("})";
}

void checkRawRoundTrip(const QByteArray &message)
{
    if (message.isEmpty())
        return; // an empty "raw" is refused as missing
    // Gmail: base64url, padded. Other writers: unpadded, or standard base64 in 76-column lines
    // (JSON-escaped line breaks and slashes).
    const QByteArray url = message.toBase64(QByteArray::Base64UrlEncoding);
    const QByteArray unpadded = message.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QByteArray lines;
    const QByteArray standard = message.toBase64();
    for (qsizetype i = 0; i < standard.size(); i += 76)
        lines += standard.mid(i, 76).replace("/", "\\/") + "\\r\\n";
    for (const QByteArray &encoded : {url, unpadded, lines}) {
        const auto r = gmail::decodeRaw(rawAnswer(encoded));
        EM_FUZZ_CHECK(r.ok());
        EM_FUZZ_CHECK(r.value().raw == message);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json = fuzz::bytes(data + 1, size - 1);
    switch (fuzz::pick(data[0], 9)) {
    case 0:
        if (const auto p = gmail::decodeProfile(json))
            EM_FUZZ_CHECK(!p.value().address.isEmpty());
        break;
    case 1:
        if (const auto labels = gmail::decodeLabels(json)) {
            for (const gmail::Label &l : labels.value())
                EM_FUZZ_CHECK(!l.id.isEmpty() && !l.name.isEmpty());
        }
        break;
    case 2:
        if (const auto page = gmail::decodeListPage(json)) {
            for (const auto &[id, threadId] : page.value().messages)
                EM_FUZZ_CHECK(!id.isEmpty());
        }
        break;
    case 3:
        if (const auto m = gmail::decodeMetadata(json)) {
            EM_FUZZ_CHECK(!m.value().id.isEmpty());
            // The headers go through the MIME parser, as they do during sync.
            const store::MessageRecord r = gmail::recordFromMetadata(m.value());
            EM_FUZZ_CHECK(r.remoteId == m.value().id);
        }
        break;
    case 4:
        if (const auto r = gmail::decodeRaw(json))
            EM_FUZZ_CHECK(!r.value().id.isEmpty());
        break;
    case 5:
        if (const auto page = gmail::decodeHistoryPage(json)) {
            for (const gmail::HistoryEvent &e : page.value().events)
                EM_FUZZ_CHECK(!e.messageId.isEmpty());
        }
        break;
    case 6: {
        const gmail::ApiError e = gmail::decodeError(json);
        EM_FUZZ_CHECK(e.code >= 0 && e.code < 1000);
        break;
    }
    case 7: {
        const QString text = QString::fromUtf8(json);
        const QString decoded = gmail::decodeHtmlEntities(text);
        EM_FUZZ_CHECK(decoded.size() <= text.size()); // an entity is never shorter than its character
        break;
    }
    case 8: checkRawRoundTrip(json); break;
    }
    return 0;
}
