#pragma once

// What the kill tests share: emailctl started on a store, waited for, and the store checked
// as a killed run left it.
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <atomic>
#include <memory>

namespace em::test {

// emailctl on the store at storePath; the test's event loop keeps running meanwhile.
inline std::unique_ptr<QProcess> startEmailctl(const QString &storePath, const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->start(binaryPath(QStringLiteral("bin/emailctl")), QStringList{QStringLiteral("--store"), storePath} + args);
    EXPECT_TRUE(p->waitForStarted(10000));
    return p;
}

// Serves the event loop (an emulator in the test may be answering the process) until p ends.
inline bool waitForExit(QProcess &p, int timeoutMs)
{
    return QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
}

// What is wrong with a store file, in words (empty: nothing): SQLite's integrity check, the
// search index against its rows, and the rows that must go together. Opened on a plain
// connection of its own, without the migrations MailStore::open would run, so that the
// store is seen exactly as a kill left it.
inline QString storeProblems(const QString &storePath)
{
    if (!QFileInfo::exists(storePath))
        return {}; // killed before the store was made: nothing written, nothing to check
    static std::atomic_int counter{0};
    const QString name = QStringLiteral("store-check-%1").arg(++counter);
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            problems << QStringLiteral("cannot open: %1").arg(db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                problems << QStringLiteral("integrity_check failed: %1").arg(q.lastError().text());
            while (q.next())
                if (q.value(0).toString() != QLatin1String("ok"))
                    problems << QStringLiteral("integrity_check: %1").arg(q.value(0).toString());
            // A run killed before its first migration committed leaves no schema: nothing more to check.
            const bool schema =
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'message_fts'")) && q.next() &&
                q.value(0).toInt() == 1;
            if (schema) {
                // FTS5 compares its index with the content rows (external content, SQLite 3.40).
                if (!q.exec(QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)")))
                    problems << QStringLiteral("search index out of step: %1").arg(q.lastError().text());
                const std::pair<const char *, const char *> orphans[] = {
                    {"messages without their search text",
                     "SELECT count(*) FROM messages m WHERE NOT EXISTS (SELECT 1 FROM message_text t WHERE t.id = "
                     "m.id)"},
                    {"search text without its message",
                     "SELECT count(*) FROM message_text t WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = "
                     "t.id)"},
                    {"rows whose parent is gone", "SELECT count(*) FROM pragma_foreign_key_check"},
                };
                for (const auto &[what, sql] : orphans) {
                    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                        problems
                            << QStringLiteral("cannot count %1: %2").arg(QLatin1String(what), q.lastError().text());
                    else if (const qint64 n = q.value(0).toLongLong(); n > 0)
                        problems << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(what));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problems.join(QStringLiteral("; "));
}

} // namespace em::test
