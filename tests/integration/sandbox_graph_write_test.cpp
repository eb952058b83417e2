// Conformance of the emulator's Microsoft Graph v1.0 mail endpoints: changes, sending,
// drafts, attachments and $batch.
#include "graphtestsupport.h"
#include "testsupport.h"

TEST_F(GraphTest, PatchReadFlagCategoriesAndSentMessageRules)
{
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    const QString id = m->id;
    const QString path = QStringLiteral("/v1.0/me/messages/") + m->restId;
    const HttpResponse r =
        send("PATCH", path,
             {{QStringLiteral("isRead"), false},
              {QStringLiteral("flag"), QJsonObject{{QStringLiteral("flagStatus"), QStringLiteral("flagged")}}},
              {QStringLiteral("categories"), QJsonArray{QStringLiteral("Blue category")}}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    conforms(json(r), QStringLiteral("message"));
    EXPECT_FALSE(json(r).value(QStringLiteral("isRead")).toBool());
    EXPECT_TRUE(bob().message(id)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(bob().message(id)->labels.contains(QStringLiteral("FLAGGED")));
    EXPECT_EQ(json(get(path)).value(QStringLiteral("categories")).toArray().at(0).toString(),
              QStringLiteral("Blue category"));
    EXPECT_EQ(s(json(get(path)).value(QStringLiteral("flag")).toObject().value(QStringLiteral("flagStatus"))),
              QStringLiteral("flagged"));
    send("PATCH", path,
         {{QStringLiteral("isRead"), true},
          {QStringLiteral("flag"), QJsonObject{{QStringLiteral("flagStatus"), QStringLiteral("notFlagged")}}}});
    EXPECT_FALSE(bob().message(id)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_FALSE(bob().message(id)->labels.contains(QStringLiteral("FLAGGED")));

    const HttpResponse subject = send("PATCH", path, {{QStringLiteral("subject"), QStringLiteral("changed")}});
    EXPECT_EQ(subject.status, 400);
    EXPECT_EQ(errorCode(subject), QStringLiteral("ErrorInvalidPropertyUpdateSentMessage"));
    EXPECT_EQ(send("PATCH", path, {{QStringLiteral("noSuchProperty"), 1}}).status, 400);
    EXPECT_EQ(client.send("PATCH", path, token, "{not json", "application/json").status, 400);
}

TEST_F(GraphTest, MoveAndCopyWithAndWithoutImmutableIds)
{
    const QString inbox = folder(QStringLiteral("inbox"));
    const QString archive = folder(QStringLiteral("archive"));
    const QStringList ids = idsIn(bob(), inbox);
    ASSERT_GE(ids.size(), 3);

    const QString oldRest = bob().message(ids.at(0))->restId;
    const HttpResponse moved = send("POST", QStringLiteral("/v1.0/me/messages/%1/move").arg(oldRest),
                                    {{QStringLiteral("destinationId"), QStringLiteral("archive")}});
    ASSERT_EQ(moved.status, 201) << moved.body.toStdString();
    conforms(json(moved), QStringLiteral("message"));
    const QString newRest = s(json(moved).value(QStringLiteral("id")));
    EXPECT_NE(newRest, oldRest);
    EXPECT_EQ(newRest, bob().message(ids.at(0))->restId);
    EXPECT_EQ(s(json(moved).value(QStringLiteral("parentFolderId"))), archive);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages/") + oldRest).status, 404);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages/") + newRest).status, 200);

    const HttpResponse kept = send("POST", QStringLiteral("/v1.0/me/messages/%1/move").arg(ids.at(1)),
                                   {{QStringLiteral("destinationId"), archive}}, kImmutable);
    ASSERT_EQ(kept.status, 201);
    EXPECT_EQ(s(json(kept).value(QStringLiteral("id"))), ids.at(1));
    EXPECT_TRUE(bob().message(ids.at(1))->labels.contains(archive));

    const HttpResponse copied = send("POST", QStringLiteral("/v1.0/me/messages/%1/copy").arg(ids.at(2)),
                                     {{QStringLiteral("destinationId"), QStringLiteral("drafts")}}, kImmutable);
    ASSERT_EQ(copied.status, 201);
    const QString copy = s(json(copied).value(QStringLiteral("id")));
    EXPECT_NE(copy, ids.at(2));
    EXPECT_TRUE(bob().message(ids.at(2))->labels.contains(inbox));
    ASSERT_NE(bob().message(copy), nullptr);
    EXPECT_TRUE(bob().message(copy)->labels.contains(folder(QStringLiteral("drafts"))));
    EXPECT_EQ(bob().message(copy)->threadId, bob().message(ids.at(2))->threadId);

    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/messages/%1/move").arg(ids.at(2)),
                   {{QStringLiteral("destinationId"), QStringLiteral("nowhere")}}, kImmutable)
                  .status,
              400);
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/messages/%1/move").arg(ids.at(2)), {}, kImmutable).status, 400);
}

