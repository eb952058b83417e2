#include "paths.h"

#include <QStandardPaths>

namespace em {

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mail.sqlite");
}

QString defaultUserSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/providers.conf");
}

QString defaultSystemSettingsPath()
{
    const QString overridden = qEnvironmentVariable("EMAIL_MANAGER_SYSTEM_CONFIG");
    return overridden.isEmpty() ? QStringLiteral("/etc/xdg/email-manager/providers.conf") : overridden;
}

} // namespace em
