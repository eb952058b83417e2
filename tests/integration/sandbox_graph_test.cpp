// Conformance of the emulator's Microsoft Graph v1.0 mail endpoints: reading, delta,
// scopes, garbage and the schema validator itself. Writes are in sandbox_graph_write_test.cpp.
#include "graphtestsupport.h"
#include "testsupport.h"

TEST(SandboxGraph, MeNeedsAValidToken)
{
    SandboxOptions o;
    o.seed = 1;
    o.messagesPerMailbox = 5;
    Sandbox sandbox(o);
    em::test::SandboxClient client(sandbox);
    const QString token = client.accessToken(QStringLiteral("bob.sandbox@outlook.com"));
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(client.get(QStringLiteral("/v1.0/me"), token).status, 200);
    const HttpResponse bad = client.get(QStringLiteral("/v1.0/me"), QStringLiteral("bogus"));
    EXPECT_EQ(bad.status, 401);
    const QJsonObject error = SandboxClient::json(bad).value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
    const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
    EXPECT_TRUE(inner.contains(QStringLiteral("date")));
    EXPECT_TRUE(inner.contains(QStringLiteral("request-id")));
    EXPECT_TRUE(inner.contains(QStringLiteral("client-request-id")));
}

TEST_F(GraphTest, MeAndUsersPath)
{
    const QJsonObject me = json(get(QStringLiteral("/v1.0/me")));
    EXPECT_EQ(s(me.value(QStringLiteral("mail"))), kBob);
    EXPECT_EQ(s(me.value(QStringLiteral("userPrincipalName"))), kBob);
    EXPECT_EQ(s(me.value(QStringLiteral("displayName"))), QStringLiteral("Bob Sandbox"));
    EXPECT_FALSE(s(me.value(QStringLiteral("id"))).isEmpty());
    EXPECT_EQ(get(QStringLiteral("/v1.0/users/") + kBob + QStringLiteral("/mailFolders/inbox")).status, 200);
    const HttpResponse other = get(QStringLiteral("/v1.0/users/") + kCarol + QStringLiteral("/mailFolders"));
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(errorCode(other), QStringLiteral("ErrorAccessDenied"));
}

TEST_F(GraphTest, FoldersWithCountsHiddenAndPaging)
{
    const QJsonArray visible = all(QStringLiteral("/v1.0/me/mailFolders?$top=3"));
    const QJsonArray withHidden = all(QStringLiteral("/v1.0/me/mailFolders?includeHiddenFolders=true&$top=4"));
    EXPECT_EQ(withHidden.size(), visible.size() + 1);
    QSet<QString> names;
    for (const QJsonValue &v : visible) {
        conforms(v.toObject(), QStringLiteral("mailFolder"));
        names.insert(s(v.toObject().value(QStringLiteral("displayName"))));
    }
    EXPECT_TRUE(names.contains(QStringLiteral("Inbox")));
    EXPECT_TRUE(names.contains(QStringLiteral("Projects")));
    EXPECT_FALSE(names.contains(QStringLiteral("2024"))) << "child folders are not top-level";
    EXPECT_FALSE(names.contains(QStringLiteral("Hidden sync folder")));

    const HttpResponse page = get(QStringLiteral("/v1.0/me/mailFolders?$top=2"));
    EXPECT_EQ(json(page).value(QStringLiteral("value")).toArray().size(), 2);
    EXPECT_TRUE(json(page).contains(QStringLiteral("@odata.nextLink")));

    const QJsonObject inbox = json(get(QStringLiteral("/v1.0/me/mailFolders/inbox")));
    conforms(inbox, QStringLiteral("mailFolder"));
    EXPECT_EQ(s(inbox.value(QStringLiteral("id"))), folder(QStringLiteral("inbox")));
    int total = 0, unread = 0;
    for (const StoredMessage &m : bob().messages())
        if (m.labels.contains(folder(QStringLiteral("inbox")))) {
            ++total;
            unread += m.labels.contains(QStringLiteral("UNREAD"));
        }
    EXPECT_GT(total, 0);
    EXPECT_EQ(inbox.value(QStringLiteral("totalItemCount")).toInt(), total);
    EXPECT_EQ(inbox.value(QStringLiteral("unreadItemCount")).toInt(), unread);
    EXPECT_FALSE(inbox.value(QStringLiteral("isHidden")).toBool());
}

