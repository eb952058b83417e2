#pragma once

#include "store/mailstore.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace em::sync {

// What a user does to messages, whatever the provider.
enum class ActionKind {
    MarkRead,
    MarkUnread,
    Star,
    Unstar,
    Archive,
    Move,
    AddLabel,
    RemoveLabel,
    Trash,
    Untrash,
    Delete
};

QString actionKindName(ActionKind kind); // "mark_read", ... (the stored form)
std::optional<ActionKind> actionKindFromName(const QString &name);

struct Action
{
    qint64 id = 0; // 0 until queued
    ActionKind kind = ActionKind::MarkRead;
    QStringList remoteIds;
    QString folder;     // Move, AddLabel, RemoveLabel: the folder's remote id
    QString fromFolder; // Move: where the messages leave (labels); empty: the Inbox
    int attempts = 0;
    qint64 nextAttemptAt = 0; // ms since the epoch
    QString state;            // "pending", "failed" (for good: shown to the user), "dropped"
    QString lastError;
};

// What an action does, for people: "Move 2 messages to Trash".
QString describeAction(const Action &action);

// How a provider files mail: Gmail labels (a message carries many) or Graph folders (a
// message is in exactly one).
enum class FolderModel { Labels, SingleFolder };

// The offline action queue of one account: an action changes the local copy at once
// and is persisted in the same transaction, in order; the provider's replayer sends it
// later and reports back. Survives restarts (it is rows in the store).
class ActionQueue
{
public:
    ActionQueue(store::MailStore &store, qint64 accountId, FolderModel model);

    // Applies the action to the store and queues it. Fails (nothing changed) when it
    // names no message or a folder the account does not have.
    Result<qint64> enqueue(const Action &action);
    // Mail with no server behind it (imported into Local Folders): the change is made
    // here, and nothing is queued.
    Status applyHere(const Action &action);
    Result<QList<Action>> pending();
    Result<QList<Action>> failed();

    Status done(const QList<qint64> &actionIds);
    // A transient failure: tried again after `delayMs`.
    Status retryLater(const Action &action, const QString &error, qint64 delayMs);
    // For good: kept as "failed" with the reason, for the user to see.
    Status fail(const Action &action, const QString &error);
    // The messages no longer exist on the server: nothing to do, noted.
    Status drop(const Action &action, const QString &note);

    // Lays what the pending actions do to these messages over server state that was
    // fetched before they were replayed: deltas appended, pending deletions removed.
    Status overlay(const QSet<QString> &remoteIds, store::SyncChanges *changes);
    // What one action does to the local copy.
    Result<store::MessageDelta> localEffect(const Action &action, bool *removes);

private:
    Status update(const Action &action);
    Result<QList<Action>> load(const QString &state);

    store::MailStore &m_store;
    qint64 m_accountId;
    FolderModel m_model;
};

} // namespace em::sync
