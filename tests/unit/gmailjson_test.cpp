// Decoding Gmail API v1 JSON and turning message metadata into store records. Samples
// have the shapes of the discovery document and of tests/sandbox's encoders.
#include "providers/gmail/gmailjson.h"
#include "testsupport.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace em::gmail;
using em::store::MessageRecord;

namespace {

const QList<QByteArray> kGarbage = {"", "not json", "{\"id\": ", "[]", "[{\"id\":\"1\"}]", "42", "\"text\"", "null"};

const QByteArray kMetadata = R"({
  "id": "18c2a1f0e4b5d6a7", "threadId": "18c2a1f0e4b50000",
  "labelIds": ["INBOX", "STARRED", "UNREAD", "Label_3"],
  "snippet": "Caf&eacute; &amp; r&#233;sum&#xE9; &lt;b&gt; &quot;q&quot; it&#39;s &#128512;",
  "sizeEstimate": 48213, "historyId": "987654", "internalDate": "1704186000123",
  "payload": {"partId": "", "mimeType": "multipart/alternative", "filename": "",
    "headers": [
      {"name": "From", "value": "Jürgen Müller <jm@example.de>"},
      {"name": "To", "value": "Ann Lee <ann@example.org>, bob@example.net, \"Doe, Jane\" <jane@example.com>"},
      {"name": "Cc", "value": "Zoë <zoe@example.fr>"},
      {"name": "Subject", "value": "Grüße aus Köln — 日本語のテスト"},
      {"name": "Date", "value": "Tue, 2 Jan 2024 10:00:00 +0100"},
      {"name": "Message-ID", "value": "<m1.abc@mail.example.de>"},
      {"name": "In-Reply-To", "value": "<p3@example.org>"},
      {"name": "References", "value": "<p1@example.org> <p2@example.net>, <p3@example.org>"},
      {"name": "X-Unknown", "value": "kept out"}],
    "body": {"size": 0}},
  "unknownField": {"nested": [1, 2, 3]}
})";

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

Metadata metadataWith(std::initializer_list<std::pair<const char *, const char *>> headers,
                      std::initializer_list<const char *> labels = {})
{
    Metadata m;
    m.id = QStringLiteral("a1");
    m.threadId = QStringLiteral("t1");
    for (const auto &[name, value] : headers)
        m.headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    m.labelIds = strings(labels);
    return m;
}

} // namespace

TEST(GmailJson, Profile)
{
    const auto p = decodeProfile(R"({"emailAddress":"me@gmail.com","messagesTotal":1234,"threadsTotal":1000,
                                     "historyId":"18446744073709551615","extra":true})");
    ASSERT_TRUE(p.ok()) << p.error();
    EXPECT_EQ(p.value().address, QStringLiteral("me@gmail.com"));
    EXPECT_EQ(p.value().messagesTotal, 1234);
    EXPECT_EQ(p.value().historyId, Q_UINT64_C(18446744073709551615));
    const auto minimal = decodeProfile(R"({"emailAddress":"me@gmail.com","historyId":77,"messagesTotal":"x"})");
    ASSERT_TRUE(minimal.ok());
    EXPECT_EQ(minimal.value().historyId, 77u);
    EXPECT_EQ(minimal.value().messagesTotal, 0);
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeProfile(bad).ok()) << bad.toStdString();
    EXPECT_FALSE(decodeProfile(R"({"historyId":"5"})").ok());
    EXPECT_FALSE(decodeProfile(R"({"emailAddress":"me@gmail.com"})").ok());
    EXPECT_FALSE(decodeProfile(R"({"emailAddress":["me"],"historyId":"5"})").ok());
    EXPECT_FALSE(decodeProfile(R"({"emailAddress":"me@gmail.com","historyId":"-5"})").ok());
}

