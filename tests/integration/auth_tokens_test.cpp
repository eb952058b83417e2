// The keychain and AccessTokenSource against a real Secret Service (gnome-keyring in a private
// D-Bus session) and the emulator over loopback: stored tokens, refresh near expiry,
// Microsoft's rotating refresh tokens, one refresh for many 401s, and invalid_grant turning
// an account into "re-authorization required" without losing its mail.
#include "auth/accesstokensource.h"
#include "auth/tokenrequest.h"
#include "authtestsupport.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace em;
using em::settings::Provider;

namespace {

// What secret-tool (libsecret's own client) finds for qtkeychain's attributes: the proof
// that the entry is in the Secret Service, not in some fallback file.
QString secretToolSearch(const QString &service, const QString &key)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                            service, QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("secret-tool did not finish");
    return QString::fromUtf8(p.readAll());
}

class KeychainTest : public ::testing::Test, public test::AuthFixtureBase
{};

TEST_F(KeychainTest, RoundTripsAnyBytesIntoTheSecretService)
{
    const QString key = QStringLiteral("account/google/round.trip@example.com");
    const QByteArray value = QStringLiteral("a+b/c= d==  \u00e9\u00fc \u65e5\u672c \u2713").toUtf8();
    ASSERT_TRUE(auth::writeBlocking(keychain, key, value).ok());
    const auto read = auth::readBlocking(keychain, key);
    ASSERT_TRUE(read.ok()) << read.error();
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(*read.value(), value);

    // qtkeychain's libsecret schema: "server" is the service, "user" the key; binary data is
    // stored base64-encoded and marked so.
    const QString found = secretToolSearch(keychain.service(), key);
    EXPECT_TRUE(found.contains(QStringLiteral("attribute.server = ") + keychain.service())) << found;
    EXPECT_TRUE(found.contains(QStringLiteral("attribute.user = ") + key)) << found;
    EXPECT_TRUE(found.contains(QStringLiteral("attribute.type = base64"))) << found;
    EXPECT_TRUE(found.contains(QStringLiteral("secret = ") + QString::fromLatin1(value.toBase64()))) << found;

    // Writing again replaces the entry: still one, with the new value.
    const QByteArray second = QByteArrayLiteral("second value");
    ASSERT_TRUE(auth::writeBlocking(keychain, key, second).ok());
    EXPECT_EQ(auth::readBlocking(keychain, key).value().value_or(QByteArray()), second);
    EXPECT_EQ(secretToolSearch(keychain.service(), key).count(QLatin1String("secret = ")), 1);

    const Status removed = auth::removeBlocking(keychain, key);
    ASSERT_TRUE(removed.ok()) << removed.error();
    const QString after = secretToolSearch(keychain.service(), key);
    EXPECT_FALSE(after.contains(QLatin1String("secret = "))) << after;
    EXPECT_FALSE(after.contains(key)) << after;
    const auto gone = auth::readBlocking(keychain, key);
    ASSERT_TRUE(gone.ok()) << gone.error();
    EXPECT_FALSE(gone.value().has_value());
}

TEST_F(KeychainTest, AMissingEntryIsNothingRatherThanAnError)
{
    const QString key = QStringLiteral("account/microsoft/never.stored@example.com");
    const auto read = auth::readBlocking(keychain, key);
    ASSERT_TRUE(read.ok()) << read.error();
    EXPECT_FALSE(read.value().has_value());
    const Status removed = auth::removeBlocking(keychain, key);
    EXPECT_TRUE(removed.ok()) << removed.error();
    // Another service never sees this one's entries.
    ASSERT_TRUE(auth::writeBlocking(keychain, key, "x").ok());
    auth::Keychain other(keychain.service() + QStringLiteral("-other"));
    EXPECT_FALSE(auth::readBlocking(other, key).value().has_value());
}

// A source's answer to one token() call.
Result<QString> tokenFrom(auth::AccessTokenSource &source, const QString &rejected = {})
{
    QObject context;
    std::optional<Result<QString>> out;
    source.token(
        &context, [&](const Result<QString> &r) { out = r; }, rejected);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return Result<QString>::failure(QStringLiteral("token() never answered"));
    return *out;
}

// Signs in as the provider's user and keeps the tokens in the keychain, as ConnectJob does.
class TokenSourceTest : public ::testing::TestWithParam<Provider>, public test::AuthFixtureBase
{
protected:
    explicit TokenSourceTest(int lifetimeSeconds = 3600) : AuthFixtureBase(lifetimeSeconds) {}

