// The sign-in (authorization code + PKCE on a loopback redirect) against the emulator
// over real sockets: success for both providers and every way it can go wrong.
#include "auth/loopbackreceiver.h"
#include "auth/pkce.h"
#include "auth/tokenrequest.h"
#include "authtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>
#include <QtEndian>

using namespace em;
using em::settings::Provider;

namespace {

// The listening TCP sockets on a port, as `ss -ltn` shows them, from the kernel's own
// tables: "127.0.0.1", "0.0.0.0", "::1", "::" or an interface's address.
QStringList listenersOn(quint16 port)
{
    QStringList out;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f{QString::fromLatin1(table)};
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':'); // address:port, hexadecimal
            bool ok = false;
            if (local.size() != 2 || local.at(1).toUShort(&ok, 16) != port || !ok)
                continue;
            const QByteArray hex = local.at(0);
            if (hex.size() == 8) { // IPv4, little-endian
                const quint32 v = hex.toUInt(&ok, 16);
                out.append(QHostAddress(qFromBigEndian(v)).toString());
            } else {
                out.append(hex == "00000000000000000000000000000000"
                               ? QStringLiteral("::")
                               : QStringLiteral("(IPv6 %1)").arg(QLatin1String(hex)));
            }
        }
    }
    return out;
}

struct FlowRun
{
    std::optional<Result<auth::AuthorizedAccount>> result;
    QUrl url;
    test::ConsentOutcome consent;
};

class AuthFlowTest : public ::testing::TestWithParam<Provider>, public test::AuthFixtureBase
{
protected:
    // Starts a flow; `browser` plays the user (default: allows as the provider's user).
    FlowRun run(const settings::ProviderConfig &config,
                const std::function<test::ConsentOutcome(const QUrl &)> &browser = {}, int timeoutSeconds = 60)
    {
        FlowRun r;
        auth::AuthorizationFlow flow(config, &nam);
        flow.setTimeout(timeoutSeconds);
        QObject::connect(&flow, &auth::AuthorizationFlow::authorizationUrlReady, [&](const QUrl &u) { r.url = u; });
        QObject::connect(&flow, &auth::AuthorizationFlow::finished,
                         [&](const Result<auth::AuthorizedAccount> &res) { r.result = res; });
        flow.start();
        if (r.url.isValid() && !r.result)
            r.consent = browser ? browser(r.url) : test::answerConsent(r.url, user(config.provider));
        EXPECT_TRUE(QTest::qWaitFor([&] { return r.result.has_value(); }, (timeoutSeconds + 10) * 1000));
        if (!r.result)
            r.result = Result<auth::AuthorizedAccount>::failure(QStringLiteral("no result"));
        return r;
    }
    Provider provider() const { return GetParam(); }
};

// The emulator's codes carry '/' and '+' like Google's: a code decoded twice or encoded
// once too often (Qt 6.4) would fail the exchange below.
TEST_P(AuthFlowTest, ConnectsWithPkceAndFreshState)
{
    ASSERT_TRUE(started);
    const FlowRun r = run(config(provider()));
    ASSERT_TRUE(r.result->ok()) << r.result->error();
    EXPECT_EQ(r.result->value().address, user(provider()));
    EXPECT_FALSE(r.result->value().tokens.accessToken.isEmpty());
    EXPECT_FALSE(r.result->value().tokens.refreshToken.isEmpty());
    EXPECT_GT(r.result->value().tokens.expiresAt, QDateTime::currentDateTimeUtc().addSecs(3000));
    // The browser's last page says it worked.
    EXPECT_EQ(r.consent.finalStatus, 200);
    EXPECT_TRUE(r.consent.finalPage.contains(QLatin1String("data-success=\"true\""))) << r.consent.finalPage;

    const QUrlQuery q(r.url);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    EXPECT_GE(q.queryItemValue(QStringLiteral("state")).size(), 32);
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    EXPECT_EQ(redirect.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(redirect.port(), 0);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), config(provider()).scopes().join(u' '));
    if (provider() == Provider::Google) {
        EXPECT_EQ(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        EXPECT_EQ(q.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    }

    // A second flow: a new state, a new challenge, a new port is fine too.
    const FlowRun again = run(config(provider()));
    ASSERT_TRUE(again.result->ok()) << again.result->error();
    const QUrlQuery q2(again.url);
    EXPECT_NE(q2.queryItemValue(QStringLiteral("state")), q.queryItemValue(QStringLiteral("state")));
    EXPECT_NE(q2.queryItemValue(QStringLiteral("code_challenge")), q.queryItemValue(QStringLiteral("code_challenge")));
    // Qt 6.4 forgets the scope after a token answer; every grant here asks for it again.
    EXPECT_EQ(q2.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), config(provider()).scopes().join(u' '));
    // The listener is gone once the flow ended.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    EXPECT_FALSE(probe.waitForConnected(2000));
}

