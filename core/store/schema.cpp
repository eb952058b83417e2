#include "schema.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace em::store {

namespace {

// Step N takes the store from version N-1 to N. Never edit a released step: add one.
const char *const kStep1[] = {
    R"(CREATE TABLE accounts (
         id INTEGER PRIMARY KEY,
         provider TEXT NOT NULL,
         address TEXT NOT NULL,
         display_name TEXT NOT NULL DEFAULT '',
         state TEXT NOT NULL DEFAULT 'connected',
         last_sync INTEGER,
         created_at INTEGER NOT NULL,
         UNIQUE (provider, address)))",
    R"(CREATE TABLE folders (
         id INTEGER PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
         remote_id TEXT NOT NULL,
         name TEXT NOT NULL,
         path TEXT NOT NULL,
         parent_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
         kind TEXT NOT NULL DEFAULT 'user',
         color_bg TEXT,
         color_fg TEXT,
         UNIQUE (account_id, remote_id)))",
    R"(CREATE TABLE messages (
         id INTEGER PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
         remote_id TEXT NOT NULL,
         message_id TEXT NOT NULL DEFAULT '',
         thread_key TEXT NOT NULL DEFAULT '',
         in_reply_to TEXT NOT NULL DEFAULT '',
         refs TEXT NOT NULL DEFAULT '',
         subject TEXT NOT NULL DEFAULT '',
         from_name TEXT NOT NULL DEFAULT '',
         from_address TEXT NOT NULL DEFAULT '',
         to_list TEXT NOT NULL DEFAULT '',
         cc_list TEXT NOT NULL DEFAULT '',
         bcc_list TEXT NOT NULL DEFAULT '',
         date INTEGER NOT NULL DEFAULT 0,
         utc_offset INTEGER NOT NULL DEFAULT 0,
         snippet TEXT NOT NULL DEFAULT '',
         size INTEGER NOT NULL DEFAULT 0,
         flags INTEGER NOT NULL DEFAULT 0,
         content_hash BLOB,
         UNIQUE (account_id, remote_id)))",
    "CREATE INDEX messages_by_message_id ON messages(account_id, message_id)",
    "CREATE INDEX messages_by_thread ON messages(account_id, thread_key)",
    "CREATE INDEX messages_by_date ON messages(date DESC)",
    // Folder membership: many-to-many (Gmail labels); one row per message for Graph
    // folders. The date is repeated so a folder lists newest first from the index alone.
    R"(CREATE TABLE message_folders (
         folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
         message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
         date INTEGER NOT NULL DEFAULT 0,
         PRIMARY KEY (folder_id, message_id)) WITHOUT ROWID)",
    "CREATE INDEX message_folders_by_message ON message_folders(message_id)",
    "CREATE INDEX message_folders_by_date ON message_folders(folder_id, date DESC)",
    R"(CREATE TABLE bodies (
         message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
         raw BLOB NOT NULL,
         raw_size INTEGER NOT NULL,
         stored_at INTEGER NOT NULL))",
    R"(CREATE TABLE attachments (
         id INTEGER PRIMARY KEY,
         message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
         position INTEGER NOT NULL,
         filename TEXT NOT NULL DEFAULT '',
         mime_type TEXT NOT NULL DEFAULT '',
         size INTEGER NOT NULL DEFAULT 0,
         content_id TEXT NOT NULL DEFAULT '',
         is_inline INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX attachments_by_message ON attachments(message_id)",
    R"(CREATE TABLE sync_state (
         account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
         scope TEXT NOT NULL,
         checkpoint TEXT NOT NULL,
         updated_at INTEGER NOT NULL,
         PRIMARY KEY (account_id, scope)))",
    R"(CREATE TABLE actions (
         id INTEGER PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
         kind TEXT NOT NULL,
         payload TEXT NOT NULL,
         state TEXT NOT NULL DEFAULT 'pending',
         attempts INTEGER NOT NULL DEFAULT 0,
         next_attempt_at INTEGER NOT NULL DEFAULT 0,
         last_error TEXT NOT NULL DEFAULT '',
         created_at INTEGER NOT NULL))",
    "CREATE INDEX actions_pending ON actions(account_id, state, id)",
    R"(CREATE TABLE outbox (
         id INTEGER PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
         client_message_id TEXT NOT NULL UNIQUE,
         mime BLOB NOT NULL,
         state TEXT NOT NULL DEFAULT 'queued',
         attempts INTEGER NOT NULL DEFAULT 0,
         last_error TEXT NOT NULL DEFAULT '',
         remote_id TEXT NOT NULL DEFAULT '',
         created_at INTEGER NOT NULL))",
    // The text the search index covers, kept as the FTS5 external content: the
    // triggers below keep the index exactly in step with these rows.
    R"(CREATE TABLE message_text (
         id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
         subject TEXT NOT NULL DEFAULT '',
         sender TEXT NOT NULL DEFAULT '',
         recipients TEXT NOT NULL DEFAULT '',
         cc TEXT NOT NULL DEFAULT '',
         body TEXT NOT NULL DEFAULT ''))",
    R"(CREATE VIRTUAL TABLE message_fts USING fts5(
         subject, sender, recipients, cc, body,
         content='message_text', content_rowid='id',
         tokenize='unicode61 remove_diacritics 2', prefix='3'))",
    R"(CREATE TRIGGER message_text_ai AFTER INSERT ON message_text BEGIN
         INSERT INTO message_fts(rowid, subject, sender, recipients, cc, body)
         VALUES (new.id, new.subject, new.sender, new.recipients, new.cc, new.body);
       END)",
    R"(CREATE TRIGGER message_text_ad AFTER DELETE ON message_text BEGIN
         INSERT INTO message_fts(message_fts, rowid, subject, sender, recipients, cc, body)
         VALUES ('delete', old.id, old.subject, old.sender, old.recipients, old.cc, old.body);
       END)",
    R"(CREATE TRIGGER message_text_au AFTER UPDATE ON message_text BEGIN
         INSERT INTO message_fts(message_fts, rowid, subject, sender, recipients, cc, body)
         VALUES ('delete', old.id, old.subject, old.sender, old.recipients, old.cc, old.body);
         INSERT INTO message_fts(rowid, subject, sender, recipients, cc, body)
         VALUES (new.id, new.subject, new.sender, new.recipients, new.cc, new.body);
       END)",
};

