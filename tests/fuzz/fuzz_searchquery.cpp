// Fuzzes the search language: compileSearch turns the text of the search field into an SQL
// condition with bound values. Each compiled search is then run, as StoreReader::search runs
// it, against an empty in-memory store with the real schema: a search that compiles must be
// SQL that SQLite accepts and a MATCH expression that FTS5 accepts, because the user would
// otherwise get "The search could not be understood" for text the parser said was fine.
// Input: the query as UTF-8.

#include "fuzzsupport.h"

#include "store/schema.h"
#include "store/searchquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <cstdio>

using namespace em;

namespace {

const QString kConnection = QStringLiteral("fuzz_searchquery");

void dieWith(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_searchquery: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

// The two statements StoreReader::search prepares, with the compiled search in them.
void runAsTheReaderDoes(const store::CompiledSearch &search)
{
    QSqlDatabase db = QSqlDatabase::database(kConnection, false);
    if (!search.requiredMatch.isEmpty()) {
        QSqlQuery probe(db);
        probe.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM message_fts WHERE message_fts MATCH ? LIMIT ?)"));
        probe.addBindValue(search.requiredMatch);
        probe.addBindValue(1000);
        if (!probe.exec() || !probe.next())
            dieWith("SQLite refused the probe",
                    probe.lastError().text() + QLatin1String(" for MATCH ") + search.requiredMatch);
    }
    for (const bool walkByDate : {false, true}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT m.id, m.account_id, m.subject, m.from_name, m.from_address, m.date, "
                                           "m.snippet, m.flags, m.thread_key, m.thread_id FROM messages m ") +
                            (walkByDate ? QStringLiteral("INDEXED BY messages_by_date ") : QString()) +
                            QStringLiteral("WHERE ") + search.where +
                            QStringLiteral(" ORDER BY m.date DESC, m.id DESC LIMIT ?");
        if (!q.prepare(sql))
            dieWith("SQLite refused the compiled search", q.lastError().text() + QLatin1String(" in ") + sql);
        for (const QVariant &v : search.values)
            q.addBindValue(v);
        q.addBindValue(50);
        if (!q.exec()) {
            QStringList values;
            for (const QVariant &v : search.values)
                values.append(v.toString());
            dieWith("SQLite could not run the compiled search", q.lastError().text() + QLatin1String(" in ") + sql +
                                                                    QLatin1String(" with ") +
                                                                    values.join(QLatin1String(" | ")));
        }
    }
}

// The schema in an in-memory database, made once, on the first input.
void openDatabase()
{
    // QtSql loads its SQLite driver as a plugin, which needs an application object. It lives
    // as long as the process (never destroyed: no teardown-order trouble with the connection).
    static int argc = 1;
    static char name[] = "fuzz_searchquery";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        dieWith("cannot open an in-memory SQLite database", db.lastError().text());
    if (const Status s = store::migrate(db, QStringLiteral(":memory:")); !s)
        dieWith("cannot create the store's schema", s.error());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool opened = (openDatabase(), true);
    Q_UNUSED(opened);
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<store::CompiledSearch> compiled = store::compileSearch(query);
    if (!compiled) {
        EM_FUZZ_CHECK(!compiled.error().isEmpty());
        return 0;
    }
    const store::CompiledSearch &search = compiled.value();
    EM_FUZZ_CHECK(!search.where.isEmpty());
    // Every value is bound, never spliced: one ? per value, and no user text in the SQL.
    EM_FUZZ_CHECK(search.where.count(u'?') == search.values.size());
    EM_FUZZ_CHECK(search.requiredMatch.isEmpty() || search.requiredMatch == search.values.constFirst().toString());
    runAsTheReaderDoes(search);
    return 0;
}
