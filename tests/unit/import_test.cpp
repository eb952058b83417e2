#include "import/importer.h"
#include "import/importjob.h"
#include "import/maildirreader.h"
#include "import/mboxreader.h"
#include "ingest/ingestor.h"
#include "ingest/recordbuilder.h"
#include "store/mailstore.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace em;

namespace {

QByteArray message(int i, const QByteArray &extraHeaders = {}, const QByteArray &body = "Body text\n")
{
    return "From: sender" + QByteArray::number(i) + "@example.com\nTo: me@example.com\nSubject: Message " +
           QByteArray::number(i) + "\nMessage-ID: <m" + QByteArray::number(i) +
           "@example.com>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n" + extraHeaders + "\n" + body;
}

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

struct ImportFixture : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<store::MailStore> store;
    QString storePath() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    void SetUp() override { store = store::MailStore::open(storePath()).value(); }

    import::ImportSummary run(const QStringList &paths) { import::Importer importer(*store);
    auto result = importer.run(paths);
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : import::ImportSummary{};
} store::StoreStats stats()
{
    return store::StoreReader::open(storePath()).value()->stats().value();
}
}; // namespace

} // namespace

TEST(MboxReader, SplitsUnescapesAndReadsFlags)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.mbox"));
    write(path, "From a@example.com Mon Jan  1 00:00:00 2024\n" +
                    message(1, "Status: RO\nX-Status: FA\n", ">From the start\n>>From quoted\nend\n") +
                    "\nFrom b@example.com Tue Jan  2 00:00:00 2024\n" + message(2) + "\n");
    import::MboxReader reader;
    ASSERT_TRUE(reader.open(path).ok());
    import::MboxMessage m;
    ASSERT_TRUE(reader.next(&m));
    EXPECT_TRUE(m.raw.contains("\nFrom the start\n>From quoted\nend\n"));
    EXPECT_FALSE(m.raw.startsWith("From a@"));
    EXPECT_EQ(m.flags, quint32(store::Read | store::Starred | store::Answered));
    EXPECT_EQ(m.receivedMs, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    ASSERT_TRUE(reader.next(&m));
    EXPECT_TRUE(m.raw.contains("Subject: Message 2"));
    EXPECT_EQ(m.flags, 0u);
    EXPECT_FALSE(reader.next(&m));
    EXPECT_FALSE(reader.truncated());
}

TEST(MboxReader, RejectsWhatIsNotAnMbox)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.txt"));
    write(path, "hello\n");
    import::MboxReader reader;
    EXPECT_FALSE(reader.open(path).ok());
}

