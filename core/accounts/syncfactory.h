#pragma once

#include "accountservices.h"
#include "providers/gmail/gmailsync.h"
#include "providers/graph/graphsync.h"
#include "settings/providerconfig.h"
#include "store/types.h"
#include "sync/accountsync.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace em::accounts {

// Makes the sync of a stored account: the provider's configuration, a token source over
// the keychain, and the provider's AccountSync. Configurations are loaded once (the
// user's client secret comes from the keychain) and again after Email settings change.
class SyncFactory : public QObject
{
    Q_OBJECT
public:
    explicit SyncFactory(const AccountServices &services, QObject *parent = nullptr);

    // Loads both providers' configurations; `done` runs once both are known.
    void load(QObject *context, const std::function<void()> &done);
    bool isLoaded() const { return m_loaded; }
    void setGmailOptions(const gmail::GmailSync::Options &options) { m_gmail = options; }
    void setGraphOptions(const graph::GraphSync::Options &options) { m_graph = options; }

    // Null when the account cannot sync here: its provider is not configured, or its
    // provider's sync is not available yet.
    std::unique_ptr<sync::AccountSync> create(const store::AccountRow &row, QString *why = nullptr);

private:
    AccountServices m_services;
    QHash<int, settings::ProviderConfig> m_configs;
    QHash<int, QString> m_errors;
    gmail::GmailSync::Options m_gmail;
    graph::GraphSync::Options m_graph;
    bool m_loaded = false;
};

} // namespace em::accounts
