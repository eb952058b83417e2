// Conformance of the emulator's Gmail API v1 transport: uploads, the 35 MB limit, drafts,
// send-as, batch, quota and the request log, and the schema validator itself.
#include "gmailfixture.h"

#include <gtest/gtest.h>

using namespace em::sandbox;
using namespace em::test;

TEST_F(SandboxGmail, UploadMediaMultipartAndResumable)
{
    const QString uploadPath = QStringLiteral("/upload/gmail/v1/users/me/messages/send");
    const QByteArray media = simpleMessage(kCarol, QStringLiteral("media upload"));
    last = client.send("POST", uploadPath + QStringLiteral("?uploadType=media"), token, media, "message/rfc822");
    ASSERT_EQ(last.status, 200) << last.body.toStdString();
    EXPECT_TRUE(schema.check(QStringLiteral("gmail.users.messages.send"), SandboxClient::json(last)).isEmpty());

    const QByteArray multipart = "--XyZ\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{}\r\n"
                                 "--XyZ\r\nContent-Type: message/rfc822\r\n\r\n" +
                                 simpleMessage(kCarol, QStringLiteral("multipart upload")) + "\r\n--XyZ--\r\n";
    last = client.send("POST", uploadPath + QStringLiteral("?uploadType=multipart"), token, multipart,
                       "multipart/related; boundary=XyZ");
    ASSERT_EQ(last.status, 200) << last.body.toStdString();
    const QString multipartId = SandboxClient::json(last).value(QStringLiteral("id")).toString();
    EXPECT_TRUE(alice().message(multipartId)->raw.contains("Subject: multipart upload"));
    EXPECT_TRUE(alice().message(multipartId)->labels.contains(QStringLiteral("SENT")));
    last = client.send("POST", uploadPath + QStringLiteral("?uploadType=multipart"), token, "--XyZ\r\ngarbage",
                       "multipart/related; boundary=XyZ");
    EXPECT_EQ(last.status, 400);

    last = client.send("POST", uploadPath + QStringLiteral("?uploadType=resumable"), token, "{}", "application/json",
                       {{"X-Upload-Content-Type", "message/rfc822"}});
    ASSERT_EQ(last.status, 200) << last.body.toStdString();
    const QUrl location(QString::fromUtf8(last.header("Location")));
    ASSERT_TRUE(QUrlQuery(location).hasQueryItem(QStringLiteral("upload_id")));
    last = client.send("PUT", location.path() + u'?' + location.query(QUrl::FullyEncoded), token,
                       simpleMessage(kCarol, QStringLiteral("resumable upload")), "message/rfc822");
    ASSERT_EQ(last.status, 200) << last.body.toStdString();
    EXPECT_TRUE(schema.check(QStringLiteral("gmail.users.messages.send"), SandboxClient::json(last)).isEmpty());
    // A session is used once.
    last =
        client.send("PUT", location.path() + u'?' + location.query(QUrl::FullyEncoded), token, media, "message/rfc822");
    EXPECT_EQ(last.status, 404);
    last = client.send("POST", uploadPath, token, media, "message/rfc822");
    EXPECT_EQ(last.status, 400);
    last = client.send("POST", QStringLiteral("/upload/gmail/v1/users/me/labels?uploadType=media"), token, media,
                       "message/rfc822");
    EXPECT_EQ(last.status, 404);
    // Drafts take uploads too: the metadata names the thread, the media is the message.
    const QByteArray draftUpload = "--d\r\nContent-Type: application/json\r\n\r\n{\"message\":{}}\r\n"
                                   "--d\r\nContent-Type: message/rfc822\r\n\r\n" +
                                   simpleMessage(kCarol, QStringLiteral("uploaded draft")) + "\r\n--d--\r\n";
    last = client.send("POST", QStringLiteral("/upload/gmail/v1/users/me/drafts?uploadType=multipart"), token,
                       draftUpload, "multipart/related; boundary=d");
    ASSERT_EQ(last.status, 200) << last.body.toStdString();
    EXPECT_TRUE(schema.check(QStringLiteral("gmail.users.drafts.create"), SandboxClient::json(last)).isEmpty());
    const QString draftMessage =
        SandboxClient::json(last).value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString();
    EXPECT_TRUE(alice().message(draftMessage)->labels.contains(QStringLiteral("DRAFT")));
    EXPECT_TRUE(alice().message(draftMessage)->raw.contains("uploaded draft"));
}

