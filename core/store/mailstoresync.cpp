// MailStore's side of provider sync and of the offline action queue: folder lists,
// change sets applied with their checkpoint in one transaction, bodies fetched later.
#include "mailstore.h"

#include "textindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace em::store {

namespace {
QVariant text(const QString &s)
{
    return textValue(s);
}

Status failedTransaction(QSqlDatabase &db, const QString &path)
{
    return Status::failure(describeSqlError(db.lastError(), path));
}
} // namespace

Result<QHash<QString, qint64>> MailStore::folderIds(qint64 accountId)
{
    using R = Result<QHash<QString, qint64>>;
    QSqlQuery &q = prepared(QStringLiteral("SELECT remote_id, id FROM folders WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (Status s = exec(q, path()); !s)
        return R::failure(s.error());
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return ids;
}

Result<QList<FolderRef>> MailStore::folders(qint64 accountId)
{
    using R = Result<QList<FolderRef>>;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id, name, path, kind, remote_id FROM folders WHERE account_id = ? ORDER BY path"));
    q.addBindValue(accountId);
    if (Status s = exec(q, path()); !s)
        return R::failure(s.error());
    QList<FolderRef> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), accountId, q.value(1).toString(), q.value(2).toString(),
                    folderKindFromName(q.value(3).toString()), q.value(4).toString()});
    q.finish();
    return out;
}

Result<QHash<QString, qint64>> MailStore::syncFolders(qint64 accountId, const QList<FolderSpec> &folders)
{
    using R = Result<QHash<QString, qint64>>;
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return R::failure(failedTransaction(m_connection->db(), path()).error());
    Result<QHash<QString, qint64>> before = folderIds(accountId);
    if (!before)
        return before;
    QSqlQuery &upsert = prepared(QStringLiteral(
        "INSERT INTO folders(account_id, remote_id, name, path, kind, color_bg, color_fg, hidden) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, remote_id) DO UPDATE SET name = excluded.name, "
        "path = excluded.path, kind = excluded.kind, color_bg = excluded.color_bg, color_fg = excluded.color_fg, "
        "hidden = excluded.hidden"));
    QSet<QString> listed;
    for (const FolderSpec &f : folders) {
        listed.insert(f.remoteId);
        for (const QVariant &v :
             {QVariant(accountId), text(f.remoteId), text(f.name), text(f.path), QVariant(folderKindName(f.kind)),
              text(f.colorBg), text(f.colorFg), QVariant(f.hidden ? 1 : 0)})
            upsert.addBindValue(v);
        if (Status s = exec(upsert, path()); !s)
            return R::failure(s.error());
    }
    QSet<qint64> touched;
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    for (auto it = before.value().cbegin(); it != before.value().cend(); ++it) {
        if (listed.contains(it.key()))
            continue;
        remove.addBindValue(it.value());
        if (Status s = exec(remove, path()); !s)
            return R::failure(s.error());
        touched.insert(it.value());
    }
    Result<QHash<QString, qint64>> after = folderIds(accountId);
    if (!after)
        return after;
    QSqlQuery &parent = prepared(QStringLiteral("UPDATE folders SET parent_id = ? WHERE id = ?"));
    for (const FolderSpec &f : folders) {
        const qint64 parentId = after.value().value(f.parentRemoteId);
        parent.addBindValue(parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)));
        parent.addBindValue(after.value().value(f.remoteId));
        if (Status s = exec(parent, path()); !s)
            return R::failure(s.error());
    }
    if (!tx.commit())
        return R::failure(failedTransaction(m_connection->db(), path()).error());
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    bool renamed = false;
    for (auto it = after.value().cbegin(); it != after.value().cend() && !renamed; ++it)
        renamed = !before.value().contains(it.key());
    if (renamed || !touched.isEmpty())
        Q_EMIT foldersChanged(accountId); // a folder came or went
    return after;
}

