#include "mailstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#include "textindex.h"

namespace em::store {

namespace {
QVariant text(const QString &s)
{
    return textValue(s);
}
} // namespace

MailStore::MailStore(std::unique_ptr<Connection> connection) : m_connection(std::move(connection))
{}

MailStore::~MailStore()
{
    m_statements.clear(); // before the connection goes
}

Result<std::unique_ptr<MailStore>> MailStore::open(const QString &path, Footprint footprint)
{
    auto connection = Connection::open(path, Connection::Mode::Writer, footprint);
    if (!connection)
        return Result<std::unique_ptr<MailStore>>::failure(connection.error());
    return std::unique_ptr<MailStore>(new MailStore(std::move(connection).value()));
}

QSqlQuery &MailStore::prepared(const QString &sql)
{
    for (auto &[text, query] : m_statements)
        if (text == sql)
            return *query;
    auto query = std::make_unique<QSqlQuery>(m_connection->db());
    query->prepare(sql);
    m_statements.emplace_back(sql, std::move(query));
    return *m_statements.back().second;
}

Result<qint64> MailStore::ensureAccount(const QString &provider, const QString &address, const QString &displayName)
{
    QSqlQuery &insert =
        prepared(QStringLiteral("INSERT INTO accounts(provider, address, display_name, created_at) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT(provider, address) DO NOTHING"));
    insert.addBindValue(text(provider));
    insert.addBindValue(text(address));
    insert.addBindValue(text(displayName));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (Status s = exec(insert, path()); !s)
        return Result<qint64>::failure(s.error());
    QSqlQuery &select = prepared(QStringLiteral("SELECT id FROM accounts WHERE provider = ? AND address = ?"));
    select.addBindValue(text(provider));
    select.addBindValue(text(address));
    if (Status s = exec(select, path()); !s)
        return Result<qint64>::failure(s.error());
    if (!select.next())
        return Result<qint64>::failure(QCoreApplication::translate("Store", "The account could not be stored"));
    const qint64 id = select.value(0).toLongLong();
    select.finish();
    return id;
}

Status MailStore::setAccountState(qint64 accountId, AccountState state, const QString &detail)
{
    QSqlQuery &update = prepared(QStringLiteral("UPDATE accounts SET state = ?, state_detail = ? WHERE id = ?"));
    update.addBindValue(accountStateName(state));
    update.addBindValue(text(detail));
    update.addBindValue(accountId);
    if (Status s = exec(update, path()); !s)
        return s;
    const bool found = update.numRowsAffected() > 0;
    update.finish();
    if (!found)
        return Status::failure(QCoreApplication::translate("Store", "The account no longer exists"));
    Q_EMIT accountsChanged();
    return {};
}

Status MailStore::removeAccount(qint64 accountId)
{
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return Status::failure(describeSqlError(m_connection->db().lastError(), path()));
    QSet<qint64> touched;
    QSqlQuery &folders = prepared(QStringLiteral("SELECT id FROM folders WHERE account_id = ?"));
    folders.addBindValue(accountId);
    if (Status s = exec(folders, path()); !s)
        return s;
    while (folders.next())
        touched.insert(folders.value(0).toLongLong());
    folders.finish();
    // Cascades to folders, messages (and through them bodies, attachments and the
    // index rows), sync state, actions and the outbox.
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    remove.addBindValue(accountId);
    if (Status s = exec(remove, path()); !s)
        return s;
    if (!tx.commit())
        return Status::failure(describeSqlError(m_connection->db().lastError(), path()));
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    Q_EMIT accountsChanged();
    return {};
}

Result<FolderRef> MailStore::folder(qint64 folderId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT account_id, name, path, kind, remote_id FROM folders WHERE id = ?"));
    q.addBindValue(folderId);
    if (Status s = exec(q, path()); !s)
        return Result<FolderRef>::failure(s.error());
    if (!q.next())
        return Result<FolderRef>::failure(QCoreApplication::translate("Store", "That folder is no longer here"));
    FolderRef ref{folderId,
                  q.value(0).toLongLong(),
                  q.value(1).toString(),
                  q.value(2).toString(),
                  folderKindFromName(q.value(3).toString()),
                  q.value(4).toString()};
    q.finish();
    return ref;
}

Result<QString> MailStore::providerOf(qint64 accountId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT provider FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (Status s = exec(q, path()); !s)
        return Result<QString>::failure(s.error());
    if (!q.next())
        return Result<QString>::failure(QCoreApplication::translate("Store", "That account is no longer here"));
    const QString provider = q.value(0).toString();
    q.finish();
    return provider;
}

Result<FolderRef> MailStore::ensureFolder(qint64 accountId, const QString &remoteId, const QString &name,
                                          const QString &folderPath, FolderKind kind)
{
    QSqlQuery &insert =
        prepared(QStringLiteral("INSERT INTO folders(account_id, remote_id, name, path, kind) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT(account_id, remote_id) DO NOTHING"));
    insert.addBindValue(accountId);
    insert.addBindValue(text(remoteId));
    insert.addBindValue(text(name));
    insert.addBindValue(text(folderPath));
    insert.addBindValue(folderKindName(kind));
    if (Status s = exec(insert, path()); !s)
        return Result<FolderRef>::failure(s.error());
    QSqlQuery &select =
        prepared(QStringLiteral("SELECT id, name, path, kind FROM folders WHERE account_id = ? AND remote_id = ?"));
    select.addBindValue(accountId);
    select.addBindValue(text(remoteId));
    if (Status s = exec(select, path()); !s)
        return Result<FolderRef>::failure(s.error());
    if (!select.next())
        return Result<FolderRef>::failure(QCoreApplication::translate("Store", "The folder could not be stored"));
    FolderRef ref{select.value(0).toLongLong(),
                  accountId,
                  select.value(1).toString(),
                  select.value(2).toString(),
                  folderKindFromName(select.value(3).toString()),
                  remoteId};
    select.finish();
    return ref;
}

Result<QString> MailStore::resolveThreadKey(qint64 accountId, const MessageRecord &r)
{
    if (!r.threadKey.isEmpty())
        return r.threadKey;
    // JWZ in its store-backed form: a message joins the thread of any ancestor we hold;
    // otherwise the thread is named after its oldest known ancestor (or itself), so
    // messages arriving in any order meet under the same key.
    QStringList ancestors = r.references;
    if (!r.inReplyTo.isEmpty() && !ancestors.contains(r.inReplyTo))
        ancestors.append(r.inReplyTo);
    QSqlQuery &lookup =
        prepared(QStringLiteral("SELECT thread_key FROM messages WHERE account_id = ? AND message_id = ? LIMIT 1"));
    // The nearest ancestors are the likeliest to be held; cap the work for huge lists.
    int probes = 0;
    for (auto it = ancestors.crbegin(); it != ancestors.crend() && probes < 32; ++it, ++probes) {
        lookup.addBindValue(accountId);
        lookup.addBindValue(text(*it));
        if (Status s = exec(lookup, path()); !s)
            return Result<QString>::failure(s.error());
        if (lookup.next()) {
            const QString key = lookup.value(0).toString();
            lookup.finish();
            if (!key.isEmpty())
                return key;
        }
    }
    if (!ancestors.isEmpty())
        return ancestors.first();
    if (!r.messageId.isEmpty())
        return r.messageId;
    return QString(QStringLiteral("remote:") + r.remoteId);
}

Status MailStore::insertOne(qint64 accountId, const Item &item, BatchOutcome *outcome, QSet<qint64> *touched)
{
    const MessageRecord &r = item.record;
    QSqlQuery &existing = prepared(QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?"));
    existing.addBindValue(accountId);
    existing.addBindValue(text(r.remoteId));
    if (Status s = exec(existing, path()); !s)
        return s;
    qint64 id = 0;
    const bool known = existing.next();
    if (known)
        id = existing.value(0).toLongLong();
    existing.finish();

    if (!known) {
        const Result<QString> threadKey = resolveThreadKey(accountId, r);
        if (!threadKey)
            return Status::failure(threadKey.error());
        QSqlQuery &insert = prepared(QStringLiteral(
            "INSERT INTO messages(account_id, remote_id, message_id, thread_key, in_reply_to, refs, subject, "
            "from_name, from_address, to_list, cc_list, bcc_list, date, utc_offset, snippet, size, flags, "
            "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(accountId), text(r.remoteId), text(r.messageId), text(threadKey.value()), text(r.inReplyTo),
              text(r.references.join(u' ')), text(r.subject), text(r.fromName), text(r.fromAddress), text(r.toList),
              text(r.ccList), text(r.bccList), QVariant(r.dateMs), QVariant(r.utcOffsetSeconds), text(r.snippet),
              QVariant(r.size), QVariant(qint64(r.flags)), QVariant(r.contentHash)})
            insert.addBindValue(v);
        if (Status s = exec(insert, path()); !s)
            return s;
        id = insert.lastInsertId().toLongLong();

        if (!r.messageId.isEmpty() && threadKey.value() != r.messageId) {
            // Children that arrived first and named their thread after this message.
            QSqlQuery &adopt =
                prepared(QStringLiteral("UPDATE messages SET thread_key = ? WHERE account_id = ? AND thread_key = ?"));
            adopt.addBindValue(text(threadKey.value()));
            adopt.addBindValue(accountId);
            adopt.addBindValue(text(r.messageId));
            if (Status s = exec(adopt, path()); !s)
                return s;
        }
        if (!r.compressedRaw.isEmpty()) {
            QSqlQuery &body = prepared(
                QStringLiteral("INSERT INTO bodies(message_id, raw, raw_size, stored_at) VALUES (?, ?, ?, ?)"));
            body.addBindValue(id);
            body.addBindValue(r.compressedRaw);
            body.addBindValue(r.rawSize);
            body.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (Status s = exec(body, path()); !s)
                return s;
        }
        QSqlQuery &attachment = prepared(QStringLiteral(
            "INSERT INTO attachments(message_id, position, filename, mime_type, size, content_id, is_inline) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < r.attachments.size(); ++i) {
            const AttachmentRow &a = r.attachments.at(i);
            attachment.addBindValue(id);
            attachment.addBindValue(i);
            attachment.addBindValue(text(a.filename));
            attachment.addBindValue(text(a.mimeType));
            attachment.addBindValue(a.size);
            attachment.addBindValue(text(a.contentId));
            attachment.addBindValue(a.isInline ? 1 : 0);
            if (Status s = exec(attachment, path()); !s)
                return s;
        }
        QSqlQuery &indexRow = prepared(QStringLiteral(
            "INSERT INTO message_text(id, subject, sender, recipients, cc, body) VALUES (?, ?, ?, ?, ?, ?)"));
        indexRow.addBindValue(id);
        indexRow.addBindValue(text(normalizeForIndex(r.subject)));
        indexRow.addBindValue(text(normalizeForIndex(r.fromName + u' ' + r.fromAddress)));
        indexRow.addBindValue(text(normalizeForIndex(r.toList + u' ' + r.bccList)));
        indexRow.addBindValue(text(normalizeForIndex(r.ccList)));
        indexRow.addBindValue(text(normalizeForIndex(r.bodyText)));
        if (Status s = exec(indexRow, path()); !s)
            return s;
        ++outcome->inserted;
    }

    bool joined = false;
    QSqlQuery &member = prepared(QStringLiteral(
        "INSERT INTO message_folders(folder_id, message_id, date) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 folderId : item.folderIds) {
        member.addBindValue(folderId);
        member.addBindValue(id);
        member.addBindValue(r.dateMs);
        if (Status s = exec(member, path()); !s)
            return s;
        if (member.numRowsAffected() > 0) {
            joined = true;
            touched->insert(folderId);
        }
    }
    if (known)
        ++(joined ? outcome->addedToFolder : outcome->duplicates);
    outcome->ids.append(id);
    outcome->isNew.append(!known);
    return {};
}

Result<MailStore::BatchOutcome> MailStore::insertMessages(qint64 accountId, const QList<Item> &items)
{
    using R = Result<BatchOutcome>;
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return R::failure(describeSqlError(m_connection->db().lastError(), path()));
    BatchOutcome outcome;
    QSet<qint64> touched;
    for (const Item &item : items) {
        if (Status s = insertOne(accountId, item, &outcome, &touched); !s)
            return R::failure(s.error()); // the transaction rolls back: nothing half-written
    }
    if (!tx.commit())
        return R::failure(describeSqlError(m_connection->db().lastError(), path()));
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    return outcome;
}

Status MailStore::removeMessages(const QList<qint64> &messageIds)
{
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return Status::failure(describeSqlError(m_connection->db().lastError(), path()));
    QSet<qint64> touched;
    QSqlQuery &folders = prepared(QStringLiteral("SELECT folder_id FROM message_folders WHERE message_id = ?"));
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    for (qint64 id : messageIds) {
        folders.addBindValue(id);
        if (Status s = exec(folders, path()); !s)
            return s;
        while (folders.next())
            touched.insert(folders.value(0).toLongLong());
        folders.finish();
        remove.addBindValue(id);
        if (Status s = exec(remove, path()); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(describeSqlError(m_connection->db().lastError(), path()));
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    return {};
}

Status MailStore::checkIntegrity()
{
    QSqlQuery q(m_connection->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Status::failure(describeSqlError(q.lastError(), path()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return Status::failure(QCoreApplication::translate("Store", "The mail store is damaged: %1")
                                   .arg(problems.mid(0, 3).join(QLatin1String("; "))));
    // Compares the full-text index with its content rows; fails with SQLITE_CORRUPT_VTAB.
    if (!q.exec(QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)")))
        return Status::failure(
            QCoreApplication::translate("Store", "The search index is out of step with the messages"));
    return {};
}

} // namespace em::store
