// The Gmail codecs: batch envelopes both ways, the JSON resources, and metadata to store
// records. Samples have the shapes Google (and tests/sandbox, which copies them) sends.
#include "providers/gmail/gmailbatch.h"
#include "providers/gmail/gmailjson.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace em::gmail;

namespace {

QByteArray boundaryIn(const QByteArray &contentType)
{
    const auto m = QRegularExpression(QStringLiteral("boundary=(\\S+)")).match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

// How tests/sandbox/gmailbatch.cpp cuts a request: at each "\n--boundary", the part's own
// headers up to the first blank line, then the request line of the inner call.
QList<QByteArray> emulatorParts(const QByteArray &body, const QByteArray &boundary)
{
    QList<QByteArray> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0 && body.mid(pos + delimiter.size(), 2) != "--") {
        const qsizetype start = pos + delimiter.size() + 2; // CRLF
        const qsizetype next = body.indexOf(QByteArray("\n" + delimiter), start);
        if (next < 0)
            return {}; // the emulator refuses a body without closing delimiter
        parts.append(body.mid(start, next - 1 - start));
        pos = next + 1;
    }
    return parts;
}

const QByteArray kGoogleType = "multipart/mixed; boundary=batch_pK7JBAk73-E=_AA5eFwv4m2Q=";

// A batch answer as Google writes it: answers out of request order, one 429, one 404,
// no inner Content-Length, a blank line after each body.
const QByteArray kGoogleAnswer = "--batch_pK7JBAk73-E=_AA5eFwv4m2Q=\r\n"
                                 "Content-Type: application/http\r\n"
                                 "Content-ID: <response-item-2>\r\n\r\n"
                                 "HTTP/1.1 404 Not Found\r\n"
                                 "Content-Type: application/json; charset=UTF-8\r\n"
                                 "Vary: Origin\r\nVary: X-Origin\r\n\r\n"
                                 "{\n  \"error\": {\n    \"code\": 404,\n    \"message\": \"Requested entity was not "
                                 "found.\",\n    \"errors\": [{\"message\": \"Requested entity was not found.\", "
                                 "\"domain\": \"global\", \"reason\": \"notFound\"}],\n    \"status\": \"NOT_FOUND\"\n"
                                 "  }\n}\r\n\r\n"
                                 "--batch_pK7JBAk73-E=_AA5eFwv4m2Q=\r\n"
                                 "Content-Type: application/http\r\n"
                                 "Content-ID: <response-item-0>\r\n\r\n"
                                 "HTTP/1.1 200 OK\r\n"
                                 "Content-Type: application/json; charset=UTF-8\r\n"
                                 "ETag: \"x1\"\r\n\r\n"
                                 "{\n  \"id\": \"18c2a1f0e4b5d6a7\",\n  \"threadId\": \"18c2a1f0e4b5d6a7\",\n"
                                 "  \"labelIds\": [\"INBOX\", \"UNREAD\"],\n  \"snippet\": \"Hi &amp; bye\",\n"
                                 "  \"historyId\": \"987654\",\n  \"internalDate\": \"1704186000000\"\n}\r\n\r\n"
                                 "--batch_pK7JBAk73-E=_AA5eFwv4m2Q=\r\n"
                                 "Content-Type: application/http\r\n"
                                 "Content-ID: <response-item-1>\r\n\r\n"
                                 "HTTP/1.1 429 Too Many Requests\r\n"
                                 "Retry-After: 3\r\n"
                                 "Content-Type: application/json; charset=UTF-8\r\n\r\n"
                                 "{\"error\": {\"code\": 429, \"message\": \"Too many concurrent requests for user\", "
                                 "\"errors\": [{\"domain\": \"global\", \"reason\": \"rateLimitExceeded\", "
                                 "\"message\": \"Too many concurrent requests for user\"}], "
                                 "\"status\": \"RESOURCE_EXHAUSTED\"}}\r\n\r\n"
                                 "--batch_pK7JBAk73-E=_AA5eFwv4m2Q=--\r\n";

QByteArray headerOf(const BatchAnswer &a, const QByteArray &name)
{
    for (const auto &[n, v] : a.headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

// An answer part as the emulator writes it (Content-Length given, body then CRLF).
QByteArray emulatorPart(const QByteArray &boundary, const QByteArray &id, int status, const QByteArray &body)
{
    return "--" + boundary + "\r\nContent-Type: application/http\r\n" +
           (id.isEmpty() ? QByteArray() : "Content-ID: <response-" + id + ">\r\n") + "\r\nHTTP/1.1 " +
           QByteArray::number(status) +
           " Status\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body + "\r\n";
}

} // namespace

TEST(GmailBatch, EncodesPartsTheEmulatorCanSplit)
{
    QList<BatchPart> parts(3);
    parts[0].pathAndQuery = QStringLiteral("/gmail/v1/users/me/messages/a1?format=metadata&metadataHeaders=From");
    parts[1].method = "post";
    parts[1].pathAndQuery = QStringLiteral("/gmail/v1/users/me/messages/a2/modify");
    parts[1].body = "{\"removeLabelIds\":[\"UNREAD\"]}\r\n--batch_\r\n--";
    parts[2].pathAndQuery = QStringLiteral("/gmail/v1/users/me/messages?q=from:a b"); // a stray space
    const BatchEnvelope env = encodeBatch(parts);
    const QByteArray boundary = boundaryIn(env.contentType);
    ASSERT_TRUE(env.contentType.startsWith("multipart/mixed; boundary=")) << env.contentType.toStdString();
    ASSERT_GE(boundary.size(), 20);
    EXPECT_FALSE(parts[1].body.contains(boundary));
    EXPECT_TRUE(env.body.startsWith(QByteArray("--" + boundary + "\r\n")));
    EXPECT_TRUE(env.body.endsWith(QByteArray("\r\n--" + boundary + "--\r\n")));
    const QList<QByteArray> split = emulatorParts(env.body, boundary);
    ASSERT_EQ(split.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QByteArray head = split[i].left(split[i].indexOf("\r\n\r\n"));
        EXPECT_TRUE(head.contains("Content-Type: application/http")) << i;
        EXPECT_TRUE(head.contains(QByteArray("Content-ID: <item-" + QByteArray::number(i) + ">"))) << i;
    }
    EXPECT_TRUE(split[0].contains("\r\n\r\nGET /gmail/v1/users/me/messages/a1?format=metadata&metadataHeaders=From "
                                  "HTTP/1.1\r\n\r\n"));
    EXPECT_TRUE(split[1].contains(QByteArray("POST /gmail/v1/users/me/messages/a2/modify HTTP/1.1\r\n"
                                             "Content-Type: application/json\r\nContent-Length: " +
                                             QByteArray::number(parts[1].body.size()) + "\r\n\r\n")));
    EXPECT_TRUE(split[1].endsWith(QByteArray("\r\n\r\n" + parts[1].body))); // what the emulator hands on, byte for byte
    EXPECT_TRUE(split[2].contains("GET /gmail/v1/users/me/messages?q=from:a%20b HTTP/1.1"));
    EXPECT_NE(encodeBatch(parts).contentType, env.contentType); // random boundaries
    const BatchEnvelope empty = encodeBatch({});
    EXPECT_TRUE(emulatorParts(empty.body, boundaryIn(empty.contentType)).isEmpty());
}

TEST(GmailBatch, DecodesGooglesAnswerInRequestOrder)
{
    const auto result = decodeBatch(kGoogleType, kGoogleAnswer, 3);
    ASSERT_TRUE(result.ok()) << result.error();
    const QList<BatchAnswer> &a = result.value();
    ASSERT_EQ(a.size(), 3);
    EXPECT_EQ(a[0].status, 200);
    EXPECT_EQ(a[1].status, 429);
    EXPECT_EQ(a[2].status, 404);
    EXPECT_EQ(headerOf(a[1], "retry-after"), "3");
    EXPECT_EQ(headerOf(a[0], "Content-Type"), "application/json; charset=UTF-8");
    EXPECT_EQ(headerOf(a[0], "ETag"), "\"x1\"");
    const auto meta = decodeMetadata(a[0].body);
    ASSERT_TRUE(meta.ok()) << meta.error();
    EXPECT_EQ(meta.value().id, QStringLiteral("18c2a1f0e4b5d6a7"));
    EXPECT_EQ(meta.value().snippet, QStringLiteral("Hi & bye"));
    const ApiError tooMany = decodeError(a[1].body);
    EXPECT_EQ(tooMany.code, 429);
    EXPECT_EQ(tooMany.reason, QStringLiteral("rateLimitExceeded"));
    EXPECT_EQ(decodeError(a[2].body).reason, QStringLiteral("notFound"));
    // More requests than answers: the missing one has status 0.
    const auto four = decodeBatch(kGoogleType, kGoogleAnswer, 4);
    ASSERT_TRUE(four.ok());
    EXPECT_EQ(four.value().size(), 4);
    EXPECT_EQ(four.value()[3].status, 0);
    EXPECT_TRUE(four.value()[3].body.isEmpty());
    // Fewer: the extra answer is dropped.
    const auto two = decodeBatch(kGoogleType, kGoogleAnswer, 2);
    ASSERT_TRUE(two.ok());
    ASSERT_EQ(two.value().size(), 2);
    EXPECT_EQ(two.value()[1].status, 429);
}

TEST(GmailBatch, LfOnlyQuotedBoundaryPreambleAndEpilogue)
{
    QByteArray text = kGoogleAnswer;
    text.replace("\r\n", "\n");
    text.replace("Content-ID", "content-id").replace("Content-Type", "CONTENT-TYPE");
    text = "This is a preamble.\n--batch_pK7JBAk73-E=_AA5eFwv4m2Q= is not at a line start\n" + text +
           "an epilogue\n--batch_pK7JBAk73-E=_AA5eFwv4m2Q=\n";
    const auto r = decodeBatch("Multipart/Mixed; charset=x; BOUNDARY = \"batch_pK7JBAk73-E=_AA5eFwv4m2Q=\"", text, 3);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r.value()[0].status, 200);
    EXPECT_EQ(r.value()[1].status, 429);
    EXPECT_EQ(r.value()[2].status, 404);
    EXPECT_EQ(headerOf(r.value()[1], "Content-Type"), "application/json; charset=UTF-8");
    EXPECT_TRUE(decodeMetadata(r.value()[0].body).ok());
}

TEST(GmailBatch, ContentLengthAndDelimiterLookalikesInBodies)
{
    const QByteArray b = "batch_7_lq3";
    const QByteArray tricky = "line one\r\n--batch_7_lq3\r\n--\r\n--batch_7_lq3x\r\nlast";
    QByteArray text = emulatorPart(b, "item-1", 200, tricky) + emulatorPart(b, "item-0", 204, "");
    // A part without Content-Length whose body has "--" lines that are not delimiters.
    text += "--" + b + "\r\nContent-ID: <response-item-2>\r\n\r\nHTTP/1.1 200 OK\r\n\r\n-- \r\n--batch_7_lq3-\r\nok";
    text += "\r\n--" + b + "--";
    const auto r = decodeBatch("multipart/mixed; boundary=" + b, text, 3);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r.value()[0].status, 204);
    EXPECT_TRUE(r.value()[0].body.isEmpty());
    EXPECT_EQ(r.value()[1].body, tricky);
    EXPECT_EQ(r.value()[2].body, "-- \r\n--batch_7_lq3-\r\nok");
    // Content-Length that does not fit (too long, too short, not a number): the delimiter decides.
    for (const QByteArray &length : {QByteArray("9999"), QByteArray("3"), QByteArray("-1"), QByteArray("x")}) {
        QByteArray bad = emulatorPart(b, "item-0", 200, "{\"a\":1}") + "--" + b + "--\r\n";
        bad.replace("Content-Length: 7", QByteArray("Content-Length: " + length));
        const auto rb = decodeBatch("multipart/mixed; boundary=" + b, bad, 1);
        ASSERT_TRUE(rb.ok()) << length.toStdString();
        EXPECT_EQ(rb.value()[0].body, "{\"a\":1}") << length.toStdString();
    }
}