TEST_F(GraphTest, ChildFoldersCreateRenameDelete)
{
    const Label *projects = bob().labelByName(QStringLiteral("Projects"));
    ASSERT_NE(projects, nullptr);
    const QString base = QStringLiteral("/v1.0/me/mailFolders/") + projects->id;
    const QJsonObject p = json(get(base));
    EXPECT_EQ(p.value(QStringLiteral("childFolderCount")).toInt(), 1);
    const QJsonObject children = json(get(base + QStringLiteral("/childFolders")));
    conformsAll(children, QStringLiteral("mailFolder"));
    ASSERT_EQ(children.value(QStringLiteral("value")).toArray().size(), 1);
    const QJsonObject child = children.value(QStringLiteral("value")).toArray().at(0).toObject();
    EXPECT_EQ(s(child.value(QStringLiteral("displayName"))), QStringLiteral("2024"));
    EXPECT_EQ(s(child.value(QStringLiteral("parentFolderId"))), projects->id);

    const HttpResponse created = send("POST", QStringLiteral("/v1.0/me/mailFolders"),
                                      {{QStringLiteral("displayName"), QStringLiteral("Receipts")}});
    ASSERT_EQ(created.status, 201);
    conforms(json(created), QStringLiteral("mailFolder"));
    const QString id = s(json(created).value(QStringLiteral("id")));
    const HttpResponse dup = send("POST", QStringLiteral("/v1.0/me/mailFolders"),
                                  {{QStringLiteral("displayName"), QStringLiteral("receipts")}});
    EXPECT_EQ(dup.status, 409);
    EXPECT_EQ(errorCode(dup), QStringLiteral("ErrorFolderExists"));
    const HttpResponse sub = send("POST", QStringLiteral("/v1.0/me/mailFolders/%1/childFolders").arg(id),
                                  {{QStringLiteral("displayName"), QStringLiteral("2025")}});
    EXPECT_EQ(sub.status, 201);
    EXPECT_EQ(s(json(sub).value(QStringLiteral("parentFolderId"))), id);
    const HttpResponse renamed = send("PATCH", QStringLiteral("/v1.0/me/mailFolders/") + id,
                                      {{QStringLiteral("displayName"), QStringLiteral("Bills")}});
    EXPECT_EQ(renamed.status, 200);
    EXPECT_EQ(s(json(renamed).value(QStringLiteral("displayName"))), QStringLiteral("Bills"));
    EXPECT_EQ(send("DELETE", QStringLiteral("/v1.0/me/mailFolders/") + id).status, 204);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/mailFolders/") + id).status, 404);
    EXPECT_EQ(bob().labelByName(QStringLiteral("2025")), nullptr);

    const HttpResponse inbox = send("DELETE", QStringLiteral("/v1.0/me/mailFolders/inbox"));
    EXPECT_EQ(inbox.status, 403);
    EXPECT_NE(bob().wellKnown(QStringLiteral("inbox")), nullptr);
    EXPECT_EQ(errorCode(get(QStringLiteral("/v1.0/me/mailFolders/nonsense"))),
              QStringLiteral("ErrorInvalidIdMalformed"));
    EXPECT_EQ(errorCode(get(QStringLiteral("/v1.0/me/mailFolders/AAMkAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))),
              QStringLiteral("ErrorItemNotFound"));
}

TEST_F(GraphTest, MessageListPagingOrderSelectFilter)
{
    const QString inbox = folder(QStringLiteral("inbox"));
    const int total = int(idsIn(bob(), inbox).size());
    const HttpResponse first = get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$top=5"));
    ASSERT_EQ(first.status, 200);
    conformsAll(json(first), QStringLiteral("message"));
    EXPECT_EQ(json(first).value(QStringLiteral("value")).toArray().size(), qMin(5, total));
    const QJsonArray everything = all(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$top=5"));
    EXPECT_EQ(everything.size(), total);
    QString previous;
    for (const QJsonValue &v : everything) { // newest first by default
        const QString at = s(v.toObject().value(QStringLiteral("receivedDateTime")));
        if (!previous.isEmpty()) {
            EXPECT_LE(at, previous);
        }
        previous = at;
    }
    const QJsonArray ascending =
        all(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$orderby=receivedDateTime%20asc&$top=50"));
    ASSERT_EQ(ascending.size(), total);
    EXPECT_LE(s(ascending.first().toObject().value(QStringLiteral("receivedDateTime"))),
              s(ascending.last().toObject().value(QStringLiteral("receivedDateTime"))));
    EXPECT_EQ(all(QStringLiteral("/v1.0/me/messages?$top=1000")).size(), bob().messages().size());

    const QJsonObject selected =
        json(get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$select=subject,isRead&$top=3")));
    for (const QJsonValue &v : selected.value(QStringLiteral("value")).toArray()) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        EXPECT_EQ(keys, (QStringList{QStringLiteral("@odata.etag"), QStringLiteral("id"), QStringLiteral("isRead"),
                                     QStringLiteral("subject")}));
    }

    int unread = 0;
    for (const QString &id : idsIn(bob(), inbox))
        unread += bob().message(id)->labels.contains(QStringLiteral("UNREAD"));
    const QJsonArray unreadList =
        all(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$filter=isRead%20eq%20false&$top=7"));
    EXPECT_EQ(unreadList.size(), unread);
    for (const QJsonValue &v : unreadList)
        EXPECT_FALSE(v.toObject().value(QStringLiteral("isRead")).toBool());

    const QString middle = s(everything.at(total / 2).toObject().value(QStringLiteral("receivedDateTime")));
    const QJsonArray recent =
        all(QStringLiteral("/v1.0/me/mailFolders/inbox/messages?$filter=receivedDateTime%20ge%20") + middle +
            QStringLiteral("%20and%20isRead%20eq%20true&$top=50"));
    for (const QJsonValue &v : recent) {
        EXPECT_GE(s(v.toObject().value(QStringLiteral("receivedDateTime"))), middle);
        EXPECT_TRUE(v.toObject().value(QStringLiteral("isRead")).toBool());
    }
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages?$select=subject,nonsense")).status, 400);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$select=nope")).status, 400);
    const HttpResponse bad = get(QStringLiteral("/v1.0/me/messages?$filter=subject%20eq%20'x'"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(errorCode(bad), QStringLiteral("ErrorInvalidUrlQueryFilter"));
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages?$filter=receivedDateTime%20ge%20yesterday")).status, 400);
}

TEST_F(GraphTest, MessageResourceAndMime)
{
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    const HttpResponse r = get(QStringLiteral("/v1.0/me/messages/") + m->restId);
    ASSERT_EQ(r.status, 200);
    const QJsonObject j = json(r);
    conforms(j, QStringLiteral("message"));
    EXPECT_EQ(s(j.value(QStringLiteral("id"))), m->restId);
    EXPECT_EQ(s(j.value(QStringLiteral("conversationId"))), m->threadId);
    EXPECT_EQ(s(j.value(QStringLiteral("parentFolderId"))), folder(QStringLiteral("inbox")));
    EXPECT_TRUE(s(j.value(QStringLiteral("internetMessageId"))).startsWith(u'<'));
    EXPECT_TRUE(s(j.value(QStringLiteral("internetMessageId"))).endsWith(u'>'));
    EXPECT_EQ(j.value(QStringLiteral("isRead")).toBool(), !m->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_FALSE(s(j.value(QStringLiteral("from"))
                       .toObject()
                       .value(QStringLiteral("emailAddress"))
                       .toObject()
                       .value(QStringLiteral("address")))
                     .isEmpty());
    EXPECT_FALSE(j.value(QStringLiteral("toRecipients")).toArray().isEmpty());
    const QString contentType = s(j.value(QStringLiteral("body")).toObject().value(QStringLiteral("contentType")));
    EXPECT_TRUE(contentType == QLatin1String("html") || contentType == QLatin1String("text"));
    EXPECT_TRUE(j.value(QStringLiteral("flag")).toObject().contains(QStringLiteral("flagStatus")));

    const HttpResponse immutable = get(QStringLiteral("/v1.0/me/messages/") + m->restId, kImmutable);
    EXPECT_EQ(s(json(immutable).value(QStringLiteral("id"))), m->id);

    const HttpResponse raw = get(QStringLiteral("/v1.0/me/messages/") + m->restId + QStringLiteral("/$value"));
    EXPECT_EQ(raw.status, 200);
    EXPECT_EQ(raw.body, m->raw);
    EXPECT_TRUE(raw.header("Content-Type").startsWith("text/plain"));

    EXPECT_EQ(errorCode(get(QStringLiteral("/v1.0/me/messages/zzz"))), QStringLiteral("ErrorInvalidIdMalformed"));
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages/AAMkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status, 404);
    EXPECT_EQ(send("PUT", QStringLiteral("/v1.0/me/messages/") + m->restId).status, 405);
}

TEST_F(GraphTest, Attachments)
{
    const StoredMessage *withFile = nullptr;
    for (const StoredMessage &m : bob().messages())
        if (m.raw.contains("report-"))
            withFile = &m;
    ASSERT_NE(withFile, nullptr) << "the seeder makes messages with PDF attachments";
    const QString base = QStringLiteral("/v1.0/me/messages/") + withFile->restId;
    EXPECT_TRUE(json(get(base)).value(QStringLiteral("hasAttachments")).toBool());
    const QJsonObject list = json(get(base + QStringLiteral("/attachments")));
    const QJsonArray items = list.value(QStringLiteral("value")).toArray();
    ASSERT_FALSE(items.isEmpty());
    for (const QJsonValue &v : items)
        conforms(v.toObject(), QStringLiteral("attachment"));
    const QJsonObject first = items.first().toObject();
    EXPECT_EQ(s(first.value(QStringLiteral("@odata.type"))), QStringLiteral("#microsoft.graph.fileAttachment"));
    const QString attId = s(first.value(QStringLiteral("id")));
    const QJsonObject one = json(get(base + QStringLiteral("/attachments/") + attId));
    conforms(one, QStringLiteral("fileAttachment"));
    const QByteArray bytes = QByteArray::fromBase64(s(one.value(QStringLiteral("contentBytes"))).toLatin1());
    EXPECT_EQ(bytes.size(), one.value(QStringLiteral("size")).toInt());
    const HttpResponse value = get(base + QStringLiteral("/attachments/") + attId + QStringLiteral("/$value"));
    EXPECT_EQ(value.status, 200);
    EXPECT_EQ(value.body, bytes);
    EXPECT_EQ(value.header("Content-Type"), s(one.value(QStringLiteral("contentType"))).toLatin1());
    EXPECT_EQ(get(base + QStringLiteral("/attachments/AAMkAttNopeNopeNopeNopeNope")).status, 404);
}

TEST_F(GraphTest, ItemAttachmentForForwardedMessage)
{
    const QByteArray inner = "From: x@example.com\r\nTo: y@example.com\r\nSubject: inner\r\n\r\nhello\r\n";
    const QByteArray raw =
        "From: Dan <dan@example.com>\r\nTo: " + kBob.toLatin1() +
        "\r\nSubject: fwd\r\nMessage-ID: <fwd1@example.com>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
        "see attached\r\n--b1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" +
        inner + "\r\n--b1--\r\n";
    const QString id = sandbox.deliver(kBob, raw);
    const QJsonObject list =
        json(get(QStringLiteral("/v1.0/me/messages/") + bob().message(id)->restId + QStringLiteral("/attachments")));
    ASSERT_EQ(list.value(QStringLiteral("value")).toArray().size(), 1);
    const QJsonObject item = list.value(QStringLiteral("value")).toArray().at(0).toObject();
    EXPECT_EQ(s(item.value(QStringLiteral("@odata.type"))), QStringLiteral("#microsoft.graph.itemAttachment"));
    conforms(item, QStringLiteral("attachment"));
}

TEST_F(GraphTest, DeltaPagesThenIncrementalChanges)
{
    const QString inbox = folder(QStringLiteral("inbox"));
    const QString archive = folder(QStringLiteral("archive"));
    const Headers prefer{{"Prefer", "odata.maxpagesize=4, IdType=\"ImmutableId\""}};
    // The client sends both preferences in one header; Graph accepts either form.
    const Headers both{{"Prefer", "IdType=\"ImmutableId\", odata.maxpagesize=4"}};
    QString path = QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$select=subject,isRead,parentFolderId");
    QSet<QString> seen;
    QString deltaLink;
    int pages = 0;
    while (!path.isEmpty() && pages < 100) {
        const HttpResponse r = get(path, both);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        EXPECT_EQ(r.header("Preference-Applied"), QByteArray("odata.maxpagesize=4"));
        const QJsonObject page = json(r);
        conformsAll(page, QStringLiteral("message"));
        EXPECT_LE(page.value(QStringLiteral("value")).toArray().size(), 4);
        for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray()) {
            seen.insert(s(v.toObject().value(QStringLiteral("id"))));
            EXPECT_TRUE(v.toObject().contains(QStringLiteral("subject")));
            EXPECT_FALSE(v.toObject().contains(QStringLiteral("body"))) << "$select carries over to the next pages";
        }
        ++pages;
        path = relative(page.value(QStringLiteral("@odata.nextLink")).toString());
        if (path.isEmpty())
            deltaLink = relative(page.value(QStringLiteral("@odata.deltaLink")).toString());
    }
    const QStringList inboxIds = idsIn(bob(), inbox);
    EXPECT_EQ(seen, QSet<QString>(inboxIds.cbegin(), inboxIds.cend()));
    EXPECT_GT(pages, 1);
    ASSERT_FALSE(deltaLink.isEmpty());

    // Changes from "another device".
    ASSERT_GE(inboxIds.size(), 4);
    const QString readIt = inboxIds.at(0), moveOut = inboxIds.at(1), removeIt = inboxIds.at(2),
                  untouched = inboxIds.at(3);
    bob().modify(readIt, {QStringLiteral("FLAGGED")}, {QStringLiteral("UNREAD")});
    bob().moveToFolder(moveOut, archive, true);
    bob().removeMessage(removeIt);
    const QStringList sentIds = idsIn(bob(), folder(QStringLiteral("sentitems")));
    ASSERT_GE(sentIds.size(), 2);
    const QString moveIn = sentIds.first();
    bob().moveToFolder(moveIn, inbox, true);
    const QString delivered = sandbox.deliver(kBob, sandbox.generateMessage(kBob, 900));
    // A change elsewhere does not show in the inbox's delta.
    const QString sentOne = sentIds.last();
    bob().modify(sentOne, {QStringLiteral("FLAGGED")}, {});

    QSet<QString> changed, removed;
    path = deltaLink;
    deltaLink.clear();
    while (!path.isEmpty()) {
        const HttpResponse r = get(path, prefer);
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
        const QJsonObject page = json(r);
        conformsAll(page, QStringLiteral("message"));
        for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("@removed"))) {
                EXPECT_EQ(s(o.value(QStringLiteral("@removed")).toObject().value(QStringLiteral("reason"))),
                          QStringLiteral("deleted"));
                removed.insert(s(o.value(QStringLiteral("id"))));
            } else {
                changed.insert(s(o.value(QStringLiteral("id"))));
                EXPECT_EQ(s(o.value(QStringLiteral("parentFolderId"))), inbox);
            }
        }
        path = relative(page.value(QStringLiteral("@odata.nextLink")).toString());
        if (path.isEmpty())
            deltaLink = relative(page.value(QStringLiteral("@odata.deltaLink")).toString());
    }
    EXPECT_EQ(changed, (QSet<QString>{readIt, moveIn, delivered}));
    EXPECT_EQ(removed, (QSet<QString>{moveOut, removeIt})) << moveOut.toStdString() << ' ' << removeIt.toStdString();
    EXPECT_FALSE(changed.contains(untouched));

    // Nothing new: an empty page that hands back a delta link.
    const QJsonObject quiet = json(get(deltaLink, prefer));
    EXPECT_TRUE(quiet.value(QStringLiteral("value")).toArray().isEmpty());
    EXPECT_TRUE(quiet.contains(QStringLiteral("@odata.deltaLink")));

    bob().invalidateDeltaTokens();
    const HttpResponse gone = get(deltaLink, prefer);
    EXPECT_EQ(gone.status, 410);
    EXPECT_EQ(errorCode(gone), QStringLiteral("SyncStateNotFound"));
    EXPECT_TRUE(json(gone).value(QStringLiteral("error")).toObject().contains(QStringLiteral("message")));
}

TEST_F(GraphTest, DeltaRemovalsUseTheRestIdsTheClientHolds)
{
    // Without ImmutableId a move gives the message a new id: @removed must name the old one.
    QStringList ids;
    QString path = QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$select=subject");
    QString deltaLink;
    while (!path.isEmpty()) {
        const QJsonObject page = json(get(path));
        for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray())
            ids.append(s(v.toObject().value(QStringLiteral("id"))));
        path = relative(page.value(QStringLiteral("@odata.nextLink")).toString());
        if (path.isEmpty())
            deltaLink = relative(page.value(QStringLiteral("@odata.deltaLink")).toString());
    }
    ASSERT_GE(ids.size(), 2);
    const HttpResponse moved = send("POST", QStringLiteral("/v1.0/me/messages/%1/move").arg(ids.at(0)),
                                    {{QStringLiteral("destinationId"), QStringLiteral("deleteditems")}});
    ASSERT_EQ(moved.status, 201);
    EXPECT_NE(s(json(moved).value(QStringLiteral("id"))), ids.at(0));
    EXPECT_EQ(send("POST", QStringLiteral("/v1.0/me/messages/%1/permanentDelete").arg(ids.at(1))).status, 204);
    const QJsonObject next = json(get(deltaLink));
    QSet<QString> removed;
    for (const QJsonValue &v : next.value(QStringLiteral("value")).toArray()) {
        EXPECT_TRUE(v.toObject().contains(QStringLiteral("@removed")));
        removed.insert(s(v.toObject().value(QStringLiteral("id"))));
    }
    EXPECT_EQ(removed, (QSet<QString>{ids.at(0), ids.at(1)}));
}

