#pragma once

#include "database.h"
#include "types.h"
#include "util/result.h"

#include <QList>

#include <memory>

namespace em::store {

struct MessageSummary
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString subject;
    QString fromName;
    QString fromAddress;
    qint64 dateMs = 0;
    QString snippet;
    quint32 flags = 0;
    QString threadKey;
};

struct FolderStats
{
    qint64 id = 0;
    QString name;
    QString path;
    FolderKind kind = FolderKind::User;
    qint64 messages = 0;
    qint64 unread = 0;
};

struct AccountStats
{
    qint64 id = 0;
    QString provider;
    QString address;
    qint64 messages = 0;
    qint64 unread = 0;
    QList<FolderStats> folders;
};

struct StoreStats
{
    QList<AccountStats> accounts;
    qint64 storeBytes = 0; // the database file with its WAL
};

// Read-only access on a connection of its own, so reads never wait on the writer.
class StoreReader
{
public:
    static Result<std::unique_ptr<StoreReader>> open(const QString &path);

    Result<StoreStats> stats();
    Result<QList<AccountRow>> accounts();
    // Messages matching the search language, newest first.
    Result<QList<MessageSummary>> search(const QString &query, int limit);
    Result<QByteArray> rawMessage(qint64 messageId); // decompressed; empty when not downloaded

private:
    explicit StoreReader(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace em::store
