#pragma once

#include "util/result.h"

#include <QString>
#include <QVariant>

namespace em::ui {

// The user's preferences file (~/.config/email-manager/email-manager.conf), shared by the
// settings classes of the window: one key written at a time, the file the user's only.
// Fails with a sentence for the user; the setting still applies until the app quits.
Status writePreference(const QString &file, const QString &key, const QVariant &value);

} // namespace em::ui
