#include "newmailwatcher.h"

#include "store/database.h"
#include "store/types.h"
#include "sync/accountsync.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace em::ui {

Q_LOGGING_CATEGORY(lcNewMail, "emailmanager.ui.newmail")

namespace {

// Neither read, nor a draft, nor marked deleted.
constexpr qint64 kNotNew =
    qint64(store::MessageFlag::Read) | qint64(store::MessageFlag::Draft) | qint64(store::MessageFlag::Deleted);
constexpr int kIdsPerQuery = 400; // well under SQLite's limit on bound values
constexpr int kRecountDelayMs = 100;

QString inboxKind()
{
    return store::folderKindName(store::FolderKind::Inbox);
}

} // namespace

NewMailWatcher::NewMailWatcher(QString storePath, QObject *parent) : QObject(parent), m_path(std::move(storePath))
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &NewMailWatcher::countNow);
    // What is in the store now is not new: the baseline is taken before any sync runs.
    ensureOpen();
}

NewMailWatcher::~NewMailWatcher() = default;

bool NewMailWatcher::ensureOpen()
{
    if (m_connection)
        return true;
    auto opened = store::Connection::open(m_path, store::Connection::Mode::Reader, store::Footprint::Lean);
    if (!opened) {
        qCWarning(lcNewMail) << "cannot read the mail store:" << opened.error();
        return false;
    }
    m_connection = std::move(opened).value();
    QSqlQuery q(m_connection->db());
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) && q.next()) {
        m_baselineId = q.value(0).toLongLong();
        m_baselineKnown = true;
    }
    QSqlQuery accounts(m_connection->db());
    if (accounts.exec(QStringLiteral(
            "SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM messages m WHERE m.account_id = a.id)"))) {
        while (accounts.next())
            m_hadMail.insert(accounts.value(0).toLongLong());
    }
    return true;
}

Result<QList<NewMail>> NewMailWatcher::query(const QString &where, const QVariantList &values)
{
    using R = Result<QList<NewMail>>;
    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("SELECT m.id, a.address, m.from_name, m.from_address, m.subject, m.date "
                             "FROM messages m JOIN accounts a ON a.id = m.account_id "
                             "WHERE (m.flags & ?) = 0 AND m.date >= ? AND EXISTS ("
                             "  SELECT 1 FROM message_folders mf JOIN folders f ON f.id = mf.folder_id "
                             "  WHERE mf.message_id = m.id AND f.kind = ?) AND ") +
              where + QStringLiteral(" ORDER BY m.date DESC, m.id DESC"));
    q.addBindValue(kNotNew);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - kRecentMs);
    q.addBindValue(inboxKind());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = store::exec(q, m_connection->path()); !s)
        return R::failure(s.error());
    QList<NewMail> out;
    while (q.next()) {
        NewMail m;
        m.messageId = q.value(0).toLongLong();
        m.account = q.value(1).toString();
        m.fromName = q.value(2).toString();
        m.fromAddress = q.value(3).toString();
        m.subject = q.value(4).toString();
        m.dateMs = q.value(5).toLongLong();
        out.append(m);
    }
    return out;
}

