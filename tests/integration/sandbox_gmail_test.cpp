// Conformance of the emulator's Gmail API v1 endpoints: profile, labels, messages, history,
// send; every JSON answer is checked against the discovery document's schemas.
#include "gmailfixture.h"

#include <gtest/gtest.h>

using namespace em::sandbox;
using namespace em::test;

TEST_F(SandboxGmail, ProfileNeedsAValidToken)
{
    ASSERT_TRUE(schema.loaded());
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject p = get(QStringLiteral("profile"), QStringLiteral("getProfile"));
    EXPECT_EQ(p.value(QStringLiteral("emailAddress")).toString(), kAlice);
    EXPECT_EQ(p.value(QStringLiteral("messagesTotal")).toInt(), int(alice().messages().size()));
    EXPECT_EQ(p.value(QStringLiteral("historyId")).toString(), QString::number(alice().historyId()));
    // The user's own address works as userId; anybody else's does not.
    get(QStringLiteral("/gmail/v1/users/%1/profile").arg(kAlice), QStringLiteral("getProfile"));
    get(QStringLiteral("/gmail/v1/users/%1/profile").arg(kCarol), {}, 403);
    call("GET", QStringLiteral("profile"), {}, 401, {}, QStringLiteral("bogus"));
    EXPECT_EQ(errorStatus(), QStringLiteral("UNAUTHENTICATED"));
    last = client.get(kBase + QStringLiteral("profile"), {});
    EXPECT_EQ(last.status, 401);
    expectErrorShape(SandboxClient::json(last), 401);
    // A Microsoft token is no Google token.
    EXPECT_EQ(client.get(kBase + QStringLiteral("profile"), client.accessToken(kBob)).status, 401);
}

TEST_F(SandboxGmail, UnknownPathsAndMethods)
{
    get(QStringLiteral("nothing/here"), {}, 404);
    EXPECT_EQ(reason(), QStringLiteral("notFound"));
    call("DELETE", QStringLiteral("profile"), {}, 405);
    // A method of the contract that the emulator does not serve says so.
    get(QStringLiteral("settings/imap"), {}, 501);
}

