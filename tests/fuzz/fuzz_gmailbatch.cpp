// Fuzzes the decoder of Gmail batch answers (multipart/mixed of HTTP answers) and what the
// client does next with each answer: a JSON body on success, Google's error body otherwise.
// Input: byte 0 is the number of calls in the batch ('0'..'9' for 0..9, any other byte its
// value), then the Content-Type header up to the first line feed, then the answer's body.
// So the fuzzer controls the boundary as well as the parts.
// Then a round trip: the body, split at NUL bytes into answer bodies, is written as Google
// writes a batch answer (no Content-Length, a boundary that occurs in none of them, parts in
// reverse order) and must decode to the same bodies in request order.

#include "fuzzsupport.h"

#include "providers/gmail/gmailbatch.h"
#include "providers/gmail/gmailjson.h"

using namespace em;

namespace {

void checkRoundTrip(const QByteArray &body)
{
    QList<QByteArray> bodies = body.split('\0');
    if (bodies.size() > 100) // Gmail's limit of calls per batch
        bodies.resize(100);
    QByteArray boundary = "batch_rt";
    for (int n = 0;; ++n) {
        bool clash = false;
        for (const QByteArray &b : bodies)
            clash = clash || b.contains(boundary);
        if (!clash)
            break;
        boundary = "batch_rt" + QByteArray::number(n);
    }
    QByteArray text;
    for (qsizetype i = bodies.size() - 1; i >= 0; --i)
        text += "--" + boundary + "\r\nContent-Type: application/http\r\nContent-ID: <response-item-" +
                QByteArray::number(i) +
                ">\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n" +
                "Vary: Origin\r\n\r\n" + bodies.at(i) + "\r\n";
    text += "--" + boundary + "--\r\n";
    const auto answers = gmail::decodeBatch("multipart/mixed; boundary=" + boundary, text, int(bodies.size()));
    EM_FUZZ_CHECK(answers.ok());
    EM_FUZZ_CHECK(answers.value().size() == bodies.size());
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        EM_FUZZ_CHECK(answers.value().at(i).status == 200);
        EM_FUZZ_CHECK(answers.value().at(i).body == bodies.at(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int partCount = data[0] >= '0' && data[0] <= '9' ? data[0] - '0' : data[0];
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    const qsizetype eol = rest.indexOf('\n');
    QByteArray contentType = eol < 0 ? rest : rest.left(eol);
    if (contentType.endsWith('\r'))
        contentType.chop(1);
    const QByteArray body = eol < 0 ? QByteArray() : rest.mid(eol + 1);

    checkRoundTrip(body);

    const Result<QList<gmail::BatchAnswer>> answers = gmail::decodeBatch(contentType, body, partCount);
    if (!answers) {
        EM_FUZZ_CHECK(!answers.error().isEmpty());
        return 0;
    }
    // GmailClient reads answers.value().at(k) for every call it sent.
    EM_FUZZ_CHECK(answers.value().size() == partCount);
    for (const gmail::BatchAnswer &a : answers.value()) {
        EM_FUZZ_CHECK(a.status == 0 || (a.status >= 100 && a.status <= 599));
        EM_FUZZ_CHECK(a.status != 0 || (a.body.isEmpty() && a.headers.isEmpty()));
        if (a.status >= 200 && a.status < 300)
            (void)gmail::decodeMetadata(a.body);
        else if (a.status != 0)
            (void)gmail::decodeError(a.body);
    }
    return 0;
}
