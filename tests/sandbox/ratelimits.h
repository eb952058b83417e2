#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

namespace em::sandbox {

// Settable limits and fault rates (library API and command line).
struct Limits
{
    int gmailUnitsPerMinute = 15000;       // per user
    int gmailQuotaWindowMs = 60000;        // the "minute" (shorter in tests that must not take minutes)
    int graphRequestsPer10Minutes = 10000; // per mailbox
    int graphWindowMs = 600000;            // the "10 minutes" (shorter in tests)
    int graphConcurrency = 4;              // per mailbox
    int latencyMs = 0;                     // added to every answer
    double rate500 = 0, rate503 = 0, rateReset = 0, rateTruncate = 0; // 0..1 each
    // Share of Graph message entries (delta pages) sent with properties of the wrong type:
    // a server bug the client must survive. Not part of the transport faults above.
    double rateGarble = 0;
};

// Gmail's per-user quota as a sliding minute of charged units, and Graph's per-mailbox
// request window and concurrency.
class QuotaTracker
{
public:
    explicit QuotaTracker(const Limits &limits) : m_limits(limits) {}
    // Charges units if they fit in the last minute; false when over quota.
    bool chargeGmail(const QString &user, int units, qint64 nowMs);
    bool admitGraph(const QString &mailbox, qint64 nowMs);
    void graphStarted(const QString &mailbox) { ++m_inFlight[mailbox]; }
    void graphFinished(const QString &mailbox) { --m_inFlight[mailbox]; }
    int graphInFlight(const QString &mailbox) const { return m_inFlight.value(mailbox); }
    int gmailUnitsInLastMinute(const QString &user, qint64 nowMs);
    qint64 graphRetryAfterSeconds(const QString &mailbox, qint64 nowMs) const;
    // Every Gmail charge ever accepted (time, units), and how many were refused: what a
    // test needs to tell whether a client kept under the quota and how much of it it used.
    const QList<QPair<qint64, int>> &gmailCharges(const QString &user) const { return m_gmailLog[user]; }
    int gmailRefusals(const QString &user) const { return m_gmailRefused.value(user); }
    // Every Graph request admitted (time), and how many the request budget refused.
    const QList<qint64> &graphAdmissions(const QString &mailbox) const { return m_graphLog[mailbox]; }
    int graphBudgetRefusals(const QString &mailbox) const { return m_graphRefused.value(mailbox); }

private:
    const Limits &m_limits;
    QHash<QString, QList<QPair<qint64, int>>> m_gmail; // user -> (time, units)
    mutable QHash<QString, QList<QPair<qint64, int>>> m_gmailLog;
    QHash<QString, int> m_gmailRefused;
    QHash<QString, QList<qint64>> m_graph; // mailbox -> request times
    QHash<QString, int> m_inFlight;
    mutable QHash<QString, QList<qint64>> m_graphLog;
    QHash<QString, int> m_graphRefused;
};

} // namespace em::sandbox
