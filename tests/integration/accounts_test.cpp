// Connecting, re-authorizing and disconnecting accounts end to end: ConnectJob and
// DisconnectJob with a real mail store, provider settings in files, the real keychain
// (gnome-keyring in a private D-Bus session) and the emulator over loopback; and the
// "Test configuration" check naming the setting that is wrong.
#include "accounts/connectjob.h"
#include "accounts/disconnectjob.h"
#include "auth/accesstokensource.h"
#include "auth/configurationcheck.h"
#include "auth/tokenrequest.h"
#include "authtestsupport.h"
#include "settings/providersettings.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

using namespace em;
using em::settings::Provider;
using em::store::AccountRow;
using em::store::AccountState;

namespace {

const QString kCarol = QStringLiteral("carol.sandbox@gmail.com"); // a second Google user

// The files under `dir` whose bytes contain any of `needles`; `scanned` counts the files read.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles, int *scanned)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = test::readFile(path);
        ++*scanned;
        for (const QByteArray &needle : needles)
            if (!needle.isEmpty() && bytes.contains(needle))
                out << path;
    }
    return out;
}

class AccountsTest : public ::testing::Test, public test::AuthFixtureBase
{
protected:
    AccountsTest() : AuthFixtureBase(options()) {}

    static sandbox::SandboxOptions options()
    {
        sandbox::SandboxOptions o;
        o.messagesPerMailbox = 3;
        o.users = {{user(Provider::Google), sandbox::Provider::Google, QStringLiteral("Alice Sandbox")},
                   {kCarol, sandbox::Provider::Google, QStringLiteral("Carol Sandbox")},
                   {user(Provider::Microsoft), sandbox::Provider::Microsoft, QStringLiteral("Bob Sandbox")}};
        return o;
    }

    void SetUp() override
    {
        ASSERT_TRUE(started);
        ASSERT_TRUE(storeDir.isValid() && settingsDir.isValid());
        auto opened = store::MailStore::open(storePath());
        ASSERT_TRUE(opened.ok()) << opened.error();
        mail = std::move(opened).value();
        providerSettings = std::make_unique<settings::ProviderSettings>(
            settingsDir.filePath(QStringLiteral("user.ini")), settingsDir.filePath(QStringLiteral("system.ini")));
        // The user's own OAuth clients: ids and endpoints in the file, the secret in the keychain.
        for (Provider p : {Provider::Google, Provider::Microsoft})
            ASSERT_TRUE(providerSettings->save(settings::Scope::User, config(p)).ok());
        ASSERT_TRUE(auth::writeBlocking(keychain, settings::clientSecretKey(Provider::Google),
                                        sandbox::Sandbox::googleClient().secret.toUtf8())
                        .ok());
        ASSERT_TRUE(providerSettings->effective(Provider::Google).clientFromUser);
    }

    QString storePath() const { return storeDir.filePath(QStringLiteral("mail.sqlite")); }
    accounts::AccountServices services() { return {providerSettings.get(), &keychain, &nam, mail.get()}; }

    // A ConnectJob whose browser signs in as `as`.
    Result<AccountRow> connectAs(Provider provider, const QString &as, const QString &expected = {})
    {
        accounts::ConnectJob job(services(), provider);
        job.setExpectedAddress(expected);
        job.setTimeout(60);
        QUrl url;
        std::optional<Result<AccountRow>> result;
        QObject::connect(&job, &accounts::ConnectJob::authorizationUrlReady, [&](const QUrl &u) { url = u; });
        QObject::connect(&job, &accounts::ConnectJob::finished, [&](const Result<AccountRow> &r) { result = r; });
        job.start();
        if (!QTest::qWaitFor([&] { return url.isValid() || result.has_value(); }, 10000))
            return Result<AccountRow>::failure(QStringLiteral("no authorization URL"));
        if (!result)
            test::answerConsent(url, as);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Result<AccountRow>::failure(QStringLiteral("the connect job never finished"));
        return *result;
    }

