// The Accounts page against the in-process emulator, with a real keychain (KEYRING). The
// consent page is answered over HTTP by em::test::answerConsent instead of a browser.
#include "accountcard.h"
#include "accountspage.h"
#include "auth/keychain.h"
#include "auth/tokenset.h"
#include "consentbrowser.h"
#include "disconnectdialog.h"
#include "messagebanner.h"
#include "sandbox.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using em::settings::Provider;
using em::store::AccountRow;
using em::store::AccountState;
using em::ui::AccountCard;
using em::ui::AccountsPage;
using em::ui::DisconnectDialog;
using em::ui::MessageBanner;

namespace {

const QString kAlice = QStringLiteral("alice.sandbox@gmail.com");
const QString kBob = QStringLiteral("bob.sandbox@outlook.com");

class Accounts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<em::settings::ProviderSettings>(m_dir.filePath(QStringLiteral("user.conf")),
                                                                      m_dir.filePath(QStringLiteral("system.conf")));
        static int counter = 0;
        m_keychain = std::make_unique<em::auth::Keychain>(QStringLiteral("email-manager-uitest-%1").arg(++counter));
        auto store = em::store::MailStore::open(storePath());
        ASSERT_TRUE(store.ok()) << store.error();
        m_store = std::move(store).value();
        ASSERT_TRUE(m_sandbox.start(0));
        m_services = {m_settings.get(), m_keychain.get(), &m_nam, m_store.get()};
    }

    QString storePath() const { return m_dir.filePath(QStringLiteral("mail.sqlite")); }

    std::unique_ptr<AccountsPage> page(bool browserOpens = true)
    {
        auto p = std::make_unique<AccountsPage>(m_services, storePath());
        p->setUrlOpener([this, browserOpens](const QUrl &url) {
            m_opened.append(url);
            return browserOpens;
        });
        p->show();
        EXPECT_TRUE(QTest::qWaitFor([&] { return p->isProviderCheckDone(); }, 15000));
        return p;
    }

    // Presses the button and waits until the page shows the sign-in link.
    QUrl startSignIn(QPushButton *button)
    {
        const int before = m_opened.size();
        button->click();
        if (!QTest::qWaitFor([&] { return m_opened.size() > before; }, 15000))
            return {};
        return m_opened.last();
    }

    // The user allows (or denies) on the consent page; true when the page reports success.
    bool answer(AccountsPage &p, const QUrl &url, const QString &user, bool allow = true)
    {
        QSignalSpy done(&p, &AccountsPage::signInFinished);
        const em::test::ConsentOutcome outcome = em::test::answerConsent(url, user, allow);
        EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
        if (done.isEmpty() && !done.wait(15000))
            return false;
        return done.first().first().toBool();
    }

    bool connectAs(AccountsPage &p, Provider provider, const QString &user)
    {
        const QUrl url = startSignIn(p.connectButton(provider));
        EXPECT_TRUE(url.isValid());
        return answer(p, url, user);
    }

    static std::optional<AccountRow> find(const AccountsPage &p, const QString &address)
    {
        for (const AccountRow &a : p.accounts())
            if (a.address == address)
                return a;
        return std::nullopt;
    }

    // Answers the next DisconnectDialog once it is shown (exec() runs its own loop).
    static void whenAsked(std::function<void(DisconnectDialog *)> act)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, act] {
            if (auto *d = qobject_cast<DisconnectDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                act(d);
            }
        });
        timer->start();
    }

    bool disconnect(AccountsPage &p, const QString &address, bool deleteMail)
    {
        QSignalSpy done(&p, &AccountsPage::disconnectFinished);
        bool defaultUnchecked = false;
        whenAsked([&](DisconnectDialog *d) {
            defaultUnchecked = !d->deleteCheckBox()->isChecked();
            d->deleteCheckBox()->setChecked(deleteMail);
            d->confirmButton()->click();
        });
        p.card(address)->disconnectButton()->click();
        EXPECT_TRUE(defaultUnchecked) << "deleting the mail is never the default";
        if (done.isEmpty() && !done.wait(15000))
            return false;
        return done.first().first().toBool();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<em::settings::ProviderSettings> m_settings;
    std::unique_ptr<em::auth::Keychain> m_keychain;
    QNetworkAccessManager m_nam;
    std::unique_ptr<em::store::MailStore> m_store;
    em::sandbox::Sandbox m_sandbox;
    em::accounts::AccountServices m_services;
    QList<QUrl> m_opened;
};

