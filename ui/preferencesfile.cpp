#include "preferencesfile.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace em::ui {

Status writePreference(const QString &file, const QString &key, const QVariant &value)
{
    // The user's only (folder 0700, file 0600) from the start: QSettings replaces the file
    // keeping its permissions, where it would create a new one from the umask.
    bool saved = util::ensurePrivateDir(QFileInfo(file).absolutePath()) && util::ensurePrivateFile(file);
    if (saved) {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(key, value);
        s.sync();
        saved = s.status() == QSettings::NoError;
    }
    // Checked again after writing: still the user's only (or made so).
    saved = saved && util::ensurePrivateFile(file);
    if (!saved)
        return Status::failure(QCoreApplication::translate(
                                   "Preferences", "The setting applies until Email Manager quits, but it could not "
                                                  "be saved in %1.")
                                   .arg(file));
    return {};
}

} // namespace em::ui
