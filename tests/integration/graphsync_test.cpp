// Outlook / Microsoft 365 sync through Graph against the emulator over loopback: exact
// equality after a full sync, folders, changes from both sides through delta, a lost
// delta state (410), offline actions replayed, throttling, faults, bodies on demand.
// (Keychain: gnome-keyring under with-keyring.sh.)
#include "graphsynctestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace em;
using em::sync::Action;
using em::sync::ActionKind;
using em::sync::SyncReport;

namespace {

class GraphSyncTest : public ::testing::Test, public test::GraphSyncFixture
{
protected:
    explicit GraphSyncTest(int messages = 240) : GraphSyncFixture(options(messages, 13)) {}

    void SetUp() override
    {
        const Status connected = connectAccount();
        ASSERT_TRUE(connected.ok()) << connected.error();
    }

    qint64 queue(ActionKind kind, const QStringList &ids, const QString &target = {})
    {
        Action a;
        a.kind = kind;
        a.remoteIds = ids;
        a.folder = target;
        const Result<qint64> id = sync->actions().enqueue(a);
        EXPECT_TRUE(id.ok()) << id.error();
        return id ? id.value() : 0;
    }
};

TEST_F(GraphSyncTest, FullSyncMakesTheStoreEqualToTheMailboxWithFoldersAndConversations)
{
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    int duplicates = -1;
    EXPECT_EQ(storeDifferences(&duplicates), QString());
    EXPECT_EQ(duplicates, 0);
    EXPECT_GT(r.added, 100);
    const auto folders = store->folders(accountId).value();
    QHash<QString, store::FolderRef> byRemote;
    for (const store::FolderRef &f : folders)
        byRemote.insert(f.remoteId, f);
    EXPECT_EQ(byRemote.value(folder("inbox")).kind, store::FolderKind::Inbox);
    EXPECT_EQ(byRemote.value(folder("sentitems")).kind, store::FolderKind::Sent);
    EXPECT_EQ(byRemote.value(folder("deleteditems")).kind, store::FolderKind::Trash);
    EXPECT_EQ(byRemote.value(folder("junkemail")).kind, store::FolderKind::Spam);
    EXPECT_EQ(byRemote.value(folder("archive")).kind, store::FolderKind::Archive);
    EXPECT_EQ(byRemote.value(mailbox().labelByName(QStringLiteral("2024"))->id).path, QStringLiteral("Projects/2024"));
    EXPECT_FALSE(byRemote.contains(mailbox().labelByName(QStringLiteral("Hidden sync folder"))->id));
    // Every request asked for immutable ids and stayed within 4 at once.
    EXPECT_TRUE(store->checkIntegrity().ok());

    // Nothing changed: one delta call per folder and the folder list, no message fetched.
    sandbox.log().clear();
    const SyncReport idle = runSync();
    ASSERT_TRUE(idle.inStep()) << idle.error;
    EXPECT_EQ(idle.added + idle.updated + idle.removed, 0);
}

TEST_F(GraphSyncTest, ChangesFromAnotherDeviceConvergeThroughDelta)
{
    ASSERT_TRUE(runSync().inStep());
    sandbox::Mailbox &mb = mailbox();
    const QStringList inbox = in(folder("inbox"));
    for (int i = 0; i < 3; ++i)
        sandbox.deliver(address(), sandbox.generateMessage(address(), 700 + i));
    mb.modify(inbox.at(0), {QStringLiteral("FLAGGED")}, {QStringLiteral("UNREAD")});
    mb.modify(inbox.at(1), {QStringLiteral("UNREAD")}, {});
    mb.moveToFolder(inbox.at(2), folder("archive"), true);
    mb.moveToFolder(inbox.at(3), folder("deleteditems"), true);
    mb.removeMessage(inbox.at(4));
    // Into a hidden folder: gone from what is synced.
    mb.moveToFolder(inbox.at(5), mb.labelByName(QStringLiteral("Hidden sync folder"))->id, true);
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(storeDifferences(), QString());
    EXPECT_EQ(r.added, 3);
}

TEST_F(GraphSyncTest, ALostDeltaStateStartsTheFolderOverAndKeepsBodies)
{
    graph::GraphSync::Options o = testOptions();
    o.prefetch = 15;
    makeSync(o);
    ASSERT_TRUE(runSync().inStep());
    const qint64 bodies = count(
        QStringLiteral("SELECT count(*) FROM bodies b JOIN messages m ON m.id = b.message_id WHERE m.account_id = ?"));
    ASSERT_EQ(bodies, 15);
    sandbox::Mailbox &mb = mailbox();
    const QStringList inbox = in(folder("inbox"));
    mb.removeMessage(inbox.at(0));
    mb.modify(inbox.at(1), {QStringLiteral("FLAGGED")}, {});
    mb.invalidateDeltaTokens(); // every delta link now answers 410
    o.prefetch = 0;
    makeSync(o);
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(storeDifferences(), QString());
    // Kept: the bodies of messages that still exist (at most the one removed is gone).
    EXPECT_GE(count(QStringLiteral(
                  "SELECT count(*) FROM bodies b JOIN messages m ON m.id = b.message_id WHERE m.account_id = ?")),
              14);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(GraphSyncTest, ActionsMadeOfflineAreReplayedThroughGraphWhenTheServerIsBack)
{
    ASSERT_TRUE(runSync().inStep());
    const QStringList inbox = in(folder("inbox"));
    ASSERT_GE(inbox.size(), 10);
    const quint16 port = sandbox.port();
    sandbox.stop();
    queue(ActionKind::MarkRead, {inbox.at(0), inbox.at(1)});
    queue(ActionKind::MarkUnread, {inbox.at(2)});
    queue(ActionKind::Star, {inbox.at(3)});
    queue(ActionKind::Archive, {inbox.at(4)});
    queue(ActionKind::Move, {inbox.at(5)}, mailbox().labelByName(QStringLiteral("Projects"))->id);
    queue(ActionKind::Trash, {inbox.at(6), inbox.at(7)});
    queue(ActionKind::Delete, {inbox.at(8)});
    EXPECT_EQ(store->messageIdForRemote(accountId, inbox.at(8)).value(), 0);
    const SyncReport down = runSync();
    EXPECT_EQ(down.outcome, SyncReport::Outcome::Offline) << down.error;
    ASSERT_TRUE(sandbox.start(port));
    const SyncReport up = runSync();
    ASSERT_TRUE(up.inStep()) << up.error;
    EXPECT_EQ(up.actionsReplayed, 7);
    sandbox::Mailbox &mb = mailbox();
    EXPECT_FALSE(mb.message(inbox.at(0))->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(mb.message(inbox.at(2))->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(mb.message(inbox.at(3))->labels.contains(QStringLiteral("FLAGGED")));
    EXPECT_TRUE(mb.message(inbox.at(4))->labels.contains(folder("archive")));
    EXPECT_TRUE(mb.message(inbox.at(7))->labels.contains(folder("deleteditems")));
    EXPECT_EQ(mb.message(inbox.at(8)), nullptr);
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GraphSyncTest, ARefusedMoveFailsForGoodAndTheMessageComesBack)
{
    ASSERT_TRUE(runSync().inStep());
    const QStringList inbox = in(folder("inbox"), 2);
    const QString projects = mailbox().labelByName(QStringLiteral("Projects"))->id;
    queue(ActionKind::Move, {inbox.at(0)}, projects);
    queue(ActionKind::Trash, {inbox.at(1)});
    mailbox().removeMessage(inbox.at(1)); // deleted elsewhere: the trash is dropped
    // The target folder is deleted on another device before the move reaches the server.
    for (const QString &id : in(projects))
        mailbox().removeMessage(id);
    for (const QString &id : in(mailbox().labelByName(QStringLiteral("2024"))->id))
        mailbox().removeMessage(id);
    mailbox().removeLabel(mailbox().labelByName(QStringLiteral("2024"))->id);
    mailbox().removeLabel(projects);
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(r.actionsFailed, 1);
    EXPECT_EQ(r.actionsDropped, 1);
    ASSERT_EQ(r.refused.size(), 1);
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GraphSyncTest, FivePercentOfEveryFaultAndTightThrottlingStillConverge)
{
    // Small pages and bodies fetched four at a time: many requests, more than the
    // mailbox's concurrency allows.
    graph::GraphSync::Options o = testOptions();
    o.pageSize = 10;
    o.prefetch = 60;
    makeSync(o);
    sandbox.limits().rate500 = 0.05;
    sandbox.limits().rate503 = 0.05;
    sandbox.limits().rateReset = 0.05;
    sandbox.limits().rateTruncate = 0.05;
    sandbox.limits().graphConcurrency = 2; // fewer than the client's 4: 429 with Retry-After
    sandbox.limits().latencyMs = 20;       // so that requests overlap
    SyncReport first;
    first.outcome = SyncReport::Outcome::Failed;
    for (int run = 0; run < 5 && !first.inStep(); ++run)
        first = runSync();
    ASSERT_TRUE(first.inStep()) << first.error;
    EXPECT_EQ(storeDifferences(), QString());
    sandbox::Mailbox &mb = mailbox();
    QRandomGenerator rng(9);
    const QStringList ids = QStringList(mb.messages().keys());
    for (int i = 0; i < 25; ++i) {
        const QString &id = ids.at(rng.bounded(int(ids.size())));
        if (!mb.message(id))
            continue;
        switch (rng.bounded(4)) {
        case 0: mb.modify(id, {QStringLiteral("UNREAD")}, {}); break;
        case 1: mb.moveToFolder(id, folder("archive"), true); break;
        case 2: mb.removeMessage(id); break;
        default: sandbox.deliver(address(), sandbox.generateMessage(address(), 900 + i)); break;
        }
    }
    for (int i = 0; i < 6; ++i) {
        const QString &id = ids.at(rng.bounded(int(ids.size())));
        if (mb.message(id) && store->messageIdForRemote(accountId, id).value() > 0)
            queue(i % 2 ? ActionKind::Star : ActionKind::MarkRead, {id});
    }
    SyncReport r;
    r.outcome = SyncReport::Outcome::Failed;
    for (int run = 0; run < 5 && !r.inStep(); ++run)
        r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    int duplicates = -1;
    EXPECT_EQ(storeDifferences(&duplicates), QString());
    EXPECT_EQ(duplicates, 0);
    EXPECT_TRUE(sync->actions().pending().value().isEmpty());
    int faults = 0, throttled = 0;
    for (const auto &e : sandbox.log().entries()) {
        faults += !e.fault.isEmpty() && e.fault != QLatin1String("429");
        throttled += e.status == 429;
    }
    std::printf("faults injected: %d, throttled: %d\n", faults, throttled);
    EXPECT_GT(faults, 5) << "too few faults were injected to mean anything";
    EXPECT_GT(throttled, 0) << "the concurrency limit was never reached";
}

TEST_F(GraphSyncTest, TheFirstInboxPageIsReportedOnceItIsStored)
{
    qint64 storedAtFirstPage = -1;
    QObject::connect(sync.get(), &sync::AccountSync::progress, [&](const sync::SyncProgress &p) {
        if (p.phase == sync::SyncProgress::Phase::FirstPage && p.total > 0 && p.done == p.total)
            storedAtFirstPage = count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"));
    });
    ASSERT_TRUE(runSync().inStep());
    EXPECT_EQ(storedAtFirstPage, testOptions().firstPage);
}

TEST_F(GraphSyncTest, ARevokedGrantAsksForReauthorizationAndKeepsEverything)
{
    ASSERT_TRUE(runSync().inStep());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"));
    ASSERT_GT(before, 0);
    sandbox.oauth().revokeUser(address());
    sandbox.oauth().expireAccessTokens();
    const SyncReport r = runSync();
    EXPECT_EQ(r.outcome, SyncReport::Outcome::ReauthRequired) << r.error;
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?")), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND state = 'reauth_required'")), 1);
}

TEST_F(GraphSyncTest, MalformedEntriesAreKeptFlaggedAndRepairedByTheNextReadableOne)
{
    ASSERT_TRUE(runSync().inStep());
    sandbox::Mailbox &mb = mailbox();
    const QString known = in(folder("inbox"), 1).first();
    const qint64 knownId = store->messageIdForRemote(accountId, known).value();
    auto flagsOf = [&](qint64 id) {
        return quint32(count(QStringLiteral("SELECT flags FROM messages WHERE account_id = ? AND id = %1").arg(id)));
    };
    const bool wasRead = flagsOf(knownId) & store::MessageFlag::Read;
    // Another device stars it and flips its read state; the new mail arrives too. Every
    // entry that says so comes with its read state, date and sender unreadable.
    const QString unread = QStringLiteral("UNREAD");
    QSet<QString> add{QStringLiteral("FLAGGED")}, remove;
    (wasRead ? add : remove).insert(unread);
    mb.modify(known, add, remove);
    const QString fresh = sandbox.deliver(address(), sandbox.generateMessage(address(), 900));
    sandbox.limits().rateGarble = 1.0;
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(r.malformed, 2);
    EXPECT_EQ(r.added, 1);
    // The known message: the star applied, the read state it could not tell kept as it
    // was, its headers untouched and not flagged.
    const quint32 after = flagsOf(knownId);
    EXPECT_TRUE(after & store::MessageFlag::Starred);
    EXPECT_EQ(bool(after & store::MessageFlag::Read), wasRead);
    EXPECT_FALSE(after & store::MessageFlag::Broken);
    EXPECT_FALSE(after & store::MessageFlag::HeadersPending);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND id = %1 AND "
                                   "from_address <> '' AND date > 0")
                        .arg(knownId)),
              1);
    // The new one: kept in the Inbox with what could be read (subject, date sent), flagged.
    const qint64 freshId = store->messageIdForRemote(accountId, fresh).value();
    EXPECT_TRUE(flagsOf(freshId) & store::MessageFlag::Broken);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages m JOIN message_folders mf ON mf.message_id = m.id "
                                   "JOIN folders f ON f.id = mf.folder_id WHERE m.account_id = ? AND m.id = %1 AND "
                                   "f.kind = '%2' AND m.subject <> '' AND m.from_address = '' AND m.date > 0")
                        .arg(freshId)
                        .arg(store::folderKindName(store::FolderKind::Inbox))),
              1);
    // Readable entries again (both messages change once more): everything is put right.
    sandbox.limits().rateGarble = 0;
    mb.modify(known, {}, {QStringLiteral("FLAGGED")});
    mb.modify(fresh, {QStringLiteral("FLAGGED")}, {});
    const SyncReport repaired = runSync();
    ASSERT_TRUE(repaired.inStep()) << repaired.error;
    EXPECT_EQ(repaired.malformed, 0);
    EXPECT_EQ(storeDifferences(), QString());
    EXPECT_FALSE(flagsOf(freshId) & store::MessageFlag::Broken);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND id = %1 AND "
                                   "from_address <> ''")
                        .arg(freshId)),
              1);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(GraphSyncTest, AMessageFirstSeenUnreadableAndOpenedGetsItsHeadersFromTheNextReadableEntry)
{
    ASSERT_TRUE(runSync().inStep());
    sandbox::Mailbox &mb = mailbox();
    const QString fresh = sandbox.deliver(address(), sandbox.generateMessage(address(), 901));
    sandbox.limits().rateGarble = 1.0;
    ASSERT_TRUE(runSync().inStep());
    sandbox.limits().rateGarble = 0;
    const qint64 id = store->messageIdForRemote(accountId, fresh).value();
    ASSERT_GT(id, 0);
    const QString lacksSender = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND id = %1 AND "
                                               "from_address = ''")
                                    .arg(id);
    ASSERT_EQ(count(lacksSender), 1);
    // Opened before any readable entry came: its MIME is fine, so it is no longer broken,
    // but the headers of the listing are still missing.
    std::optional<Status> fetched;
    QObject::connect(sync.get(), &sync::AccountSync::bodyFetched,
                     [&](const QString &, const Status &s) { fetched = s; });
    sync->fetchBody(fresh);
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetched.has_value(); }, 20000));
    ASSERT_TRUE(fetched->ok()) << fetched->error();
    const auto flagsOf = [&] {
        return quint32(count(QStringLiteral("SELECT flags FROM messages WHERE account_id = ? AND id = %1").arg(id)));
    };
    EXPECT_FALSE(flagsOf() & store::MessageFlag::Broken);
    EXPECT_TRUE(flagsOf() & store::MessageFlag::HeadersPending);
    mb.modify(fresh, {QStringLiteral("FLAGGED")}, {});
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(count(lacksSender), 0);
    EXPECT_FALSE(flagsOf() & (store::MessageFlag::HeadersPending | store::MessageFlag::Broken));
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GraphSyncTest, OpeningAMessageFetchesItsMime)
{
    ASSERT_TRUE(runSync().inStep());
    const QString id = in(folder("inbox"), 1).first();
    std::optional<Status> fetched;
    QObject::connect(sync.get(), &sync::AccountSync::bodyFetched,
                     [&](const QString &, const Status &s) { fetched = s; });
    sync->fetchBody(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetched.has_value(); }, 20000));
    ASSERT_TRUE(fetched->ok()) << fetched->error();
    auto reader = store::StoreReader::open(storePath());
    ASSERT_TRUE(reader.ok());
    const QByteArray raw = reader.value()->rawMessage(store->messageIdForRemote(accountId, id).value()).value();
    EXPECT_EQ(mime::parseMessage(raw).messageId, mime::parseMessage(mailbox().message(id)->raw).messageId);
    EXPECT_FALSE(raw.isEmpty());
}

