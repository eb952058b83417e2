#pragma once

#include "desktopnotifier.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

namespace em::store {
class Connection;
}
namespace em::sync {
struct SyncReport;
}

namespace em::ui {

// Decides what is "new mail in an Inbox" after a sync run stored messages: a message that
// is in an Inbox-kind folder, unread (and neither a draft nor marked deleted) and dated
// within the last 24 hours. Nothing is new while an account's first full sync fills the
// store (no flood of old mail). Reads the store on a read-only connection of its own.
//
// Feed it one way, not both:
//  - syncFinished(report) from SyncScheduler::accountFinished: what an account gained
//    since the last run (messages past the highest id seen), nothing else needed;
//  - messagesAdded(account, ids, initialSync) when the exact ids of a run are known.
class NewMailWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRecentMs = qint64(24) * 60 * 60 * 1000;

    explicit NewMailWatcher(QString storePath, QObject *parent = nullptr);
    ~NewMailWatcher() override;

    // Unread messages in the Inboxes of every account, each counted once.
    Result<int> unreadInboxCount();
    // The count last announced by unreadInboxCountChanged; -1 before the first.
    int lastUnreadInboxCount() const { return m_unread; }

    // What of `messageIds` (stored by a run of `accountId`) is new mail: newest first.
    Result<QList<NewMail>> newMailAmong(qint64 accountId, const QList<qint64> &messageIds);

public Q_SLOTS:
    void messagesAdded(qint64 accountId, const QList<qint64> &messageIds, bool initialSync = false);
    void syncFinished(const em::sync::SyncReport &report);
    // Counts again soon (a burst of store changes makes one count); connect the store's
    // changed() here so that reading mail elsewhere updates the tray.
    void refreshUnreadCount();

Q_SIGNALS:
    void newMail(const QList<em::ui::NewMail> &mails); // newest first; never empty
    void unreadInboxCountChanged(int count);

private:
    bool ensureOpen();
    Result<QList<NewMail>> query(const QString &where, const QVariantList &values);
    void announce(const QList<NewMail> &mails);
    void countNow();

    QString m_path;
    std::unique_ptr<store::Connection> m_connection;
    bool m_baselineKnown = false;
    qint64 m_baselineId = 0;          // the highest message id when the watcher started
    QSet<qint64> m_hadMail;           // accounts with messages when the watcher started
    QSet<qint64> m_completedRun;      // accounts with a run in step since then
    QHash<qint64, qint64> m_seenUpTo; // per account: every id up to this was looked at
    QTimer m_recount;
    int m_unread = -1;
};

} // namespace em::ui