TEST_F(SandboxGmail, LabelsListAndCounts)
{
    const QJsonObject list = get(QStringLiteral("labels"), QStringLiteral("labels.list"));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : list.value(QStringLiteral("labels")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    ASSERT_TRUE(byId.contains(QStringLiteral("INBOX")));
    EXPECT_EQ(byId.value(QStringLiteral("INBOX")).value(QStringLiteral("type")).toString(), QStringLiteral("system"));
    const QJsonObject work = byId.value(QStringLiteral("Label_1"));
    EXPECT_EQ(work.value(QStringLiteral("type")).toString(), QStringLiteral("user"));
    EXPECT_EQ(work.value(QStringLiteral("color")).toObject().value(QStringLiteral("backgroundColor")).toString(),
              QStringLiteral("#4a86e8"));
    EXPECT_EQ(work.value(QStringLiteral("labelListVisibility")).toString(), QStringLiteral("labelShow"));

    int total = 0, unread = 0;
    QSet<QString> threads;
    for (const StoredMessage &m : alice().messages())
        if (m.labels.contains(QStringLiteral("INBOX"))) {
            ++total;
            threads.insert(m.threadId);
            unread += m.labels.contains(QStringLiteral("UNREAD"));
        }
    const QJsonObject inbox = get(QStringLiteral("labels/INBOX"), QStringLiteral("labels.get"));
    EXPECT_EQ(inbox.value(QStringLiteral("messagesTotal")).toInt(), total);
    EXPECT_EQ(inbox.value(QStringLiteral("messagesUnread")).toInt(), unread);
    EXPECT_EQ(inbox.value(QStringLiteral("threadsTotal")).toInt(), int(threads.size()));
    get(QStringLiteral("labels/Label_999"), {}, 404);
    EXPECT_EQ(errorStatus(), QStringLiteral("NOT_FOUND"));
}

TEST_F(SandboxGmail, LabelsCreatePatchUpdateDelete)
{
    const QJsonObject created =
        post(QStringLiteral("labels"), QStringLiteral("labels.create"),
             {{QStringLiteral("name"), QStringLiteral("Receipts")},
              {QStringLiteral("labelListVisibility"), QStringLiteral("labelShowIfUnread")},
              {QStringLiteral("messageListVisibility"), QStringLiteral("hide")},
              {QStringLiteral("color"), QJsonObject{{QStringLiteral("backgroundColor"), QStringLiteral("#fb4c2f")},
                                                    {QStringLiteral("textColor"), QStringLiteral("#ffffff")}}}});
    const QString id = created.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(created.value(QStringLiteral("labelListVisibility")).toString(), QStringLiteral("labelShowIfUnread"));
    EXPECT_EQ(created.value(QStringLiteral("type")).toString(), QStringLiteral("user"));
    // Same name in another case, or a system label's name: conflict.
    post(QStringLiteral("labels"), {}, {{QStringLiteral("name"), QStringLiteral("receipts")}}, 409);
    post(QStringLiteral("labels"), {}, {{QStringLiteral("name"), QStringLiteral("Inbox")}}, 409);
    post(QStringLiteral("labels"), {}, QJsonObject{}, 400);
    // An enum value the contract does not know.
    post(QStringLiteral("labels"), {},
         {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("labelListVisibility"), QStringLiteral("no")}},
         400);

    const QJsonObject patched =
        call("PATCH", QStringLiteral("labels/") + id, QStringLiteral("labels.patch"), 200,
             QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Receipts/2026")}}).toJson());
    EXPECT_EQ(patched.value(QStringLiteral("name")).toString(), QStringLiteral("Receipts/2026"));
    EXPECT_EQ(patched.value(QStringLiteral("labelListVisibility")).toString(), QStringLiteral("labelShowIfUnread"));
    // update replaces: without a name it is refused; with one, the rest is reset.
    call("PUT", QStringLiteral("labels/") + id, {}, 400, QByteArray("{}"));
    const QJsonObject updated =
        call("PUT", QStringLiteral("labels/") + id, QStringLiteral("labels.update"), 200,
             QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Bills")}}).toJson());
    EXPECT_FALSE(updated.contains(QStringLiteral("color")));
    call("PATCH", QStringLiteral("labels/Label_1"), {}, 409,
         QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Bills")}}).toJson());

    // System labels cannot be changed or deleted.
    call("PATCH", QStringLiteral("labels/INBOX"), {}, 400,
         QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("In")}}).toJson());
    call("DELETE", QStringLiteral("labels/INBOX"), {}, 400);

    // Deleting a label takes it off its messages.
    const QString msg = anyInboxMessage();
    post(QStringLiteral("messages/%1/modify").arg(msg), QStringLiteral("messages.modify"),
         {{QStringLiteral("addLabelIds"), QJsonArray{id}}});
    EXPECT_TRUE(alice().message(msg)->labels.contains(id));
    call("DELETE", QStringLiteral("labels/") + id, {}, 204);
    EXPECT_FALSE(alice().message(msg)->labels.contains(id));
    get(QStringLiteral("labels/") + id, {}, 404);
    call("DELETE", QStringLiteral("labels/") + id, {}, 404);
    // Ids are not reused.
    const QJsonObject again = post(QStringLiteral("labels"), QStringLiteral("labels.create"),
                                   {{QStringLiteral("name"), QStringLiteral("New")}});
    EXPECT_NE(again.value(QStringLiteral("id")).toString(), id);
}

TEST_F(SandboxGmail, ListPagingCoversAllMessagesOnce)
{
    QSet<QString> expected;
    for (const StoredMessage &m : alice().messages())
        if (!m.labels.contains(QStringLiteral("SPAM")) && !m.labels.contains(QStringLiteral("TRASH")))
            expected.insert(m.id);
    ASSERT_GT(expected.size(), 10);
    QStringList seen;
    QString pageToken;
    qint64 previousDate = std::numeric_limits<qint64>::max();
    int pages = 0;
    do {
        QString path = QStringLiteral("messages?maxResults=7");
        if (!pageToken.isEmpty())
            path += QStringLiteral("&pageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
        const QJsonObject page = get(path, QStringLiteral("messages.list"));
        EXPECT_EQ(page.value(QStringLiteral("resultSizeEstimate")).toInt(), int(expected.size()));
        for (const QJsonValue &v : page.value(QStringLiteral("messages")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            EXPECT_EQ(v.toObject().value(QStringLiteral("threadId")).toString(), alice().message(id)->threadId);
            EXPECT_LE(alice().message(id)->internalDateMs, previousDate) << "newest first";
            previousDate = alice().message(id)->internalDateMs;
            seen.append(id);
        }
        pageToken = page.value(QStringLiteral("nextPageToken")).toString();
        ASSERT_LT(++pages, 100);
    } while (!pageToken.isEmpty());
    EXPECT_EQ(seen.size(), expected.size());
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()), expected);
    get(QStringLiteral("messages?pageToken=garbage!"), {}, 400);
}