TEST_P(AuthFlowTest, DuringAFlowTheOnlyListenerIsOnLoopbackAndNoneIsLeftAfter)
{
    ASSERT_TRUE(started);
    QStringList during;
    quint16 port = 0;
    const FlowRun r = run(config(provider()), [&](const QUrl &url) {
        const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        port = quint16(redirect.port());
        during = listenersOn(port);
        return test::answerConsent(url, user(provider()));
    });
    ASSERT_TRUE(r.result->ok()) << r.result->error();
    ASSERT_GT(port, 0);
    // What `ss -ltn` would list for the redirect port: 127.0.0.1 alone (not 0.0.0.0, not IPv6).
    EXPECT_EQ(during, QStringList{QStringLiteral("127.0.0.1")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return listenersOn(port).isEmpty(); }, 3000))
        << listenersOn(port).join(u',').toStdString();
}

TEST_P(AuthFlowTest, AnnouncesLocalhostWhenConfiguredButListensOnLoopbackOnly)
{
    if (provider() != Provider::Microsoft)
        return; // Google accepts only the IP literal; the setting is Microsoft's
    settings::ProviderConfig c = config(provider());
    c.redirectHost = QStringLiteral("localhost");
    const FlowRun r = run(c, [&](const QUrl &url) {
        // What the browser resolves "localhost" to may be ::1: go to 127.0.0.1 as the
        // listener binds only that.
        test::ConsentOutcome o = test::answerConsent(url, user(provider()), true, false);
        QUrl to = o.redirect;
        EXPECT_EQ(to.host(), QStringLiteral("localhost"));
        to.setHost(QStringLiteral("127.0.0.1"));
        const test::PlainResponse page = test::httpGet(to);
        o.finalStatus = page.status;
        o.finalPage = page.body;
        return o;
    });
    ASSERT_TRUE(r.result->ok()) << r.result->error();
}

// The browser's last page speaks the user's language, right to left in Hebrew.
TEST_P(AuthFlowTest, TheBrowserPageIsTranslated)
{
    QTranslator hebrew;
    ASSERT_TRUE(hebrew.load(test::binaryPath(QStringLiteral("app/emailctl/email-manager_he.qm"))));
    QCoreApplication::installTranslator(&hebrew);
    const FlowRun r = run(config(provider()));
    QCoreApplication::removeTranslator(&hebrew);
    ASSERT_TRUE(r.result->ok()) << r.result->error();
    EXPECT_TRUE(r.consent.finalPage.contains(QLatin1String("dir=\"rtl\""))) << r.consent.finalPage;
    const QString title = r.consent.finalPage.section(QLatin1String("<title>"), 1).section(u'<', 0, 0);
    EXPECT_TRUE(std::any_of(title.begin(), title.end(), [](QChar c) {
        return c.unicode() >= 0x05d0 && c.unicode() <= 0x05ea;
    })) << title;
}

// A permission unticked on the consent page: no account without mail access.
TEST_P(AuthFlowTest, ASignInWithoutMailAccessIsRefusedAndNamesThePermission)
{
    const QString identityOnly = QStringLiteral("openid email profile offline_access User.Read");
    const FlowRun r = run(config(provider()), [&](const QUrl &url) {
        return test::answerConsent(url, user(provider()), true, true, 20000, identityOnly);
    });
    ASSERT_FALSE(r.result->ok());
    const QString missing =
        provider() == Provider::Google ? QStringLiteral("gmail.modify") : QStringLiteral("Mail.Send");
    EXPECT_TRUE(r.result->error().contains(missing)) << r.result->error();
    EXPECT_TRUE(r.consent.finalPage.contains(QLatin1String("data-success=\"false\""))) << r.consent.finalPage;
}

