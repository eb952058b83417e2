#include "notificationsettingsdialog.h"

#include "messagebanner.h"
#include "notificationsettings.h"
#include "trayicon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace em::ui {

NotificationSettingsDialog::NotificationSettingsDialog(NotificationSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("notificationSettings"));
    setWindowTitle(tr("Notification settings"));
    auto *layout = new QVBoxLayout(this);

    m_newMail = new QCheckBox(tr("Show a desktop &notification for new mail"), this);
    m_newMail->setObjectName(QStringLiteral("newMailNotifications"));
    m_newMail->setChecked(settings->newMailNotifications());
    layout->addWidget(m_newMail);
    auto *newMailHint = new QLabel(tr("New messages in an Inbox are announced with their sender and subject, never "
                                      "their text. Mail downloaded when an account is first connected is not "
                                      "announced."),
                                   this);
    newMailHint->setWordWrap(true);
    newMailHint->setIndent(24);
    layout->addWidget(newMailHint);

    m_tray = new QCheckBox(tr("Show the unread count in the system &tray"), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setChecked(settings->trayIcon());
    layout->addWidget(m_tray);
    // Said, not hidden: the setting is kept for a desktop (or a later session) that has a tray.
    m_trayHint = new QLabel(tr("This desktop shows no system tray, so the unread count cannot appear there."), this);
    m_trayHint->setObjectName(QStringLiteral("trayUnavailable"));
    m_trayHint->setWordWrap(true);
    m_trayHint->setIndent(24);
    m_trayHint->setVisible(!UnreadTray::isAvailable());
    layout->addWidget(m_trayHint);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("notificationSettingsResult"));
    layout->addWidget(m_banner);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_newMail, &QCheckBox::toggled, this, &NotificationSettingsDialog::applyNewMail);
    connect(m_tray, &QCheckBox::toggled, this, &NotificationSettingsDialog::applyTray);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

void NotificationSettingsDialog::applyNewMail(bool on)
{
    const Status s = m_settings->setNewMailNotifications(on);
    showStatus(s ? QString() : s.error());
}

void NotificationSettingsDialog::applyTray(bool on)
{
    const Status s = m_settings->setTrayIcon(on);
    showStatus(s ? QString() : s.error());
}

void NotificationSettingsDialog::showStatus(const QString &error)
{
    if (error.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning, error);
}

} // namespace em::ui