// Graph's request budget, shortened from 10 minutes to 2 seconds so the test takes seconds.
class GraphBudgetTest : public GraphSyncTest
{
protected:
    GraphBudgetTest() : GraphSyncTest(900) {}
};

TEST_F(GraphBudgetTest, ALongSyncKeepsToTheRequestBudgetAndUsesIt)
{
    constexpr int kWindowMs = 2000, kBudget = 100;
    sandbox.limits().graphWindowMs = kWindowMs;
    sandbox.limits().graphRequestsPer10Minutes = kBudget;
    graph::GraphSync::Options o = testOptions();
    o.pageSize = 3; // many requests: ~300 delta pages
    o.firstPage = 3;
    o.requestsPerWindow = kBudget;
    o.windowMs = kWindowMs;
    o.windowSlackMs = 50;
    o.pacingBurst = 2;
    makeSync(o);
    const SyncReport r = runSync(180000);
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(storeDifferences(), QString());
    EXPECT_EQ(sandbox.quota().graphBudgetRefusals(address()), 0) << "the client went over the budget";
    const QList<qint64> times = sandbox.quota().graphAdmissions(address());
    ASSERT_GT(times.size(), 3 * kBudget);
    ASSERT_GT(times.last() - times.first(), 2 * kWindowMs) << "the sync was too short to measure";
    int peak = 0, windows = 0;
    qint64 total = 0;
    for (qsizetype i = 0, start = 0; i < times.size(); ++i) {
        while (times.at(start) <= times.at(i) - kWindowMs)
            ++start;
        const int inWindow = int(i - start + 1);
        peak = qMax(peak, inWindow);
        if (times.at(i) >= times.first() + 2 * kWindowMs) { // after the first burst and the window after it
            total += inWindow;
            ++windows;
        }
    }
    ASSERT_GT(windows, 50);
    const int mean = int(total / windows);
    std::printf("request budget over %d windows: peak %d, mean %d of %d\n", windows, peak, mean, kBudget);
    EXPECT_LE(peak, kBudget);
#if defined(__SANITIZE_ADDRESS__)
    std::printf("sanitizer build: the 90%% use is asserted in the release build only\n");
#else
    EXPECT_GE(mean, kBudget * 9 / 10) << "the sync left more than 10% of the budget unused";
#endif
}

} // namespace
