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
