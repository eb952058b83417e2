#include "mime/charset.h"
#include "mime/mimebuilder.h"
#include "mime/mimeparser.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace em::mime;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST(MimeParser, DecodesEncodedWordsInHeaders)
{
    const QByteArray raw = "From: =?UTF-8?B?16nXnNeV150=?= <shalom@example.co.il>\r\n"
                           "To: \"Doe, Jane\" <jane@example.com>, bob@example.com\r\n"
                           "Subject: =?ISO-8859-1?Q?Caf=E9?= =?UTF-8?Q?_=F0=9F=98=80?=\r\n"
                           "Date: Tue, 05 Mar 2024 14:07:00 +0530\r\n"
                           "Message-ID: <abc@example.com>\r\n"
                           "In-Reply-To: junk <parent@example.com> (comment)\r\n"
                           "References: <root@example.com> junk <parent@example.com>\r\n"
                           "\r\nHello\r\n";
    const ParsedMessage m = parseMessage(raw);
    EXPECT_FALSE(m.broken);
    EXPECT_EQ(m.subject, s("Café 😀"));
    ASSERT_EQ(m.from.size(), 1);
    EXPECT_EQ(m.from[0].name, s("שלום"));
    EXPECT_EQ(m.from[0].address, QStringLiteral("shalom@example.co.il"));
    ASSERT_EQ(m.to.size(), 2);
    EXPECT_EQ(m.to[0].name, QStringLiteral("Doe, Jane"));
    EXPECT_EQ(m.to[1].address, QStringLiteral("bob@example.com"));
    ASSERT_TRUE(m.date.has_value());
    EXPECT_EQ(m.date->offsetFromUtc(), 5 * 3600 + 1800);
    EXPECT_EQ(m.date->toUTC().toString(Qt::ISODate), QStringLiteral("2024-03-05T08:37:00Z"));
    EXPECT_EQ(m.messageId, QStringLiteral("abc@example.com"));
    EXPECT_EQ(m.inReplyTo, QStringLiteral("parent@example.com"));
    EXPECT_EQ(m.references, (QStringList{QStringLiteral("root@example.com"), QStringLiteral("parent@example.com")}));
    ASSERT_TRUE(m.text.has_value());
    EXPECT_EQ(m.text->trimmed(), QStringLiteral("Hello"));
    EXPECT_FALSE(m.html.has_value());
}

TEST(MimeParser, GroupsAreFlattenedAndEmptyGroupsVanish)
{
    const ParsedMessage m = parseMessage("From: a@example.com\n"
                                         "To: undisclosed-recipients:;\n"
                                         "Cc: Team: x@example.com, \"Y\" <y@example.com>;\n\nbody\n");
    EXPECT_TRUE(m.to.isEmpty());
    ASSERT_EQ(m.cc.size(), 2);
    EXPECT_EQ(m.cc[0].address, QStringLiteral("x@example.com"));
    EXPECT_EQ(m.cc[1].name, QStringLiteral("Y"));
}

TEST(MimeParser, LegacyCharsetBodiesAreDecoded)
{
    QByteArray hebrew = "Content-Type: text/plain; charset=iso-8859-8\n\n";
    hebrew.append("\xf9\xec\xe5\xed"); // שלום in ISO-8859-8
    EXPECT_EQ(parseMessage(hebrew).text->trimmed(), s("שלום"));

    QByteArray chinese = "Content-Type: text/plain; charset=gb2312\n\n";
    chinese.append("\xd6\xd0\xce\xc4"); // 中文
    EXPECT_EQ(parseMessage(chinese).text->trimmed(), s("中文"));

    QByteArray smartQuotes = "Content-Type: text/plain; charset=iso-8859-1\n\n";
    smartQuotes.append("\x93quoted\x94");
    EXPECT_EQ(parseMessage(smartQuotes).text->trimmed(), s("“quoted”"));
}

TEST(MimeParser, RawEightBitHeadersFallBackSensibly)
{
    const ParsedMessage utf8 = parseMessage("Subject: Gr\xc3\xbc\xc3\x9f"
                                            "e\n\nx\n");
    EXPECT_EQ(utf8.subject, s("Grüße"));
    const ParsedMessage latin1 = parseMessage("Subject: Gr\xfc\xdf"
                                              "e\n\nx\n");
    EXPECT_EQ(latin1.subject, s("Grüße"));
}