    std::optional<auth::AuthorizedAccount> connected(const settings::ProviderConfig &c, const QString &as)
    {
        const Result<auth::AuthorizedAccount> r = signIn(c, as);
        if (!r) {
            ADD_FAILURE() << "sign-in failed: " << r.error();
            return std::nullopt;
        }
        if (Status s = storeTokens(c.provider, r.value().address, r.value().tokens); !s) {
            ADD_FAILURE() << "keychain write failed: " << s.error();
            return std::nullopt;
        }
        return r.value();
    }
    std::optional<auth::AuthorizedAccount> connected() { return connected(config(provider()), user(provider())); }

    std::unique_ptr<auth::AccessTokenSource> source()
    {
        return std::make_unique<auth::AccessTokenSource>(config(provider()), user(provider()), &keychain, &nam);
    }

    auth::TokenReply refreshWith(const QString &refreshToken)
    {
        std::optional<auth::TokenReply> out;
        std::unique_ptr<auth::TokenRequest> request(
            auth::TokenRequest::refresh(&nam, config(provider()), refreshToken));
        QObject::connect(request.get(), &auth::TokenRequest::finished, [&](const auth::TokenReply &r) { out = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 30000));
        return out.value_or(auth::TokenReply{});
    }

    // Waits until the keychain holds `accessToken` (the source stores refreshed tokens
    // without telling anyone when the write is done).
    std::optional<auth::TokenSet> storedOnceItHolds(const QString &accessToken)
    {
        std::optional<auth::TokenSet> t;
        const bool holds = QTest::qWaitFor(
            [&] {
                t = storedTokens(provider(), user(provider()));
                return t && t->accessToken == accessToken;
            },
            10000);
        EXPECT_TRUE(holds) << "the keychain never held the refreshed token";
        return t;
    }

    Provider provider() const { return GetParam(); }
};

TEST_P(TokenSourceTest, AValidStoredTokenIsHandedOutWithoutATokenRequest)
{
    ASSERT_TRUE(started);
    const auto account = connected();
    ASSERT_TRUE(account);
    const int posts = tokenPosts();
    auto s = source();
    const Result<QString> t = tokenFrom(*s);
    ASSERT_TRUE(t.ok()) << t.error();
    EXPECT_EQ(t.value(), account->tokens.accessToken);
    EXPECT_EQ(tokenPosts(), posts);
    EXPECT_EQ(s->refreshCount(), 0);
    EXPECT_EQ(apiStatus(provider(), t.value()), 200);
    // Asked again: the same token, still from memory.
    EXPECT_EQ(tokenFrom(*s).value(), account->tokens.accessToken);
    EXPECT_EQ(tokenPosts(), posts);
}

TEST_P(TokenSourceTest, RefreshStoresRotatedRefreshTokensAndGoogleKeepsItsOwn)
{
    const auto account = connected();
    ASSERT_TRUE(account);
    auto s = source();
    const QString old = tokenFrom(*s).value();
    const Result<QString> fresh = tokenFrom(*s, old); // a request saw `old` refused
    ASSERT_TRUE(fresh.ok()) << fresh.error();
    EXPECT_NE(fresh.value(), old);
    EXPECT_EQ(s->refreshCount(), 1);
    EXPECT_EQ(apiStatus(provider(), fresh.value()), 200);

    const std::optional<auth::TokenSet> stored = storedOnceItHolds(fresh.value());
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->accessToken, fresh.value());
    if (provider() == Provider::Microsoft) {
        EXPECT_NE(stored->refreshToken, account->tokens.refreshToken);
        // The old refresh token is spent: only the stored one would work now.
        const auth::TokenReply replay = refreshWith(account->tokens.refreshToken);
        EXPECT_FALSE(replay.ok);
        EXPECT_EQ(replay.error.kind, auth::OAuthError::Kind::InvalidGrant) << replay.error.message;
    } else {
        EXPECT_EQ(stored->refreshToken, account->tokens.refreshToken);
        EXPECT_TRUE(refreshWith(stored->refreshToken).ok);
    }
}