TEST_F(Accounts, ConnectIsDisabledWithTheReasonUntilThereAreCredentials)
{
    auto p = page();
    for (Provider provider : {Provider::Google, Provider::Microsoft}) {
        EXPECT_FALSE(p->connectButton(provider)->isEnabled());
        EXPECT_TRUE(p->connectReason(provider)->isVisible());
        EXPECT_TRUE(p->connectReason(provider)->text().contains(QStringLiteral("No Client ID")))
            << p->connectReason(provider)->text();
        EXPECT_TRUE(p->openSettingsButton(provider)->isVisible());
    }
    QSignalSpy open(p.get(), &AccountsPage::openEmailSettingsRequested);
    p->openSettingsButton(Provider::Google)->click();
    EXPECT_EQ(open.size(), 1);
    // The guard holds even without the button.
    p->connectAccount(Provider::Google);
    EXPECT_FALSE(p->isSignInWaiting());
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Error);

    // Google without its secret is still not enough.
    em::settings::ProviderConfig idOnly = em::test::emulatorConfig(m_sandbox, Provider::Google);
    idOnly.clientSecret.clear();
    ASSERT_TRUE(m_settings->save(em::settings::Scope::System, idOnly).ok());
    p->refreshProviders();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p->isProviderCheckDone(); }, 15000));
    EXPECT_FALSE(p->connectButton(Provider::Google)->isEnabled());
    EXPECT_TRUE(p->connectReason(Provider::Google)->text().contains(QStringLiteral("Client Secret")));

    em::test::configureEmulator(*m_settings, m_sandbox);
    p->refreshProviders();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p->isProviderCheckDone(); }, 15000));
    for (Provider provider : {Provider::Google, Provider::Microsoft}) {
        EXPECT_TRUE(p->connectButton(provider)->isEnabled());
        EXPECT_FALSE(p->connectReason(provider)->isVisible());
    }
}

TEST_F(Accounts, ConnectsGmailAndOutlookOneSignInAtATime)
{
    em::test::configureEmulator(*m_settings, m_sandbox);
    auto p = page();
    const QUrl url = startSignIn(p->connectButton(Provider::Google));
    ASSERT_TRUE(url.isValid());
    EXPECT_TRUE(p->isSignInWaiting());
    EXPECT_TRUE(p->waitingPanel()->isVisible());
    EXPECT_EQ(p->waitingUrl()->text(), url.toString(QUrl::FullyEncoded));
    EXPECT_FALSE(p->browserNote()->isVisible());
    p->copyLinkButton()->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), p->waitingUrl()->text());

    // A second sign-in is refused: the buttons are off, and the code says no as well.
    EXPECT_FALSE(p->connectButton(Provider::Google)->isEnabled());
    EXPECT_FALSE(p->connectButton(Provider::Microsoft)->isEnabled());
    p->connectAccount(Provider::Microsoft);
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Warning);
    EXPECT_TRUE(p->banner()->text().contains(QStringLiteral("already waiting"))) << p->banner()->text();
    EXPECT_EQ(m_opened.size(), 1) << "no second browser tab";

    ASSERT_TRUE(answer(*p, url, kAlice)) << p->banner()->text();
    EXPECT_FALSE(p->isSignInWaiting());
    EXPECT_FALSE(p->waitingPanel()->isVisible());
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Success);
    EXPECT_TRUE(p->banner()->text().contains(kAlice));
    const auto alice = find(*p, kAlice);
    ASSERT_TRUE(alice);
    EXPECT_EQ(alice->state, AccountState::Connected);
    EXPECT_EQ(alice->provider, QStringLiteral("google"));
    ASSERT_TRUE(p->card(kAlice));
    EXPECT_TRUE(p->card(kAlice)->stateLabel()->text().contains(QStringLiteral("Connected")));
    EXPECT_TRUE(
        p->card(kAlice)->findChild<QLabel *>(QStringLiteral("facts"))->text().contains(QStringLiteral("never")));
    const auto tokens = em::auth::readBlocking(*m_keychain, em::auth::accountTokenKey(Provider::Google, kAlice));
    ASSERT_TRUE(tokens.ok()) << tokens.error();
    EXPECT_TRUE(tokens.value().has_value());

    ASSERT_TRUE(connectAs(*p, Provider::Microsoft, kBob)) << p->banner()->text();
    const auto bob = find(*p, kBob);
    ASSERT_TRUE(bob);
    EXPECT_EQ(bob->state, AccountState::Connected);
    EXPECT_EQ(bob->provider, QStringLiteral("microsoft"));
    EXPECT_EQ(p->accounts().size(), 2);
}