TEST_F(SandboxGmail, MessagesAbove35MegabytesAreRefused)
{
    const QString uploadPath = QStringLiteral("/upload/gmail/v1/users/me/messages/send?uploadType=media");
    QByteArray big = simpleMessage(kCarol, QStringLiteral("big"));
    big.append(QByteArray(35 * 1024 * 1024 + 10, 'a'));
    last = client.send("POST", uploadPath, token, big, "message/rfc822");
    EXPECT_EQ(last.status, 413);
    expectErrorShape(SandboxClient::json(last), 413);
    last = client.send("POST", QStringLiteral("/upload/gmail/v1/users/me/messages/send?uploadType=resumable"), token,
                       {}, "application/json", {{"X-Upload-Content-Length", QByteArray::number(big.size())}});
    EXPECT_EQ(last.status, 413);
    post(QStringLiteral("messages/send"), {}, {{QStringLiteral("raw"), QString::fromLatin1(b64url(big))}}, 413);
    // Just under the limit goes through.
    big.resize(35 * 1024 * 1024 - 100);
    last = client.send("POST", uploadPath, token, big, "message/rfc822");
    EXPECT_EQ(last.status, 200);
}

TEST_F(SandboxGmail, Drafts)
{
    const QJsonObject created =
        post(QStringLiteral("drafts"), QStringLiteral("drafts.create"),
             {{QStringLiteral("message"),
               QJsonObject{{QStringLiteral("raw"),
                            QString::fromLatin1(b64url(simpleMessage(kCarol, QStringLiteral("draft 1"))))}}}});
    const QString draftId = created.value(QStringLiteral("id")).toString();
    const QString messageId =
        created.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(draftId.isEmpty());
    EXPECT_TRUE(alice().message(messageId)->labels.contains(QStringLiteral("DRAFT")));
    const QJsonObject list = get(QStringLiteral("drafts"), QStringLiteral("drafts.list"));
    EXPECT_EQ(list.value(QStringLiteral("drafts")).toArray().size(), 1);
    const QJsonObject got = get(QStringLiteral("drafts/%1?format=raw").arg(draftId), QStringLiteral("drafts.get"));
    EXPECT_TRUE(
        fromB64url(got.value(QStringLiteral("message")).toObject().value(QStringLiteral("raw"))).contains("draft 1"));

    const QJsonObject updated = call(
        "PUT", QStringLiteral("drafts/") + draftId, QStringLiteral("drafts.update"), 200,
        QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                   QJsonObject{{QStringLiteral("raw"), QString::fromLatin1(b64url(simpleMessage(
                                                                           kCarol, QStringLiteral("draft 2"))))}}}})
            .toJson());
    EXPECT_EQ(updated.value(QStringLiteral("id")).toString(), draftId);
    const QString newMessage =
        updated.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString();
    EXPECT_FALSE(alice().message(messageId));
    const QJsonObject sent =
        post(QStringLiteral("drafts/send"), QStringLiteral("drafts.send"), {{QStringLiteral("id"), draftId}});
    EXPECT_EQ(sent.value(QStringLiteral("id")).toString(), newMessage);
    EXPECT_EQ(strings(sent.value(QStringLiteral("labelIds"))), QStringList{QStringLiteral("SENT")});
    bool delivered = false;
    for (const StoredMessage &m : sandbox.mailbox(kCarol)->messages())
        delivered = delivered || m.raw.contains("draft 2");
    EXPECT_TRUE(delivered);
    get(QStringLiteral("drafts/") + draftId, {}, 404);
    EXPECT_FALSE(get(QStringLiteral("drafts"), QStringLiteral("drafts.list")).contains(QStringLiteral("drafts")));

    const QJsonObject other =
        post(QStringLiteral("drafts"), QStringLiteral("drafts.create"),
             {{QStringLiteral("message"), QJsonObject{{QStringLiteral("raw"), QString::fromLatin1(b64url(simpleMessage(
                                                                                  kCarol, QStringLiteral("x"))))}}}});
    call("DELETE", QStringLiteral("drafts/") + other.value(QStringLiteral("id")).toString(), {}, 204);
    call("DELETE", QStringLiteral("drafts/") + other.value(QStringLiteral("id")).toString(), {}, 404);
    post(QStringLiteral("drafts"), {}, QJsonObject{}, 400);
    post(QStringLiteral("drafts/send"), {}, {{QStringLiteral("id"), QStringLiteral("r123")}}, 404);
}