TEST(Snippet, FitsItsLengthAndNeverEndsInHalfAnEmoji)
{
    // Found by the htmltotext fuzzer: 201 characters (the space before the last word was
    // not counted) and a snippet cut between the two halves of an emoji.
    const QString words = QString(199, u'a') + QStringLiteral(" bb");
    EXPECT_EQ(em::ingest::makeSnippet(words), QString(199, u'a'));
    const QString emoji = QString(199, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral(" tail");
    const QString snippet = em::ingest::makeSnippet(emoji);
    EXPECT_EQ(snippet, QString(199, u'a'));
    EXPECT_EQ(em::ingest::makeSnippet(QString(198, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80")).size(), 200);
    EXPECT_EQ(em::ingest::makeSnippet(QStringLiteral("  one\n\ttwo  ")), QStringLiteral("one two"));
}

TEST(Maildir, FlagsFromFileNames)
{
    EXPECT_EQ(import::maildirFlags(QStringLiteral("1.M1.host:2,S")), quint32(store::Read));
    EXPECT_EQ(import::maildirFlags(QStringLiteral("1.M1.host:2,FRS")),
              quint32(store::Read | store::Starred | store::Answered));
    EXPECT_EQ(import::maildirFlags(QStringLiteral("1.M1.host:2,DT")), quint32(store::Draft | store::Deleted));
    EXPECT_EQ(import::maildirFlags(QStringLiteral("1.M1.host")), 0u);
}

TEST_F(ImportFixture, MboxImportsOnceAndReportsTruncation)
{
    const QString path = dir.filePath(QStringLiteral("Archive.mbox"));
    QByteArray mbox;
    for (int i = 0; i < 1200; ++i) // more than one ingest batch
        mbox += "From x@example.com Mon Jan  1 00:00:00 2024\n" + message(i, i % 2 ? "Status: RO\n" : "") + "\n";
    mbox += "From x@example.com Mon Jan  1 00:00:00 2024\nFrom: cut@example.com\nSubject: cut he";
    write(path, mbox);

    const import::ImportSummary first = run({path});
    EXPECT_EQ(first.imported, 1200);
    EXPECT_EQ(first.duplicates, 0);
    EXPECT_EQ(first.truncated, 1);
    EXPECT_EQ(first.problems.size(), 1);

    const import::ImportSummary second = run({path});
    EXPECT_EQ(second.imported, 0);
    EXPECT_EQ(second.duplicates, 1200);

    const store::StoreStats s = stats();
    ASSERT_EQ(s.accounts.size(), 1);
    EXPECT_EQ(s.accounts[0].provider, QStringLiteral("local"));
    EXPECT_EQ(s.accounts[0].messages, 1200);
    EXPECT_EQ(s.accounts[0].unread, 600);
    ASSERT_EQ(s.accounts[0].folders.size(), 1);
    EXPECT_EQ(s.accounts[0].folders[0].name, QStringLiteral("Archive"));
    EXPECT_EQ(s.accounts[0].folders[0].kind, store::FolderKind::Archive);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(ImportFixture, MaildirFoldersAndFlags)
{
    const QString root = dir.filePath(QStringLiteral("Mail"));
    for (const char *sub : {"cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp", ".Lists.Qt/cur",
                            ".Lists.Qt/new", ".Lists.Qt/tmp"})
        QDir().mkpath(root + u'/' + QLatin1String(sub));
    write(root + QStringLiteral("/new/1.M1.host"), message(1));
    write(root + QStringLiteral("/cur/2.M2.host:2,S"), message(2));
    write(root + QStringLiteral("/cur/3.M3.host:2,FS"), message(3));
    write(root + QStringLiteral("/.Sent/cur/4.M4.host:2,S"), message(4));
    write(root + QStringLiteral("/.Lists.Qt/cur/5.M5.host:2,RS"), message(5));
    write(root + QStringLiteral("/.Lists.Qt/cur/6.M6.host:2,"), message(6));

    const import::ImportSummary summary = run({root});
    EXPECT_EQ(summary.imported, 6);
    const store::StoreStats s = stats();
    ASSERT_EQ(s.accounts.size(), 1);
    EXPECT_EQ(s.accounts[0].messages, 6);
    EXPECT_EQ(s.accounts[0].unread, 2);
    QMap<QString, QPair<qint64, qint64>> folders;
    for (const auto &f : s.accounts[0].folders)
        folders[f.path] = {f.messages, f.unread};
    EXPECT_EQ(folders.value(QStringLiteral("Inbox")), (QPair<qint64, qint64>(3, 1)));
    EXPECT_EQ(folders.value(QStringLiteral("Sent")), (QPair<qint64, qint64>(1, 0)));
    EXPECT_EQ(folders.value(QStringLiteral("Lists/Qt")), (QPair<qint64, qint64>(2, 1)));

    auto reader = store::StoreReader::open(storePath()).value();
    EXPECT_EQ(reader->search(QStringLiteral("is:starred"), 10).value().size(), 1);
    EXPECT_EQ(reader->search(QStringLiteral("is:answered"), 10).value().size(), 1);
    EXPECT_EQ(run({root}).duplicates, 6);
}

TEST_F(ImportFixture, SameMessageInTwoSourcesJoinsBothFolders)
{
    write(dir.filePath(QStringLiteral("A.mbox")), "From x Mon Jan  1 00:00:00 2024\n" + message(1) + "\n");
    // The same message with CRLF line endings, as a Maildir file would often have it.
    QByteArray crlf = message(1);
    crlf.replace("\n", "\r\n");
    write(dir.filePath(QStringLiteral("B/cur/1.x:2,S")), crlf);
    QDir().mkpath(dir.filePath(QStringLiteral("B/new")));
    const import::ImportSummary summary =
        run({dir.filePath(QStringLiteral("A.mbox")), dir.filePath(QStringLiteral("B"))});
    EXPECT_EQ(summary.imported, 2); // stored once, filed in two folders
    EXPECT_EQ(stats().accounts[0].messages, 1);
}

TEST_F(ImportFixture, UnparseableMailIsKeptAndFlagged)
{
    QByteArray garbage = "From x Mon Jan  1 00:00:00 2024\n";
    for (int i = 0; i < 2000; ++i)
        garbage.append(char(1 + (i * 37) % 250 == '\n' ? 'x' : 1 + (i * 37) % 250));
    garbage += "\n\n";
    write(dir.filePath(QStringLiteral("junk.mbox")), garbage);
    const import::ImportSummary summary = run({dir.filePath(QStringLiteral("junk.mbox"))});
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.unparseable, 1);
    auto reader = store::StoreReader::open(storePath()).value();
    auto all = reader->search(QStringLiteral("-is:starred"), 10).value();
    ASSERT_EQ(all.size(), 1);
    EXPECT_FALSE(reader->rawMessage(all[0].id).value().isEmpty()) << "the raw message is kept";
}

TEST_F(ImportFixture, MissingPathFailsWithoutTouchingTheStore)
{
    import::Importer importer(*store);
    auto result = importer.run({dir.filePath(QStringLiteral("nope.mbox"))});
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QLatin1String("does not exist")));
    EXPECT_TRUE(stats().accounts.isEmpty());
}

// The shared corpus in tests/data, with its expectations.
TEST_F(ImportFixture, DataCorpusMboxes)
{
    const QDir dataDir(test::dataPath(QStringLiteral("mbox")));
    const QStringList boxes = dataDir.entryList({QStringLiteral("*.mbox")}, QDir::Files, QDir::Name);
    ASSERT_GE(boxes.size(), 4);
    for (const QString &box : boxes) {
        const QJsonObject expected =
            QJsonDocument::fromJson(
                test::readFile(dataDir.filePath(QFileInfo(box).completeBaseName() + QStringLiteral(".expected.json"))))
                .object();
        ASSERT_FALSE(expected.isEmpty()) << box.toStdString();
        QTemporaryDir tmp;
        auto s = store::MailStore::open(tmp.filePath(QStringLiteral("s.sqlite"))).value();
        import::Importer importer(*s);
        const import::ImportSummary summary = importer.run({dataDir.filePath(box)}).value();
        const int whole = expected.value(QStringLiteral("messages")).toInt();
        const int repeats = expected.value(QStringLiteral("duplicates")).toInt();
        EXPECT_EQ(summary.imported + summary.duplicates, whole) << box.toStdString();
        EXPECT_EQ(summary.duplicates, repeats) << box.toStdString();
        EXPECT_EQ(summary.truncated > 0, expected.value(QStringLiteral("truncated")).toBool()) << box.toStdString();
        auto reader = store::StoreReader::open(tmp.filePath(QStringLiteral("s.sqlite"))).value();
        QStringList subjects;
        for (const QJsonValue &v : expected.value(QStringLiteral("subjects")).toArray())
            subjects.append(v.toString());
        for (const QString &subject : subjects)
            EXPECT_FALSE(reader->search(QStringLiteral("subject:\"%1\"").arg(subject), 5).value().isEmpty())
                << box.toStdString() << ": " << subject.toStdString();
    }
}

TEST_F(ImportFixture, DataCorpusMaildir)
{
    const QString root = test::dataPath(QStringLiteral("maildir"));
    const QJsonObject expected =
        QJsonDocument::fromJson(test::readFile(root + QStringLiteral("/expected.json"))).object();
    ASSERT_FALSE(expected.isEmpty());
    run({root});
    const QJsonObject folders = expected.value(QStringLiteral("folders")).toObject();
    const store::StoreStats s = stats();
    ASSERT_EQ(s.accounts.size(), 1);
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        const QJsonArray messages = it.value().toArray();
        qint64 unread = 0;
        for (const QJsonValue &m : messages)
            unread += m.toObject().value(QStringLiteral("read")).toBool() ? 0 : 1;
        bool found = false;
        for (const auto &f : s.accounts[0].folders) {
            if (f.path == it.key()) {
                found = true;
                EXPECT_EQ(f.messages, messages.size()) << it.key().toStdString();
                EXPECT_EQ(f.unread, unread) << it.key().toStdString();
            }
        }
        EXPECT_TRUE(found) << it.key().toStdString();
    }
}

TEST(ImportJob, RunsOffTheCallingThreadAndFinishesOnce)
{
    QTemporaryDir dir;
    const QString box = dir.filePath(QStringLiteral("Inbox.mbox"));
    QByteArray mbox;
    for (int i = 0; i < 1200; ++i)
        mbox += "From x@example.com Mon Jan  1 00:00:00 2024\n" + message(i) + "\n";
    write(box, mbox);
    import::ImportJob job(dir.filePath(QStringLiteral("s.sqlite")), {box});
    QSignalSpy progress(&job, &import::ImportJob::progress);
    QSignalSpy finished(&job, &import::ImportJob::finished);
    std::optional<em::Result<import::ImportSummary>> result;
    QObject::connect(&job, &import::ImportJob::finished, &job, [&](const auto &r) { result = r; });
    job.start();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.size(), 1);
    // Progress comes every 500 messages and at the end; the last report may still be queued.
    if (progress.size() < 2)
        progress.wait(5000);
    EXPECT_GE(progress.size(), 2);
    ASSERT_TRUE(result && result->ok());
    EXPECT_EQ(result->value().imported, 1200);

    import::ImportJob failing(dir.filePath(QStringLiteral("s.sqlite")), {dir.filePath(QStringLiteral("missing"))});
    QSignalSpy failed(&failing, &import::ImportJob::finished);
    std::optional<em::Result<import::ImportSummary>> failure;
    QObject::connect(&failing, &import::ImportJob::finished, &failing, [&](const auto &r) { failure = r; });
    failing.start();
    ASSERT_TRUE(failed.wait(60000));
    ASSERT_TRUE(failure.has_value());
    EXPECT_FALSE(failure->ok());
    EXPECT_TRUE(failure->error().contains(QLatin1String("does not exist")));
}

