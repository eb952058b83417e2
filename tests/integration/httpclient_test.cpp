// The provider-neutral HTTP layer against the emulator over loopback: injected faults,
// Gmail's quota, Graph's concurrency limit with Retry-After, and 401s handed to the
// account's token source (keychain: gnome-keyring under with-keyring.sh).
#include "auth/accesstokensource.h"
#include "authtestsupport.h"
#include "net/httpclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace em;
using em::settings::Provider;

namespace {

class HttpClientTest : public ::testing::Test, public test::AuthFixtureBase
{
protected:
    // Signs the provider's user in and gives the client a token source for it.
    void connectClient(Provider provider)
    {
        ASSERT_TRUE(started);
        const Result<auth::AuthorizedAccount> a = signIn(config(provider), user(provider));
        ASSERT_TRUE(a.ok()) << a.error();
        ASSERT_TRUE(storeTokens(provider, user(provider), a.value().tokens).ok());
        source = std::make_unique<auth::AccessTokenSource>(config(provider), user(provider), &keychain, &nam);
        client.setTokenSource(source.get());
        client.setRetryPolicy({10, 20, 200});
    }
    QUrl api(const QString &path) const { return QUrl(sandbox.baseUrl().toString() + path); }

    // Sends them all and waits for every answer.
    QList<net::HttpResponse> sendAll(const QList<net::HttpRequest> &requests, int timeoutMs = 30000)
    {
        QList<net::HttpResponse> out(requests.size());
        int done = 0;
        for (int i = 0; i < requests.size(); ++i)
            client.send(requests[i], &context, [&, i](const net::HttpResponse &r) {
                out[i] = r;
                ++done;
            });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done == requests.size(); }, timeoutMs)) << done;
        return out;
    }
    int logged(const QString &pathPrefix, int status = -1, const QString &fault = QString()) const
    {
        int n = 0;
        for (const auto &e : const_cast<sandbox::Sandbox &>(sandbox).log().entries())
            n += e.path.startsWith(pathPrefix) && (status < 0 || e.status == status) &&
                 (fault.isNull() || e.fault == fault);
        return n;
    }

    std::unique_ptr<auth::AccessTokenSource> source;
    net::HttpClient client{&nam};
    QObject context;
};

net::HttpRequest get(const QUrl &url, int units = 0)
{
    net::HttpRequest r;
    r.url = url;
    r.quotaUnits = units;
    return r;
}

TEST_F(HttpClientTest, EveryRequestSucceedsThroughInjectedFaults)
{
    connectClient(Provider::Google);
    sandbox.limits().rate500 = 0.15;
    sandbox.limits().rate503 = 0.15;
    sandbox.limits().rateReset = 0.1;
    sandbox.limits().rateTruncate = 0.1;
    const QList<net::HttpResponse> answers =
        sendAll(QList<net::HttpRequest>(40, get(api(QStringLiteral("/gmail/v1/users/me/profile")), 1)));
    int attempts = 0;
    for (const net::HttpResponse &r : answers) {
        EXPECT_EQ(r.status, 200) << r.error;
        EXPECT_TRUE(QJsonDocument::fromJson(r.body).isObject()) << r.body.toStdString(); // whole, not cut short
        EXPECT_TRUE(r.body.contains("alice.sandbox@gmail.com"));
        attempts += r.attempts;
    }
    const int faults = logged(QStringLiteral("/gmail/"), -1, QStringLiteral("500")) +
                       logged(QStringLiteral("/gmail/"), -1, QStringLiteral("503")) +
                       logged(QStringLiteral("/gmail/"), -1, QStringLiteral("reset")) +
                       logged(QStringLiteral("/gmail/"), -1, QStringLiteral("truncate"));
    EXPECT_GT(faults, 5);
    // Every fault cost a try (QNetworkAccessManager itself resends a GET once when a
    // kept-alive connection is reset, so some tries are not ours) ...
    EXPECT_GT(attempts, 40);
    EXPECT_LE(attempts, 40 + faults);
    // ... and nothing was fetched again once it had been answered whole.
    EXPECT_EQ(logged(QStringLiteral("/gmail/v1/users/me/profile"), 200, QString(QLatin1String(""))), 40);
}

TEST_F(HttpClientTest, ARequestThatMayHaveActedIsNotSentTwice)
{
    connectClient(Provider::Google);
    sandbox.limits().rate500 = 1.0;
    net::HttpRequest post;
    post.method = "POST";
    post.url = api(QStringLiteral("/gmail/v1/users/me/messages/batchModify"));
    post.contentType = "application/json";
    post.body = R"({"ids":[],"addLabelIds":["STARRED"]})";
    const QList<net::HttpResponse> r = sendAll({post, get(api(QStringLiteral("/gmail/v1/users/me/profile")))});
    EXPECT_EQ(r[0].status, 500);
    EXPECT_EQ(r[0].attempts, 1);
    EXPECT_EQ(r[1].status, 500); // idempotent: tried as often as the policy allows
    EXPECT_EQ(r[1].attempts, 10);
}