Status MailStore::applyUpsert(qint64 accountId, const SyncChanges &changes, const SyncChanges::Upsert &upsert,
                              SyncOutcome *outcome, QSet<qint64> *touched)
{
    QSqlQuery &existing = prepared(QStringLiteral(
        "SELECT id, flags, date, EXISTS (SELECT 1 FROM bodies b WHERE b.message_id = messages.id) FROM messages "
        "WHERE account_id = ? AND remote_id = ?"));
    existing.addBindValue(accountId);
    existing.addBindValue(text(upsert.record.remoteId));
    if (Status s = exec(existing, path()); !s)
        return s;
    const bool known = existing.next();
    const qint64 id = known ? existing.value(0).toLongLong() : 0;
    quint32 oldFlags = known ? quint32(existing.value(1).toLongLong()) : 0;
    qint64 date = known ? existing.value(2).toLongLong() : upsert.record.dateMs;
    const bool hasBody = known && existing.value(3).toBool();
    existing.finish();

    // Stored from an unreadable entry: a readable one now gives it the headers it lacked.
    // Broken goes too, unless a body stored meanwhile says the MIME itself is broken (rows
    // older than HeadersPending are known by Broken without a body).
    const bool readable = !(upsert.record.flags & MessageFlag::Broken);
    const bool refresh = known && readable &&
                         ((oldFlags & MessageFlag::HeadersPending) || ((oldFlags & MessageFlag::Broken) && !hasBody));
    if (refresh) {
        const quint32 settled = MessageFlag::HeadersPending | (hasBody ? 0u : quint32(MessageFlag::Broken));
        if (Status s = refreshHeaders(id, upsert.record, settled); !s)
            return s;
        oldFlags &= ~settled;
        date = upsert.record.dateMs;
    }

    qint64 messageId = id;
    if (!known) {
        BatchOutcome batch;
        if (Status s = insertOne(accountId, {upsert.record, upsert.folderIds}, &batch, touched); !s)
            return s;
        messageId = batch.ids.value(0);
        ++outcome->added;
        outcome->addedIds.append(messageId);
    } else {
        bool changedAny = refresh;
        const quint32 owned = changes.serverFlags & ~upsert.keepFlags;
        const quint32 flags = (oldFlags & ~owned) | (upsert.record.flags & owned);
        if (flags != oldFlags) {
            QSqlQuery &update = prepared(QStringLiteral("UPDATE messages SET flags = ? WHERE id = ?"));
            update.addBindValue(qint64(flags));
            update.addBindValue(id);
            if (Status s = exec(update, path()); !s)
                return s;
            changedAny = true;
        }
        QSqlQuery &current = prepared(QStringLiteral("SELECT folder_id FROM message_folders WHERE message_id = ?"));
        current.addBindValue(id);
        if (Status s = exec(current, path()); !s)
            return s;
        QSet<qint64> had;
        while (current.next())
            had.insert(current.value(0).toLongLong());
        current.finish();
        const QSet<qint64> want =
            upsert.keepFolders ? had : QSet<qint64>(upsert.folderIds.cbegin(), upsert.folderIds.cend());
        QSqlQuery &leave =
            prepared(QStringLiteral("DELETE FROM message_folders WHERE folder_id = ? AND message_id = ?"));
        for (qint64 f : had - want) {
            leave.addBindValue(f);
            leave.addBindValue(id);
            if (Status s = exec(leave, path()); !s)
                return s;
            touched->insert(f);
            changedAny = true;
        }
        QSqlQuery &join = prepared(QStringLiteral(
            "INSERT INTO message_folders(folder_id, message_id, date) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        for (qint64 f : want - had) {
            join.addBindValue(f);
            join.addBindValue(id);
            join.addBindValue(date);
            if (Status s = exec(join, path()); !s)
                return s;
            touched->insert(f);
            changedAny = true;
        }
        if (changedAny) {
            ++outcome->updated;
            for (qint64 f : want)
                touched->insert(f); // flags show in every folder the message is in
        }
    }
    if (changes.generation > 0) {
        QSqlQuery &stamp = prepared(QStringLiteral("UPDATE messages SET sync_gen = ? WHERE id = ?"));
        stamp.addBindValue(changes.generation);
        stamp.addBindValue(messageId);
        if (Status s = exec(stamp, path()); !s)
            return s;
    }
    return {};
}

Status MailStore::refreshHeaders(qint64 messageId, const MessageRecord &r, quint32 clearFlags)
{
    QSqlQuery &update = prepared(
        QStringLiteral("UPDATE messages SET message_id = ?, subject = ?, from_name = ?, from_address = ?, to_list = ?, "
                       "cc_list = ?, bcc_list = ?, date = ?, snippet = ?, flags = flags & ? WHERE id = ?"));
    for (const QVariant &v :
         {text(r.messageId), text(r.subject), text(r.fromName), text(r.fromAddress), text(r.toList), text(r.ccList),
          text(r.bccList), QVariant(r.dateMs), text(r.snippet), QVariant(qint64(~clearFlags)), QVariant(messageId)})
        update.addBindValue(v);
    if (Status s = exec(update, path()); !s)
        return s;
    QSqlQuery &listed = prepared(QStringLiteral("UPDATE message_folders SET date = ? WHERE message_id = ?"));
    listed.addBindValue(r.dateMs);
    listed.addBindValue(messageId);
    if (Status s = exec(listed, path()); !s)
        return s;
    QSqlQuery &index = prepared(
        QStringLiteral("UPDATE message_text SET subject = ?, sender = ?, recipients = ?, cc = ? WHERE id = ?"));
    index.addBindValue(text(normalizeForIndex(r.subject)));
    index.addBindValue(text(normalizeForIndex(r.fromName + u' ' + r.fromAddress)));
    index.addBindValue(text(normalizeForIndex(r.toList + u' ' + r.bccList)));
    index.addBindValue(text(normalizeForIndex(r.ccList)));
    index.addBindValue(messageId);
    return exec(index, path());
}

Status MailStore::applyDelta(qint64 accountId, const MessageDelta &delta, SyncOutcome *outcome, QSet<qint64> *touched)
{
    QSqlQuery &find =
        prepared(QStringLiteral("SELECT id, flags, date FROM messages WHERE account_id = ? AND remote_id = ?"));
    QSqlQuery &folders = prepared(QStringLiteral("SELECT folder_id FROM message_folders WHERE message_id = ?"));
    QSqlQuery &leave = prepared(QStringLiteral("DELETE FROM message_folders WHERE folder_id = ? AND message_id = ?"));
    QSqlQuery &join = prepared(QStringLiteral(
        "INSERT INTO message_folders(folder_id, message_id, date) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    QSqlQuery &setFlags = prepared(QStringLiteral("UPDATE messages SET flags = ? WHERE id = ?"));
    for (const QString &remoteId : delta.remoteIds) {
        find.addBindValue(accountId);
        find.addBindValue(text(remoteId));
        if (Status s = exec(find, path()); !s)
            return s;
        if (!find.next()) {
            find.finish();
            outcome->unknown.append(remoteId);
            continue;
        }
        const qint64 id = find.value(0).toLongLong();
        const quint32 oldFlags = quint32(find.value(1).toLongLong());
        const qint64 date = find.value(2).toLongLong();
        find.finish();
        folders.addBindValue(id);
        if (Status s = exec(folders, path()); !s)
            return s;
        QSet<qint64> had;
        while (folders.next())
            had.insert(folders.value(0).toLongLong());
        folders.finish();
        QSet<qint64> remove(delta.removeFolders.cbegin(), delta.removeFolders.cend());
        if (delta.removeFromAllFolders)
            remove = had;
        const QSet<qint64> add(delta.addFolders.cbegin(), delta.addFolders.cend());
        bool changedAny = false;
        for (qint64 f : (remove - add) & had) {
            leave.addBindValue(f);
            leave.addBindValue(id);
            if (Status s = exec(leave, path()); !s)
                return s;
            touched->insert(f);
            changedAny = true;
        }
        for (qint64 f : add - had) {
            join.addBindValue(f);
            join.addBindValue(id);
            join.addBindValue(date);
            if (Status s = exec(join, path()); !s)
                return s;
            if (join.numRowsAffected() > 0) {
                touched->insert(f);
                changedAny = true;
            }
        }
        const quint32 flags = (oldFlags | delta.setFlags) & ~delta.clearFlags;
        if (flags != oldFlags) {
            setFlags.addBindValue(qint64(flags));
            setFlags.addBindValue(id);
            if (Status s = exec(setFlags, path()); !s)
                return s;
            for (qint64 f : had + add)
                touched->insert(f);
            changedAny = true;
        }
        if (changedAny)
            ++outcome->updated;
    }
    return {};
}

Status MailStore::writeCheckpoints(qint64 accountId, const QHash<QString, QString> &checkpoints)
{
    QSqlQuery &put =
        prepared(QStringLiteral("INSERT INTO sync_state(account_id, scope, checkpoint, updated_at) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT(account_id, scope) DO UPDATE SET checkpoint = excluded.checkpoint, "
                                "updated_at = excluded.updated_at"));
    QSqlQuery &drop = prepared(QStringLiteral("DELETE FROM sync_state WHERE account_id = ? AND scope = ?"));
    for (auto it = checkpoints.cbegin(); it != checkpoints.cend(); ++it) {
        QSqlQuery &q = it.value().isEmpty() ? drop : put;
        q.addBindValue(accountId);
        q.addBindValue(text(it.key()));
        if (!it.value().isEmpty()) {
            q.addBindValue(it.value());
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        }
        if (Status s = exec(q, path()); !s)
            return s;
    }
    return {};
}

Result<SyncOutcome> MailStore::applySync(qint64 accountId, const SyncChanges &changes)
{
    using R = Result<SyncOutcome>;
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return R::failure(failedTransaction(m_connection->db(), path()).error());
    SyncOutcome outcome;
    QSet<qint64> touched;
    for (const SyncChanges::Upsert &u : changes.upserts)
        if (Status s = applyUpsert(accountId, changes, u, &outcome, &touched); !s)
            return R::failure(s.error()); // rolls back: nothing half-written
    QSqlQuery &find = prepared(QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?"));
    QList<qint64> doomed;
    for (const QString &remoteId : changes.removed) {
        find.addBindValue(accountId);
        find.addBindValue(text(remoteId));
        if (Status s = exec(find, path()); !s)
            return R::failure(s.error());
        if (find.next())
            doomed.append(find.value(0).toLongLong());
        find.finish();
    }
    QSqlQuery &folders = prepared(QStringLiteral("SELECT folder_id FROM message_folders WHERE message_id = ?"));
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    for (qint64 id : doomed) {
        folders.addBindValue(id);
        if (Status s = exec(folders, path()); !s)
            return R::failure(s.error());
        while (folders.next())
            touched.insert(folders.value(0).toLongLong());
        folders.finish();
        remove.addBindValue(id);
        if (Status s = exec(remove, path()); !s)
            return R::failure(s.error());
        ++outcome.removed;
    }
    for (const MessageDelta &d : changes.deltas)
        if (Status s = applyDelta(accountId, d, &outcome, &touched); !s)
            return R::failure(s.error());
    if (changes.sweepFolder) {
        QSqlQuery &leave = prepared(QStringLiteral("DELETE FROM message_folders WHERE folder_id = ? AND message_id IN "
                                                   "(SELECT id FROM messages WHERE account_id = ? AND sync_gen < ?)"));
        leave.addBindValue(changes.sweepFolder->folderId);
        leave.addBindValue(accountId);
        leave.addBindValue(changes.sweepFolder->generation);
        if (Status s = exec(leave, path()); !s)
            return R::failure(s.error());
        if (leave.numRowsAffected() > 0)
            touched.insert(changes.sweepFolder->folderId);
    }
    if (Status s = writeCheckpoints(accountId, changes.checkpoints); !s)
        return R::failure(s.error());
    QSqlQuery &addAction =
        prepared(QStringLiteral("INSERT INTO actions(account_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    for (const NewAction &a : changes.newActions) {
        addAction.addBindValue(accountId);
        addAction.addBindValue(text(a.kind));
        addAction.addBindValue(QString::fromUtf8(a.payload));
        addAction.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (Status s = exec(addAction, path()); !s)
            return R::failure(s.error());
        outcome.actionIds.append(addAction.lastInsertId().toLongLong());
    }
    QSqlQuery &dropAction = prepared(QStringLiteral("DELETE FROM actions WHERE id = ? AND account_id = ?"));
    for (qint64 id : changes.finishedActions) {
        dropAction.addBindValue(id);
        dropAction.addBindValue(accountId);
        if (Status s = exec(dropAction, path()); !s)
            return R::failure(s.error());
    }
    if (!tx.commit())
        return R::failure(failedTransaction(m_connection->db(), path()).error());
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    return outcome;
}

Result<QString> MailStore::checkpoint(qint64 accountId, const QString &scope)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT checkpoint FROM sync_state WHERE account_id = ? AND scope = ?"));
    q.addBindValue(accountId);
    q.addBindValue(text(scope));
    if (Status s = exec(q, path()); !s)
        return Result<QString>::failure(s.error());
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

Result<QStringList> MailStore::checkpointScopes(qint64 accountId, const QString &prefix)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT scope FROM sync_state WHERE account_id = ? AND substr(scope, 1, ?) = ?"));
    q.addBindValue(accountId);
    q.addBindValue(int(prefix.size()));
    q.addBindValue(text(prefix));
    if (Status s = exec(q, path()); !s)
        return Result<QStringList>::failure(s.error());
    QStringList scopes;
    while (q.next())
        scopes.append(q.value(0).toString());
    q.finish();
    return scopes;
}

Result<int> MailStore::removeOrphans(qint64 accountId)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM messages WHERE account_id = ? AND NOT EXISTS "
                                           "(SELECT 1 FROM message_folders mf WHERE mf.message_id = messages.id)"));
    q.addBindValue(accountId);
    if (Status s = exec(q, path()); !s)
        return Result<int>::failure(s.error());
    return q.numRowsAffected();
}

Result<int> MailStore::maxGeneration(qint64 accountId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT coalesce(max(sync_gen), 0) FROM messages WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (Status s = exec(q, path()); !s)
        return Result<int>::failure(s.error());
    const int gen = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return gen;
}

Status MailStore::markSynced(qint64 accountId, qint64 whenMs)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE accounts SET last_sync = ?, state = 'connected', state_detail = '' WHERE id = ? AND state = 'error'"));
    q.addBindValue(whenMs);
    q.addBindValue(accountId);
    if (Status s = exec(q, path()); !s)
        return s;
    const bool revived = q.numRowsAffected() > 0;
    QSqlQuery &time = prepared(QStringLiteral("UPDATE accounts SET last_sync = ? WHERE id = ?"));
    time.addBindValue(whenMs);
    time.addBindValue(accountId);
    if (Status s = exec(time, path()); !s)
        return s;
    if (revived)
        Q_EMIT accountsChanged();
    return {};
}

