// The Microsoft Graph codecs: folders, messages, delta pages, errors and store records
// (JSON $batch: graphbatch_test.cpp), and every decoder on mutated input. Samples have the shapes Graph documents and
// tests/sandbox's encoders (graphjson.cpp, graphmessages.cpp, graphbatch.cpp, graphapi.cpp) write.
#include "providers/graph/graphbatch.h"
#include "providers/graph/graphjson.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <climits>

#include <gtest/gtest.h>

using namespace em::graph;
using em::store::MessageRecord;

namespace {

const QList<QByteArray> kGarbage = {
    "",         "not json", "{\"id\": ", "[]",        "[{\"id\":\"1\"}]", "42",
    "\"text\"", "null",     "{}",        "\xff\xfe{", "{\"value\":",      "{\"id\":\"a\"}}"};

qint64 utcMs(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    EXPECT_TRUE(t.isValid()) << iso;
    return t.toMSecsSinceEpoch();
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

// GET /me/mailFolders as the emulator answers (folderJson, list with $top/$skip paging):
// top-level folders hang off a hidden root, names in any script.
const QByteArray kFolderPage = R"J({
  "@odata.context": "http://127.0.0.1:41234/v1.0/$metadata#users('ann%40example.com')/mailFolders",
  "value": [
    {"id": "AAMkAGI2TGuLAAA=", "displayName": "Inbox", "parentFolderId": "AAMkRootann",
     "childFolderCount": 2, "unreadItemCount": 5, "totalItemCount": 42, "isHidden": false},
    {"id": "AAMkAGI2TGuLAAB=", "displayName": "דואר יוצא 已发送 📤", "parentFolderId": "AAMkRootann",
     "childFolderCount": 0, "unreadItemCount": 0, "totalItemCount": 7, "isHidden": true,
     "sizeInBytes": 123456, "@odata.etag": "W/\"x\""},
    {"displayName": "no id: skipped", "totalItemCount": 3},
    "not an object",
    17,
    {"id": "AAMkAGI2TGuLAAC=", "displayName": 5, "parentFolderId": ["x"], "childFolderCount": "3",
     "unreadItemCount": -4, "totalItemCount": 1e12, "isHidden": "true"}
  ],
  "@odata.nextLink": "http://127.0.0.1:41234/v1.0/me/mailFolders?%24top=10&%24skip=10"
})J";

// GET /me/mailFolders/inbox in Graph's documented shape.
const QByteArray kInbox = R"J({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('68ca8ec0-11f8-456b-a785-70d9936650d5')/mailFolders/$entity",
  "id": "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAAAAEMAAA=",
  "displayName": "Inbox",
  "parentFolderId": "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAAAAEIAAA=",
  "childFolderCount": 1,
  "unreadItemCount": 70,
  "totalItemCount": 71,
  "sizeInBytes": 651424,
  "isHidden": false
})J";

// GET /me/messages/{id} in Graph's documented shape: every property, a body, sender and
// from, a name for each recipient, fractional seconds.
const QByteArray kGraphMessage = R"J({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('bb8775a4-4d8c-42cf-a1d4-4d58c2bb668f')/messages/$entity",
  "@odata.etag": "W/\"CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAAAW4bPH\"",
  "id": "AAMkAGUAAAwTW09AAA=",
  "createdDateTime": "2016-10-19T10:37:00Z",
  "lastModifiedDateTime": "2016-10-19T10:37:00Z",
  "changeKey": "CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAAAW4bPH",
  "categories": [],
  "receivedDateTime": "2016-10-19T10:37:00Z",
  "sentDateTime": "2016-10-19T10:36:58.1234567Z",
  "hasAttachments": true,
  "internetMessageId": "<MWHPR1701MB1950E1A9C7AA2F6A8F5B4A64C8D50@MWHPR1701MB1950.namprd17.prod.outlook.com>",
  "subject": "Fw: Quarterly — 季度 report",
  "bodyPreview": "Please see the attached report.",
  "importance": "normal",
  "parentFolderId": "AAMkAGUAAAAAAEMAAA=",
  "conversationId": "AAQkAGUVZQ4NXvFU4V5Rs=",
  "conversationIndex": "AdIp8wAqSmA0Gw==",
  "isDeliveryReceiptRequested": false,
  "isReadReceiptRequested": false,
  "isRead": true,
  "isDraft": false,
  "webLink": "https://outlook.office365.com/owa/?ItemID=AAMkAGUAAAwTW09AAA%3D&exvsurl=1&viewmodel=ReadMessageItem",
  "inferenceClassification": "focused",
  "body": {"contentType": "html", "content": "<html><body><p>Please see the attached report.</p></body></html>"},
  "sender": {"emailAddress": {"name": "Megan Bowen", "address": "MeganB@contoso.onmicrosoft.com"}},
  "from": {"emailAddress": {"name": "Megan Bowen", "address": "MeganB@contoso.onmicrosoft.com"}},
  "toRecipients": [
    {"emailAddress": {"name": "Alex Wilber", "address": "AlexW@contoso.onmicrosoft.com"}},
    {"emailAddress": {"name": "Wilber, Alex (Sales)", "address": "alex.sales@contoso.com"}}
  ],
  "ccRecipients": [{"emailAddress": {"name": "יוסי כהן", "address": "yossi@example.co.il"}}],
  "bccRecipients": [],
  "replyTo": [],
  "flag": {"flagStatus": "flagged", "dueDateTime": {"dateTime": "2016-10-21T00:00:00.0000000", "timeZone": "UTC"}}
})J";

} // namespace