TEST_F(SandboxGmail, SendAsListsThePrimaryAddress)
{
    const QJsonObject list = get(QStringLiteral("settings/sendAs"), QStringLiteral("settings.sendAs.list"));
    const QJsonArray sendAs = list.value(QStringLiteral("sendAs")).toArray();
    ASSERT_EQ(sendAs.size(), 1);
    const QJsonObject primary = sendAs.first().toObject();
    EXPECT_EQ(primary.value(QStringLiteral("sendAsEmail")).toString(), kAlice);
    EXPECT_EQ(primary.value(QStringLiteral("displayName")).toString(), QStringLiteral("Alice Sandbox"));
    EXPECT_TRUE(primary.value(QStringLiteral("isPrimary")).toBool());
    EXPECT_TRUE(primary.value(QStringLiteral("isDefault")).toBool());
    EXPECT_EQ(primary.value(QStringLiteral("signature")).toString(), QString());
}

namespace {

QByteArray batchBody(const QStringList &requestLines, const QByteArray &boundary = "batch_foo")
{
    QByteArray out;
    for (int i = 0; i < requestLines.size(); ++i)
        out += "--" + boundary + "\r\nContent-Type: application/http\r\nContent-ID: <item" + QByteArray::number(i + 1) +
               ">\r\n\r\n" + requestLines.at(i).toUtf8() + " HTTP/1.1\r\n\r\n";
    return out + "--" + boundary + "--\r\n";
}

struct BatchPart
{
    QByteArray contentId;
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

QList<BatchPart> parseBatch(const HttpResponse &r)
{
    QList<BatchPart> out;
    const QByteArray contentType = r.header("Content-Type");
    const QByteArray boundary = contentType.mid(contentType.indexOf("boundary=") + 9);
    const QList<QByteArray> chunks = [&] {
        QList<QByteArray> parts;
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = r.body.indexOf(delimiter);
        while (pos >= 0) {
            const qsizetype start = pos + delimiter.size();
            const qsizetype next = r.body.indexOf(delimiter, start);
            if (next < 0)
                break;
            parts.append(r.body.mid(start, next - start));
            pos = next;
        }
        return parts;
    }();
    for (const QByteArray &chunk : chunks) {
        BatchPart p;
        const qsizetype outerEnd = chunk.indexOf("\r\n\r\n");
        for (const QByteArray &line : chunk.left(outerEnd).split('\n'))
            if (line.trimmed().toLower().startsWith("content-id:"))
                p.contentId = line.mid(line.indexOf(':') + 1).trimmed();
        const QByteArray http = chunk.mid(outerEnd + 4);
        const qsizetype innerEnd = http.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = http.left(innerEnd).split('\n');
        p.status = lines.value(0).split(' ').value(1).toInt();
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            p.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        p.body = http.mid(innerEnd + 4, p.headers.value("content-length").toInt());
        out.append(p);
    }
    return out;
}

} // namespace

TEST_F(SandboxGmail, BatchOfThreeParts)
{
    QStringList ids;
    for (const StoredMessage &m : alice().messages())
        if (ids.size() < 2)
            ids.append(m.id);
    const QStringList lines{
        QStringLiteral("GET /gmail/v1/users/me/messages/%1?format=metadata&metadataHeaders=Subject").arg(ids.at(0)),
        QStringLiteral("GET /gmail/v1/users/me/messages/%1?format=minimal").arg(ids.at(1)),
        QStringLiteral("GET /gmail/v1/users/me/messages/0123456789abcdef")};
    for (const QString &path : {QStringLiteral("/batch/gmail/v1"), QStringLiteral("/batch")}) {
        last = client.send("POST", path, token, batchBody(lines), "multipart/mixed; boundary=batch_foo");
        ASSERT_EQ(last.status, 200) << last.body.toStdString();
        EXPECT_TRUE(last.header("Content-Type").startsWith("multipart/mixed; boundary="));
        EXPECT_FALSE(last.header("Content-Type").contains("batch_foo")) << "a fresh boundary";
        EXPECT_EQ(last.quotaUnits, 15);
        const QList<BatchPart> parts = parseBatch(last);
        ASSERT_EQ(parts.size(), 3);
        EXPECT_EQ(parts.at(0).contentId, QByteArray("<response-item1>"));
        EXPECT_EQ(parts.at(2).contentId, QByteArray("<response-item3>"));
        EXPECT_EQ(parts.at(0).status, 200);
        EXPECT_EQ(parts.at(1).status, 200);
        EXPECT_EQ(parts.at(2).status, 404);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject json = QJsonDocument::fromJson(parts.at(i).body).object();
            EXPECT_EQ(json.value(QStringLiteral("id")).toString(), ids.at(i));
            EXPECT_TRUE(schema.check(QStringLiteral("gmail.users.messages.get"), json).isEmpty());
        }
        expectErrorShape(QJsonDocument::fromJson(parts.at(2).body).object(), 404);
    }
    // Parts may carry their own credentials; a bad one fails alone.
    const QByteArray own = "--b\r\nContent-Type: application/http\r\n\r\nGET /gmail/v1/users/me/profile HTTP/1.1\r\n"
                           "Authorization: Bearer " +
                           token.toLatin1() +
                           "\r\n\r\n"
                           "--b\r\nContent-Type: application/http\r\n\r\nGET /gmail/v1/users/me/profile HTTP/1.1\r\n"
                           "Authorization: Bearer nope\r\n\r\n--b--\r\n";
    last = client.send("POST", QStringLiteral("/batch/gmail/v1"), {}, own, "multipart/mixed; boundary=b");
    ASSERT_EQ(last.status, 200);
    const QList<BatchPart> parts = parseBatch(last);
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0).status, 200);
    EXPECT_EQ(parts.at(1).status, 401);
    // A POST with a JSON body inside a batch.
    const QByteArray withBody = "--b\r\nContent-Type: application/http\r\n\r\nPOST /gmail/v1/users/me/messages/" +
                                ids.at(0).toLatin1() +
                                "/modify HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
                                "{\"addLabelIds\":[\"STARRED\"]}\r\n--b--\r\n";
    last = client.send("POST", QStringLiteral("/batch/gmail/v1"), token, withBody, "multipart/mixed; boundary=b");
    ASSERT_EQ(parseBatch(last).value(0).status, 200) << last.body.toStdString();
    EXPECT_TRUE(alice().message(ids.at(0))->labels.contains(QStringLiteral("STARRED")));
}