TEST_F(Accounts, CancelEndsTheWaitAndLeavesAccountsAlone)
{
    em::test::configureEmulator(*m_settings, m_sandbox);
    auto p = page();
    ASSERT_TRUE(connectAs(*p, Provider::Google, kAlice));
    const QList<AccountRow> before = p->accounts();

    ASSERT_TRUE(startSignIn(p->connectButton(Provider::Microsoft)).isValid());
    QSignalSpy done(p.get(), &AccountsPage::signInFinished);
    p->cancelButton()->click();
    ASSERT_TRUE(done.size() == 1 || done.wait(10000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_FALSE(p->isSignInWaiting());
    EXPECT_FALSE(p->waitingPanel()->isVisible());
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Info);
    EXPECT_TRUE(p->banner()->text().contains(QStringLiteral("cancelled"))) << p->banner()->text();
    ASSERT_EQ(p->accounts().size(), before.size());
    EXPECT_EQ(p->accounts().first().address, kAlice);
    EXPECT_EQ(p->accounts().first().state, AccountState::Connected);
    EXPECT_TRUE(p->connectButton(Provider::Microsoft)->isEnabled());

    // Denied on the consent page: the reason is shown, nothing is added.
    const QUrl url = startSignIn(p->connectButton(Provider::Microsoft));
    EXPECT_FALSE(answer(*p, url, kBob, false));
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_FALSE(p->banner()->text().isEmpty());
    EXPECT_EQ(p->accounts().size(), before.size());
}

TEST_F(Accounts, SaysSoWhenTheBrowserCannotBeOpened)
{
    em::test::configureEmulator(*m_settings, m_sandbox);
    auto p = page(false);
    ASSERT_TRUE(startSignIn(p->connectButton(Provider::Google)).isValid());
    EXPECT_TRUE(p->browserNote()->isVisible());
    EXPECT_TRUE(p->browserNote()->text().contains(QStringLiteral("could not be opened")));
    EXPECT_FALSE(p->waitingUrl()->text().isEmpty());
    EXPECT_TRUE(p->copyLinkButton()->isEnabled());
    p->cancelSignIn();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !p->isSignInWaiting(); }, 10000));
}

