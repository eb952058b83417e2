// The GUI's side of sync: the main window's status bar and Get mail, driven by a real
// SyncScheduler whose syncs a real SyncFactory makes (SyncController, composed as
// app/gui/main.cpp composes it), syncing a Gmail account of the in-process emulator with
// its tokens in a real keychain (KEYRING).
#include "gmailsynctestsupport.h"
#include "mailboxcontroller.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagelistview.h"
#include "messageview.h"
#include "readercontroller.h"
#include "safetextbrowser.h"
#include "settings/providersettings.h"
#include "synccontroller.h"
#include "syncstatus.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace em;
using em::sync::SyncReport;
using em::ui::MainWindow;
using em::ui::SyncController;
using em::ui::SyncStatus;

namespace {

class SyncStatusTest : public ::testing::Test, public test::GmailSyncFixture
{
protected:
    explicit SyncStatusTest(int messages = 40) : GmailSyncFixture(options(messages)) {}

    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(connectAccount().ok());
        // The fixture's own sync is not used: the controller makes the account's sync.
        sync.reset();
        tokens.reset();
        m_settings = std::make_unique<settings::ProviderSettings>(dir.filePath(QStringLiteral("user.conf")),
                                                                  dir.filePath(QStringLiteral("system.conf")));
        for (settings::Provider p : {settings::Provider::Google, settings::Provider::Microsoft})
            ASSERT_TRUE(m_settings->save(settings::Scope::System, config(p)).ok());
        m_controller =
            std::make_unique<SyncController>(accounts::AccountServices{m_settings.get(), &keychain, &nam, store.get()});
        gmail::GmailSync::Options o = m_controller->gmailOptions();
        o.prefetch = 5;
        m_controller->setGmailOptions(o);
        m_finished = std::make_unique<QSignalSpy>(scheduler(), &sync::SyncScheduler::accountFinished);
    }

    void TearDown() override
    {
        m_mailbox.reset();
        m_window.reset();
        m_controller.reset();
        QLocale::setDefault(QLocale::c());
    }

    sync::SyncScheduler *scheduler() { return m_controller->scheduler(); }

    // The window wired as app/gui/main.cpp wires it; the controller started.
    MainWindow &window()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->followSync(scheduler());
        QObject::connect(m_controller.get(), &SyncController::accountsChanged, m_window.get(),
                         &MainWindow::setAccounts);
        QObject::connect(m_controller.get(), &SyncController::accountUnavailable, m_window->syncStatus(),
                         &SyncStatus::setUnavailable);
        QObject::connect(m_window.get(), &MainWindow::getMailRequested, scheduler(),
                         [s = scheduler()] { s->syncNow(0); });
        m_mailbox = std::make_unique<ui::MailboxController>(m_window.get(), store.get(), scheduler());
        m_mailbox->setMarkReadDelay(-1);
        m_window->show();
        m_controller->start();
        return *m_window;
    }

    // The next report of a run (after `seen` reports), or a Failed one when none came.
    SyncReport nextReport(int seen, int timeoutMs = 90000)
    {
        if (!QTest::qWaitFor([&] { return m_finished->size() > seen; }, timeoutMs)) {
            SyncReport none;
            none.outcome = SyncReport::Outcome::Failed;
            none.error = QStringLiteral("no sync run ended");
            return none;
        }
        return m_finished->at(seen).first().value<SyncReport>();
    }
    // Waits for the first run (started by the controller) to end in step.
    void firstSyncInStep()
    {
        const SyncReport r = nextReport(0);
        ASSERT_EQ(r.outcome, SyncReport::Outcome::InStep) << r.error;
    }

    SyncStatus *status() { return m_window->syncStatus(); }
    QString progressText() { return status()->progressLabel()->text(); }
    bool shown(QWidget *w) { return w->isVisibleTo(m_window.get()); }

    std::unique_ptr<settings::ProviderSettings> m_settings;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ui::MailboxController> m_mailbox;
    std::unique_ptr<QSignalSpy> m_finished;
};