Result<QSet<QString>> MailStore::remoteIdsSeen(qint64 accountId, const QStringList &remoteIds, int generation)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT sync_gen FROM messages WHERE account_id = ? AND remote_id = ? AND sync_gen >= ?"));
    QSet<QString> seen;
    for (const QString &remoteId : remoteIds) {
        q.addBindValue(accountId);
        q.addBindValue(text(remoteId));
        q.addBindValue(generation);
        if (Status s = exec(q, path()); !s)
            return Result<QSet<QString>>::failure(s.error());
        if (q.next())
            seen.insert(remoteId);
        q.finish();
    }
    return seen;
}

Result<int> MailStore::sweep(qint64 accountId, int generation, const QHash<QString, QString> &checkpoints)
{
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return Result<int>::failure(failedTransaction(m_connection->db(), path()).error());
    QSet<qint64> touched;
    QSqlQuery &folders = prepared(
        QStringLiteral("SELECT DISTINCT mf.folder_id FROM message_folders mf JOIN messages m ON m.id = mf.message_id "
                       "WHERE m.account_id = ? AND m.sync_gen < ?"));
    folders.addBindValue(accountId);
    folders.addBindValue(generation);
    if (Status s = exec(folders, path()); !s)
        return Result<int>::failure(s.error());
    while (folders.next())
        touched.insert(folders.value(0).toLongLong());
    folders.finish();
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM messages WHERE account_id = ? AND sync_gen < ?"));
    remove.addBindValue(accountId);
    remove.addBindValue(generation);
    if (Status s = exec(remove, path()); !s)
        return Result<int>::failure(s.error());
    const int removed = remove.numRowsAffected();
    if (Status s = writeCheckpoints(accountId, checkpoints); !s)
        return Result<int>::failure(s.error());
    if (!tx.commit())
        return Result<int>::failure(failedTransaction(m_connection->db(), path()).error());
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    return removed;
}

