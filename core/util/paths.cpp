#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

namespace util {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Paths", text);
}

} // namespace

Status ensurePrivateDir(const QString &dir)
{
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString shown = QDir::toNativeSeparators(path);
    // The folders to create, outermost first.
    QStringList missing;
    QString existing = path;
    bool found = false;
    for (;;) {
        struct stat st;
        if (::lstat(QFile::encodeName(existing).constData(), &st) == 0) {
            found = true;
            break;
        }
        if (const int error = errno; error != ENOENT)
            return Status::failure(tr("Cannot create the folder %1: %2").arg(shown, qt_error_string(error)));
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    // A symbolic link to a folder is fine: the user made it.
    if (found && !QFileInfo(existing).isDir())
        return Status::failure(
            tr("Cannot create the folder %1: %2 is not a folder.").arg(shown, QDir::toNativeSeparators(existing)));
    for (const QString &folder : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(folder);
        if (::mkdir(native.constData(), 0700) == 0) {
            // The umask can only have taken bits away: exactly 0700.
            if (::chmod(native.constData(), 0700) != 0) {
                const int error = errno;
                return Status::failure(tr("Cannot set the permissions of the folder %1: %2")
                                           .arg(QDir::toNativeSeparators(folder), qt_error_string(error)));
            }
            continue;
        }
        const int error = errno;
        if (error != EEXIST || !QFileInfo(folder).isDir()) // EEXIST: made by another process meanwhile
            return Status::failure(tr("Cannot create the folder %1: %2").arg(shown, qt_error_string(error)));
    }
    return {};
}

Status ensurePrivateFile(const QString &file)
{
    const QByteArray native = QFile::encodeName(file);
    const QString shown = QDir::toNativeSeparators(file);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) {
        const bool ok = ::fchmod(fd, 0600) == 0; // exactly 0600, whatever the umask
        const int error = errno;
        ::close(fd);
        if (!ok)
            return Status::failure(tr("Cannot set the permissions of %1: %2").arg(shown, qt_error_string(error)));
        return {};
    }
    if (const int error = errno; error != EEXIST)
        return Status::failure(tr("Cannot create %1: %2").arg(shown, qt_error_string(error)));
    // There already: the file itself, or the one a symbolic link of the user's names.
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        return Status::failure(tr("Cannot read %1: %2").arg(shown, qt_error_string(error)));
    }
    if (!S_ISREG(st.st_mode))
        return Status::failure(tr("%1 is not a file.").arg(shown));
    if ((st.st_mode & 077) != 0 && ::chmod(native.constData(), st.st_mode & 0700) != 0) {
        const int error = errno;
        return Status::failure(tr("Cannot set the permissions of %1: %2").arg(shown, qt_error_string(error)));
    }
    return {};
}

} // namespace util

} // namespace em