TEST(GraphDates, ReadsIso8601AsUtcMilliseconds)
{
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T03:04:05Z")), utcMs("2026-01-02T03:04:05Z"));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T03:04:05Z")), Q_INT64_C(1767323045000));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T03:04:05.5Z")), Q_INT64_C(1767323045500));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T03:04:05.1234567Z")), Q_INT64_C(1767323045123));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T03:04:05.999Z")), Q_INT64_C(1767323045999));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T05:04:05+02:00")), Q_INT64_C(1767323045000));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-01T21:34:05-0530")), Q_INT64_C(1767323045000));
    EXPECT_EQ(parseDateTime(QStringLiteral(" 2026-01-02T03:04:05 ")), Q_INT64_C(1767323045000)); // no zone: UTC
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02t03:04:05z")), Q_INT64_C(1767323045000));
    EXPECT_EQ(parseDateTime(QStringLiteral("2026-01-02T03:04Z")), Q_INT64_C(1767323040000));
    EXPECT_EQ(parseDateTime(QStringLiteral("1970-01-01T00:00:00Z")), 0);
    EXPECT_EQ(parseDateTime(QStringLiteral("1969-12-31T23:59:59Z")), -1000);
    EXPECT_EQ(parseDateTime(QStringLiteral("2024-02-29T12:00:00Z")), utcMs("2024-02-29T12:00:00Z"));
    EXPECT_EQ(parseDateTime(QStringLiteral("2016-12-31T23:59:60Z")), utcMs("2016-12-31T23:59:59Z"));
    for (const char *bad :
         {"", "garbage", "2026-01-02", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-02T24:00:00Z",
          "2026-01-02T03:60:00Z", "2026-01-02T03:04:05Zjunk", "2026-01-02T03:04:05.Z", "2026-01-02T03:04:05+2",
          "2026-01-02T03:04:05+25:00", "２０２６-01-02T03:04:05Z", "2026/01/02T03:04:05Z", "2026-01-02X03:04:05Z"})
        EXPECT_EQ(parseDateTime(QString::fromUtf8(bad)), 0) << bad;
}

