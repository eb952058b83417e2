#include "accountservices.h"

#include "auth/keychain.h"
#include "settings/providersettings.h"

namespace em::accounts {

void loadProviderConfig(const AccountServices &services, settings::Provider provider, QObject *context,
                        const std::function<void(const Result<settings::ProviderConfig> &)> &done)
{
    const settings::EffectiveProvider effective = services.settings->effective(provider);
    if (!effective.clientFromUser || effective.locked) {
        done(effective.config);
        return;
    }
    services.keychain->read(settings::clientSecretKey(provider), context,
                            [config = effective.config, done](const Result<std::optional<QByteArray>> &r) mutable {
                                if (!r) {
                                    done(Result<settings::ProviderConfig>::failure(r.error()));
                                    return;
                                }
                                if (r.value())
                                    config.clientSecret = QString::fromUtf8(*r.value());
                                done(config);
                            });
}

} // namespace em::accounts
