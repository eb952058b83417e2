// Email settings when no keychain answers (no D-Bus session): the error is shown in words
// and nothing is saved anywhere, the settings file included.
#include "auth/keychain.h"
#include "emailsettingsdialog.h"
#include "messagebanner.h"
#include "providerform.h"
#include "settings/providersettings.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using em::settings::Provider;
using em::settings::Scope;
using em::ui::EmailSettingsDialog;
using em::ui::MessageBanner;
using em::ui::ProviderForm;

TEST(EmailSettingsWithoutKeychain, ShowsTheKeychainErrorAndSavesNothing)
{
    ASSERT_FALSE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/run/")))
        << "this test must run without a session bus (see tests/ui/CMakeLists.txt)";
    QTemporaryDir dir;
    const QString userFile = dir.filePath(QStringLiteral("providers.conf"));
    em::settings::ProviderSettings settings(userFile, dir.filePath(QStringLiteral("system.conf")));
    em::settings::ProviderConfig mine;
    mine.provider = Provider::Google;
    mine.clientId = QStringLiteral("1234567890-abc.apps.googleusercontent.com");
    ASSERT_TRUE(settings.save(Scope::User, mine).ok());
    const QByteArray before = em::test::readFile(userFile);

    em::auth::Keychain keychain(QStringLiteral("email-manager-uitest"));
    QNetworkAccessManager nam;
    EmailSettingsDialog d(&settings, &keychain, &nam);
    d.show();
    ProviderForm *g = d.form(Provider::Google);
    // Loading: a placeholder while the keychain is asked, then its message.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !g->isSecretLoading(); }, 30000));
    EXPECT_FALSE(g->isSecretKnown());
    EXPECT_TRUE(g->formBanner()->isVisible());
    EXPECT_EQ(g->formBanner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(g->formBanner()->text().contains(QStringLiteral("No keychain is available")))
        << g->formBanner()->text();
    EXPECT_FALSE(g->secretEdit()->isReadOnly()) << "a new secret can still be typed";

    em::test::typeInto(g->clientIdEdit(), QStringLiteral("999-other.apps.googleusercontent.com"));
    em::test::typeInto(g->secretEdit(), QStringLiteral("GOCSPX-new"));
    QSignalSpy done(&d, &EmailSettingsDialog::saveFinished);
    QSignalSpy changed(&d, &EmailSettingsDialog::settingsChanged);
    d.saveButton()->click();
    ASSERT_TRUE(done.size() == 1 || done.wait(30000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_EQ(changed.size(), 0);
    EXPECT_TRUE(d.banner()->text().contains(QStringLiteral("No keychain is available"))) << d.banner()->text();
    EXPECT_EQ(em::test::readFile(userFile), before) << "the keychain failed, so the file is untouched too";
    EXPECT_FALSE(em::test::readFile(userFile).contains("GOCSPX"));
    EXPECT_TRUE(d.isWindowModified()) << "what was typed is kept";
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("emailsettings-nokeychain-en")));
}
