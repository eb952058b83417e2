#include "tokenrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>

namespace em::auth {

Q_LOGGING_CATEGORY(lcToken, "emailmanager.auth")

using settings::Provider;
using settings::ProviderConfig;

namespace {

constexpr int kTimeoutMs = 30000;

QList<QPair<QString, QString>> clientFields(const ProviderConfig &c)
{
    QList<QPair<QString, QString>> f{{QStringLiteral("client_id"), c.clientId}};
    if (!c.clientSecret.isEmpty())
        f.append({QStringLiteral("client_secret"), c.clientSecret});
    return f;
}

int aadstsCode(const QString &description)
{
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(description);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The provider's first sentence, without Microsoft's trace and correlation ids.
QString shortDescription(const QString &description)
{
    QString d = description;
    const int trace = d.indexOf(QLatin1String(" Trace ID:"));
    if (trace > 0)
        d.truncate(trace);
    return d.left(300).trimmed();
}

} // namespace

TokenRequest::TokenRequest(QNetworkAccessManager *nam, const ProviderConfig &config,
                           const QList<QPair<QString, QString>> &fields, QObject *parent)
    : QObject(parent), m_config(config)
{
    QNetworkRequest request(config.tokenEndpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = nam->post(request, formEncode(fields));
    connect(m_reply, &QNetworkReply::finished, this, &TokenRequest::onFinished);
}

TokenRequest *TokenRequest::exchangeCode(QNetworkAccessManager *nam, const ProviderConfig &config, const QString &code,
                                         const QString &verifier, const QString &redirectUri, QObject *parent)
{
    auto fields = clientFields(config);
    fields += {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), code},
               {QStringLiteral("code_verifier"), verifier},
               {QStringLiteral("redirect_uri"), redirectUri}};
    if (config.provider == Provider::Microsoft)
        fields.append({QStringLiteral("scope"), config.scopes().join(u' ')});
    return new TokenRequest(nam, config, fields, parent);
}

TokenRequest *TokenRequest::refresh(QNetworkAccessManager *nam, const ProviderConfig &config,
                                    const QString &refreshToken, QObject *parent)
{
    auto fields = clientFields(config);
    fields += {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), refreshToken}};
    if (config.provider == Provider::Microsoft)
        fields.append({QStringLiteral("scope"), config.scopes().join(u' ')});
    auto *r = new TokenRequest(nam, config, fields, parent);
    r->m_previousRefresh = refreshToken;
    return r;
}

TokenRequest *TokenRequest::probe(QNetworkAccessManager *nam, const ProviderConfig &config, QObject *parent)
{
    auto fields = clientFields(config);
    fields += {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), QStringLiteral("email-manager-configuration-test")},
               {QStringLiteral("code_verifier"), QStringLiteral("email-manager-configuration-test-verifier-0000")},
               {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1/")}};
    if (config.provider == Provider::Microsoft)
        fields.append({QStringLiteral("scope"), config.scopes().join(u' ')});
    return new TokenRequest(nam, config, fields, parent);
}

void TokenRequest::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray TokenRequest::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