TEST_F(GraphTest, DeltaLatestStartsFromNow)
{
    const QJsonObject latest =
        json(get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=latest"), kImmutable));
    EXPECT_TRUE(latest.value(QStringLiteral("value")).toArray().isEmpty());
    const QString link = relative(latest.value(QStringLiteral("@odata.deltaLink")).toString());
    ASSERT_FALSE(link.isEmpty());
    const QString delivered = sandbox.deliver(kBob, sandbox.generateMessage(kBob, 901));
    const QJsonArray changes = json(get(link, kImmutable)).value(QStringLiteral("value")).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(s(changes.at(0).toObject().value(QStringLiteral("id"))), delivered);
}

TEST_F(GraphTest, MessageUnderTheWrongFolderIsNotFound)
{
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages/") + m->restId).status, 200);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/mailFolders/sentitems/messages/") + m->restId).status, 404);
}

TEST_F(GraphTest, DeltaOnlyPerFolderAndTokensChecked)
{
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/messages/delta")).status, 400);
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=garbage!!")).status, 400);
    const QJsonObject first = json(get(QStringLiteral("/v1.0/me/mailFolders/archive/messages/delta")));
    QString link = first.value(QStringLiteral("@odata.deltaLink")).toString();
    if (link.isEmpty())
        link = first.value(QStringLiteral("@odata.nextLink")).toString();
    ASSERT_FALSE(link.isEmpty());
    // Another folder's token is not accepted.
    const QString token = link.mid(link.indexOf(u'?'));
    EXPECT_EQ(get(QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta") + token).status, 400);
}

TEST_F(GraphTest, ScopesAreEnforced)
{
    const QString readOnly =
        client
            .authorize(kBob, Provider::Microsoft,
                       {QStringLiteral("openid"), QStringLiteral("User.Read"), QStringLiteral("Mail.Read")})
            .value(QStringLiteral("access_token"))
            .toString();
    ASSERT_FALSE(readOnly.isEmpty());
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(client.get(QStringLiteral("/v1.0/me/messages/") + m->restId, readOnly).status, 200);
    const HttpResponse patch =
        client.send("PATCH", QStringLiteral("/v1.0/me/messages/") + m->restId, readOnly, R"({"isRead":true})");
    EXPECT_EQ(patch.status, 403);
    EXPECT_EQ(errorCode(patch), QStringLiteral("ErrorAccessDenied"));
    const QByteArray mail = R"({"message":{"subject":"x","toRecipients":[{"emailAddress":{"address":"a@b.c"}}]}})";
    EXPECT_EQ(client.send("POST", QStringLiteral("/v1.0/me/sendMail"), readOnly, mail).status, 403);

    const QString noSend =
        client
            .authorize(kBob, Provider::Microsoft,
                       {QStringLiteral("openid"), QStringLiteral("User.Read"), QStringLiteral("Mail.ReadWrite")})
            .value(QStringLiteral("access_token"))
            .toString();
    EXPECT_EQ(client.send("POST", QStringLiteral("/v1.0/me/sendMail"), noSend, mail).status, 403);
    EXPECT_EQ(
        client.send("PATCH", QStringLiteral("/v1.0/me/messages/") + m->restId, noSend, R"({"isRead":true})").status,
        200);
    // A Google token is not a Graph token.
    EXPECT_EQ(client.get(QStringLiteral("/v1.0/me"), client.accessToken(kAlice)).status, 401);
}

TEST_F(GraphTest, GarbageNeverCrashes)
{
    const StoredMessage *m = firstIn(folder(QStringLiteral("inbox")));
    ASSERT_NE(m, nullptr);
    const QString msg = QStringLiteral("/v1.0/me/messages/") + m->restId;
    const QList<QPair<QByteArray, QString>> targets{{"POST", QStringLiteral("/v1.0/me/messages")},
                                                    {"PATCH", msg},
                                                    {"POST", msg + QStringLiteral("/move")},
                                                    {"POST", msg + QStringLiteral("/copy")},
                                                    {"POST", msg + QStringLiteral("/createReply")},
                                                    {"POST", msg + QStringLiteral("/attachments")},
                                                    {"POST", msg + QStringLiteral("/attachments/createUploadSession")},
                                                    {"POST", QStringLiteral("/v1.0/me/sendMail")},
                                                    {"POST", QStringLiteral("/v1.0/$batch")},
                                                    {"POST", QStringLiteral("/v1.0/me/mailFolders")},
                                                    {"PATCH", QStringLiteral("/v1.0/me/mailFolders/inbox")}};
    const QList<QByteArray> bodies{"",
                                   "{",
                                   "[]",
                                   "null",
                                   "\"str\"",
                                   QByteArray(100000, '{'),
                                   "{\"message\":5}",
                                   "{\"requests\":[{\"id\":1}]}",
                                   QByteArray("\xff\xfe\x00garbage", 10)};
    for (const auto &[method, path] : targets)
        for (const QByteArray &body : bodies) {
            const HttpResponse r = client.send(method, path, token, body, "application/json");
            EXPECT_GE(r.status, 200);
            EXPECT_LT(r.status, 500) << method.toStdString() << ' ' << path.toStdString();
        }
    for (const QString &path :
         {QStringLiteral("/v1.0/"), QStringLiteral("/v1.0/me/nothing"), QStringLiteral("/v1.0/me/messages/%%"),
          QStringLiteral("/v1.0/me/mailFolders/inbox/messages/delta?$skiptoken=AAAA"),
          QStringLiteral("/v1.0/me/messages?$top=-1"), QStringLiteral("/v1.0/me/messages?$top=abc"),
          QStringLiteral("/v1.0/me/messages?$orderby=subject"),
          QStringLiteral("/v1.0/me/mailFolders/inbox/childFolders/x/y")}) {
        const HttpResponse r = get(path);
        EXPECT_GE(r.status, 400) << path.toStdString();
        EXPECT_LT(r.status, 500) << path.toStdString();
    }
}

TEST(GraphSchemaValidator, CatchesUndeclaredAndMistypedProperties)
{
    const em::test::GraphSchema &s = schema();
    ASSERT_TRUE(s.isLoaded());
    const QJsonObject good{
        {QStringLiteral("id"), QStringLiteral("x")},
        {QStringLiteral("isRead"), true},
        {QStringLiteral("receivedDateTime"), QStringLiteral("2024-05-01T10:00:00Z")},
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("emailAddress"),
                                              QJsonObject{{QStringLiteral("address"), QStringLiteral("a@b.c")}}}}},
        {QStringLiteral("@odata.etag"), QStringLiteral("W/\"1\"")}};
    EXPECT_TRUE(s.validate(good, QStringLiteral("message")).isEmpty());
    QJsonObject bad = good;
    bad.insert(QStringLiteral("madeUp"), 1);
    bad.insert(QStringLiteral("isRead"), QStringLiteral("yes"));
    bad.insert(QStringLiteral("receivedDateTime"), QStringLiteral("May 1st"));
    bad.insert(QStringLiteral("toRecipients"), QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), 5}}});
    EXPECT_EQ(s.validate(bad, QStringLiteral("message")).size(), 4)
        << s.validate(bad, QStringLiteral("message")).join(u'\n').toStdString();
    EXPECT_FALSE(
        s.validate(QJsonObject{{QStringLiteral("totalItemCount"), 1.5}}, QStringLiteral("mailFolder")).isEmpty());
    EXPECT_FALSE(s.validate(QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mailFolder")}},
                            QStringLiteral("attachment"))
                     .isEmpty());
}