TEST_F(SandboxGmail, BatchLimitsAndGarbage)
{
    QStringList lines;
    for (int i = 0; i < 101; ++i)
        lines.append(QStringLiteral("GET /gmail/v1/users/me/profile"));
    last = client.send("POST", QStringLiteral("/batch/gmail/v1"), token, batchBody(lines),
                       "multipart/mixed; boundary=batch_foo");
    EXPECT_EQ(last.status, 400);
    expectErrorShape(SandboxClient::json(last), 400);
    lines.removeLast();
    last = client.send("POST", QStringLiteral("/batch/gmail/v1"), token, batchBody(lines),
                       "multipart/mixed; boundary=batch_foo");
    EXPECT_EQ(last.status, 200);
    EXPECT_EQ(parseBatch(last).size(), 100);

    // A flood of empty parts is refused without reading them all.
    QByteArray flood;
    for (int i = 0; i < 200000; ++i)
        flood += "--zz\r\n\r\n";
    last =
        client.send("POST", QStringLiteral("/batch/gmail/v1"), token, flood + "--zz--", "multipart/mixed; boundary=zz");
    EXPECT_EQ(last.status, 400);

    // Garbage never crashes or hangs.
    const QList<QPair<QByteArray, QByteArray>> garbage{
        {"not multipart at all", "multipart/mixed; boundary=zz"},
        {"--zz\r\nno end", "multipart/mixed; boundary=zz"},
        {"--zz--\r\n", "multipart/mixed; boundary=zz"},
        {QByteArray(100000, '-'), "multipart/mixed; boundary=-"},
        {"{}", "application/json"},
    };
    for (const auto &[body, type] : garbage) {
        last = client.send("POST", QStringLiteral("/batch/gmail/v1"), token, body, type);
        EXPECT_EQ(last.status, 400) << body.left(40).toStdString();
    }
    const QByteArray oddParts = "--zz\r\n\r\n\r\n--zz\r\nContent-Type: application/http\r\n\r\nGARBAGE\r\n"
                                "--zz\r\nContent-Type: application/http\r\n\r\nGET /batch/gmail/v1 HTTP/1.1\r\n\r\n"
                                "--zz\r\nContent-Type: application/http\r\n\r\nGET /v1.0/me HTTP/1.1\r\n\r\n--zz--";
    last = client.send("POST", QStringLiteral("/batch"), token, oddParts, "multipart/mixed; boundary=zz");
    ASSERT_EQ(last.status, 200);
    for (const BatchPart &p : parseBatch(last))
        EXPECT_GE(p.status, 400);
    last = client.send("GET", QStringLiteral("/batch"), token, {}, {});
    EXPECT_EQ(last.status, 405);
    // Random bytes to the API paths.
    QByteArray noise;
    for (int i = 0; i < 5000; ++i)
        noise.append(char((i * 7919) % 251));
    for (const QString &p : {QStringLiteral("messages/send"), QStringLiteral("labels"), QStringLiteral("drafts")})
        call("POST", p, {}, 400, noise);
    last = client.send("POST", QStringLiteral("/upload/gmail/v1/users/me/messages/send?uploadType=multipart"), token,
                       noise, "multipart/related; boundary=\"");
    EXPECT_EQ(last.status, 400);
}