TEST_P(TokenSourceTest, ConcurrentRefusalsShareOneRefresh)
{
    const auto account = connected();
    ASSERT_TRUE(account);
    auto s = source();
    const QString old = tokenFrom(*s).value();
    ASSERT_EQ(old, account->tokens.accessToken);
    sandbox.oauth().expireAccessTokens();
    ASSERT_EQ(apiStatus(provider(), old), 401);

    const int posts = tokenPosts();
    QObject context;
    std::optional<Result<QString>> answers[3];
    for (auto &a : answers)
        s->token(
            &context, [&a](const Result<QString> &r) { a = r; }, old);
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers[0] && answers[1] && answers[2]; }, 30000));
    for (const auto &a : answers)
        ASSERT_TRUE(a->ok()) << a->error();
    EXPECT_NE(answers[0]->value(), old);
    EXPECT_EQ(answers[1]->value(), answers[0]->value());
    EXPECT_EQ(answers[2]->value(), answers[0]->value());
    EXPECT_EQ(s->refreshCount(), 1);
    EXPECT_EQ(tokenPosts(), posts + 1);
    EXPECT_EQ(apiStatus(provider(), answers[0]->value()), 200);

    // A request that was still under way with the old token comes back refused later: it
    // gets the new token, without another refresh.
    const Result<QString> late = tokenFrom(*s, old);
    ASSERT_TRUE(late.ok()) << late.error();
    EXPECT_EQ(late.value(), answers[0]->value());
    EXPECT_EQ(s->refreshCount(), 1);
    EXPECT_EQ(tokenPosts(), posts + 1);
}

TEST_P(TokenSourceTest, ARefusedTokenIsNotHandedOutByASourceThatHasNotLoadedYet)
{
    // E.g. the sync engine made a new source (settings changed) while a request with the
    // old token was under way; that request reports its 401 to the new source.
    const auto account = connected();
    ASSERT_TRUE(account);
    sandbox.oauth().expireAccessTokens();
    auto s = source();
    const Result<QString> t = tokenFrom(*s, account->tokens.accessToken);
    ASSERT_TRUE(t.ok()) << t.error();
    EXPECT_NE(t.value(), account->tokens.accessToken);
    EXPECT_EQ(apiStatus(provider(), t.value()), 200);
    EXPECT_EQ(s->refreshCount(), 1);
}

TEST_P(TokenSourceTest, RevokedGrantMeansReauthorizationAndTheMailStays)
{
    const auto account = connected();
    ASSERT_TRUE(account);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mail.sqlite"));
    auto opened = store::MailStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error();
    std::unique_ptr<store::MailStore> mail = std::move(opened).value();
    const qint64 id = mail->ensureAccount(settings::providerId(provider()), account->address, {}).value();
    ASSERT_TRUE(test::addMailAndQueuedAction(*mail, id, 5).ok());

    auto s = source();
    QObject::connect(s.get(), &auth::AccessTokenSource::reauthorizationRequired, mail.get(),
                     [&](const QString &reason) {
                         EXPECT_TRUE(mail->setAccountState(id, store::AccountState::ReauthRequired, reason).ok());
                     });
    QSignalSpy reauth(s.get(), &auth::AccessTokenSource::reauthorizationRequired);
    const QString old = tokenFrom(*s).value();
    sandbox.oauth().revokeUser(account->address);
    sandbox.oauth().expireAccessTokens();
    ASSERT_EQ(apiStatus(provider(), old), 401);

    const Result<QString> t = tokenFrom(*s, old);
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().contains(QLatin1String("sign in again"), Qt::CaseInsensitive)) << t.error();
    EXPECT_EQ(reauth.count(), 1);
    EXPECT_TRUE(s->needsReauthorization());

    auto reader = store::StoreReader::open(path);
    ASSERT_TRUE(reader.ok()) << reader.error();
    const auto accounts = reader.value()->accounts();
    ASSERT_TRUE(accounts.ok()) << accounts.error();
    ASSERT_EQ(accounts.value().size(), 1);
    EXPECT_EQ(accounts.value().first().state, store::AccountState::ReauthRequired);
    EXPECT_EQ(accounts.value().first().stateDetail, t.error());
    EXPECT_EQ(accounts.value().first().messages, 5);
    EXPECT_EQ(test::countRows(path, QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ?"), id), 1);

    // From now on every call fails straight away: no request, no second signal.
    const qsizetype requests = sandbox.log().entries().size();
    const Result<QString> again = tokenFrom(*s);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), t.error());
    EXPECT_FALSE(tokenFrom(*s, old).ok());
    EXPECT_EQ(sandbox.log().entries().size(), requests);
    EXPECT_EQ(reauth.count(), 1);
    EXPECT_EQ(s->refreshCount(), 1);
}

