#pragma once

#include "database.h"
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
    static Result<std::unique_ptr<MailStore>> open(const QString &path);
    ~MailStore() override;

    const QString &path() const { return m_connection->path(); }

    Result<qint64> ensureAccount(const QString &provider, const QString &address, const QString &displayName);
    Status setAccountState(qint64 accountId, AccountState state, const QString &detail = {});
    // Deletes an account with all its folders, messages, bodies, actions and outbox.
    Status removeAccount(qint64 accountId);
    Result<FolderRef> ensureFolder(qint64 accountId, const QString &remoteId, const QString &name, const QString &path,
                                   FolderKind kind);

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

    // PRAGMA integrity_check plus FTS5's own check of the index against its rows.
    Status checkIntegrity();

Q_SIGNALS:
    void changed(const QSet<qint64> &folderIds);
    void accountsChanged();

private:
    explicit MailStore(std::unique_ptr<Connection> connection);
    Result<QString> resolveThreadKey(qint64 accountId, const MessageRecord &record);
    Status insertOne(qint64 accountId, const Item &item, BatchOutcome *outcome, QSet<qint64> *touched);
    QSqlQuery &prepared(const QString &sql);

    std::unique_ptr<Connection> m_connection;
    std::vector<std::pair<QString, std::unique_ptr<QSqlQuery>>> m_statements;
};

} // namespace em::store
