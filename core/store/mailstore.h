#pragma once

#include "database.h"
#include "syncchanges.h"
#include "types.h"
#include "util/result.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace em::store {

// The one writer of a store file. Every write is a transaction that either lands whole
// or not at all; after each commit, changed() names the folders whose contents changed
// so views re-query what they show. Lives in (and is used from) one thread.
class MailStore : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<MailStore>> open(const QString &path, Footprint footprint = Footprint::Fast);
    ~MailStore() override;

    const QString &path() const { return m_connection->path(); }

    Result<qint64> ensureAccount(const QString &provider, const QString &address, const QString &displayName);
    Status setAccountState(qint64 accountId, AccountState state, const QString &detail = {});
    // A sync run ended in step: notes the time; an account marked in error is connected again.
    Status markSynced(qint64 accountId, qint64 whenMs);
    // Deletes an account with all its folders, messages, bodies, actions and outbox.
    Status removeAccount(qint64 accountId);
    Result<FolderRef> ensureFolder(qint64 accountId, const QString &remoteId, const QString &name, const QString &path,
                                   FolderKind kind);
    Result<FolderRef> folder(qint64 folderId); // failure when it is gone
    Result<QString> providerOf(qint64 accountId);

    struct Item
    {
        MessageRecord record;
        QList<qint64> folderIds;
    };
    struct BatchOutcome
    {
        int inserted = 0;      // new messages
        int addedToFolder = 0; // known messages that joined another folder
        int duplicates = 0;    // known messages already in every folder named
        QList<qint64> ids;     // store id of each item, in order
        QList<bool> isNew;     // whether each item was stored now (not known before)
    };
    // Stores a batch of messages for one account in one transaction. A message whose
    // remote id the account already has is not stored again.
    Result<BatchOutcome> insertMessages(qint64 accountId, const QList<Item> &items);
    Status removeMessages(const QList<qint64> &messageIds);

    // --- Provider sync (mailstoresync.cpp) ---
    // Makes the account's folders exactly the ones listed (parents, colours, kinds);
    // folders no longer listed are deleted, their messages stay in their other folders.
    // Returns remote id -> folder id.
    Result<QHash<QString, qint64>> syncFolders(qint64 accountId, const QList<FolderSpec> &folders);
    Result<QHash<QString, qint64>> folderIds(qint64 accountId);
    Result<QList<FolderRef>> folders(qint64 accountId);
    Result<SyncOutcome> applySync(qint64 accountId, const SyncChanges &changes);
    // A sync checkpoint; empty when none is stored.
    Result<QString> checkpoint(qint64 accountId, const QString &scope);
    Result<QStringList> checkpointScopes(qint64 accountId, const QString &prefix);
    // Deletes the account's messages that are in no folder (deleted, or moved where sync
    // does not look). Returns how many went.
    Result<int> removeOrphans(qint64 accountId);
    // Which of these remote ids are stored with a generation of at least `generation`.
    Result<int> maxGeneration(qint64 accountId);
    Result<QSet<QString>> remoteIdsSeen(qint64 accountId, const QStringList &remoteIds, int generation);
    // Deletes the messages a full sync of `generation` did not see, with the checkpoints
    // that close the full sync, in one transaction. Returns how many went.
    Result<int> sweep(qint64 accountId, int generation, const QHash<QString, QString> &checkpoints);
    // The raw message of a known message, parsed: body, attachments and text for search
    // are added; the metadata from the provider is kept.
    Status storeBody(qint64 accountId, const QString &remoteId, const MessageRecord &parsed);
    // Remote ids of the messages among the newest `limit` whose body is not stored yet.
    Result<QStringList> missingBodies(qint64 accountId, int limit);
    Result<qint64> messageIdForRemote(qint64 accountId, const QString &remoteId);
    Result<QString> remoteIdOf(qint64 messageId, qint64 *accountId = nullptr);

    // --- The offline action queue's rows ---
    struct ActionRow
    {
        qint64 id = 0;
        QString kind;
        QByteArray payload;
        QString state; // "pending", "failed", "dropped"
        int attempts = 0;
        qint64 nextAttemptAt = 0;
        QString lastError;
    };
    Result<QList<ActionRow>> actions(qint64 accountId, const QString &state = QStringLiteral("pending"));
    Status updateAction(const ActionRow &row);

    // PRAGMA integrity_check plus FTS5's own check of the index against its rows.
    Status checkIntegrity();

Q_SIGNALS:
    void changed(const QSet<qint64> &folderIds);
    void accountsChanged();
    void foldersChanged(qint64 accountId);

private:
    explicit MailStore(std::unique_ptr<Connection> connection);
    Status applyUpsert(qint64 accountId, const SyncChanges &changes, const SyncChanges::Upsert &upsert,
                       SyncOutcome *outcome, QSet<qint64> *touched);
    // Clears `clearFlags` with it.
    Status refreshHeaders(qint64 messageId, const MessageRecord &record, quint32 clearFlags);
    Status applyDelta(qint64 accountId, const MessageDelta &delta, SyncOutcome *outcome, QSet<qint64> *touched);
    Status writeCheckpoints(qint64 accountId, const QHash<QString, QString> &checkpoints);
    Result<QString> resolveThreadKey(qint64 accountId, const MessageRecord &record);
    Status insertOne(qint64 accountId, const Item &item, BatchOutcome *outcome, QSet<qint64> *touched);
    QSqlQuery &prepared(const QString &sql);

    std::unique_ptr<Connection> m_connection;
    std::vector<std::pair<QString, std::unique_ptr<QSqlQuery>>> m_statements;
};

} // namespace em::store
