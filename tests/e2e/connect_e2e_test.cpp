// End to end, as a person would: an administrator configures both providers with
// emailctl, a user runs `emailctl accounts connect`, a real headless Chromium opens the
// emulator's sign-in page and clicks Allow, and the account is connected with its tokens
// in the real Secret Service (gnome-keyring) and nowhere on disk. Runs inside
// scripts/with-keyring.sh, so HOME and the XDG folders are private to the test.
#include "chromiumdriver.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

namespace {

using em::test::binaryPath;

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMAIL_MANAGER_SYSTEM_CONFIG"),
               qEnvironmentVariable("HOME") + QStringLiteral("/etc-xdg/email-manager/providers.conf"));
    env.remove(QStringLiteral("DISPLAY")); // emailctl must not try to open a browser itself
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

CliRun emailctl(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = environment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binaryPath(QStringLiteral("bin/emailctl")), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Every file under `dir` that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

class ConnectE2E : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
            << "run through scripts/with-keyring.sh (ctest does)";
        configPath = dir.filePath(QStringLiteral("sandbox.json"));
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sandbox.start(binaryPath(QStringLiteral("bin/email-manager-sandbox")),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--messages"), QStringLiteral("3"),
                       QStringLiteral("--config-json"), configPath});
        ASSERT_TRUE(sandbox.waitForStarted(10000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo(configPath).size() > 0; }, 20000));
        QFile f(configPath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        config = QJsonDocument::fromJson(f.readAll()).object();
        ASSERT_FALSE(config.isEmpty());
    }
    void TearDown() override
    {
        sandbox.terminate();
        sandbox.waitForFinished(5000);
    }

    // The administrator's part: `emailctl provider set` with the secret on stdin.
    void configure(const QString &provider)
    {
        const QJsonObject c = config.value(provider).toObject();
        QStringList args{QStringLiteral("provider"), QStringLiteral("set"), provider, QStringLiteral("--client-id"),
                         c.value(QStringLiteral("client_id")).toString()};
        for (const char *key : {"auth_url", "token_url", "revoke_url", "api_url"})
            if (c.contains(QLatin1String(key)))
                args << QStringLiteral("--") + QString::fromLatin1(key).replace(u'_', u'-')
                     << c.value(QLatin1String(key)).toString();
        const QString secret = c.value(QStringLiteral("client_secret")).toString();
        if (!secret.isEmpty())
            args << QStringLiteral("--client-secret-stdin");
        const CliRun r = emailctl(args, secret.toUtf8() + "\n");
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }

    // The user's part: connect, sign in in Chromium, click Allow.
    void connect(const QString &provider, const QString &address)
    {
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(binaryPath(QStringLiteral("bin/emailctl")),
                  {QStringLiteral("accounts"), QStringLiteral("connect"), provider, QStringLiteral("--no-browser"),
                   QStringLiteral("--timeout"), QStringLiteral("90")});
        QString printed;
        QUrl url;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                printed += QString::fromUtf8(cli.readAllStandardOutput());
                for (const QString &word : printed.split(QRegularExpression(QStringLiteral("\\s+"))))
                    if (word.startsWith(QLatin1String("http://")))
                        url = QUrl(word, QUrl::StrictMode);
                return url.isValid() || cli.state() == QProcess::NotRunning;
            },
            20000))
            << printed;
        ASSERT_TRUE(url.isValid()) << printed << cli.readAllStandardError().toStdString();

        em::test::ChromiumDriver browser;
        QString error;
        ASSERT_TRUE(browser.start(&error)) << error;
        ASSERT_TRUE(browser.open(url, &error)) << error << browser.browserLog();
        ASSERT_TRUE(browser.waitFor(QStringLiteral("!!document.querySelector('#allow')"), 15000, &error)) << error;
        // The person picks their account and allows access.
        browser.evaluate(QStringLiteral("document.querySelector('input[value=\"%1\"]').checked = true").arg(address),
                         &error);
        ASSERT_TRUE(error.isEmpty()) << error;
        browser.evaluate(QStringLiteral("document.querySelector('#allow').click()"), &error);
        ASSERT_TRUE(browser.waitFor(QStringLiteral("document.getElementById('result') && "
                                                   "document.getElementById('result').dataset.success === 'true'"),
                                    20000, &error))
            << error;
        const QString page = browser.evaluate(QStringLiteral("document.body.innerText"), &error).toString();
        EXPECT_TRUE(page.contains(address)) << page;
        EXPECT_TRUE(browser.currentUrl().startsWith(QLatin1String("http://127.0.0.1:"))) << browser.currentUrl();
        // The authorization code the provider sent back through the browser: audited too.
        const QString code =
            QUrlQuery(QUrl(browser.currentUrl()).query()).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        EXPECT_FALSE(code.isEmpty()) << browser.currentUrl();
        codes << code;

        // The browser's event loops may already have seen emailctl end.
        ASSERT_TRUE(cli.state() == QProcess::NotRunning || cli.waitForFinished(30000));
        printed += QString::fromUtf8(cli.readAllStandardOutput());
        EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        EXPECT_TRUE(printed.contains(QStringLiteral("Connected %1").arg(address))) << printed;
    }

    // What the keychain holds for a key, through the Secret Service's own tool.
    static QJsonObject keychainTokens(const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                   QStringLiteral("email-manager"), QStringLiteral("user"), key});
        tool.waitForFinished(10000);
        // qtkeychain stores binary data base64-encoded (attribute type=base64).
        const QByteArray raw = QByteArray::fromBase64(tool.readAllStandardOutput().trimmed());
        return QJsonDocument::fromJson(raw).object();
    }

    // The emulator's configuration holds its clients' secrets: written beside this test's
    // binary, outside every folder the secret audit scans (which must find none).
    QTemporaryDir dir{QDir(binaryPath(QStringLiteral("tests/e2e"))).filePath(QStringLiteral("connect-XXXXXX"))};
    QString configPath;
    QProcess sandbox;
    QJsonObject config;
    QStringList codes; // the authorization codes of the sign-ins
};