TEST_F(GraphTest, DeleteRemovesTheMessage)
{
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    const QString id = m->id;
    const int before = int(bob().messages().size());
    EXPECT_EQ(send("DELETE", QStringLiteral("/v1.0/me/messages/") + id, {}, kImmutable).status, 204);
    EXPECT_EQ(bob().message(id), nullptr);
    EXPECT_EQ(int(bob().messages().size()), before - 1);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages/") + id, kImmutable).status, 404);
}

TEST_F(GraphTest, SendMailJsonReachesSentItemsAndRecipients)
{
    const int sentBefore = int(idsIn(bob(), folder(QStringLiteral("sentitems"))).size());
    const int carolBefore =
        int(idsIn(*sandbox.mailbox(kCarol), sandbox.mailbox(kCarol)->wellKnown(QStringLiteral("inbox"))->id).size());
    const int aliceBefore = int(sandbox.mailbox(kAlice)->messages().size());
    const QJsonObject message{
        {QStringLiteral("subject"), QStringLiteral("Lunch?")},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("html")},
                                             {QStringLiteral("content"), QStringLiteral("<p>At <b>noon</b></p>")}}},
        {QStringLiteral("toRecipients"),
         QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), kCarol}}}}}},
        {QStringLiteral("ccRecipients"),
         QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), kAlice}}}}}},
        {QStringLiteral("attachments"),
         QJsonArray{
             QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.fileAttachment")},
                         {QStringLiteral("name"), QStringLiteral("menu.txt")},
                         {QStringLiteral("contentType"), QStringLiteral("text/plain")},
                         {QStringLiteral("contentBytes"), QString::fromLatin1(QByteArray("soup").toBase64())}}}}};
    const HttpResponse r = send("POST", QStringLiteral("/v1.0/me/sendMail"),
                                {{QStringLiteral("message"), message}, {QStringLiteral("saveToSentItems"), true}});
    EXPECT_EQ(r.status, 202) << r.body.toStdString();
    EXPECT_TRUE(r.body.isEmpty());
    const QStringList sent = idsIn(bob(), folder(QStringLiteral("sentitems")));
    EXPECT_EQ(sent.size(), sentBefore + 1);
    Mailbox &carol = *sandbox.mailbox(kCarol);
    const QStringList carolInbox = idsIn(carol, carol.wellKnown(QStringLiteral("inbox"))->id);
    ASSERT_EQ(carolInbox.size(), carolBefore + 1);
    EXPECT_EQ(int(sandbox.mailbox(kAlice)->messages().size()), aliceBefore + 1);

    SandboxClient carolClient(sandbox);
    const QString carolToken = carolClient.accessToken(kCarol);
    const QJsonArray newest =
        SandboxClient::json(carolClient.get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$top=1"), carolToken))
            .value(QStringLiteral("value"))
            .toArray();
    ASSERT_EQ(newest.size(), 1);
    const QJsonObject got = newest.at(0).toObject();
    conforms(got, QStringLiteral("message"));
    EXPECT_EQ(s(got.value(QStringLiteral("subject"))), QStringLiteral("Lunch?"));
    EXPECT_FALSE(got.value(QStringLiteral("isRead")).toBool());
    EXPECT_TRUE(got.value(QStringLiteral("hasAttachments")).toBool());
    EXPECT_EQ(s(got.value(QStringLiteral("from"))
                    .toObject()
                    .value(QStringLiteral("emailAddress"))
                    .toObject()
                    .value(QStringLiteral("address"))),
              kBob);

    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/sendMail"),
                   {{QStringLiteral("message"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("nobody")}}}})
                  .status,
              400);
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/sendMail"),
                   {{QStringLiteral("message"), message}, {QStringLiteral("saveToSentItems"), false}})
                  .status,
              202);
    EXPECT_EQ(idsIn(bob(), folder(QStringLiteral("sentitems"))).size(), sent.size());
}

