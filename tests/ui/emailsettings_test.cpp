// Settings ▸ Email settings against a real keychain (KEYRING) and the in-process emulator.
#include "auth/keychain.h"
#include "emailsettingsdialog.h"
#include "messagebanner.h"
#include "providerform.h"
#include "sandbox.h"
#include "settings/providersettings.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <unistd.h>

using em::settings::Provider;
using em::settings::Scope;
using em::ui::EmailSettingsDialog;
using em::ui::MessageBanner;
using em::ui::ProviderForm;

namespace {

const QString kGoogleId = QStringLiteral("1234567890-abc.apps.googleusercontent.com");
const QString kMicrosoftId = QStringLiteral("8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f");

class EmailSettings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_userFile = m_dir.filePath(QStringLiteral("user/providers.conf"));
        m_systemFile = m_dir.filePath(QStringLiteral("system/providers.conf"));
        m_settings = std::make_unique<em::settings::ProviderSettings>(m_userFile, m_systemFile);
        // A service of its own per test: entries never leak from one test into another.
        static int counter = 0;
        m_keychain = std::make_unique<em::auth::Keychain>(QStringLiteral("email-manager-uitest-%1").arg(++counter));
    }

    std::unique_ptr<EmailSettingsDialog> dialog()
    {
        auto d = std::make_unique<EmailSettingsDialog>(m_settings.get(), m_keychain.get(), &m_nam);
        d->show();
        for (Provider p : {Provider::Google, Provider::Microsoft})
            EXPECT_TRUE(QTest::qWaitFor([&] { return !d->form(p)->isSecretLoading(); }, 15000));
        return d;
    }

    // Presses Save; the save may end at once (no keychain step) or after the keychain answers.
    static bool save(EmailSettingsDialog &d)
    {
        QSignalSpy done(&d, &EmailSettingsDialog::saveFinished);
        d.saveButton()->click();
        if (done.isEmpty() && !done.wait(15000))
            return false;
        return done.first().first().toBool();
    }

    static bool runCheck(ProviderForm *form)
    {
        QSignalSpy done(form, &ProviderForm::checkFinished);
        form->testButton()->click();
        EXPECT_TRUE(done.wait(15000));
        return !done.isEmpty() && done.first().first().toBool();
    }

    QTemporaryDir m_dir;
    QString m_userFile, m_systemFile;
    std::unique_ptr<em::settings::ProviderSettings> m_settings;
    std::unique_ptr<em::auth::Keychain> m_keychain;
    QNetworkAccessManager m_nam;
};

TEST_F(EmailSettings, WarnsAboutMalformedIdsButStillSaves)
{
    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    ProviderForm *m = d->form(Provider::Microsoft);

    EXPECT_TRUE(g->clientIdWarningLabel()->isVisible()) << "an empty client id is worth a warning";
    EXPECT_TRUE(g->clientIdWarningLabel()->text().contains(QStringLiteral("empty")));

    em::test::typeInto(g->clientIdEdit(), QStringLiteral("12345-abc.example.com"));
    EXPECT_TRUE(g->clientIdWarningLabel()->isVisible());
    EXPECT_TRUE(g->clientIdWarningLabel()->text().contains(QStringLiteral(".apps.googleusercontent.com")))
        << g->clientIdWarningLabel()->text();
    EXPECT_FALSE(g->clientIdWarningLabel()->accessibleName().isEmpty());

    em::test::typeInto(m->clientIdEdit(), QStringLiteral("not-a-guid"));
    EXPECT_TRUE(m->clientIdWarningLabel()->text().contains(QStringLiteral("GUID")))
        << m->clientIdWarningLabel()->text();
    em::test::typeInto(m->clientIdEdit(), kMicrosoftId);
    EXPECT_FALSE(m->clientIdWarningLabel()->isVisible());
    em::test::typeInto(m->clientIdEdit(), QStringLiteral("not-a-guid"));

    // Warn, never block.
    EXPECT_TRUE(d->saveButton()->isEnabled());
    EXPECT_TRUE(d->isWindowModified());
    QSignalSpy changed(d.get(), &EmailSettingsDialog::settingsChanged);
    ASSERT_TRUE(save(*d)) << d->banner()->text();
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(m_settings->stored(Scope::User, Provider::Google).clientId, QStringLiteral("12345-abc.example.com"));
    EXPECT_EQ(m_settings->stored(Scope::User, Provider::Microsoft).clientId, QStringLiteral("not-a-guid"));
    EXPECT_EQ(d->banner()->kind(), MessageBanner::Kind::Success);
    EXPECT_FALSE(d->isWindowModified());
    EXPECT_TRUE(g->clientIdWarningLabel()->isVisible()) << "the warning stays after saving";
}