TEST(GraphFolders, DecodesAPageInTheEmulatorsShape)
{
    const auto r = decodeFolderPage(kFolderPage);
    ASSERT_TRUE(r.ok()) << r.error();
    const FolderPage &p = r.value();
    EXPECT_EQ(p.nextLink, QStringLiteral("http://127.0.0.1:41234/v1.0/me/mailFolders?%24top=10&%24skip=10"));
    ASSERT_EQ(p.folders.size(), 3);
    const Folder &inbox = p.folders[0];
    EXPECT_EQ(inbox.id, QStringLiteral("AAMkAGI2TGuLAAA="));
    EXPECT_EQ(inbox.displayName, QStringLiteral("Inbox"));
    EXPECT_EQ(inbox.parentFolderId, QStringLiteral("AAMkRootann"));
    EXPECT_EQ(inbox.childFolderCount, 2);
    EXPECT_EQ(inbox.unreadItemCount, 5);
    EXPECT_EQ(inbox.totalItemCount, 42);
    EXPECT_FALSE(inbox.isHidden);
    EXPECT_EQ(p.folders[1].displayName, QString::fromUtf8("דואר יוצא 已发送 📤"));
    EXPECT_TRUE(p.folders[1].isHidden);
    EXPECT_EQ(p.folders[1].totalItemCount, 7);
    // Wrong types: defaults, never a crash; numeric strings and huge numbers are bounded.
    const Folder &odd = p.folders[2];
    EXPECT_EQ(odd.id, QStringLiteral("AAMkAGI2TGuLAAC="));
    EXPECT_TRUE(odd.displayName.isEmpty());
    EXPECT_TRUE(odd.parentFolderId.isEmpty());
    EXPECT_EQ(odd.childFolderCount, 3);
    EXPECT_EQ(odd.unreadItemCount, 0);
    EXPECT_EQ(odd.totalItemCount, INT_MAX);
    EXPECT_FALSE(odd.isHidden);

    // The last page has no nextLink; an empty list is a page.
    const auto last = decodeFolderPage(R"J({"@odata.context":"x","value":[]})J");
    ASSERT_TRUE(last.ok()) << last.error();
    EXPECT_TRUE(last.value().folders.isEmpty());
    EXPECT_TRUE(last.value().nextLink.isEmpty());
    // Not a folder list.
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeFolderPage(bad).ok()) << bad.toStdString();
    EXPECT_FALSE(decodeFolderPage(R"J({"value":{"id":"x"}})J").ok());
    EXPECT_FALSE(
        decodeFolderPage(R"J({"@odata.nextLink":"https://graph.microsoft.com/v1.0/me/mailFolders?$skip=10"})J").ok());
    EXPECT_FALSE(decodeFolderPage(kFolderPage.left(kFolderPage.size() / 2)).ok());
}

TEST(GraphFolders, DecodesOneFolder)
{
    const auto r = decodeFolder(kInbox);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(r.value().id.startsWith(QLatin1String("AAMkAGVmMDEzMTM4")));
    EXPECT_TRUE(r.value().id.endsWith(QLatin1String("AAAAAAEMAAA=")));
    EXPECT_TRUE(r.value().parentFolderId.endsWith(QLatin1String("AAAAAAEIAAA=")));
    EXPECT_EQ(r.value().displayName, QStringLiteral("Inbox"));
    EXPECT_EQ(r.value().childFolderCount, 1);
    EXPECT_EQ(r.value().unreadItemCount, 70);
    EXPECT_EQ(r.value().totalItemCount, 71);
    const auto noId = decodeFolder(R"J({"displayName":"Inbox","totalItemCount":1})J");
    ASSERT_FALSE(noId.ok());
    EXPECT_TRUE(noId.error().contains(QLatin1String("\"id\""))) << noId.error();
    EXPECT_FALSE(decodeFolder(R"J({"id":7,"displayName":"Inbox"})J").ok());
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeFolder(bad).ok()) << bad.toStdString();
    EXPECT_FALSE(decodeFolder("not json").error().isEmpty());
}

TEST(GraphMessages, DecodesGraphsDocumentedMessage)
{
    const auto r = decodeMessage(kGraphMessage);
    ASSERT_TRUE(r.ok()) << r.error();
    const Message &m = r.value();
    EXPECT_EQ(m.id, QStringLiteral("AAMkAGUAAAwTW09AAA="));
    EXPECT_EQ(m.conversationId, QStringLiteral("AAQkAGUVZQ4NXvFU4V5Rs="));
    EXPECT_EQ(m.parentFolderId, QStringLiteral("AAMkAGUAAAAAAEMAAA="));
    EXPECT_EQ(m.subject, QString::fromUtf8("Fw: Quarterly — 季度 report"));
    EXPECT_EQ(m.bodyPreview, QStringLiteral("Please see the attached report."));
    EXPECT_EQ(m.internetMessageId,
              QStringLiteral("<MWHPR1701MB1950E1A9C7AA2F6A8F5B4A64C8D50@MWHPR1701MB1950.namprd17.prod.outlook.com>"));
    EXPECT_TRUE(m.isRead);
    EXPECT_FALSE(m.isDraft);
    EXPECT_TRUE(m.flagged);
    EXPECT_TRUE(m.hasAttachments);
    EXPECT_FALSE(m.removed);
    EXPECT_EQ(m.from.name, QStringLiteral("Megan Bowen"));
    EXPECT_EQ(m.from.address, QStringLiteral("MeganB@contoso.onmicrosoft.com"));
    ASSERT_EQ(m.to.size(), 2);
    EXPECT_EQ(m.to[0].name, QStringLiteral("Alex Wilber"));
    EXPECT_EQ(m.to[1].name, QStringLiteral("Wilber, Alex (Sales)"));
    EXPECT_EQ(m.to[1].address, QStringLiteral("alex.sales@contoso.com"));
    ASSERT_EQ(m.cc.size(), 1);
    EXPECT_EQ(m.cc[0].name, QString::fromUtf8("יוסי כהן"));
    EXPECT_TRUE(m.bcc.isEmpty());
    EXPECT_EQ(m.receivedMs, utcMs("2016-10-19T10:37:00Z"));
    EXPECT_EQ(m.sentMs, utcMs("2016-10-19T10:36:58.123Z"));
    EXPECT_EQ(m.unreadable, QStringList());
}