TEST_P(AuthFlowTest, DeniedConsentIsReportedAndShownInTheBrowser)
{
    const FlowRun r =
        run(config(provider()), [&](const QUrl &url) { return test::answerConsent(url, user(provider()), false); });
    ASSERT_FALSE(r.result->ok());
    EXPECT_TRUE(r.result->error().contains(QLatin1String("declined"))) << r.result->error();
    EXPECT_TRUE(r.consent.finalPage.contains(QLatin1String("data-success=\"false\"")));
}

TEST_P(AuthFlowTest, StateMismatchIsRefused)
{
    const FlowRun r = run(config(provider()), [&](const QUrl &url) {
        test::ConsentOutcome o = test::answerConsent(url, user(provider()), true, false);
        QUrl forged = o.redirect;
        QUrlQuery q(forged);
        q.removeAllQueryItems(QStringLiteral("state"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("attacker-state"));
        forged.setQuery(q);
        const test::PlainResponse page = test::httpGet(forged);
        o.finalStatus = page.status;
        o.finalPage = page.body;
        return o;
    });
    ASSERT_FALSE(r.result->ok());
    EXPECT_TRUE(r.result->error().contains(QLatin1String("state mismatch"))) << r.result->error();
    EXPECT_TRUE(r.consent.finalPage.contains(QLatin1String("not connected")));
}

TEST_P(AuthFlowTest, GarbageOnTheListenerIsAnsweredAndTheFlowGoesOn)
{
    const FlowRun r = run(config(provider()), [&](const QUrl &url) {
        const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrl local = redirect;
        local.setHost(QStringLiteral("127.0.0.1"));
        // No code, a wrong path, and raw bytes that are not HTTP.
        EXPECT_EQ(test::httpGet(QUrl(local.toString() + QStringLiteral("?hello=1"))).status, 400);
        EXPECT_EQ(test::httpGet(QUrl(local.toString() + QStringLiteral("favicon.ico"))).status, 404);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(local.port()));
        EXPECT_TRUE(raw.waitForConnected(2000));
        raw.write(QByteArray(20000, '\x01'));
        raw.waitForBytesWritten(2000);
        EXPECT_TRUE(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 5000));
        return test::answerConsent(url, user(provider()));
    });
    ASSERT_TRUE(r.result->ok()) << r.result->error();
}

TEST_P(AuthFlowTest, ABrowserThatNeverComesBackTimesOut)
{
    const FlowRun r = run(
        config(provider()), [](const QUrl &) { return test::ConsentOutcome{}; }, 1);
    ASSERT_FALSE(r.result->ok());
    EXPECT_TRUE(r.result->error().contains(QLatin1String("timed out"))) << r.result->error();
}

TEST_P(AuthFlowTest, UnknownClientNeverReachesConsentAndCheckNamesTheClientId)
{
    settings::ProviderConfig c = config(provider());
    c.clientId = provider() == Provider::Google ? QStringLiteral("999-unknown.apps.googleusercontent.com")
                                                : QStringLiteral("00000000-0000-0000-0000-000000000000");
    const FlowRun r = run(
        c,
        [&](const QUrl &url) {
            const test::ConsentOutcome o = test::answerConsent(url, user(provider()));
            EXPECT_FALSE(o.ok);
            EXPECT_TRUE(o.error.contains(QLatin1String("invalid_client"))) << o.error;
            return o;
        },
        1);
    EXPECT_FALSE(r.result->ok());
}

TEST_P(AuthFlowTest, ExpiredCodeIsRefusedClearly)
{
    sandbox.oauth().setCodeLifetime(0);
    const FlowRun r = run(config(provider()));
    ASSERT_FALSE(r.result->ok());
    EXPECT_TRUE(r.result->error().contains(QLatin1String("no longer accepts"))) << r.result->error();
    EXPECT_TRUE(r.consent.finalPage.contains(QLatin1String("data-success=\"false\"")));
}

