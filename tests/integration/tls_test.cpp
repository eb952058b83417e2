// TLS errors are never ignored: the HTTP layer every provider call goes through, and the
// reader's remote content, against a local TLS server whose certificate nobody trusts
// (tests/data/tls: self-signed for 127.0.0.1). The handshake fails, no request reaches
// the server, the error says why, and it is not retried (a certificate does not get
// better by asking again).
#include "auth/accesstokensource.h"
#include "net/httpclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace em;

namespace {

class UntrustedServer
{
public:
    UntrustedServer()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(test::dataPath(QStringLiteral("tls/untrusted.crt")));
        QFile key(test::dataPath(QStringLiteral("tls/untrusted.key")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return;
        tls.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, [this](QSslSocket *) { ++handshakes; });
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                QObject::connect(s, &QIODevice::readyRead, [this, s] {
                    // Only an encrypted channel delivers bytes here: a request that got through.
                    if (!s->readAll().isEmpty())
                        ++requests;
                });
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool listening() const { return m_listening; }
    QUrl url(const char *path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path)));
    }
    int handshakes = 0;
    int requests = 0;

private:
    QSslServer m_server;
    bool m_listening = false;
};

// Qt deletes a finished connection's TLS state later (deleteLater): run those deletions
// before the test ends, or LeakSanitizer counts OpenSSL objects that were only pending.
class Tls : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QTest::qWait(20);
        }
    }
};

TEST_F(Tls, TheHttpLayerRefusesAnUntrustedCertificateAndDoesNotRetry)
{
    ASSERT_TRUE(QSslSocket::supportsSsl());
    UntrustedServer server;
    ASSERT_TRUE(server.listening());
    QNetworkAccessManager nam;
    net::HttpClient client(&nam);
    client.setRetryPolicy({5, 20, 100});
    QObject context;
    std::optional<net::HttpResponse> answer;
    net::HttpRequest r;
    r.url = server.url("/gmail/v1/users/me/profile");
    client.send(r, &context, [&](const net::HttpResponse &a) { answer = a; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
    EXPECT_EQ(answer->status, 0);
    EXPECT_EQ(answer->network, QNetworkReply::SslHandshakeFailedError);
    EXPECT_FALSE(answer->error.isEmpty());
    EXPECT_EQ(answer->attempts, 1) << "a bad certificate is not asked again";
    EXPECT_EQ(server.requests, 0) << "nothing was sent over a channel nobody vouched for";
    EXPECT_GE(server.handshakes, 1);
}

TEST_F(Tls, PlainQtNetworkAsTheReaderUsesItRefusesItToo)
{
    // The reader fetches remote content (once allowed) with its own manager and never
    // connects to sslErrors: the default verification applies.
    UntrustedServer server;
    ASSERT_TRUE(server.listening());
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(server.url("/pixel.png")));
    bool sawErrors = false;
    QObject::connect(reply, &QNetworkReply::sslErrors,
                     [&](const QList<QSslError> &errors) { sawErrors = !errors.isEmpty(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
    EXPECT_EQ(reply->error(), QNetworkReply::SslHandshakeFailedError);
    EXPECT_TRUE(sawErrors);
    EXPECT_EQ(server.requests, 0);
    reply->deleteLater();
}

} // namespace