TEST_F(SandboxGmail, ListQueryLabelIdsAndSpamTrash)
{
    auto ids = [&](const QString &query) {
        const QJsonObject page =
            get(QStringLiteral("messages?maxResults=500&") + query, QStringLiteral("messages.list"));
        QSet<QString> out;
        for (const QJsonValue &v : page.value(QStringLiteral("messages")).toArray())
            out.insert(v.toObject().value(QStringLiteral("id")).toString());
        return out;
    };
    auto where = [&](auto pred) {
        QSet<QString> out;
        for (const StoredMessage &m : alice().messages())
            if (!m.labels.contains(QStringLiteral("SPAM")) && !m.labels.contains(QStringLiteral("TRASH")) && pred(m))
                out.insert(m.id);
        return out;
    };
    auto has = [](const StoredMessage &m, const char *l) { return m.labels.contains(QLatin1String(l)); };
    EXPECT_EQ(ids(QStringLiteral("q=is%3Aunread")), where([&](const StoredMessage &m) { return has(m, "UNREAD"); }));
    EXPECT_EQ(ids(QStringLiteral("q=in%3Ainbox%20is%3Aunread")),
              where([&](const StoredMessage &m) { return has(m, "INBOX") && has(m, "UNREAD"); }));
    EXPECT_EQ(ids(QStringLiteral("labelIds=INBOX&labelIds=UNREAD")),
              where([&](const StoredMessage &m) { return has(m, "INBOX") && has(m, "UNREAD"); }));
    // Starring two messages, then finding exactly them.
    QStringList two;
    for (const StoredMessage &m : alice().messages())
        if (two.size() < 2 && !has(m, "STARRED") && has(m, "INBOX"))
            two.append(m.id);
    for (const QString &id : two)
        alice().modify(id, {QStringLiteral("STARRED")}, {});
    EXPECT_EQ(ids(QStringLiteral("q=is%3Astarred")), where([&](const StoredMessage &m) { return has(m, "STARRED"); }));
    alice().modify(two.first(), {QStringLiteral("Label_2")}, {});
    EXPECT_TRUE(ids(QStringLiteral("q=label%3Awork-projects")).contains(two.first()));
    EXPECT_TRUE(ids(QStringLiteral("q=label%3ALabel_2")).contains(two.first()));
    // Dates: after: is inclusive, before: exclusive, both at midnight UTC.
    const qint64 pivot = alice().message(two.first())->internalDateMs;
    const QDate day = QDateTime::fromMSecsSinceEpoch(pivot, Qt::UTC).date();
    const qint64 dayStart = day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    const QString d = day.toString(QStringLiteral("yyyy/MM/dd"));
    EXPECT_EQ(ids(QStringLiteral("q=after%3A") + d),
              where([&](const StoredMessage &m) { return m.internalDateMs >= dayStart; }));
    EXPECT_EQ(ids(QStringLiteral("q=before%3A") + d),
              where([&](const StoredMessage &m) { return m.internalDateMs < dayStart; }));
    // No match: "messages" left out, as Google does.
    const QJsonObject none = get(QStringLiteral("messages?q=label%3Anosuchlabel"), QStringLiteral("messages.list"));
    EXPECT_FALSE(none.contains(QStringLiteral("messages")));
    EXPECT_EQ(none.value(QStringLiteral("resultSizeEstimate")).toInt(), 0);
    // Spam and trash only when asked.
    const QString trashed = two.last();
    post(QStringLiteral("messages/%1/trash").arg(trashed), QStringLiteral("messages.trash"), {});
    EXPECT_FALSE(ids({}).contains(trashed));
    EXPECT_TRUE(ids(QStringLiteral("includeSpamTrash=true")).contains(trashed));
    EXPECT_TRUE(ids(QStringLiteral("labelIds=TRASH")).contains(trashed));
    EXPECT_TRUE(ids(QStringLiteral("q=in%3Atrash")).contains(trashed));
}