TEST(GraphMessages, DecodesTheEmulatorsShape)
{
    // messageJson with $select applied: names equal to the address (Graph's way of saying
    // "no name") are dropped; flag "complete" is not flagged.
    const QByteArray json = R"J({
      "@odata.etag": "W/\"CQAAABYAAA1f\"", "id": "AAMkRestId0000000000000042",
      "receivedDateTime": "2026-01-02T03:04:05Z", "sentDateTime": "2026-01-02T03:03:00Z",
      "hasAttachments": false, "internetMessageId": "<seed.42@sandbox.example>",
      "subject": "שלום — 你好", "bodyPreview": "Hello there", "parentFolderId": "AAMkInbox",
      "conversationId": "thread-7", "isRead": false, "isDraft": true,
      "toRecipients": [{"emailAddress": {"name": "bob@example.net", "address": "bob@example.net"}}],
      "ccRecipients": [], "bccRecipients": [], "flag": {"flagStatus": "complete"},
      "from": {"emailAddress": {"name": "ANN@EXAMPLE.COM", "address": "ann@example.com"}}
    })J";
    QJsonObject o = QJsonDocument::fromJson(json).object();
    ASSERT_FALSE(o.isEmpty());
    const Message m = messageFromJson(o);
    EXPECT_EQ(m.id, QStringLiteral("AAMkRestId0000000000000042"));
    EXPECT_EQ(m.subject, QString::fromUtf8("שלום — 你好"));
    EXPECT_EQ(m.conversationId, QStringLiteral("thread-7"));
    EXPECT_EQ(m.parentFolderId, QStringLiteral("AAMkInbox"));
    EXPECT_EQ(m.bodyPreview, QStringLiteral("Hello there"));
    EXPECT_FALSE(m.isRead);
    EXPECT_TRUE(m.isDraft);
    EXPECT_FALSE(m.flagged);
    EXPECT_FALSE(m.hasAttachments);
    EXPECT_TRUE(m.from.name.isEmpty());
    EXPECT_EQ(m.from.address, QStringLiteral("ann@example.com"));
    ASSERT_EQ(m.to.size(), 1);
    EXPECT_TRUE(m.to[0].name.isEmpty());
    EXPECT_EQ(m.to[0].address, QStringLiteral("bob@example.net"));
    EXPECT_EQ(m.receivedMs, Q_INT64_C(1767323045000));
    EXPECT_EQ(m.sentMs, Q_INT64_C(1767322980000));
    EXPECT_EQ(m.unreadable, QStringList());
    // Graph's nulls for empty values and properties left out of $select are not malformed.
    for (const char *empty : {"from", "toRecipients", "flag", "receivedDateTime", "subject", "isRead"}) {
        QJsonObject e = o;
        e.insert(QLatin1String(empty), QJsonValue::Null);
        EXPECT_EQ(messageFromJson(e).unreadable, QStringList()) << empty;
        e.remove(QLatin1String(empty));
        EXPECT_EQ(messageFromJson(e).unreadable, QStringList()) << empty;
    }
    EXPECT_EQ(recordFromMessage(m).messageId, QStringLiteral("seed.42@sandbox.example"));

    // A draft nobody addressed: no "from" at all.
    o.remove(QStringLiteral("from"));
    EXPECT_TRUE(messageFromJson(o).from.address.isEmpty());
    EXPECT_TRUE(messageFromJson(o).from.name.isEmpty());
}

TEST(GraphMessages, WrongTypesGiveDefaults)
{
    const auto r = decodeMessage(R"J({
      "id": "AAMk1", "subject": 42, "bodyPreview": null, "isRead": "true", "isDraft": 1,
      "hasAttachments": "yes", "flag": "flagged", "from": [{"emailAddress": {"address": "x@y"}}],
      "toRecipients": {"emailAddress": {"address": "x@y"}},
      "ccRecipients": [null, 3, "a@b", {"emailAddress": "a@b"}, {"emailAddress": {"name": 5, "address": ["a@b"]}},
                       {"emailAddress": {"name": "Only A Name"}}, {"emailAddress": {"address": "  c@d  "}}],
      "bccRecipients": "a@b", "receivedDateTime": 1767323045000, "sentDateTime": "yesterday",
      "conversationId": {"id": "x"}, "internetMessageId": false, "unknown": {"deep": [[[]]]}
    })J");
    ASSERT_TRUE(r.ok()) << r.error();
    const Message &m = r.value();
    EXPECT_EQ(m.id, QStringLiteral("AAMk1"));
    EXPECT_TRUE(m.subject.isEmpty());
    EXPECT_TRUE(m.bodyPreview.isEmpty());
    EXPECT_FALSE(m.isRead);
    EXPECT_FALSE(m.isDraft);
    EXPECT_FALSE(m.hasAttachments);
    EXPECT_FALSE(m.flagged);
    EXPECT_TRUE(m.from.address.isEmpty());
    EXPECT_TRUE(m.to.isEmpty());
    ASSERT_EQ(m.cc.size(), 2);
    EXPECT_EQ(m.cc[0].name, QStringLiteral("Only A Name"));
    EXPECT_TRUE(m.cc[0].address.isEmpty());
    EXPECT_EQ(m.cc[1].address, QStringLiteral("c@d"));
    EXPECT_TRUE(m.bcc.isEmpty());
    EXPECT_EQ(m.receivedMs, 0);
    EXPECT_EQ(m.sentMs, 0);
    EXPECT_TRUE(m.conversationId.isEmpty());
    EXPECT_TRUE(m.internetMessageId.isEmpty());
    // Every one of them is named, so that the entry is kept flagged and what it could not
    // tell is not taken for "unread" or "not flagged".
    EXPECT_EQ(m.unreadable,
              strings({"conversationId", "subject", "internetMessageId", "isRead", "isDraft", "hasAttachments", "flag",
                       "from", "toRecipients", "ccRecipients", "bccRecipients", "receivedDateTime", "sentDateTime"}));
    EXPECT_EQ(recordFromMessage(m).flags, quint32(em::store::Broken | em::store::HeadersPending));
    EXPECT_EQ(unreadableFlags(m), quint32(em::store::Read | em::store::Starred | em::store::Draft));
    const Message odd = messageFromJson(QJsonDocument::fromJson(R"J({"id":"x","flag":{"flagStatus":7}})J").object());
    EXPECT_EQ(odd.unreadable, strings({"flag"}));
    EXPECT_EQ(unreadableFlags(odd), quint32(em::store::Starred));

    const auto noId = decodeMessage(R"J({"subject":"no id"})J");
    ASSERT_FALSE(noId.ok());
    EXPECT_TRUE(noId.error().contains(QLatin1String("\"id\""))) << noId.error();
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeMessage(bad).ok()) << bad.toStdString();
    EXPECT_TRUE(messageFromJson(QJsonObject()).id.isEmpty());
}

