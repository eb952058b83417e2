// The emulator over real sockets: the executable, keep-alive, latency, faults and Graph's
// concurrency limit, and garbage on the wire.
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace em::sandbox;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
};

Reply fetch(QNetworkAccessManager &nam, const QUrl &url, const QString &token = {})
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        EXPECT_TRUE(done.wait(10000));
    }
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll(),
            reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return r;
}

// Reads until `marker` arrives, running the event loop (the server lives in this thread).
QByteArray readUntil(QTcpSocket &socket, const QByteArray &marker)
{
    QByteArray answer;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    for (int i = 0; i < 50 && !answer.contains(marker); ++i) {
        if (!socket.bytesAvailable())
            ready.wait(100);
        answer += socket.readAll();
    }
    return answer;
}

struct HttpTest : ::testing::Test
{
    Sandbox sandbox{SandboxOptions{1, 5, {}, {}, 3600, {}, {}}};
    em::test::SandboxClient client{sandbox};
    QNetworkAccessManager nam;
    void SetUp() override { ASSERT_TRUE(sandbox.start(0)); }
    QUrl url(const QString &path) const { return QUrl(sandbox.baseUrl().toString() + path); }
};

} // namespace

TEST(SandboxExecutable, PrintsItsConfigurationAndServes)
{
    QTemporaryDir dir;
    const QString configFile = dir.filePath(QStringLiteral("config.json"));
    QProcess p;
    p.start(em::test::binaryPath(QStringLiteral("bin/email-manager-sandbox")),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("1"),
             QStringLiteral("--messages"), QStringLiteral("500"), QStringLiteral("--config-json"), configFile});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    QJsonObject config;
    for (int i = 0; i < 100 && config.isEmpty(); ++i) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
        config = QJsonDocument::fromJson(out).object();
    }
    ASSERT_FALSE(config.isEmpty()) << out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(em::test::readFile(configFile)).object(), config);
    for (const char *key : {"google", "microsoft", "users", "control_url"})
        EXPECT_TRUE(config.contains(QLatin1String(key))) << key;
    const QJsonObject google = config.value(QStringLiteral("google")).toObject();
    for (const char *key : {"client_id", "client_secret", "auth_url", "token_url", "revoke_url", "api_url"})
        EXPECT_FALSE(google.value(QLatin1String(key)).toString().isEmpty()) << key;
    const QJsonObject microsoft = config.value(QStringLiteral("microsoft")).toObject();
    for (const char *key : {"client_id", "tenant", "auth_url", "token_url", "api_url"})
        EXPECT_FALSE(microsoft.value(QLatin1String(key)).toString().isEmpty()) << key;
    const QJsonArray users = config.value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users.at(0).toObject().value(QStringLiteral("messages")).toInt(), 500);
    EXPECT_TRUE(google.value(QStringLiteral("auth_url")).toString().startsWith(QLatin1String("http://127.0.0.1:")));

    QNetworkAccessManager nam;
    const Reply r =
        fetch(nam, QUrl(config.value(QStringLiteral("control_url")).toString() + QStringLiteral("/config")));
    EXPECT_EQ(r.status, 200);
    p.kill();
    p.waitForFinished();
}

TEST(SandboxExecutable, BadArgumentsAreUsageErrors)
{
    QProcess p;
    p.start(em::test::binaryPath(QStringLiteral("bin/email-manager-sandbox")),
            {QStringLiteral("--messages"), QStringLiteral("lots")});
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitCode(), 2);
    p.start(em::test::binaryPath(QStringLiteral("bin/email-manager-sandbox")),
            {QStringLiteral("--users"), QStringLiteral("x@example.com:yahoo")});
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitCode(), 2);
}

