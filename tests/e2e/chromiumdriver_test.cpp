// The test browser works: a real headless Chromium walks the emulator's Google consent page
// and follows its redirect to a loopback server, as the desktop client's sign-in does.
#include "chromiumdriver.h"
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace em::sandbox;
using em::test::ChromiumDriver;

namespace {

const QString kVerifier = QStringLiteral("e2e-verifier-0123456789-0123456789-0123456789");
const QString kState = QStringLiteral("e2e-state-4f1c9a");

// The app's side of the loopback redirect: reports the target of each request for "/"
// and answers every request with a short page.
class RedirectReceiver : public QObject
{
    Q_OBJECT
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &RedirectReceiver::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString redirectUri() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()); }

Q_SIGNALS:
    void received(const QString &target);

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const QString target = QString::fromLatin1(requestLine.value(1));
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\nConnection: close\r\n\r\n"
                      "<p id=\"done\">Signed in</p>\n");
        socket->disconnectFromHost();
        if (requestLine.value(0) == "GET" && (target == QLatin1String("/") || target.startsWith(QLatin1String("/?"))))
            Q_EMIT received(target);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

SandboxOptions fewMessages()
{
    SandboxOptions options;
    options.messagesPerMailbox = 5;
    return options;
}

struct ChromiumDriverTest : ::testing::Test
{
    Sandbox sandbox{fewMessages()};
    RedirectReceiver receiver;
    ChromiumDriver browser;

    void SetUp() override
    {
        ASSERT_TRUE(sandbox.start(0));
        ASSERT_TRUE(receiver.listen());
        QString error;
        ASSERT_TRUE(browser.start(&error)) << error.toStdString();
    }

    QUrl authorizationUrl() const
    {
        QUrl url = sandbox.baseUrl();
        url.setPath(QStringLiteral("/o/oauth2/v2/auth"));
        QUrlQuery q;
        auto add = [&](const QString &key, const QString &value) {
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        add(QStringLiteral("client_id"), Sandbox::googleClient().id);
        add(QStringLiteral("redirect_uri"), receiver.redirectUri());
        add(QStringLiteral("response_type"), QStringLiteral("code"));
        add(QStringLiteral("scope"), em::test::SandboxClient::googleScopes().join(u' '));
        add(QStringLiteral("state"), kState);
        add(QStringLiteral("code_challenge"), pkceChallenge(kVerifier));
        add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return url;
    }

    // Opens the consent page, clicks a button and returns the target the browser then asked
    // the loopback server for.
    QString consent(const QString &button)
    {
        QString error;
        EXPECT_TRUE(browser.open(authorizationUrl(), &error)) << error.toStdString();
        EXPECT_TRUE(browser.waitFor(
            QStringLiteral("document.querySelector('#allow') && document.querySelector('#deny')"), 10000, &error))
            << error.toStdString();
        QSignalSpy spy(&receiver, &RedirectReceiver::received);
        browser.evaluate(QStringLiteral("document.querySelector('#%1').click()").arg(button), &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        if (!spy.wait(15000)) {
            ADD_FAILURE() << "no redirect reached the loopback server; the browser is at "
                          << browser.currentUrl().toStdString();
            return {};
        }
        // The browser shows the app's answer page.
        EXPECT_TRUE(browser.waitFor(QStringLiteral("document.querySelector('#done')"), 10000, &error))
            << error.toStdString();
        return spy.first().first().toString();
    }
};

} // namespace

TEST_F(ChromiumDriverTest, DenyRedirectsWithAccessDenied)
{
    const QString target = consent(QStringLiteral("deny"));
    EXPECT_EQ(target, QStringLiteral("/?error=access_denied&state=") + kState);
    EXPECT_TRUE(browser.currentUrl().startsWith(receiver.redirectUri() + QStringLiteral("?error=access_denied")))
        << browser.currentUrl().toStdString();
}

TEST_F(ChromiumDriverTest, AllowRedirectsWithACodeThatRedeemsWithTheVerifier)
{
    const QString target = consent(QStringLiteral("allow"));
    ASSERT_TRUE(target.startsWith(QLatin1String("/?"))) << target.toStdString();
    const QUrlQuery query(target.mid(2));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), kState);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    ASSERT_TRUE(code.startsWith(QLatin1String("4/0A"))) << target.toStdString();

    // The code is good: the browser carried the PKCE challenge and the code unchanged.
    QUrlQuery form;
    auto add = [&](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    add(QStringLiteral("code"), code);
    add(QStringLiteral("redirect_uri"), receiver.redirectUri());
    add(QStringLiteral("client_id"), Sandbox::googleClient().id);
    add(QStringLiteral("client_secret"), Sandbox::googleClient().secret);
    add(QStringLiteral("code_verifier"), kVerifier);
    em::test::SandboxClient client(sandbox);
    const HttpResponse token =
        client.send("POST", QStringLiteral("/token"), {}, form.query(QUrl::FullyEncoded).toUtf8(),
                    "application/x-www-form-urlencoded");
    ASSERT_EQ(token.status, 200) << token.body.toStdString();
    EXPECT_FALSE(em::test::SandboxClient::json(token).value(QStringLiteral("access_token")).toString().isEmpty());
}

TEST_F(ChromiumDriverTest, ReportsScriptErrorsTimeoutsAndUnreachablePages)
{
    QString error;
    EXPECT_EQ(browser.evaluate(QStringLiteral("Promise.resolve(6 * 7)"), &error).toInt(), 42) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());

    EXPECT_TRUE(browser.evaluate(QStringLiteral("no_such_name.x"), &error).isUndefined());
    EXPECT_TRUE(error.contains(QLatin1String("ReferenceError"))) << error.toStdString();

    EXPECT_FALSE(browser.waitFor(QStringLiteral("document.querySelector('#never')"), 300, &error));
    EXPECT_TRUE(error.contains(QLatin1String("#never")) && error.contains(QLatin1String("about:blank")))
        << error.toStdString();

    // A port nobody listens on any more.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    EXPECT_FALSE(browser.open(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), &error));
    EXPECT_TRUE(error.contains(QLatin1String("ERR_CONNECTION_REFUSED"))) << error.toStdString();
}

#include "chromiumdriver_test.moc"