    Result<QString> disconnect(const AccountRow &row, bool deleteLocalMail)
    {
        accounts::DisconnectJob job(services(), row, deleteLocalMail);
        std::optional<Result<QString>> result;
        QObject::connect(&job, &accounts::DisconnectJob::finished, [&](const Result<QString> &r) { result = r; });
        job.start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Result<QString>::failure(QStringLiteral("the disconnect job never finished"));
        return *result;
    }

    QList<AccountRow> accounts()
    {
        auto reader = store::StoreReader::open(storePath());
        if (!reader) {
            ADD_FAILURE() << reader.error();
            return {};
        }
        const auto rows = reader.value()->accounts();
        if (!rows)
            ADD_FAILURE() << rows.error();
        return rows ? rows.value() : QList<AccountRow>();
    }
    std::optional<AccountRow> account(qint64 id)
    {
        for (const AccountRow &a : accounts())
            if (a.id == id)
                return a;
        return std::nullopt;
    }

    std::optional<QByteArray> rawEntry(Provider provider, const QString &address)
    {
        const auto r = auth::readBlocking(keychain, auth::accountTokenKey(provider, address));
        EXPECT_TRUE(r.ok()) << r.error();
        return r ? r.value() : std::nullopt;
    }

    auth::TokenReply refreshWith(Provider provider, const QString &refreshToken)
    {
        std::optional<auth::TokenReply> out;
        std::unique_ptr<auth::TokenRequest> request(auth::TokenRequest::refresh(&nam, config(provider), refreshToken));
        QObject::connect(request.get(), &auth::TokenRequest::finished, [&](const auth::TokenReply &r) { out = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 30000));
        return out.value_or(auth::TokenReply{});
    }

    int requestsTo(const QString &pathSuffix, qsizetype from = 0)
    {
        int n = 0;
        const auto &entries = sandbox.log().entries();
        for (qsizetype i = from; i < entries.size(); ++i)
            n += entries.at(i).method == QLatin1String("POST") && entries.at(i).path.endsWith(pathSuffix);
        return n;
    }

    QTemporaryDir storeDir;
    QTemporaryDir settingsDir;
    std::unique_ptr<store::MailStore> mail;
    std::unique_ptr<settings::ProviderSettings> providerSettings;
};

TEST_F(AccountsTest, ConnectsBothProvidersWithTokensOnlyInTheKeychain)
{
    const Result<AccountRow> google = connectAs(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(google.ok()) << google.error();
    const Result<AccountRow> microsoft = connectAs(Provider::Microsoft, user(Provider::Microsoft));
    ASSERT_TRUE(microsoft.ok()) << microsoft.error();
    EXPECT_GT(google.value().id, 0);
    EXPECT_NE(google.value().id, microsoft.value().id);
    EXPECT_EQ(google.value().provider, QStringLiteral("google"));
    EXPECT_EQ(google.value().address, user(Provider::Google));
    EXPECT_EQ(microsoft.value().provider, QStringLiteral("microsoft"));
    EXPECT_EQ(microsoft.value().address, user(Provider::Microsoft));

    const QList<AccountRow> rows = accounts();
    ASSERT_EQ(rows.size(), 2);
    for (const AccountRow &a : rows)
        EXPECT_EQ(a.state, AccountState::Connected) << a.address;

    QList<QByteArray> secrets{sandbox::Sandbox::googleClient().secret.toUtf8()};
    for (Provider p : {Provider::Google, Provider::Microsoft}) {
        const std::optional<auth::TokenSet> t = storedTokens(p, user(p));
        ASSERT_TRUE(t) << settings::providerId(p);
        EXPECT_FALSE(t->refreshToken.isEmpty());
        EXPECT_EQ(apiStatus(p, t->accessToken), 200);
        secrets << t->accessToken.toUtf8() << t->refreshToken.toUtf8();
    }

    // Neither the store (with its WAL) nor the settings files hold a token or the client
    // secret, nor does anything an insecure keychain fallback would write.
    ASSERT_TRUE(QFile::exists(storePath() + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::exists(providerSettings->userFile()));
    QStringList dirs{storeDir.path(), settingsDir.path()};
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "HOME"})
        if (const QString d = qEnvironmentVariable(var); d.contains(QLatin1String("em-keyring.")))
            dirs << d; // only with-keyring.sh's throwaway folders
    int scanned = 0;
    for (const QString &dir : dirs)
        EXPECT_EQ(filesContaining(dir, secrets, &scanned), QStringList()) << dir;
    EXPECT_GE(scanned, 3);
    // The scan does see what is there: the address is in the store file or its WAL.
    int again = 0;
    EXPECT_FALSE(filesContaining(storeDir.path(), {user(Provider::Google).toUtf8()}, &again).isEmpty());
}

