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
    qint64 threadId = 0;
    QString toList; // the list's "To" column in Sent and Drafts; empty from search()
};

// What the reader shows above a message's body; the body itself is rawMessage().
struct MessageHeaders
{
    MessageSummary summary;
    QString remoteId;
    QString toList, ccList; // display forms, "Name <addr>, addr"
    QString accountAddress;
    bool hasBody = false;
};

// Where a message list comes from: one folder, several merged by date (the Unified
// Inbox), or a search (within those folders; everywhere when there are none).
struct ListSource
{
    QList<qint64> folderIds;
    QString query;
    bool operator==(const ListSource &o) const { return folderIds == o.folderIds && query == o.query; }
};

enum class ListSort { Date, Sender, Subject };
struct ListOrder
{
    ListSort by = ListSort::Date;
    bool descending = true;
    bool operator==(const ListOrder &o) const { return by == o.by && descending == o.descending; }
};

// A list's messages in order, with each one's conversation (threads[i] for ids[i]).
struct MessageIndex
{
    QList<qint64> ids;
    QList<qint64> threads;
};

// A folder as the folder pane shows it.
struct FolderNode
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 parentId = 0; // 0: at the top of its account
    QString remoteId, name, path;
    FolderKind kind = FolderKind::User;
    QString colorBg, colorFg;
    qint64 total = 0, unread = 0;
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
    static Result<std::unique_ptr<StoreReader>> open(const QString &path, Footprint footprint = Footprint::Fast);

    Result<StoreStats> stats();
    // With each account's message count when asked (a count of every message: slow on a
    // large store, so not for what refreshes often).
    Result<QList<AccountRow>> accounts(bool countMessages = true);
    // Messages matching the search language, newest first.
    Result<QList<MessageSummary>> search(const QString &query, int limit);
    Result<QByteArray> rawMessage(qint64 messageId); // decompressed; empty when not downloaded

    // The message list (storelists.cpp). The whole order of a source, from the folder's
    // index alone when sorted by date; at most `limit` rows when limit >= 0.
    Result<MessageIndex> listIndex(const ListSource &source, const ListOrder &order, int limit = -1);
    // The rows of these messages, in this order; ids no longer stored are left out.
    Result<QList<MessageSummary>> summaries(const QList<qint64> &ids);
    // Every folder the user sees (hidden ones left out), by account and path, with unread
    // counts (from their own index: fast), and message counts when asked (a walk of each
    // folder's index: tens of milliseconds for a million).
    Result<QList<FolderNode>> folderTree(bool withTotals = false);
    Result<MessageHeaders> headers(qint64 messageId); // failure when it is gone
    // A conversation's messages, oldest first: those in Trash or Spam only when asked (as
    // when the user reads one of them there).
    Result<QList<MessageSummary>> conversation(qint64 threadId, bool includeTrash);

private:
    explicit StoreReader(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace em::store
