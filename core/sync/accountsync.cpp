#include "accountsync.h"

#include <QCoreApplication>

namespace em::sync {

QString phaseName(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Actions: return QCoreApplication::translate("Sync", "Sending your changes");
    case SyncProgress::Phase::Folders: return QCoreApplication::translate("Sync", "Updating folders");
    case SyncProgress::Phase::FirstPage: return QCoreApplication::translate("Sync", "Fetching the newest mail");
    case SyncProgress::Phase::Full: return QCoreApplication::translate("Sync", "Downloading message list");
    case SyncProgress::Phase::Changes: return QCoreApplication::translate("Sync", "Fetching changes");
    case SyncProgress::Phase::Bodies: return QCoreApplication::translate("Sync", "Downloading recent messages");
    }
    return {};
}

} // namespace em::sync
