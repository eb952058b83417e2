// The emulator's control API: what tests and the demo do "from another device".
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace em::sandbox;
using em::test::SandboxClient;

namespace {

const QString kGmail = QStringLiteral("alice.sandbox@gmail.com");
const QString kOutlook = QStringLiteral("bob.sandbox@outlook.com");

struct ControlTest : ::testing::Test
{
    Sandbox sandbox{SandboxOptions{3, 10, {}, {}, 3600, {}, {}}};
    SandboxClient client{sandbox};

    HttpResponse post(const QString &action, const QJsonObject &body)
    {
        return client.send("POST", QStringLiteral("/_control/") + action, {},
                           QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
};

} // namespace

TEST_F(ControlTest, DeliverModifyMoveDeleteAdvanceHistory)
{
    Mailbox *gmail = sandbox.mailbox(kGmail);
    const quint64 before = gmail->historyId();
    const HttpResponse delivered = post(QStringLiteral("deliver"), {{QStringLiteral("user"), kGmail}});
    ASSERT_EQ(delivered.status, 200);
    const QString id = SandboxClient::json(delivered).value(QStringLiteral("id")).toString();
    ASSERT_NE(gmail->message(id), nullptr);
    EXPECT_TRUE(gmail->message(id)->labels.contains(QStringLiteral("INBOX")));
    EXPECT_TRUE(gmail->message(id)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_GT(gmail->historyId(), before);

    const QByteArray raw = "From: x@example.com\r\nSubject: given\r\nMessage-ID: <given@x>\r\n\r\nbody\r\n";
    const QString given = SandboxClient::json(post(QStringLiteral("deliver"),
                                                   {{QStringLiteral("user"), kGmail},
                                                    {QStringLiteral("raw"), QString::fromLatin1(raw.toBase64())}}))
                              .value(QStringLiteral("id"))
                              .toString();
    EXPECT_EQ(gmail->message(given)->raw, raw);

    ASSERT_EQ(post(QStringLiteral("modify"), {{QStringLiteral("user"), kGmail},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("remove"), QJsonArray{QStringLiteral("UNREAD")}},
                                              {QStringLiteral("add"), QJsonArray{QStringLiteral("STARRED")}}})
                  .status,
              200);
    EXPECT_FALSE(gmail->message(id)->labels.contains(QStringLiteral("UNREAD")));
    EXPECT_TRUE(gmail->message(id)->labels.contains(QStringLiteral("STARRED")));
    const int records = gmail->history().size();
    EXPECT_EQ(gmail->history().at(records - 1).type, HistoryRecord::LabelsRemoved);
    EXPECT_EQ(gmail->history().at(records - 2).type, HistoryRecord::LabelsAdded);

    ASSERT_EQ(post(QStringLiteral("delete"), {{QStringLiteral("user"), kGmail}, {QStringLiteral("id"), id}}).status,
              200);
    EXPECT_EQ(gmail->message(id), nullptr);
    EXPECT_EQ(gmail->history().last().type, HistoryRecord::MessageDeleted);
    EXPECT_EQ(post(QStringLiteral("delete"), {{QStringLiteral("user"), kGmail}, {QStringLiteral("id"), id}}).status,
              404);

    Mailbox *outlook = sandbox.mailbox(kOutlook);
    const QString message = outlook->messages().firstKey();
    const QString archive = outlook->wellKnown(QStringLiteral("archive"))->id;
    ASSERT_EQ(
        post(QStringLiteral("move"),
             {{QStringLiteral("user"), kOutlook}, {QStringLiteral("id"), message}, {QStringLiteral("folder"), archive}})
            .status,
        200);
    EXPECT_TRUE(outlook->message(message)->labels.contains(archive));
    int folders = 0;
    for (const QString &l : outlook->message(message)->labels)
        folders += outlook->labels().contains(l) ? 1 : 0;
    EXPECT_EQ(folders, 1) << "a Graph message lives in exactly one folder";
}

TEST_F(ControlTest, ExpiriesRevocationAndLimits)
{
    ASSERT_EQ(post(QStringLiteral("expire-history"), {{QStringLiteral("user"), kGmail}}).status, 200);
    EXPECT_EQ(sandbox.mailbox(kGmail)->oldestHistoryId(), sandbox.mailbox(kGmail)->historyId());
    const int epoch = sandbox.mailbox(kOutlook)->deltaEpoch();
    ASSERT_EQ(post(QStringLiteral("invalidate-delta"), {{QStringLiteral("user"), kOutlook}}).status, 200);
    EXPECT_EQ(sandbox.mailbox(kOutlook)->deltaEpoch(), epoch + 1);

    const QString token = client.accessToken(kGmail);
    EXPECT_EQ(client.get(QStringLiteral("/gmail/v1/users/me/profile"), token).status, 200);
    ASSERT_EQ(post(QStringLiteral("expire-tokens"), {}).status, 200);
    EXPECT_EQ(client.get(QStringLiteral("/gmail/v1/users/me/profile"), token).status, 401);

    const QString fresh = client.accessToken(kGmail);
    ASSERT_EQ(post(QStringLiteral("revoke"), {{QStringLiteral("user"), kGmail}}).status, 200);
    EXPECT_EQ(client.get(QStringLiteral("/gmail/v1/users/me/profile"), fresh).status, 401);

    ASSERT_EQ(post(QStringLiteral("limits"), {{QStringLiteral("gmail_units_per_minute"), 3},
                                              {QStringLiteral("latency_ms"), 5},
                                              {QStringLiteral("rate_503"), 0.25}})
                  .status,
              200);
    EXPECT_EQ(sandbox.limits().gmailUnitsPerMinute, 3);
    EXPECT_EQ(sandbox.limits().latencyMs, 5);
    EXPECT_DOUBLE_EQ(sandbox.limits().rate503, 0.25);
}

TEST_F(ControlTest, BadControlRequestsAreRefused)
{
    EXPECT_EQ(post(QStringLiteral("deliver"), {{QStringLiteral("user"), QStringLiteral("nobody@example.com")}}).status,
              404);
    EXPECT_EQ(client.send("POST", QStringLiteral("/_control/deliver"), {}, "{not json").status, 400);
    EXPECT_EQ(client.get(QStringLiteral("/_control/deliver"), {}).status, 405);
    EXPECT_EQ(post(QStringLiteral("no-such-action"), {}).status, 404);
    EXPECT_EQ(post(QStringLiteral("move"), {{QStringLiteral("user"), kOutlook},
                                            {QStringLiteral("id"), QStringLiteral("AAMkmissing")},
                                            {QStringLiteral("folder"), QStringLiteral("x")}})
                  .status,
              404);
}

TEST_F(ControlTest, LogRecordsRequestsWithoutSecrets)
{
    const QJsonObject tokens = client.authorize(kGmail, Provider::Google, SandboxClient::googleScopes());
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    ASSERT_TRUE(sandbox.start(0));
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, sandbox.port());
    ASSERT_TRUE(connected.wait(2000));
    socket.write("GET /gmail/v1/users/me/profile?fields=emailAddress&access_token=" + access.toLatin1() +
                 " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + access.toLatin1() + "\r\n\r\n");
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    ASSERT_TRUE(ready.wait(3000));
    // A request whose body never comes in full: the server must neither crash nor hang.
    QTcpSocket cut;
    QSignalSpy cutConnected(&cut, &QTcpSocket::connected);
    cut.connectToHost(QHostAddress::LocalHost, sandbox.port());
    ASSERT_TRUE(cutConnected.wait(2000));
    cut.write("POST /_control/deliver HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{\"user\":");
    cut.flush();
    QSignalSpy(&cut, &QTcpSocket::bytesWritten).wait(200);
    cut.abort();

    const HttpResponse log = client.get(QStringLiteral("/_control/log"), {});
    ASSERT_EQ(log.status, 200);
    const QJsonArray entries = QJsonDocument::fromJson(log.body).array();
    ASSERT_FALSE(entries.isEmpty());
    const QJsonObject first = entries.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("path")).toString(), QStringLiteral("/gmail/v1/users/me/profile"));
    EXPECT_EQ(first.value(QStringLiteral("status")).toInt(), 200);
    EXPECT_EQ(first.value(QStringLiteral("units")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("user")).toString(), kGmail);
    for (const char *key : {"at", "method", "latency_ms", "fault"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(log.body.contains(access.toLatin1())) << "no token in the log";
    EXPECT_FALSE(log.body.contains("fields=")) << "no query values in the log";
    // Still serving.
    EXPECT_EQ(client.get(QStringLiteral("/_control/config"), {}).status, 200);
}
