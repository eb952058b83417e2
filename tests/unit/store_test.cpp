#include "ingest/recordbuilder.h"
#include "store/mailstore.h"
#include "store/schema.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace em::store;

namespace {

MessageRecord record(const QString &remoteId, const QString &messageId, const QStringList &references = {},
                     const QString &subject = QStringLiteral("subject"))
{
    MessageRecord r;
    r.remoteId = remoteId;
    r.messageId = messageId;
    r.references = references;
    r.inReplyTo = references.isEmpty() ? QString() : references.last();
    r.subject = subject;
    r.fromAddress = QStringLiteral("alice@example.com");
    r.bodyText = QStringLiteral("body of ") + subject;
    r.dateMs = 1700000000000;
    return r;
}

struct Fixture : ::testing::Test
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("mail.sqlite")); }
    std::unique_ptr<MailStore> store;
    qint64 account = 0;
    qint64 inbox = 0;

    void SetUp() override
    {
        auto s = MailStore::open(path());
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
        store = std::move(s).value();
        account = store->ensureAccount(QStringLiteral("gmail"), QStringLiteral("a@example.com"), {}).value();
        inbox = store
                    ->ensureFolder(account, QStringLiteral("INBOX"), QStringLiteral("Inbox"), QStringLiteral("Inbox"),
                                   FolderKind::Inbox)
                    .value()
                    .id;
    }

    qint64 count(const QString &sql)
    {
        auto reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        qint64 n = -1;
        {
            reader.setDatabaseName(path());
            reader.open();
            QSqlQuery q(reader);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return n;
    }
};

} // namespace

TEST_F(Fixture, SchemaIsCreatedOnceAndReopens)
{
    EXPECT_EQ(count(QStringLiteral("PRAGMA user_version")), kSchemaVersion);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM accounts")), 1);
    store.reset();
    auto again = MailStore::open(path());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value()->ensureAccount(QStringLiteral("gmail"), QStringLiteral("a@example.com"), {}).value(),
              account);
    auto probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
    {
        probe.setDatabaseName(path());
        ASSERT_TRUE(probe.open());
        QSqlQuery q(probe);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    probe.close();
    probe = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
}