OAuthError TokenRequest::classify(const ProviderConfig &config, int httpStatus, const QByteArray &body,
                                  QNetworkReply::NetworkError network, const QString &networkText)
{
    OAuthError e;
    e.httpStatus = httpStatus;
    const QString who = settings::providerDisplayName(config.provider);
    const QString host = config.tokenEndpoint().host();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = o.value(QStringLiteral("error")).toString();
    e.description = shortDescription(o.value(QStringLiteral("error_description")).toString());
    const int aadsts = aadstsCode(e.description);

    if (httpStatus == 0) {
        e.kind = OAuthError::Kind::Network;
        e.message = network == QNetworkReply::OperationCanceledError || network == QNetworkReply::TimeoutError
                        ? tr("%1 did not answer in time. Check the network connection and the token URL.").arg(host)
                        : tr("Cannot reach %1 (%2). Check the network connection and the token URL under "
                             "Advanced.")
                              .arg(host, networkText);
        return e;
    }
    // A token endpoint never answers 404 to a valid request, whatever the body says.
    if (e.code.isEmpty() || httpStatus == 404) {
        if (httpStatus == 404) {
            e.kind = OAuthError::Kind::NotFound;
            e.message = tr("The token URL %1 does not exist (HTTP 404). Check the token URL under Advanced.")
                            .arg(config.tokenEndpoint().toString());
        } else if (httpStatus >= 500) {
            e.kind = OAuthError::Kind::Server;
            e.message = tr("%1's sign-in service failed (HTTP %2). Try again later.").arg(who).arg(httpStatus);
        } else {
            e.kind = OAuthError::Kind::Malformed;
            e.message = tr("%1 did not answer like an OAuth token endpoint (HTTP %2). Check the token URL under "
                           "Advanced.")
                            .arg(host)
                            .arg(httpStatus);
        }
        return e;
    }
    const QString detail = e.description.isEmpty() ? e.code : e.description;
    if (aadsts == 700016 || aadsts == 90002 || e.code == QLatin1String("unauthorized_client") ||
        (e.code == QLatin1String("invalid_client") && e.description.contains(QLatin1String("not found")))) {
        e.kind = aadsts == 90002 ? OAuthError::Kind::TenantNotFound : OAuthError::Kind::UnknownClient;
        e.message = aadsts == 90002 ? tr("Microsoft does not know the tenant \"%1\". Check the tenant setting (%2).")
                                          .arg(config.effectiveTenant(), detail)
                                    : tr("%1 does not know this Client ID. Check the Client ID (and for Microsoft "
                                         "the tenant) in Email settings. (%2)")
                                          .arg(who, detail);
    } else if (aadsts == 700025) {
        e.kind = OAuthError::Kind::SecretNotAllowed;
        e.message = tr("This Microsoft app is registered as a public client, which must not send a Client Secret. "
                       "Clear the Client Secret for Microsoft in Email settings.");
    } else if (aadsts == 7000218) {
        e.kind = OAuthError::Kind::SecretRequired;
        e.message = tr("This Microsoft app registration requires a Client Secret. Enter it, or allow public client "
                       "flows in the app registration.");
    } else if (e.code == QLatin1String("invalid_client")) {
        e.kind = OAuthError::Kind::WrongSecret;
        e.message = tr("%1 refused the Client Secret for this Client ID. Check the Client Secret in Email settings. "
                       "(%2)")
                        .arg(who, detail);
    } else if (aadsts == 65001 || aadsts == 90094 || aadsts == 90095 || aadsts == 90008 ||
               e.code == QLatin1String("consent_required")) {
        e.kind = OAuthError::Kind::ConsentRequired;
        e.message = tr("An administrator of your organization must approve Email Manager before you can use it. "
                       "(%1)")
                        .arg(detail);
    } else if (e.code == QLatin1String("invalid_grant")) {
        e.kind = OAuthError::Kind::InvalidGrant;
        e.message = tr("%1 no longer accepts this sign-in (%2). Sign in again.").arg(who, detail);
    } else if (httpStatus >= 500 || e.code == QLatin1String("temporarily_unavailable") ||
               e.code == QLatin1String("server_error")) {
        e.kind = OAuthError::Kind::Server;
        e.message = tr("%1's sign-in service failed (HTTP %2). Try again later.").arg(who).arg(httpStatus);
    } else {
        e.kind = OAuthError::Kind::Other;
        e.message = tr("%1 refused the request: %2").arg(who, detail);
    }
    return e;
}

void TokenRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    TokenReply out;
    if (status == 200) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        out.tokens.accessToken = o.value(QStringLiteral("access_token")).toString();
        out.tokens.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
        // Google keeps the refresh token on refresh; Microsoft rotates it.
        if (out.tokens.refreshToken.isEmpty())
            out.tokens.refreshToken = m_previousRefresh;
        const int expiresIn = o.value(QStringLiteral("expires_in")).toVariant().toInt();
        out.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn > 0 ? expiresIn : 3600);
        // A response without `scope` means "what was asked for" (RFC 6749 §5.1).
        const QString scope = o.value(QStringLiteral("scope")).toString();
        out.tokens.scopes = scope.isEmpty() ? m_config.scopes() : scope.split(u' ', Qt::SkipEmptyParts);
        out.idToken = o.value(QStringLiteral("id_token")).toString();
        out.ok =
            !out.tokens.accessToken.isEmpty() &&
            o.value(QStringLiteral("token_type")).toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0;
        if (!out.ok)
            out.error = classify(m_config, 299, {}, reply->error(), {}); // "not an OAuth answer"
    } else {
        out.error = classify(m_config, status, body, reply->error(), reply->errorString());
        qCWarning(lcToken) << "token endpoint" << m_config.tokenEndpoint().host() << "answered" << status
                           << out.error.code;
    }
    Q_EMIT finished(out);
}

} // namespace em::auth