TEST_F(SandboxGmail, QuotaExhaustionGives429WithRetryAfter)
{
    sandbox.limits().gmailUnitsPerMinute = 12;
    const QString id = anyInboxMessage();
    get(QStringLiteral("messages/%1?format=minimal").arg(id), QStringLiteral("messages.get"));
    EXPECT_EQ(last.quotaUnits, 5);
    EXPECT_EQ(last.user, kAlice);
    get(QStringLiteral("messages/%1?format=minimal").arg(id), QStringLiteral("messages.get"));
    get(QStringLiteral("messages/%1?format=minimal").arg(id), {}, 429);
    EXPECT_EQ(reason(), QStringLiteral("rateLimitExceeded"));
    EXPECT_EQ(errorStatus(), QStringLiteral("RESOURCE_EXHAUSTED"));
    const int retryAfter = last.header("Retry-After").toInt();
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 60);
    // Cheaper calls still fit.
    get(QStringLiteral("profile"), QStringLiteral("getProfile"));
    get(QStringLiteral("profile"), QStringLiteral("getProfile"));
    get(QStringLiteral("profile"), {}, 429);
    // Another user has a quota of its own.
    EXPECT_EQ(client.get(kBase + QStringLiteral("profile"), client.accessToken(kCarol)).status, 200);
}

