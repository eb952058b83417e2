#pragma once

#include "accountservices.h"
#include "store/types.h"

#include <QPointer>
#include <QUrl>

namespace em::auth {
class AuthorizationFlow;
struct AuthorizedAccount;
} // namespace em::auth

namespace em::accounts {

// Connects an account, or re-authorizes one (setExpectedAddress): loads the provider
// configuration, runs the sign-in in the browser, stores the tokens in the keychain and
// then the account in the mail store. If any step fails nothing is stored and existing
// accounts are left as they were. finished() once.
class ConnectJob : public QObject
{
    Q_OBJECT
public:
    ConnectJob(const AccountServices &services, settings::Provider provider, QObject *parent = nullptr);
    ~ConnectJob() override;

    void setExpectedAddress(const QString &address) { m_expectedAddress = address; }
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }
    void start();
    void cancel();
    settings::Provider provider() const { return m_provider; }

Q_SIGNALS:
    // Open this URL in the browser (or show it with a copy button).
    void authorizationUrlReady(const QUrl &url);
    void finished(const em::Result<em::store::AccountRow> &result);

private:
    void onSignedIn(const Result<auth::AuthorizedAccount> &result);
    void fail(const QString &message);

    AccountServices m_services;
    settings::Provider m_provider;
    QString m_expectedAddress;
    int m_timeoutSeconds = 0; // 0: the setting
    QPointer<auth::AuthorizationFlow> m_flow;
    bool m_done = false;
    bool m_storing = false;
};

} // namespace em::accounts
