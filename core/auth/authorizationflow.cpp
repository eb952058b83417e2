#include "authorizationflow.h"

#include "loopbackreceiver.h"
#include "pkce.h"
#include "tokenrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>

namespace em::auth {

Q_DECLARE_LOGGING_CATEGORY(lcToken)

using settings::Provider;

namespace {

// Gives QOAuth2AuthorizationCodeFlow the redirect URI to put in the authorization URL.
// It never delivers a callback: the LoopbackReceiver does that, and the code exchange
// is done by TokenRequest (see the Qt 6.4 defects in providers.md).
class RedirectUriHandler : public QOAuthOobReplyHandler
{
public:
    RedirectUriHandler(QString uri, QObject *parent) : QOAuthOobReplyHandler(parent), m_uri(std::move(uri)) {}
    QString callback() const override { return m_uri; }

private:
    QString m_uri;
};

} // namespace

IdentityClaims parseIdToken(const QString &idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    IdentityClaims c;
    c.email = o.value(QStringLiteral("email")).toString();
    if (c.email.isEmpty() && o.value(QStringLiteral("preferred_username")).toString().contains(u'@'))
        c.email = o.value(QStringLiteral("preferred_username")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    return c;
}

AuthorizationFlow::AuthorizationFlow(settings::ProviderConfig config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(nam)
{
    m_account.provider = m_config.provider;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in timed out: the browser did not come back within %n minute(s). Try again.", nullptr,
                (m_timeoutSeconds + 59) / 60));
    });
}

AuthorizationFlow::~AuthorizationFlow()
{
    if (m_tokenRequest)
        m_tokenRequest->abort();
    if (m_identityReply) {
        m_identityReply->disconnect(this);
        m_identityReply->abort();
    }
}

quint16 AuthorizationFlow::listenerPort() const
{
    return m_receiver ? m_receiver->port() : 0;
}

void AuthorizationFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_config.hasCredentials())
        return fail(m_config.missingCredentials());

    m_receiver = new LoopbackReceiver(this);
    if (Status s = m_receiver->listen(); !s)
        return fail(s.error());
    connect(m_receiver, &LoopbackReceiver::redirected, this, &AuthorizationFlow::onRedirect);
    m_redirectUri = m_receiver->redirectUri(m_config.effectiveRedirectHost());

    // Fresh PKCE pair and state on every flow; scope set again before every grant
    // (Qt 6.4 empties it after a token answer without `scope`).
    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier;
    m_state = randomUrlSafe(24);
    m_oauth = new QOAuth2AuthorizationCodeFlow(this);
    m_oauth->setReplyHandler(new RedirectUriHandler(m_redirectUri, m_oauth));
    m_oauth->setAuthorizationUrl(m_config.authorizationEndpoint());
    m_oauth->setAccessTokenUrl(m_config.tokenEndpoint()); // grant() insists; the exchange is ours
    m_oauth->setClientIdentifier(m_config.clientId);
    m_oauth->setScope(m_config.scopes().join(u' '));
    m_oauth->setState(m_state);
    const QString challenge = pkce.challenge;
    const Provider provider = m_config.provider;
    const QString hint = m_expectedAddress;
    m_oauth->setModifyParametersFunction(
        [challenge, provider, hint](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            p->insert(QStringLiteral("code_challenge"), challenge);
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (provider == Provider::Google) {
                p->insert(QStringLiteral("access_type"), QStringLiteral("offline")); // a refresh token every time
                p->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
            } else {
                p->insert(QStringLiteral("prompt"), QStringLiteral("select_account"));
            }
        });
    // Qt 6.4 puts values in the query unencoded: an address with '+' would arrive with a
    // space. The hint is appended here, encoded once.
    connect(m_oauth, &QAbstractOAuth::authorizeWithBrowser, this, [this, hint](const QUrl &url) {
        m_url = url;
        if (!hint.isEmpty())
            m_url.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&login_hint=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(hint)),
                           QUrl::StrictMode);
    });
    m_oauth->grant();
    if (!m_url.isValid() || m_url.isEmpty())
        return fail(tr("The authorization URL of %1 is not valid. Check it under Advanced in Email settings.")
                        .arg(settings::providerDisplayName(m_config.provider)));
    m_timeout.start(std::chrono::seconds(m_timeoutSeconds));
    Q_EMIT authorizationUrlReady(m_url);
}

void AuthorizationFlow::cancel()
{
    if (m_running)
        fail(tr("The sign-in was cancelled."));
}

QString AuthorizationFlow::providerErrorMessage(const QString &error, const QString &description) const
{
    const QString who = settings::providerDisplayName(m_config.provider);
    if (error == QLatin1String("access_denied"))
        return tr("You declined access on %1's page, so no account was connected.").arg(who);
    if (description.contains(QLatin1String("AADSTS65001")) || description.contains(QLatin1String("AADSTS90094")) ||
        error == QLatin1String("consent_required"))
        return tr("An administrator of your organization must approve Email Manager before you can use it. (%1)")
            .arg(description.left(300));
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return tr("%1 does not accept this Client ID. Check Email settings. (%2)").arg(who, description.left(300));
    return tr("%1 refused the sign-in: %2").arg(who, description.isEmpty() ? error : description.left(300));
}