TEST_F(SandboxGmail, BatchPartOverQuotaFailsAlone)
{
    sandbox.limits().gmailUnitsPerMinute = 12;
    const QString id = anyInboxMessage();
    const QString line = QStringLiteral("GET /gmail/v1/users/me/messages/%1?format=minimal").arg(id);
    last = client.send("POST", QStringLiteral("/batch/gmail/v1"), token, batchBody({line, line, line}),
                       "multipart/mixed; boundary=batch_foo");
    ASSERT_EQ(last.status, 200);
    const QList<BatchPart> parts = parseBatch(last);
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts.at(0).status, 200);
    EXPECT_EQ(parts.at(1).status, 200);
    EXPECT_EQ(parts.at(2).status, 429);
    EXPECT_FALSE(parts.at(2).headers.value("retry-after").isEmpty());
    expectErrorShape(QJsonDocument::fromJson(parts.at(2).body).object(), 429);
    EXPECT_EQ(last.quotaUnits, 10);
}

TEST_F(SandboxGmail, RequestLogCarriesUnitsOverHttp)
{
    ASSERT_TRUE(sandbox.start(0));
    QNetworkAccessManager nam;
    auto fetch = [&](const QString &path) {
        QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + path));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    sandbox.log().clear();
    EXPECT_EQ(fetch(kBase + QStringLiteral("profile")), 200);
    EXPECT_EQ(fetch(kBase + QStringLiteral("messages?maxResults=2")), 200);
    EXPECT_EQ(fetch(kBase + QStringLiteral("history?startHistoryId=%1").arg(alice().historyId())), 200);
    sandbox.limits().gmailUnitsPerMinute = 0;
    EXPECT_EQ(fetch(kBase + QStringLiteral("profile")), 429);
    const QList<LogEntry> entries = sandbox.log().entries();
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries.at(0).quotaUnits, 1);
    EXPECT_EQ(entries.at(1).quotaUnits, 5);
    EXPECT_EQ(entries.at(2).quotaUnits, 2);
    EXPECT_EQ(entries.at(3).quotaUnits, 0);
    EXPECT_EQ(entries.at(3).status, 429);
    for (const LogEntry &e : entries)
        EXPECT_EQ(e.user, kAlice);
}

TEST(SandboxGmailSchema, TheValidatorCatchesWhatItShould)
{
    const em::test::GmailSchema schema;
    ASSERT_TRUE(schema.loaded());
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("abc")},
                           {QStringLiteral("historyId"), QStringLiteral("123")},
                           {QStringLiteral("internalDate"), QStringLiteral("1700000000000")},
                           {QStringLiteral("sizeEstimate"), 42},
                           {QStringLiteral("labelIds"), QJsonArray{QStringLiteral("INBOX")}},
                           {QStringLiteral("payload"),
                            QJsonObject{{QStringLiteral("headers"),
                                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("To")},
                                                                {QStringLiteral("value"), QStringLiteral("x")}}}},
                                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("size"), 0}}}}}};
    EXPECT_TRUE(schema.check(QStringLiteral("gmail.users.messages.get"), good).isEmpty());
    QJsonObject extra = good;
    extra.insert(QStringLiteral("bogus"), 1);
    EXPECT_FALSE(schema.check(QStringLiteral("gmail.users.messages.get"), extra).isEmpty());
    QJsonObject numberHistory = good;
    numberHistory.insert(QStringLiteral("historyId"), 123);
    EXPECT_FALSE(schema.check(QStringLiteral("gmail.users.messages.get"), numberHistory).isEmpty());
    QJsonObject stringSize = good;
    stringSize.insert(QStringLiteral("sizeEstimate"), QStringLiteral("42"));
    EXPECT_FALSE(schema.check(QStringLiteral("gmail.users.messages.get"), stringSize).isEmpty());
    QJsonObject deep = good;
    deep.insert(QStringLiteral("payload"),
                QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("nope"), true}}}}});
    EXPECT_FALSE(schema.check(QStringLiteral("gmail.users.messages.get"), deep).isEmpty());
    EXPECT_FALSE(schema
                     .check(QStringLiteral("gmail.users.labels.get"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("weird")}})
                     .isEmpty());
}