TEST(StoreOpen, NewStoresAreTheUsersAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/sub/mail.sqlite"));
    auto store = MailStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().toStdString();
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_EQ(QFile::permissions(dir.filePath(QStringLiteral("new/sub"))) &
                  (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
              QFile::Permissions());
    EXPECT_TRUE(QFile::permissions(path) & QFile::WriteOwner);
}

TEST_F(Fixture, InsertsAreIdempotentAndFolderMembershipIsManyToMany)
{
    const qint64 starred = store
                               ->ensureFolder(account, QStringLiteral("STARRED"), QStringLiteral("Starred"),
                                              QStringLiteral("Starred"), FolderKind::Starred)
                               .value()
                               .id;
    QSignalSpy changed(store.get(), &MailStore::changed);
    auto first = store->insertMessages(account, {{record(QStringLiteral("r1"), QStringLiteral("m1@x")), {inbox}}});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().inserted, 1);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QSet<qint64>>(), QSet<qint64>{inbox});

    auto again = store->insertMessages(account, {{record(QStringLiteral("r1"), QStringLiteral("m1@x")), {inbox}}});
    EXPECT_EQ(again.value().inserted, 0);
    EXPECT_EQ(again.value().duplicates, 1);
    EXPECT_EQ(changed.size(), 1) << "nothing changed, nothing announced";

    auto labelled =
        store->insertMessages(account, {{record(QStringLiteral("r1"), QStringLiteral("m1@x")), {inbox, starred}}});
    EXPECT_EQ(labelled.value().addedToFolder, 1);
    EXPECT_EQ(labelled.value().ids, first.value().ids);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_folders")), 2);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Fixture, AFailedBatchLeavesNothingHalfWritten)
{
    QList<MailStore::Item> batch;
    for (int i = 0; i < 50; ++i)
        batch.append({record(QStringLiteral("ok%1").arg(i), QStringLiteral("ok%1@x").arg(i)), {inbox}});
    batch.append({record(QStringLiteral("bad"), QStringLiteral("bad@x")), {987654}}); // no such folder
    auto outcome = store->insertMessages(account, batch);
    ASSERT_FALSE(outcome.ok());
    EXPECT_FALSE(outcome.error().isEmpty());
    EXPECT_FALSE(outcome.error().contains(QLatin1String("INSERT"))) << "no SQL in messages";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_text")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'body'")), 0);
    // The store is still usable afterwards.
    batch.removeLast();
    EXPECT_EQ(store->insertMessages(account, batch).value().inserted, 50);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Fixture, SearchIndexStaysInStepWithDeletes)
{
    auto outcome = store->insertMessages(
        account, {{record(QStringLiteral("a"), QStringLiteral("a@x"), {}, QStringLiteral("alpha")), {inbox}},
                  {record(QStringLiteral("b"), QStringLiteral("b@x"), {}, QStringLiteral("beta")), {inbox}}});
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'alpha'")), 1);
    ASSERT_TRUE(store->removeMessages({outcome.value().ids.at(0)}).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'alpha'")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'beta'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_folders")), 1);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Fixture, ThreadsFormWhateverOrderMessagesArriveIn)
{
    // Grandchild first, then the root, then the child with only In-Reply-To.
    const QStringList chain = {QStringLiteral("root@x"), QStringLiteral("child@x")};
    auto grandchild = record(QStringLiteral("g"), QStringLiteral("grandchild@x"), chain);
    auto root = record(QStringLiteral("r"), QStringLiteral("root@x"));
    auto child = record(QStringLiteral("c"), QStringLiteral("child@x"));
    child.inReplyTo = QStringLiteral("root@x");
    auto unrelated = record(QStringLiteral("u"), QStringLiteral("other@x"));
    ASSERT_TRUE(store->insertMessages(account, {{grandchild, {inbox}}}).ok());
    ASSERT_TRUE(store->insertMessages(account, {{root, {inbox}}, {child, {inbox}}, {unrelated, {inbox}}}).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(DISTINCT thread_key) FROM messages")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE thread_key = 'root@x'")), 3);

    // A reply to a message whose thread was named by the provider joins that thread.
    auto gmail = record(QStringLiteral("p1"), QStringLiteral("p1@x"));
    gmail.threadKey = QStringLiteral("thread-17");
    auto reply = record(QStringLiteral("p2"), QStringLiteral("p2@x"), {QStringLiteral("p1@x")});
    ASSERT_TRUE(store->insertMessages(account, {{gmail, {inbox}}, {reply, {inbox}}}).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE thread_key = 'thread-17'")), 2);
}

TEST(StoreOpen, RefusesWhatIsNotAStore)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    auto store = MailStore::open(junk);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().contains(QLatin1String("not an Email Manager mail store")))
        << store.error().toStdString();
    EXPECT_EQ(em::test::readFile(junk), QByteArray(8192, 'x')) << "nothing was written to it";

    auto reader = StoreReader::open(dir.filePath(QStringLiteral("missing.sqlite")));
    ASSERT_FALSE(reader.ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));

    auto folder = MailStore::open(dir.path());
    EXPECT_FALSE(folder.ok());
}

TEST(StoreOpen, RefusesAnotherProgramsDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto store = MailStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().contains(QLatin1String("another program")));
}

TEST(StoreOpen, UnwritableLocationIsReported)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    // A folder that cannot exist: its parent is a file. (Root ignores permission bits.)
    auto store = MailStore::open(file + QStringLiteral("/sub/mail.sqlite"));
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().contains(QLatin1String("Cannot create the folder"))) << store.error().toStdString();
}

// --- Provider sync and the action queue (mailstoresync.cpp, sync/actionqueue.cpp) ---

#include "sync/actionqueue.h"