TEST(MimeParser, AttachmentsInlinePartsAndNestedMessages)
{
    const QByteArray raw = "From: a@example.com\n"
                           "Content-Type: multipart/mixed; boundary=outer\n\n"
                           "--outer\n"
                           "Content-Type: multipart/related; boundary=rel\n\n"
                           "--rel\n"
                           "Content-Type: text/html; charset=utf-8\n\n"
                           "<p>Hi <img src=\"cid:logo@x\"></p>\n"
                           "--rel\n"
                           "Content-Type: image/png\n"
                           "Content-ID: <logo@x>\n"
                           "Content-Transfer-Encoding: base64\n\n"
                           "iVBORw0KGgo=\n"
                           "--rel--\n"
                           "--outer\n"
                           "Content-Type: text/plain; name=notes.txt\n"
                           "Content-Disposition: attachment; filename*=UTF-8''%E2%82%AC%20rates.txt\n\n"
                           "not the body\n"
                           "--outer\n"
                           "Content-Type: message/rfc822\n\n"
                           "Subject: inner\n\ninner body\n"
                           "--outer--\n";
    const ParsedMessage m = parseMessage(raw);
    EXPECT_FALSE(m.text.has_value()) << "a text/plain attachment is not the body";
    ASSERT_TRUE(m.html.has_value());
    EXPECT_TRUE(m.html->contains(QLatin1String("cid:logo@x")));
    ASSERT_EQ(m.attachments.size(), 3);
    EXPECT_EQ(m.attachments[0].mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(m.attachments[0].contentId, QStringLiteral("logo@x"));
    EXPECT_TRUE(m.attachments[0].isInline);
    EXPECT_EQ(m.attachments[0].size, 8); // the PNG signature
    EXPECT_EQ(m.attachments[1].filename, s("€ rates.txt"));
    EXPECT_FALSE(m.attachments[1].isInline);
    EXPECT_EQ(m.attachments[1].size, 12); // the line break before a boundary belongs to the boundary
    EXPECT_EQ(m.attachments[2].mimeType, QStringLiteral("message/rfc822"));
    EXPECT_GT(m.attachments[2].size, 20);
}

TEST(MimeParser, KeepsAttachmentBytesWhenAsked)
{
    const QByteArray raw = "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nbody\n"
                           "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; "
                           "filename=a.bin\nContent-Transfer-Encoding: base64\n\nAAEC/w==\n--b--\n";
    const ParsedMessage m = parseMessage(raw, {true});
    ASSERT_EQ(m.attachments.size(), 1);
    EXPECT_EQ(m.attachments[0].data, QByteArray("\x00\x01\x02\xff", 4));
}

TEST(MimeParser, GarbageNeverCrashes)
{
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(char((i * 7919) % 256));
    const ParsedMessage m = parseMessage(garbage);
    EXPECT_TRUE(m.subject.isEmpty());
    const ParsedMessage empty = parseMessage(QByteArray());
    EXPECT_TRUE(empty.subject.isEmpty());
    EXPECT_TRUE(empty.from.isEmpty());
}

TEST(MimeParser, DeepNestingIsBounded)
{
    QByteArray raw = "Subject: deep\n";
    for (int i = 0; i < 200; ++i)
        raw += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" + QByteArray::number(i) +
               "\n";
    raw += "Content-Type: text/plain\n\nleaf\n";
    const ParsedMessage m = parseMessage(raw);
    EXPECT_EQ(m.subject, QStringLiteral("deep"));
}

TEST(MimeParser, DatesWithOffsetsBeyondFourteenHoursKeepTheirInstant)
{
    // Found by the mime fuzzer: Qt refuses offsets beyond ±14 h, and such dates were lost.
    const ParsedMessage plus = parseMessage("Date: Mon, 1 Jan 2024 12:00:00 +1500\r\nSubject: x\r\n\r\nbody\r\n");
    ASSERT_TRUE(plus.date.has_value());
    EXPECT_EQ(plus.date->toUTC(), QDateTime(QDate(2023, 12, 31), QTime(21, 0), Qt::UTC));
    const ParsedMessage minus = parseMessage("Date: Tue, 2 Jan 2024 23:59:59 -2359\r\nSubject: x\r\n\r\nbody\r\n");
    ASSERT_TRUE(minus.date.has_value());
    EXPECT_EQ(minus.date->toUTC(), QDateTime(QDate(2024, 1, 3), QTime(23, 58, 59), Qt::UTC));
}

TEST(Charset, FallsBackWhenTheLabelLies)
{
    EXPECT_EQ(decodeCharset("caf\xc3\xa9", "us-ascii"), s("café"));
    EXPECT_EQ(decodeCharset("caf\xe9", "us-ascii"), s("café"));
    EXPECT_EQ(decodeCharset("caf\xe9", "x-no-such-charset"), s("café"));
    EXPECT_EQ(decodeCharset("caf\xe9", ""), s("café"));
    EXPECT_EQ(decodeCharset("\x82\xa0", "shift_jis"), s("あ"));
    // One broken byte in Chinese text costs one character, not the whole message.
    EXPECT_EQ(decodeCharset("\xd6\xd0\xff\xce\xc4", "gb2312"), s("中\uFFFD文"));
}

TEST(MimeBuilder, RoundTripsEverythingThatGoesIn)
{
    OutgoingMessage out;
    out.from = {s("Zoë Ångström"), QStringLiteral("zoe@example.com")};
    out.to = {{s("דוד כהן"), QStringLiteral("david@example.co.il")}, {QString(), QStringLiteral("li@example.cn")}};
    out.cc = {{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.com")}};
    out.bcc = {{QString(), QStringLiteral("hidden@example.com")}};
    out.subject = s("Réunion 会议 📅 — a subject long enough to need folding across more than one header line "
                    "when it is encoded");
    out.text = s("Hello,\nשלום 你好 😀\n") + QString(200, u'x') + u'\n';
    out.html = s("<p>Hello <b>שלום</b> <img src=\"cid:logo@example.com\"></p>");
    out.attachments = {
        {s("relatório 2024 — résumé.pdf"), QStringLiteral("application/pdf"), QByteArray(70000, '\x01'), {}},
        {QStringLiteral("logo.png"), QStringLiteral("image/png"), QByteArray("\x89PNG\r\n\x1a\n", 8),
         QStringLiteral("logo@example.com")}};
    out.inReplyTo = QStringLiteral("parent@example.com");
    out.references = {QStringLiteral("root@example.com"), QStringLiteral("parent@example.com")};
    out.date = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 30), QTimeZone(-8 * 3600));

    const QByteArray raw = buildMessage(out);
    // Every header line is ASCII on the wire.
    const QByteArray headers = raw.left(raw.indexOf("\r\n\r\n"));
    for (char c : headers)
        ASSERT_LT(static_cast<unsigned char>(c), 128) << "8-bit byte in headers";
    EXPECT_FALSE(raw.contains("hidden@example.com"));

    const ParsedMessage in = parseMessage(raw, {true});
    EXPECT_EQ(in.subject, out.subject);
    ASSERT_EQ(in.from.size(), 1);
    EXPECT_EQ(in.from[0], out.from);
    EXPECT_EQ(in.to, out.to);
    EXPECT_EQ(in.cc, out.cc);
    EXPECT_TRUE(in.bcc.isEmpty());
    EXPECT_FALSE(in.messageId.isEmpty());
    EXPECT_TRUE(in.messageId.endsWith(QLatin1String("example.com")));
    EXPECT_EQ(in.inReplyTo, out.inReplyTo);
    EXPECT_EQ(in.references, out.references);
    ASSERT_TRUE(in.date.has_value());
    EXPECT_EQ(*in.date, out.date);
    EXPECT_EQ(in.date->offsetFromUtc(), -8 * 3600);
    ASSERT_TRUE(in.text.has_value());
    EXPECT_EQ(QString(*in.text).replace(QLatin1String("\r\n"), QLatin1String("\n")), out.text);
    ASSERT_TRUE(in.html.has_value());
    EXPECT_EQ(QString(*in.html).replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed(), out.html);
    ASSERT_EQ(in.attachments.size(), 2);
    // Inline image first (multipart/related sits inside multipart/mixed), then the file.
    EXPECT_EQ(in.attachments[0].contentId, QStringLiteral("logo@example.com"));
    EXPECT_TRUE(in.attachments[0].isInline);
    EXPECT_EQ(in.attachments[0].data, out.attachments[1].data);
    EXPECT_EQ(in.attachments[1].filename, out.attachments[0].filename);
    EXPECT_EQ(in.attachments[1].mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(in.attachments[1].data, out.attachments[0].data);
    EXPECT_FALSE(in.attachments[1].isInline);
}

TEST(MimeBuilder, BccIsWrittenOnlyWhenAsked)
{
    OutgoingMessage out;
    out.from = {QString(), QStringLiteral("a@example.com")};
    out.bcc = {{QString(), QStringLiteral("hidden@example.com")}};
    out.text = QStringLiteral("x");
    EXPECT_TRUE(buildMessage(out, {true, true}).contains("hidden@example.com"));
}

TEST(MimeBuilder, MessageIdsAreFresh)
{
    EXPECT_NE(generateMessageId(QStringLiteral("example.com")), generateMessageId(QStringLiteral("example.com")));
}

TEST(Address, DisplayQuotesNamesWithSpecials)
{
    EXPECT_EQ((Address{QStringLiteral("Jane Doe"), QStringLiteral("j@x")}).display(), QStringLiteral("Jane Doe <j@x>"));
    EXPECT_EQ((Address{QStringLiteral("Doe, Jane"), QStringLiteral("j@x")}).display(),
              QStringLiteral("\"Doe, Jane\" <j@x>"));
    EXPECT_EQ((Address{QStringLiteral("A \"B\" C"), QStringLiteral("j@x")}).display(),
              QStringLiteral("\"A \\\"B\\\" C\" <j@x>"));
    EXPECT_EQ((Address{QString(), QStringLiteral("j@x")}).display(), QStringLiteral("j@x"));
    EXPECT_EQ(
        addressListDisplay({{QStringLiteral("Doe, Jane"), QStringLiteral("j@x")}, {QString(), QStringLiteral("b@y")}}),
        QStringLiteral("\"Doe, Jane\" <j@x>, b@y"));
}