TEST_F(EmailSettings, SecretIsMaskedUntilShown)
{
    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    EXPECT_EQ(g->secretEdit()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(d->form(Provider::Microsoft)->secretEdit()->echoMode(), QLineEdit::Password);
    g->secretToggle()->click();
    EXPECT_EQ(g->secretEdit()->echoMode(), QLineEdit::Normal);
    EXPECT_EQ(g->secretToggle()->text(), QStringLiteral("Hide"));
    g->secretToggle()->click();
    EXPECT_EQ(g->secretEdit()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(g->secretToggle()->text(), QStringLiteral("Show"));
}

TEST_F(EmailSettings, UserSecretGoesToTheKeychainAndNeverIntoTheFile)
{
    const QString secret = QStringLiteral("GOCSPX-a+b/c d=e f");
    {
        auto d = dialog();
        ProviderForm *g = d->form(Provider::Google);
        EXPECT_EQ(g->scope(), Scope::User);
        em::test::typeInto(g->clientIdEdit(), kGoogleId);
        em::test::typeInto(g->secretEdit(), secret);
        EXPECT_EQ(g->secretEdit()->text(), secret);
        ASSERT_TRUE(save(*d)) << d->banner()->text();

        const QByteArray file = em::test::readFile(m_userFile);
        EXPECT_TRUE(file.contains(kGoogleId.toUtf8()));
        EXPECT_FALSE(file.contains("GOCSPX")) << file.constData();
        EXPECT_FALSE(file.contains(secret.toUtf8()));
        EXPECT_FALSE(file.contains(QUrl::toPercentEncoding(secret)));

        const auto stored = em::auth::readBlocking(*m_keychain, em::settings::clientSecretKey(Provider::Google));
        ASSERT_TRUE(stored.ok()) << stored.error();
        ASSERT_TRUE(stored.value().has_value());
        EXPECT_EQ(*stored.value(), secret.toUtf8());
        // The form reads it back from the keychain after saving.
        ASSERT_TRUE(QTest::qWaitFor([&] { return !g->isSecretLoading(); }, 15000));
        EXPECT_EQ(g->secretEdit()->text(), secret);
    }
    {
        // While the keychain is asked, the field says so and cannot be typed into.
        EmailSettingsDialog loading(m_settings.get(), m_keychain.get(), &m_nam);
        ProviderForm *g = loading.form(Provider::Google);
        EXPECT_TRUE(g->isSecretLoading());
        EXPECT_TRUE(g->secretEdit()->isReadOnly());
        EXPECT_TRUE(g->secretEdit()->placeholderText().contains(QStringLiteral("Loading")))
            << g->secretEdit()->placeholderText();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !g->isSecretLoading(); }, 15000));
        EXPECT_FALSE(g->secretEdit()->isReadOnly());
    }
    {
        auto d = dialog(); // a fresh dialog loads it exactly as typed
        ProviderForm *g = d->form(Provider::Google);
        EXPECT_EQ(g->clientIdEdit()->text(), kGoogleId);
        EXPECT_EQ(g->secretEdit()->text(), secret);
        EXPECT_TRUE(g->isSecretKnown());

        // An emptied field removes the entry.
        em::test::typeInto(g->secretEdit(), QString());
        ASSERT_TRUE(save(*d)) << d->banner()->text();
        const auto stored = em::auth::readBlocking(*m_keychain, em::settings::clientSecretKey(Provider::Google));
        ASSERT_TRUE(stored.ok()) << stored.error();
        EXPECT_FALSE(stored.value().has_value());
    }
}

TEST_F(EmailSettings, SystemScopeKeepsTheSecretInTheSystemFile)
{
    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    g->systemScopeButton()->click();
    EXPECT_EQ(g->scope(), Scope::System);
    em::test::typeInto(g->clientIdEdit(), kGoogleId);
    em::test::typeInto(g->secretEdit(), QStringLiteral("GOCSPX-system secret"));
    ASSERT_TRUE(save(*d)) << d->banner()->text();
    EXPECT_EQ(m_settings->stored(Scope::System, Provider::Google).clientSecret, QStringLiteral("GOCSPX-system secret"));
    EXPECT_FALSE(m_settings->isLocked(Provider::Google));
    EXPECT_FALSE(QFile::exists(m_userFile));
}