namespace {
SyncChanges::Upsert upsert(const QString &remoteId, QList<qint64> folders, quint32 flags)
{
    SyncChanges::Upsert u;
    u.record = record(remoteId, remoteId + QStringLiteral("@example.com"));
    u.record.flags = flags;
    u.folderIds = std::move(folders);
    return u;
}
} // namespace

TEST_F(Fixture, AnUpsertReplacesFoldersAndServerFlagsButKeepsLocalFlags)
{
    const qint64 work = store
                            ->ensureFolder(account, QStringLiteral("L1"), QStringLiteral("Work"),
                                           QStringLiteral("Work"), FolderKind::User)
                            .value()
                            .id;
    SyncChanges first;
    first.upserts = {upsert(QStringLiteral("m1"), {inbox, work}, Read)};
    ASSERT_EQ(store->applySync(account, first).value().added, 1);
    // A local flag the server does not own (set when the body came) must survive.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE messages SET flags = flags | 16"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    SyncChanges second;
    second.upserts = {upsert(QStringLiteral("m1"), {work}, Starred)};
    const SyncOutcome o = store->applySync(account, second).value();
    EXPECT_EQ(o.added, 0);
    EXPECT_EQ(o.updated, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'm1'")), Starred | HasAttachments);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_folders")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT folder_id FROM message_folders")), work);
}

