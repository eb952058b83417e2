#pragma once

#include "http.h"
#include "mailbox.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

#include <functional>

namespace em::sandbox {

struct OAuthClient
{
    QString id;
    QString secret; // empty for a public client
    Provider provider = Provider::Google;
    bool isPublic = false; // Microsoft "Mobile and desktop applications"
};

struct TokenGrant
{
    QString user; // mailbox address
    Provider provider = Provider::Google;
    QString clientId;
    QStringList scopes;
    QDateTime expires;
};

// The authorization and token endpoints of Google and of the Microsoft identity
// platform v2, as a desktop client meets them: consent page, codes, PKCE S256, refresh
// (rotating for Microsoft), revoke, and each provider's error shapes.
class OAuthServer
{
public:
    using UsersFn = std::function<QList<const Mailbox *>(Provider)>;
    explicit OAuthServer(UsersFn users);

    void registerClient(const OAuthClient &client);
    const QList<OAuthClient> &clients() const { return m_clients; }
    void setAccessTokenLifetime(int seconds) { m_lifetimeSeconds = seconds; }
    void setCodeLifetime(int seconds) { m_codeLifetimeSeconds = seconds; }
    // Expires every access token now (fault injection: "token expiry").
    void expireAccessTokens();
    // Revokes every refresh and access token of a user (as if they removed the app).
    void revokeUser(const QString &address);

    bool handles(const HttpRequest &request) const;
    HttpResponse handle(const HttpRequest &request);

    // For the APIs: the grant behind a bearer token, or nullptr when unknown or expired.
    const TokenGrant *validate(const QString &accessToken) const;

private:
    struct PendingConsent
    {
        Provider provider;
        QString clientId, redirectUri, state, scope, challenge, challengeMethod;
    };
    struct Code
    {
        TokenGrant grant;
        QString redirectUri, challenge;
        QDateTime expires;
    };
    struct Refresh
    {
        TokenGrant grant;
    };

    HttpResponse authorize(const HttpRequest &request, Provider provider, const QString &tenant);
    HttpResponse decide(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request, Provider provider);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse issue(const TokenGrant &grant, bool withRefresh, const QString &existingRefresh);
    HttpResponse error(Provider provider, int status, const QString &code, const QString &description,
                       int aadsts = 0) const;
    const OAuthClient *client(const QString &id) const;
    QString displayName(const TokenGrant &grant) const;
    bool redirectAllowed(Provider provider, const QString &redirectUri) const;
    QString random(int bytes);

    UsersFn m_users;
    QList<OAuthClient> m_clients;
    QHash<QString, PendingConsent> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, TokenGrant> m_access;
    QHash<QString, Refresh> m_refresh;
    int m_lifetimeSeconds = 3600;
    int m_codeLifetimeSeconds = 600;
    QRandomGenerator m_random{0x5eed};
};

QString pkceChallenge(const QString &verifier); // base64url(SHA-256(verifier))

} // namespace em::sandbox
