// Provider settings: the two scopes, their precedence, the lock, file permissions,
// endpoint defaults and the inline validation.
#include "settings/providersettings.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace em::settings;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString userFile = dir.filePath(QStringLiteral("user/email-manager/providers.conf"));
    QString systemFile = dir.filePath(QStringLiteral("etc/xdg/email-manager/providers.conf"));
    ProviderSettings settings{userFile, systemFile};

    static ProviderConfig google(const QString &id, const QString &secret = {})
    {
        ProviderConfig c;
        c.provider = Provider::Google;
        c.clientId = id;
        c.clientSecret = secret;
        return c;
    }
};

TEST_F(SettingsTest, NothingConfiguredMeansThePublicEndpointsAndNoCredentials)
{
    const EffectiveProvider g = settings.effective(Provider::Google);
    EXPECT_FALSE(g.config.hasCredentials());
    EXPECT_TRUE(g.config.missingCredentials().contains(QLatin1String("Client ID")));
    EXPECT_EQ(g.config.authorizationEndpoint(), QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")));
    EXPECT_EQ(g.config.tokenEndpoint(), QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
    EXPECT_EQ(g.config.revocationEndpoint(), QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke")));
    const EffectiveProvider m = settings.effective(Provider::Microsoft);
    EXPECT_EQ(m.config.authorizationEndpoint(),
              QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")));
    EXPECT_TRUE(m.config.revocationEndpoint().isEmpty());
    EXPECT_EQ(m.config.apiBase(), QUrl(QStringLiteral("https://graph.microsoft.com/v1.0")));
    EXPECT_TRUE(m.config.scopes().contains(QLatin1String("offline_access")));
    EXPECT_EQ(m.config.effectiveRedirectHost(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(settings.signInTimeoutSeconds(), 300);
}

TEST_F(SettingsTest, TenantGoesIntoDefaultAndOverriddenMicrosoftUrls)
{
    ProviderConfig m;
    m.provider = Provider::Microsoft;
    m.clientId = QStringLiteral("8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f");
    m.tenant = QStringLiteral("organizations");
    m.tokenUrl = QStringLiteral("https://login.microsoftonline.us/{tenant}/oauth2/v2.0/token");
    ASSERT_TRUE(settings.save(Scope::User, m).ok());
    const ProviderConfig e = settings.effective(Provider::Microsoft).config;
    EXPECT_EQ(e.authorizationEndpoint().toString(),
              QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"));
    EXPECT_EQ(e.tokenEndpoint().toString(),
              QStringLiteral("https://login.microsoftonline.us/organizations/oauth2/v2.0/token"));
    // Microsoft needs no secret (public client).
    EXPECT_TRUE(e.hasCredentials());
}

TEST_F(SettingsTest, UserValuesOverrideSystemValuesFieldByFieldAndTheClientPairTravelsTogether)
{
    ProviderConfig system = google(QStringLiteral("sys.apps.googleusercontent.com"), QStringLiteral("sys+secret/="));
    system.apiUrl = QStringLiteral("https://system.example/api");
    system.tokenUrl = QStringLiteral("https://system.example/token");
    ASSERT_TRUE(settings.save(Scope::System, system).ok());

    EffectiveProvider e = settings.effective(Provider::Google);
    EXPECT_EQ(e.config.clientId, system.clientId);
    EXPECT_EQ(e.config.clientSecret, QStringLiteral("sys+secret/=")); // exactly as written
    EXPECT_FALSE(e.clientFromUser);
    EXPECT_TRUE(e.config.hasCredentials());

    ProviderConfig user;
    user.provider = Provider::Google;
    user.apiUrl = QStringLiteral("https://user.example/api");
    ASSERT_TRUE(settings.save(Scope::User, user).ok());
    e = settings.effective(Provider::Google);
    EXPECT_EQ(e.config.apiUrl, QStringLiteral("https://user.example/api"));       // user wins
    EXPECT_EQ(e.config.tokenUrl, QStringLiteral("https://system.example/token")); // system fills in
    EXPECT_EQ(e.config.clientId, system.clientId);                                // no user client: the system pair
    EXPECT_EQ(e.config.clientSecret, system.clientSecret);

    user.clientId = QStringLiteral("mine.apps.googleusercontent.com");
    ASSERT_TRUE(settings.save(Scope::User, user).ok());
    e = settings.effective(Provider::Google);
    EXPECT_TRUE(e.clientFromUser);
    EXPECT_EQ(e.config.clientId, user.clientId);
    // The user's secret is in the keychain: never mixed with the system's.
    EXPECT_TRUE(e.config.clientSecret.isEmpty());
}

TEST_F(SettingsTest, ALockedSystemGroupWinsWholeAndRefusesUserChanges)
{
    ASSERT_TRUE(settings.save(Scope::User, google(QStringLiteral("mine.apps.googleusercontent.com"))).ok());
    ProviderConfig system = google(QStringLiteral("corp.apps.googleusercontent.com"), QStringLiteral("corp"));
    ASSERT_TRUE(settings.save(Scope::System, system, true).ok());
    EXPECT_TRUE(settings.isLocked(Provider::Google));
    EXPECT_FALSE(settings.isLocked(Provider::Microsoft));
    const EffectiveProvider e = settings.effective(Provider::Google);
    EXPECT_TRUE(e.locked);
    EXPECT_EQ(e.config.clientId, system.clientId);
    EXPECT_FALSE(e.clientFromUser);
    const em::Status refused = settings.save(Scope::User, google(QStringLiteral("other")));
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QLatin1String("administrator"))) << refused.error();
    EXPECT_FALSE(settings.unset(Scope::User, Provider::Google).ok());
}

TEST_F(SettingsTest, TheSystemFileIsReadableByAllAndTheUserFileByItsOwnerOnly)
{
    ASSERT_TRUE(settings.save(Scope::System, google(QStringLiteral("a"), QStringLiteral("b"))).ok());
    ASSERT_TRUE(settings.save(Scope::User, google(QStringLiteral("c"), QStringLiteral("never-written"))).ok());
    EXPECT_TRUE(QFileInfo(systemFile).permissions() & QFile::ReadOther);
    EXPECT_FALSE(QFileInfo(userFile).permissions() & (QFile::ReadOther | QFile::ReadGroup));
    EXPECT_FALSE(em::test::readFile(userFile).contains("never-written"));
    EXPECT_TRUE(em::test::readFile(systemFile).contains("client_secret"));
}

TEST_F(SettingsTest, TheUserFolderAndFileAreTheUsersOnlyFromTheFirstSave)
{
    // Whatever the umask: even a permissive one must not open them to others.
    const mode_t previous = ::umask(0);
    const em::Status saved = settings.save(Scope::User, google(QStringLiteral("c")));
    ::umask(previous);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    struct stat folder;
    struct stat file;
    ASSERT_EQ(::stat(QFile::encodeName(QFileInfo(userFile).absolutePath()).constData(), &folder), 0);
    ASSERT_EQ(::stat(QFile::encodeName(userFile).constData(), &file), 0);
    EXPECT_EQ(folder.st_mode & 07777, 0700u);
    EXPECT_EQ(file.st_mode & 07777, 0600u);
    // The folder above, created for it too (like a missing ~/.config).
    ASSERT_EQ(::stat(QFile::encodeName(dir.filePath(QStringLiteral("user"))).constData(), &folder), 0);
    EXPECT_EQ(folder.st_mode & 07777, 0700u);

    // A file of an earlier version, readable by all, is the user's only after the next change.
    ASSERT_TRUE(
        QFile::setPermissions(userFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(settings.setSignInTimeoutSeconds(90).ok());
    ASSERT_EQ(::stat(QFile::encodeName(userFile).constData(), &file), 0);
    EXPECT_EQ(file.st_mode & 07777, 0600u);
    EXPECT_EQ(settings.signInTimeoutSeconds(), 90);
    EXPECT_EQ(settings.stored(Scope::User, Provider::Google).clientId, QStringLiteral("c"));

    // The system file stays readable by all, in a folder everyone can enter.
    ASSERT_TRUE(settings.save(Scope::System, google(QStringLiteral("a"), QStringLiteral("b"))).ok());
    ASSERT_EQ(::stat(QFile::encodeName(systemFile).constData(), &file), 0);
    EXPECT_EQ(file.st_mode & 07777, 0644u);
    EXPECT_TRUE(QFileInfo(QFileInfo(systemFile).absolutePath()).permissions() & QFile::ExeOther);
}

TEST_F(SettingsTest, AnUnwritableSystemFileIsAClearError)
{
    ProviderSettings blocked(userFile, QStringLiteral("/proc/email-manager-test/providers.conf"));
    const em::Status s = blocked.save(Scope::System, google(QStringLiteral("a")));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QLatin1String("/proc/email-manager-test"))) << s.error();
}

TEST_F(SettingsTest, UnsetRemovesOneProviderOfOneScope)
{
    ASSERT_TRUE(settings.save(Scope::User, google(QStringLiteral("g"))).ok());
    ProviderConfig m;
    m.provider = Provider::Microsoft;
    m.clientId = QStringLiteral("m");
    ASSERT_TRUE(settings.save(Scope::User, m).ok());
    ASSERT_TRUE(settings.unset(Scope::User, Provider::Google).ok());
    EXPECT_TRUE(settings.effective(Provider::Google).config.clientId.isEmpty());
    EXPECT_EQ(settings.effective(Provider::Microsoft).config.clientId, QStringLiteral("m"));
}

TEST_F(SettingsTest, SignInTimeoutFromUserThenSystem)
{
    ASSERT_TRUE(settings.setSignInTimeoutSeconds(120).ok());
    EXPECT_EQ(settings.signInTimeoutSeconds(), 120);
}

TEST(Validation, WarnsButNeverBlocks)
{
    EXPECT_FALSE(clientIdWarning(Provider::Google, QStringLiteral("123")).isEmpty());
    EXPECT_TRUE(clientIdWarning(Provider::Google, QStringLiteral("123-abc.apps.googleusercontent.com")).isEmpty());
    EXPECT_FALSE(clientIdWarning(Provider::Google, QString()).isEmpty());
    EXPECT_FALSE(clientIdWarning(Provider::Google, QStringLiteral(" 1.apps.googleusercontent.com")).isEmpty());
    EXPECT_FALSE(clientIdWarning(Provider::Microsoft, QStringLiteral("not-a-guid")).isEmpty());
    EXPECT_TRUE(clientIdWarning(Provider::Microsoft, QStringLiteral("8F2D6E1A-3B4C-4D5E-9F60-7A8B9C0D1E2F")).isEmpty());
    EXPECT_FALSE(clientSecretWarning(Provider::Google, QString()).isEmpty());
    EXPECT_FALSE(clientSecretWarning(Provider::Microsoft, QStringLiteral("x")).isEmpty());
    EXPECT_TRUE(clientSecretWarning(Provider::Google, QStringLiteral("GOCSPX-a+b/c=")).isEmpty());
    EXPECT_TRUE(tenantWarning(QStringLiteral("consumers")).isEmpty());
    EXPECT_TRUE(tenantWarning(QStringLiteral("contoso.onmicrosoft.com")).isEmpty());
    EXPECT_FALSE(tenantWarning(QStringLiteral("not a tenant")).isEmpty());
    EXPECT_FALSE(redirectHostWarning(QStringLiteral("0.0.0.0")).isEmpty());
    EXPECT_TRUE(urlWarning(QStringLiteral("https://login.microsoftonline.us/x")).isEmpty());
    EXPECT_TRUE(urlWarning(QStringLiteral("https://login.microsoftonline.us/{tenant}/oauth2/v2.0/token")).isEmpty());
    EXPECT_TRUE(urlWarning(QStringLiteral("http://127.0.0.1:8080/token")).isEmpty());
    EXPECT_FALSE(urlWarning(QStringLiteral("http://example.com/token")).isEmpty());
    EXPECT_FALSE(urlWarning(QStringLiteral("ftp://example.com/")).isEmpty());
    EXPECT_FALSE(urlWarning(QStringLiteral("not a url")).isEmpty());
}

} // namespace