TEST(GmailBatch, WithoutContentIdsAnswersGoByPosition)
{
    const QByteArray b = "xyz";
    const QByteArray text = emulatorPart(b, "", 200, "A") + emulatorPart(b, "", 500, "B") +
                            emulatorPart(b, "item-0", 201, "C") + "--" + b + "--\r\n";
    const auto r = decodeBatch("multipart/mixed; boundary=xyz", text, 3);
    ASSERT_TRUE(r.ok()) << r.error();
    // Part 3 names item 0, so the first positional answer finds its place taken.
    EXPECT_EQ(r.value()[0].status, 201);
    EXPECT_EQ(r.value()[1].status, 500);
    EXPECT_EQ(r.value()[1].body, "B");
    EXPECT_EQ(r.value()[2].status, 0);
}

TEST(GmailBatch, RefusesWhatCannotBeRead)
{
    EXPECT_FALSE(decodeBatch("multipart/mixed", kGoogleAnswer, 3).ok());
    EXPECT_FALSE(decodeBatch("multipart/mixed; boundary=\"\"", kGoogleAnswer, 3).ok());
    EXPECT_FALSE(decodeBatch("application/json", "{}", 1).ok());
    const auto cut = decodeBatch(kGoogleType, kGoogleAnswer.left(kGoogleAnswer.size() / 2), 3);
    ASSERT_FALSE(cut.ok());
    EXPECT_FALSE(cut.error().isEmpty());
    // Every prefix that lacks the closing delimiter fails; none crashes.
    const QByteArray close = "--batch_pK7JBAk73-E=_AA5eFwv4m2Q=--";
    const qsizetype complete = kGoogleAnswer.lastIndexOf(close) + close.size();
    for (qsizetype n = 0; n < kGoogleAnswer.size(); ++n)
        EXPECT_EQ(decodeBatch(kGoogleType, kGoogleAnswer.left(n), 3).ok(), n >= complete) << n;
    QByteArray badStatus = kGoogleAnswer;
    badStatus.replace("HTTP/1.1 429 Too Many Requests", "HTTP/1.1 4x9 Too Many");
    EXPECT_FALSE(decodeBatch(kGoogleType, badStatus, 3).ok());
    QByteArray noStatus = kGoogleAnswer;
    noStatus.replace("HTTP/1.1 404 Not Found\r\n", "");
    EXPECT_FALSE(decodeBatch(kGoogleType, noStatus, 3).ok());
}

TEST(GmailBatch, SurvivesMangledInput)
{
    QRandomGenerator rng(20240102);
    int decoded = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = kGoogleAnswer;
        for (int edits = 1 + rng.bounded(6); edits > 0; --edits) {
            const qsizetype at = rng.bounded(int(text.size()));
            switch (rng.bounded(4)) {
            case 0: text[at] = char(rng.bounded(256)); break;
            case 1: text.remove(at, rng.bounded(40)); break;
            case 2: text.insert(at, text.mid(rng.bounded(int(text.size())), rng.bounded(60))); break;
            default: text.insert(at, "\r\n--batch_pK7JBAk73-E=_AA5eFwv4m2Q=\n"); break;
            }
        }
        const auto r = decodeBatch(kGoogleType, text, rng.bounded(5));
        if (r.ok())
            ++decoded;
        else
            EXPECT_FALSE(r.error().isEmpty());
    }
    EXPECT_GT(decoded, 0);
}
