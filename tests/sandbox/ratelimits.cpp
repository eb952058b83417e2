#include "ratelimits.h"

namespace em::sandbox {

int QuotaTracker::gmailUnitsInLastMinute(const QString &user, qint64 nowMs)
{
    auto &window = m_gmail[user];
    while (!window.isEmpty() && window.first().first <= nowMs - m_limits.gmailQuotaWindowMs)
        window.removeFirst();
    int used = 0;
    for (const auto &[at, units] : std::as_const(window))
        used += units;
    return used;
}

bool QuotaTracker::chargeGmail(const QString &user, int units, qint64 nowMs)
{
    if (gmailUnitsInLastMinute(user, nowMs) + units > m_limits.gmailUnitsPerMinute) {
        ++m_gmailRefused[user];
        return false;
    }
    m_gmail[user].append({nowMs, units});
    m_gmailLog[user].append({nowMs, units});
    return true;
}

bool QuotaTracker::admitGraph(const QString &mailbox, qint64 nowMs)
{
    if (m_inFlight.value(mailbox) >= m_limits.graphConcurrency)
        return false;
    auto &window = m_graph[mailbox];
    while (!window.isEmpty() && window.first() <= nowMs - m_limits.graphWindowMs)
        window.removeFirst();
    if (window.size() >= m_limits.graphRequestsPer10Minutes) {
        ++m_graphRefused[mailbox];
        return false;
    }
    window.append(nowMs);
    m_graphLog[mailbox].append(nowMs);
    return true;
}

qint64 QuotaTracker::graphRetryAfterSeconds(const QString &mailbox, qint64 nowMs) const
{
    const auto window = m_graph.value(mailbox);
    if (window.size() < m_limits.graphRequestsPer10Minutes || window.isEmpty())
        return 1;
    return qMax<qint64>(1, (window.first() + m_limits.graphWindowMs - nowMs + 999) / 1000);
}

} // namespace em::sandbox
