// `emailctl provider` and `emailctl accounts` as an administrator and a user run them:
// real processes, the real keychain (gnome-keyring under with-keyring.sh), real files.
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int code = -1;
    QString out, err;
};

class EmailctlAdmin : public ::testing::Test
{
protected:
    CliRun run(const QStringList &args, const QByteArray &input = {}, const QString &systemFile = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("EMAIL_MANAGER_SYSTEM_CONFIG"), systemFile.isEmpty() ? system : systemFile);
        p.setProcessEnvironment(env);
        p.start(em::test::binaryPath(QStringLiteral("bin/emailctl")), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QByteArray keychain(const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                   QStringLiteral("email-manager"), QStringLiteral("user"), key});
        tool.waitForFinished(10000);
        return QByteArray::fromBase64(tool.readAllStandardOutput().trimmed());
    }
    QByteArray userFileBytes() const
    {
        return em::test::readFile(dir.filePath(QStringLiteral("config/email-manager/providers.conf")));
    }
    void TearDown() override
    {
        run({QStringLiteral("provider"), QStringLiteral("unset"), QStringLiteral("google")});
        run({QStringLiteral("provider"), QStringLiteral("unset"), QStringLiteral("microsoft")});
    }

    QTemporaryDir dir;
    QString system = dir.filePath(QStringLiteral("etc/xdg/email-manager/providers.conf"));
    const QByteArray secret = "GOCSPX-a+b/c= d";
};

TEST_F(EmailctlAdmin, UserScopeSecretGoesToTheKeychainExactlyAndNeverToTheFileOrTheOutput)
{
    const CliRun set =
        run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"), QStringLiteral("--client-id"),
             QStringLiteral("42-abc.apps.googleusercontent.com"), QStringLiteral("--client-secret-stdin")},
            secret + "\n");
    ASSERT_EQ(set.code, 0) << set.err;
    EXPECT_EQ(keychain(QStringLiteral("provider/google/client_secret")), secret);
    EXPECT_FALSE(userFileBytes().contains("GOCSPX")) << userFileBytes().toStdString();
    EXPECT_TRUE(userFileBytes().contains("42-abc.apps.googleusercontent.com"));

    const CliRun show = run({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("google")});
    ASSERT_EQ(show.code, 0) << show.err;
    EXPECT_TRUE(show.out.contains(QLatin1String("set (keychain)"))) << show.out;
    EXPECT_FALSE(show.out.contains(QLatin1String("GOCSPX")));
    EXPECT_FALSE(show.out.contains(QLatin1String("status:"))) << show.out; // complete

    // From a file; its one trailing line end is not part of the secret.
    QFile f(dir.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("file+secret/=\r\n");
    f.close();
    ASSERT_EQ(run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"),
                   QStringLiteral("--client-secret-file"), f.fileName()})
                  .code,
              0);
    EXPECT_EQ(keychain(QStringLiteral("provider/google/client_secret")), QByteArray("file+secret/="));

    // Another client id without a secret drops the old client's secret.
    const CliRun other = run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"),
                              QStringLiteral("--client-id"), QStringLiteral("43-other.apps.googleusercontent.com")});
    ASSERT_EQ(other.code, 0) << other.err;
    EXPECT_TRUE(other.err.contains(QLatin1String("previous client secret was removed"))) << other.err;
    EXPECT_TRUE(keychain(QStringLiteral("provider/google/client_secret")).isEmpty());

    // unset takes the keychain entry away too.
    ASSERT_EQ(run({QStringLiteral("provider"), QStringLiteral("unset"), QStringLiteral("google")}).code, 0);
    EXPECT_TRUE(keychain(QStringLiteral("provider/google/client_secret")).isEmpty());
    EXPECT_TRUE(run({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("google")})
                    .out.contains(QLatin1String("not set")));
}

TEST_F(EmailctlAdmin, TakesTheClientFileDownloadedFromGoogleCloudConsole)
{
    QFile f(dir.filePath(QStringLiteral("client_secret_42.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"installed":{"client_id":"42-json.apps.googleusercontent.com","project_id":"p",
        "auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token",
        "client_secret":"GOCSPX-json+/= x","redirect_uris":["http://localhost"]}})");
    f.close();
    const CliRun set = run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"),
                            QStringLiteral("--from-json"), f.fileName()});
    ASSERT_EQ(set.code, 0) << set.err;
    EXPECT_EQ(keychain(QStringLiteral("provider/google/client_secret")), QByteArray("GOCSPX-json+/= x"));
    EXPECT_TRUE(userFileBytes().contains("42-json.apps.googleusercontent.com"));
    EXPECT_FALSE(userFileBytes().contains("GOCSPX"));
    EXPECT_FALSE(userFileBytes().contains("auth_url")) << userFileBytes().toStdString(); // public endpoints: defaults
    const CliRun show = run({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("google")});
    EXPECT_TRUE(show.out.contains(QLatin1String("https://accounts.google.com/o/oauth2/v2/auth"))) << show.out;
    // A file without the provider's client is refused and changes nothing.
    const CliRun wrong = run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("microsoft"),
                              QStringLiteral("--from-json"), f.fileName()});
    EXPECT_EQ(wrong.code, 1);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("no Microsoft client"))) << wrong.err;
}

