#include "oauthserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace em::sandbox {

namespace {

QString q(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QString escape(const QString &s)
{
    return s.toHtmlEscaped();
}

const QRegularExpression kMicrosoftAuthorize(QStringLiteral("^/([^/]+)/oauth2/v2\\.0/authorize$"));
const QRegularExpression kMicrosoftToken(QStringLiteral("^/([^/]+)/oauth2/v2\\.0/token$"));

QByteArray base64url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(base64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

OAuthServer::OAuthServer(UsersFn users) : m_users(std::move(users))
{}

void OAuthServer::registerClient(const OAuthClient &client)
{
    m_clients.append(client);
}

const OAuthClient *OAuthServer::client(const QString &id) const
{
    for (const OAuthClient &c : m_clients)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString OAuthServer::random(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char &c : b)
        c = char(m_random.bounded(256));
    return QString::fromLatin1(base64url(b));
}

void OAuthServer::expireAccessTokens()
{
    for (TokenGrant &g : m_access)
        g.expires = QDateTime::currentDateTimeUtc().addSecs(-1);
}

void OAuthServer::revokeUser(const QString &address)
{
    for (auto it = m_access.begin(); it != m_access.end();)
        it = it->user == address ? m_access.erase(it) : std::next(it);
    for (auto it = m_refresh.begin(); it != m_refresh.end();)
        it = it->grant.user == address ? m_refresh.erase(it) : std::next(it);
}

const TokenGrant *OAuthServer::validate(const QString &accessToken) const
{
    auto it = m_access.constFind(accessToken);
    if (it == m_access.constEnd() || it->expires <= QDateTime::currentDateTimeUtc())
        return nullptr;
    return &it.value();
}

bool OAuthServer::handles(const HttpRequest &r) const
{
    return r.path.startsWith(QLatin1String("/o/oauth2/")) || r.path == QLatin1String("/token") ||
           r.path == QLatin1String("/revoke") || kMicrosoftAuthorize.match(r.path).hasMatch() ||
           kMicrosoftToken.match(r.path).hasMatch();
}

HttpResponse OAuthServer::handle(const HttpRequest &r)
{
    if (r.path == QLatin1String("/o/oauth2/v2/auth") && r.method == "GET")
        return authorize(r, Provider::Google, {});
    if (r.path == QLatin1String("/o/oauth2/decision") && r.method == "POST")
        return decide(r);
    if (r.path == QLatin1String("/token") && r.method == "POST")
        return token(r, Provider::Google);
    if (r.path == QLatin1String("/revoke") && r.method == "POST")
        return revoke(r);
    if (auto m = kMicrosoftAuthorize.match(r.path); m.hasMatch() && r.method == "GET")
        return authorize(r, Provider::Microsoft, m.captured(1));
    if (kMicrosoftToken.match(r.path).hasMatch() && r.method == "POST")
        return token(r, Provider::Microsoft);
    return HttpResponse::html(405, QStringLiteral("<h1>405 Method Not Allowed</h1>"));
}

bool OAuthServer::redirectAllowed(Provider provider, const QString &redirectUri) const
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.query().isEmpty() || url.hasFragment())
        return false;
    // Google: loopback IP literal, any port. Microsoft: localhost or 127.0.0.1, port ignored.
    if (url.host() == QLatin1String("127.0.0.1"))
        return true;
    return provider == Provider::Microsoft && url.host() == QLatin1String("localhost");
}

HttpResponse OAuthServer::error(Provider provider, int status, const QString &code, const QString &description,
                                int aadsts) const
{
    if (provider == Provider::Google)
        return HttpResponse::json(
            status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}});
    const QString text = QStringLiteral("AADSTS%1: %2 Trace ID: 00000000-0000-0000-0000-000000000000 "
                                        "Correlation ID: 00000000-0000-0000-0000-000000000000 Timestamp: %3")
                             .arg(aadsts)
                             .arg(description, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"), code},
                            {QStringLiteral("error_description"), text},
                            {QStringLiteral("error_codes"), QJsonArray{aadsts}},
                            {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
}

HttpResponse OAuthServer::authorize(const HttpRequest &r, Provider provider, const QString &tenant)
{
    const QUrlQuery &p = r.query;
    const OAuthClient *c = client(q(p, "client_id"));
    const QString redirectUri = q(p, "redirect_uri");
    // Errors that cannot be sent back to the client are shown to the user, as both providers do.
    if (!c || c->provider != provider)
        return HttpResponse::html(400, QStringLiteral("<h1>Error 401: invalid_client</h1><p>The OAuth client was not "
                                                      "found.</p>"));
    if (provider == Provider::Microsoft && tenant != QLatin1String("common") &&
        tenant != QLatin1String("organizations") && tenant != QLatin1String("consumers") &&
        !QRegularExpression(QStringLiteral("^[0-9a-fA-F-]{36}$")).match(tenant).hasMatch() && !tenant.contains(u'.'))
        return HttpResponse::html(400,
                                  QStringLiteral("<h1>AADSTS90002: Tenant '%1' not found.</h1>").arg(escape(tenant)));
    if (!redirectAllowed(provider, redirectUri))
        return HttpResponse::html(
            400, QStringLiteral("<h1>Error 400: redirect_uri_mismatch</h1><p>%1</p>").arg(escape(redirectUri)));
    auto fail = [&](const QString &code, const QString &description) {
        QUrl to(redirectUri);
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("error"), code);
        back.addQueryItem(QStringLiteral("error_description"), description);
        if (p.hasQueryItem(QStringLiteral("state")))
            back.addQueryItem(QStringLiteral("state"), q(p, "state"));
        to.setQuery(back);
        return HttpResponse::redirect(to.toString(QUrl::FullyEncoded));
    };
    if (q(p, "response_type") != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), QStringLiteral("response_type must be code"));
    const QString scope = q(p, "scope");
    if (scope.trimmed().isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("Missing required parameter: scope"));
    const QString method = q(p, "code_challenge_method");
    const QString challenge = q(p, "code_challenge");
    if (!challenge.isEmpty() && method != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256"));
    if (provider == Provider::Microsoft && challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is required for cross-origin "
                                   "authorization code redemption."));

    const QString request = random(18);
    m_pending.insert(request, {provider, c->id, redirectUri, q(p, "state"), scope, challenge, method});

    QString users;
    for (const Mailbox *m : m_users(provider))
        users += QStringLiteral("<label class=\"user\"><input type=\"radio\" name=\"user\" value=\"%1\"%3> "
                                "<b>%2</b> &lt;%1&gt;</label>")
                     .arg(escape(m->address()), escape(m->displayName()),
                          users.isEmpty() ? QStringLiteral(" checked") : QString());
    QString scopes;
    for (const QString &s : scope.split(u' ', Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li>%1</li>").arg(escape(s));
    const QString brand =
        provider == Provider::Google ? QStringLiteral("Google (sandbox)") : QStringLiteral("Microsoft (sandbox)");
    return HttpResponse::html(
        200, QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in - %1</title>"
                            "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto}"
                            "label.user{display:block;padding:.5em;border:1px solid #ccc;margin:.3em 0}"
                            "button{padding:.6em 1.4em;margin-right:1em}</style></head><body>"
                            "<h1>%1</h1><p>Choose an account to continue to the app <code>%2</code>.</p>"
                            "<form method=\"post\" action=\"/o/oauth2/decision\">"
                            "<input type=\"hidden\" name=\"request\" value=\"%3\">%4"
                            "<p>The app asks to:</p><ul id=\"scopes\">%5</ul>"
                            "<button id=\"allow\" type=\"submit\" name=\"action\" value=\"allow\">Allow</button>"
                            "<button id=\"deny\" type=\"submit\" name=\"action\" value=\"deny\">Deny</button>"
                            "</form></body></html>")
                 .arg(brand, escape(c->id), request, users, scopes));
}