TEST_F(ImportFixture, CancelStopsAndKeepsWhatWasCommitted)
{
    const QString box = dir.filePath(QStringLiteral("Big.mbox"));
    QByteArray mbox;
    for (int i = 0; i < 3000; ++i)
        mbox += "From x@example.com Mon Jan  1 00:00:00 2024\n" + message(i) + "\n";
    write(box, mbox);
    std::atomic_bool cancel{false};
    import::Importer importer(*store);
    importer.setCancelFlag(&cancel);
    auto result = importer.run({box}, [&](const import::ImportProgress &p) {
        if (p.done >= 1500)
            cancel = true;
    });
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QLatin1String("cancelled")));
    EXPECT_TRUE(store->checkIntegrity().ok());
    // Importing again completes the job without duplicates.
    const import::ImportSummary again = run({box});
    EXPECT_EQ(again.imported + again.duplicates, 3000);
    EXPECT_EQ(stats().accounts[0].messages, 3000);
}

TEST_F(ImportFixture, AFailedIngestBatchKeepsEarlierBatchesAndReportsTheFailure)
{
    const auto [account, folder] = test::addLocalInbox(*store);
    ingest::Ingestor ingestor(*store, account, 10);
    Status status;
    for (int i = 0; i < 35 && status.ok(); ++i) {
        ingest::RawMessage raw;
        raw.raw = message(i);
        raw.folderIds = {i < 20 ? folder : 987654}; // from the third batch on: no such folder
        status = ingestor.add(raw);
    }
    if (status.ok())
        status = ingestor.finish();
    ASSERT_FALSE(status.ok()) << "the failed batch is reported";
    EXPECT_FALSE(status.error().contains(QLatin1String("INSERT")));
    EXPECT_EQ(stats().accounts[0].messages, 20) << "whole batches before the failure stay";
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST(MboxReader, CrlfHeadersEndAtTheBlankLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crlf.mbox"));
    // A body line that looks like a status header must not set flags.
    write(path, "From a@example.com Mon Jan  1 00:00:00 2024\r\nSubject: x\r\n\r\nStatus: RO\r\nX-Status: FA\r\n\r\n");
    import::MboxReader reader;
    ASSERT_TRUE(reader.open(path).ok());
    import::MboxMessage m;
    ASSERT_TRUE(reader.next(&m));
    EXPECT_EQ(m.flags, 0u);
}

TEST_F(ImportFixture, ADamagedStoredBodyIsAnErrorNotAnEmptyMessage)
{
    write(dir.filePath(QStringLiteral("A.mbox")), "From x Mon Jan  1 00:00:00 2024\n" + message(1) + "\n");
    run({dir.filePath(QStringLiteral("A.mbox"))});
    store.reset(); // the writer's connection goes; damage the row from outside
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(storePath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE bodies SET raw = x'00000010deadbeef'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    auto reader = store::StoreReader::open(storePath()).value();
    const auto hits = reader->search(QStringLiteral("body"), 5).value();
    ASSERT_EQ(hits.size(), 1);
    const auto raw = reader->rawMessage(hits[0].id);
    ASSERT_FALSE(raw.ok());
    EXPECT_TRUE(raw.error().contains(QLatin1String("damaged")));
}
