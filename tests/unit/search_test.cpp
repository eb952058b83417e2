#include "ingest/ingestor.h"
#include "mime/mimebuilder.h"
#include "store/mailstore.h"
#include "store/searchquery.h"
#include "store/storereader.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace em;

namespace {

struct Msg
{
    const char *from;
    const char *to;
    const char *cc;
    const char *subject;
    const char *body;
    const char *date; // yyyy-MM-dd
    quint32 flags;
    bool attachment;
    bool archive; // in Archive instead of Inbox
};

// Subjects double as names in assertions.
const Msg kMessages[] = {
    {"Alice Smith <alice@example.com>", "bob@example.org", "", "Quarterly budget review",
     "Please review the budget spreadsheet before Friday.", "2024-01-10", store::Read, true, false},
    {"Bob Jones <bob@example.org>", "alice@example.com", "carol@example.net", "Re: Quarterly budget review",
     "Looks good. One question about travel costs.", "2024-01-11", 0, false, false},
    {"Carol <carol@example.net>", "team@example.com", "", "Team offsite planning",
     "The offsite will be in Lisbon. Bring walking shoes.", "2024-02-20", store::Starred, false, true},
    {"newsletter@shop.example", "alice@example.com", "", "Weekly deals: 50% off shoes",
     "Deals on running shoes and more. Unsubscribe anytime.", "2024-03-01", store::Read, false, false},
    {"דוד <david@example.co.il>", "alice@example.com", "", "שלום מהמשרד", "הפגישה נדחתה למחר בבוקר", "2024-03-02", 0,
     false, false},
    {"李伟 <li@example.cn>", "alice@example.com", "", "项目进度报告", "我们的项目进度良好，下周发布。", "2024-03-03", 0,
     true, false},
    {"Émile <emile@example.fr>", "alice@example.com", "", "Café meeting 😀", "Rendez-vous au café à midi.", "2024-03-04",
     store::Read | store::Starred, false, true},
};

class SearchTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto store = store::MailStore::open(path()).value();
        const qint64 account =
            store->ensureAccount(QStringLiteral("local"), QStringLiteral("Local Folders"), {}).value();
        const qint64 inbox = store
                                 ->ensureFolder(account, QStringLiteral("inbox"), QStringLiteral("Inbox"),
                                                QStringLiteral("Inbox"), store::FolderKind::Inbox)
                                 .value()
                                 .id;
        const qint64 archive = store
                                   ->ensureFolder(account, QStringLiteral("archive"), QStringLiteral("Archive"),
                                                  QStringLiteral("Archive"), store::FolderKind::Archive)
                                   .value()
                                   .id;
        ingest::Ingestor ingestor(*store, account, 3);
        for (const Msg &m : kMessages) {
            mime::OutgoingMessage out;
            auto parse = [](const char *s) {
                const QString text = QString::fromUtf8(s);
                const qsizetype lt = text.indexOf(u'<');
                if (lt < 0)
                    return mime::Address{QString(), text};
                return mime::Address{text.left(lt).trimmed(), text.mid(lt + 1).chopped(1)};
            };
            out.from = parse(m.from);
            out.to = {parse(m.to)};
            if (*m.cc)
                out.cc = {parse(m.cc)};
            out.subject = QString::fromUtf8(m.subject);
            out.text = QString::fromUtf8(m.body);
            out.date = QDateTime(QDate::fromString(QLatin1String(m.date), Qt::ISODate), QTime(12, 0));
            if (m.attachment)
                out.attachments = {{QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), "%PDF-1.4", {}}};
            ingest::RawMessage raw;
            raw.raw = mime::buildMessage(out);
            raw.flags = m.flags;
            raw.folderIds = {m.archive ? archive : inbox};
            ASSERT_TRUE(ingestor.add(raw).ok());
        }
        ASSERT_TRUE(ingestor.finish().ok());
        ASSERT_EQ(ingestor.counts().inserted, int(std::size(kMessages)));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static QString path() { return s_dir->filePath(QStringLiteral("search.sqlite")); }

    void SetUp() override { m_reader = store::StoreReader::open(path()).value(); }

    // Subjects of the matches, newest first.
    QStringList find(const QString &query)
    {
        auto results = m_reader->search(query, 100);
        EXPECT_TRUE(results.ok()) << query.toStdString() << ": " << results.error().toStdString();
        QStringList subjects;
        if (results.ok())
            for (const auto &r : results.value())
                subjects.append(r.subject);
        return subjects;
    }
    QString error(const QString &query)
    {
        auto results = m_reader->search(query, 100);
        EXPECT_FALSE(results.ok()) << query.toStdString();
        return results.ok() ? QString() : results.error();
    }

    std::unique_ptr<store::StoreReader> m_reader;
    static QTemporaryDir *s_dir;
};
QTemporaryDir *SearchTest::s_dir = nullptr;

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_F(SearchTest, FreeWordsMatchByPrefixNewestFirst)
{
    EXPECT_EQ(find(QStringLiteral("budget")),
              (QStringList{u("Re: Quarterly budget review"), u("Quarterly budget review")}));
    EXPECT_EQ(find(QStringLiteral("budg")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("shoes")),
              (QStringList{u("Weekly deals: 50% off shoes"), u("Team offsite planning")}));
    EXPECT_EQ(find(QStringLiteral("shoes lisbon")), QStringList{u("Team offsite planning")});
    EXPECT_TRUE(find(QStringLiteral("nonexistentword")).isEmpty());
}