HttpResponse OAuthServer::decide(const HttpRequest &r)
{
    const QUrlQuery form = r.form();
    const QString request = q(form, "request");
    const auto it = m_pending.constFind(request);
    if (it == m_pending.constEnd())
        return HttpResponse::html(400, QStringLiteral("<h1>This sign-in request has expired.</h1>"));
    const PendingConsent consent = *it;
    m_pending.erase(it);
    QUrl to(consent.redirectUri);
    QUrlQuery back;
    const QString user = q(form, "user");
    bool known = false;
    for (const Mailbox *m : m_users(consent.provider))
        known = known || m->address() == user;
    if (q(form, "action") != QLatin1String("allow") || !known) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        if (consent.provider == Provider::Microsoft)
            back.addQueryItem(QStringLiteral("error_description"),
                              QStringLiteral("AADSTS65004: User declined to consent to access the app."));
    } else {
        const QString code = (consent.provider == Provider::Google ? QStringLiteral("4/0A") : QStringLiteral("M.C5")) +
                             random(24) + QStringLiteral("/x+y"); // '/' and '+' as real codes carry them
        // Granular consent: the user may untick permissions (form field "granted", a
        // space-separated subset; absent means everything asked for).
        QStringList scopes = consent.scope.split(u' ', Qt::SkipEmptyParts);
        if (form.hasQueryItem(QStringLiteral("granted"))) {
            const QStringList granted = q(form, "granted").split(u' ', Qt::SkipEmptyParts);
            scopes.erase(std::remove_if(scopes.begin(), scopes.end(),
                                        [&granted](const QString &s) { return !granted.contains(s); }),
                         scopes.end());
        }
        TokenGrant grant{user, consent.provider, consent.clientId, scopes, {}};
        m_codes.insert(code, {grant, consent.redirectUri, consent.challenge,
                              QDateTime::currentDateTimeUtc().addSecs(m_codeLifetimeSeconds)});
        back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    }
    if (!consent.state.isEmpty())
        back.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(consent.state)));
    to.setQuery(back.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return HttpResponse::redirect(to.toString(QUrl::FullyEncoded));
}

