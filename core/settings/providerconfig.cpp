#include "providerconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace em::settings {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("em::settings", text);
}

QUrl withTenant(const QString &url, const QString &tenant)
{
    QString s = url;
    s.replace(QLatin1String("{tenant}"), tenant);
    return QUrl(s);
}

const QRegularExpression
    kGuid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));

} // namespace

QString providerId(Provider provider)
{
    return provider == Provider::Google ? QStringLiteral("google") : QStringLiteral("microsoft");
}

std::optional<Provider> providerFromId(const QString &id)
{
    if (id == QLatin1String("google"))
        return Provider::Google;
    if (id == QLatin1String("microsoft"))
        return Provider::Microsoft;
    return std::nullopt;
}

QString providerDisplayName(Provider provider)
{
    return provider == Provider::Google ? QStringLiteral("Google") : QStringLiteral("Microsoft");
}

QString ProviderConfig::defaultUrl(Provider provider, const char *which)
{
    const QLatin1String w(which);
    if (provider == Provider::Google) {
        if (w == QLatin1String("auth"))
            return QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth");
        if (w == QLatin1String("token"))
            return QStringLiteral("https://oauth2.googleapis.com/token");
        if (w == QLatin1String("revoke"))
            return QStringLiteral("https://oauth2.googleapis.com/revoke");
        return QStringLiteral("https://gmail.googleapis.com");
    }
    if (w == QLatin1String("auth"))
        return QStringLiteral("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize");
    if (w == QLatin1String("token"))
        return QStringLiteral("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token");
    if (w == QLatin1String("revoke"))
        return {};
    return QStringLiteral("https://graph.microsoft.com/v1.0");
}

bool ProviderConfig::hasCredentials() const
{
    return missingCredentials().isEmpty();
}

QString ProviderConfig::missingCredentials() const
{
    if (clientId.trimmed().isEmpty())
        return tr("No Client ID is set for %1. An administrator enters it in Settings > Email settings.")
            .arg(providerDisplayName(provider));
    if (provider == Provider::Google && clientSecret.isEmpty())
        return tr("No Client Secret is set for Google. An administrator enters it in Settings > Email settings.");
    return {};
}

QString ProviderConfig::effectiveTenant() const
{
    return tenant.trimmed().isEmpty() ? QStringLiteral("common") : tenant.trimmed();
}

QString ProviderConfig::effectiveRedirectHost() const
{
    return redirectHost == QLatin1String("localhost") ? redirectHost : QStringLiteral("127.0.0.1");
}

QUrl ProviderConfig::authorizationEndpoint() const
{
    return withTenant(authUrl.isEmpty() ? defaultUrl(provider, "auth") : authUrl, effectiveTenant());
}

QUrl ProviderConfig::tokenEndpoint() const
{
    return withTenant(tokenUrl.isEmpty() ? defaultUrl(provider, "token") : tokenUrl, effectiveTenant());
}

QUrl ProviderConfig::revocationEndpoint() const
{
    return withTenant(revokeUrl.isEmpty() ? defaultUrl(provider, "revoke") : revokeUrl, effectiveTenant());
}

QUrl ProviderConfig::apiBase() const
{
    return QUrl(apiUrl.isEmpty() ? defaultUrl(provider, "api") : apiUrl);
}

QStringList ProviderConfig::scopes() const
{
    if (provider == Provider::Google)
        return {QStringLiteral("https://www.googleapis.com/auth/gmail.modify"), QStringLiteral("openid"),
                QStringLiteral("email"), QStringLiteral("profile")};
    return {QStringLiteral("offline_access"), QStringLiteral("openid"),    QStringLiteral("email"),
            QStringLiteral("profile"),        QStringLiteral("User.Read"), QStringLiteral("Mail.ReadWrite"),
            QStringLiteral("Mail.Send")};
}

QString clientIdWarning(Provider provider, const QString &clientId)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty())
        return tr("The Client ID is empty: accounts of this provider cannot be connected.");
    if (id != clientId)
        return tr("The Client ID has spaces around it; they will be removed.");
    if (provider == Provider::Google && !id.endsWith(QLatin1String(".apps.googleusercontent.com")))
        return tr("A Google Client ID usually ends in .apps.googleusercontent.com.");
    if (provider == Provider::Microsoft && !kGuid.match(id).hasMatch())
        return tr("A Microsoft Application (client) ID is usually a GUID such as "
                  "8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f.");
    return {};
}

QString clientSecretWarning(Provider provider, const QString &clientSecret)
{
    if (provider == Provider::Google && clientSecret.isEmpty())
        return tr("Google requires the Client Secret of a desktop app.");
    if (provider == Provider::Microsoft && !clientSecret.isEmpty())
        return tr("Microsoft registers desktop apps as public clients: leave the secret empty unless your app "
                  "registration is a confidential client.");
    if (clientSecret != clientSecret.trimmed())
        return tr("The Client Secret starts or ends with a space. It is kept as typed.");
    return {};
}

QString tenantWarning(const QString &tenant)
{
    const QString t = tenant.trimmed();
    if (t.isEmpty() || t == QLatin1String("common") || t == QLatin1String("organizations") ||
        t == QLatin1String("consumers") || kGuid.match(t).hasMatch())
        return {};
    if (t.contains(u'.') && !t.contains(u' ') && !t.contains(u'/'))
        return {}; // a verified domain such as contoso.onmicrosoft.com
    return tr("A tenant is common, organizations, consumers, a tenant ID (GUID) or a domain name.");
}

QString redirectHostWarning(const QString &host)
{
    if (host.isEmpty() || host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost"))
        return {};
    return tr("The redirect host must be 127.0.0.1 or localhost.");
}

QString urlWarning(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    QString s = url.trimmed();
    s.replace(QLatin1String("{tenant}"), QLatin1String("common")); // a placeholder, not part of the URL
    const QUrl u(s, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return tr("This is not a valid URL.");
    if (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
        return tr("The URL must start with https://.");
    if (u.scheme() == QLatin1String("http") && u.host() != QLatin1String("127.0.0.1") &&
        u.host() != QLatin1String("localhost") && u.host() != QLatin1String("::1"))
        return tr("Plain http is only safe on this machine (127.0.0.1); use https.");
    return {};
}

} // namespace em::settings