Result<QList<NewMail>> NewMailWatcher::newMailAmong(qint64 accountId, const QList<qint64> &messageIds)
{
    using R = Result<QList<NewMail>>;
    if (!ensureOpen())
        return R::failure(tr("The mail store %1 cannot be read.").arg(m_path));
    QList<NewMail> out;
    for (qsizetype at = 0; at < messageIds.size(); at += kIdsPerQuery) {
        const QList<qint64> chunk = messageIds.mid(at, kIdsPerQuery);
        QStringList marks;
        QVariantList values{accountId};
        for (qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        R part = query(QStringLiteral("m.account_id = ? AND m.id IN (") + marks.join(u',') + u')', values);
        if (!part)
            return part;
        out += part.value();
    }
    if (messageIds.size() > kIdsPerQuery)
        std::stable_sort(out.begin(), out.end(), [](const NewMail &a, const NewMail &b) {
            return a.dateMs != b.dateMs ? a.dateMs > b.dateMs : a.messageId > b.messageId;
        });
    return out;
}

void NewMailWatcher::messagesAdded(qint64 accountId, const QList<qint64> &messageIds, bool initialSync)
{
    refreshUnreadCount();
    if (initialSync || messageIds.isEmpty())
        return;
    const Result<QList<NewMail>> found = newMailAmong(accountId, messageIds);
    if (!found) {
        qCWarning(lcNewMail) << "cannot look for new mail:" << found.error();
        return;
    }
    announce(found.value());
}

void NewMailWatcher::syncFinished(const sync::SyncReport &report)
{
    refreshUnreadCount();
    if (!ensureOpen())
        return;
    const qint64 account = report.accountId;
    // An account that had no mail when the watcher started, until one of its runs ends in
    // step, is filling the store for the first time (Gmail says so with fullSync; an
    // Outlook folder's first round does not); a later full sync (history expired) re-lists
    // old mail too. None of that is new.
    const bool initial =
        report.fullSync || !m_baselineKnown || (!m_hadMail.contains(account) && !m_completedRun.contains(account));
    if (report.inStep())
        m_completedRun.insert(account);

    // Ids only grow: what this run stored lies between what was looked at and the highest
    // id now (read first, so that a message stored meanwhile waits for the next report).
    QSqlQuery top(m_connection->db());
    if (!top.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !top.next()) {
        qCWarning(lcNewMail) << "cannot look for new mail:" << store::describeSqlError(top.lastError(), m_path);
        return;
    }
    const qint64 upTo = top.value(0).toLongLong();
    top.finish();
    const qint64 from = m_seenUpTo.value(account, m_baselineId);
    m_baselineKnown = true;
    m_seenUpTo.insert(account, upTo);
    if (initial || upTo <= from)
        return;
    const Result<QList<NewMail>> found =
        query(QStringLiteral("m.account_id = ? AND m.id > ? AND m.id <= ?"), {account, from, upTo});
    if (!found) {
        qCWarning(lcNewMail) << "cannot look for new mail:" << found.error();
        return;
    }
    announce(found.value());
}

void NewMailWatcher::announce(const QList<NewMail> &mails)
{
    if (mails.isEmpty())
        return;
    qCInfo(lcNewMail) << mails.size() << "new messages in an Inbox";
    Q_EMIT newMail(mails);
}

Result<int> NewMailWatcher::unreadInboxCount()
{
    if (!ensureOpen())
        return Result<int>::failure(tr("The mail store %1 cannot be read.").arg(m_path));
    QSqlQuery q(m_connection->db());
    // From the Inbox folders' unread memberships (a partial index of the store): the cost
    // follows the unread mail in the Inboxes, not the size of the store. A message in two
    // Inboxes counts once; drafts and messages marked deleted do not count.
    q.prepare(QStringLiteral("SELECT count(DISTINCT mf.message_id) FROM folders f "
                             "JOIN message_folders mf ON mf.folder_id = f.id AND mf.unread = 1 "
                             "JOIN messages m ON m.id = mf.message_id "
                             "WHERE f.kind = ? AND (m.flags & ?) = 0"));
    q.addBindValue(inboxKind());
    q.addBindValue(kNotNew);
    if (Status s = store::exec(q, m_connection->path()); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

void NewMailWatcher::refreshUnreadCount()
{
    m_recount.start();
}

void NewMailWatcher::countNow()
{
    const Result<int> count = unreadInboxCount();
    if (!count) {
        qCWarning(lcNewMail) << "cannot count unread mail:" << count.error();
        return;
    }
    if (count.value() == m_unread)
        return;
    m_unread = count.value();
    Q_EMIT unreadInboxCountChanged(m_unread);
}

} // namespace em::ui