TEST(GmailJson, Labels)
{
    const auto l = decodeLabels(R"({"labels":[
        {"id":"INBOX","name":"INBOX","type":"system","messageListVisibility":"hide"},
        {"id":"Label_7","name":"Work/Clients","type":"user","messageListVisibility":"show",
         "labelListVisibility":"labelHide","color":{"backgroundColor":"#16a765","textColor":"#ffffff"}},
        {"name":"no id"}, 17, "x",
        {"id":"Label_8","type":5,"color":"red","labelListVisibility":true}]})");
    ASSERT_TRUE(l.ok()) << l.error();
    ASSERT_EQ(l.value().size(), 3);
    EXPECT_TRUE(l.value()[0].system);
    EXPECT_FALSE(l.value()[0].hidden);
    const Label &work = l.value()[1];
    EXPECT_EQ(work.id, QStringLiteral("Label_7"));
    EXPECT_EQ(work.name, QStringLiteral("Work/Clients"));
    EXPECT_FALSE(work.system);
    EXPECT_TRUE(work.hidden);
    EXPECT_EQ(work.background, QStringLiteral("#16a765"));
    EXPECT_EQ(work.text, QStringLiteral("#ffffff"));
    EXPECT_EQ(l.value()[2].name, QStringLiteral("Label_8")); // wrong types: defaults
    EXPECT_FALSE(l.value()[2].system);
    EXPECT_TRUE(l.value()[2].background.isEmpty());
    EXPECT_TRUE(decodeLabels("{}").value().isEmpty());
    EXPECT_FALSE(decodeLabels(R"({"labels":{"id":"INBOX"}})").ok());
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeLabels(bad).ok()) << bad.toStdString();
}

TEST(GmailJson, ListPage)
{
    const auto p = decodeListPage(R"({"messages":[{"id":"a1","threadId":"t1"},{"id":"a2","threadId":"t1"},
        {"threadId":"t9"},{"id":"a3"}],"nextPageToken":"MTcwNDE4NjAwMDAwMDphMw","resultSizeEstimate":501})");
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p.value().messages.size(), 3);
    EXPECT_EQ(p.value().messages[1], qMakePair(QStringLiteral("a2"), QStringLiteral("t1")));
    EXPECT_EQ(p.value().messages[2], qMakePair(QStringLiteral("a3"), QString()));
    EXPECT_EQ(p.value().nextPageToken, QStringLiteral("MTcwNDE4NjAwMDAwMDphMw"));
    EXPECT_EQ(p.value().resultSizeEstimate, 501);
    const auto empty = decodeListPage(R"({"resultSizeEstimate":0})");
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty.value().messages.isEmpty());
    EXPECT_TRUE(empty.value().nextPageToken.isEmpty());
    const auto wrong = decodeListPage(R"({"messages":"a1","nextPageToken":5,"resultSizeEstimate":"x"})");
    ASSERT_TRUE(wrong.ok());
    EXPECT_TRUE(wrong.value().messages.isEmpty());
    EXPECT_TRUE(wrong.value().nextPageToken.isEmpty());
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeListPage(bad).ok()) << bad.toStdString();
}