TEST(GraphDelta, APageWithANextLinkAndRemovedEntries)
{
    // As the emulator's delta writes it: selected properties plus id and @odata.etag, and
    // removed entries with @odata.type, id and @removed.
    const QByteArray page = R"J({
      "@odata.context": "http://127.0.0.1:41234/v1.0/$metadata#Collection(message)",
      "value": [
        {"@odata.etag": "W/\"CQAAABYAAA2\"", "id": "AAMkA1", "conversationId": "c1", "subject": "First",
         "isRead": true, "flag": {"flagStatus": "flagged"}, "receivedDateTime": "2026-01-02T03:04:05Z",
         "from": {"emailAddress": {"name": "Zoë", "address": "zoe@example.fr"}}},
        {"@odata.type": "#microsoft.graph.message", "id": "AAMkGone", "@removed": {"reason": "deleted"}},
        {"@odata.etag": "W/\"x\"", "subject": "no id: skipped"},
        "junk",
        {"@odata.etag": "W/\"CQAAABYAAA3\"", "id": "AAMkA2", "subject": "Second", "isRead": false}
      ],
      "@odata.nextLink": "http://127.0.0.1:41234/v1.0/me/mailFolders/AAMkInbox/messages/delta?$skiptoken=eyJmIjoiQUFNayJ9"
    })J";
    const auto r = decodeDeltaPage(page);
    ASSERT_TRUE(r.ok()) << r.error();
    const DeltaPage &p = r.value();
    EXPECT_EQ(p.nextLink, QStringLiteral("http://127.0.0.1:41234/v1.0/me/mailFolders/AAMkInbox/messages/"
                                         "delta?$skiptoken=eyJmIjoiQUFNayJ9"));
    EXPECT_TRUE(p.deltaLink.isEmpty());
    ASSERT_EQ(p.messages.size(), 3);
    EXPECT_EQ(p.messages[0].id, QStringLiteral("AAMkA1"));
    EXPECT_FALSE(p.messages[0].removed);
    EXPECT_TRUE(p.messages[0].isRead);
    EXPECT_TRUE(p.messages[0].flagged);
    EXPECT_EQ(p.messages[0].from.name, QString::fromUtf8("Zoë"));
    EXPECT_EQ(p.messages[0].receivedMs, Q_INT64_C(1767323045000));
    EXPECT_EQ(p.messages[1].id, QStringLiteral("AAMkGone"));
    EXPECT_TRUE(p.messages[1].removed);
    EXPECT_EQ(p.messages[1].removedReason, QStringLiteral("deleted"));
    EXPECT_TRUE(p.messages[1].subject.isEmpty());
    EXPECT_EQ(p.messages[2].id, QStringLiteral("AAMkA2"));
    EXPECT_FALSE(p.messages[2].removed);
    EXPECT_FALSE(p.messages[2].isRead);
}