TEST_P(TokenSourceTest, NoKeychainEntryMeansReauthorization)
{
    ASSERT_TRUE(started);
    auto s = source(); // nothing was ever stored under this fixture's service
    QSignalSpy reauth(s.get(), &auth::AccessTokenSource::reauthorizationRequired);
    const qsizetype requests = sandbox.log().entries().size();
    const Result<QString> t = tokenFrom(*s);
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().contains(QLatin1String("sign in again"), Qt::CaseInsensitive)) << t.error();
    EXPECT_TRUE(t.error().contains(user(provider()))) << t.error();
    EXPECT_EQ(reauth.count(), 1);
    // Not latched (a keyring unlocked late answers "no entry" too): the next call reads again.
    EXPECT_FALSE(s->needsReauthorization());
    EXPECT_FALSE(tokenFrom(*s).ok());
    EXPECT_EQ(reauth.count(), 2);
    EXPECT_EQ(sandbox.log().entries().size(), requests);
    auth::TokenSet stored;
    stored.accessToken = QStringLiteral("access-from-the-keychain");
    stored.refreshToken = QStringLiteral("refresh");
    stored.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    ASSERT_TRUE(storeTokens(provider(), user(provider()), stored).ok());
    const Result<QString> later = tokenFrom(*s);
    ASSERT_TRUE(later.ok()) << later.error();
    EXPECT_EQ(later.value(), stored.accessToken);
}

INSTANTIATE_TEST_SUITE_P(Providers, TokenSourceTest, ::testing::Values(Provider::Google, Provider::Microsoft),
                         [](const auto &info) { return settings::providerDisplayName(info.param).toStdString(); });

// Tokens that live 30 s: inside the 60 s margin from the moment they are issued.
class ShortLivedTokenTest : public TokenSourceTest
{
protected:
    ShortLivedTokenTest() : TokenSourceTest(30) {}
};

TEST_P(ShortLivedTokenTest, ATokenNearExpiryIsRefreshedOnce)
{
    const auto account = connected();
    ASSERT_TRUE(account);
    ASSERT_LT(account->tokens.expiresAt, QDateTime::currentDateTimeUtc().addSecs(60));
    const int posts = tokenPosts();
    auto s = source();
    const Result<QString> t = tokenFrom(*s);
    ASSERT_TRUE(t.ok()) << t.error();
    EXPECT_NE(t.value(), account->tokens.accessToken);
    EXPECT_EQ(s->refreshCount(), 1);
    EXPECT_EQ(tokenPosts(), posts + 1);
    EXPECT_EQ(apiStatus(provider(), t.value()), 200);
    const std::optional<auth::TokenSet> stored = storedOnceItHolds(t.value());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->accessToken, t.value());
}

INSTANTIATE_TEST_SUITE_P(Providers, ShortLivedTokenTest, ::testing::Values(Provider::Google, Provider::Microsoft),
                         [](const auto &info) { return settings::providerDisplayName(info.param).toStdString(); });

// A Google client whose secret holds every character form encoding can get wrong.
const sandbox::OAuthClient kOddClient{QStringLiteral("4242-odd.apps.googleusercontent.com"),
                                      QStringLiteral("GOCSPX-odd+sec/ret= with space=="), sandbox::Provider::Google,
                                      false};

class GoogleOddSecret : public ::testing::Test, public test::AuthFixtureBase
{
protected:
    GoogleOddSecret() : AuthFixtureBase(sandbox::SandboxOptions{1, 3, {}, {}, 3600, {}, {kOddClient}}) {}
};

TEST_F(GoogleOddSecret, SignInAndRefreshWithPlusSlashEqualsAndSpaceInTheSecret)
{
    settings::ProviderConfig c = config(Provider::Google);
    c.clientId = kOddClient.id;
    c.clientSecret = kOddClient.secret;
    const QString address = user(Provider::Google);
    const Result<auth::AuthorizedAccount> account = signIn(c, address);
    ASSERT_TRUE(account.ok()) << account.error();
    ASSERT_TRUE(storeTokens(Provider::Google, address, account.value().tokens).ok());

    auth::AccessTokenSource s(c, address, &keychain, &nam);
    const QString old = tokenFrom(s).value();
    ASSERT_EQ(old, account.value().tokens.accessToken);
    const Result<QString> fresh = tokenFrom(s, old);
    ASSERT_TRUE(fresh.ok()) << fresh.error();
    EXPECT_NE(fresh.value(), old);
    EXPECT_EQ(s.refreshCount(), 1);
    EXPECT_EQ(apiStatus(Provider::Google, fresh.value()), 200);
}

} // namespace
