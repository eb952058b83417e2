// Gmail sync against the emulator over loopback: full sync equality, labels as folders,
// the first Inbox page first, history convergence, expired history, bodies on demand.
// (Keychain: gnome-keyring under with-keyring.sh.)
#include "gmailsynctestsupport.h"
#include "store/storereader.h"
#include "sync/syncscheduler.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace em;
using em::sync::SyncProgress;
using em::sync::SyncReport;

namespace {

class GmailSyncTest : public ::testing::Test, public test::GmailSyncFixture
{
protected:
    GmailSyncTest() : GmailSyncFixture(options(260)) {}
};

TEST_F(GmailSyncTest, FullSyncMakesTheStoreEqualToTheMailbox)
{
    gmail::GmailSync::Options o = testOptions();
    o.listPage = 70; // several pages, one of them partly a repeat of the first Inbox page
    o.firstPage = 15;
    ASSERT_TRUE(connectAccount(o).ok());
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_TRUE(r.fullSync);
    EXPECT_EQ(r.added, int(mailbox().messages().size()));
    int duplicates = -1;
    EXPECT_EQ(storeDifferences(&duplicates), QString());
    EXPECT_EQ(duplicates, 0);
    EXPECT_TRUE(store->checkIntegrity().ok());
    // The checkpoint is the history id noted before the listing; no full sync is left open.
    EXPECT_FALSE(store->checkpoint(accountId, QLatin1String(gmail::GmailSync::kHistoryScope)).value().isEmpty());
    EXPECT_TRUE(store->checkpoint(accountId, QLatin1String(gmail::GmailSync::kFullScope)).value().isEmpty());
}

TEST_F(GmailSyncTest, LabelsBecomeFoldersWithKindsNestingAndColours)
{
    ASSERT_TRUE(connectAccount().ok());
    ASSERT_TRUE(runSync().inStep());
    const auto folders = store->folders(accountId);
    ASSERT_TRUE(folders.ok());
    QHash<QString, store::FolderRef> byRemote;
    for (const store::FolderRef &f : folders.value())
        byRemote.insert(f.remoteId, f);
    EXPECT_EQ(byRemote.value(QStringLiteral("INBOX")).kind, store::FolderKind::Inbox);
    EXPECT_EQ(byRemote.value(QStringLiteral("SENT")).kind, store::FolderKind::Sent);
    EXPECT_EQ(byRemote.value(QStringLiteral("DRAFT")).kind, store::FolderKind::Drafts);
    EXPECT_EQ(byRemote.value(QStringLiteral("TRASH")).kind, store::FolderKind::Trash);
    EXPECT_EQ(byRemote.value(QStringLiteral("SPAM")).kind, store::FolderKind::Spam);
    EXPECT_EQ(byRemote.value(QStringLiteral("STARRED")).kind, store::FolderKind::Starred);
    EXPECT_EQ(byRemote.value(QStringLiteral("IMPORTANT")).kind, store::FolderKind::Important);
    EXPECT_EQ(byRemote.value(QStringLiteral("CATEGORY_PERSONAL")).name, QStringLiteral("Primary"));
    EXPECT_EQ(byRemote.value(QStringLiteral("CATEGORY_FORUMS")).kind, store::FolderKind::Category);
    EXPECT_FALSE(byRemote.contains(QStringLiteral("UNREAD")));
    EXPECT_FALSE(byRemote.contains(QStringLiteral("CHAT")));
    const store::FolderRef projects = byRemote.value(QStringLiteral("Label_2"));
    EXPECT_EQ(projects.path, QStringLiteral("Work/Projects"));
    EXPECT_EQ(projects.name, QStringLiteral("Projects"));
    EXPECT_EQ(projects.kind, store::FolderKind::User);
    // Nesting and colours, as stored.
    const QString parentSql = QStringLiteral(
        "SELECT p.remote_id = 'Label_1' FROM folders f JOIN folders p ON p.id = f.parent_id WHERE f.account_id = ? "
        "AND f.remote_id = 'Label_2'");
    EXPECT_EQ(count(parentSql), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM folders WHERE account_id = ? AND remote_id = 'Label_1' "
                                   "AND color_bg = '#4a86e8' AND color_fg = '#ffffff'")),
              1);
    // Unread counts follow the UNREAD label.
    int unreadInbox = 0;
    for (const sandbox::StoredMessage &m : mailbox().messages())
        unreadInbox += m.labels.contains(QStringLiteral("INBOX")) && m.labels.contains(QStringLiteral("UNREAD"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages m JOIN message_folders mf ON mf.message_id = m.id "
                                   "JOIN folders f ON f.id = mf.folder_id WHERE m.account_id = ? AND "
                                   "f.remote_id = 'INBOX' AND (m.flags & 1) = 0")),
              unreadInbox);
    ASSERT_GT(unreadInbox, 0);
}

