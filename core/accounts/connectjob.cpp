#include "connectjob.h"

#include "auth/authorizationflow.h"
#include "auth/keychain.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"

#include <QCoreApplication>

namespace em::accounts {

ConnectJob::ConnectJob(const AccountServices &services, settings::Provider provider, QObject *parent)
    : QObject(parent), m_services(services), m_provider(provider)
{}

ConnectJob::~ConnectJob() = default;

void ConnectJob::start()
{
    loadProviderConfig(m_services, m_provider, this, [this](const Result<settings::ProviderConfig> &config) {
        if (m_done)
            return;
        if (!config)
            return fail(config.error());
        m_flow = new auth::AuthorizationFlow(config.value(), m_services.nam, this);
        m_flow->setTimeout(m_timeoutSeconds > 0 ? m_timeoutSeconds : m_services.settings->signInTimeoutSeconds());
        m_flow->setExpectedAddress(m_expectedAddress);
        m_flow->setDeferBrowserAnswer(true); // "connected" only once the account is stored
        connect(m_flow, &auth::AuthorizationFlow::authorizationUrlReady, this, &ConnectJob::authorizationUrlReady);
        connect(m_flow, &auth::AuthorizationFlow::finished, this, &ConnectJob::onSignedIn);
        m_flow->start();
    });
}

void ConnectJob::cancel()
{
    if (m_storing)
        return; // signed in already: what is being stored is what the user asked for
    if (m_flow && m_flow->isRunning())
        m_flow->cancel();
    else
        fail(QCoreApplication::translate("em::accounts", "The sign-in was cancelled."));
}

void ConnectJob::onSignedIn(const Result<auth::AuthorizedAccount> &result)
{
    if (!result)
        return fail(result.error());
    const auth::AuthorizedAccount &account = result.value();
    m_storing = true;
    // The keychain first: an account without its tokens in the keychain is never added.
    const QString key = auth::accountTokenKey(account.provider, account.address);
    m_services.keychain->write(key, account.tokens.toJson(), this, [this, account, key](const Status &stored) {
        if (m_done)
            return;
        if (!stored)
            return fail(stored.error());
        auto undo = [this, key](const QString &message) {
            // A new account must not leave tokens behind; a re-authorized one keeps its new ones.
            if (m_expectedAddress.isEmpty())
                m_services.keychain->remove(key, this, [](const Status &) {});
            fail(message);
        };
        const Result<qint64> id = m_services.store->ensureAccount(settings::providerId(account.provider),
                                                                  account.address, account.displayName);
        if (!id)
            return undo(id.error());
        if (Status s = m_services.store->setAccountState(id.value(), store::AccountState::Connected); !s)
            return undo(s.error());
        store::AccountRow row;
        row.id = id.value();
        row.provider = settings::providerId(account.provider);
        row.address = account.address;
        row.displayName = account.displayName;
        m_done = true;
        if (m_flow)
            m_flow->respondToBrowser({});
        Q_EMIT finished(row);
    });
}

void ConnectJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_flow)
        m_flow->respondToBrowser(message); // a no-op when the flow has answered already
    Q_EMIT finished(Result<store::AccountRow>::failure(message));
}

} // namespace em::accounts