// A mailbox big enough, and an emulator slow enough, for the full sync to be watched.
class BigMailbox : public SyncStatusTest
{
protected:
    BigMailbox() : SyncStatusTest(300) {}

    void SetUp() override
    {
        SyncStatusTest::SetUp();
        gmail::GmailSync::Options o = m_controller->gmailOptions();
        o.firstPage = 20;
        o.listPage = 60;
        m_controller->setGmailOptions(o);
        sandbox.limits().latencyMs = 60;
    }

    // Waits until the status shows the listing with its bar; the text it showed then.
    QString waitForListing()
    {
        std::optional<sync::SyncProgress> last;
        const QMetaObject::Connection c = QObject::connect(scheduler(), &sync::SyncScheduler::progress,
                                                           [&](const sync::SyncProgress &p) { last = p; });
        QString seen;
        const bool listing = QTest::qWaitFor(
            [&] {
                if (!last || last->phase != sync::SyncProgress::Phase::Full || last->done == 0 ||
                    !shown(status()->progressBar()))
                    return false;
                seen = progressText();
                return true;
            },
            60000);
        QObject::disconnect(c);
        return listing ? seen : QString();
    }
};

TEST_F(BigMailbox, ShowsTheProgressOfAFullSyncThenWhenMailWasChecked)
{
    MainWindow &w = window();
    EXPECT_TRUE(w.getMailAction()->isEnabled()) << "the account is known before its sync is made";
    const QString text = waitForListing();
    ASSERT_FALSE(text.isEmpty()) << progressText();
    const QRegularExpression format(QStringLiteral("^alice\\.sandbox@gmail\\.com: Downloading message list "
                                                   "(\\d+) of 300$"));
    const QRegularExpressionMatch m = format.match(text);
    ASSERT_TRUE(m.hasMatch()) << text;
    QProgressBar *bar = status()->progressBar();
    EXPECT_EQ(bar->maximum(), 300);
    EXPECT_GT(bar->value(), 0);
    EXPECT_LE(bar->value(), 300);
    EXPECT_FALSE(shown(status()->problemLabel()));
    EXPECT_FALSE(shown(status()->offlineLabel()));
    EXPECT_TRUE(scheduler()->isRunning(accountId));
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-sync-en")));

    const SyncReport r = nextReport(0);
    ASSERT_EQ(r.outcome, SyncReport::Outcome::InStep) << r.error;
    EXPECT_TRUE(r.fullSync);
    EXPECT_EQ(r.bodies, 5);
    EXPECT_EQ(storeDifferences(), QString());
    // Idle: when mail was checked, in the user's locale; no bar.
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !shown(status()->progressBar()); }, 5000));
    EXPECT_TRUE(progressText().startsWith(QLatin1String("Mail checked at "))) << progressText();
    EXPECT_TRUE(progressText().endsWith(at) ||
                progressText().endsWith(QLocale().toString(QTime::currentTime().addSecs(-60), QLocale::ShortFormat)))
        << progressText();
    EXPECT_FALSE(shown(status()->problemLabel()));
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-synced-en")));
}

TEST_F(BigMailbox, RightToLeftInHebrew)
{
    test::Hebrew hebrew;
    EXPECT_TRUE(hebrew.loaded());
    QLocale::setDefault(QLocale(QLocale::Hebrew, QLocale::Israel));
    MainWindow &w = window();
    EXPECT_EQ(w.layoutDirection(), Qt::RightToLeft);
    ASSERT_FALSE(waitForListing().isEmpty()) << progressText();
    EXPECT_EQ(status()->progressBar()->maximum(), 300);
    EXPECT_TRUE(progressText().contains(QLatin1String("alice.sandbox@gmail.com"))) << progressText();
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-sync-he")));
    firstSyncInStep();
}