TEST_F(GmailSyncTest, TheFirstInboxPageIsStoredBeforeTheRest)
{
    gmail::GmailSync::Options o = testOptions();
    o.firstPage = 10;
    o.listPage = 50;
    ASSERT_TRUE(connectAccount(o).ok());
    // The ten newest Inbox messages, by the emulator's order.
    QList<const sandbox::StoredMessage *> inbox;
    for (const sandbox::StoredMessage &m : mailbox().messages())
        if (m.labels.contains(QStringLiteral("INBOX")))
            inbox.append(&m);
    std::sort(inbox.begin(), inbox.end(), [](auto *a, auto *b) { return a->internalDateMs > b->internalDateMs; });
    inbox = inbox.mid(0, 10);
    qint64 storedAtFirstPage = -1;
    QStringList newestStored;
    QObject::connect(sync.get(), &sync::AccountSync::progress, [&](const SyncProgress &p) {
        if (p.phase != SyncProgress::Phase::Full || storedAtFirstPage >= 0)
            return;
        storedAtFirstPage = count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"));
        for (const sandbox::StoredMessage *m : std::as_const(inbox))
            if (store->messageIdForRemote(accountId, m->id).value() > 0)
                newestStored.append(m->id);
    });
    ASSERT_TRUE(runSync().inStep());
    EXPECT_EQ(storedAtFirstPage, 10);
    EXPECT_EQ(newestStored.size(), 10);
}

TEST_F(GmailSyncTest, ChangesFromAnotherDeviceConvergeThroughHistory)
{
    ASSERT_TRUE(connectAccount().ok());
    ASSERT_TRUE(runSync().inStep());
    sandbox.log().clear();
    sandbox::Mailbox &mb = mailbox();
    QStringList ids = QStringList(mb.messages().keys());
    // New mail, label changes of every kind, deletions, and a label made on the other device.
    for (int i = 0; i < 4; ++i)
        sandbox.deliver(address(), sandbox.generateMessage(address(), 500 + i));
    mb.modify(ids.at(0), {QStringLiteral("STARRED")}, {QStringLiteral("UNREAD")});
    mb.modify(ids.at(1), {QStringLiteral("UNREAD")}, {QStringLiteral("INBOX")});
    mb.modify(ids.at(2), {QStringLiteral("Label_2")}, {});
    mb.modify(ids.at(3), {QStringLiteral("TRASH")}, {QStringLiteral("INBOX")});
    const QString fresh = mb.addLabel({{}, QStringLiteral("Receipts/2026"), false, {}, {}, {}, {}, false});
    mb.modify(ids.at(4), {fresh}, {});
    mb.removeMessage(ids.at(5));
    mb.removeMessage(ids.at(6));
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_FALSE(r.fullSync);
    EXPECT_EQ(r.added, 4);
    EXPECT_EQ(r.removed, 2);
    EXPECT_EQ(storeDifferences(), QString());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM folders WHERE account_id = ? AND path = 'Receipts/2026'")), 1);
    // Incremental: history and a few gets, never a listing of the mailbox.
    int lists = 0, history = 0;
    for (const auto &e : sandbox.log().entries()) {
        lists += e.path.endsWith(QLatin1String("/messages"));
        history += e.path.endsWith(QLatin1String("/history"));
    }
    EXPECT_EQ(lists, 0);
    EXPECT_GE(history, 1);

    // Nothing changed: one history call, nothing else but the label list.
    sandbox.log().clear();
    const SyncReport idle = runSync();
    ASSERT_TRUE(idle.inStep());
    EXPECT_EQ(idle.added + idle.updated + idle.removed, 0);
    EXPECT_LE(sandbox.log().entries().size(), 2);
}

