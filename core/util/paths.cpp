#include "paths.h"

#include <QStandardPaths>

namespace em {

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mail.sqlite");
}

} // namespace em
