// The emulator's OAuth endpoints behave as Google's and Microsoft's do for a desktop client.
#include "sandboxclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrl>

using namespace em::sandbox;
using em::test::SandboxClient;

namespace {

const QString kGoogleUser = QStringLiteral("alice.sandbox@gmail.com");
const QString kMicrosoftUser = QStringLiteral("bob.sandbox@outlook.com");
const QString kVerifier = QStringLiteral("verifier-0123456789-0123456789-0123456789-abc");

struct OAuthTest : ::testing::Test
{
    Sandbox sandbox{SandboxOptions{1, 5, {}, {}, 3600, {}, {}}};
    SandboxClient client{sandbox};

    // Walks the consent page; returns the redirect target the browser would follow.
    QUrl consent(Provider provider, const QString &user, const QString &action,
                 const QString &redirect = QStringLiteral("http://127.0.0.1:4242/"), const QString &clientId = {})
    {
        const OAuthClient &c = provider == Provider::Google ? Sandbox::googleClient() : Sandbox::microsoftClient();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), clientId.isEmpty() ? c.id : clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("scope"),
                       (provider == Provider::Google ? SandboxClient::googleScopes() : SandboxClient::microsoftScopes())
                           .join(u' '));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s+/tate"));
        q.addQueryItem(QStringLiteral("code_challenge"), pkceChallenge(kVerifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        const QString path = provider == Provider::Google ? QStringLiteral("/o/oauth2/v2/auth")
                                                          : QStringLiteral("/common/oauth2/v2.0/authorize");
        const HttpResponse page = client.get(path + u'?' + q.query(QUrl::FullyEncoded), {});
        if (page.status != 200)
            return {};
        const QString html = QString::fromUtf8(page.body);
        EXPECT_TRUE(html.contains(QLatin1String("id=\"allow\"")));
        EXPECT_TRUE(html.contains(QLatin1String("Mail")) || html.contains(QLatin1String("gmail")));
        const QString request =
            QRegularExpression(QStringLiteral("name=\"request\" value=\"([^\"]+)\"")).match(html).captured(1);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request"), request);
        form.addQueryItem(QStringLiteral("user"), user);
        form.addQueryItem(QStringLiteral("action"), action);
        const HttpResponse decision =
            client.send("POST", QStringLiteral("/o/oauth2/decision"), {}, form.query(QUrl::FullyEncoded).toUtf8(),
                        "application/x-www-form-urlencoded");
        EXPECT_EQ(decision.status, 302);
        return QUrl(QString::fromUtf8(decision.header("Location")));
    }

    HttpResponse exchange(Provider provider, const QString &code, const QString &verifier = kVerifier,
                          const QString &secret = QStringLiteral("<default>"),
                          const QString &redirect = QStringLiteral("http://127.0.0.1:4242/"))
    {
        const OAuthClient &c = provider == Provider::Google ? Sandbox::googleClient() : Sandbox::microsoftClient();
        QUrlQuery t;
        auto add = [&](const char *k, const QString &v) {
            t.addQueryItem(QLatin1String(k), QString::fromLatin1(QUrl::toPercentEncoding(v)));
        };
        add("grant_type", QStringLiteral("authorization_code"));
        add("code", code);
        add("redirect_uri", redirect);
        add("client_id", c.id);
        add("code_verifier", verifier);
        if (secret == QLatin1String("<default>")) {
            if (!c.secret.isEmpty())
                add("client_secret", c.secret);
        } else if (!secret.isNull()) {
            add("client_secret", secret);
        }
        return client.send("POST",
                           provider == Provider::Google ? QStringLiteral("/token")
                                                        : QStringLiteral("/common/oauth2/v2.0/token"),
                           {}, t.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    }

    HttpResponse refresh(Provider provider, const QString &refreshToken)
    {
        const OAuthClient &c = provider == Provider::Google ? Sandbox::googleClient() : Sandbox::microsoftClient();
        QUrlQuery t;
        t.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        t.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
        t.addQueryItem(QStringLiteral("client_id"), c.id);
        if (!c.secret.isEmpty())
            t.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(c.secret)));
        return client.send("POST",
                           provider == Provider::Google ? QStringLiteral("/token")
                                                        : QStringLiteral("/common/oauth2/v2.0/token"),
                           {}, t.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    }

    static QString codeOf(const QUrl &redirect)
    {
        return QUrlQuery(redirect.query(QUrl::FullyEncoded)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
};

QJsonObject idTokenClaims(const QString &idToken)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(idToken.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

TEST_F(OAuthTest, GoogleCodeFlowWithPkce)
{
    const QUrl back = consent(Provider::Google, kGoogleUser, QStringLiteral("allow"));
    EXPECT_EQ(back.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(back.port(), 4242);
    const QUrlQuery q(back.query(QUrl::FullyEncoded));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s+/tate"));
    const QString code = codeOf(back);
    EXPECT_TRUE(code.contains(u'/')) << "codes carry '/' as Google's do";

    const HttpResponse token = exchange(Provider::Google, code);
    ASSERT_EQ(token.status, 200) << token.body.toStdString();
    const QJsonObject o = SandboxClient::json(token);
    EXPECT_FALSE(o.value(QStringLiteral("access_token")).toString().isEmpty());
    EXPECT_FALSE(o.value(QStringLiteral("refresh_token")).toString().isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(o.value(QStringLiteral("expires_in")).toInt(), 3600);
    EXPECT_EQ(idTokenClaims(o.value(QStringLiteral("id_token")).toString()).value(QStringLiteral("email")).toString(),
              kGoogleUser);
    EXPECT_EQ(token.header("Cache-Control"), QByteArray("no-store"));

    const HttpResponse profile =
        client.get(QStringLiteral("/gmail/v1/users/me/profile"), o.value(QStringLiteral("access_token")).toString());
    EXPECT_EQ(profile.status, 200);
    EXPECT_EQ(SandboxClient::json(profile).value(QStringLiteral("emailAddress")).toString(), kGoogleUser);

    // Codes are single use.
    const HttpResponse again = exchange(Provider::Google, code);
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(SandboxClient::json(again).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(OAuthTest, GoogleRejectsWrongVerifierSecretAndRedirect)
{
    EXPECT_EQ(SandboxClient::json(exchange(Provider::Google,
                                           codeOf(consent(Provider::Google, kGoogleUser, QStringLiteral("allow"))),
                                           QStringLiteral("wrong-verifier-0123456789-0123456789-01234")))
                  .value(QStringLiteral("error"))
                  .toString(),
              QStringLiteral("invalid_grant"));
    const HttpResponse wrongSecret =
        exchange(Provider::Google, codeOf(consent(Provider::Google, kGoogleUser, QStringLiteral("allow"))), kVerifier,
                 QStringLiteral("GOCSPX-wrong"));
    EXPECT_EQ(wrongSecret.status, 401);
    EXPECT_EQ(SandboxClient::json(wrongSecret).value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_client"));
    const HttpResponse noSecret =
        exchange(Provider::Google, codeOf(consent(Provider::Google, kGoogleUser, QStringLiteral("allow"))), kVerifier,
                 QString());
    EXPECT_EQ(noSecret.status, 401);
    const HttpResponse otherRedirect =
        exchange(Provider::Google, codeOf(consent(Provider::Google, kGoogleUser, QStringLiteral("allow"))), kVerifier,
                 QStringLiteral("<default>"), QStringLiteral("http://127.0.0.1:9999/"));
    EXPECT_EQ(SandboxClient::json(otherRedirect).value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
    // Google only accepts the loopback IP literal.
    EXPECT_FALSE(
        consent(Provider::Google, kGoogleUser, QStringLiteral("allow"), QStringLiteral("http://localhost:4242/"))
            .isValid());
    EXPECT_FALSE(
        consent(Provider::Google, kGoogleUser, QStringLiteral("allow"), QStringLiteral("https://evil.example/"))
            .isValid());
    EXPECT_FALSE(consent(Provider::Google, kGoogleUser, QStringLiteral("allow"),
                         QStringLiteral("http://127.0.0.1:4242/"), QStringLiteral("unknown-client"))
                     .isValid());
}

TEST_F(OAuthTest, DenyAndExpiredCodes)
{
    const QUrl denied = consent(Provider::Google, kGoogleUser, QStringLiteral("deny"));
    const QUrlQuery q(denied.query(QUrl::FullyEncoded));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_FALSE(q.hasQueryItem(QStringLiteral("code")));

    sandbox.oauth().setCodeLifetime(-1);
    const HttpResponse expired =
        exchange(Provider::Google, codeOf(consent(Provider::Google, kGoogleUser, QStringLiteral("allow"))));
    EXPECT_EQ(SandboxClient::json(expired).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

TEST_F(OAuthTest, GoogleRefreshKeepsTheRefreshTokenAndRevokeEndsIt)
{
    const QJsonObject first = SandboxClient::json(
        exchange(Provider::Google, codeOf(consent(Provider::Google, kGoogleUser, QStringLiteral("allow")))));
    const QString refreshToken = first.value(QStringLiteral("refresh_token")).toString();
    EXPECT_TRUE(refreshToken.contains(u'+')) << "refresh tokens carry '+', which a client must encode";
    const HttpResponse r = refresh(Provider::Google, refreshToken);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject second = SandboxClient::json(r);
    EXPECT_NE(second.value(QStringLiteral("access_token")), first.value(QStringLiteral("access_token")));
    EXPECT_FALSE(second.contains(QStringLiteral("refresh_token")));

    sandbox.oauth().expireAccessTokens();
    EXPECT_EQ(
        client
            .get(QStringLiteral("/gmail/v1/users/me/profile"), second.value(QStringLiteral("access_token")).toString())
            .status,
        401);
    QUrlQuery revoke;
    revoke.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    EXPECT_EQ(client
                  .send("POST", QStringLiteral("/revoke"), {}, revoke.query(QUrl::FullyEncoded).toUtf8(),
                        "application/x-www-form-urlencoded")
                  .status,
              200);
    EXPECT_EQ(SandboxClient::json(refresh(Provider::Google, refreshToken)).value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
}

TEST_F(OAuthTest, MicrosoftPublicClientRotatesRefreshTokens)
{
    // Microsoft matches loopback redirects on localhost too, whatever the port.
    const QUrl back =
        consent(Provider::Microsoft, kMicrosoftUser, QStringLiteral("allow"), QStringLiteral("http://localhost:5151/"));
    ASSERT_TRUE(back.isValid());
    const QString code = codeOf(back);
    const HttpResponse withSecret = exchange(Provider::Microsoft, code, kVerifier, QStringLiteral("a-secret"),
                                             QStringLiteral("http://localhost:5151/"));
    EXPECT_EQ(withSecret.status, 401);
    const QJsonObject err = SandboxClient::json(withSecret);
    EXPECT_TRUE(err.value(QStringLiteral("error_description")).toString().startsWith(QLatin1String("AADSTS700025")));
    EXPECT_EQ(err.value(QStringLiteral("error_codes")).toArray().at(0).toInt(), 700025);

    const HttpResponse ok =
        exchange(Provider::Microsoft, codeOf(consent(Provider::Microsoft, kMicrosoftUser, QStringLiteral("allow"))));
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    const QString r1 = SandboxClient::json(ok).value(QStringLiteral("refresh_token")).toString();
    const QJsonObject rotated = SandboxClient::json(refresh(Provider::Microsoft, r1));
    const QString r2 = rotated.value(QStringLiteral("refresh_token")).toString();
    EXPECT_FALSE(r2.isEmpty());
    EXPECT_NE(r1, r2);
    EXPECT_EQ(SandboxClient::json(refresh(Provider::Microsoft, r1)).value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"))
        << "a rotated refresh token is spent";
    const HttpResponse me =
        client.get(QStringLiteral("/v1.0/me"), rotated.value(QStringLiteral("access_token")).toString());
    EXPECT_EQ(SandboxClient::json(me).value(QStringLiteral("mail")).toString(), kMicrosoftUser);
}

TEST_F(OAuthTest, ListensOnLoopbackOnlyAndServesOverRealHttp)
{
    ASSERT_TRUE(sandbox.start(0));
    EXPECT_GT(sandbox.port(), 0);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, sandbox.port());
    EXPECT_TRUE(probe.waitForConnected(2000));
    probe.abort();

    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/_control/config"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    ASSERT_TRUE(done.wait(5000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject config = QJsonDocument::fromJson(reply->readAll()).object();
    EXPECT_EQ(config.value(QStringLiteral("google")).toObject().value(QStringLiteral("client_id")).toString(),
              Sandbox::googleClient().id);
    EXPECT_EQ(config.value(QStringLiteral("users")).toArray().size(), 2);
    reply->deleteLater();
    // The request log names paths, never tokens or query values.
    ASSERT_FALSE(sandbox.log().entries().isEmpty());
    EXPECT_EQ(sandbox.log().entries().last().path, QStringLiteral("/_control/config"));
}
