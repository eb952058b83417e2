#pragma once

#include "accounts/accountservices.h"
#include "accounts/syncfactory.h"
#include "store/types.h"
#include "sync/syncscheduler.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace em::store {
class StoreReader;
}

namespace em::ui {

// The desktop's glue between the mail store's accounts and their syncs: a SyncFactory
// whose configurations load in the background, a SyncScheduler whose syncs it makes,
// and the store's account list (read again whenever it changes: connect, disconnect,
// re-authorize). Nothing here is a widget; it lives in the ui library only because the
// GUI is its one user so far.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(const accounts::AccountServices &services, QObject *parent = nullptr);
    ~SyncController() override;

    sync::SyncScheduler *scheduler() { return &m_scheduler; }
    accounts::SyncFactory *factory() { return &m_factory; }
    const QList<store::AccountRow> &accounts() const { return m_rows; }
    // Why an account has no sync (its provider is not configured, or cannot sync yet).
    QString unavailableReason(qint64 accountId) const { return m_unavailable.value(accountId); }

    // Reads the accounts, loads the configurations, then syncs every account.
    void start();
    // After Email settings were saved: configurations are read again and every sync is
    // made anew, so that a new client id or secret takes effect.
    void reloadConfigurations();
    // For the syncs made from now on (the running ones keep theirs).
    void setGmailOptions(const gmail::GmailSync::Options &options);
    const gmail::GmailSync::Options &gmailOptions() const { return m_gmail; }
    void setPrefetch(int messages);

Q_SIGNALS:
    void accountsChanged(const QList<em::store::AccountRow> &accounts);
    // `why` is empty when the account can sync again.
    void accountUnavailable(qint64 accountId, const QString &why);

private:
    std::unique_ptr<sync::AccountSync> create(const store::AccountRow &row);
    void reloadAccounts();
    void applyAccounts();

    accounts::AccountServices m_services;
    accounts::SyncFactory m_factory;
    sync::SyncScheduler m_scheduler;
    gmail::GmailSync::Options m_gmail;
    std::unique_ptr<store::StoreReader> m_reader;
    QTimer m_reload; // gathers a burst of the store's accountsChanged into one read
    QList<store::AccountRow> m_rows;
    QHash<qint64, store::AccountState> m_states; // as last applied to the scheduler
    QHash<qint64, sync::SyncReport::Outcome> m_lastOutcome;
    QHash<qint64, QString> m_unavailable;
    bool m_started = false;
};

} // namespace em::ui