// Where the kernel writes a core file for a process whose working folder is `cwd`:
// empty when core_pattern hands cores to a program (systemd-coredump, apport).
QString coreFolder(const QString &cwd)
{
    QFile f(QStringLiteral("/proc/sys/kernel/core_pattern"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString pattern = QString::fromUtf8(f.readAll()).trimmed();
    if (pattern.startsWith(u'|'))
        return {};
    const QFileInfo where(QDir(cwd).filePath(pattern));
    return where.absolutePath();
}

// Crashes `emailctl sync` while it holds an account's tokens (the emulator answers slowly,
// so the process is waiting on the API with the token in memory) and returns the files that
// appeared in the core file's folder.
QStringList crashFiles(const QProcessEnvironment &env)
{
    QTemporaryDir cwd;
    const QString folder = coreFolder(cwd.path());
    const QStringList before = folder.isEmpty() ? QStringList() : QDir(folder).entryList(QDir::Files);
    QProcess sync;
    sync.setProcessEnvironment(env);
    sync.setWorkingDirectory(cwd.path());
    sync.start(binaryPath(QStringLiteral("bin/emailctl")), {QStringLiteral("sync")});
    if (!sync.waitForStarted(10000))
        return {QStringLiteral("emailctl did not start")};
    QTest::qWait(1500);
    ::kill(pid_t(sync.processId()), SIGSEGV);
    sync.waitForFinished(30000);
    QStringList after = folder.isEmpty() ? QStringList() : QDir(folder).entryList(QDir::Files);
    for (const QString &name : before)
        after.removeAll(name);
    for (QString &name : after)
        name = QDir(folder).filePath(name);
    return after;
}

bool setLatency(const QString &controlUrl, int ms)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(controlUrl + QStringLiteral("/limits")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("latency_ms"), ms}}).toJson()));
    return QTest::qWaitFor([&] { return reply->isFinished(); }, 10000) && reply->error() == QNetworkReply::NoError;
}

