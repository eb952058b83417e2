#pragma once

#include "providerconfig.h"
#include "util/result.h"

#include <optional>

namespace em::settings {

// What the app uses for one provider, and where it came from.
struct EffectiveProvider
{
    ProviderConfig config;       // clientSecret filled only from the system file
    bool locked = false;         // the administrator locked the system values
    bool clientFromUser = false; // client id (and so the secret) from user scope: the secret is in the keychain
    bool userHasSettings = false;
    bool systemHasSettings = false;
};

// Provider settings in two files with one format (INI, a group per provider):
// - system scope, written by an administrator for every user: readable by everyone,
//   client secret included (a desktop app's secret is not confidential), may be locked;
// - user scope: the user's own file; the user's client secret lives in the keychain,
//   never in the file.
// Precedence: a locked system group is used as is (user values ignored). Otherwise each
// endpoint field comes from the user file when set there, else from the system file,
// else the provider's default; the client id and secret travel together: the user's pair
// when the user set a client id, else the system pair.
class ProviderSettings
{
public:
    ProviderSettings(QString userFile, QString systemFile);

    const QString &userFile() const { return m_userFile; }
    const QString &systemFile() const { return m_systemFile; }

    EffectiveProvider effective(Provider provider) const;
    // One scope's own values, as stored (for the dialog and `provider show`).
    ProviderConfig stored(Scope scope, Provider provider) const;
    bool isLocked(Provider provider) const;

    // Writes one scope's values for a provider. User scope never writes the secret.
    // System scope writes the file readable by all (0644); fails clearly without rights.
    // `lock` (system scope): set or clear the lock; unset keeps what the file says.
    Status save(Scope scope, const ProviderConfig &config, std::optional<bool> lock = std::nullopt);
    Status unset(Scope scope, Provider provider);

    // Seconds a sign-in waits for the browser (default 300).
    int signInTimeoutSeconds() const;
    Status setSignInTimeoutSeconds(int seconds);

private:
    const QString &fileFor(Scope scope) const { return scope == Scope::User ? m_userFile : m_systemFile; }

    QString m_userFile;
    QString m_systemFile;
};

// The keychain key of a provider's user-scope client secret.
QString clientSecretKey(Provider provider);

} // namespace em::settings