TEST_F(SearchTest, PhrasesMustBeAdjacent)
{
    EXPECT_EQ(find(QStringLiteral("\"walking shoes\"")), QStringList{u("Team offsite planning")});
    EXPECT_TRUE(find(QStringLiteral("\"shoes walking\"")).isEmpty());
}

TEST_F(SearchTest, AddressAndSubjectOperators)
{
    EXPECT_EQ(find(QStringLiteral("from:alice")), QStringList{u("Quarterly budget review")});
    EXPECT_EQ(find(QStringLiteral("from:alice@example.com")), QStringList{u("Quarterly budget review")});
    EXPECT_EQ(find(QStringLiteral("to:bob")), QStringList{u("Quarterly budget review")});
    EXPECT_EQ(find(QStringLiteral("cc:carol")), QStringList{u("Re: Quarterly budget review")});
    EXPECT_EQ(find(QStringLiteral("subject:offsite")), QStringList{u("Team offsite planning")});
    EXPECT_TRUE(find(QStringLiteral("subject:lisbon")).isEmpty()) << "Lisbon is only in the body";
    EXPECT_EQ(find(QStringLiteral("from:\"Alice Smith\"")), QStringList{u("Quarterly budget review")});
}

TEST_F(SearchTest, FlagOperators)
{
    EXPECT_EQ(find(QStringLiteral("has:attachment")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("is:unread")).size(), 4);
    EXPECT_EQ(find(QStringLiteral("is:read")).size(), 3);
    EXPECT_EQ(find(QStringLiteral("is:starred")), (QStringList{u("Café meeting 😀"), u("Team offsite planning")}));
    EXPECT_EQ(find(QStringLiteral("is:unread has:attachment")), QStringList{u("项目进度报告")});
}

TEST_F(SearchTest, FolderAndDateOperators)
{
    EXPECT_EQ(find(QStringLiteral("in:archive")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("in:Inbox")).size(), 5);
    EXPECT_TRUE(find(QStringLiteral("in:nosuchfolder")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("after:2024-03-02")).size(), 3);
    EXPECT_EQ(find(QStringLiteral("before:2024-01-11")), QStringList{u("Quarterly budget review")});
    EXPECT_EQ(find(QStringLiteral("after:2024-01-01 before:2024-02-01")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("after:2024/03/03")).size(), 2);
}

