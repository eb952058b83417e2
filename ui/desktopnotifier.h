#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QDBusPendingCallWatcher;

namespace em::ui {

// One message that just arrived in an Inbox, as a notification shows it. Headers only:
// a notification never carries a message's body or snippet.
struct NewMail
{
    qint64 messageId = 0;
    QString account; // the account's address
    QString fromName, fromAddress, subject;
    qint64 dateMs = 0; // UTC milliseconds
};

// Announces new mail on the desktop through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus). Every call is asynchronous: the GUI
// never waits for the service. One notification per batch, replacing the one shown before
// instead of stacking; clicking it asks for the newest message. Without a service (no
// session bus, no notification daemon) nothing is shown and unavailable() says so once.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 3; // senders and subjects listed in a batch's body

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // `mails` newest first (as NewMailWatcher::newMail gives them). Ignored when empty or
    // turned off.
    void notifyNewMail(const QList<em::ui::NewMail> &mails);

    // A call to the service is under way (its answer, or its failure, not in yet).
    bool isPending() const { return m_pending != nullptr; }
    // The id the service gave the notification on screen; 0 before the first one.
    uint notificationId() const { return m_id; }

    // What a batch shows; public so that tests and a preview can check it. The body is
    // markup-escaped (the specification lets servers read <b>, <i>, & entities in it).
    static QString summaryFor(const QList<em::ui::NewMail> &mails);
    static QString bodyFor(const QList<em::ui::NewMail> &mails);

Q_SIGNALS:
    // The user clicked the notification: the newest message of its batch.
    void activated(qint64 messageId);
    // The service cannot be reached; said once until a notification goes through again.
    void unavailable(const QString &why);

private Q_SLOTS:
    // QtDBus delivers bus signals only to string-named slots (Qt 6.4 has no functor form).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const QList<NewMail> &mails);
    void onReply(QDBusPendingCallWatcher *call, qint64 newest);
    void reportUnavailable(const QString &why);

    bool m_enabled = true;
    bool m_subscribed = false;
    bool m_reported = false; // unavailable() was emitted and nothing went through since
    uint m_id = 0;           // the notification on screen (replaced by the next batch)
    qint64 m_newest = 0;     // its newest message, for a click
    QDBusPendingCallWatcher *m_pending = nullptr;
    QList<NewMail> m_queued; // batches that came while a call was pending, merged
};

} // namespace em::ui

Q_DECLARE_METATYPE(em::ui::NewMail)
