#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;

namespace em::ui {

class MessageBanner;
class NotificationSettings;

// Settings ▸ Notifications: whether new mail raises a desktop notification and whether the
// unread count shows in the system tray. Applied as soon as a box is ticked, like
// SyncSettingsDialog: there is nothing to save.
class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationSettingsDialog(NotificationSettings *settings, QWidget *parent = nullptr);

    QCheckBox *newMailCheck() const { return m_newMail; }
    QCheckBox *trayCheck() const { return m_tray; }
    QLabel *trayHint() const { return m_trayHint; }
    MessageBanner *banner() const { return m_banner; }

private:
    void applyNewMail(bool on);
    void applyTray(bool on);
    void showStatus(const QString &error);

    NotificationSettings *m_settings;
    QCheckBox *m_newMail = nullptr;
    QCheckBox *m_tray = nullptr;
    QLabel *m_trayHint = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace em::ui