TEST_F(EmailSettings, SwitchingWhereToSaveKeepsWhatWasTyped)
{
    em::settings::ProviderConfig admin;
    admin.provider = Provider::Microsoft;
    admin.clientId = kMicrosoftId;
    admin.tenant = QStringLiteral("organizations");
    ASSERT_TRUE(m_settings->save(Scope::System, admin).ok());

    auto d = dialog();
    ProviderForm *m = d->form(Provider::Microsoft);
    // Opens where the values in use come from.
    EXPECT_EQ(m->scope(), Scope::System);
    EXPECT_EQ(m->clientIdEdit()->text(), kMicrosoftId);
    // Nothing typed: switching shows what the other place holds (nothing), with the
    // administrator's values as what applies meanwhile.
    m->userScopeButton()->click();
    EXPECT_TRUE(m->clientIdEdit()->text().isEmpty());
    EXPECT_TRUE(m->clientIdEdit()->placeholderText().contains(kMicrosoftId)) << m->clientIdEdit()->placeholderText();
    EXPECT_FALSE(m->clientIdWarningLabel()->isVisible()) << "empty is fine: the administrator's client applies";

    // Typed values stay when the place changes: they are saved where chosen.
    const QString mine = QStringLiteral("11111111-2222-3333-4444-555555555555");
    em::test::typeInto(m->clientIdEdit(), mine);
    m->systemScopeButton()->click();
    EXPECT_EQ(m->clientIdEdit()->text(), mine);
    m->userScopeButton()->click();
    ASSERT_TRUE(save(*d)) << d->banner()->text();
    EXPECT_EQ(m_settings->stored(Scope::User, Provider::Microsoft).clientId, mine);
    EXPECT_EQ(m_settings->stored(Scope::System, Provider::Microsoft).clientId, kMicrosoftId);
    EXPECT_TRUE(m_settings->effective(Provider::Microsoft).clientFromUser);
    EXPECT_EQ(m_settings->effective(Provider::Microsoft).config.tenant, QStringLiteral("organizations"));
}

TEST_F(EmailSettings, LockedProviderIsReadOnlyWithABanner)
{
    em::settings::ProviderConfig locked;
    locked.provider = Provider::Google;
    locked.clientId = kGoogleId;
    locked.clientSecret = QStringLiteral("GOCSPX-admin");
    ASSERT_TRUE(m_settings->save(Scope::System, locked, true).ok());

    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    EXPECT_TRUE(g->isLocked());
    EXPECT_TRUE(g->lockedBanner()->isVisible());
    EXPECT_TRUE(g->lockedBanner()->text().contains(QStringLiteral("Managed by your administrator")))
        << g->lockedBanner()->text();
    EXPECT_EQ(g->clientIdEdit()->text(), kGoogleId);
    EXPECT_TRUE(g->clientIdEdit()->isReadOnly());
    EXPECT_TRUE(g->secretEdit()->isReadOnly());
    EXPECT_TRUE(g->urlEdit(1)->isReadOnly());
    EXPECT_FALSE(g->userScopeButton()->isEnabled());
    EXPECT_FALSE(g->systemScopeButton()->isEnabled());
    QTest::keyClicks(g->clientIdEdit(), QStringLiteral("x"));
    EXPECT_EQ(g->clientIdEdit()->text(), kGoogleId);

    // Microsoft is not locked: still editable.
    ProviderForm *m = d->form(Provider::Microsoft);
    EXPECT_FALSE(m->isLocked());
    EXPECT_FALSE(m->lockedBanner()->isVisible());
    EXPECT_FALSE(m->clientIdEdit()->isReadOnly());

    ASSERT_TRUE(save(*d));
    EXPECT_TRUE(d->banner()->text().contains(QStringLiteral("Nothing to save"))) << d->banner()->text();
}