TEST_F(SearchTest, OrAndNegation)
{
    EXPECT_EQ(find(QStringLiteral("lisbon OR travel")),
              (QStringList{u("Team offsite planning"), u("Re: Quarterly budget review")}));
    EXPECT_EQ(find(QStringLiteral("budget -travel")), QStringList{u("Quarterly budget review")});
    EXPECT_EQ(find(QStringLiteral("shoes -is:starred")), QStringList{u("Weekly deals: 50% off shoes")});
    EXPECT_EQ(find(QStringLiteral("is:starred OR has:attachment")).size(), 4);
    EXPECT_EQ(find(QStringLiteral("(lisbon OR travel) is:starred")), QStringList{u("Team offsite planning")});
    EXPECT_EQ(find(QStringLiteral("-in:inbox")).size(), 2);
    // A negated group excludes everything the group matches.
    EXPECT_EQ(find(QStringLiteral("-(budget OR shoes)")).size(), 3);
    EXPECT_EQ(find(QStringLiteral("shoes -(lisbon OR is:starred)")), QStringList{u("Weekly deals: 50% off shoes")});
}

TEST_F(SearchTest, NonLatinScripts)
{
    EXPECT_EQ(find(u("שלום")), QStringList{u("שלום מהמשרד")});
    EXPECT_EQ(find(u("הפגישה")), QStringList{u("שלום מהמשרד")});
    EXPECT_EQ(find(u("进度")), QStringList{u("项目进度报告")});
    EXPECT_EQ(find(u("发布")), QStringList{u("项目进度报告")});
    EXPECT_EQ(find(u("from:李伟")), QStringList{u("项目进度报告")});
    EXPECT_EQ(find(u("cafe")), QStringList{u("Café meeting 😀")}) << "diacritics fold";
    EXPECT_EQ(find(u("emile")), QStringList{u("Café meeting 😀")});
}

TEST_F(SearchTest, HostileInputGivesResultsOrOneLineErrors)
{
    const QStringList hostile = {QStringLiteral("\"unbalanced budget"),
                                 QStringLiteral("budget\""),
                                 QStringLiteral("AND"),
                                 QStringLiteral("OR"),
                                 QStringLiteral("NOT budget"),
                                 QStringLiteral("NEAR(a b)"),
                                 QStringLiteral("a*b*"),
                                 QStringLiteral("^budget"),
                                 QStringLiteral("budget:"),
                                 QStringLiteral("{subject}: x"),
                                 QStringLiteral("subject:\"\""),
                                 QStringLiteral("'); DROP TABLE messages; --"),
                                 QStringLiteral("((((budget"),
                                 QStringLiteral("budget))))"),
                                 QStringLiteral("- - -"),
                                 QStringLiteral("from:"),
                                 QStringLiteral("OR OR budget"),
                                 QStringLiteral("\"\"\"\""),
                                 QStringLiteral("* + - \" ( ) :"),
                                 QString(5000, u'('),
                                 QStringLiteral("😀"),
                                 QStringLiteral("col:umn:value"),
                                 QStringLiteral("\\\"budget\\\""),
                                 QStringLiteral("in:\"\""),
                                 QString::fromUtf8("\xEF\xBF\xBF"),
                                 QStringLiteral("before:2024-13-45"),
                                 QStringLiteral("is:weird"),
                                 QStringLiteral("has:wings"),
                                 QStringLiteral(""),
                                 QStringLiteral("   ")};
    for (const QString &q : hostile) {
        auto results = m_reader->search(q, 10);
        if (!results.ok()) {
            EXPECT_FALSE(results.error().isEmpty());
            EXPECT_FALSE(results.error().contains(u'\n')) << q.toStdString();
            for (const char *leak : {"SQL", "sqlite", "fts5", "syntax error", "SELECT"})
                EXPECT_FALSE(results.error().contains(QLatin1String(leak), Qt::CaseInsensitive))
                    << q.toStdString() << " -> " << results.error().toStdString();
        }
    }
    // The injection attempt was a search, not a statement.
    EXPECT_EQ(find(QStringLiteral("budget")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("\"unbalanced budget")).size(), 0);
    EXPECT_EQ(find(QStringLiteral("budget\"")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("((((budget")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("NOT budget")).size(), 0) << "NOT is a word here, not an operator";
}

TEST_F(SearchTest, ANulInsideAWordOrPhraseIsASeparatorNotABrokenQuery)
{
    // Found by the search fuzzer: a NUL cut the full-text query short.
    const QString phrase = QStringLiteral("subject:\"quarterly") + QChar(0) + QStringLiteral("budget\"");
    EXPECT_EQ(find(phrase).size(), 2);
    EXPECT_EQ(find(QStringLiteral("budget") + QChar(0) + QStringLiteral("spreadsheet")).size(), 1);
}

