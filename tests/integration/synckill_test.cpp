// `emailctl sync` killed with SIGKILL at random points, at least twenty times, for a Gmail and an
// Outlook account, while the mailbox changes on "another device" and actions are queued, then run to the end: the
// store is intact, has no duplicate, and equals the mailbox. (Keychain: gnome-keyring
// under with-keyring.sh; emailctl finds the emulator through the user's provider settings.)
#include "gmailsynctestsupport.h"
#include "killtestsupport.h"
#include "settings/providersettings.h"
#include "testsupport.h"
#include "util/paths.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace em;

namespace {

// For Gmail and for Outlook (Graph): the same kills, the same checks.
class SyncKillTest : public ::testing::TestWithParam<settings::Provider>, public test::GmailSyncFixture
{
protected:
    SyncKillTest() : GmailSyncFixture(options(2500, 41)) { sandbox.limits().latencyMs = 2; }

    settings::Provider provider() const { return GetParam(); }
    bool google() const { return provider() == settings::Provider::Google; }
    QString account() const { return user(provider()); }
    sandbox::Mailbox &box() { return *sandbox.mailbox(account()); }
    QString differences(int *duplicates)
    {
        return test::differences(google() ? test::viewOf(box()) : test::graphView(box()),
                                 test::viewOf(storePath(), accountId, duplicates));
    }

    void SetUp() override
    {
        qputenv("EMAIL_MANAGER_SYSTEM_CONFIG", dir.filePath(QStringLiteral("no-system.conf")).toUtf8());
        ASSERT_TRUE(started);
        // What an administrator and a sign-in leave behind, where emailctl looks for them.
        // emailctl's own config file (this test program has another application name).
        settings::ProviderSettings settings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                                QStringLiteral("/email-manager/providers.conf"),
                                            defaultSystemSettingsPath());
        ASSERT_TRUE(settings.save(settings::Scope::User, config(provider())).ok());
        auth::Keychain appKeychain(keychainService());
        if (!config(provider()).clientSecret.isEmpty()) { // Microsoft's test client is public
            ASSERT_TRUE(auth::writeBlocking(appKeychain, settings::clientSecretKey(provider()),
                                            config(provider()).clientSecret.toUtf8())
                            .ok());
        }
        const Result<auth::AuthorizedAccount> a = signIn(config(provider()), account());
        ASSERT_TRUE(a.ok()) << a.error();
        ASSERT_TRUE(
            auth::writeBlocking(appKeychain, auth::accountTokenKey(provider(), account()), a.value().tokens.toJson())
                .ok());
        auto opened = store::MailStore::open(storePath());
        ASSERT_TRUE(opened.ok());
        accountId = opened.value()->ensureAccount(settings::providerId(provider()), account(), QString()).value();
    }

    // Starts emailctl; the test's event loop keeps serving the emulator meanwhile.
    std::unique_ptr<QProcess> start(const QStringList &args) { return test::startEmailctl(storePath(), args); }
    static bool finish(QProcess &p, int timeoutMs) { return test::waitForExit(p, timeoutMs); }

    // What another device does between two runs.
    void changeElsewhere(QRandomGenerator &rng, int round)
    {
        sandbox::Mailbox &mb = box();
        const QStringList ids = QStringList(mb.messages().keys());
        for (int i = 0; i < 6; ++i) {
            const QString &id = ids.at(rng.bounded(int(ids.size())));
            if (!mb.message(id))
                continue;
            switch (rng.bounded(4)) {
            case 0: mb.modify(id, {QStringLiteral("UNREAD")}, {}); break;
            case 1:
                if (google())
                    mb.modify(id, {QStringLiteral("Label_1")}, {QStringLiteral("INBOX")});
                else
                    mb.moveToFolder(id, mb.wellKnown(QStringLiteral("archive"))->id, true);
                break;
            case 2: mb.removeMessage(id); break;
            default: sandbox.deliver(account(), sandbox.generateMessage(account(), 3000 + round * 10 + i)); break;
            }
        }
    }
    // The store id of a message the store holds (0: none yet).
    qint64 storedId(const QString &remoteId)
    {
        return test::countRows(storePath(),
                               QStringLiteral("SELECT coalesce(max(id), 0) FROM messages WHERE account_id = ? AND "
                                              "remote_id = '%1'")
                                   .arg(remoteId),
                               accountId);
    }
};