HttpResponse OAuthServer::token(const HttpRequest &r, Provider provider)
{
    if (!r.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return error(provider, 400, QStringLiteral("invalid_request"),
                     QStringLiteral("Content-Type must be application/x-www-form-urlencoded"), 900144);
    const QUrlQuery form = r.form();
    const OAuthClient *c = client(q(form, "client_id"));
    if (!c || c->provider != provider)
        return provider == Provider::Google
                   ? error(provider, 401, QStringLiteral("invalid_client"),
                           QStringLiteral("The OAuth client was not found."))
                   : error(provider, 400, QStringLiteral("unauthorized_client"),
                           QStringLiteral("Application with identifier '%1' was not found in the directory.")
                               .arg(q(form, "client_id")),
                           700016);
    const bool hasSecret = form.hasQueryItem(QStringLiteral("client_secret"));
    const QString secret = q(form, "client_secret");
    if (provider == Provider::Google && (!hasSecret || secret != c->secret))
        return error(provider, 401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));
    if (provider == Provider::Microsoft) {
        if (c->isPublic && hasSecret)
            return error(provider, 401, QStringLiteral("invalid_client"),
                         QStringLiteral("Public clients can't send a client secret."), 700025);
        if (!c->isPublic && secret != c->secret)
            return error(provider, 401, QStringLiteral("invalid_client"),
                         QStringLiteral("Invalid client secret provided."), 7000215);
    }

    const QString grantType = q(form, "grant_type");
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = q(form, "code");
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd())
            return error(provider, 400, QStringLiteral("invalid_grant"),
                         provider == Provider::Google ? QStringLiteral("Malformed auth code.")
                                                      : QStringLiteral("The provided authorization code or refresh "
                                                                       "token has expired, been used or revoked."),
                         70008);
        const Code stored = *it;
        m_codes.erase(it); // single use, even when the exchange fails below
        if (stored.expires <= QDateTime::currentDateTimeUtc())
            return error(provider, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("The authorization code has expired."), 70008);
        if (stored.grant.clientId != c->id)
            return error(provider, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("Code was issued to another client."), 70000);
        if (q(form, "redirect_uri") != stored.redirectUri)
            return error(provider, 400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri_mismatch"),
                         50148);
        const QString verifier = q(form, "code_verifier");
        if (!stored.challenge.isEmpty() && pkceChallenge(verifier) != stored.challenge)
            return error(provider, 400, QStringLiteral("invalid_grant"),
                         provider == Provider::Google
                             ? QStringLiteral("Invalid code verifier.")
                             : QStringLiteral("The code_verifier does not match the "
                                              "code_challenge supplied in the authorization request."),
                         501481);
        return issue(stored.grant,
                     stored.grant.scopes.contains(QLatin1String("offline_access")) || provider == Provider::Google, {});
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = q(form, "refresh_token");
        const auto it = m_refresh.constFind(refresh);
        if (it == m_refresh.constEnd() || it->grant.clientId != c->id)
            return error(provider, 400, QStringLiteral("invalid_grant"),
                         provider == Provider::Google
                             ? QStringLiteral("Token has been expired or revoked.")
                             : QStringLiteral("The refresh token has expired or is invalid due "
                                              "to sign-in frequency checks by conditional access."),
                         700082);
        TokenGrant grant = it->grant;
        if (provider == Provider::Microsoft) {
            m_refresh.remove(refresh); // rotated: the old one is spent
            return issue(grant, true, {});
        }
        return issue(grant, false, refresh);
    }
    return error(provider, 400, QStringLiteral("unsupported_grant_type"),
                 QStringLiteral("Invalid grant_type: %1").arg(grantType), 70003);
}