TEST_F(GmailSyncTest, ExpiredHistoryResyncsAndKeepsDownloadedBodies)
{
    gmail::GmailSync::Options o = testOptions();
    o.prefetch = 20;
    ASSERT_TRUE(connectAccount(o).ok());
    const SyncReport first = runSync();
    ASSERT_TRUE(first.inStep());
    EXPECT_EQ(first.bodies, 20);
    const qint64 bodies = count(
        QStringLiteral("SELECT count(*) FROM bodies b JOIN messages m ON m.id = b.message_id WHERE m.account_id = ?"));
    ASSERT_EQ(bodies, 20);
    // The next run has nothing to prefetch: the newest 20 have their bodies (it does not
    // walk back through the mailbox 20 at a time).
    const SyncReport again = runSync();
    ASSERT_TRUE(again.inStep());
    EXPECT_EQ(again.bodies, 0);
    // The newest message (with a body) is removed, others change; then history expires.
    sandbox::Mailbox &mb = mailbox();
    QString newest;
    qint64 newestDate = 0;
    for (const sandbox::StoredMessage &m : mb.messages())
        if (m.internalDateMs > newestDate) {
            newestDate = m.internalDateMs;
            newest = m.id;
        }
    mb.removeMessage(newest);
    const QString other = mb.messages().firstKey();
    mb.modify(other, {QStringLiteral("Label_3")}, {});
    sandbox.deliver(address(), sandbox.generateMessage(address(), 900));
    mb.expireHistory();
    gmail::GmailSync::Options noPrefetch = o;
    noPrefetch.prefetch = 0;
    makeSync(noPrefetch);
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_TRUE(r.fullSync);
    EXPECT_EQ(storeDifferences(), QString());
    // The bodies of the messages that still exist were kept, not fetched again.
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT count(*) FROM bodies b JOIN messages m ON m.id = b.message_id WHERE m.account_id = ?")),
              19);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(GmailSyncTest, OpeningAMessageFetchesItsBodyIntoTheStoreAndTheIndex)
{
    ASSERT_TRUE(connectAccount().ok());
    ASSERT_TRUE(runSync().inStep());
    const QString id = mailbox().messages().firstKey();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM bodies b JOIN messages m ON m.id = b.message_id "
                                   "WHERE m.account_id = ?")),
              0);
    std::optional<Status> fetched;
    QObject::connect(sync.get(), &sync::AccountSync::bodyFetched, [&](const QString &remoteId, const Status &s) {
        if (remoteId == id)
            fetched = s;
    });
    sync->fetchBody(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetched.has_value(); }, 20000));
    ASSERT_TRUE(fetched->ok()) << fetched->error();
    const qint64 messageId = store->messageIdForRemote(accountId, id).value();
    auto reader = store::StoreReader::open(storePath());
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader.value()->rawMessage(messageId).value(), mailbox().message(id)->raw);
    EXPECT_TRUE(store->checkIntegrity().ok());

    // A message gone from the server says so.
    std::optional<Status> gone;
    const QString doomed = mailbox().messages().lastKey();
    mailbox().removeMessage(doomed);
    QObject::connect(sync.get(), &sync::AccountSync::bodyFetched, [&](const QString &remoteId, const Status &s) {
        if (remoteId == doomed)
            gone = s;
    });
    sync->fetchBody(doomed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone.has_value(); }, 20000));
    EXPECT_FALSE(gone->ok());
}

TEST_F(GmailSyncTest, ARevokedGrantAsksForReauthorizationAndKeepsEverything)
{
    ASSERT_TRUE(connectAccount().ok());
    ASSERT_TRUE(runSync().inStep());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"));
    sandbox.oauth().revokeUser(address());
    sandbox.oauth().expireAccessTokens();
    const SyncReport r = runSync();
    EXPECT_EQ(r.outcome, SyncReport::Outcome::ReauthRequired) << r.error;
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?")), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND state = 'reauth_required'")), 1);
}

TEST_F(GmailSyncTest, AHistoryRecordForAMessageNotHeldHereFetchesItWhole)
{
    ASSERT_TRUE(connectAccount().ok());
    ASSERT_TRUE(runSync().inStep());
    const QString id = mailbox().messages().firstKey();
    store::SyncChanges lose; // as if a crash of an older version had lost it
    lose.removed = {id};
    ASSERT_TRUE(store->applySync(accountId, lose).ok());
    mailbox().modify(id, {QStringLiteral("STARRED")}, {});
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(storeDifferences(), QString());
}

