#include "syncfactory.h"

#include "auth/accesstokensource.h"

#include <QCoreApplication>

namespace em::accounts {

SyncFactory::SyncFactory(const AccountServices &services, QObject *parent) : QObject(parent), m_services(services)
{}

void SyncFactory::load(QObject *context, const std::function<void()> &done)
{
    // A reload starts clean: a provider that cannot be read now must not keep an old client.
    m_configs.clear();
    m_errors.clear();
    m_loaded = false;
    auto remaining = std::make_shared<int>(2);
    for (settings::Provider p : {settings::Provider::Google, settings::Provider::Microsoft}) {
        loadProviderConfig(m_services, p, this,
                           [this, p, remaining, context = QPointer<QObject>(context),
                            done](const Result<settings::ProviderConfig> &config) {
                               if (config)
                                   m_configs.insert(int(p), config.value());
                               else
                                   m_errors.insert(int(p), config.error());
                               if (--*remaining == 0) {
                                   m_loaded = true;
                                   if (context)
                                       done();
                               }
                           });
    }
}

std::unique_ptr<sync::AccountSync> SyncFactory::create(const store::AccountRow &row, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return nullptr;
    };
    const std::optional<settings::Provider> provider = settings::providerFromId(row.provider);
    if (!provider)
        return refuse(QCoreApplication::translate("Sync", "Accounts of %1 cannot sync").arg(row.provider));
    if (!m_configs.contains(int(*provider)))
        return refuse(m_errors.value(int(*provider),
                                     QCoreApplication::translate("Sync", "The provider's settings are not loaded")));
    const settings::ProviderConfig config = m_configs.value(int(*provider));
    if (!config.hasCredentials())
        return refuse(config.missingCredentials());
    auto *tokens = new auth::AccessTokenSource(config, row.address, m_services.keychain, m_services.nam);
    std::unique_ptr<sync::AccountSync> sync;
    if (*provider == settings::Provider::Google)
        sync = std::make_unique<gmail::GmailSync>(*m_services.store, row.id, tokens, m_services.nam, config.apiBase(),
                                                  m_gmail);
    else
        sync = std::make_unique<graph::GraphSync>(*m_services.store, row.id, tokens, m_services.nam, config.apiBase(),
                                                  m_graph);
    tokens->setParent(sync.get()); // the token source lives as long as the sync that uses it
    return sync;
}

} // namespace em::accounts