TEST_F(HttpTest, KeepAliveAndGarbageOnTheWire)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, sandbox.port());
    ASSERT_TRUE(connected.wait(2000));
    const QByteArray request = "GET /_control/config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (int i = 0; i < 2; ++i) {
        socket.write(request);
        const QByteArray answer = readUntil(socket, "\"control_url\"");
        EXPECT_TRUE(answer.startsWith("HTTP/1.1 200")) << i;
        EXPECT_TRUE(answer.contains("Connection: keep-alive"));
    }
    QTcpSocket garbage;
    QSignalSpy garbageConnected(&garbage, &QTcpSocket::connected);
    garbage.connectToHost(QHostAddress::LocalHost, sandbox.port());
    ASSERT_TRUE(garbageConnected.wait(2000));
    garbage.write(QByteArray("\x01\x02 NOT HTTP AT ALL \xff\xfe\r\n\r\n", 24) + QByteArray(100000, 'z'));
    readUntil(garbage, "\r\n\r\n");
    garbage.abort();
    // Still serving after the garbage.
    EXPECT_EQ(fetch(nam, url(QStringLiteral("/_control/config"))).status, 200);
}

TEST_F(HttpTest, InjectedServerErrorsUseTheProvidersShape)
{
    const QString token = client.accessToken(QStringLiteral("alice.sandbox@gmail.com"));
    sandbox.limits().rate500 = 1.0;
    const Reply r = fetch(nam, url(QStringLiteral("/gmail/v1/users/me/profile")), token);
    EXPECT_EQ(r.status, 500);
    EXPECT_EQ(QJsonDocument::fromJson(r.body)
                  .object()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("status")),
              QStringLiteral("INTERNAL"));
    sandbox.limits().rate500 = 0;
    sandbox.limits().rate503 = 1.0;
    EXPECT_EQ(fetch(nam, url(QStringLiteral("/gmail/v1/users/me/profile")), token).status, 503);
    sandbox.limits().rate503 = 0;
    // OAuth and control are never faulted: only the APIs are.
    EXPECT_EQ(fetch(nam, url(QStringLiteral("/_control/config"))).status, 200);
    EXPECT_EQ(sandbox.log().entries().at(sandbox.log().entries().size() - 2).fault, QStringLiteral("503"));
}

TEST_F(HttpTest, ResetAndTruncatedAnswers)
{
    const QString token = client.accessToken(QStringLiteral("alice.sandbox@gmail.com"));
    sandbox.limits().rateReset = 1.0;
    const Reply reset = fetch(nam, url(QStringLiteral("/gmail/v1/users/me/profile")), token);
    EXPECT_NE(reset.error, QNetworkReply::NoError);
    EXPECT_EQ(reset.status, 0);
    sandbox.limits().rateReset = 0;
    sandbox.limits().rateTruncate = 1.0;
    const Reply cut = fetch(nam, url(QStringLiteral("/gmail/v1/users/me/profile")), token);
    EXPECT_TRUE(cut.error != QNetworkReply::NoError || QJsonDocument::fromJson(cut.body).isNull())
        << "a truncated body never parses as whole JSON";
    sandbox.limits().rateTruncate = 0;
    EXPECT_EQ(fetch(nam, url(QStringLiteral("/gmail/v1/users/me/profile")), token).status, 200);
}

TEST_F(HttpTest, GraphConcurrencyLimitAnswers429WithRetryAfter)
{
    const QString token = client.accessToken(QStringLiteral("bob.sandbox@outlook.com"));
    sandbox.limits().graphConcurrency = 1;
    sandbox.limits().latencyMs = 300;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(url(QStringLiteral("/v1.0/me")));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        replies.append(nam.get(request));
    }
    for (QNetworkReply *reply : replies) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            ASSERT_TRUE(done.wait(10000));
        }
    }
    int ok = 0, throttled = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            ++ok;
        if (status == 429) {
            ++throttled;
            EXPECT_FALSE(reply->rawHeader("Retry-After").isEmpty());
        }
        reply->deleteLater();
    }
    EXPECT_EQ(ok, 1);
    EXPECT_EQ(throttled, 2);
    EXPECT_EQ(sandbox.quota().graphInFlight(QStringLiteral("bob.sandbox@outlook.com")), 0);
}

TEST_F(HttpTest, GraphRequestWindow)
{
    const QString token = client.accessToken(QStringLiteral("bob.sandbox@outlook.com"));
    sandbox.limits().graphRequestsPer10Minutes = 3;
    int throttled = 0;
    for (int i = 0; i < 5; ++i) {
        const Reply r = fetch(nam, url(QStringLiteral("/v1.0/me")), token);
        if (r.status == 429) {
            ++throttled;
            EXPECT_GT(r.retryAfter.toInt(), 0);
        }
    }
    EXPECT_EQ(throttled, 2);
}