TEST(GraphDelta, TheLastPageCarriesTheDeltaLink)
{
    // Graph's documented shape: "changed" for an item that left the scope; removed entries
    // may carry other properties, which mean nothing.
    const QByteArray page = R"J({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(message)",
      "@odata.deltaLink": "https://graph.microsoft.com/v1.0/me/mailFolders('AQMkADNkNAAAgEMAAAA')/messages/delta?$deltatoken=LztZwWjo5IivWBhyxw5rACKxf7mPm0oW6JZZ7fvKxYPS_67JnEYmfQQMPccy6FRun0DWJF5775dvuXxlZnMYhBubC1v4SBVT9ZjO8f7acZI.uCdGKSBS4YxPEbn_Q5zxLSq91WhpGeT-1Td2dNhd5fKs",
      "value": [
        {"id": "AAMkMoved", "@removed": {"reason": "changed"}, "subject": "stale"},
        {"id": "AAMkDel", "@removed": {}},
        {"id": "AAMkDel2", "@removed": true},
        {"id": "AAMkKept", "@removed": null, "subject": "not removed", "isDraft": true}
      ]
    })J";
    const auto r = decodeDeltaPage(page);
    ASSERT_TRUE(r.ok()) << r.error();
    const DeltaPage &p = r.value();
    EXPECT_TRUE(p.nextLink.isEmpty());
    EXPECT_TRUE(p.deltaLink.startsWith(QLatin1String("https://graph.microsoft.com/v1.0/me/mailFolders("
                                                     "'AQMkADNkNAAAgEMAAAA')/messages/delta?$deltatoken=LztZ")));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_TRUE(p.messages[0].removed);
    EXPECT_EQ(p.messages[0].removedReason, QStringLiteral("changed"));
    EXPECT_TRUE(p.messages[0].subject.isEmpty());
    EXPECT_TRUE(p.messages[1].removed);
    EXPECT_TRUE(p.messages[1].removedReason.isEmpty());
    EXPECT_TRUE(p.messages[2].removed);
    EXPECT_FALSE(p.messages[3].removed);
    EXPECT_EQ(p.messages[3].subject, QStringLiteral("not removed"));
    EXPECT_TRUE(p.messages[3].isDraft);

    // $deltatoken=latest: no items, only the link.
    const auto latest = decodeDeltaPage(
        R"J({"value":[],"@odata.deltaLink":"http://127.0.0.1:1/v1.0/me/mailFolders/x/messages/delta?$deltatoken=abc"})J");
    ASSERT_TRUE(latest.ok()) << latest.error();
    EXPECT_TRUE(latest.value().messages.isEmpty());
    EXPECT_FALSE(latest.value().deltaLink.isEmpty());
    // Both links: more pages remain, so only the nextLink is kept.
    const auto both = decodeDeltaPage(R"J({"value":[],"@odata.nextLink":"n","@odata.deltaLink":"d"})J");
    ASSERT_TRUE(both.ok()) << both.error();
    EXPECT_EQ(both.value().nextLink, QStringLiteral("n"));
    EXPECT_TRUE(both.value().deltaLink.isEmpty());
}

TEST(GraphDelta, CutPagesAndGarbageFail)
{
    // A page cut before its link: the items must not be taken as a whole round.
    const auto cut = decodeDeltaPage(R"J({"value":[{"id":"AAMkA1","subject":"x"}]})J");
    ASSERT_FALSE(cut.ok());
    EXPECT_FALSE(cut.error().isEmpty());
    EXPECT_FALSE(decodeDeltaPage(R"J({"value":[],"@odata.nextLink":"","@odata.deltaLink":""})J").ok());
    EXPECT_FALSE(decodeDeltaPage(R"J({"value":[],"@odata.nextLink":5,"@odata.deltaLink":["d"]})J").ok());
    EXPECT_FALSE(decodeDeltaPage(R"J({"@odata.deltaLink":"d"})J").ok()); // no value list
    EXPECT_FALSE(decodeDeltaPage(R"J({"value":{"id":"x"},"@odata.deltaLink":"d"})J").ok());
    const QByteArray whole = R"J({"value":[{"id":"AAMkA1"}],"@odata.deltaLink":"https://graph.microsoft.com/v1.0/d"})J";
    ASSERT_TRUE(decodeDeltaPage(whole).ok());
    for (qsizetype n = 0; n < whole.size(); ++n)
        EXPECT_FALSE(decodeDeltaPage(whole.left(n)).ok()) << n;
    for (const QByteArray &bad : kGarbage)
        EXPECT_FALSE(decodeDeltaPage(bad).ok()) << bad.toStdString();
}

