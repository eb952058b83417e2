#pragma once

#include "result.h"

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

namespace util {

// Creates `dir` and each missing folder above it readable by the user only (0700, whatever
// the umask), as the XDG base directory specification asks of the folders an app creates.
// Folders that already exist are left as they are. Failure: a user-readable message.
Status ensurePrivateDir(const QString &dir);

// Makes `file` the user's only (0600) before it is written: a missing file is created empty,
// exclusively and not through a symbolic link, with exactly 0600; an existing one (or the
// file its symbolic link names) loses the group's and others' permissions. QSettings and
// QSaveFile replace a file keeping its permissions (and create a new one from the umask), so
// the settings are then never, not even briefly, readable by others.
Status ensurePrivateFile(const QString &file);

} // namespace util

} // namespace em
