#include "notificationsettings.h"

#include "preferencesfile.h"

#include <QFileInfo>
#include <QSettings>

namespace em::ui {

namespace {

const QString kNewMailKey = QStringLiteral("notify/newMail");
const QString kTrayKey = QStringLiteral("notify/tray");

bool readBool(const QString &file, const QString &key, bool fallback)
{
    const QSettings s(file, QSettings::IniFormat);
    const QVariant v = s.value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    // An INI file gives strings back. A hand-edited file with nonsense in it keeps the default.
    const QString text = v.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") ||
        text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") ||
        text == QLatin1String("off"))
        return false;
    return fallback;
}

} // namespace

NotificationSettings::NotificationSettings(QString filePath, QObject *parent)
    : QObject(parent), m_file(std::move(filePath))
{}

bool NotificationSettings::newMailNotifications() const
{
    return m_newMail >= 0 ? m_newMail == 1 : readBool(m_file, kNewMailKey, true);
}

bool NotificationSettings::trayIcon() const
{
    return m_tray >= 0 ? m_tray == 1 : readBool(m_file, kTrayKey, true);
}

Status NotificationSettings::setNewMailNotifications(bool on)
{
    if (on == newMailNotifications())
        return {};
    m_newMail = on ? 1 : 0;
    Q_EMIT newMailNotificationsChanged(on);
    return write(kNewMailKey, on);
}

Status NotificationSettings::setTrayIcon(bool on)
{
    if (on == trayIcon())
        return {};
    m_tray = on ? 1 : 0;
    Q_EMIT trayIconChanged(on);
    return write(kTrayKey, on);
}

Status NotificationSettings::write(const QString &key, bool value)
{
    return writePreference(m_file, key, value);
}

} // namespace em::ui