TEST_F(EmailSettings, SystemScopeWithoutRightsShowsTheError)
{
    // A regular file where the folder should be: no user (not even root) can write there.
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_settings = std::make_unique<em::settings::ProviderSettings>(
        m_userFile, m_dir.filePath(QStringLiteral("not-a-folder/providers.conf")));

    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    g->systemScopeButton()->click();
    em::test::typeInto(g->clientIdEdit(), kGoogleId);
    em::test::typeInto(g->secretEdit(), QStringLiteral("GOCSPX-x"));
    QSignalSpy changed(d.get(), &EmailSettingsDialog::settingsChanged);
    EXPECT_FALSE(save(*d));
    EXPECT_EQ(changed.size(), 0);
    EXPECT_EQ(d->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(d->banner()->text().contains(QStringLiteral("not saved"))) << d->banner()->text();
    EXPECT_TRUE(d->banner()->text().contains(QStringLiteral("not-a-folder"))) << d->banner()->text();
    EXPECT_TRUE(d->banner()->text().contains(QStringLiteral("administrator"))) << d->banner()->text();
    EXPECT_TRUE(g->formBanner()->isVisible());
    EXPECT_TRUE(d->isWindowModified()) << "what was typed is kept to try again";
    EXPECT_EQ(g->clientIdEdit()->text(), kGoogleId);
    EXPECT_FALSE(QFile::exists(m_userFile));
}

TEST_F(EmailSettings, SystemScopeWithoutPermissionSaysAdministrator)
{
    // Unwritable for everyone, root included: a folder that cannot be made under /proc.
    const QString folder = QStringLiteral("/proc/email-manager-test/etc");
    m_settings = std::make_unique<em::settings::ProviderSettings>(m_userFile, folder + QStringLiteral("/p.conf"));
    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    g->systemScopeButton()->click();
    em::test::typeInto(g->clientIdEdit(), kGoogleId);
    EXPECT_FALSE(save(*d));
    EXPECT_TRUE(d->banner()->text().contains(QStringLiteral("administrator"))) << d->banner()->text();
}

TEST_F(EmailSettings, SignInTimeoutIsSavedInMinutes)
{
    auto d = dialog();
    EXPECT_EQ(d->timeoutSpin()->value(), 5);
    d->timeoutSpin()->setValue(7);
    EXPECT_TRUE(d->isWindowModified());
    ASSERT_TRUE(save(*d)) << d->banner()->text();
    EXPECT_EQ(m_settings->signInTimeoutSeconds(), 420);
}

TEST_F(EmailSettings, TestConfigurationAgainstTheEmulator)
{
    em::sandbox::Sandbox sandbox;
    ASSERT_TRUE(sandbox.start(0));
    const em::settings::ProviderConfig google = em::test::emulatorConfig(sandbox, Provider::Google);
    auto d = dialog();
    ProviderForm *g = d->form(Provider::Google);
    g->advancedToggle()->click();
    em::test::typeInto(g->clientIdEdit(), google.clientId);
    em::test::typeInto(g->secretEdit(), google.clientSecret);
    em::test::typeInto(g->urlEdit(1), google.tokenUrl);

    // The values in the form are checked, not the saved ones (there are none).
    EXPECT_TRUE(runCheck(g)) << g->testResult()->text();
    EXPECT_EQ(g->testResult()->kind(), MessageBanner::Kind::Success);
    EXPECT_TRUE(g->testResult()->text().contains(QStringLiteral("accepted"))) << g->testResult()->text();
    EXPECT_FALSE(g->testResult()->accessibleName().isEmpty());
    EXPECT_FALSE(QFile::exists(m_userFile));

    em::test::typeInto(g->secretEdit(), QStringLiteral("GOCSPX-wrong"));
    EXPECT_FALSE(runCheck(g));
    EXPECT_EQ(g->testResult()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(g->testResult()->text().contains(QStringLiteral("Client Secret"))) << g->testResult()->text();

    em::test::typeInto(g->secretEdit(), google.clientSecret);
    em::test::typeInto(g->clientIdEdit(), QStringLiteral("999-unknown.apps.googleusercontent.com"));
    EXPECT_FALSE(runCheck(g));
    EXPECT_TRUE(g->testResult()->text().contains(QStringLiteral("Client ID"))) << g->testResult()->text();

    em::test::typeInto(g->clientIdEdit(), google.clientId);
    em::test::typeInto(g->urlEdit(1), QStringLiteral("http://127.0.0.1:%1/token").arg(em::test::closedPort()));
    EXPECT_FALSE(runCheck(g));
    EXPECT_TRUE(g->testResult()->text().contains(QStringLiteral("Cannot reach"))) << g->testResult()->text();

    // Pressed twice: one busy state, one answer, for the newer values.
    em::test::typeInto(g->urlEdit(1), google.tokenUrl);
    QSignalSpy done(g, &ProviderForm::checkFinished);
    g->testButton()->click();
    EXPECT_TRUE(g->isCheckRunning());
    EXPECT_EQ(g->testResult()->kind(), MessageBanner::Kind::Busy);
    g->testButton()->click();
    ASSERT_TRUE(done.wait(15000));
    QTest::qWait(200);
    EXPECT_EQ(done.size(), 1);
    EXPECT_TRUE(done.first().first().toBool());
    EXPECT_FALSE(g->isCheckRunning());

    // Microsoft: a public client, no secret; the tenant goes into the URL.
    const em::settings::ProviderConfig microsoft = em::test::emulatorConfig(sandbox, Provider::Microsoft);
    ProviderForm *m = d->form(Provider::Microsoft);
    d->tabs()->setCurrentIndex(1);
    m->advancedToggle()->click();
    em::test::typeInto(m->clientIdEdit(), microsoft.clientId);
    QString tokenUrl = microsoft.tokenUrl;
    tokenUrl.replace(QStringLiteral("/common/"), QStringLiteral("/{tenant}/"));
    em::test::typeInto(m->urlEdit(1), tokenUrl);
    m->tenantCombo()->setCurrentText(QStringLiteral("common"));
    EXPECT_TRUE(runCheck(m)) << m->testResult()->text();
}

TEST_F(EmailSettings, GuideFollowsTheTabAndTheRedirectAddress)
{
    auto d = dialog();
    EXPECT_TRUE(d->help()->toPlainText().contains(QStringLiteral("Desktop app")));
    EXPECT_TRUE(d->help()->toPlainText().contains(QStringLiteral("7 days")));
    d->tabs()->setCurrentIndex(1);
    ProviderForm *m = d->form(Provider::Microsoft);
    EXPECT_TRUE(d->help()->toPlainText().contains(QStringLiteral("Allow public client flows")));
    EXPECT_TRUE(d->help()->toPlainText().contains(QStringLiteral("http://127.0.0.1")));
    m->redirectHostCombo()->setCurrentIndex(m->redirectHostCombo()->findData(QStringLiteral("localhost")));
    EXPECT_TRUE(d->help()->toPlainText().contains(QStringLiteral("http://localhost")));
    EXPECT_FALSE(d->help()->toPlainText().contains(QStringLiteral("http://127.0.0.1")));
    ASSERT_TRUE(save(*d));
    EXPECT_EQ(m_settings->effective(Provider::Microsoft).config.effectiveRedirectHost(), QStringLiteral("localhost"));
}

// Screenshots: look at them (build/screenshots/emailsettings-*.png).
void shootAll(EmailSettingsDialog &d, em::settings::ProviderSettings &settings, const QString &suffix)
{
    ProviderForm *g = d.form(Provider::Google);
    em::test::typeInto(g->clientIdEdit(), QStringLiteral("1234567890-abc.example.com"));
    em::test::typeInto(g->secretEdit(), QStringLiteral("GOCSPX-secret"));
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("emailsettings-google-") + suffix));

    d.tabs()->setCurrentIndex(1);
    ProviderForm *m = d.form(Provider::Microsoft);
    em::test::typeInto(m->clientIdEdit(), kMicrosoftId);
    m->advancedToggle()->click();
    em::test::typeInto(m->urlEdit(0), QStringLiteral("http://login.example.com/{tenant}/oauth2/v2.0/authorize"));
    m->testResult()->showMessage(MessageBanner::Kind::Success,
                                 QStringLiteral("Microsoft accepted the Client ID at login.microsoftonline.com."));
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("emailsettings-microsoft-advanced-") + suffix));

    em::settings::ProviderConfig locked;
    locked.provider = Provider::Google;
    locked.clientId = kGoogleId;
    locked.clientSecret = QStringLiteral("GOCSPX-admin");
    ASSERT_TRUE(settings.save(Scope::System, locked, true).ok());
    g->reload();
    d.tabs()->setCurrentIndex(0);
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("emailsettings-locked-") + suffix));
}

TEST_F(EmailSettings, ScreenshotsInEnglishAndHebrew)
{
    {
        auto d = dialog();
        EXPECT_EQ(d->layoutDirection(), Qt::LeftToRight);
        shootAll(*d, *m_settings, QStringLiteral("en"));
    }
    ASSERT_TRUE(m_settings->unset(Scope::System, Provider::Google).ok());
    em::test::Hebrew hebrew;
    EXPECT_TRUE(hebrew.loaded());
    auto d = dialog();
    EXPECT_EQ(d->layoutDirection(), Qt::RightToLeft);
    shootAll(*d, *m_settings, QStringLiteral("he"));
}

} // namespace