TEST_F(Fixture, AnUnreadableEntryKeepsWhatItCouldNotTell)
{
    const qint64 work = store
                            ->ensureFolder(account, QStringLiteral("L1"), QStringLiteral("Work"),
                                           QStringLiteral("Work"), FolderKind::User)
                            .value()
                            .id;
    SyncChanges first;
    first.upserts = {upsert(QStringLiteral("m1"), {inbox, work}, Read | Starred)};
    ASSERT_EQ(store->applySync(account, first).value().added, 1);
    // The read state and the folders could not be read; the star could (and is off now).
    SyncChanges partial;
    SyncChanges::Upsert u = upsert(QStringLiteral("m1"), {}, Broken);
    u.keepFlags = Read;
    u.keepFolders = true;
    partial.upserts = {u};
    EXPECT_EQ(store->applySync(account, partial).value().updated, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'm1'")), Read);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_folders")), 2);
    // A new message has nothing to keep: it takes the record as it is, flagged.
    SyncChanges fresh;
    SyncChanges::Upsert n = upsert(QStringLiteral("m2"), {inbox}, Broken);
    n.keepFlags = partial.serverFlags;
    n.keepFolders = true;
    fresh.upserts = {n};
    EXPECT_EQ(store->applySync(account, fresh).value().added, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'm2'")), Broken);
    EXPECT_EQ(
        count(QStringLiteral("SELECT mf.folder_id FROM message_folders mf JOIN messages m ON m.id = mf.message_id "
                             "WHERE m.remote_id = 'm2'")),
        inbox);
    // The next readable entry gives it the headers it lacked, in the list and the index.
    SyncChanges readable;
    SyncChanges::Upsert r = upsert(QStringLiteral("m2"), {inbox}, Read);
    r.record.subject = QStringLiteral("Quarterly figures");
    r.record.dateMs = 1800000000000;
    readable.upserts = {r};
    EXPECT_EQ(store->applySync(account, readable).value().updated, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'm2'")), Read);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE remote_id = 'm2' AND subject = "
                                   "'Quarterly figures' AND date = 1800000000000")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_folders WHERE date = 1800000000000")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'quarterly'")), 1);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Fixture, HeadersAnUnreadableEntryLackedComeWithTheNextReadableOneEvenAfterTheBody)
{
    // Two new messages known only from unreadable entries, both opened before a readable
    // entry came: one body is sound MIME, the other is not.
    SyncChanges unreadable;
    unreadable.upserts = {upsert(QStringLiteral("sound"), {inbox}, Broken | HeadersPending),
                          upsert(QStringLiteral("junk"), {inbox}, Broken | HeadersPending)};
    for (SyncChanges::Upsert &u : unreadable.upserts) {
        u.record.fromAddress.clear();
        u.keepFlags = unreadable.serverFlags;
    }
    ASSERT_EQ(store->applySync(account, unreadable).value().added, 2);
    const auto body = [](const QByteArray &raw, const QString &id) {
        return em::ingest::buildRecord({raw, {}, 0, id, {}, 0, {}});
    };
    const MessageRecord sound =
        body("From: Ann <ann@example.com>\r\nSubject: sound\r\n\r\nhello\r\n", QStringLiteral("sound"));
    ASSERT_FALSE(sound.flags & Broken);
    ASSERT_TRUE(store->storeBody(account, QStringLiteral("sound"), sound).ok());
    MessageRecord junk = body("\x01\x02 not a message\r\n", QStringLiteral("junk"));
    junk.flags |= Broken; // as the parser marks MIME it cannot read
    ASSERT_TRUE(store->storeBody(account, QStringLiteral("junk"), junk).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'sound'")), HeadersPending);
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'junk'")), Broken | HeadersPending);

    SyncChanges readable;
    for (const QString &id : {QStringLiteral("sound"), QStringLiteral("junk")}) {
        SyncChanges::Upsert u = upsert(id, {inbox}, Read);
        u.record.fromAddress = QStringLiteral("ann@example.com");
        readable.upserts.append(u);
    }
    ASSERT_EQ(store->applySync(account, readable).value().updated, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages WHERE from_address = 'ann@example.com'")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'sound'")), Read);
    // The MIME is still what it is: only the headers were waiting.
    EXPECT_EQ(count(QStringLiteral("SELECT flags FROM messages WHERE remote_id = 'junk'")), Read | Broken);
    // A further readable entry changes nothing more (the headers are no longer pending).
    EXPECT_EQ(store->applySync(account, readable).value().updated, 0);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Fixture, ACheckpointLandsOnlyWithTheRowsItCovers)
{
    SyncChanges bad;
    bad.upserts = {upsert(QStringLiteral("m1"), {inbox}, 0), upsert(QStringLiteral("m2"), {987654}, 0)};
    bad.checkpoints.insert(QStringLiteral("gmail.history"), QStringLiteral("42"));
    EXPECT_FALSE(store->applySync(account, bad).ok()); // no folder 987654: the whole change is refused
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages")), 0);
    EXPECT_EQ(store->checkpoint(account, QStringLiteral("gmail.history")).value(), QString());
    SyncChanges good;
    good.upserts = {upsert(QStringLiteral("m1"), {inbox}, 0)};
    good.checkpoints.insert(QStringLiteral("gmail.history"), QStringLiteral("42"));
    ASSERT_TRUE(store->applySync(account, good).ok());
    EXPECT_EQ(store->checkpoint(account, QStringLiteral("gmail.history")).value(), QStringLiteral("42"));
    good.upserts.clear();
    good.checkpoints.insert(QStringLiteral("gmail.history"), QString()); // empty: deleted
    ASSERT_TRUE(store->applySync(account, good).ok());
    EXPECT_EQ(store->checkpoint(account, QStringLiteral("gmail.history")).value(), QString());
}