// Step 2: why an account needs attention (re-authorization, an error), in words.
const char *const kStep2[] = {
    "ALTER TABLE accounts ADD COLUMN state_detail TEXT NOT NULL DEFAULT ''",
};

// Step 3: provider sync. sync_gen marks the messages a full sync saw (the rest are swept
// when it ends); hidden keeps labels the user hid in the provider's own client.
const char *const kStep3[] = {
    "ALTER TABLE messages ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE folders ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
};

// Step 4: the message list. Each message belongs to a conversation (threads: one row per
// account and thread key), and each folder membership repeats the conversation and the
// unread state, kept in step by triggers: a folder lists its messages with their
// conversations, and counts its unread, from one index without touching the messages.
#define EM_THREAD_KEY "CASE WHEN new.thread_key = '' THEN '#' || new.id ELSE new.thread_key END"
const char *const kStep4[] = {
    R"(CREATE TABLE threads (
         id INTEGER PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
         key TEXT NOT NULL,
         UNIQUE (account_id, key)))",
    "ALTER TABLE messages ADD COLUMN thread_id INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE message_folders ADD COLUMN thread_id INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE message_folders ADD COLUMN unread INTEGER NOT NULL DEFAULT 0",
    "INSERT OR IGNORE INTO threads(account_id, key) SELECT account_id, "
    "CASE WHEN thread_key = '' THEN '#' || id ELSE thread_key END FROM messages",
    "UPDATE messages SET thread_id = (SELECT t.id FROM threads t WHERE t.account_id = messages.account_id AND t.key = "
    "CASE WHEN messages.thread_key = '' THEN '#' || messages.id ELSE messages.thread_key END)",
    // Qualified: a bare message_id inside the subquery would be messages.message_id.
    "UPDATE message_folders SET "
    "thread_id = (SELECT m.thread_id FROM messages m WHERE m.id = message_folders.message_id), "
    "unread = (SELECT (m.flags & 1) = 0 FROM messages m WHERE m.id = message_folders.message_id)",
    R"(CREATE TRIGGER messages_thread_ai AFTER INSERT ON messages BEGIN
         INSERT OR IGNORE INTO threads(account_id, key) VALUES (new.account_id, )" EM_THREAD_KEY R"();
         UPDATE messages SET thread_id = (SELECT id FROM threads WHERE account_id = new.account_id
           AND key = )" EM_THREAD_KEY R"() WHERE id = new.id;
       END)",
    R"(CREATE TRIGGER messages_thread_au AFTER UPDATE OF thread_key ON messages BEGIN
         INSERT OR IGNORE INTO threads(account_id, key) VALUES (new.account_id, )" EM_THREAD_KEY R"();
         UPDATE messages SET thread_id = (SELECT id FROM threads WHERE account_id = new.account_id
           AND key = )" EM_THREAD_KEY R"() WHERE id = new.id;
       END)",
    R"(CREATE TRIGGER messages_thread_id_au AFTER UPDATE OF thread_id ON messages BEGIN
         UPDATE message_folders SET thread_id = new.thread_id WHERE message_id = new.id;
       END)",
    R"(CREATE TRIGGER messages_unread_au AFTER UPDATE OF flags ON messages
       WHEN (old.flags & 1) != (new.flags & 1) BEGIN
         UPDATE message_folders SET unread = ((new.flags & 1) = 0) WHERE message_id = new.id;
       END)",
    R"(CREATE TRIGGER message_folders_ai AFTER INSERT ON message_folders BEGIN
         UPDATE message_folders SET
           thread_id = (SELECT thread_id FROM messages WHERE id = new.message_id),
           unread = (SELECT (flags & 1) = 0 FROM messages WHERE id = new.message_id)
         WHERE folder_id = new.folder_id AND message_id = new.message_id;
       END)",
    "DROP INDEX message_folders_by_date",
    "CREATE INDEX message_folders_by_date ON message_folders(folder_id, date DESC, thread_id)",
    "CREATE INDEX message_folders_unread ON message_folders(folder_id) WHERE unread = 1",
    // The reader's conversation, by one index instead of a walk of every message.
    "CREATE INDEX messages_by_thread_id ON messages(thread_id, date)",
};
#undef EM_THREAD_KEY

