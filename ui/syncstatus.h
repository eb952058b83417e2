#pragma once

#include "store/types.h"
#include "sync/accountsync.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;

namespace em::sync {
class SyncScheduler;
}

namespace em::ui {

// The sync area of the status bar: what the running sync is doing ("alice@gmail.com:
// Downloading message list 1,500 of 24,000", with a progress bar when the total is
// known), how the last run of an account went wrong (with a link to where it is put
// right), "Offline" while the scheduler waits for the network, and when mail was last
// checked.
class SyncStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatus(QWidget *parent = nullptr);

    // Shows what the scheduler reports from now on, starting with its current state.
    void follow(sync::SyncScheduler *scheduler);

    // The accounts: their addresses and stored last sync times; the state of accounts no
    // longer listed (or disconnected) is forgotten.
    void setAccounts(const QList<store::AccountRow> &accounts);
    // Why an account cannot sync at all (empty: it can).
    void setUnavailable(qint64 accountId, const QString &why);

    void showProgress(const sync::SyncProgress &progress);
    void showFinished(const sync::SyncReport &report);
    void setRunning(qint64 accountId, bool running);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    QLabel *progressLabel() const { return m_progress; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *offlineLabel() const { return m_offline; }

Q_SIGNALS:
    void accountsRequested();
    void emailSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Account
    {
        QString address;
        bool running = false;
        std::optional<sync::SyncProgress> progress;
        qint64 lastSyncMs = 0;
        std::optional<sync::SyncReport> problem; // the last run's, when it went wrong
        QString unavailable;
    };

    void retranslate();
    QString directed(const QString &text) const;
    Account &account(qint64 id);
    QString progressText(qint64 id) const;
    QString idleText() const;
    QStringList problemLines(bool html) const;
    void onLink(const QString &target);
    void refresh();

    QHash<qint64, Account> m_accounts;
    qint64 m_shown = 0; // the running account whose progress is shown (the latest to report)
    bool m_online = true;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_progress = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_offline = nullptr;
};

} // namespace em::ui