TEST_F(GraphTest, SendMailAsMime)
{
    Mailbox &carol = *sandbox.mailbox(kCarol);
    const QString carolInbox = carol.wellKnown(QStringLiteral("inbox"))->id;
    const int before = int(idsIn(carol, carolInbox).size());
    const int sentBefore = int(idsIn(bob(), folder(QStringLiteral("sentitems"))).size());
    const QByteArray mime = "From: Bob Sandbox <" + kBob.toLatin1() + ">\r\nTo: " + kCarol.toLatin1() +
                            "\r\nBcc: hidden@example.com\r\nSubject: MIME hello\r\nMessage-ID: <mime1@outlook.com>\r\n"
                            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Carol\r\n";
    const HttpResponse r =
        client.send("POST", QStringLiteral("/v1.0/me/sendMail"), token, mime.toBase64(), "text/plain");
    EXPECT_EQ(r.status, 202) << r.body.toStdString();
    const QStringList inbox = idsIn(carol, carolInbox);
    ASSERT_EQ(inbox.size(), before + 1);
    EXPECT_EQ(int(idsIn(bob(), folder(QStringLiteral("sentitems"))).size()), sentBefore + 1);
    bool found = false;
    for (const QString &id : inbox)
        if (carol.message(id)->raw.contains("MIME hello")) {
            found = true;
            EXPECT_FALSE(carol.message(id)->raw.contains("hidden@example.com")) << "Bcc is not delivered";
            EXPECT_TRUE(carol.message(id)->labels.contains(QStringLiteral("UNREAD")));
        }
    EXPECT_TRUE(found);
    const HttpResponse bad =
        client.send("POST", QStringLiteral("/v1.0/me/sendMail"), token, "%%%not base64%%%", "text/plain");
    EXPECT_EQ(bad.status, 400);
}