TEST(GraphErrors, DecodesGraphAndIdentityPlatformErrors)
{
    // tests/sandbox/graphjson.cpp's error(), as Graph writes it.
    const ApiError e = decodeError(R"J({"error":{"code":"ErrorItemNotFound",
        "message":"The specified object was not found in the store.",
        "innerError":{"date":"2026-01-02T03:04:05","request-id":"5f1c","client-request-id":"5f1c"}}})J");
    EXPECT_EQ(e.code, QStringLiteral("ErrorItemNotFound"));
    EXPECT_EQ(e.message, QStringLiteral("The specified object was not found in the store."));
    EXPECT_EQ(e.status, 0); // not in the body
    const ApiError gone = decodeError(R"J({"error":{"code":"SyncStateNotFound",
        "message":"The sync state generation is invalid or has expired. Start a new sync."}})J");
    EXPECT_EQ(gone.code, QStringLiteral("SyncStateNotFound"));
    const ApiError throttled = decodeError(
        R"J({"error":{"code":"TooManyRequests","message":"Application is over its MailboxConcurrency limit."}})J");
    EXPECT_EQ(throttled.code, QStringLiteral("TooManyRequests"));
    EXPECT_TRUE(throttled.message.contains(QLatin1String("MailboxConcurrency")));
    const ApiError oauth = decodeError(
        R"J({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired.","error_codes":[70008]})J");
    EXPECT_EQ(oauth.code, QStringLiteral("invalid_grant"));
    EXPECT_TRUE(oauth.message.startsWith(QLatin1String("AADSTS70008")));
    const ApiError typed = decodeError(R"J({"error":{"code":404,"message":["x"]}})J");
    EXPECT_TRUE(typed.code.isEmpty());
    EXPECT_TRUE(typed.message.isEmpty());
    for (const QByteArray &bad : kGarbage) {
        const ApiError g = decodeError(bad);
        EXPECT_TRUE(g.code.isEmpty()) << bad.toStdString();
        EXPECT_TRUE(g.message.isEmpty()) << bad.toStdString();
        EXPECT_EQ(g.status, 0);
    }
}

TEST(GraphRecords, RecordFromMessageFillsTheListFields)
{
    const auto r = decodeMessage(kGraphMessage);
    ASSERT_TRUE(r.ok());
    const MessageRecord rec = recordFromMessage(r.value());
    EXPECT_EQ(rec.remoteId, QStringLiteral("AAMkAGUAAAwTW09AAA="));
    EXPECT_EQ(rec.threadKey, QStringLiteral("AAQkAGUVZQ4NXvFU4V5Rs="));
    EXPECT_EQ(rec.messageId,
              QStringLiteral("MWHPR1701MB1950E1A9C7AA2F6A8F5B4A64C8D50@MWHPR1701MB1950.namprd17.prod.outlook.com"));
    EXPECT_EQ(rec.subject, QString::fromUtf8("Fw: Quarterly — 季度 report"));
    EXPECT_EQ(rec.fromName, QStringLiteral("Megan Bowen"));
    EXPECT_EQ(rec.fromAddress, QStringLiteral("MeganB@contoso.onmicrosoft.com"));
    EXPECT_EQ(rec.toList, QStringLiteral("Alex Wilber <AlexW@contoso.onmicrosoft.com>, \"Wilber, Alex (Sales)\" "
                                         "<alex.sales@contoso.com>"));
    EXPECT_EQ(rec.ccList, QString::fromUtf8("יוסי כהן <yossi@example.co.il>"));
    EXPECT_TRUE(rec.bccList.isEmpty());
    EXPECT_EQ(rec.dateMs, utcMs("2016-10-19T10:37:00Z"));
    EXPECT_EQ(rec.utcOffsetSeconds, 0);
    EXPECT_EQ(rec.snippet, QStringLiteral("Please see the attached report."));
    EXPECT_EQ(rec.flags, quint32(em::store::Read | em::store::Starred | em::store::HasAttachments));
    EXPECT_TRUE(rec.bodyText.isEmpty());
    EXPECT_TRUE(rec.compressedRaw.isEmpty());
    EXPECT_TRUE(rec.contentHash.isEmpty());
    EXPECT_TRUE(rec.inReplyTo.isEmpty());
}

