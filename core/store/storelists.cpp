// The message list and folder pane queries of StoreReader: what the window shows, read
// from the indexes the schema keeps for it (message_folders_by_date and _unread).
#include "searchquery.h"
#include "storereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace em::store {

namespace {

constexpr int kSearchLimit = 10000; // results a search lists; narrower words find the rest
constexpr int kIdsPerQuery = 500;   // bound parameters per IN (...), well under SQLite's limit

const char *const kSummaryColumns = "m.id, m.account_id, m.subject, m.from_name, m.from_address, m.date, m.snippet, "
                                    "m.flags, m.thread_key, m.thread_id, "
                                    "m.to_list";

MessageSummary summaryFrom(const QSqlQuery &q, int first = 0)
{
    MessageSummary m;
    m.id = q.value(first).toLongLong();
    m.accountId = q.value(first + 1).toLongLong();
    m.subject = q.value(first + 2).toString();
    m.fromName = q.value(first + 3).toString();
    m.fromAddress = q.value(first + 4).toString();
    m.dateMs = q.value(first + 5).toLongLong();
    m.snippet = q.value(first + 6).toString();
    m.flags = quint32(q.value(first + 7).toLongLong());
    m.threadKey = q.value(first + 8).toString();
    m.threadId = q.value(first + 9).toLongLong();
    m.toList = q.value(first + 10).toString();
    return m;
}

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return out;
}

// What sorting by sender or subject compares: the name as shown (the address when there
// is none), without case.
QString orderExpression(const ListOrder &order)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (order.by) {
    case ListSort::Sender:
        return QStringLiteral("CASE WHEN m.from_name <> '' THEN m.from_name ELSE m.from_address END COLLATE NOCASE") +
               direction + QStringLiteral(", m.date DESC");
    case ListSort::Subject:
        return QStringLiteral("m.subject COLLATE NOCASE") + direction + QStringLiteral(", m.date DESC");
    case ListSort::Date: break;
    }
    return QStringLiteral("m.date") + direction + QStringLiteral(", m.id") + direction;
}

struct Dated
{
    // cppcheck-suppress unusedStructMember ; read in the merge of several lists (cppcheck misses it)
    qint64 id, thread, date;
};

} // namespace

Result<MessageIndex> StoreReader::listIndex(const ListSource &source, const ListOrder &order, int limit)
{
    using R = Result<MessageIndex>;
    const QString &path = m_connection->path();
    MessageIndex out;
    const qint64 cap = limit < 0 ? std::numeric_limits<qint64>::max() : limit;

    if (!source.query.trimmed().isEmpty()) {
        const Result<CompiledSearch> compiled = compileSearch(source.query);
        if (!compiled)
            return R::failure(compiled.error());
        QString where = compiled.value().where;
        QVariantList values = compiled.value().values;
        if (!source.folderIds.isEmpty()) {
            where += QStringLiteral(" AND m.id IN (SELECT message_id FROM message_folders WHERE folder_id IN (%1))")
                         .arg(placeholders(source.folderIds.size()));
            for (qint64 f : source.folderIds)
                values.append(f);
        }
        QSqlQuery q(m_connection->db());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT m.id, m.thread_id FROM messages m WHERE ") + where +
                       QStringLiteral(" ORDER BY ") + orderExpression(order) + QStringLiteral(" LIMIT ?")))
            return R::failure(QCoreApplication::translate("Search", "The search could not be run"));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(qMin<qint64>(cap, kSearchLimit));
        if (!q.exec()) // FTS5 reports malformed MATCH input as an SQL error; never show that text
            return R::failure(QCoreApplication::translate("Search", "The search could not be understood"));
        while (q.next()) {
            out.ids.append(q.value(0).toLongLong());
            out.threads.append(q.value(1).toLongLong());
        }
        return out;
    }

    if (source.folderIds.isEmpty())
        return out;

    if (order.by != ListSort::Date) {
        QSqlQuery q(m_connection->db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT DISTINCT m.id, m.thread_id FROM message_folders mf JOIN messages m ON m.id = "
                                 "mf.message_id WHERE mf.folder_id IN (%1) ORDER BY %2 LIMIT ?")
                      .arg(placeholders(source.folderIds.size()), orderExpression(order)));
        for (qint64 f : source.folderIds)
            q.addBindValue(f);
        q.addBindValue(cap);
        if (Status s = exec(q, path); !s)
            return R::failure(s.error());
        while (q.next()) {
            out.ids.append(q.value(0).toLongLong());
            out.threads.append(q.value(1).toLongLong());
        }
        return out;
    }

    // By date: each folder straight from its index, newest (or oldest) first.
    const QString sql =
        QStringLiteral("SELECT message_id, thread_id, date FROM message_folders WHERE folder_id = ? ORDER BY date") +
        (order.descending ? QStringLiteral(" DESC") : QString()) + QStringLiteral(" LIMIT ?");
    if (source.folderIds.size() == 1) {
        QSqlQuery q(m_connection->db());
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(source.folderIds.first());
        q.addBindValue(cap);
        if (Status s = exec(q, path); !s)
            return R::failure(s.error());
        if (limit >= 0) {
            out.ids.reserve(limit);
            out.threads.reserve(limit);
        }
        while (q.next()) {
            out.ids.append(q.value(0).toLongLong());
            out.threads.append(q.value(1).toLongLong());
        }
        return out;
    }
    // Several folders (one Inbox per account): each one sorted, then merged.
    QList<QList<Dated>> lists;
    for (qint64 folder : source.folderIds) {
        QSqlQuery q(m_connection->db());
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(folder);
        q.addBindValue(cap);
        if (Status s = exec(q, path); !s)
            return R::failure(s.error());
        QList<Dated> list;
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
        lists.append(list);
    }
    QList<qsizetype> at(lists.size(), 0);
    QSet<qint64> seen; // a message in two of the folders is listed once
    while (out.ids.size() < cap) {
        int best = -1;
        for (int i = 0; i < lists.size(); ++i) {
            if (at[i] >= lists[i].size())
                continue;
            if (best < 0)
                best = i;
            else {
                const qint64 a = lists[i][at[i]].date, b = lists[best][at[best]].date;
                if (order.descending ? a > b : a < b)
                    best = i;
            }
        }
        if (best < 0)
            break;
        const Dated &d = lists[best][at[best]++];
        if (seen.contains(d.id))
            continue;
        seen.insert(d.id);
        out.ids.append(d.id);
        out.threads.append(d.thread);
    }
    return out;
}