TEST_F(SyncStatusTest, TheSyncedMailboxIsListedAndAMessageIsDownloadedWhenOpened)
{
    MainWindow &w = window();
    firstSyncInStep();
    ui::MessageListModel *list = m_mailbox->messages();
    // The Unified Inbox fills as the account syncs; what it lists is the emulator's Inbox.
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->rowCount() > 0 && m_mailbox->pendingLoad() == 0; }, 20000));
    const qint64 inboxInStore = count(QStringLiteral(
        "SELECT count(*) FROM message_folders mf JOIN folders f ON f.id = mf.folder_id WHERE f.account_id = ? AND "
        "f.kind = 'inbox'"));
    EXPECT_EQ(list->messageCount(), inboxInStore);
    // A message whose body was not prefetched: opening it downloads it, ahead of sync.
    const qint64 bodiless = count(QStringLiteral(
        "SELECT m.id FROM messages m JOIN message_folders mf ON mf.message_id = m.id JOIN folders f ON f.id = "
        "mf.folder_id WHERE m.account_id = ? AND f.kind = 'inbox' AND NOT EXISTS (SELECT 1 FROM bodies b WHERE "
        "b.message_id = m.id) ORDER BY m.date LIMIT 1"));
    ASSERT_GT(bodiless, 0);
    w.conversationsAction()->setChecked(false);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_mailbox->pendingLoad() == 0 && list->indexOfMessage(bodiless).isValid(); }, 20000));
    const QModelIndex row = list->indexOfMessage(bodiless);
    w.messageList()->setCurrentIndex(row);
    w.messageList()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(m_mailbox->reader()->shownMessage(), bodiless);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            ui::SafeTextBrowser *b = w.reader()->browser(bodiless);
            return b && !b->toPlainText().trimmed().isEmpty();
        },
        20000));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM bodies WHERE message_id = %1 AND ? > 0").arg(bodiless)), 1);
    w.conversationsAction()->setChecked(true);
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-mailbox-en")));
}

TEST_F(SyncStatusTest, TheSyncedMailboxInHebrew)
{
    test::Hebrew hebrew;
    ASSERT_TRUE(hebrew.loaded());
    QLocale::setDefault(QLocale(QLocale::Hebrew, QLocale::Israel));
    MainWindow &w = window();
    firstSyncInStep();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_mailbox->messages()->rowCount() > 0 && m_mailbox->pendingLoad() == 0; }, 20000));
    const QModelIndex first = m_mailbox->messages()->index(0, 0);
    w.messageList()->setCurrentIndex(first);
    w.messageList()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(300);
    EXPECT_EQ(w.layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-mailbox-he")));
}

TEST_F(SyncStatusTest, GetMailRunsEveryAccountAndIsDisabledWithoutOne)
{
    {
        MainWindow empty;
        EXPECT_FALSE(empty.getMailAction()->isEnabled()) << "no account yet";
        EXPECT_EQ(empty.getMailAction()->shortcut(), QKeySequence(Qt::Key_F5));
    }
    MainWindow &w = window();
    firstSyncInStep();
    QSignalSpy running(scheduler(), &sync::SyncScheduler::runningChanged);
    w.getMailAction()->trigger();
    const SyncReport r = nextReport(1);
    ASSERT_EQ(r.outcome, SyncReport::Outcome::InStep) << r.error;
    EXPECT_FALSE(r.fullSync) << "the second run pulls history";
    ASSERT_GE(running.size(), 2);
    EXPECT_EQ(running.first(), (QVariantList{accountId, true}));
}