Status MailStore::storeBody(qint64 accountId, const QString &remoteId, const MessageRecord &parsed)
{
    Transaction tx(m_connection->db());
    if (!tx.isOpen())
        return failedTransaction(m_connection->db(), path());
    QSqlQuery &find = prepared(QStringLiteral("SELECT id, flags FROM messages WHERE account_id = ? AND remote_id = ?"));
    find.addBindValue(accountId);
    find.addBindValue(text(remoteId));
    if (Status s = exec(find, path()); !s)
        return s;
    if (!find.next()) {
        find.finish();
        return Status::failure(QCoreApplication::translate("Store", "The message is no longer in the mail store"));
    }
    const qint64 id = find.value(0).toLongLong();
    quint32 flags = quint32(find.value(1).toLongLong());
    find.finish();

    QSqlQuery &body = prepared(QStringLiteral(
        "INSERT INTO bodies(message_id, raw, raw_size, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT(message_id) "
        "DO UPDATE SET raw = excluded.raw, raw_size = excluded.raw_size, stored_at = excluded.stored_at"));
    body.addBindValue(id);
    body.addBindValue(parsed.compressedRaw);
    body.addBindValue(parsed.rawSize);
    body.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (Status s = exec(body, path()); !s)
        return s;
    QSqlQuery &dropAttachments = prepared(QStringLiteral("DELETE FROM attachments WHERE message_id = ?"));
    dropAttachments.addBindValue(id);
    if (Status s = exec(dropAttachments, path()); !s)
        return s;
    QSqlQuery &attachment =
        prepared(QStringLiteral("INSERT INTO attachments(message_id, position, filename, mime_type, size, content_id, "
                                "is_inline) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < parsed.attachments.size(); ++i) {
        const AttachmentRow &a = parsed.attachments.at(i);
        for (const QVariant &v : {QVariant(id), QVariant(i), text(a.filename), text(a.mimeType), QVariant(a.size),
                                  text(a.contentId), QVariant(a.isInline ? 1 : 0)})
            attachment.addBindValue(v);
        if (Status s = exec(attachment, path()); !s)
            return s;
    }
    const quint32 bodyFlags = MessageFlag::HasAttachments | MessageFlag::Broken;
    flags = (flags & ~bodyFlags) | (parsed.flags & bodyFlags);
    QSqlQuery &update = prepared(QStringLiteral("UPDATE messages SET flags = ?, content_hash = ? WHERE id = ?"));
    update.addBindValue(qint64(flags));
    update.addBindValue(parsed.contentHash);
    update.addBindValue(id);
    if (Status s = exec(update, path()); !s)
        return s;
    QSqlQuery &index = prepared(QStringLiteral("UPDATE message_text SET body = ? WHERE id = ?"));
    index.addBindValue(text(normalizeForIndex(parsed.bodyText)));
    index.addBindValue(id);
    if (Status s = exec(index, path()); !s)
        return s;
    QSqlQuery &folders = prepared(QStringLiteral("SELECT folder_id FROM message_folders WHERE message_id = ?"));
    folders.addBindValue(id);
    if (Status s = exec(folders, path()); !s)
        return s;
    QSet<qint64> touched;
    while (folders.next())
        touched.insert(folders.value(0).toLongLong());
    folders.finish();
    if (!tx.commit())
        return failedTransaction(m_connection->db(), path());
    if (!touched.isEmpty())
        Q_EMIT changed(touched);
    return {};
}

Result<QStringList> MailStore::missingBodies(qint64 accountId, int limit)
{
    // Among the newest `limit` messages only: once those have bodies nothing more is
    // fetched (not the next newest, and the next, until the whole mailbox is downloaded).
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT remote_id FROM (SELECT id, remote_id, date FROM messages WHERE account_id = ? ORDER BY date DESC "
        "LIMIT ?) m WHERE NOT EXISTS (SELECT 1 FROM bodies b WHERE b.message_id = m.id) ORDER BY date DESC"));
    q.addBindValue(accountId);
    q.addBindValue(limit);
    if (Status s = exec(q, path()); !s)
        return Result<QStringList>::failure(s.error());
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    return ids;
}