TEST(GraphRecords, FlagsAndFallbacks)
{
    Message m;
    m.id = QStringLiteral("AAMk9");
    m.internetMessageId = QStringLiteral("  < id-without@brackets.example >  ");
    m.sentMs = 1234567;
    EXPECT_EQ(recordFromMessage(m).flags, 0u);
    EXPECT_EQ(recordFromMessage(m).dateMs, 1234567); // received missing: sent
    EXPECT_EQ(recordFromMessage(m).messageId, QStringLiteral("id-without@brackets.example"));
    m.receivedMs = 7654321;
    EXPECT_EQ(recordFromMessage(m).dateMs, 7654321);
    m.internetMessageId = QStringLiteral("bare@id.example");
    EXPECT_EQ(recordFromMessage(m).messageId, QStringLiteral("bare@id.example"));
    m.internetMessageId.clear();
    EXPECT_TRUE(recordFromMessage(m).messageId.isEmpty());

    m.isDraft = true;
    EXPECT_EQ(recordFromMessage(m).flags, quint32(em::store::Draft));
    m.isDraft = false;
    m.isRead = true;
    EXPECT_EQ(recordFromMessage(m).flags, quint32(em::store::Read));
    m.isRead = false;
    m.flagged = true;
    EXPECT_EQ(recordFromMessage(m).flags, quint32(em::store::Starred));
    m.flagged = false;
    m.hasAttachments = true;
    EXPECT_EQ(recordFromMessage(m).flags, quint32(em::store::HasAttachments));
    m.isRead = m.isDraft = m.flagged = true;
    EXPECT_EQ(recordFromMessage(m).flags,
              quint32(em::store::Read | em::store::Starred | em::store::Draft | em::store::HasAttachments));
    m.to = {{QString(), QStringLiteral("a@b.c")}, {QString::fromUtf8("王小明"), QStringLiteral("wang@example.cn")}};
    m.bcc = {{QStringLiteral("Hidden"), QStringLiteral("h@example.com")}};
    const MessageRecord rec = recordFromMessage(m);
    EXPECT_EQ(rec.toList, QString::fromUtf8("a@b.c, 王小明 <wang@example.cn>"));
    EXPECT_EQ(rec.bccList, QStringLiteral("Hidden <h@example.com>"));
    EXPECT_TRUE(rec.fromAddress.isEmpty());
}

TEST(GraphRecords, MessageSelectNamesWhatTheListNeeds)
{
    const QString select = messageSelect();
    EXPECT_EQ(select, QStringLiteral("id,conversationId,parentFolderId,subject,bodyPreview,internetMessageId,isRead,"
                                     "isDraft,flag,hasAttachments,from,toRecipients,ccRecipients,bccRecipients,"
                                     "receivedDateTime,sentDateTime"));
    // Every name is a property of microsoft.graph.message (graph-v1.0-mail-types.xml), once.
    const QStringList known = strings({"id",
                                       "conversationId",
                                       "parentFolderId",
                                       "subject",
                                       "bodyPreview",
                                       "internetMessageId",
                                       "isRead",
                                       "isDraft",
                                       "flag",
                                       "hasAttachments",
                                       "from",
                                       "toRecipients",
                                       "ccRecipients",
                                       "bccRecipients",
                                       "receivedDateTime",
                                       "sentDateTime",
                                       "body",
                                       "sender",
                                       "replyTo",
                                       "categories"});
    const QStringList names = select.split(u',');
    EXPECT_EQ(QSet<QString>(names.begin(), names.end()).size(), names.size());
    for (const QString &n : names)
        EXPECT_TRUE(known.contains(n)) << n;
    EXPECT_FALSE(names.contains(QStringLiteral("body"))); // bodies come as MIME, on demand
}

TEST(GraphCodec, RandomAndMutatedInputNeverCrash)
{
    const QList<QByteArray> seeds = {
        kFolderPage,
        kInbox,
        kGraphMessage,
        R"J({"value":[{"id":"a","@removed":{"reason":"deleted"}}],"@odata.deltaLink":"d"})J",
        R"J({"responses":[{"id":"1","status":200,"headers":{"a":"b"},"body":{"id":"x"}}]})J",
        R"J({"error":{"code":"x","message":"y"}})J"};
    const QByteArray alphabet = QByteArrayLiteral("{[\",:]}nul1e9-");
    QRandomGenerator random(20260102);
    int decoded = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = seeds.at(round % seeds.size());
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits && !input.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(input.size()));
            switch (random.bounded(4)) {
            case 0: input[at] = char(random.bounded(256)); break;
            case 1: input.remove(at, 1 + random.bounded(16)); break;
            case 2: input.insert(at, alphabet.at(random.bounded(int(alphabet.size())))); break;
            default: input.truncate(at); break;
            }
        }
        if (round % 50 == 0) { // pure noise
            input.resize(random.bounded(200));
            for (char &c : input)
                c = char(random.bounded(256));
        }
        decoded += decodeFolderPage(input).ok();
        decoded += decodeFolder(input).ok();
        decoded += decodeMessage(input).ok();
        decoded += decodeDeltaPage(input).ok();
        decoded += decodeBatch(input, strings({"1", "x"})).ok();
        decoded += decodeError(input).code.isEmpty() ? 0 : 1;
        if (const auto m = decodeMessage(input); m.ok())
            decoded += recordFromMessage(m.value()).remoteId.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(decoded, 0); // some mutations stay valid: the decoders were really exercised
    // Deep nesting is refused, not a stack overflow.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    EXPECT_FALSE(decodeMessage(deep).ok());
    EXPECT_FALSE(decodeBatch("{\"responses\":" + deep + "}", {}).ok());
    EXPECT_FALSE(decodeDeltaPage("{\"value\":" + deep + ",\"@odata.deltaLink\":\"d\"}").ok());
}