TEST_F(Fixture, ASweepRemovesWhatAFullSyncDidNotSeeAndKeepsTheBodiesOfTheRest)
{
    SyncChanges old;
    old.generation = 1;
    old.upserts = {upsert(QStringLiteral("kept"), {inbox}, 0), upsert(QStringLiteral("gone"), {inbox}, 0)};
    ASSERT_TRUE(store->applySync(account, old).ok());
    MessageRecord parsed = em::ingest::buildRecord(
        {QByteArray("Subject: kept\r\nMessage-ID: <kept@example.com>\r\n\r\nthe word xylophone\r\n"),
         {},
         0,
         QStringLiteral("kept"),
         {},
         0,
         {}});
    ASSERT_TRUE(store->storeBody(account, QStringLiteral("kept"), parsed).ok());
    SyncChanges seen;
    seen.generation = 2;
    seen.upserts = {upsert(QStringLiteral("kept"), {inbox}, 0)};
    ASSERT_TRUE(store->applySync(account, seen).ok());
    EXPECT_EQ(store->remoteIdsSeen(account, {QStringLiteral("kept"), QStringLiteral("gone")}, 2).value(),
              QSet<QString>{QStringLiteral("kept")});
    EXPECT_EQ(store->sweep(account, 2, {{QStringLiteral("gmail.full"), QString()}}).value(), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM messages")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM bodies")), 1);
    // The body's text is searchable, and the index matches its rows.
    auto reader = StoreReader::open(path());
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(reader.value()->search(QStringLiteral("xylophone"), 10).value().size(), 1);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Fixture, QueuedActionsChangeTheLocalCopyAtOnceAndPersistInOrder)
{
    const qint64 trash = store
                             ->ensureFolder(account, QStringLiteral("TRASH"), QStringLiteral("Trash"),
                                            QStringLiteral("Trash"), FolderKind::Trash)
                             .value()
                             .id;
    SyncChanges seed;
    seed.upserts = {upsert(QStringLiteral("m1"), {inbox}, 0), upsert(QStringLiteral("m2"), {inbox}, Read)};
    ASSERT_TRUE(store->applySync(account, seed).ok());
    em::sync::ActionQueue labels(*store, account, em::sync::FolderModel::Labels);
    em::sync::Action read;
    read.kind = em::sync::ActionKind::MarkRead;
    read.remoteIds = {QStringLiteral("m1")};
    const qint64 first = labels.enqueue(read).value();
    em::sync::Action trashIt;
    trashIt.kind = em::sync::ActionKind::Trash;
    trashIt.remoteIds = {QStringLiteral("m2")};
    const qint64 second = labels.enqueue(trashIt).value();
    EXPECT_LT(first, second);
    EXPECT_EQ(count(QStringLiteral("SELECT flags & 1 FROM messages WHERE remote_id = 'm1'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT group_concat(folder_id) FROM message_folders mf JOIN messages m ON "
                                   "m.id = mf.message_id WHERE m.remote_id = 'm2'")),
              trash);
    const auto pending = labels.pending().value();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending.at(0).kind, em::sync::ActionKind::MarkRead);
    EXPECT_EQ(pending.at(1).remoteIds, QStringList{QStringLiteral("m2")});
    // A folder the account does not have: refused, nothing changed.
    em::sync::Action move;
    move.kind = em::sync::ActionKind::Move;
    move.folder = QStringLiteral("nowhere");
    move.remoteIds = {QStringLiteral("m1")};
    EXPECT_FALSE(labels.enqueue(move).ok());
    EXPECT_EQ(labels.pending().value().size(), 2);
    ASSERT_TRUE(labels.done({first}).ok());
    EXPECT_EQ(labels.pending().value().size(), 1);
    ASSERT_TRUE(labels.fail(pending.at(1), QStringLiteral("refused")).ok());
    EXPECT_TRUE(labels.pending().value().isEmpty());
    EXPECT_EQ(labels.failed().value().size(), 1);

    // Folders (Outlook): trash moves out of every folder; labels are refused.
    em::sync::ActionQueue folders(*store, account, em::sync::FolderModel::SingleFolder);
    em::sync::Action untrash;
    untrash.kind = em::sync::ActionKind::Untrash;
    untrash.remoteIds = {QStringLiteral("m2")};
    ASSERT_TRUE(folders.enqueue(untrash).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT group_concat(folder_id) FROM message_folders mf JOIN messages m ON "
                                   "m.id = mf.message_id WHERE m.remote_id = 'm2'")),
              inbox);
    em::sync::Action label;
    label.kind = em::sync::ActionKind::AddLabel;
    label.folder = QStringLiteral("INBOX");
    label.remoteIds = {QStringLiteral("m1")};
    EXPECT_FALSE(folders.enqueue(label).ok());
}

// --- The message list and the folder pane (storelists.cpp, schema step 4) ---