TEST_P(AuthFlowTest, PkceMismatchAndReusedCodeAreRefused)
{
    const settings::ProviderConfig c = config(provider());
    const FlowRun r = run(c, [&](const QUrl &url) {
        test::ConsentOutcome o = test::answerConsent(url, user(provider()), true, false);
        const QString code = QUrlQuery(o.redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const QString redirectUri = QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        // Someone who caught the code but not the verifier cannot redeem it.
        std::optional<auth::TokenReply> stolen;
        auto *req = auth::TokenRequest::exchangeCode(&nam, c, code, auth::Pkce::generate().verifier, redirectUri);
        QObject::connect(req, &auth::TokenRequest::finished, [&](const auth::TokenReply &t) { stolen = t; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return stolen.has_value(); }, 10000));
        delete req;
        EXPECT_FALSE(stolen->ok);
        EXPECT_EQ(stolen->error.kind, auth::OAuthError::Kind::InvalidGrant);
        EXPECT_TRUE(stolen->error.description.contains(QLatin1String("verifier"))) << stolen->error.description;
        // The code is spent: the app's own exchange fails too, and says so.
        const test::PlainResponse page = test::httpGet(o.redirect);
        o.finalPage = page.body;
        return o;
    });
    ASSERT_FALSE(r.result->ok());
    EXPECT_TRUE(r.result->error().contains(QLatin1String("no longer accepts"))) << r.result->error();
}

TEST_P(AuthFlowTest, WrongSecretIsNamed)
{
    settings::ProviderConfig c = config(provider());
    c.clientSecret = QStringLiteral("wrong secret+/=");
    const FlowRun r = run(c);
    ASSERT_FALSE(r.result->ok());
    const QString expected =
        provider() == Provider::Google ? QStringLiteral("Client Secret") : QStringLiteral("public client");
    EXPECT_TRUE(r.result->error().contains(expected)) << r.result->error();
}

TEST_P(AuthFlowTest, CancelEndsTheFlowAndClosesTheListener)
{
    auth::AuthorizationFlow flow(config(provider()), &nam);
    std::optional<Result<auth::AuthorizedAccount>> result;
    QObject::connect(&flow, &auth::AuthorizationFlow::finished,
                     [&](const Result<auth::AuthorizedAccount> &r) { result = r; });
    flow.start();
    const quint16 port = flow.listenerPort();
    ASSERT_GT(port, 0);
    flow.cancel();
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok());
    EXPECT_TRUE(result->error().contains(QLatin1String("cancelled")));
    flow.cancel(); // a second cancel emits nothing more
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(probe.waitForConnected(2000));
}

// Qt 6.4 delivers tokens to every flow that shares a reply handler; here each flow has its
// own listener, state and verifier, and answers in the other order never cross.
TEST(AuthFlows, TwoAtOnceNeverCross)
{
    test::AuthFixtureBase env;
    ASSERT_TRUE(env.started);
    auth::AuthorizationFlow google(env.config(Provider::Google), &env.nam);
    auth::AuthorizationFlow microsoft(env.config(Provider::Microsoft), &env.nam);
    QUrl googleUrl, microsoftUrl;
    std::optional<Result<auth::AuthorizedAccount>> googleResult, microsoftResult;
    QObject::connect(&google, &auth::AuthorizationFlow::authorizationUrlReady, [&](const QUrl &u) { googleUrl = u; });
    QObject::connect(&microsoft, &auth::AuthorizationFlow::authorizationUrlReady,
                     [&](const QUrl &u) { microsoftUrl = u; });
    QObject::connect(&google, &auth::AuthorizationFlow::finished,
                     [&](const Result<auth::AuthorizedAccount> &r) { googleResult = r; });
    QObject::connect(&microsoft, &auth::AuthorizationFlow::finished,
                     [&](const Result<auth::AuthorizedAccount> &r) { microsoftResult = r; });
    google.start();
    microsoft.start();
    ASSERT_NE(google.listenerPort(), microsoft.listenerPort());
    EXPECT_TRUE(test::answerConsent(microsoftUrl, test::AuthFixtureBase::user(Provider::Microsoft)).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return microsoftResult.has_value(); }, 20000));
    EXPECT_FALSE(googleResult.has_value());
    EXPECT_TRUE(test::answerConsent(googleUrl, test::AuthFixtureBase::user(Provider::Google)).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return googleResult.has_value(); }, 20000));
    ASSERT_TRUE(googleResult->ok()) << googleResult->error();
    ASSERT_TRUE(microsoftResult->ok()) << microsoftResult->error();
    EXPECT_EQ(googleResult->value().address, test::AuthFixtureBase::user(Provider::Google));
    EXPECT_EQ(microsoftResult->value().address, test::AuthFixtureBase::user(Provider::Microsoft));
    EXPECT_NE(googleResult->value().tokens.accessToken, microsoftResult->value().tokens.accessToken);
}

INSTANTIATE_TEST_SUITE_P(Providers, AuthFlowTest, ::testing::Values(Provider::Google, Provider::Microsoft),
                         [](const auto &info) { return settings::providerDisplayName(info.param).toStdString(); });