TEST_F(SandboxGmail, ParametersAreCheckedAgainstTheDiscoveryDocument)
{
    get(QStringLiteral("messages?maxResults=501"), {}, 400);
    EXPECT_EQ(reason(), QStringLiteral("invalidArgument"));
    EXPECT_EQ(errorStatus(), QStringLiteral("INVALID_ARGUMENT"));
    get(QStringLiteral("messages?maxResults=500"), QStringLiteral("messages.list"));
    get(QStringLiteral("messages?maxResults=abc"), {}, 400);
    EXPECT_EQ(reason(), QStringLiteral("invalidArgument"));
    get(QStringLiteral("messages?includeSpamTrash=maybe"), {}, 400);
    get(QStringLiteral("messages?bogus=1"), {}, 400);
    EXPECT_TRUE(SandboxClient::json(last)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Unknown name \"bogus\"")));
    get(QStringLiteral("messages/%1?format=bogus").arg(anyInboxMessage()), {}, 400);
    get(QStringLiteral("history"), {}, 400); // startHistoryId is required
    get(QStringLiteral("history?startHistoryId=-5"), {}, 400);
    // Standard parameters are always fine.
    get(QStringLiteral("messages?prettyPrint=false&quotaUser=x&alt=json&%24.xgafv=2"), QStringLiteral("messages.list"));
    // Bodies: not JSON, unknown field, wrong type.
    const QString modify = QStringLiteral("messages/%1/modify").arg(anyInboxMessage());
    call("POST", modify, {}, 400, "this is not json");
    post(modify, {}, {{QStringLiteral("addLabels"), QJsonArray{QStringLiteral("STARRED")}}}, 400);
    EXPECT_TRUE(SandboxClient::json(last)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Unknown name \"addLabels\"")));
    post(modify, {}, {{QStringLiteral("addLabelIds"), QStringLiteral("STARRED")}}, 400);
    post(modify, {}, {{QStringLiteral("addLabelIds"), QJsonArray{5}}}, 400);
    get(QStringLiteral("messages/not-an-id"), {}, 400);
}

TEST_F(SandboxGmail, GetFormatsAndPartialResponses)
{
    const QString id = anyInboxMessage();
    const StoredMessage &stored = *alice().message(id);
    const QJsonObject minimal =
        get(QStringLiteral("messages/%1?format=minimal").arg(id), QStringLiteral("messages.get"));
    EXPECT_EQ(minimal.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(minimal.value(QStringLiteral("internalDate")).toString(), QString::number(stored.internalDateMs));
    EXPECT_EQ(minimal.value(QStringLiteral("sizeEstimate")).toInt(), int(stored.raw.size()));
    EXPECT_FALSE(minimal.value(QStringLiteral("snippet")).toString().isEmpty());
    EXPECT_FALSE(minimal.contains(QStringLiteral("payload")));
    QStringList labels(stored.labels.cbegin(), stored.labels.cend());
    labels.sort();
    EXPECT_EQ(strings(minimal.value(QStringLiteral("labelIds"))), labels);

    const QJsonObject meta =
        get(QStringLiteral("messages/%1?format=metadata&metadataHeaders=Subject&metadataHeaders=from").arg(id),
            QStringLiteral("messages.get"));
    QStringList names;
    for (const QJsonValue &h :
         meta.value(QStringLiteral("payload")).toObject().value(QStringLiteral("headers")).toArray())
        names.append(h.toObject().value(QStringLiteral("name")).toString().toLower());
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("from"), QStringLiteral("subject")}));

    const QJsonObject raw = get(QStringLiteral("messages/%1?format=raw").arg(id), QStringLiteral("messages.get"));
    EXPECT_EQ(fromB64url(raw.value(QStringLiteral("raw"))), stored.raw);
    EXPECT_FALSE(raw.contains(QStringLiteral("payload")));

    const QJsonObject partial =
        get(QStringLiteral("messages/%1?fields=id,threadId,labelIds").arg(id), QStringLiteral("messages.get"));
    EXPECT_EQ(QStringList(partial.keys()),
              (QStringList{QStringLiteral("id"), QStringLiteral("labelIds"), QStringLiteral("threadId")}));
    const QJsonObject nested =
        get(QStringLiteral("messages/%1?format=full&fields=payload/headers").arg(id), QStringLiteral("messages.get"));
    EXPECT_EQ(QStringList(nested.keys()), QStringList{QStringLiteral("payload")});
    EXPECT_EQ(nested.value(QStringLiteral("payload")).toObject().keys(), QStringList{QStringLiteral("headers")});
    const QJsonObject listed =
        get(QStringLiteral("messages?maxResults=3&fields=messages(id)"), QStringLiteral("messages.list"));
    EXPECT_EQ(listed.value(QStringLiteral("messages")).toArray().first().toObject().keys(),
              QStringList{QStringLiteral("id")});
    get(QStringLiteral("messages/%1?fields=id,(").arg(id), {}, 400);
    get(QStringLiteral("messages/0123456789abcdef"), {}, 404);
}

