#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace em::settings {

enum class Provider { Google, Microsoft };

QString providerId(Provider provider); // "google", "microsoft": settings keys, store rows, CLI words
std::optional<Provider> providerFromId(const QString &id);
QString providerDisplayName(Provider provider); // "Google", "Microsoft"

// Where a setting was written: for one user, or for every user of the machine.
enum class Scope { User, System };

// The OAuth client of one provider as the app uses it. Endpoint fields left empty mean
// the provider's public service; an override may contain "{tenant}" (Microsoft).
struct ProviderConfig
{
    Provider provider = Provider::Google;
    QString clientId;
    QString clientSecret; // in memory only; user scope keeps it in the keychain
    QString tenant;       // Microsoft: common (default), organizations, consumers or a tenant id
    QString redirectHost; // announced in redirect_uri: 127.0.0.1 (default) or localhost
    QString authUrl, tokenUrl, revokeUrl, apiUrl;

    // A flow can start: a client id, and for Google (which requires one) a secret.
    bool hasCredentials() const;
    // Why a flow cannot start, in words; empty when hasCredentials().
    QString missingCredentials() const;

    QString effectiveTenant() const;
    QString effectiveRedirectHost() const;
    QUrl authorizationEndpoint() const;
    QUrl tokenEndpoint() const;
    QUrl revocationEndpoint() const; // empty for Microsoft, which has no revocation endpoint
    QUrl apiBase() const;            // Gmail: https://gmail.googleapis.com; Graph: .../v1.0
    QStringList scopes() const;

    static QString defaultUrl(Provider provider, const char *which);
};

// Inline validation: a warning in words, or empty. Warnings never block saving.
QString clientIdWarning(Provider provider, const QString &clientId);
QString clientSecretWarning(Provider provider, const QString &clientSecret);
QString tenantWarning(const QString &tenant);
QString redirectHostWarning(const QString &host);
QString urlWarning(const QString &url);

} // namespace em::settings
