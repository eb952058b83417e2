#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

namespace em::ui {

// The user's new-mail preferences: a desktop notification for new mail in an Inbox, and
// the unread count in the system tray. Both on unless turned off. Kept in the same INI
// file as SyncSettings (email-manager.conf, group "notify"); changes are announced so the
// notifier and the tray follow at once.
class NotificationSettings : public QObject
{
    Q_OBJECT
public:
    explicit NotificationSettings(QString filePath, QObject *parent = nullptr);

    const QString &filePath() const { return m_file; }

    bool newMailNotifications() const;
    bool trayIcon() const;

    // Applied for this session even when the file cannot be written; the failure says why.
    Status setNewMailNotifications(bool on);
    Status setTrayIcon(bool on);

Q_SIGNALS:
    void newMailNotificationsChanged(bool on);
    void trayIconChanged(bool on);

private:
    Status write(const QString &key, bool value);

    QString m_file;
    // What was set in this session: wins over a file that could not be written.
    int m_newMail = -1;
    int m_tray = -1;
};

} // namespace em::ui
