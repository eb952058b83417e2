#include "sandboxclient.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace em::test {

using namespace em::sandbox;

QStringList SandboxClient::googleScopes()
{
    return {QStringLiteral("https://www.googleapis.com/auth/gmail.modify"), QStringLiteral("openid"),
            QStringLiteral("email"), QStringLiteral("profile")};
}

QStringList SandboxClient::microsoftScopes()
{
    return {QStringLiteral("offline_access"), QStringLiteral("openid"),    QStringLiteral("email"),
            QStringLiteral("profile"),        QStringLiteral("User.Read"), QStringLiteral("Mail.ReadWrite"),
            QStringLiteral("Mail.Send")};
}

HttpResponse SandboxClient::send(const QByteArray &method, const QString &pathAndQuery, const QString &token,
                                 const QByteArray &body, const QByteArray &contentType,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QUrl url(QStringLiteral("http://127.0.0.1") + pathAndQuery);
    HttpRequest r;
    r.method = method;
    r.path = url.path();
    r.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    if (!token.isEmpty())
        r.headers.insert("authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        r.headers.insert("content-type", contentType);
    for (const auto &[name, value] : headers)
        r.headers.insert(name.toLower(), value);
    r.body = body;
    r.peer = QHostAddress::LocalHost;
    return m_sandbox.dispatch(r);
}

HttpResponse SandboxClient::get(const QString &pathAndQuery, const QString &token)
{
    return send("GET", pathAndQuery, token);
}

QJsonObject SandboxClient::json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QJsonObject SandboxClient::authorize(const QString &user, Provider provider, const QStringList &scopes)
{
    const OAuthClient &client = provider == Provider::Google ? Sandbox::googleClient() : Sandbox::microsoftClient();
    const QString verifier = QStringLiteral("verifier-0123456789-0123456789-0123456789-abc");
    const QString redirect = QStringLiteral("http://127.0.0.1:4242/");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), client.id);
    q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), scopes.join(u' '));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st"));
    q.addQueryItem(QStringLiteral("code_challenge"), pkceChallenge(verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const QString authPath = provider == Provider::Google ? QStringLiteral("/o/oauth2/v2/auth")
                                                          : QStringLiteral("/common/oauth2/v2.0/authorize");
    const HttpResponse page = get(authPath + u'?' + q.query(QUrl::FullyEncoded), {});
    const QString request = QRegularExpression(QStringLiteral("name=\"request\" value=\"([^\"]+)\""))
                                .match(QString::fromUtf8(page.body))
                                .captured(1);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), request);
    form.addQueryItem(QStringLiteral("user"), user);
    form.addQueryItem(QStringLiteral("action"), QStringLiteral("allow"));
    const HttpResponse decision = send("POST", QStringLiteral("/o/oauth2/decision"), {},
                                       form.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    const QUrlQuery back(QUrl(QString::fromUtf8(decision.header("Location"))).query());
    const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QUrlQuery token;
    token.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    token.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    token.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    token.addQueryItem(QStringLiteral("client_id"), client.id);
    token.addQueryItem(QStringLiteral("code_verifier"), verifier);
    if (!client.secret.isEmpty())
        token.addQueryItem(QStringLiteral("client_secret"),
                           QString::fromLatin1(QUrl::toPercentEncoding(client.secret)));
    const QString tokenPath =
        provider == Provider::Google ? QStringLiteral("/token") : QStringLiteral("/common/oauth2/v2.0/token");
    return json(
        send("POST", tokenPath, {}, token.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded"));
}

QString SandboxClient::accessToken(const QString &user)
{
    const Mailbox *m = m_sandbox.mailbox(user);
    if (!m)
        return {};
    const bool google = m->provider() == Provider::Google;
    return authorize(user, m->provider(), google ? googleScopes() : microsoftScopes())
        .value(QStringLiteral("access_token"))
        .toString();
}

} // namespace em::test