TEST_F(SyncStatusTest, ARevokedGrantAsksToSignInAgainUntilTheAccountIsSignedInAgain)
{
    MainWindow &w = window();
    firstSyncInStep();
    sandbox.oauth().revokeUser(address());
    sandbox.oauth().expireAccessTokens();
    w.getMailAction()->trigger();
    const SyncReport r = nextReport(1);
    ASSERT_EQ(r.outcome, SyncReport::Outcome::ReauthRequired) << r.error;

    QLabel *problem = status()->problemLabel();
    ASSERT_TRUE(shown(problem));
    EXPECT_TRUE(problem->text().contains(QLatin1String("Sign in to alice.sandbox@gmail.com again"))) << problem->text();
    EXPECT_TRUE(problem->text().contains(QLatin1String("href=\"accounts\""))) << problem->text();
    EXPECT_TRUE(problem->toolTip().contains(r.error)) << "the tooltip says why";
    QSignalSpy accountsPage(&w, &MainWindow::accountsRequested);
    Q_EMIT problem->linkActivated(QStringLiteral("accounts"));
    EXPECT_EQ(accountsPage.size(), 1);
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-reauth-en")));

    // What the Accounts page does on "Sign in again": new tokens, then the account connected.
    QPointer<sync::AccountSync> before = scheduler()->account(accountId);
    const Result<auth::AuthorizedAccount> again = signIn(config(settings::Provider::Google), address());
    ASSERT_TRUE(again.ok()) << again.error();
    ASSERT_TRUE(storeTokens(settings::Provider::Google, address(), again.value().tokens).ok());
    ASSERT_TRUE(store->setAccountState(accountId, store::AccountState::Connected).ok());
    // The old sync holds the refused tokens: a new one is made and runs at once.
    const SyncReport after = nextReport(2);
    ASSERT_EQ(after.outcome, SyncReport::Outcome::InStep) << after.error;
    EXPECT_TRUE(before.isNull() || before != scheduler()->account(accountId));
    EXPECT_FALSE(shown(problem));
}

TEST_F(SyncStatusTest, AServerThatKeepsFailingShowsItsErrorWithALinkToAccounts)
{
    MainWindow &w = window();
    firstSyncInStep();
    auto *gmailSync = qobject_cast<gmail::GmailSync *>(scheduler()->account(accountId));
    ASSERT_TRUE(gmailSync);
    gmailSync->http().setRetryPolicy({2, 20, 50}); // not the minute a real client waits
    sandbox.limits().rate500 = 1.0;
    w.getMailAction()->trigger();
    const SyncReport r = nextReport(1);
    ASSERT_EQ(r.outcome, SyncReport::Outcome::Failed) << r.error;
    ASSERT_FALSE(r.error.isEmpty());

    QLabel *problem = status()->problemLabel();
    ASSERT_TRUE(shown(problem));
    EXPECT_EQ(problem->toolTip(), QStringLiteral("alice.sandbox@gmail.com: ") + r.error);
    EXPECT_TRUE(problem->text().startsWith(QLatin1String("alice.sandbox@gmail.com: "))) << problem->text();
    EXPECT_TRUE(problem->text().contains(QLatin1String("href=\"accounts\""))) << problem->text();
    // The error stays while the next run goes; it goes when a run ends in step.
    sandbox.limits().rate500 = 0;
    w.getMailAction()->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return scheduler()->isRunning(accountId) || m_finished->size() > 2; }, 5000));
    const SyncReport ok = nextReport(2);
    ASSERT_EQ(ok.outcome, SyncReport::Outcome::InStep) << ok.error;
    EXPECT_FALSE(shown(problem));
}

TEST_F(SyncStatusTest, ARefusedClientLinksToEmailSettingsAndSavedSettingsMakeTheSyncsAnew)
{
    MainWindow &w = window();
    firstSyncInStep();
    // The administrator saves a wrong client secret; the access token expires.
    settings::ProviderConfig wrong = config(settings::Provider::Google);
    wrong.clientSecret = QStringLiteral("GOCSPX-not-the-secret");
    ASSERT_TRUE(m_settings->save(settings::Scope::System, wrong).ok());
    QPointer<sync::AccountSync> before = scheduler()->account(accountId);
    m_controller->reloadConfigurations();
    ASSERT_TRUE(QTest::qWaitFor([&] { return before.isNull(); }, 10000)) << "the sync is made anew";
    sandbox.oauth().expireAccessTokens();
    const SyncReport r = nextReport(1);
    ASSERT_EQ(r.outcome, SyncReport::Outcome::ConfigError) << r.error;
    QLabel *problem = status()->problemLabel();
    ASSERT_TRUE(shown(problem));
    EXPECT_TRUE(problem->text().contains(QLatin1String("href=\"settings\""))) << problem->text();
    EXPECT_TRUE(problem->text().contains(QLatin1String("Open Email settings"))) << problem->text();
    QSignalSpy emailSettings(&w, &MainWindow::emailSettingsRequested);
    Q_EMIT problem->linkActivated(QStringLiteral("settings"));
    EXPECT_EQ(emailSettings.size(), 1);

    // Put right and saved: the next syncs use the right secret.
    ASSERT_TRUE(m_settings->save(settings::Scope::System, config(settings::Provider::Google)).ok());
    m_controller->reloadConfigurations();
    const SyncReport ok = nextReport(2);
    ASSERT_EQ(ok.outcome, SyncReport::Outcome::InStep) << ok.error;
    EXPECT_FALSE(shown(problem));
}