TEST_F(GmailSyncTest, AMessageThatCannotBeParsedIsKeptWithWhatCouldBeReadAndFlagged)
{
    ASSERT_TRUE(connectAccount().ok());
    ASSERT_TRUE(runSync().inStep());
    const QByteArray junk("\x01\x02 not a message \x7f\xff\xfe\r\n\r\n\x00\x00 at all", 33);
    const QString id = sandbox.deliver(address(), junk);
    ASSERT_FALSE(id.isEmpty());
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_EQ(storeDifferences(), QString());
    std::optional<Status> fetched;
    QObject::connect(sync.get(), &sync::AccountSync::bodyFetched,
                     [&](const QString &, const Status &s) { fetched = s; });
    sync->fetchBody(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return fetched.has_value(); }, 20000));
    ASSERT_TRUE(fetched->ok()) << fetched->error();
    const qint64 messageId = store->messageIdForRemote(accountId, id).value();
    EXPECT_EQ(count(QStringLiteral("SELECT flags & %1 FROM messages WHERE account_id = ? AND id = %2")
                        .arg(store::MessageFlag::Broken)
                        .arg(messageId)),
              store::MessageFlag::Broken);
    auto reader = store::StoreReader::open(storePath());
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader.value()->rawMessage(messageId).value(), junk); // nothing lost
}

TEST_F(GmailSyncTest, TheSchedulerRunsOnDemandOnceAtATimeOnAnIntervalAndNotWhileOffline)
{
    ASSERT_TRUE(connectAccount().ok());
    sync.reset(); // the scheduler makes its own
    sync::SyncScheduler scheduler([this](const store::AccountRow &row) -> std::unique_ptr<sync::AccountSync> {
        return std::make_unique<gmail::GmailSync>(*store, row.id, tokens.get(), &nam,
                                                  config(settings::Provider::Google).apiBase(), testOptions());
    });
    QList<SyncReport> reports;
    int starts = 0;
    QObject::connect(&scheduler, &sync::SyncScheduler::accountFinished,
                     [&](const SyncReport &r) { reports.append(r); });
    QObject::connect(&scheduler, &sync::SyncScheduler::runningChanged,
                     [&](qint64, bool running) { starts += running; });
    scheduler.setIntervalSeconds(0);
    auto reader = store::StoreReader::open(storePath());
    ASSERT_TRUE(reader.ok());
    scheduler.setAccounts(reader.value()->accounts().value());
    ASSERT_EQ(scheduler.accountIds(), QList<qint64>{accountId});
    // Three asks while the first run is under way: one more run, not three.
    scheduler.syncNow();
    scheduler.syncNow();
    scheduler.syncNow(accountId);
    EXPECT_TRUE(scheduler.isRunning(accountId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reports.size() == 2; }, 60000));
    QTest::qWait(300);
    EXPECT_EQ(reports.size(), 2);
    EXPECT_EQ(starts, 2);
    EXPECT_TRUE(reports.at(0).fullSync && reports.at(0).inStep());
    EXPECT_TRUE(!reports.at(1).fullSync && reports.at(1).inStep());
    // Offline: nothing runs; back online: it runs at once.
    scheduler.setOnline(false);
    scheduler.syncNow();
    QTest::qWait(300);
    EXPECT_EQ(reports.size(), 2);
    scheduler.setOnline(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reports.size() == 3; }, 20000));
    // On an interval.
    scheduler.setIntervalSeconds(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reports.size() >= 5; }, 10000));
    scheduler.setIntervalSeconds(0);
    // An account that is gone from the list is dropped.
    scheduler.setAccounts({});
    EXPECT_TRUE(scheduler.accountIds().isEmpty());
}

TEST_F(GmailSyncTest, AQuotaSpentElsewhereIsWaitedForNotFailed)
{
    // Another process (an emailctl killed a moment ago) spent the quota: this client's own
    // window knows nothing of it, Google answers 429 with Retry-After inside the batches.
    // A window longer than the 7.5 s that part retries without Retry-After would wait.
    sandbox.limits().gmailQuotaWindowMs = 10000;
    sandbox.limits().gmailUnitsPerMinute = 2000;
    gmail::GmailSync::Options o = testOptions();
    o.unitsPerMinute = 2000;
    o.quotaWindowMs = 10000;
    o.quotaSlackMs = 50;
    ASSERT_TRUE(connectAccount(o).ok());
    ASSERT_TRUE(sandbox.quota().chargeGmail(address(), 1990, QDateTime::currentMSecsSinceEpoch()));
    const SyncReport r = runSync();
    ASSERT_TRUE(r.inStep()) << r.error;
    EXPECT_GT(sandbox.quota().gmailRefusals(address()), 0) << "nothing was throttled: the test proves nothing";
    EXPECT_EQ(storeDifferences(), QString());
}

} // namespace