TEST_F(HttpClientTest, TheQuotaIsUsedToTheLastUnitAndNeverExceeded)
{
    sandbox.limits().gmailUnitsPerMinute = 100;
    connectClient(Provider::Google);
    client.setQuota(100, 61000); // a second of margin for the trip to the server
    int answered = 0;
    for (int i = 0; i < 21; ++i)
        client.send(get(api(QStringLiteral("/gmail/v1/users/me/messages?maxResults=1")), 5), &context,
                    [&](const net::HttpResponse &r) {
                        EXPECT_EQ(r.status, 200) << r.body.toStdString();
                        ++answered;
                    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered == 20; }, 20000));
    // The 21st waits for the window instead of earning a 429.
    QTest::qWait(500);
    EXPECT_EQ(answered, 20);
    EXPECT_EQ(client.queued(), 1);
    EXPECT_EQ(client.quotaUsed(), 100);
    EXPECT_EQ(logged(QStringLiteral("/gmail/v1/users/me/messages")), 20);
    EXPECT_EQ(logged(QStringLiteral("/gmail/"), 429), 0);
}

TEST_F(HttpClientTest, GraphThrottlingIsRetriedAfterRetryAfterAndAvoidedWithinTheLimit)
{
    connectClient(Provider::Microsoft);
    sandbox.limits().graphConcurrency = 1;
    sandbox.limits().latencyMs = 150;
    QElapsedTimer clock;
    clock.start();
    const QList<net::HttpResponse> r = sendAll(QList<net::HttpRequest>(6, get(api(QStringLiteral("/v1.0/me")))), 60000);
    for (const net::HttpResponse &a : r)
        EXPECT_EQ(a.status, 200) << a.body.toStdString();
    const int throttled = logged(QStringLiteral("/v1.0/"), 429);
    EXPECT_GT(throttled, 0);
    EXPECT_GE(clock.elapsed(), 1000); // Retry-After: 1 was waited for

    // Within the mailbox's concurrency limit nothing is throttled.
    client.setMaxConcurrent(1);
    sendAll(QList<net::HttpRequest>(6, get(api(QStringLiteral("/v1.0/me")))), 60000);
    EXPECT_EQ(logged(QStringLiteral("/v1.0/"), 429), throttled);
}

TEST_F(HttpClientTest, A401IsHandedToTheTokenSourceOnceForEveryoneWaiting)
{
    connectClient(Provider::Google);
    // First answers with a cached token, then every token dies at the provider.
    ASSERT_EQ(sendAll({get(api(QStringLiteral("/gmail/v1/users/me/profile")))}).first().status, 200);
    const int posts = tokenPosts();
    sandbox.oauth().expireAccessTokens();
    const QList<net::HttpResponse> r =
        sendAll(QList<net::HttpRequest>(3, get(api(QStringLiteral("/gmail/v1/users/me/profile")))));
    for (const net::HttpResponse &a : r) {
        EXPECT_EQ(a.status, 200) << a.error;
        EXPECT_EQ(a.attempts, 2);
    }
    EXPECT_EQ(tokenPosts(), posts + 1);
    EXPECT_EQ(source->refreshCount(), 1);
}

TEST_F(HttpClientTest, ASuccessThatSaysTheTokenWasRefusedInsideIsTreatedAsA401OnceWithoutLooping)
{
    // A batch answered 200 with its calls refused 401: the predicate says so, the token is
    // refreshed once and the request sent again; said again, the answer is handed over.
    connectClient(Provider::Google);
    ASSERT_EQ(sendAll({get(api(QStringLiteral("/gmail/v1/users/me/profile")))}).first().status, 200);
    int asked = 0;
    net::HttpRequest request = get(api(QStringLiteral("/gmail/v1/users/me/profile")));
    request.refusedInside = [&asked](const net::HttpResponse &r) {
        ++asked;
        return r.ok();
    };
    const net::HttpResponse r = sendAll({request}).first();
    EXPECT_EQ(r.status, 200) << r.error;
    EXPECT_EQ(r.attempts, 2);
    EXPECT_EQ(asked, 1) << "asked again after the one refresh";
    EXPECT_EQ(source->refreshCount(), 1);
}

TEST_F(HttpClientTest, ARevokedGrantEndsInSignInAgainWithoutLooping)
{
    connectClient(Provider::Microsoft);
    ASSERT_EQ(sendAll({get(api(QStringLiteral("/v1.0/me")))}).first().status, 200);
    sandbox.oauth().revokeUser(user(Provider::Microsoft));
    const net::HttpResponse r = sendAll({get(api(QStringLiteral("/v1.0/me")))}).first();
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.attempts, 1);
    EXPECT_TRUE(r.error.contains(QLatin1String("sign in again"))) << r.error;
    EXPECT_TRUE(source->needsReauthorization());
}

TEST_F(HttpClientTest, ATokenSourceClosedUnderWaitingRequestsStrandsNone)
{
    connectClient(Provider::Google);
    client.setMaxConcurrent(4);
    QList<net::HttpResponse> answers;
    for (int i = 0; i < 6; ++i)
        client.send(get(api(QStringLiteral("/gmail/v1/users/me/profile"))), &context,
                    [&](const net::HttpResponse &r) { answers.append(r); });
    source.reset(); // while the first four wait for the keychain
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers.size() == 6; }, 20000)) << answers.size();
    EXPECT_TRUE(answers.first().error.contains(QLatin1String("closed"))) << answers.first().error;
    EXPECT_EQ(client.inFlight(), 0);
    EXPECT_EQ(client.queued(), 0);
}

TEST_F(HttpClientTest, AnUnreachableHostIsTriedAsThePolicySaysThenReported)
{
    client.setRetryPolicy({3, 10, 50});
    const net::HttpResponse r =
        sendAll({get(QUrl(QStringLiteral("http://127.0.0.1:%1/gmail/v1/users/me/profile").arg(test::closedPort())))})
            .first();
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.attempts, 3);
    EXPECT_EQ(r.network, QNetworkReply::ConnectionRefusedError);
    EXPECT_FALSE(r.error.isEmpty());
}

} // namespace