void AuthorizationFlow::onRedirect(const QUrlQuery &query)
{
    if (!m_running)
        return;
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state != m_state)
        return fail(tr("The browser returned an answer that does not belong to this sign-in (state mismatch). "
                       "Nothing was connected; try again."));
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty())
        return fail(
            providerErrorMessage(error, query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
    // Decoded exactly once (Qt 6.4 encodes the code twice; Google's codes carry '/').
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return fail(tr("The browser returned an empty authorization code. Try again."));
    m_timeout.stop();
    m_tokenRequest = TokenRequest::exchangeCode(m_nam, m_config, code, m_verifier, m_redirectUri, this);
    connect(m_tokenRequest, &TokenRequest::finished, this, &AuthorizationFlow::onTokens);
}

void AuthorizationFlow::onTokens(const TokenReply &reply)
{
    m_tokenRequest->deleteLater();
    if (!reply.ok)
        return fail(reply.error.message);
    if (reply.tokens.refreshToken.isEmpty())
        return fail(m_config.provider == Provider::Microsoft
                        ? tr("Microsoft did not grant offline access (no refresh token). Check that the app "
                             "registration allows the offline_access permission.")
                        : tr("Google did not return a refresh token. Try again."));
    if (const QString missing = missingScopes(reply.tokens.scopes); !missing.isEmpty())
        return fail(tr("%1 did not grant the permission Email Manager needs (%2). Sign in again and allow every "
                       "permission asked for.")
                        .arg(settings::providerDisplayName(m_config.provider), missing));
    m_account.tokens = reply.tokens;
    const IdentityClaims claims = parseIdToken(reply.idToken);
    if (!claims.email.isEmpty())
        return complete(claims.email, claims.name);
    lookUpIdentity();
}

// The user may untick a permission on the consent page, and a tenant may withhold one:
// without mail access the account would be connected but useless.
QString AuthorizationFlow::missingScopes(const QStringList &granted) const
{
    auto has = [&granted](const QString &scope) {
        for (QString g : granted) {
            g.remove(QStringLiteral("https://graph.microsoft.com/"));
            if (g.compare(scope, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (m_config.provider == Provider::Google)
        return has(QStringLiteral("https://www.googleapis.com/auth/gmail.modify")) ||
                       has(QStringLiteral("https://mail.google.com/"))
                   ? QString()
                   : QStringLiteral("https://www.googleapis.com/auth/gmail.modify");
    QStringList missing;
    for (const QString &scope : {QStringLiteral("Mail.ReadWrite"), QStringLiteral("Mail.Send")})
        if (!has(scope))
            missing << scope;
    return missing.join(QStringLiteral(", "));
}

void AuthorizationFlow::lookUpIdentity()
{
    QUrl url = m_config.apiBase();
    url.setPath(
        url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
        (m_config.provider == Provider::Google ? QStringLiteral("/gmail/v1/users/me/profile") : QStringLiteral("/me")));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_account.tokens.accessToken.toUtf8());
    request.setTransferTimeout(30000);
    m_identityReply = m_nam->get(request);
    connect(m_identityReply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_identityReply;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QString address = o.value(QStringLiteral("emailAddress")).toString(); // Gmail
        if (address.isEmpty())
            address = o.value(QStringLiteral("mail")).toString(); // Graph
        if (address.isEmpty())
            address = o.value(QStringLiteral("userPrincipalName")).toString();
        if (status != 200 || address.isEmpty())
            return fail(tr("Signed in, but %1 did not say which account this is (HTTP %2). Check the API URL "
                           "under Advanced.")
                            .arg(settings::providerDisplayName(m_config.provider))
                            .arg(status));
        complete(address, o.value(QStringLiteral("displayName")).toString());
    });
}

void AuthorizationFlow::complete(const QString &address, const QString &displayName)
{
    if (!m_expectedAddress.isEmpty() && address.compare(m_expectedAddress, Qt::CaseInsensitive) != 0)
        return fail(tr("You signed in as %1, but this account is %2. Sign in as %2 to re-authorize it.")
                        .arg(address, m_expectedAddress));
    m_account.address = address.toLower();
    m_account.displayName = displayName;
    m_running = false;
    m_timeout.stop();
    if (!m_deferBrowserAnswer)
        respondToBrowser({});
    Q_EMIT finished(m_account);
}

void AuthorizationFlow::respondToBrowser(const QString &failure)
{
    if (!m_receiver)
        return;
    if (failure.isEmpty())
        m_receiver->respond(true, tr("Account connected"),
                            tr("%1 is now connected to Email Manager. You can close this tab.").arg(m_account.address));
    else
        m_receiver->respond(false, tr("The account was not connected"),
                            failure + u' ' + tr("You can close this tab and return to Email Manager."));
}

void AuthorizationFlow::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_tokenRequest)
        m_tokenRequest->abort();
    if (m_identityReply)
        m_identityReply->abort();
    respondToBrowser(message);
    qCInfo(lcToken) << "sign-in with" << settings::providerId(m_config.provider) << "ended without an account";
    Q_EMIT finished(Result<AuthorizedAccount>::failure(message));
}

} // namespace em::auth
