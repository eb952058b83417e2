#pragma once

#include "accountsync.h"
#include "store/types.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkInformation;

namespace em::sync {

// Runs every connected account's sync: at start, on an interval, on demand (Get mail,
// F5, emailctl, a queued action), never two runs of one account at once, paused while
// the machine is offline and resumed when it is back. Reports progress and the end of
// every run per account.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    // Makes the sync of one account; null when the account cannot sync (disconnected,
    // unknown provider).
    using Factory = std::function<std::unique_ptr<AccountSync>(const store::AccountRow &)>;

    explicit SyncScheduler(Factory factory, QObject *parent = nullptr);
    ~SyncScheduler() override;

    // The accounts to keep in step; syncs of accounts no longer listed are dropped.
    void setAccounts(const QList<store::AccountRow> &accounts);
    void setIntervalSeconds(int seconds); // 0: no interval sync
    int intervalSeconds() const { return m_intervalSeconds; }
    // Follows the system's view of the network (QNetworkInformation's reachability).
    void watchNetwork(QNetworkInformation *info);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // A run for one account (0: all) now, or once the running one ends.
    void syncNow(qint64 accountId = 0);
    // A run soon: batches a burst of actions into one replay.
    void syncSoon(qint64 accountId, int delayMs = 400);
    void cancelAll();

    AccountSync *account(qint64 accountId) const;
    QList<qint64> accountIds() const { return m_syncs.keys(); }
    bool isRunning(qint64 accountId) const;

Q_SIGNALS:
    void progress(const em::sync::SyncProgress &progress);
    void accountFinished(const em::sync::SyncReport &report);
    void runningChanged(qint64 accountId, bool running);
    void onlineChanged(bool online);

private:
    void run(qint64 accountId);
    void onFinished(const SyncReport &report);

    Factory m_factory;
    QHash<qint64, AccountSync *> m_syncs; // owned (children)
    QSet<qint64> m_again;                 // asked for while running: run once more
    QSet<qint64> m_soon;
    QTimer m_interval;
    QTimer m_soonTimer;
    int m_intervalSeconds = 60;
    bool m_online = true;
};

} // namespace em::sync