QString OAuthServer::displayName(const TokenGrant &grant) const
{
    for (const Mailbox *m : m_users(grant.provider))
        if (m->address() == grant.user)
            return m->displayName();
    return {};
}

HttpResponse OAuthServer::issue(const TokenGrant &grantIn, bool withRefresh, const QString &existingRefresh)
{
    TokenGrant grant = grantIn;
    grant.expires = QDateTime::currentDateTimeUtc().addSecs(m_lifetimeSeconds);
    const QString access =
        (grant.provider == Provider::Google ? QStringLiteral("ya29.sandbox.") : QStringLiteral("EwBsandbox.")) +
        random(30);
    m_access.insert(access, grant);
    QJsonObject o{{QStringLiteral("access_token"), access},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("expires_in"), m_lifetimeSeconds},
                  {QStringLiteral("scope"), grant.scopes.join(u' ')}};
    if (withRefresh) {
        const QString refresh =
            (grant.provider == Provider::Google ? QStringLiteral("1//sandbox") : QStringLiteral("M.R3_sandbox.")) +
            random(30) + QStringLiteral("+/=");
        m_refresh.insert(refresh, {grant});
        o.insert(QStringLiteral("refresh_token"), refresh);
    } else if (!existingRefresh.isEmpty() && grant.provider == Provider::Microsoft) {
        o.insert(QStringLiteral("refresh_token"), existingRefresh);
    }
    if (grant.scopes.contains(QLatin1String("openid"))) {
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{
            {QStringLiteral("iss"),
             grant.provider == Provider::Google
                 ? QStringLiteral("https://accounts.google.com")
                 : QStringLiteral("https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0")},
            {QStringLiteral("aud"), grant.clientId},
            {QStringLiteral("sub"),
             QString::fromLatin1(QCryptographicHash::hash(grant.user.toUtf8(), QCryptographicHash::Sha1).toHex())},
            {QStringLiteral("email"), grant.user},
            {QStringLiteral("preferred_username"), grant.user},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("name"), displayName(grant)},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + 3600}};
        o.insert(QStringLiteral("id_token"),
                 QString::fromLatin1(base64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                     base64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'));
    }
    return HttpResponse::json(200, o).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
}

HttpResponse OAuthServer::revoke(const HttpRequest &r)
{
    QString token = q(r.form(), "token");
    if (token.isEmpty())
        token = q(r.query, "token");
    if (m_refresh.contains(token)) {
        const QString user = m_refresh.value(token).grant.user;
        const QString clientId = m_refresh.value(token).grant.clientId;
        for (auto it = m_refresh.begin(); it != m_refresh.end();)
            it = (it->grant.user == user && it->grant.clientId == clientId) ? m_refresh.erase(it) : std::next(it);
        for (auto it = m_access.begin(); it != m_access.end();)
            it = (it->user == user && it->clientId == clientId) ? m_access.erase(it) : std::next(it);
        return HttpResponse::json(200, QJsonObject{});
    }
    if (m_access.remove(token))
        return HttpResponse::json(200, QJsonObject{});
    return error(Provider::Google, 400, QStringLiteral("invalid_token"), QStringLiteral("Token expired or revoked"));
}

} // namespace em::sandbox
