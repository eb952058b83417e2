// The offline action queue replayed to the emulated Gmail: applied locally at once,
// kept in order while the server is down, merged into batchModify, dropped when the
// messages are gone, failed for good (and put back) when the server refuses.
#include "gmailsynctestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em;
using em::sync::Action;
using em::sync::ActionKind;
using em::sync::SyncReport;

namespace {

class GmailActionsTest : public ::testing::Test, public test::GmailSyncFixture
{
protected:
    GmailActionsTest() : GmailSyncFixture(options(120, 11)) {}

    void SetUp() override
    {
        ASSERT_TRUE(connectAccount().ok());
        ASSERT_TRUE(runSync().inStep());
    }

    // Message ids of the emulator's mailbox that carry (or lack) a label.
    QStringList with(const QString &label, bool has = true, int n = 1000)
    {
        QStringList out;
        for (const sandbox::StoredMessage &m : mailbox().messages())
            if (m.labels.contains(label) == has && out.size() < n)
                out.append(m.id);
        return out;
    }
    qint64 queue(ActionKind kind, const QStringList &ids, const QString &folder = {}, const QString &from = {})
    {
        Action a;
        a.kind = kind;
        a.remoteIds = ids;
        a.folder = folder;
        a.fromFolder = from;
        const Result<qint64> id = sync->actions().enqueue(a);
        EXPECT_TRUE(id.ok()) << id.error();
        return id ? id.value() : 0;
    }
    bool localRead(const QString &id)
    {
        return count(QStringLiteral("SELECT flags & 1 FROM messages WHERE account_id = ? AND remote_id = '%1'")
                         .arg(id)) == 1;
    }
    bool localIn(const QString &id, const QString &label)
    {
        return count(QStringLiteral("SELECT count(*) FROM messages m JOIN message_folders mf ON mf.message_id = m.id "
                                    "JOIN folders f ON f.id = mf.folder_id WHERE m.account_id = ? AND "
                                    "m.remote_id = '%1' AND f.remote_id = '%2'")
                         .arg(id, label)) == 1;
    }
    int logged(const QString &pathSuffix)
    {
        int n = 0;
        for (const auto &e : sandbox.log().entries())
            n += e.path.endsWith(pathSuffix);
        return n;
    }
};

TEST_F(GmailActionsTest, ActionsMadeOfflineAreAppliedAtOnceAndSentWhenTheServerIsBack)
{
    const QStringList unread = with(QStringLiteral("UNREAD"), true, 4);
    const QStringList read = with(QStringLiteral("UNREAD"), false, 2);
    const QStringList inbox = with(QStringLiteral("INBOX"), true);
    const QStringList trashed = with(QStringLiteral("TRASH"), true, 1);
    ASSERT_EQ(unread.size(), 4);
    ASSERT_GE(inbox.size(), 8);
    ASSERT_EQ(trashed.size(), 1);
    const quint16 port = sandbox.port();
    sandbox.stop();

    queue(ActionKind::MarkRead, unread.mid(0, 2));
    queue(ActionKind::MarkRead, unread.mid(2, 2)); // merged with the one before
    queue(ActionKind::MarkUnread, read);
    queue(ActionKind::Star, {inbox.at(0)});
    queue(ActionKind::Archive, {inbox.at(1), inbox.at(2)});
    queue(ActionKind::Move, {inbox.at(3)}, QStringLiteral("Label_3"));
    queue(ActionKind::AddLabel, {inbox.at(4)}, QStringLiteral("Label_1"));
    queue(ActionKind::Trash, {inbox.at(5), inbox.at(6)});
    queue(ActionKind::Untrash, trashed);
    // At once, before any server saw it.
    EXPECT_TRUE(localRead(unread.at(0)));
    EXPECT_FALSE(localRead(read.at(0)));
    EXPECT_FALSE(localIn(inbox.at(1), QStringLiteral("INBOX")));
    EXPECT_TRUE(localIn(inbox.at(3), QStringLiteral("Label_3")));
    EXPECT_TRUE(localIn(inbox.at(5), QStringLiteral("TRASH")));
    EXPECT_FALSE(localIn(trashed.at(0), QStringLiteral("TRASH")));

    const SyncReport down = runSync();
    EXPECT_EQ(down.outcome, SyncReport::Outcome::Offline) << down.error;
    EXPECT_EQ(sync->actions().pending().value().size(), 9);
    // Still applied locally after the failed run (the pull did not undo them).
    EXPECT_TRUE(localRead(unread.at(3)));

    ASSERT_TRUE(sandbox.start(port));
    sandbox.log().clear();
    const SyncReport up = runSync();
    ASSERT_TRUE(up.inStep()) << up.error;
    EXPECT_EQ(up.actionsReplayed, 9);
    EXPECT_TRUE(sync->actions().pending().value().isEmpty());
    EXPECT_EQ(storeDifferences(), QString());
    sandbox::Mailbox &mb = mailbox();
    for (const QString &id : unread)
        EXPECT_FALSE(mb.message(id)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(mb.message(read.at(1))->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(mb.message(inbox.at(0))->labels.contains(QStringLiteral("STARRED")));
    EXPECT_FALSE(mb.message(inbox.at(2))->labels.contains(QStringLiteral("INBOX")));
    EXPECT_TRUE(mb.message(inbox.at(3))->labels.contains(QStringLiteral("Label_3")));
    EXPECT_FALSE(mb.message(inbox.at(3))->labels.contains(QStringLiteral("INBOX")));
    EXPECT_TRUE(mb.message(inbox.at(4))->labels.contains(QStringLiteral("Label_1")));
    EXPECT_TRUE(mb.message(inbox.at(6))->labels.contains(QStringLiteral("TRASH")));
    EXPECT_FALSE(mb.message(trashed.at(0))->labels.contains(QStringLiteral("TRASH")));
    // Seven label actions in six groups (the two "mark read" became one batchModify).
    EXPECT_EQ(logged(QStringLiteral("/messages/batchModify")), 6);
}

TEST_F(GmailActionsTest, AnActionOnMessagesDeletedOnTheServerIsDroppedWithANote)
{
    const QStringList inbox = with(QStringLiteral("INBOX"), true, 2);
    queue(ActionKind::Trash, {inbox.at(0)});
    mailbox().removeMessage(inbox.at(0)); // another device deleted it meanwhile
    queue(ActionKind::MarkRead, {inbox.at(1)});
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(r.actionsDropped, 1);
    EXPECT_EQ(r.actionsReplayed, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ? AND state = 'dropped' AND "
                                   "last_error <> ''")),
              1);
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GmailActionsTest, ARefusedActionFailsForGoodAndTheMessagesComeBackAsTheServerHasThem)
{
    const QStringList inbox = with(QStringLiteral("INBOX"), true, 3);
    queue(ActionKind::Move, {inbox.at(0)}, QStringLiteral("Label_3"));
    EXPECT_FALSE(localIn(inbox.at(0), QStringLiteral("INBOX")));
    mailbox().removeLabel(QStringLiteral("Label_3")); // gone before the move reached the server
    // Permanent deletion needs the full scope; the app asks for gmail.modify.
    queue(ActionKind::Delete, {inbox.at(1)});
    EXPECT_EQ(store->messageIdForRemote(accountId, inbox.at(1)).value(), 0);
    queue(ActionKind::Star, {inbox.at(2)}); // after the failures: still sent
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(r.actionsFailed, 2);
    ASSERT_EQ(r.refused.size(), 2);
    EXPECT_TRUE(r.refused.at(0).startsWith(QStringLiteral("Move to Label_3 (1): "))) << r.refused.at(0);
    EXPECT_TRUE(r.refused.at(1).startsWith(QStringLiteral("Delete for good (1): "))) << r.refused.at(1);
    EXPECT_EQ(r.actionsReplayed, 1);
    const auto failed = sync->actions().failed();
    ASSERT_TRUE(failed.ok());
    ASSERT_EQ(failed.value().size(), 2);
    for (const Action &a : failed.value())
        EXPECT_FALSE(a.lastError.isEmpty());
    // Back as the server has them: in the Inbox, and not deleted.
    EXPECT_TRUE(localIn(inbox.at(0), QStringLiteral("INBOX")));
    EXPECT_GT(store->messageIdForRemote(accountId, inbox.at(1)).value(), 0);
    EXPECT_TRUE(mailbox().message(inbox.at(2))->labels.contains(QStringLiteral("STARRED")));
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GmailActionsTest, ABatchRefusedForAnExpiredTokenGoesAgainWithAFreshTokenAndLosesNothing)
{
    // Google answers such a batch 200 with every call in it 401: the token is refreshed
    // and the batch sent again, rather than each action taken as refused.
    const QStringList inbox = with(QStringLiteral("INBOX"), true, 1);
    const QStringList trashed = with(QStringLiteral("TRASH"), true, 1);
    ASSERT_EQ(trashed.size(), 1);
    queue(ActionKind::Trash, inbox);
    queue(ActionKind::Untrash, trashed);
    sandbox.oauth().expireAccessTokens();
    const int refreshesBefore = logged(QStringLiteral("/token"));
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(r.actionsReplayed, 2);
    EXPECT_EQ(r.actionsFailed, 0);
    EXPECT_EQ(r.actionsDropped, 0);
    EXPECT_TRUE(r.refused.isEmpty()) << r.refused.join(u'\n').toStdString();
    EXPECT_EQ(logged(QStringLiteral("/token")) - refreshesBefore, 1);
    EXPECT_TRUE(mailbox().message(inbox.at(0))->labels.contains(QStringLiteral("TRASH")));
    EXPECT_FALSE(mailbox().message(trashed.at(0))->labels.contains(QStringLiteral("TRASH")));
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GmailActionsTest, ARevokedGrantKeepsTheActionQueuedForTheNextSignIn)
{
    // The token cannot be refreshed: nothing the user did is given up; it waits for sign-in.
    const QStringList inbox = with(QStringLiteral("INBOX"), true, 1);
    const qint64 id = queue(ActionKind::Trash, inbox);
    sandbox.oauth().revokeUser(address());
    sandbox.oauth().expireAccessTokens();
    const SyncReport r = runSync();
    EXPECT_EQ(r.outcome, SyncReport::Outcome::ReauthRequired) << r.error;
    EXPECT_EQ(r.actionsFailed, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ? AND id = %1 AND "
                                   "state = 'pending'")
                        .arg(id)),
              1);
    EXPECT_FALSE(mailbox().message(inbox.at(0))->labels.contains(QStringLiteral("TRASH")));
}