TEST(GmailJson, Metadata)
{
    const auto m = decodeMetadata(kMetadata);
    ASSERT_TRUE(m.ok()) << m.error();
    const Metadata &v = m.value();
    EXPECT_EQ(v.id, QStringLiteral("18c2a1f0e4b5d6a7"));
    EXPECT_EQ(v.threadId, QStringLiteral("18c2a1f0e4b50000"));
    EXPECT_EQ(v.labelIds, strings({"INBOX", "STARRED", "UNREAD", "Label_3"}));
    EXPECT_EQ(v.historyId, 987654u);
    EXPECT_EQ(v.internalDateMs, Q_INT64_C(1704186000123));
    EXPECT_EQ(v.sizeEstimate, 48213);
    EXPECT_EQ(v.snippet, QStringLiteral("Caf&eacute; & résumé <b> \"q\" it's ") + QString::fromUcs4(U"\U0001F600", 1));
    ASSERT_EQ(v.headers.size(), 9);
    EXPECT_EQ(v.headers[0].first, QStringLiteral("From"));
    EXPECT_EQ(v.headers[3].second, QStringLiteral("Grüße aus Köln — 日本語のテスト"));
    // format=minimal: no payload.
    const auto minimal = decodeMetadata(R"({"id":"a1","threadId":"t1","labelIds":["INBOX"],"historyId":"5"})");
    ASSERT_TRUE(minimal.ok());
    EXPECT_TRUE(minimal.value().headers.isEmpty());
    EXPECT_EQ(minimal.value().historyId, 5u);
    const auto wrong = decodeMetadata(R"({"id":"a1","labelIds":"INBOX","internalDate":{},"historyId":"x",
        "sizeEstimate":"12","snippet":7,"payload":{"headers":[{"name":"From"},{"value":"nameless"},3]}})");
    ASSERT_TRUE(wrong.ok());
    EXPECT_TRUE(wrong.value().labelIds.isEmpty());
    EXPECT_EQ(wrong.value().internalDateMs, 0);
    EXPECT_EQ(wrong.value().historyId, 0u);
    EXPECT_EQ(wrong.value().sizeEstimate, 12);
    ASSERT_EQ(wrong.value().headers.size(), 1);
    EXPECT_TRUE(wrong.value().headers[0].second.isEmpty());
    EXPECT_FALSE(decodeMetadata(R"({"threadId":"t1"})").ok());
    EXPECT_FALSE(decodeMetadata(R"({"id":12})").ok());
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeMetadata(bad).ok()) << bad.toStdString();
}

TEST(GmailJson, Entities)
{
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&amp;lt; &#0; &#x110000; &#xD800; &#-5; &#; a & b &")),
              QStringLiteral("&lt; &#0; &#x110000; &#xD800; &#-5; &#; a & b &"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&#65;&#x42;&#X43;&apos;&amp")), QStringLiteral("ABC'&amp"));
}

TEST(GmailJson, Raw)
{
    const QByteArray mail = "From: a@b.c\r\nSubject: \xc3\xa9t\xc3\xa9\r\n\r\nbody?>>\r\n";
    const QByteArray url = mail.toBase64(QByteArray::Base64UrlEncoding);
    const QByteArray unpadded = mail.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    ASSERT_NE(url, unpadded);
    for (const QByteArray &encoded : {url, unpadded, mail.toBase64()}) {
        const auto r = decodeRaw(R"({"id":"a1","threadId":"t1","labelIds":["SENT"],"historyId":"9",)"
                                 R"("internalDate":"1704186000000","sizeEstimate":60,"raw":")" +
                                 encoded + "\"}");
        ASSERT_TRUE(r.ok()) << r.error();
        EXPECT_EQ(r.value().raw, mail) << encoded.toStdString();
        EXPECT_EQ(r.value().threadId, QStringLiteral("t1"));
        EXPECT_EQ(r.value().labelIds, QStringList{QStringLiteral("SENT")});
        EXPECT_EQ(r.value().internalDateMs, Q_INT64_C(1704186000000));
    }
    EXPECT_FALSE(decodeRaw(R"({"id":"a1","raw":"not base64!"})").ok());
    EXPECT_FALSE(decodeRaw(R"({"id":"a1","raw":"QUJDR"})").ok()); // 4n+1 characters
    EXPECT_FALSE(decodeRaw(R"({"id":"a1"})").ok());
    EXPECT_FALSE(decodeRaw(R"({"id":"a1","raw":123})").ok());
    EXPECT_FALSE(decodeRaw(R"({"raw":"QUJD"})").ok());
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeRaw(bad).ok()) << bad.toStdString();
}

