#include "providersettings.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace em::settings {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("em::settings", text);
}

struct Key
{
    const char *name;
    QString ProviderConfig::*field;
};

const Key kEndpointKeys[] = {
    {"tenant", &ProviderConfig::tenant},        {"redirect_host", &ProviderConfig::redirectHost},
    {"auth_url", &ProviderConfig::authUrl},     {"token_url", &ProviderConfig::tokenUrl},
    {"revoke_url", &ProviderConfig::revokeUrl}, {"api_url", &ProviderConfig::apiUrl},
};

QString value(const QSettings &s, const QString &group, const char *key)
{
    return s.value(group + u'/' + QLatin1String(key)).toString();
}

Status statusOf(const QSettings &s)
{
    if (s.status() == QSettings::AccessError)
        return Status::failure(tr("Cannot write %1: permission denied. System settings are written by an "
                                  "administrator (for example with sudo).")
                                   .arg(s.fileName()));
    if (s.status() == QSettings::FormatError)
        return Status::failure(tr("%1 is not a valid settings file.").arg(s.fileName()));
    return {};
}

// The user's folder (0700) and file (0600) are the user's only from the start: QSettings
// replaces a file keeping its permissions, but would create a new one from the umask
// (readable by all with 022) until the permissions were set after writing.
Status prepareUserFile(const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!util::ensurePrivateDir(folder))
        return Status::failure(tr("Cannot create the folder %1.").arg(folder));
    return util::ensurePrivateFile(file);
}

} // namespace

QString clientSecretKey(Provider provider)
{
    return QStringLiteral("provider/%1/client_secret").arg(providerId(provider));
}

ProviderSettings::ProviderSettings(QString userFile, QString systemFile)
    : m_userFile(std::move(userFile)), m_systemFile(std::move(systemFile))
{}

ProviderConfig ProviderSettings::stored(Scope scope, Provider provider) const
{
    const QSettings s(fileFor(scope), QSettings::IniFormat);
    const QString group = providerId(provider);
    ProviderConfig c;
    c.provider = provider;
    c.clientId = value(s, group, "client_id").trimmed();
    if (scope == Scope::System)
        c.clientSecret = value(s, group, "client_secret");
    for (const Key &k : kEndpointKeys)
        c.*k.field = value(s, group, k.name).trimmed();
    return c;
}

bool ProviderSettings::isLocked(Provider provider) const
{
    const QSettings s(m_systemFile, QSettings::IniFormat);
    return s.value(providerId(provider) + QStringLiteral("/locked")).toBool();
}

EffectiveProvider ProviderSettings::effective(Provider provider) const
{
    EffectiveProvider e;
    const ProviderConfig system = stored(Scope::System, provider);
    const ProviderConfig user = stored(Scope::User, provider);
    auto hasAny = [](const ProviderConfig &c) {
        bool any = !c.clientId.isEmpty() || !c.clientSecret.isEmpty();
        for (const Key &k : kEndpointKeys)
            any = any || !(c.*k.field).isEmpty();
        return any;
    };
    e.systemHasSettings = hasAny(system);
    e.userHasSettings = hasAny(user);
    e.locked = isLocked(provider);
    if (e.locked) {
        e.config = system;
        return e;
    }
    e.config = system;
    if (!user.clientId.isEmpty()) {
        e.config.clientId = user.clientId;
        e.config.clientSecret.clear(); // the user's secret comes from the keychain
        e.clientFromUser = true;
    }
    for (const Key &k : kEndpointKeys)
        if (!(user.*k.field).isEmpty())
            e.config.*k.field = user.*k.field;
    return e;
}

Status ProviderSettings::save(Scope scope, const ProviderConfig &config, std::optional<bool> lock)
{
    const bool locked = lock.value_or(scope == Scope::System && isLocked(config.provider));
    if (scope == Scope::User && isLocked(config.provider))
        return Status::failure(tr("The %1 settings are managed by your administrator and cannot be changed.")
                                   .arg(providerDisplayName(config.provider)));
    const QString &file = fileFor(scope);
    const QFileInfo info(file);
    if (scope == Scope::System) {
        if (!QDir().mkpath(info.absolutePath())) // for everyone to read
            return Status::failure(tr("Cannot create the folder %1. System settings are written by an "
                                      "administrator (for example with sudo).")
                                       .arg(info.absolutePath()));
    } else if (Status st = prepareUserFile(m_userFile); !st) {
        return st;
    }
    {
        QSettings s(file, QSettings::IniFormat);
        const QString group = providerId(config.provider);
        s.remove(group);
        s.beginGroup(group);
        auto put = [&s](const char *key, const QString &v) {
            if (!v.trimmed().isEmpty())
                s.setValue(QLatin1String(key), v.trimmed());
        };
        put("client_id", config.clientId);
        if (scope == Scope::System && !config.clientSecret.isEmpty())
            s.setValue(QStringLiteral("client_secret"), config.clientSecret); // kept exactly as typed
        for (const Key &k : kEndpointKeys)
            put(k.name, config.*k.field);
        if (scope == Scope::System && locked)
            s.setValue(QStringLiteral("locked"), true);
        s.endGroup();
        s.sync();
        if (Status st = statusOf(s); !st)
            return st;
    }
    // The system file is for everyone to read; the user's file only for its owner.
    const QFile::Permissions perms = scope == Scope::System
                                         ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther
                                         : QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::setPermissions(file, perms))
        return Status::failure(tr("Cannot set the permissions of %1.").arg(file));
    return {};
}

Status ProviderSettings::unset(Scope scope, Provider provider)
{
    if (scope == Scope::User && isLocked(provider))
        return Status::failure(tr("The %1 settings are managed by your administrator and cannot be changed.")
                                   .arg(providerDisplayName(provider)));
    if (!QFileInfo::exists(fileFor(scope)))
        return {};
    if (scope == Scope::User) {
        if (Status st = util::ensurePrivateFile(m_userFile); !st) // a file of an earlier version
            return st;
    }
    QSettings s(fileFor(scope), QSettings::IniFormat);
    s.remove(providerId(provider));
    s.sync();
    return statusOf(s);
}

int ProviderSettings::signInTimeoutSeconds() const
{
    for (const QString &file : {m_userFile, m_systemFile}) {
        const QSettings s(file, QSettings::IniFormat);
        bool ok = false;
        const int v = s.value(QStringLiteral("general/sign_in_timeout_seconds")).toInt(&ok);
        if (ok && v > 0)
            return v;
    }
    return 300;
}

Status ProviderSettings::setSignInTimeoutSeconds(int seconds)
{
    if (Status st = prepareUserFile(m_userFile); !st)
        return st;
    QSettings s(m_userFile, QSettings::IniFormat);
    s.setValue(QStringLiteral("general/sign_in_timeout_seconds"), seconds);
    s.sync();
    return statusOf(s);
}

} // namespace em::settings