struct Step
{
    const char *const *statements;
    size_t count;
};
const Step kSteps[] = {
    {kStep1, std::size(kStep1)}, {kStep2, std::size(kStep2)}, {kStep3, std::size(kStep3)}, {kStep4, std::size(kStep4)}};
static_assert(std::size(kSteps) == kSchemaVersion, "one migration step per schema version");

Result<int> userVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Result<int>::failure(describeSqlError(q.lastError(), path));
    return q.value(0).toInt();
}

} // namespace

Status checkSchema(QSqlDatabase &db, const QString &path)
{
    const Result<int> version = userVersion(db, path);
    if (!version)
        return Status::failure(version.error());
    if (version.value() > kSchemaVersion)
        return Status::failure(
            QCoreApplication::translate("Store", "The mail store %1 was written by a newer Email Manager").arg(path));
    if (version.value() == 0)
        return Status::failure(QCoreApplication::translate("Store", "%1 is not an Email Manager mail store").arg(path));
    return {};
}

Status migrate(QSqlDatabase &db, const QString &path, int upTo)
{
    const Result<int> version = userVersion(db, path);
    if (!version)
        return Status::failure(version.error());
    if (version.value() > kSchemaVersion)
        return checkSchema(db, path);
    if (version.value() == 0) {
        // A foreign SQLite file must not be turned into a mail store.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0)
            return Status::failure(
                QCoreApplication::translate("Store", "%1 is an SQLite database of another program").arg(path));
    }
    for (int v = version.value(); v < qMin(upTo, kSchemaVersion); ++v) {
        if (!db.transaction())
            return Status::failure(describeSqlError(db.lastError(), path));
        const Step &step = kSteps[v];
        for (size_t i = 0; i < step.count; ++i) {
            if (Status s = execSql(db, QString::fromUtf8(step.statements[i]), path); !s) {
                db.rollback();
                return s;
            }
        }
        if (Status s = execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(v + 1), path); !s) {
            db.rollback();
            return s;
        }
        if (!db.commit()) {
            db.rollback();
            return Status::failure(describeSqlError(db.lastError(), path));
        }
    }
    return {};
}

} // namespace em::store