TEST_F(Accounts, GivesUpAfterTheSignInTimeout)
{
    em::test::configureEmulator(*m_settings, m_sandbox);
    ASSERT_TRUE(m_settings->setSignInTimeoutSeconds(1).ok());
    auto p = page();
    QSignalSpy done(p.get(), &AccountsPage::signInFinished);
    ASSERT_TRUE(startSignIn(p->connectButton(Provider::Google)).isValid());
    ASSERT_TRUE(done.wait(10000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_FALSE(p->waitingPanel()->isVisible());
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_FALSE(p->banner()->text().isEmpty());
    EXPECT_TRUE(p->accounts().isEmpty());
    EXPECT_TRUE(p->connectButton(Provider::Google)->isEnabled()) << "a new attempt can start";
}

TEST_F(Accounts, ShowsWhyAnAccountIsInError)
{
    const qint64 id = m_store->ensureAccount(QStringLiteral("google"), kAlice, QStringLiteral("Alice")).value();
    ASSERT_TRUE(
        m_store->setAccountState(id, AccountState::Error, QStringLiteral("The mailbox could not be read.")).ok());
    auto p = page();
    AccountCard *card = p->card(kAlice);
    ASSERT_TRUE(card);
    EXPECT_TRUE(card->stateLabel()->text().contains(QStringLiteral("Error")));
    EXPECT_TRUE(
        card->findChild<QLabel *>(QStringLiteral("detail"))->text().contains(QStringLiteral("could not be read")));
    EXPECT_TRUE(card->reauthorizeButton());
    EXPECT_TRUE(card->disconnectButton());
}

TEST_F(Accounts, ReauthorizesAnAccountThatNeedsIt)
{
    em::test::configureEmulator(*m_settings, m_sandbox);
    auto p = page();
    ASSERT_TRUE(connectAs(*p, Provider::Google, kAlice));
    const qint64 id = find(*p, kAlice)->id;
    ASSERT_TRUE(m_store
                    ->setAccountState(id, AccountState::ReauthRequired,
                                      QStringLiteral("Google no longer accepts this sign-in. Sign in again."))
                    .ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return find(*p, kAlice)->state == AccountState::ReauthRequired; }, 5000));
    AccountCard *card = p->card(kAlice);
    ASSERT_TRUE(card);
    EXPECT_TRUE(card->stateLabel()->text().contains(QStringLiteral("Re-authorization required")));
    EXPECT_TRUE(card->findChild<QLabel *>(QStringLiteral("detail"))->text().contains(QStringLiteral("no longer")));
    ASSERT_TRUE(card->reauthorizeButton());

    const QUrl url = startSignIn(card->reauthorizeButton());
    ASSERT_TRUE(url.isValid());
    EXPECT_TRUE(p->waitingPanel()->isVisible());
    ASSERT_TRUE(answer(*p, url, kAlice)) << p->banner()->text();
    EXPECT_TRUE(p->banner()->text().contains(QStringLiteral("signed in again"))) << p->banner()->text();
    const auto alice = find(*p, kAlice);
    EXPECT_EQ(alice->id, id) << "the same account, not a new one";
    EXPECT_EQ(alice->state, AccountState::Connected);
    EXPECT_EQ(p->accounts().size(), 1);
    EXPECT_FALSE(p->card(kAlice)->reauthorizeButton());
}

TEST_F(Accounts, DisconnectsKeepingOrDeletingTheMail)
{
    em::test::configureEmulator(*m_settings, m_sandbox);
    auto p = page();
    ASSERT_TRUE(connectAs(*p, Provider::Google, kAlice));
    ASSERT_TRUE(connectAs(*p, Provider::Microsoft, kBob));
    const qint64 aliceId = find(*p, kAlice)->id;
    const auto inbox = m_store->ensureFolder(aliceId, QStringLiteral("INBOX"), QStringLiteral("Inbox"),
                                             QStringLiteral("Inbox"), em::store::FolderKind::Inbox);
    ASSERT_TRUE(inbox.ok());
    em::store::MessageRecord message;
    message.remoteId = QStringLiteral("m1");
    message.messageId = QStringLiteral("m1@example.com");
    message.subject = QStringLiteral("kept");
    message.dateMs = 1700000000000;
    ASSERT_TRUE(m_store->insertMessages(aliceId, {{message, {inbox.value().id}}}).ok());
    p->reloadAccounts();
    EXPECT_EQ(find(*p, kAlice)->messages, 1);

    // Cancel in the question: nothing happens.
    whenAsked([](DisconnectDialog *d) { d->reject(); });
    p->card(kAlice)->disconnectButton()->click();
    EXPECT_FALSE(p->isDisconnecting());
    EXPECT_EQ(find(*p, kAlice)->state, AccountState::Connected);

    // The provider cannot be reached to revoke: the account is still disconnected, with a note.
    em::settings::ProviderConfig google = em::test::emulatorConfig(m_sandbox, Provider::Google);
    google.revokeUrl = QStringLiteral("http://127.0.0.1:%1/revoke").arg(em::test::closedPort());
    ASSERT_TRUE(m_settings->save(em::settings::Scope::System, google).ok());
    ASSERT_TRUE(disconnect(*p, kAlice, false)) << p->banner()->text();
    EXPECT_EQ(p->banner()->kind(), MessageBanner::Kind::Warning);
    EXPECT_TRUE(p->banner()->text().contains(QStringLiteral("could not be reached"))) << p->banner()->text();
    auto alice = find(*p, kAlice);
    ASSERT_TRUE(alice) << "the account stays, with its mail";
    EXPECT_EQ(alice->state, AccountState::Disconnected);
    EXPECT_EQ(alice->messages, 1);
    EXPECT_TRUE(p->banner()->text().contains(QStringLiteral("stays readable"))) << p->banner()->text();
    const auto tokens = em::auth::readBlocking(*m_keychain, em::auth::accountTokenKey(Provider::Google, kAlice));
    ASSERT_TRUE(tokens.ok());
    EXPECT_FALSE(tokens.value().has_value()) << "the sign-in is deleted from the keychain";
    ASSERT_TRUE(p->card(kAlice)->reauthorizeButton()) << "a disconnected account can be reconnected";

    ASSERT_TRUE(disconnect(*p, kBob, true)) << p->banner()->text();
    EXPECT_FALSE(find(*p, kBob)) << "deleted with its mail";
    EXPECT_FALSE(p->card(kBob));
    EXPECT_TRUE(find(*p, kAlice));
}

