#pragma once

#include "settings/providerconfig.h"
#include "tokenset.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace em::auth {

class LoopbackReceiver;
class TokenRequest;
struct TokenReply;

// The outcome of a sign-in: who signed in, and the tokens to keep in the keychain.
struct AuthorizedAccount
{
    settings::Provider provider = settings::Provider::Google;
    QString address;
    QString displayName;
    TokenSet tokens;
};

// One sign-in in the system browser (RFC 8252): authorization code with PKCE S256 and a
// fresh state, redirect to a LoopbackReceiver on 127.0.0.1, code exchange, and the
// account's address from the id_token (else Gmail getProfile or Graph /me). The caller
// opens authorizationUrlReady()'s URL in the browser (the core never does). Ends with
// exactly one finished(); cancel() and the timeout end it too. Single use.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    AuthorizationFlow(settings::ProviderConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }
    // Re-authorization: the provider pre-selects this account, and another one is refused.
    void setExpectedAddress(const QString &address) { m_expectedAddress = address; }

    // When the caller still has work to do after a successful sign-in (storing the
    // account), the browser's page waits for respondToBrowser() instead of saying
    // "connected" at once.
    void setDeferBrowserAnswer(bool defer) { m_deferBrowserAnswer = defer; }
    // Answers the browser: connected (empty `failure`) or not, and why.
    void respondToBrowser(const QString &failure);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_url; }
    quint16 listenerPort() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(const em::Result<em::auth::AuthorizedAccount> &result);

private:
    void onRedirect(const QUrlQuery &query);
    void onTokens(const TokenReply &reply);
    void lookUpIdentity();
    QString missingScopes(const QStringList &granted) const;
    void complete(const QString &address, const QString &displayName);
    void fail(const QString &message);
    QString providerErrorMessage(const QString &error, const QString &description) const;

    settings::ProviderConfig m_config;
    QNetworkAccessManager *m_nam;
    QOAuth2AuthorizationCodeFlow *m_oauth = nullptr;
    LoopbackReceiver *m_receiver = nullptr;
    QPointer<TokenRequest> m_tokenRequest;
    QPointer<QNetworkReply> m_identityReply;
    QTimer m_timeout;
    int m_timeoutSeconds = 300;
    QString m_expectedAddress;
    QString m_state;
    QString m_verifier;
    QString m_redirectUri;
    QUrl m_url;
    AuthorizedAccount m_account;
    QString m_idToken;
    bool m_running = false;
    bool m_deferBrowserAnswer = false;
};

// The claims of an id_token that name the account (the token comes straight from the
// token endpoint over TLS, so its signature need not be checked: OIDC Core §3.1.3.7).
struct IdentityClaims
{
    QString email;
    QString name;
};
IdentityClaims parseIdToken(const QString &idToken);

} // namespace em::auth
