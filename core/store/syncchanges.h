#pragma once

#include "types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace em::store {

// A folder (Gmail label, Graph mail folder) as the provider lists it.
struct FolderSpec
{
    QString remoteId;
    QString name; // the last element of the path
    QString path; // "Work/Projects" for nested user labels and folders
    FolderKind kind = FolderKind::User;
    QString parentRemoteId;
    QString colorBg, colorFg;
    bool hidden = false;
};

// A change to some messages' folders and flags, by remote id: what a provider's change
// feed reports, and what a user's action does to the local copy.
struct MessageDelta
{
    QStringList remoteIds;
    QList<qint64> addFolders, removeFolders; // folder ids
    bool removeFromAllFolders = false;       // before addFolders: a move between single folders
    quint32 setFlags = 0, clearFlags = 0;
};

// A user action to persist with its local effect (the offline action queue).
struct NewAction
{
    QString kind;
    QByteArray payload; // JSON
};

// Everything one step of a sync (or one user action) changes, applied in one
// transaction: upserts first, then removals, then deltas, then the checkpoint.
struct SyncChanges
{
    struct Upsert
    {
        MessageRecord record;    // metadata; a known message keeps its stored headers and body
        QList<qint64> folderIds; // the complete membership: replaces what is stored
        // What an unreadable entry could not tell: a known message keeps these of its own
        // server-owned flags, and its folders (a new one gets the record's flags and folderIds).
        quint32 keepFlags = 0;
        bool keepFolders = false;
    };
    QList<Upsert> upserts;
    quint32 serverFlags = MessageFlag::Read | MessageFlag::Starred | MessageFlag::Draft; // what upserts own
    QStringList removed;                                                                 // remote ids
    QList<MessageDelta> deltas;
    int generation = 0; // stamped on every upserted message when > 0
    // A folder's first round ended: its messages stamped below `generation` (not seen in
    // the round) leave it, after the upserts.
    struct FolderSweep
    {
        qint64 folderId = 0;
        int generation = 0;
    };
    std::optional<FolderSweep> sweepFolder;

    QHash<QString, QString> checkpoints; // scope -> value; an empty value deletes the scope
    QList<NewAction> newActions;
    QList<qint64> finishedActions; // deleted from the queue
};

struct SyncOutcome
{
    int added = 0;       // messages new to the store
    int updated = 0;     // known messages whose flags or folders changed
    int removed = 0;     // messages deleted
    QStringList unknown; // remote ids a delta named that the store does not hold
    QList<qint64> addedIds;
    QList<qint64> actionIds; // ids of the actions inserted, in order
};

} // namespace em::store