Result<qint64> MailStore::messageIdForRemote(qint64 accountId, const QString &remoteId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(text(remoteId));
    if (Status s = exec(q, path()); !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QString> MailStore::remoteIdOf(qint64 messageId, qint64 *accountId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT remote_id, account_id FROM messages WHERE id = ?"));
    q.addBindValue(messageId);
    if (Status s = exec(q, path()); !s)
        return Result<QString>::failure(s.error());
    if (!q.next()) {
        q.finish();
        return Result<QString>::failure(
            QCoreApplication::translate("Store", "The message is no longer in the mail store"));
    }
    const QString remote = q.value(0).toString();
    if (accountId)
        *accountId = q.value(1).toLongLong();
    q.finish();
    return remote;
}

Result<QList<MailStore::ActionRow>> MailStore::actions(qint64 accountId, const QString &state)
{
    using R = Result<QList<ActionRow>>;
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT id, kind, payload, state, attempts, next_attempt_at, last_error FROM actions "
                                "WHERE account_id = ? AND state = ? ORDER BY id"));
    q.addBindValue(accountId);
    q.addBindValue(text(state));
    if (Status s = exec(q, path()); !s)
        return R::failure(s.error());
    QList<ActionRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8(),
                     q.value(3).toString(), q.value(4).toInt(), q.value(5).toLongLong(), q.value(6).toString()});
    q.finish();
    return rows;
}

Status MailStore::updateAction(const ActionRow &row)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE actions SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, payload = ? WHERE id = ?"));
    for (const QVariant &v : {text(row.state), QVariant(row.attempts), QVariant(row.nextAttemptAt), text(row.lastError),
                              QVariant(QString::fromUtf8(row.payload)), QVariant(row.id)})
        q.addBindValue(v);
    return exec(q, path());
}

} // namespace em::store