Result<QList<MessageSummary>> StoreReader::summaries(const QList<qint64> &ids)
{
    using R = Result<QList<MessageSummary>>;
    QHash<qint64, MessageSummary> found;
    found.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(start, kIdsPerQuery);
        QSqlQuery q(m_connection->db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.id IN (%2)")
                      .arg(QLatin1String(kSummaryColumns), placeholders(chunk.size())));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (Status s = exec(q, m_connection->path()); !s)
            return R::failure(s.error());
        while (q.next()) {
            MessageSummary m = summaryFrom(q);
            found.insert(m.id, m);
        }
    }
    QList<MessageSummary> out;
    out.reserve(found.size());
    for (qint64 id : ids)
        if (const auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    return out;
}

Result<QList<FolderNode>> StoreReader::folderTree(bool withTotals)
{
    using R = Result<QList<FolderNode>>;
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT f.id, f.account_id, coalesce(f.parent_id, 0), f.remote_id, f.name, f.path, f.kind, "
            "coalesce(f.color_bg, ''), coalesce(f.color_fg, ''), "
            "%1, "
            "(SELECT count(*) FROM message_folders mf INDEXED BY message_folders_unread WHERE mf.folder_id = f.id "
            "AND mf.unread = 1) FROM folders f WHERE f.hidden = 0 ORDER BY f.account_id, f.path")
            .arg(withTotals ? QStringLiteral("(SELECT count(*) FROM message_folders mf WHERE mf.folder_id = f.id)")
                            : QStringLiteral("0")));
    if (Status s = exec(q, m_connection->path()); !s)
        return R::failure(s.error());
    QList<FolderNode> out;
    while (q.next()) {
        FolderNode f;
        f.id = q.value(0).toLongLong();
        f.accountId = q.value(1).toLongLong();
        f.parentId = q.value(2).toLongLong();
        f.remoteId = q.value(3).toString();
        f.name = q.value(4).toString();
        f.path = q.value(5).toString();
        f.kind = folderKindFromName(q.value(6).toString());
        f.colorBg = q.value(7).toString();
        f.colorFg = q.value(8).toString();
        f.total = q.value(9).toLongLong();
        f.unread = q.value(10).toLongLong();
        out.append(f);
    }
    return out;
}

Result<MessageHeaders> StoreReader::headers(qint64 messageId)
{
    using R = Result<MessageHeaders>;
    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("SELECT %1, m.remote_id, m.to_list, m.cc_list, a.address, "
                             "EXISTS (SELECT 1 FROM bodies b WHERE b.message_id = m.id) "
                             "FROM messages m JOIN accounts a ON a.id = m.account_id WHERE m.id = ?")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(messageId);
    if (Status s = exec(q, m_connection->path()); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(QCoreApplication::translate("Store", "This message is no longer in the mail store"));
    MessageHeaders h;
    h.summary = summaryFrom(q);
    h.remoteId = q.value(11).toString();
    h.toList = q.value(12).toString();
    h.ccList = q.value(13).toString();
    h.accountAddress = q.value(14).toString();
    h.hasBody = q.value(15).toBool();
    return h;
}

Result<QList<MessageSummary>> StoreReader::conversation(qint64 threadId, bool includeTrash)
{
    using R = Result<QList<MessageSummary>>;
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.thread_id = ? AND (? OR NOT EXISTS (SELECT 1 FROM "
                             "message_folders mf JOIN folders f ON f.id = mf.folder_id WHERE mf.message_id = m.id AND "
                             "f.kind IN ('trash', 'spam'))) ORDER BY m.date, m.id")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(threadId);
    q.addBindValue(includeTrash ? 1 : 0);
    if (Status s = exec(q, m_connection->path()); !s)
        return R::failure(s.error());
    QList<MessageSummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

} // namespace em::store