TEST_F(GraphTest, DraftsEditAndSend)
{
    const HttpResponse created =
        send("POST", QStringLiteral("/v1.0/me/messages"),
             {{QStringLiteral("subject"), QStringLiteral("Draft one")},
              {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text")},
                                                   {QStringLiteral("content"), QStringLiteral("first words")}}}},
             kImmutable);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    conforms(json(created), QStringLiteral("message"));
    const QString id = s(json(created).value(QStringLiteral("id")));
    EXPECT_TRUE(json(created).value(QStringLiteral("isDraft")).toBool());
    EXPECT_EQ(s(json(created).value(QStringLiteral("parentFolderId"))), folder(QStringLiteral("drafts")));
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/messages/%1/send").arg(id), {}, kImmutable).status, 400)
        << "a draft without recipients cannot be sent";

    const HttpResponse edited =
        send("PATCH", QStringLiteral("/v1.0/me/messages/") + id,
             {{QStringLiteral("subject"), QStringLiteral("Draft two")},
              {QStringLiteral("toRecipients"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), kCarol},
                                                                {QStringLiteral("name"), QStringLiteral("Carol")}}}}}}},
             kImmutable);
    ASSERT_EQ(edited.status, 200) << edited.body.toStdString();
    EXPECT_EQ(s(json(edited).value(QStringLiteral("subject"))), QStringLiteral("Draft two"));
    EXPECT_EQ(json(edited).value(QStringLiteral("toRecipients")).toArray().size(), 1);
    EXPECT_EQ(s(json(edited).value(QStringLiteral("body")).toObject().value(QStringLiteral("content"))).trimmed(),
              QStringLiteral("first words"));

    Mailbox &carol = *sandbox.mailbox(kCarol);
    const int before = int(carol.messages().size());
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/messages/%1/send").arg(id), {}, kImmutable).status, 202);
    ASSERT_NE(bob().message(id), nullptr);
    EXPECT_TRUE(bob().message(id)->labels.contains(folder(QStringLiteral("sentitems"))));
    EXPECT_FALSE(bob().message(id)->labels.contains(QStringLiteral("DRAFT")));
    EXPECT_EQ(int(carol.messages().size()), before + 1);
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/messages/%1/send").arg(id), {}, kImmutable).status, 400)
        << "only drafts can be sent";
}

TEST_F(GraphTest, CreateReplyReplyAllAndForward)
{
    const QByteArray raw = "From: Dan <dan@example.com>\r\nTo: " + kBob.toLatin1() +
                           ", erin@example.com\r\nCc: " + kCarol.toLatin1() +
                           "\r\nSubject: Plans\r\nMessage-ID: <plans1@example.com>\r\n"
                           "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nShall we?\r\n";
    const QString original = sandbox.deliver(kBob, raw);
    const QString thread = bob().message(original)->threadId;
    auto create = [&](const char *kind) {
        const HttpResponse r =
            send("POST", QStringLiteral("/v1.0/me/messages/%1/%2").arg(original, QLatin1String(kind)),
                 {{QStringLiteral("comment"), QStringLiteral("Sure.")}}, kImmutable);
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        conforms(json(r), QStringLiteral("message"));
        return json(r);
    };
    auto addresses = [](const QJsonValue &list) {
        QStringList out;
        for (const QJsonValue &v : list.toArray())
            out.append(v.toObject()
                           .value(QStringLiteral("emailAddress"))
                           .toObject()
                           .value(QStringLiteral("address"))
                           .toString());
        return out;
    };
    const QJsonObject reply = create("createReply");
    EXPECT_EQ(s(reply.value(QStringLiteral("subject"))), QStringLiteral("RE: Plans"));
    EXPECT_EQ(addresses(reply.value(QStringLiteral("toRecipients"))), QStringList{QStringLiteral("dan@example.com")});
    EXPECT_EQ(s(reply.value(QStringLiteral("conversationId"))), thread);
    EXPECT_TRUE(reply.value(QStringLiteral("isDraft")).toBool());
    EXPECT_TRUE(s(reply.value(QStringLiteral("body")).toObject().value(QStringLiteral("content")))
                    .startsWith(QLatin1String("Sure.")));

    const QJsonObject all = create("createReplyAll");
    EXPECT_EQ(addresses(all.value(QStringLiteral("toRecipients"))),
              (QStringList{QStringLiteral("dan@example.com"), QStringLiteral("erin@example.com")}));
    EXPECT_EQ(addresses(all.value(QStringLiteral("ccRecipients"))), QStringList{kCarol});

    const QJsonObject forward = create("createForward");
    EXPECT_EQ(s(forward.value(QStringLiteral("subject"))), QStringLiteral("FW: Plans"));
    EXPECT_TRUE(forward.value(QStringLiteral("toRecipients")).toArray().isEmpty());
    EXPECT_EQ(s(forward.value(QStringLiteral("conversationId"))), thread);
}

