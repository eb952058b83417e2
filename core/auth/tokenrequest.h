#pragma once

#include "settings/providerconfig.h"
#include "tokenset.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace em::auth {

// A failed token call, classified so the caller knows which setting or step is wrong.
struct OAuthError
{
    enum class Kind {
        Network,          // the host could not be reached or the connection broke
        NotFound,         // the token URL is wrong
        UnknownClient,    // the provider does not know the client id
        WrongSecret,      // the client secret was refused
        SecretNotAllowed, // a public client sent a secret (Microsoft)
        SecretRequired,   // a confidential client sent none
        TenantNotFound,
        ConsentRequired, // an administrator must consent first (Microsoft)
        InvalidGrant,    // code or refresh token expired, used, revoked, or PKCE mismatch
        Server,          // the provider failed (5xx)
        Malformed,       // not an OAuth answer
        Other,
    };
    Kind kind = Kind::Other;
    int httpStatus = 0;
    QString code;        // the OAuth "error" field
    QString description; // the provider's own words (never contains a secret)
    QString message;     // for the user, translated
};

struct TokenReply
{
    bool ok = false;
    TokenSet tokens;
    QString idToken;
    OAuthError error;
};

// One POST to a provider's token endpoint (RFC 6749 §4.1.3 and §6), done with
// QNetworkAccessManager rather than QOAuth2AuthorizationCodeFlow: Qt 6.4 double-encodes
// the code, sends `+` in secrets and refresh tokens unencoded, sends redirect_uri and an
// empty secret on refresh, and reports nothing when a refresh fails. Every value here is
// percent-encoded once; the secret is sent only when set. Emits finished() once.
class TokenRequest : public QObject
{
    Q_OBJECT
public:
    static TokenRequest *exchangeCode(QNetworkAccessManager *nam, const settings::ProviderConfig &config,
                                      const QString &code, const QString &verifier, const QString &redirectUri,
                                      QObject *parent = nullptr);
    static TokenRequest *refresh(QNetworkAccessManager *nam, const settings::ProviderConfig &config,
                                 const QString &refreshToken, QObject *parent = nullptr);
    // Redeems a made-up code: the answer tells whether the client id and secret are accepted.
    static TokenRequest *probe(QNetworkAccessManager *nam, const settings::ProviderConfig &config,
                               QObject *parent = nullptr);

    void abort();

    // Form encoding with every reserved character escaped ('+' included).
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);
    static OAuthError classify(const settings::ProviderConfig &config, int httpStatus, const QByteArray &body,
                               QNetworkReply::NetworkError network, const QString &networkText);

Q_SIGNALS:
    void finished(const TokenReply &reply);

private:
    TokenRequest(QNetworkAccessManager *nam, const settings::ProviderConfig &config,
                 const QList<QPair<QString, QString>> &fields, QObject *parent);
    void onFinished();

    settings::ProviderConfig m_config;
    QPointer<QNetworkReply> m_reply;
    QString m_previousRefresh;
};

} // namespace em::auth