TEST_P(SyncKillTest, KilledTwentyTimesAtRandomThenRunToTheEndItConverges)
{
    QRandomGenerator rng(20261127);
    int kills = 0, completed = 0, actions = 0;
    int maxDelay = 1500;
    for (int round = 0; kills < 20 && round < 80; ++round) {
        if (round % 3 == 1)
            changeElsewhere(rng, round);
        if (round % 4 == 2) {
            // A user action queued between runs (replayed, perhaps killed mid-replay).
            const QStringList ids = QStringList(box().messages().keys());
            const QString pick = ids.at(rng.bounded(int(ids.size())));
            if (const qint64 id = storedId(pick); id > 0) {
                auto mark = start({QStringLiteral("mark"), QStringLiteral("--star"), QStringLiteral("--no-sync"),
                                   QString::number(id)});
                ASSERT_TRUE(finish(*mark, 30000));
                EXPECT_EQ(mark->exitCode(), 0) << mark->readAllStandardError().constData();
                ++actions;
            }
        }
        auto sync = start({QStringLiteral("sync"), account(), QStringLiteral("--prefetch"), QStringLiteral("5"),
                           QStringLiteral("--quiet")});
        const int delay = 50 + rng.bounded(maxDelay);
        if (finish(*sync, delay)) {
            ++completed;
            maxDelay = qMax(200, maxDelay * 2 / 3); // it got there first: kill sooner next time
            continue;
        }
        sync->kill(); // SIGKILL
        ASSERT_TRUE(finish(*sync, 10000));
        if (sync->exitStatus() == QProcess::NormalExit) {
            ++completed; // it ended just as the kill went out: not a kill
            continue;
        }
        ++kills;
    }
    ASSERT_GE(kills, 20);
    std::printf("kills: %d, runs that finished first: %d, actions queued: %d\n", kills, completed, actions);

    changeElsewhere(rng, 99);
    auto last = start({QStringLiteral("sync"), account()});
    ASSERT_TRUE(finish(*last, 180000));
    const QString out = QString::fromUtf8(last->readAllStandardOutput());
    const QString err = QString::fromUtf8(last->readAllStandardError());
    ASSERT_EQ(last->exitCode(), 0) << err;
    EXPECT_TRUE(out.contains(account() + QStringLiteral(": in step"))) << out;
    int duplicates = -1;
    EXPECT_EQ(differences(&duplicates), QString());
    EXPECT_EQ(duplicates, 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ? AND state = 'pending'")), 0);
    EXPECT_EQ(test::storeProblems(storePath()), QString());
}

TEST_P(SyncKillTest, SyncPrintsProgressAndWhatChangedAndFailsWhenTheServerIsDown)
{
    QElapsedTimer timer;
    timer.start();
    auto first = start({QStringLiteral("sync")});
    ASSERT_TRUE(finish(*first, 180000));
    std::printf("first sync: %lld ms\n", timer.restart());
    const QString out = QString::fromUtf8(first->readAllStandardOutput());
    ASSERT_EQ(first->exitCode(), 0) << first->readAllStandardError().constData();
    EXPECT_TRUE(out.contains(QStringLiteral("Fetching the newest mail"))) << out; // the first Inbox page
    EXPECT_TRUE(out.contains(QStringLiteral("in step"))) << out;
    const auto expected = google() ? test::viewOf(box()) : test::graphView(box());
    EXPECT_TRUE(out.contains(QStringLiteral("%1 new").arg(expected.size()))) << out;

    sandbox.stop();
    auto down = start({QStringLiteral("sync"), account()});
    ASSERT_TRUE(finish(*down, 180000));
    EXPECT_EQ(down->exitCode(), 1);
    std::printf("sync with the server down: %lld ms\n", timer.restart());
    EXPECT_FALSE(QString::fromUtf8(down->readAllStandardError()).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Providers, SyncKillTest,
                         ::testing::Values(settings::Provider::Google, settings::Provider::Microsoft),
                         [](const ::testing::TestParamInfo<settings::Provider> &info) {
                             return info.param == settings::Provider::Google ? std::string("Gmail")
                                                                             : std::string("Outlook");
                         });

} // namespace