TEST_F(EmailctlAdmin, TheSecretIsNeverTakenFromTheCommandLine)
{
    for (const QStringList &extra : {QStringList{QStringLiteral("--client-secret"), QStringLiteral("GOCSPX-argv")},
                                     QStringList{QStringLiteral("--client-secret=GOCSPX-argv")}}) {
        const CliRun r =
            run(QStringList{QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google")} + extra);
        EXPECT_EQ(r.code, 2);
        EXPECT_TRUE(r.err.contains(QLatin1String("--client-secret-stdin"))) << r.err;
    }
    EXPECT_TRUE(keychain(QStringLiteral("provider/google/client_secret")).isEmpty());
}

TEST_F(EmailctlAdmin, BadUsageIsRefusedAndBadValuesWarned)
{
    EXPECT_EQ(run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("yahoo")}).code, 2);
    EXPECT_EQ(
        run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"), QStringLiteral("--lock")})
            .code,
        2);
    EXPECT_EQ(run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("microsoft"),
                   QStringLiteral("--redirect-host"), QStringLiteral("0.0.0.0")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("provider"), QStringLiteral("frobnicate")}).code, 2);
    const CliRun warned = run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("microsoft"),
                               QStringLiteral("--client-id"), QStringLiteral("not-a-guid"), QStringLiteral("--tenant"),
                               QStringLiteral("bad tenant")});
    EXPECT_EQ(warned.code, 0) << warned.err; // warn, never block
    EXPECT_TRUE(warned.err.contains(QLatin1String("GUID"))) << warned.err;
    EXPECT_TRUE(warned.err.contains(QLatin1String("tenant"))) << warned.err;
}

TEST_F(EmailctlAdmin, SystemScopeIsReadableByAllAndItsLockBindsUsers)
{
    const CliRun set =
        run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"), QStringLiteral("--client-id"),
             QStringLiteral("corp.apps.googleusercontent.com"), QStringLiteral("--client-secret-stdin"),
             QStringLiteral("--system"), QStringLiteral("--lock")},
            secret);
    ASSERT_EQ(set.code, 0) << set.err;
    EXPECT_TRUE(QFileInfo(system).permissions() & QFile::ReadOther);
    // A desktop app's secret is not confidential: the system file carries it for everyone.
    EXPECT_TRUE(em::test::readFile(system).contains("client_secret"));
    EXPECT_TRUE(keychain(QStringLiteral("provider/google/client_secret")).isEmpty());

    const CliRun show = run({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("google")});
    EXPECT_TRUE(show.out.contains(QLatin1String("managed by the administrator"))) << show.out;
    EXPECT_TRUE(show.out.contains(QLatin1String("set (system file)"))) << show.out;
    EXPECT_FALSE(show.out.contains(QLatin1String("GOCSPX")));

    // Changing one value keeps the lock.
    ASSERT_EQ(
        run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"), QStringLiteral("--api-url"),
             QStringLiteral("https://gmail.example.org"), QStringLiteral("--system")})
            .code,
        0);
    const CliRun user = run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"),
                             QStringLiteral("--client-id"), QStringLiteral("mine.apps.googleusercontent.com")});
    EXPECT_EQ(user.code, 1);
    EXPECT_TRUE(user.err.contains(QLatin1String("administrator"))) << user.err;
    EXPECT_FALSE(userFileBytes().contains("mine.apps"));
    ASSERT_EQ(run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"),
                   QStringLiteral("--system"), QStringLiteral("--unlock")})
                  .code,
              0);
    EXPECT_TRUE(run({QStringLiteral("provider"), QStringLiteral("show"), QStringLiteral("google")})
                    .out.contains(QLatin1String("locked:         no")));
    ASSERT_EQ(
        run({QStringLiteral("provider"), QStringLiteral("unset"), QStringLiteral("google"), QStringLiteral("--system")})
            .code,
        0);
}

TEST_F(EmailctlAdmin, AnUnwritableSystemFileSaysSo)
{
    const CliRun r = run({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("microsoft"),
                          QStringLiteral("--client-id"), QStringLiteral("8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f"),
                          QStringLiteral("--system")},
                         {}, QStringLiteral("/proc/em-none/providers.conf"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("/proc/em-none"))) << r.err;
}

TEST_F(EmailctlAdmin, AccountsCommandsOnAnEmptyStore)
{
    const CliRun list = run({QStringLiteral("accounts"), QStringLiteral("list")});
    EXPECT_EQ(list.code, 0) << list.err;
    EXPECT_TRUE(list.out.contains(QLatin1String("No accounts"))) << list.out;
    const CliRun gone = run({QStringLiteral("accounts"), QStringLiteral("disconnect"), QStringLiteral("x@y.z")});
    EXPECT_EQ(gone.code, 1);
    EXPECT_TRUE(gone.err.contains(QLatin1String("no account x@y.z"))) << gone.err;
    EXPECT_EQ(run({QStringLiteral("accounts"), QStringLiteral("connect"), QStringLiteral("aol")}).code, 2);
    // Connecting a provider without credentials says what is missing, at once.
    const CliRun unconfigured = run({QStringLiteral("accounts"), QStringLiteral("connect"), QStringLiteral("google"),
                                     QStringLiteral("--no-browser")});
    EXPECT_EQ(unconfigured.code, 1);
    EXPECT_TRUE(unconfigured.err.contains(QLatin1String("No Client ID"))) << unconfigured.err;
}

} // namespace