TEST(LoopbackReceiver, ListensOnLoopbackOnly)
{
    auth::LoopbackReceiver receiver;
    ASSERT_TRUE(receiver.listen().ok());
    ASSERT_GT(receiver.port(), 0);
    // Reachable on 127.0.0.1 ...
    QTcpSocket local;
    local.connectToHost(QHostAddress::LocalHost, receiver.port());
    EXPECT_TRUE(local.waitForConnected(2000));
    // ... and on no other address of this machine.
    int others = 0;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.isLinkLocal())
            continue;
        ++others;
        QTcpSocket remote;
        remote.connectToHost(a, receiver.port());
        EXPECT_FALSE(remote.waitForConnected(2000)) << a.toString().toStdString();
    }
    // ::1 is loopback but not what was bound: refused as well.
    QTcpSocket v6;
    v6.connectToHost(QHostAddress::LocalHostIPv6, receiver.port());
    EXPECT_FALSE(v6.waitForConnected(2000));
    RecordProperty("non_loopback_addresses_probed", others);
}

TEST(TokenRequest, FormEncodingEscapesEveryReservedCharacter)
{
    const QByteArray form =
        auth::TokenRequest::formEncode({{QStringLiteral("client_secret"), QStringLiteral("a+b/c=d e&f")},
                                        {QStringLiteral("code"), QStringLiteral("4/0A")}});
    EXPECT_EQ(form, QByteArray("client_secret=a%2Bb%2Fc%3Dd%20e%26f&code=4%2F0A"));
}

TEST(TokenRequest, ClassifiesProviderErrorsIntoTheSettingToFix)
{
    settings::ProviderConfig ms;
    ms.provider = Provider::Microsoft;
    ms.clientId = QStringLiteral("x");
    auto classify = [&](int status, const char *body) {
        return auth::TokenRequest::classify(ms, status, QByteArray(body), QNetworkReply::NoError, {});
    };
    EXPECT_EQ(classify(400, R"({"error":"invalid_client","error_description":"AADSTS700025: Client is public."})").kind,
              auth::OAuthError::Kind::SecretNotAllowed);
    EXPECT_EQ(
        classify(
            400,
            R"({"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented"})")
            .kind,
        auth::OAuthError::Kind::ConsentRequired);
    EXPECT_EQ(
        classify(400, R"({"error":"invalid_request","error_description":"AADSTS90002: Tenant 'x' not found."})").kind,
        auth::OAuthError::Kind::TenantNotFound);
    EXPECT_EQ(classify(503, "<html>busy</html>").kind, auth::OAuthError::Kind::Server);
    EXPECT_EQ(classify(404, "<html>nope</html>").kind, auth::OAuthError::Kind::NotFound);
    EXPECT_EQ(classify(200, "not json").kind, auth::OAuthError::Kind::Malformed);
    const auth::OAuthError net =
        auth::TokenRequest::classify(ms, 0, {}, QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
    EXPECT_EQ(net.kind, auth::OAuthError::Kind::Network);
    EXPECT_TRUE(net.message.contains(QLatin1String("login.microsoftonline.com"))) << net.message;
    // The trace and correlation ids of Microsoft's answers stay out of the message.
    const auth::OAuthError grant = classify(
        400,
        R"({"error":"invalid_grant","error_description":"AADSTS70008: Expired. Trace ID: 1234 Correlation ID: 5678"})");
    EXPECT_FALSE(grant.message.contains(QLatin1String("Trace ID")));
}

TEST(IdToken, AddressFromEmailOrPreferredUsername)
{
    auto token = [](const QByteArray &claims) -> QString {
        return QStringLiteral("e30.") +
               QString::fromLatin1(claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
               QStringLiteral(".");
    };
    EXPECT_EQ(auth::parseIdToken(token(R"({"email":"a@b.c","name":"A"})")).email, QStringLiteral("a@b.c"));
    EXPECT_EQ(auth::parseIdToken(token(R"({"preferred_username":"x@y.z"})")).email, QStringLiteral("x@y.z"));
    EXPECT_TRUE(auth::parseIdToken(token(R"({"preferred_username":"not-an-address"})")).email.isEmpty());
    EXPECT_TRUE(auth::parseIdToken(QStringLiteral("garbage")).email.isEmpty());
}

} // namespace