// Screenshots: look at them (build/screenshots/accounts-*.png).
void shootAll(AccountsPage &p, const QString &suffix, const std::function<QUrl(QPushButton *)> &start)
{
    EXPECT_TRUE(em::test::saveScreenshot(&p, QStringLiteral("accounts-list-") + suffix));
    EXPECT_TRUE(start(p.connectButton(Provider::Microsoft)).isValid());
    EXPECT_TRUE(em::test::saveScreenshot(&p, QStringLiteral("accounts-waiting-") + suffix));
    p.cancelSignIn();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !p.isSignInWaiting(); }, 10000));
}

TEST_F(Accounts, ScreenshotsInEnglishAndHebrew)
{
    {
        auto p = page();
        EXPECT_TRUE(em::test::saveScreenshot(p.get(), QStringLiteral("accounts-nocredentials-en")));
    }
    em::test::configureEmulator(*m_settings, m_sandbox);
    {
        auto p = page();
        ASSERT_TRUE(connectAs(*p, Provider::Google, kAlice));
        ASSERT_TRUE(connectAs(*p, Provider::Microsoft, kBob));
        ASSERT_TRUE(m_store
                        ->setAccountState(find(*p, kBob)->id, AccountState::ReauthRequired,
                                          QStringLiteral("Microsoft no longer accepts this sign-in (invalid_grant). "
                                                         "Sign in again."))
                        .ok());
        m_store->ensureAccount(QStringLiteral("local"), QStringLiteral("Local Folders"), QString());
        p->reloadAccounts();
        shootAll(*p, QStringLiteral("en"), [this](QPushButton *b) { return startSignIn(b); });
        whenAsked([](DisconnectDialog *d) {
            EXPECT_TRUE(em::test::saveScreenshot(d, QStringLiteral("disconnect-dialog-en")));
            d->reject();
        });
        p->card(kAlice)->disconnectButton()->click();
    }
    em::test::Hebrew hebrew;
    EXPECT_TRUE(hebrew.loaded());
    auto p = page();
    EXPECT_EQ(p->layoutDirection(), Qt::RightToLeft);
    shootAll(*p, QStringLiteral("he"), [this](QPushButton *b) { return startSignIn(b); });
    whenAsked([](DisconnectDialog *d) {
        EXPECT_TRUE(em::test::saveScreenshot(d, QStringLiteral("disconnect-dialog-he")));
        d->reject();
    });
    p->card(kAlice)->disconnectButton()->click();
    m_settings->unset(em::settings::Scope::System, Provider::Google);
    m_settings->unset(em::settings::Scope::System, Provider::Microsoft);
    auto empty = page();
    EXPECT_TRUE(em::test::saveScreenshot(empty.get(), QStringLiteral("accounts-nocredentials-he")));
}

} // namespace