TEST_F(SyncStatusTest, OfflineShowsTheIndicatorPausesAndSyncsWhenBack)
{
    MainWindow &w = window();
    firstSyncInStep();
    QSignalSpy running(scheduler(), &sync::SyncScheduler::runningChanged);
    scheduler()->setOnline(false);
    EXPECT_TRUE(shown(status()->offlineLabel()));
    EXPECT_EQ(status()->offlineLabel()->text(), QStringLiteral("Offline"));
    EXPECT_FALSE(w.getMailAction()->isEnabled()) << "nothing would run";
    EXPECT_TRUE(progressText().startsWith(QLatin1String("Mail checked at "))) << "still says when";
    scheduler()->syncNow(0);
    EXPECT_FALSE(running.wait(300));
    EXPECT_TRUE(test::saveScreenshot(&w, QStringLiteral("mainwindow-offline-en")));

    scheduler()->setOnline(true);
    EXPECT_FALSE(shown(status()->offlineLabel()));
    EXPECT_TRUE(w.getMailAction()->isEnabled());
    ASSERT_FALSE(running.isEmpty()) << "back online: every account syncs";
    EXPECT_EQ(running.first(), (QVariantList{accountId, true}));
    EXPECT_EQ(nextReport(1).outcome, SyncReport::Outcome::InStep);
}

TEST_F(SyncStatusTest, AccountsFollowTheStore)
{
    MainWindow &w = window();
    firstSyncInStep();
    // An account of a provider this version cannot sync: listed, and why is said.
    const Result<qint64> bob =
        store->ensureAccount(QStringLiteral("yahoo"), QStringLiteral("carol@yahoo.example"), QStringLiteral("Carol"));
    ASSERT_TRUE(bob.ok());
    // As ConnectJob does (ensureAccount alone announces nothing).
    ASSERT_TRUE(store->setAccountState(bob.value(), store::AccountState::Connected).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_controller->unavailableReason(bob.value()).isEmpty(); }, 5000));
    EXPECT_TRUE(status()->problemLabel()->text().startsWith(QLatin1String("carol@yahoo.example: ")))
        << status()->problemLabel()->text();
    EXPECT_EQ(scheduler()->accountIds(), QList<qint64>{accountId});
    ASSERT_TRUE(store->removeAccount(bob.value()).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !shown(status()->problemLabel()); }, 5000));

    // Disconnected: no sync, no Get mail.
    ASSERT_TRUE(store->setAccountState(accountId, store::AccountState::Disconnected).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w.getMailAction()->isEnabled(); }, 5000));
    EXPECT_TRUE(scheduler()->accountIds().isEmpty());
    EXPECT_TRUE(progressText().isEmpty()) << progressText();
    // Connected again: synced at once.
    ASSERT_TRUE(store->setAccountState(accountId, store::AccountState::Connected).ok());
    const SyncReport r = nextReport(1);
    EXPECT_EQ(r.outcome, SyncReport::Outcome::InStep) << r.error;
    EXPECT_TRUE(w.getMailAction()->isEnabled());
}

} // namespace