TEST_F(ConnectE2E, AdministratorConfiguresAndUsersConnectBothProvidersInARealBrowser)
{
    configure(QStringLiteral("google"));
    // Microsoft's client from the emulator's configuration file, as scripts/run.sh does.
    const CliRun fromJson = emailctl({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("microsoft"),
                                      QStringLiteral("--from-json"), configPath});
    ASSERT_EQ(fromJson.exitCode, 0) << fromJson.err;
    const CliRun show = emailctl({QStringLiteral("provider"), QStringLiteral("show")});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_TRUE(show.out.contains(QLatin1String("set (keychain)"))) << show.out;
    EXPECT_FALSE(show.out.contains(config.value(QStringLiteral("google"))[QStringLiteral("client_secret")].toString()));

    connect(QStringLiteral("google"), QStringLiteral("alice.sandbox@gmail.com"));
    connect(QStringLiteral("microsoft"), QStringLiteral("bob.sandbox@outlook.com"));

    const CliRun list = emailctl({QStringLiteral("accounts"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    for (const char *address : {"alice.sandbox@gmail.com", "bob.sandbox@outlook.com"}) {
        const QString line = list.out.section(QLatin1String(address), 1, 1).section(u'\n', 0, 0);
        EXPECT_TRUE(line.contains(QLatin1String("connected"))) << list.out;
    }

    // The tokens are in the Secret Service ...
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    // with-keyring.sh puts the cache and the temporary folder outside HOME: scanned too.
    const QString cacheHome = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    const QString temp = QDir::tempPath();
    for (const QString &key : {QStringLiteral("account/google/alice.sandbox@gmail.com"),
                               QStringLiteral("account/microsoft/bob.sandbox@outlook.com")}) {
        const QJsonObject tokens = keychainTokens(key);
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
        ASSERT_FALSE(access.isEmpty()) << key;
        ASSERT_FALSE(refresh.isEmpty()) << key;
        // ... and in no file of the app's config, data and cache folders, the temporary
        // folder (logs and crash output would land there or in HOME), nor anywhere in HOME.
        for (const QString &where : {configHome, dataHome, cacheHome, temp, qEnvironmentVariable("HOME")}) {
            EXPECT_EQ(filesContaining(where, access.toUtf8()), QStringList()) << where;
            EXPECT_EQ(filesContaining(where, refresh.toUtf8()), QStringList()) << where;
        }
    }
    ASSERT_EQ(codes.size(), 2);
    for (const QString &code : std::as_const(codes))
        for (const QString &where : {configHome, dataHome, cacheHome, temp, qEnvironmentVariable("HOME")})
            EXPECT_EQ(filesContaining(where, code.toUtf8()), QStringList()) << where;
    // The scan does find what is on disk: the accounts are in the store.
    EXPECT_FALSE(filesContaining(dataHome, "alice.sandbox@gmail.com").isEmpty());
    // The user's client secret too lives only in the keychain.
    const QByteArray googleSecret =
        config.value(QStringLiteral("google"))[QStringLiteral("client_secret")].toString().toUtf8();
    for (const QString &where : {configHome, dataHome, cacheHome, temp})
        EXPECT_EQ(filesContaining(where, googleSecret), QStringList()) << where;
    ASSERT_TRUE(QFileInfo::exists(configHome + QStringLiteral("/email-manager/providers.conf")));

    // Crash output: emailctl killed by a signal while it holds the tokens, with core files
    // allowed by the resource limit, leaves no core file where core_pattern would put one.
    const QByteArray aliceToken = keychainTokens(QStringLiteral("account/google/alice.sandbox@gmail.com"))
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toUtf8();
    rlimit core{};
    ASSERT_EQ(getrlimit(RLIMIT_CORE, &core), 0);
    core.rlim_cur = core.rlim_max;
    ASSERT_EQ(setrlimit(RLIMIT_CORE, &core), 0);
    const QString control = config.value(QStringLiteral("control_url")).toString();
    ASSERT_TRUE(setLatency(control, 5000));
    std::printf("core_pattern folder: %s, core size limit: %lld\n",
                qPrintable(coreFolder(QDir::tempPath()).isEmpty() ? QStringLiteral("(a program)")
                                                                  : coreFolder(QDir::tempPath())),
                (long long)core.rlim_cur);
#if !defined(__SANITIZE_ADDRESS__)
    // The control: allowed to dump (for debugging), the same crash does leave a core file
    // where the pattern points, so the check below would see one. (AddressSanitizer turns
    // core files off itself; a pattern that pipes to a program keeps them out of reach.)
    if (!coreFolder(QDir::tempPath()).isEmpty() && core.rlim_cur != 0) {
        QProcessEnvironment debugging = environment();
        debugging.insert(QStringLiteral("EMAIL_MANAGER_CORE_DUMPS"), QStringLiteral("1"));
        const QStringList dumped = crashFiles(debugging);
        EXPECT_FALSE(dumped.isEmpty()) << "no core file even when allowed";
        for (const QString &file : dumped)
            QFile::remove(file);
    }
#endif
    EXPECT_EQ(crashFiles(environment()), QStringList());
    if (const QString folder = coreFolder(temp); !folder.isEmpty())
        EXPECT_EQ(filesContaining(folder, aliceToken), QStringList()) << folder;
    EXPECT_TRUE(setLatency(control, 0));
}

TEST_F(ConnectE2E, WithoutAKeychainNothingIsStoredAndTheMessageSaysWhy)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const CliRun set = emailctl({QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("google"),
                                 QStringLiteral("--client-id"), QStringLiteral("1-x.apps.googleusercontent.com"),
                                 QStringLiteral("--client-secret-stdin")},
                                "GOCSPX-no-keychain+secret\n", env);
    EXPECT_EQ(set.exitCode, 1);
    EXPECT_TRUE(set.err.contains(QLatin1String("No keychain is available"))) << set.err;
    // Nothing of the refused setting was written (the settings file may exist from another test).
    EXPECT_EQ(filesContaining(configHome, "1-x.apps.googleusercontent.com"), QStringList());
    EXPECT_EQ(filesContaining(qEnvironmentVariable("HOME"), "GOCSPX-no-keychain"), QStringList());

    // Configured while the keychain worked, connecting without it fails before any browser.
    configure(QStringLiteral("google"));
    const CliRun connect = emailctl({QStringLiteral("accounts"), QStringLiteral("connect"), QStringLiteral("google"),
                                     QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QStringLiteral("5")},
                                    {}, env);
    EXPECT_EQ(connect.exitCode, 1);
    EXPECT_TRUE(connect.err.contains(QLatin1String("No keychain is available"))) << connect.err;
    EXPECT_FALSE(connect.out.contains(QLatin1String("http://"))) << connect.out;
}

} // namespace
