#include "database.h"

#include "util/paths.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "emailmanager.store")

namespace em::store {

namespace {
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("em-store-%1").arg(++counter);
}
} // namespace

Connection::Connection(QString name, QString path)
    : m_name(std::move(name)), m_path(std::move(path)),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, Mode mode, Footprint footprint)
{
    using R = Result<std::unique_ptr<Connection>>;
    const QFileInfo info(path);
    if (mode == Mode::Reader && !info.exists())
        return R::failure(QCoreApplication::translate("Store", "No mail store at %1").arg(path));
    if (info.exists() && info.isDir())
        return R::failure(QCoreApplication::translate("Store", "%1 is a folder, not a mail store").arg(path));
    if (mode == Mode::Writer) {
        // The store holds every message: it, and a folder made for it, are the user's alone.
        // Created 0700 (and the file 0600 below) whatever the umask: never, not even for a
        // moment, readable by others.
        if (!QFileInfo::exists(info.absolutePath())) {
            if (Status s = util::ensurePrivateDir(info.absolutePath()); !s)
                return R::failure(
                    QCoreApplication::translate("Store", "Cannot create the folder %1").arg(info.absolutePath()));
        }
        if (info.exists() && !info.isWritable())
            return R::failure(QCoreApplication::translate("Store", "The mail store %1 is read-only").arg(path));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return R::failure(
                QCoreApplication::translate("Store", "The folder of the mail store %1 is read-only").arg(path));
        if (!info.exists()) {
            // SQLite gives -wal and -shm the permissions of the store.
            if (Status s = util::ensurePrivateFile(path); !s)
                return R::failure(
                    QCoreApplication::translate("Store", "Cannot create the mail store %1: %2").arg(path, s.error()));
        }
    }

    std::unique_ptr<Connection> c(new Connection(nextConnectionName(), path));
    c->m_db.setDatabaseName(path);
    c->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!c->m_db.open())
        return R::failure(describeSqlError(c->m_db.lastError(), path));

    // The first statement is where SQLite notices a file that is not a database.
    const bool lean = footprint == Footprint::Lean;
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY"),
                           lean ? QStringLiteral("PRAGMA cache_size=-8000")
                                : QStringLiteral("PRAGMA cache_size=-32000"),
                           lean ? QStringLiteral("PRAGMA mmap_size=0") : QStringLiteral("PRAGMA mmap_size=268435456")};
    if (mode == Mode::Writer) {
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragmas.append(QStringLiteral("PRAGMA synchronous=NORMAL"));
    } else {
        pragmas.append(QStringLiteral("PRAGMA query_only=1"));
    }
    for (const QString &sql : pragmas) {
        if (Status s = execSql(c->m_db, sql, path); !s)
            return R::failure(s.error());
    }
    if (mode == Mode::Writer) {
        if (Status s = migrate(c->m_db, path); !s)
            return R::failure(s.error());
    } else if (Status s = checkSchema(c->m_db, path); !s) {
        return R::failure(s.error());
    }
    return R(std::move(c));
}

QString describeSqlError(const QSqlError &error, const QString &path)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    qCWarning(lcStore) << "SQLite error" << error.nativeErrorCode() << error.databaseText();
    const QString code = error.nativeErrorCode();
    if (text.contains(QLatin1String("not a database")) || code == QLatin1String("26"))
        return QCoreApplication::translate("Store", "%1 is not an Email Manager mail store (not an SQLite database)")
            .arg(path);
    if (text.contains(QLatin1String("readonly")) || code == QLatin1String("8"))
        return QCoreApplication::translate("Store", "The mail store %1 is read-only").arg(path);
    if (text.contains(QLatin1String("disk is full")) || code == QLatin1String("13"))
        return QCoreApplication::translate("Store", "The disk holding %1 is full; nothing was changed").arg(path);
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")) || code == QLatin1String("5"))
        return QCoreApplication::translate("Store", "The mail store %1 is busy in another program").arg(path);
    if (text.contains(QLatin1String("malformed")) || code == QLatin1String("11"))
        return QCoreApplication::translate("Store", "The mail store %1 is damaged").arg(path);
    if (text.contains(QLatin1String("unable to open")) || code == QLatin1String("14"))
        return QCoreApplication::translate("Store", "Cannot open the mail store %1").arg(path);
    return QCoreApplication::translate("Store", "The mail store %1 reported an error (code %2)")
        .arg(path, code.isEmpty() ? QStringLiteral("?") : code);
}

Status exec(QSqlQuery &query, const QString &path)
{
    if (!query.exec())
        return Status::failure(describeSqlError(query.lastError(), path));
    return {};
}

Status execSql(QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(describeSqlError(q.lastError(), path));
    return {};
}

} // namespace em::store