TEST_F(GraphTest, AttachmentsDirectAndThroughUploadSession)
{
    const QString draft = s(json(send("POST", QStringLiteral("/v1.0/me/messages"),
                                      {{QStringLiteral("subject"), QStringLiteral("With files")}}, kImmutable))
                                .value(QStringLiteral("id")));
    ASSERT_FALSE(draft.isEmpty());
    const QString base = QStringLiteral("/v1.0/me/messages/") + draft + QStringLiteral("/attachments");
    const HttpResponse small =
        send("POST", base,
             {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.fileAttachment")},
              {QStringLiteral("name"), QStringLiteral("note.txt")},
              {QStringLiteral("contentType"), QStringLiteral("text/plain")},
              {QStringLiteral("contentBytes"), QString::fromLatin1(QByteArray("hello").toBase64())}},
             kImmutable);
    ASSERT_EQ(small.status, 201) << small.body.toStdString();
    conforms(json(small), QStringLiteral("fileAttachment"));
    EXPECT_EQ(json(small).value(QStringLiteral("size")).toInt(), 5);
    const QByteArray big(3 * 1024 * 1024 + 10, 'x');
    EXPECT_EQ(send("POST", base,
                   {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.fileAttachment")},
                    {QStringLiteral("name"), QStringLiteral("big.bin")},
                    {QStringLiteral("contentBytes"), QString::fromLatin1(big.toBase64())}},
                   kImmutable)
                  .status,
              413);

    const qint64 size = 3 * 1024 * 1024 + 512 * 1024; // 3.5 MB in four chunks
    auto session = [&](qint64 bytes) {
        return send(
            "POST", base + QStringLiteral("/createUploadSession"),
            {{QStringLiteral("AttachmentItem"), QJsonObject{{QStringLiteral("attachmentType"), QStringLiteral("file")},
                                                            {QStringLiteral("name"), QStringLiteral("video.mp4")},
                                                            {QStringLiteral("size"), double(bytes)}}}},
            kImmutable);
    };
    EXPECT_EQ(session(1000).status, 400) << "small files go through the attachments endpoint";
    EXPECT_EQ(session(200LL * 1024 * 1024).status, 413);
    const HttpResponse created = session(size);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject s0 = json(created);
    EXPECT_EQ(schema().validate(s0, QStringLiteral("uploadSession")), QStringList());
    EXPECT_EQ(s0.value(QStringLiteral("nextExpectedRanges")).toArray().at(0).toString(), QStringLiteral("0-"));
    const QString url = s(s0.value(QStringLiteral("uploadUrl")));
    const QString uploadPath = url.mid(url.indexOf(QLatin1String("/api/")));
    QByteArray content(int(size), '\0');
    for (int i = 0; i < content.size(); ++i)
        content[i] = char(i * 7 % 251);

    auto put = [&](qint64 from, qint64 to, const QString &bearer = {}) {
        return client.send(
            "PUT", uploadPath, bearer, content.mid(int(from), int(to - from + 1)), "application/octet-stream",
            {{"Content-Range", QStringLiteral("bytes %1-%2/%3").arg(from).arg(to).arg(size).toLatin1()}});
    };
    EXPECT_EQ(put(0, 1023, token).status, 401) << "the upload URL refuses a bearer token";
    EXPECT_EQ(put(1024, 2047).status, 416) << "chunks come in order";
    EXPECT_EQ(put(0, 5 * 1024 * 1024).status, 413) << "at most 4 MB per chunk";
    const qint64 chunk = 1024 * 1024;
    for (qint64 from = 0; from < size; from += chunk) {
        const qint64 to = qMin(size, from + chunk) - 1;
        const HttpResponse r = put(from, to);
        if (to + 1 < size) {
            ASSERT_EQ(r.status, 200) << r.body.toStdString();
            EXPECT_EQ(json(r).value(QStringLiteral("nextExpectedRanges")).toArray().at(0).toString(),
                      QStringLiteral("%1-").arg(to + 1));
        } else {
            ASSERT_EQ(r.status, 201) << r.body.toStdString();
            EXPECT_FALSE(r.header("Location").isEmpty());
        }
    }
    EXPECT_EQ(put(0, 1023).status, 404) << "the session ends with the last chunk";
    const QJsonArray list = json(get(base, kImmutable)).value(QStringLiteral("value")).toArray();
    ASSERT_EQ(list.size(), 2);
    bool found = false;
    for (const QJsonValue &v : list) {
        conforms(v.toObject(), QStringLiteral("attachment"));
        if (s(v.toObject().value(QStringLiteral("name"))) == QLatin1String("video.mp4")) {
            found = true;
            EXPECT_EQ(v.toObject().value(QStringLiteral("size")).toInt(), size);
            EXPECT_EQ(QByteArray::fromBase64(s(v.toObject().value(QStringLiteral("contentBytes"))).toLatin1()),
                      content);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(GraphTest, BatchWithDependenciesAndLimit)
{
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    const QString id = m->id;
    const QJsonArray requests{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                    {QStringLiteral("method"), QStringLiteral("PATCH")},
                    {QStringLiteral("url"), QString(QStringLiteral("/me/messages/") + id)},
                    {QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                    {QStringLiteral("body"), QJsonObject{{QStringLiteral("isRead"), false}}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/me/messages/%1?$select=isRead").arg(id)},
                    {QStringLiteral("headers"),
                     QJsonObject{{QStringLiteral("Prefer"), QStringLiteral("IdType=\"ImmutableId\"")}}},
                    {QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("1")}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/me/messages/AAMkNoSuchMessageAtAllAtAll")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("4")},
                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                    {QStringLiteral("url"), QString(QStringLiteral("/me/messages/") + id)},
                    {QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("3")}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("5")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/me/messages/%1/$value").arg(id)}}};
    const HttpResponse r = send("POST", QStringLiteral("/v1.0/$batch"), {{QStringLiteral("requests"), requests}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : json(r).value(QStringLiteral("responses")).toArray())
        byId.insert(s(v.toObject().value(QStringLiteral("id"))), v.toObject());
    ASSERT_EQ(byId.size(), 5);
    EXPECT_EQ(byId.value(QStringLiteral("1")).value(QStringLiteral("status")).toInt(), 200);
    EXPECT_EQ(byId.value(QStringLiteral("2")).value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject body2 = byId.value(QStringLiteral("2")).value(QStringLiteral("body")).toObject();
    EXPECT_FALSE(body2.value(QStringLiteral("isRead")).toBool(true));
    EXPECT_EQ(s(body2.value(QStringLiteral("id"))), id);
    EXPECT_EQ(byId.value(QStringLiteral("3")).value(QStringLiteral("status")).toInt(), 404);
    EXPECT_EQ(byId.value(QStringLiteral("4")).value(QStringLiteral("status")).toInt(), 424);
    EXPECT_NE(bob().message(id), nullptr) << "the dependent DELETE did not run";
    EXPECT_EQ(QByteArray::fromBase64(s(byId.value(QStringLiteral("5")).value(QStringLiteral("body"))).toLatin1()),
              bob().message(id)->raw);

    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(QJsonObject{{QStringLiteral("id"), QString::number(i)},
                                {QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("url"), QStringLiteral("/me")}});
    const HttpResponse tooMany = send("POST", QStringLiteral("/v1.0/$batch"), {{QStringLiteral("requests"), many}});
    EXPECT_EQ(tooMany.status, 400);
    many.removeLast();
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/$batch"), {{QStringLiteral("requests"), many}}).status, 200);
    EXPECT_EQ(client.send("POST", QStringLiteral("/v1.0/$batch"), token, "[1,2", "application/json").status, 400);
}