TEST_F(GmailActionsTest, AnActionMadeDuringASyncWinsOverTheServerStateItFetched)
{
    // A fresh account: the full sync fetches the oldest messages last.
    ASSERT_TRUE(store->removeAccount(accountId).ok());
    accountId = store->ensureAccount(QStringLiteral("google"), address(), QString()).value();
    gmail::GmailSync::Options o = testOptions();
    o.listPage = 40;
    makeSync(o);
    QString oldest;
    qint64 oldestDate = std::numeric_limits<qint64>::max();
    for (const sandbox::StoredMessage &m : mailbox().messages())
        if (m.labels.contains(QStringLiteral("UNREAD")) && m.internalDateMs < oldestDate) {
            oldestDate = m.internalDateMs;
            oldest = m.id;
        }
    bool queued = false;
    QObject::connect(sync.get(), &sync::AccountSync::progress, [&](const sync::SyncProgress &p) {
        // Once the first page is in and before the oldest message is, the user reads it
        // (it is not in the store yet: queue by remote id as a list row would).
        if (p.phase == sync::SyncProgress::Phase::Full && !queued &&
            store->messageIdForRemote(accountId, oldest).value() == 0) {
            queued = true;
            Action a;
            a.kind = ActionKind::MarkRead;
            a.remoteIds = {oldest};
            EXPECT_TRUE(sync->actions().enqueue(a).ok());
        }
    });
    ASSERT_TRUE(runSync().inStep());
    ASSERT_TRUE(queued);
    // The server still says unread (the action waits for the next run); the store shows read.
    EXPECT_TRUE(mailbox().message(oldest)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(localRead(oldest));
    ASSERT_TRUE(runSync().inStep());
    EXPECT_FALSE(mailbox().message(oldest)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_EQ(storeDifferences(), QString());
}

} // namespace