TEST(GmailJson, HistoryFlattensInRecordOrder)
{
    const auto h = decodeHistoryPage(R"({"history":[
      {"id":"1001","messages":[{"id":"a1","threadId":"t1"}],
       "messagesAdded":[{"message":{"id":"a1","threadId":"t1","labelIds":["INBOX","UNREAD"]}}]},
      {"id":"1002","messages":[{"id":"a1","threadId":"t1"}],
       "labelsRemoved":[{"message":{"id":"a1","threadId":"t1","labelIds":["INBOX"]},"labelIds":["UNREAD"]}],
       "labelsAdded":[{"message":{"id":"a1","threadId":"t1","labelIds":["INBOX","STARRED"]},"labelIds":["STARRED"]}],
       "messagesDeleted":[{"message":{"id":"a0","threadId":"t0"}}, {"message":{}}, 3]},
      {"id":"1003","messagesAdded":"wrong"}, 5],
      "nextPageToken":"1002","historyId":"1010"})");
    ASSERT_TRUE(h.ok()) << h.error();
    EXPECT_EQ(h.value().historyId, 1010u);
    EXPECT_EQ(h.value().nextPageToken, QStringLiteral("1002"));
    const QList<HistoryEvent> &e = h.value().events;
    ASSERT_EQ(e.size(), 4);
    EXPECT_EQ(e[0].type, HistoryEvent::Added);
    EXPECT_EQ(e[0].id, 1001u);
    EXPECT_EQ(e[0].labelIds, strings({"INBOX", "UNREAD"}));
    EXPECT_EQ(e[1].type, HistoryEvent::Deleted);
    EXPECT_EQ(e[1].messageId, QStringLiteral("a0"));
    EXPECT_EQ(e[1].threadId, QStringLiteral("t0"));
    EXPECT_EQ(e[1].id, 1002u);
    EXPECT_EQ(e[2].type, HistoryEvent::LabelsAdded);
    EXPECT_EQ(e[2].labelIds, QStringList{QStringLiteral("STARRED")}); // what changed, not the labels now
    EXPECT_EQ(e[3].type, HistoryEvent::LabelsRemoved);
    EXPECT_EQ(e[3].labelIds, QStringList{QStringLiteral("UNREAD")});
    const auto none = decodeHistoryPage(R"({"historyId":"77"})");
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().events.isEmpty());
    EXPECT_TRUE(decodeHistoryPage(R"({"historyId":"77","history":5})").value().events.isEmpty());
    EXPECT_FALSE(decodeHistoryPage(R"({"history":[]})").ok());
    EXPECT_FALSE(decodeHistoryPage(R"({"historyId":{}})").ok());
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeHistoryPage(bad).ok()) << bad.toStdString();
}

TEST(GmailJson, Errors)
{
    const ApiError e =
        decodeError(R"({"error":{"code":403,"message":"Quota exceeded for quota metric",)"
                    R"("errors":[{"message":"Quota","domain":"usageLimits","reason":"userRateLimitExceeded"},)"
                    R"({"reason":"second"}],"status":"PERMISSION_DENIED"}})");
    EXPECT_EQ(e.code, 403);
    EXPECT_EQ(e.reason, QStringLiteral("userRateLimitExceeded"));
    EXPECT_EQ(e.message, QStringLiteral("Quota exceeded for quota metric"));
    const ApiError noReason = decodeError(R"({"error":{"code":400,"message":"Bad","status":"INVALID_ARGUMENT"}})");
    EXPECT_EQ(noReason.code, 400);
    EXPECT_TRUE(noReason.reason.isEmpty());
    const ApiError oauth = decodeError(R"({"error":"invalid_grant","error_description":"Token has been expired"})");
    EXPECT_EQ(oauth.reason, QStringLiteral("invalid_grant"));
    EXPECT_EQ(oauth.message, QStringLiteral("Token has been expired"));
    for (const QByteArray &bad : kGarbage + QList<QByteArray>{R"({"error":{"code":"x","errors":[5]}})"}) {
        const ApiError g = decodeError(bad);
        EXPECT_EQ(g.code, 0) << bad.toStdString();
        EXPECT_TRUE(g.reason.isEmpty());
        EXPECT_TRUE(g.message.isEmpty());
    }
}

