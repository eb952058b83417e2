#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace em::store {

// How much memory a connection may use. Fast: a 32 MB page cache and the file mapped
// (bulk work: import, sync, search from the command line). Lean: 8 MB and no mapping, for
// the long-running GUI, which holds several connections: each one's mapped pages count in
// the process's resident memory, and a million-message list touches a lot of them.
enum class Footprint { Fast, Lean };

// One named QtSql connection to the store file, closed and removed on destruction.
// QtSql connections belong to the thread that opened them.
class Connection
{
public:
    enum class Mode { Writer, Reader };
    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode,
                                                    Footprint footprint = Footprint::Fast);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

private:
    Connection(QString name, QString path);
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

// A short, user-readable account of what went wrong with the store; never raw SQL.
QString describeSqlError(const QSqlError &error, const QString &path);

// Runs a prepared statement, returning a readable error on failure.
Status exec(QSqlQuery &query, const QString &path);
Status execSql(QSqlDatabase &db, const QString &sql, const QString &path);

// QtSql binds a null QString as SQL NULL; text columns are NOT NULL with '' for "none".
inline QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace em::store
