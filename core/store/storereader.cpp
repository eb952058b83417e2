#include "storereader.h"

#include "searchquery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

namespace em::store {

namespace {
constexpr int kBroadMatch = 2000; // index hits past which walking by date wins
} // namespace

StoreReader::StoreReader(std::unique_ptr<Connection> connection) : m_connection(std::move(connection))
{}

Result<std::unique_ptr<StoreReader>> StoreReader::open(const QString &path, Footprint footprint)
{
    auto connection = Connection::open(path, Connection::Mode::Reader, footprint);
    if (!connection)
        return Result<std::unique_ptr<StoreReader>>::failure(connection.error());
    return std::unique_ptr<StoreReader>(new StoreReader(std::move(connection).value()));
}

Result<QList<AccountRow>> StoreReader::accounts(bool countMessages)
{
    using R = Result<QList<AccountRow>>;
    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("SELECT a.id, a.provider, a.address, a.display_name, a.state, a.state_detail, "
                             "coalesce(a.last_sync, 0), %1 FROM accounts a ORDER BY a.address, a.provider")
                  .arg(countMessages ? QStringLiteral("(SELECT count(*) FROM messages m WHERE m.account_id = a.id)")
                                     : QStringLiteral("0")));
    if (Status s = exec(q, m_connection->path()); !s)
        return R::failure(s.error());
    QList<AccountRow> out;
    while (q.next()) {
        AccountRow a;
        a.id = q.value(0).toLongLong();
        a.provider = q.value(1).toString();
        a.address = q.value(2).toString();
        a.displayName = q.value(3).toString();
        a.state = accountStateFromName(q.value(4).toString());
        a.stateDetail = q.value(5).toString();
        a.lastSyncMs = q.value(6).toLongLong();
        a.messages = q.value(7).toLongLong();
        out.append(a);
    }
    return out;
}

Result<StoreStats> StoreReader::stats()
{
    using R = Result<StoreStats>;
    const QString &path = m_connection->path();
    StoreStats out;
    QSqlQuery accounts(m_connection->db());
    accounts.prepare(
        QStringLiteral("SELECT a.id, a.provider, a.address, count(m.id), coalesce(sum((m.flags & ?) = 0), 0) "
                       "FROM accounts a LEFT JOIN messages m ON m.account_id = a.id GROUP BY a.id ORDER BY a.id"));
    accounts.addBindValue(qint64(Read));
    if (Status s = exec(accounts, path); !s)
        return R::failure(s.error());
    QHash<qint64, int> index;
    while (accounts.next()) {
        AccountStats a;
        a.id = accounts.value(0).toLongLong();
        a.provider = accounts.value(1).toString();
        a.address = accounts.value(2).toString();
        a.messages = accounts.value(3).toLongLong();
        a.unread = accounts.value(4).toLongLong();
        index.insert(a.id, int(out.accounts.size()));
        out.accounts.append(a);
    }
    QSqlQuery folders(m_connection->db());
    folders.prepare(QStringLiteral(
        "SELECT f.account_id, f.id, f.name, f.path, f.kind, count(m.id), coalesce(sum((m.flags & ?) = 0), 0) "
        "FROM folders f LEFT JOIN message_folders mf ON mf.folder_id = f.id "
        "LEFT JOIN messages m ON m.id = mf.message_id GROUP BY f.id ORDER BY f.account_id, f.path"));
    folders.addBindValue(qint64(Read));
    if (Status s = exec(folders, path); !s)
        return R::failure(s.error());
    while (folders.next()) {
        const auto it = index.constFind(folders.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        FolderStats f;
        f.id = folders.value(1).toLongLong();
        f.name = folders.value(2).toString();
        f.path = folders.value(3).toString();
        f.kind = folderKindFromName(folders.value(4).toString());
        f.messages = folders.value(5).toLongLong();
        f.unread = folders.value(6).toLongLong();
        out.accounts[*it].folders.append(f);
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        out.storeBytes += QFileInfo(path + suffix).size();
    return out;
}

Result<QList<MessageSummary>> StoreReader::search(const QString &query, int limit)
{
    using R = Result<QList<MessageSummary>>;
    const Result<CompiledSearch> compiled = compileSearch(query);
    if (!compiled)
        return R::failure(compiled.error());
    // A word found in most mail ("the") matches tens of thousands of rows: sorting them all by
    // date is slow, walking messages newest first and stopping at `limit` hits is fast. A rare
    // word is the opposite. A capped count of the index hits tells which case this is.
    bool walkByDate = false;
    if (!compiled.value().requiredMatch.isEmpty()) {
        QSqlQuery probe(m_connection->db());
        probe.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM message_fts WHERE message_fts MATCH ? LIMIT ?)"));
        probe.addBindValue(compiled.value().requiredMatch);
        probe.addBindValue(kBroadMatch);
        if (!probe.exec() || !probe.next())
            return R::failure(QCoreApplication::translate("Search", "The search could not be understood"));
        walkByDate = probe.value(0).toInt() >= kBroadMatch;
    }
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT m.id, m.account_id, m.subject, m.from_name, m.from_address, m.date, "
                                  "m.snippet, m.flags, m.thread_key, m.thread_id FROM messages m ") +
                   (walkByDate ? QStringLiteral("INDEXED BY messages_by_date ") : QString()) +
                   QStringLiteral("WHERE ") + compiled.value().where +
                   QStringLiteral(" ORDER BY m.date DESC, m.id DESC LIMIT ?")))
        return R::failure(QCoreApplication::translate("Search", "The search could not be run"));
    for (const QVariant &v : compiled.value().values)
        q.addBindValue(v);
    q.addBindValue(qMax(0, limit));
    if (!q.exec()) {
        // FTS5 reports malformed MATCH input as an SQL error; never show that text.
        return R::failure(QCoreApplication::translate("Search", "The search could not be understood"));
    }
    QList<MessageSummary> out;
    while (q.next()) {
        MessageSummary m;
        m.id = q.value(0).toLongLong();
        m.accountId = q.value(1).toLongLong();
        m.subject = q.value(2).toString();
        m.fromName = q.value(3).toString();
        m.fromAddress = q.value(4).toString();
        m.dateMs = q.value(5).toLongLong();
        m.snippet = q.value(6).toString();
        m.flags = quint32(q.value(7).toLongLong());
        m.threadKey = q.value(8).toString();
        m.threadId = q.value(9).toLongLong();
        out.append(m);
    }
    return out;
}

Result<QByteArray> StoreReader::rawMessage(qint64 messageId)
{
    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("SELECT raw FROM bodies WHERE message_id = ?"));
    q.addBindValue(messageId);
    if (Status s = exec(q, m_connection->path()); !s)
        return Result<QByteArray>::failure(s.error());
    if (!q.next())
        return QByteArray();
    const QByteArray stored = q.value(0).toByteArray();
    QByteArray raw = qUncompress(stored);
    if (raw.isEmpty() && !stored.isEmpty())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Store", "The stored copy of this message is damaged"));
    return raw;
}

} // namespace em::store