TEST_F(SearchTest, ClearErrorsForBadOperators)
{
    EXPECT_TRUE(error(QStringLiteral("before:yesterday")).contains(QLatin1String("2024-01-31")));
    EXPECT_TRUE(error(QStringLiteral("is:weird")).contains(QLatin1String("unread")));
    EXPECT_TRUE(error(QStringLiteral("has:wings")).contains(QLatin1String("attachment")));
    EXPECT_FALSE(error(QStringLiteral("   ")).isEmpty());
    EXPECT_FALSE(error(QStringLiteral("* ( ) :")).isEmpty());
}

TEST(SearchCompile, EveryValueIsBound)
{
    auto compiled = store::compileSearch(QStringLiteral("from:x' OR 1=1 -- in:'; DROP TABLE x after:2024-01-01"));
    ASSERT_TRUE(compiled.ok());
    EXPECT_FALSE(compiled.value().where.contains(QLatin1String("DROP")));
    EXPECT_FALSE(compiled.value().where.contains(QLatin1String("1=1")));
    EXPECT_EQ(compiled.value().where.count(u'?'), compiled.value().values.size());
}

TEST(SearchPlans, BroadAndNarrowMatchesBothComeNewestFirst)
{
    // More hits than the reader's threshold take the walk-by-date plan; few take the index plan.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
    auto store = store::MailStore::open(path).value();
    const auto [account, folder] = test::addLocalInbox(*store);
    QList<store::MailStore::Item> items;
    for (int i = 0; i < 3000; ++i) {
        store::MessageRecord r;
        r.remoteId = QString::number(i);
        r.messageId = QStringLiteral("m%1@x").arg(i);
        r.subject = QStringLiteral("common %1").arg(i % 7 == 0 ? QStringLiteral("rarity") : QString());
        r.bodyText = QStringLiteral("common words");
        r.dateMs = 1'700'000'000'000 + qint64((i * 7919) % 3000) * 1000; // shuffled dates, all distinct
        items.append({r, {folder}});
    }
    ASSERT_TRUE(store->insertMessages(account, items).ok());
    auto reader = store::StoreReader::open(path).value();
    for (const QString &q : {QStringLiteral("common"), QStringLiteral("comm"), QStringLiteral("rarity"),
                             QStringLiteral("common rarity"), QStringLiteral("common -rarity")}) {
        const auto results = reader->search(q, 25);
        ASSERT_TRUE(results.ok()) << q.toStdString();
        ASSERT_EQ(results.value().size(), 25) << q.toStdString();
        for (int i = 1; i < results.value().size(); ++i)
            EXPECT_GT(results.value()[i - 1].dateMs, results.value()[i].dateMs) << q.toStdString();
    }
    // The newest message overall, then the newest "rarity" one.
    EXPECT_EQ(reader->search(QStringLiteral("common"), 1).value().at(0).dateMs, 1'700'000'000'000 + 2999 * 1000);
    const auto rare = reader->search(QStringLiteral("rarity"), 1000).value();
    EXPECT_EQ(rare.size(), 429); // ceil(3000 / 7)
    EXPECT_EQ(reader->search(QStringLiteral("common -rarity"), 5000).value().size(), 3000 - 429);
}

TEST(SearchCompile, RequiredMatchOnlyWhenEveryResultMustMatchIt)
{
    auto required = [](const char *q) { return store::compileSearch(QString::fromUtf8(q)).value().requiredMatch; };
    EXPECT_FALSE(required("budget").isEmpty());
    EXPECT_FALSE(required("lisbon OR travel").isEmpty());
    EXPECT_FALSE(required("budget review is:unread").isEmpty());
    EXPECT_TRUE(required("budget OR is:unread").isEmpty());
    EXPECT_TRUE(required("-budget").isEmpty());
    EXPECT_TRUE(required("is:unread").isEmpty());
    EXPECT_TRUE(required("is:unread -budget").isEmpty());
}
