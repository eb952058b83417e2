#pragma once

#include <QString>

namespace em {

// ~/.local/share/email-manager/mail.sqlite (QStandardPaths::AppDataLocation), shared by
// the GUI and emailctl. The application name must be set before calling it.
QString defaultStorePath();

// ~/.config/email-manager/providers.conf: the user's provider settings (no secrets).
QString defaultUserSettingsPath();
// /etc/xdg/email-manager/providers.conf: the administrator's settings for every user.
// EMAIL_MANAGER_SYSTEM_CONFIG names another file (tests, staged images).
QString defaultSystemSettingsPath();
// The keychain service under which every secret of the app is stored.
inline QString keychainService()
{
    return QStringLiteral("email-manager");
}

} // namespace em