TEST(GmailRecord, FromMetadataLikeImportedMail)
{
    const MessageRecord r = recordFromMetadata(decodeMetadata(kMetadata).value());
    EXPECT_EQ(r.remoteId, QStringLiteral("18c2a1f0e4b5d6a7"));
    EXPECT_EQ(r.threadKey, QStringLiteral("18c2a1f0e4b50000"));
    EXPECT_EQ(r.fromName, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(r.fromAddress, QStringLiteral("jm@example.de"));
    EXPECT_EQ(r.subject, QStringLiteral("Grüße aus Köln — 日本語のテスト"));
    EXPECT_EQ(r.toList, QStringLiteral("Ann Lee <ann@example.org>, bob@example.net, \"Doe, Jane\" <jane@example.com>"));
    EXPECT_EQ(r.ccList, QStringLiteral("Zoë <zoe@example.fr>"));
    EXPECT_TRUE(r.bccList.isEmpty());
    EXPECT_EQ(r.messageId, QStringLiteral("m1.abc@mail.example.de"));
    EXPECT_EQ(r.inReplyTo, QStringLiteral("p3@example.org"));
    EXPECT_EQ(r.references, strings({"p1@example.org", "p2@example.net", "p3@example.org"}));
    EXPECT_EQ(r.dateMs, Q_INT64_C(1704186000123)); // internalDate wins over the Date header
    EXPECT_EQ(r.utcOffsetSeconds, 3600);
    EXPECT_EQ(r.size, 48213);
    EXPECT_TRUE(r.snippet.startsWith(QStringLiteral("Caf&eacute; & résumé")));
    EXPECT_EQ(r.flags, quint32(em::store::Starred)); // UNREAD: not Read
    EXPECT_TRUE(r.bodyText.isEmpty());
    EXPECT_TRUE(r.contentHash.isEmpty());
    EXPECT_TRUE(r.compressedRaw.isEmpty());
}

TEST(GmailRecord, FlagsDatesAndMissingHeaders)
{
    const MessageRecord bare = recordFromMetadata(metadataWith({}));
    EXPECT_EQ(bare.remoteId, QStringLiteral("a1"));
    EXPECT_EQ(bare.flags, quint32(em::store::Read));
    EXPECT_TRUE(bare.subject.isEmpty());
    EXPECT_TRUE(bare.fromAddress.isEmpty());
    EXPECT_TRUE(bare.toList.isEmpty());
    EXPECT_TRUE(bare.references.isEmpty());
    EXPECT_EQ(bare.dateMs, 0);
    EXPECT_EQ(recordFromMetadata(metadataWith({}, {"DRAFT", "UNREAD"})).flags, quint32(em::store::Draft));
    EXPECT_EQ(recordFromMetadata(metadataWith({}, {"STARRED", "INBOX"})).flags,
              quint32(em::store::Read | em::store::Starred));
    // No internalDate: the Date header's time; names of headers in any case.
    const MessageRecord dated = recordFromMetadata(
        metadataWith({{"date", "Mon, 1 Jan 2024 23:30:00 -0500"}, {"SUBJECT", "x"}, {"from", "solo@example.com"}}));
    EXPECT_EQ(dated.dateMs,
              QDateTime::fromString(QStringLiteral("2024-01-02T04:30:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    EXPECT_EQ(dated.utcOffsetSeconds, -5 * 3600);
    EXPECT_EQ(dated.subject, QStringLiteral("x"));
    EXPECT_EQ(dated.fromAddress, QStringLiteral("solo@example.com"));
    EXPECT_TRUE(dated.fromName.isEmpty());
    // A value with line breaks cannot add a header of its own.
    const MessageRecord injected =
        recordFromMetadata(metadataWith({{"Subject", "Hello\r\nBcc: evil@example.com"}, {"To", "a@example.com"}}));
    EXPECT_TRUE(injected.bccList.isEmpty());
    EXPECT_EQ(injected.toList, QStringLiteral("a@example.com"));
    EXPECT_TRUE(injected.subject.startsWith(QStringLiteral("Hello")));
}
