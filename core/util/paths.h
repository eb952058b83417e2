#pragma once

#include <QString>

namespace em {

// ~/.local/share/email-manager/mail.sqlite (QStandardPaths::AppDataLocation), shared by
// the GUI and emailctl. The application name must be set before calling it.
QString defaultStorePath();

} // namespace em
