#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace em::sandbox {

// What the emulator saw: never a token, a query value or a body.
struct LogEntry
{
    QDateTime at;
    QString method;
    QString path; // without the query
    int status = 0;
    int quotaUnits = 0;
    qint64 latencyMs = 0;
    QString user;
    QString fault; // "", "reset", "truncate", "500", "503", "429"
};

class RequestLog
{
public:
    void append(const LogEntry &e) { m_entries.append(e); }
    const QList<LogEntry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

private:
    QList<LogEntry> m_entries;
};

} // namespace em::sandbox
