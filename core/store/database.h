#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace em::store {

// One named QtSql connection to the store file, closed and removed on destruction.
// QtSql connections belong to the thread that opened them.
class Connection
{
public:
    enum class Mode { Writer, Reader };
    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode);
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

} // namespace em::store
