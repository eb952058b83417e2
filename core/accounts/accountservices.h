#pragma once

#include "settings/providerconfig.h"
#include "util/result.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace em::settings {
class ProviderSettings;
}
namespace em::auth {
class Keychain;
}
namespace em::store {
class MailStore;
}

namespace em::accounts {

// What the account jobs work with; owned by the executable's composition root.
struct AccountServices
{
    settings::ProviderSettings *settings = nullptr;
    auth::Keychain *keychain = nullptr;
    QNetworkAccessManager *nam = nullptr;
    store::MailStore *store = nullptr;
};

// The configuration a flow uses: the effective settings plus the user's client secret
// from the keychain when the client id is the user's own. Calls `done` once.
void loadProviderConfig(const AccountServices &services, settings::Provider provider, QObject *context,
                        const std::function<void(const Result<settings::ProviderConfig> &)> &done);

} // namespace em::accounts