TEST_F(AccountsTest, ReauthorizingAsAnotherUserChangesNothing)
{
    const Result<AccountRow> alice = connectAs(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(alice.ok()) << alice.error();
    ASSERT_TRUE(mail->setAccountState(alice.value().id, AccountState::ReauthRequired, QStringLiteral("revoked")).ok());
    const std::optional<QByteArray> before = rawEntry(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(before);

    const Result<AccountRow> r = connectAs(Provider::Google, kCarol, user(Provider::Google));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("You signed in as"))) << r.error();
    EXPECT_TRUE(r.error().contains(kCarol)) << r.error();

    EXPECT_EQ(rawEntry(Provider::Google, user(Provider::Google)), before);
    EXPECT_EQ(rawEntry(Provider::Google, kCarol), std::nullopt);
    const QList<AccountRow> rows = accounts();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().id, alice.value().id);
    EXPECT_EQ(rows.first().state, AccountState::ReauthRequired);
    EXPECT_EQ(rows.first().stateDetail, QStringLiteral("revoked"));
}

TEST_F(AccountsTest, ReauthorizingAsTheRightUserReconnectsAndKeepsTheMail)
{
    const Result<AccountRow> alice = connectAs(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(alice.ok()) << alice.error();
    const qint64 id = alice.value().id;
    ASSERT_TRUE(test::addMailAndQueuedAction(*mail, id, 4).ok());
    const std::optional<auth::TokenSet> old = storedTokens(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(old);
    ASSERT_TRUE(mail->setAccountState(id, AccountState::ReauthRequired, QStringLiteral("revoked")).ok());
    ASSERT_EQ(account(id).value_or(AccountRow{}).state, AccountState::ReauthRequired);
    // The grant is revoked at the provider: a running token source turns to "sign in again".
    sandbox.oauth().revokeUser(user(Provider::Google));
    auth::AccessTokenSource running(config(Provider::Google), user(Provider::Google), &keychain, &nam);
    QObject runningContext;
    std::optional<Result<QString>> refused;
    running.token(
        &runningContext, [&](const Result<QString> &t) { refused = t; }, old->accessToken);
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.has_value(); }, 10000));
    ASSERT_FALSE(refused->ok());
    ASSERT_TRUE(running.needsReauthorization());

    const Result<AccountRow> r = connectAs(Provider::Google, user(Provider::Google), user(Provider::Google));
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r.value().id, id);
    const std::optional<AccountRow> row = account(id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->state, AccountState::Connected);
    EXPECT_TRUE(row->stateDetail.isEmpty()) << row->stateDetail;
    EXPECT_EQ(row->messages, 4);
    EXPECT_EQ(accounts().size(), 1);
    EXPECT_EQ(test::countRows(storePath(), QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ?"), id), 1);
    const std::optional<auth::TokenSet> now = storedTokens(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(now);
    EXPECT_NE(now->refreshToken, old->refreshToken);
    EXPECT_EQ(apiStatus(Provider::Google, now->accessToken), 200);
    // A token source made after the re-authorization works from the new sign-in.
    auth::AccessTokenSource source(config(Provider::Google), user(Provider::Google), &keychain, &nam);
    QObject context;
    std::optional<Result<QString>> token;
    source.token(&context, [&](const Result<QString> &t) { token = t; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return token.has_value(); }, 10000));
    ASSERT_TRUE(token->ok()) << token->error();
    EXPECT_EQ(token->value(), now->accessToken);
    // The source that needed re-authorization works again once it reloads.
    running.reload();
    EXPECT_FALSE(running.needsReauthorization());
    std::optional<Result<QString>> again;
    running.token(&runningContext, [&](const Result<QString> &t) { again = t; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return again.has_value(); }, 10000));
    ASSERT_TRUE(again->ok()) << again->error();
    EXPECT_EQ(again->value(), now->accessToken);
}