TEST_F(SandboxGmail, FullFormatPartTreeAndAttachmentBytes)
{
    em::mime::OutgoingMessage out;
    out.from = {QStringLiteral("Carol"), kCarol};
    out.to = {{QStringLiteral("Alice"), kAlice}};
    out.subject = QStringLiteral("Report with ünïcode");
    out.text = QStringLiteral("Please find the report attached.");
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 3000; ++i)
        pdf.append(char(i % 256));
    out.attachments.append({QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), pdf, {}});
    const QString id = sandbox.deliver(kAlice, em::mime::buildMessage(out));
    ASSERT_FALSE(id.isEmpty());

    const QJsonObject full = get(QStringLiteral("messages/%1?format=full").arg(id), QStringLiteral("messages.get"));
    const QJsonObject payload = full.value(QStringLiteral("payload")).toObject();
    EXPECT_EQ(payload.value(QStringLiteral("partId")).toString(), QString());
    EXPECT_EQ(payload.value(QStringLiteral("mimeType")).toString(), QStringLiteral("multipart/mixed"));
    bool subjectDecoded = false;
    for (const QJsonValue &h : payload.value(QStringLiteral("headers")).toArray())
        if (h.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Subject"))
            subjectDecoded = h.toObject().value(QStringLiteral("value")).toString() == out.subject;
    EXPECT_TRUE(subjectDecoded);
    EXPECT_TRUE(full.value(QStringLiteral("snippet")).toString().startsWith(QStringLiteral("Please find")));
    const QJsonArray parts = payload.value(QStringLiteral("parts")).toArray();
    ASSERT_EQ(parts.size(), 2);
    const QJsonObject text = parts.at(0).toObject();
    EXPECT_EQ(text.value(QStringLiteral("partId")).toString(), QStringLiteral("0"));
    EXPECT_EQ(text.value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/plain"));
    EXPECT_TRUE(fromB64url(text.value(QStringLiteral("body")).toObject().value(QStringLiteral("data")))
                    .startsWith("Please find the report attached."));
    const QJsonObject attachment = parts.at(1).toObject();
    EXPECT_EQ(attachment.value(QStringLiteral("partId")).toString(), QStringLiteral("1"));
    EXPECT_EQ(attachment.value(QStringLiteral("filename")).toString(), QStringLiteral("report.pdf"));
    EXPECT_EQ(attachment.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/pdf"));
    const QJsonObject body = attachment.value(QStringLiteral("body")).toObject();
    EXPECT_EQ(body.value(QStringLiteral("size")).toInt(), int(pdf.size()));
    EXPECT_FALSE(body.contains(QStringLiteral("data")));
    const QString attachmentId = body.value(QStringLiteral("attachmentId")).toString();
    ASSERT_FALSE(attachmentId.isEmpty());

    const QJsonObject got = get(QStringLiteral("messages/%1/attachments/%2").arg(id, attachmentId),
                                QStringLiteral("messages.attachments.get"));
    EXPECT_EQ(fromB64url(got.value(QStringLiteral("data"))), pdf);
    EXPECT_EQ(got.value(QStringLiteral("size")).toInt(), int(pdf.size()));
    get(QStringLiteral("messages/%1/attachments/nonsense").arg(id), {}, 400);
    // An attachment id belongs to its message.
    QString other = alice().messages().firstKey();
    if (other == id)
        other = alice().messages().lastKey();
    get(QStringLiteral("messages/%1/attachments/%2").arg(other, attachmentId), {}, 400);
}

TEST_F(SandboxGmail, ModifyAndBatchModifyShowInCountsAndHistory)
{
    const quint64 start = alice().historyId();
    QStringList unread;
    for (const StoredMessage &m : alice().messages())
        if (m.labels.contains(QStringLiteral("UNREAD")) && m.labels.contains(QStringLiteral("INBOX")) &&
            unread.size() < 4)
            unread.append(m.id);
    ASSERT_EQ(unread.size(), 4);
    const int unreadBefore = get(QStringLiteral("labels/INBOX"), QStringLiteral("labels.get"))
                                 .value(QStringLiteral("messagesUnread"))
                                 .toInt();
    const QJsonObject modified =
        post(QStringLiteral("messages/%1/modify").arg(unread.first()), QStringLiteral("messages.modify"),
             {{QStringLiteral("removeLabelIds"), QJsonArray{QStringLiteral("UNREAD")}},
              {QStringLiteral("addLabelIds"), QJsonArray{QStringLiteral("Label_3")}}});
    EXPECT_FALSE(strings(modified.value(QStringLiteral("labelIds"))).contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(strings(modified.value(QStringLiteral("labelIds"))).contains(QStringLiteral("Label_3")));
    post(QStringLiteral("messages/%1/modify").arg(unread.first()), {},
         {{QStringLiteral("addLabelIds"), QJsonArray{QStringLiteral("Label_404")}}}, 400);
    EXPECT_TRUE(SandboxClient::json(last)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Invalid label")));
    post(QStringLiteral("messages/0123456789abcdef/modify"), {}, {}, 404);

    QJsonArray rest;
    for (int i = 1; i < 4; ++i)
        rest.append(unread.at(i));
    post(QStringLiteral("messages/batchModify"), {},
         {{QStringLiteral("ids"), rest},
          {QStringLiteral("addLabelIds"), QJsonArray{QStringLiteral("STARRED")}},
          {QStringLiteral("removeLabelIds"), QJsonArray{QStringLiteral("UNREAD")}}},
         204);
    EXPECT_TRUE(last.body.isEmpty());
    EXPECT_EQ(get(QStringLiteral("labels/INBOX"), QStringLiteral("labels.get"))
                  .value(QStringLiteral("messagesUnread"))
                  .toInt(),
              unreadBefore - 4);
    EXPECT_EQ(get(QStringLiteral("labels/STARRED"), QStringLiteral("labels.get"))
                  .value(QStringLiteral("messagesTotal"))
                  .toInt(),
              int(std::count_if(alice().messages().cbegin(), alice().messages().cend(),
                                [](const StoredMessage &m) { return m.labels.contains(QStringLiteral("STARRED")); })));
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(unread.first());
    post(QStringLiteral("messages/batchModify"), {}, {{QStringLiteral("ids"), tooMany}}, 400);
    post(QStringLiteral("messages/batchModify"), {},
         {{QStringLiteral("ids"), rest}, {QStringLiteral("addLabelIds"), QJsonArray{QStringLiteral("Nope")}}}, 400);

    const QJsonObject history =
        get(QStringLiteral("history?startHistoryId=%1").arg(start), QStringLiteral("history.list"));
    EXPECT_EQ(history.value(QStringLiteral("historyId")).toString(), QString::number(alice().historyId()));
    QSet<QString> readIds, starredIds, labelled;
    for (const QJsonValue &h : history.value(QStringLiteral("history")).toArray()) {
        const QJsonObject record = h.toObject();
        EXPECT_GT(record.value(QStringLiteral("id")).toString().toULongLong(), start);
        EXPECT_EQ(record.value(QStringLiteral("messages")).toArray().size(), 1);
        for (const QJsonValue &c : record.value(QStringLiteral("labelsRemoved")).toArray())
            if (strings(c.toObject().value(QStringLiteral("labelIds"))).contains(QStringLiteral("UNREAD")))
                readIds.insert(
                    c.toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString());
        for (const QJsonValue &c : record.value(QStringLiteral("labelsAdded")).toArray()) {
            const QStringList added = strings(c.toObject().value(QStringLiteral("labelIds")));
            const QString mid =
                c.toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString();
            if (added.contains(QStringLiteral("STARRED")))
                starredIds.insert(mid);
            if (added.contains(QStringLiteral("Label_3")))
                labelled.insert(mid);
        }
    }
    EXPECT_EQ(readIds, QSet<QString>(unread.begin(), unread.end()));
    EXPECT_EQ(starredIds.size(), 3);
    EXPECT_EQ(labelled, QSet<QString>{unread.first()});
}

TEST_F(SandboxGmail, HistoryFiltersPagingAndExpiry)
{
    const quint64 start = alice().historyId();
    const QString delivered = sandbox.deliver(kAlice, simpleMessage(kAlice, QStringLiteral("new mail")));
    alice().modify(delivered, {QStringLiteral("STARRED")}, {});
    QString unlabelled;
    for (const StoredMessage &m : alice().messages())
        if (m.id != delivered && !m.labels.contains(QStringLiteral("Label_1")))
            unlabelled = m.id;
    alice().modify(unlabelled, {QStringLiteral("Label_1")}, {});
    const QJsonObject added = get(QStringLiteral("history?startHistoryId=%1&historyTypes=messageAdded").arg(start),
                                  QStringLiteral("history.list"));
    const QJsonArray records = added.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(records.size(), 1);
    const QJsonObject message = records.first()
                                    .toObject()
                                    .value(QStringLiteral("messagesAdded"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toObject();
    EXPECT_EQ(message.value(QStringLiteral("id")).toString(), delivered);
    EXPECT_TRUE(strings(message.value(QStringLiteral("labelIds"))).contains(QStringLiteral("INBOX")));
    const QJsonObject byLabel =
        get(QStringLiteral("history?startHistoryId=%1&labelId=Label_1").arg(start), QStringLiteral("history.list"));
    EXPECT_EQ(byLabel.value(QStringLiteral("history")).toArray().size(), 1);
    // Paging one record at a time sees all three changes.
    int seen = 0;
    QString pageToken;
    do {
        const QJsonObject page =
            get(QStringLiteral("history?startHistoryId=%1&maxResults=1%2")
                    .arg(start)
                    .arg(pageToken.isEmpty() ? QString() : QStringLiteral("&pageToken=") + pageToken),
                QStringLiteral("history.list"));
        seen += page.value(QStringLiteral("history")).toArray().size();
        pageToken = page.value(QStringLiteral("nextPageToken")).toString();
    } while (!pageToken.isEmpty() && seen < 10);
    EXPECT_EQ(seen, 3);
    // Nothing new: no "history" at all.
    const QJsonObject empty =
        get(QStringLiteral("history?startHistoryId=%1").arg(alice().historyId()), QStringLiteral("history.list"));
    EXPECT_FALSE(empty.contains(QStringLiteral("history")));
    get(QStringLiteral("history?startHistoryId=%1&maxResults=501").arg(start), {}, 400);
    // Expired history: 404, and a full sync is the way out.
    alice().expireHistory();
    get(QStringLiteral("history?startHistoryId=%1").arg(start), {}, 404);
    EXPECT_EQ(reason(), QStringLiteral("notFound"));
    get(QStringLiteral("history?startHistoryId=%1").arg(alice().historyId()), QStringLiteral("history.list"));
}

TEST_F(SandboxGmail, TrashAndUntrash)
{
    const QString id = anyInboxMessage();
    const QJsonObject trashed = post(QStringLiteral("messages/%1/trash").arg(id), QStringLiteral("messages.trash"), {});
    EXPECT_TRUE(strings(trashed.value(QStringLiteral("labelIds"))).contains(QStringLiteral("TRASH")));
    EXPECT_FALSE(strings(trashed.value(QStringLiteral("labelIds"))).contains(QStringLiteral("INBOX")));
    const QJsonObject back =
        post(QStringLiteral("messages/%1/untrash").arg(id), QStringLiteral("messages.untrash"), {});
    EXPECT_FALSE(strings(back.value(QStringLiteral("labelIds"))).contains(QStringLiteral("TRASH")));
    post(QStringLiteral("messages/0123456789abcdef/trash"), {}, {}, 404);
}

TEST_F(SandboxGmail, PermanentDeleteNeedsTheFullScope)
{
    const QString id = anyInboxMessage();
    call("DELETE", QStringLiteral("messages/") + id, {}, 403);
    EXPECT_EQ(reason(), QStringLiteral("insufficientPermissions"));
    EXPECT_EQ(errorStatus(), QStringLiteral("PERMISSION_DENIED"));
    EXPECT_EQ(
        SandboxClient::json(last).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Request had insufficient authentication scopes."));
    post(QStringLiteral("messages/batchDelete"), {}, {{QStringLiteral("ids"), QJsonArray{id}}}, 403);
    ASSERT_TRUE(alice().message(id));

    const QString full = tokenWithScopes({QStringLiteral("https://mail.google.com/")});
    ASSERT_FALSE(full.isEmpty());
    const quint64 before = alice().historyId();
    call("DELETE", QStringLiteral("messages/") + id, {}, 204, {}, full);
    EXPECT_FALSE(alice().message(id));
    call("DELETE", QStringLiteral("messages/") + id, {}, 404, {}, full);
    QStringList two;
    for (const StoredMessage &m : alice().messages())
        if (two.size() < 2)
            two.append(m.id);
    call("POST", QStringLiteral("messages/batchDelete"), {}, 204,
         QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(two)}}).toJson(), full);
    EXPECT_FALSE(alice().message(two.first()));
    const QJsonObject history = get(QStringLiteral("history?startHistoryId=%1&historyTypes=messageDeleted").arg(before),
                                    QStringLiteral("history.list"));
    EXPECT_EQ(history.value(QStringLiteral("history")).toArray().size(), 3);

    // Read-only tokens read, and nothing more.
    const QString readonly = tokenWithScopes({QStringLiteral("https://www.googleapis.com/auth/gmail.readonly")});
    call("GET", QStringLiteral("labels"), QStringLiteral("labels.list"), 200, {}, readonly);
    call("POST", QStringLiteral("messages/%1/trash").arg(two.isEmpty() ? id : anyInboxMessage()), {}, 403, {},
         readonly);
    // A token without any Gmail scope gets nothing.
    call("GET", QStringLiteral("labels"), {}, 403, {}, tokenWithScopes({QStringLiteral("openid")}));
}

TEST_F(SandboxGmail, SendLandsInSentAndInSandboxRecipients)
{
    const QByteArray raw = simpleMessage(kCarol, QStringLiteral("Lunch?"), "Cc: " + kBob.toUtf8() + "\r\n");
    const int carolBefore = int(sandbox.mailbox(kCarol)->messages().size());
    const int bobBefore = int(sandbox.mailbox(kBob)->messages().size());
    const QJsonObject sent = post(QStringLiteral("messages/send"), QStringLiteral("messages.send"),
                                  {{QStringLiteral("raw"), QString::fromLatin1(b64url(raw))}});
    const QString id = sent.value(QStringLiteral("id")).toString();
    ASSERT_TRUE(alice().message(id));
    EXPECT_EQ(strings(sent.value(QStringLiteral("labelIds"))), QStringList{QStringLiteral("SENT")});
    EXPECT_TRUE(alice().message(id)->raw.contains("Message-ID:"));
    ASSERT_EQ(int(sandbox.mailbox(kCarol)->messages().size()), carolBefore + 1);
    bool inInbox = false;
    for (const StoredMessage &m : sandbox.mailbox(kCarol)->messages())
        if (m.raw.contains("Subject: Lunch?"))
            inInbox = m.labels.contains(QStringLiteral("INBOX")) && m.labels.contains(QStringLiteral("UNREAD"));
    EXPECT_TRUE(inInbox);
    EXPECT_EQ(int(sandbox.mailbox(kBob)->messages().size()), bobBefore + 1);

    // Threading: by threadId, and by References.
    const QJsonObject reply =
        post(QStringLiteral("messages/send"), QStringLiteral("messages.send"),
             {{QStringLiteral("raw"), QString::fromLatin1(b64url(simpleMessage(kCarol, QStringLiteral("Re: Lunch?"))))},
              {QStringLiteral("threadId"), sent.value(QStringLiteral("threadId"))}});
    EXPECT_EQ(reply.value(QStringLiteral("threadId")), sent.value(QStringLiteral("threadId")));
    const QString messageId = em::mime::parseMessage(alice().message(id)->raw).messageId;
    const QJsonObject byRefs =
        post(QStringLiteral("messages/send"), QStringLiteral("messages.send"),
             {{QStringLiteral("raw"),
               QString::fromLatin1(b64url(simpleMessage(kCarol, QStringLiteral("Re: Lunch?"),
                                                        "In-Reply-To: <" + messageId.toUtf8() + ">\r\nReferences: <" +
                                                            messageId.toUtf8() + ">\r\n")))}});
    EXPECT_EQ(byRefs.value(QStringLiteral("threadId")), sent.value(QStringLiteral("threadId")));
    // Standard base64 is accepted too.
    post(QStringLiteral("messages/send"), QStringLiteral("messages.send"),
         {{QStringLiteral("raw"), QString::fromLatin1(simpleMessage(kCarol, QStringLiteral("std")).toBase64())}});

    post(QStringLiteral("messages/send"), {}, QJsonObject{}, 400);
    post(QStringLiteral("messages/send"), {}, {{QStringLiteral("raw"), 5}}, 400);
    post(QStringLiteral("messages/send"), {}, {{QStringLiteral("raw"), QStringLiteral("***")}}, 400);
    post(QStringLiteral("messages/send"), {},
         {{QStringLiteral("raw"), QString::fromLatin1(b64url(raw))},
          {QStringLiteral("threadId"), QStringLiteral("ffffffffffffffff")}},
         404);
    call("POST", QStringLiteral("messages/send"), {}, 400, "{\"raw\":");
}