TEST_F(Fixture, ListsComeFromTheFolderIndexWithConversationsAndUnreadCounts)
{
    const qint64 work = store
                            ->ensureFolder(account, QStringLiteral("L1"), QStringLiteral("Work"),
                                           QStringLiteral("Work"), FolderKind::User)
                            .value()
                            .id;
    // A conversation of three (the reply arrives before its parent), and two loners.
    QList<MailStore::Item> items;
    auto add = [&](const QString &remote, const QString &messageId, const QStringList &refs, qint64 date,
                   const QString &subject, const QString &from, QList<qint64> folders) {
        MessageRecord r = record(remote, messageId, refs, subject);
        r.dateMs = date;
        r.fromName = from;
        items.append({r, folders});
    };
    add(QStringLiteral("r2"), QStringLiteral("b@x"), {QStringLiteral("a@x")}, 2000, QStringLiteral("Re: plan"),
        QStringLiteral("Bob"), {inbox});
    add(QStringLiteral("r1"), QStringLiteral("a@x"), {}, 1000, QStringLiteral("plan"), QStringLiteral("alice"),
        {inbox, work});
    add(QStringLiteral("r3"), QStringLiteral("c@x"), {QStringLiteral("a@x"), QStringLiteral("b@x")}, 3000,
        QStringLiteral("Re: plan"), QStringLiteral("Carol"), {inbox});
    add(QStringLiteral("r4"), QStringLiteral("d@x"), {}, 2500, QStringLiteral("Lunch"), QStringLiteral("dave"),
        {inbox});
    add(QStringLiteral("r5"), QStringLiteral("e@x"), {}, 500, QStringLiteral("zebra"), QStringLiteral("Eve"), {work});
    const auto inserted = store->insertMessages(account, items);
    ASSERT_TRUE(inserted.ok()) << inserted.error().toStdString();
    const QList<qint64> ids = inserted.value().ids; // r2, r1, r3, r4, r5

    auto reader = StoreReader::open(path()).value();
    const MessageIndex byDate = reader->listIndex({{inbox}, {}}, {}).value();
    EXPECT_EQ(byDate.ids, (QList<qint64>{ids[2], ids[3], ids[0], ids[1]}));
    // The reply that came first was adopted: all three share one conversation.
    EXPECT_EQ(byDate.threads[0], byDate.threads[2]);
    EXPECT_EQ(byDate.threads[0], byDate.threads[3]);
    EXPECT_NE(byDate.threads[0], byDate.threads[1]);
    EXPECT_EQ(reader->listIndex({{inbox}, {}}, {ListSort::Date, false}).value().ids,
              (QList<qint64>{ids[1], ids[0], ids[3], ids[2]}));
    EXPECT_EQ(reader->listIndex({{inbox}, {}}, {}, 2).value().ids, (QList<qint64>{ids[2], ids[3]}));
    EXPECT_EQ(reader->listIndex({{inbox}, {}}, {ListSort::Sender, false}).value().ids,
              (QList<qint64>{ids[1], ids[0], ids[2], ids[3]})); // alice, Bob, Carol, dave: no case
    EXPECT_EQ(reader->listIndex({{inbox}, {}}, {ListSort::Subject, false}).value().ids.first(), ids[3]); // Lunch
    // Two folders merged by date, a message in both listed once.
    EXPECT_EQ(reader->listIndex({{inbox, work}, {}}, {}).value().ids,
              (QList<qint64>{ids[2], ids[3], ids[0], ids[1], ids[4]}));
    // A search within a folder, and everywhere.
    EXPECT_EQ(reader->listIndex({{work}, QStringLiteral("subject:plan")}, {}).value().ids, QList<qint64>{ids[1]});
    EXPECT_EQ(reader->listIndex({{}, QStringLiteral("subject:plan")}, {}).value().ids.size(), 3);
    EXPECT_FALSE(reader->listIndex({{}, QStringLiteral("subject:(")}, {}).ok());

    const QList<MessageSummary> rows = reader->summaries({ids[3], 999999, ids[0]}).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].subject, QStringLiteral("Lunch"));
    EXPECT_EQ(rows[1].threadId, byDate.threads[0]);
    const QList<MessageSummary> thread = reader->conversation(byDate.threads[0], false).value();
    ASSERT_EQ(thread.size(), 3);
    EXPECT_EQ(thread.first().id, ids[1]); // oldest first
    const MessageHeaders h = reader->headers(ids[1]).value();
    EXPECT_EQ(h.accountAddress, QStringLiteral("a@example.com"));
    EXPECT_EQ(h.remoteId, QStringLiteral("r1"));
    EXPECT_FALSE(reader->headers(999999).ok());

    // Unread counts follow the flags, through every path that changes them.
    auto folderOf = [&](qint64 id) {
        const QList<FolderNode> tree = reader->folderTree(true).value();
        for (const FolderNode &f : tree)
            if (f.id == id)
                return f;
        return FolderNode();
    };
    EXPECT_EQ(folderOf(inbox).total, 4);
    EXPECT_EQ(folderOf(inbox).unread, 4);
    EXPECT_EQ(folderOf(work).unread, 2);
    SyncChanges read;
    MessageDelta d;
    d.remoteIds = {QStringLiteral("r1"), QStringLiteral("r4")};
    d.setFlags = Read;
    read.deltas = {d};
    ASSERT_TRUE(store->applySync(account, read).ok());
    EXPECT_EQ(folderOf(inbox).unread, 2);
    EXPECT_EQ(folderOf(work).unread, 1);
    // Moved into another folder: the new membership carries the state too.
    SyncChanges move;
    MessageDelta m;
    m.remoteIds = {QStringLiteral("r4")};
    m.addFolders = {work};
    move.deltas = {m};
    ASSERT_TRUE(store->applySync(account, move).ok());
    EXPECT_EQ(folderOf(work).total, 3);
    EXPECT_EQ(folderOf(work).unread, 1);
    EXPECT_EQ(reader->listIndex({{work}, {}}, {}).value().threads.first(),
              reader->summaries({ids[3]}).value().first().threadId);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST(StoreMigration, AVersion3StoreWithMailBecomesVersion4WithConversationsAndUnreadState)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A store as version 3 left it, with mail in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(em::store::migrate(db, path, 3).ok());
        QSqlQuery q(db);
        for (const char *sql :
             {"INSERT INTO accounts(id, provider, address, created_at) VALUES (1, 'google', 'a@x', 0)",
              "INSERT INTO folders(id, account_id, remote_id, name, path, kind) VALUES (1, 1, 'INBOX', 'INBOX', "
              "'INBOX', 'inbox')",
              "INSERT INTO messages(id, account_id, remote_id, message_id, thread_key, flags, date) VALUES "
              "(1, 1, 'r1', 'a@x', 't1', 1, 10), (2, 1, 'r2', 'b@x', 't1', 0, 20), (3, 1, 'r3', 'c@x', '', 0, 30)",
              "INSERT INTO message_folders(folder_id, message_id, date) VALUES (1, 1, 10), (1, 2, 20), (1, 3, 30)"})
            ASSERT_TRUE(q.exec(QLatin1String(sql))) << sql;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto store = MailStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().toStdString();
    auto reader = StoreReader::open(path).value();
    const MessageIndex index = reader->listIndex({{1}, {}}, {}).value();
    ASSERT_EQ(index.ids, (QList<qint64>{3, 2, 1}));
    EXPECT_EQ(index.threads[1], index.threads[2]); // the same thread key: one conversation
    EXPECT_NE(index.threads[0], index.threads[1]); // no key: a conversation of its own
    EXPECT_NE(index.threads[0], 0);
    const QList<FolderNode> tree = reader->folderTree(true).value();
    ASSERT_EQ(tree.size(), 1);
    EXPECT_EQ(tree.first().unread, 2);
    EXPECT_EQ(tree.first().total, 3);
    EXPECT_EQ(reader->conversation(index.threads[1], false).value().size(), 2);
    EXPECT_TRUE(store.value()->checkIntegrity().ok());
}