TEST_F(AccountsTest, DisconnectingGoogleRevokesAndKeepsTheMail)
{
    const Result<AccountRow> alice = connectAs(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(alice.ok()) << alice.error();
    ASSERT_TRUE(test::addMailAndQueuedAction(*mail, alice.value().id, 5).ok());
    const std::optional<auth::TokenSet> tokens = storedTokens(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(tokens);
    const qsizetype from = sandbox.log().entries().size();

    const Result<QString> r = disconnect(alice.value(), false);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(r.value().isEmpty()) << r.value();
    ASSERT_EQ(requestsTo(QStringLiteral("/revoke"), from), 1);
    for (qsizetype i = from; i < sandbox.log().entries().size(); ++i) {
        if (sandbox.log().entries().at(i).path == QLatin1String("/revoke")) {
            EXPECT_EQ(sandbox.log().entries().at(i).status, 200);
        }
    }

    const auth::TokenReply replay = refreshWith(Provider::Google, tokens->refreshToken);
    EXPECT_FALSE(replay.ok);
    EXPECT_EQ(replay.error.kind, auth::OAuthError::Kind::InvalidGrant) << replay.error.message;
    EXPECT_EQ(apiStatus(Provider::Google, tokens->accessToken), 401);
    EXPECT_EQ(rawEntry(Provider::Google, user(Provider::Google)), std::nullopt);

    const std::optional<AccountRow> row = account(alice.value().id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->state, AccountState::Disconnected);
    EXPECT_EQ(row->messages, 5);
}

TEST_F(AccountsTest, DisconnectingWithLocalMailDeletedRemovesTheAccount)
{
    const Result<AccountRow> alice = connectAs(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(alice.ok()) << alice.error();
    const Result<AccountRow> bob = connectAs(Provider::Microsoft, user(Provider::Microsoft));
    ASSERT_TRUE(bob.ok()) << bob.error();
    const qint64 id = alice.value().id;
    ASSERT_TRUE(test::addMailAndQueuedAction(*mail, id, 5).ok());
    ASSERT_TRUE(test::addMailAndQueuedAction(*mail, bob.value().id, 2).ok());

    const Result<QString> r = disconnect(alice.value(), true);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(requestsTo(QStringLiteral("/revoke")), 1);
    EXPECT_FALSE(account(id).has_value());
    EXPECT_EQ(test::countRows(storePath(), QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id),
              0);
    EXPECT_EQ(test::countRows(storePath(), QStringLiteral("SELECT count(*) FROM folders WHERE account_id = ?"), id), 0);
    EXPECT_EQ(test::countRows(storePath(), QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ?"), id), 0);
    EXPECT_EQ(rawEntry(Provider::Google, user(Provider::Google)), std::nullopt);
    // The other account is untouched.
    EXPECT_EQ(account(bob.value().id).value_or(AccountRow{}).messages, 2);
    EXPECT_TRUE(rawEntry(Provider::Microsoft, user(Provider::Microsoft)).has_value());
}

TEST_F(AccountsTest, DisconnectingMicrosoftNeedsNoRevocation)
{
    const Result<AccountRow> bob = connectAs(Provider::Microsoft, user(Provider::Microsoft));
    ASSERT_TRUE(bob.ok()) << bob.error();
    ASSERT_TRUE(test::addMailAndQueuedAction(*mail, bob.value().id, 3).ok());
    const qsizetype from = sandbox.log().entries().size();

    const Result<QString> r = disconnect(bob.value(), false);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(r.value().isEmpty()) << r.value();
    EXPECT_EQ(sandbox.log().entries().size(), from); // Microsoft has nothing to call
    EXPECT_EQ(rawEntry(Provider::Microsoft, user(Provider::Microsoft)), std::nullopt);
    const std::optional<AccountRow> row = account(bob.value().id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->state, AccountState::Disconnected);
    EXPECT_EQ(row->messages, 3);
}

TEST_F(AccountsTest, AnUnreachableRevocationIsNotedAndTheSignInIsStillDeleted)
{
    const Result<AccountRow> alice = connectAs(Provider::Google, user(Provider::Google));
    ASSERT_TRUE(alice.ok()) << alice.error();
    settings::ProviderConfig c = config(Provider::Google);
    c.revokeUrl = QStringLiteral("http://127.0.0.1:%1/revoke").arg(test::closedPort());
    ASSERT_TRUE(providerSettings->save(settings::Scope::User, c).ok());

    const Result<QString> r = disconnect(alice.value(), false);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_FALSE(r.value().isEmpty());
    EXPECT_TRUE(r.value().contains(QLatin1String("could not be reached"))) << r.value();
    EXPECT_EQ(rawEntry(Provider::Google, user(Provider::Google)), std::nullopt);
    EXPECT_EQ(account(alice.value().id).value_or(AccountRow{}).state, AccountState::Disconnected);
}

// "Test configuration": one probe of the token endpoint, answered in words.
class ConfigurationCheckTest : public ::testing::Test, public test::AuthFixtureBase
{
protected:
    Result<QString> check(const settings::ProviderConfig &c)
    {
        auth::ConfigurationCheck probe(c, &nam);
        std::optional<Result<QString>> out;
        QObject::connect(&probe, &auth::ConfigurationCheck::finished, [&](const Result<QString> &r) { out = r; });
        probe.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return Result<QString>::failure(QStringLiteral("the check never finished"));
        return *out;
    }
};

TEST_F(ConfigurationCheckTest, TheRightCredentialsPass)
{
    ASSERT_TRUE(started);
    const Result<QString> google = check(config(Provider::Google));
    ASSERT_TRUE(google.ok()) << google.error();
    EXPECT_TRUE(google.value().contains(QLatin1String("accepted the Client ID and the Client Secret")))
        << google.value();
    const Result<QString> microsoft = check(config(Provider::Microsoft));
    ASSERT_TRUE(microsoft.ok()) << microsoft.error();
    EXPECT_TRUE(microsoft.value().contains(QLatin1String("accepted the Client ID"))) << microsoft.value();
}

TEST_F(ConfigurationCheckTest, AWrongSettingIsNamed)
{
    auto failure = [&](const settings::ProviderConfig &c) -> QString {
        const Result<QString> r = check(c);
        return r.ok() ? QStringLiteral("unexpected success: ") + r.value() : r.error();
    };
    settings::ProviderConfig c = config(Provider::Google);
    c.clientSecret = QStringLiteral("GOCSPX-wrong");
    EXPECT_TRUE(failure(c).contains(QLatin1String("Client Secret"))) << failure(c);

    for (Provider p : {Provider::Google, Provider::Microsoft}) {
        c = config(p);
        c.clientId = p == Provider::Google ? QStringLiteral("999-unknown.apps.googleusercontent.com")
                                           : QStringLiteral("00000000-0000-0000-0000-000000000000");
        const QString m = failure(c);
        EXPECT_TRUE(m.contains(QLatin1String("Client ID"))) << m;
        EXPECT_FALSE(m.contains(QLatin1String("Client Secret for"))) << m;
    }

    c = config(Provider::Microsoft);
    c.clientSecret = QStringLiteral("a-secret");
    EXPECT_TRUE(failure(c).contains(QLatin1String("public client"))) << failure(c);

    c = config(Provider::Google);
    c.tokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(test::closedPort());
    const QString unreachable = failure(c);
    EXPECT_TRUE(unreachable.contains(QLatin1String("Cannot reach 127.0.0.1"))) << unreachable;
}

TEST_F(ConfigurationCheckTest, ATokenUrlThatDoesNotExistIsNamed)
{
    for (Provider p : {Provider::Google, Provider::Microsoft}) {
        settings::ProviderConfig c = config(p);
        c.tokenUrl = sandbox.baseUrl().toString() + QStringLiteral("/oauth2/v4/token"); // no such path
        const Result<QString> r = check(c);
        ASSERT_FALSE(r.ok()) << r.value();
        EXPECT_TRUE(r.error().contains(QLatin1String("token URL"))) << r.error();
        EXPECT_TRUE(r.error().contains(QLatin1String("404"))) << r.error();
    }
}

} // namespace
