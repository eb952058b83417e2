#include "quotawindow.h"

#include <QtGlobal>

namespace em::net {

QuotaWindow::QuotaWindow(int capacity, qint64 windowMs, int burst)
    : m_capacity(capacity), m_windowMs(windowMs), m_burst(qBound(0, burst, capacity)), m_tokens(capacity)
{
    if (m_burst > 0 && windowMs > 0)
        m_rate = double(capacity - m_burst) / double(windowMs);
}

void QuotaWindow::refill(qint64 nowMs) const
{
    if (nowMs > m_lastRefill) {
        // The bucket holds two bursts: a wake-up that comes late (a busy event loop) is made
        // up for instead of lost. The window check still caps every window.
        // (The first window's allowance, above that, is spent rather than cut.)
        const double cap = 2.0 * m_burst;
        if (m_tokens < cap)
            m_tokens = qMin(cap, m_tokens + m_rate * double(nowMs - m_lastRefill));
        m_lastRefill = nowMs;
    }
}

qint64 QuotaWindow::paceDelay(int units, qint64 nowMs) const
{
    if (m_burst <= 0 || m_rate <= 0)
        return 0;
    refill(nowMs);
    const double need = qMin(units, m_burst);
    if (m_tokens >= need)
        return 0;
    return qint64((need - m_tokens) / m_rate) + 1;
}

void QuotaWindow::expire(qint64 nowMs) const
{
    while (!m_charges.isEmpty() && m_charges.first().first + m_windowMs <= nowMs) {
        m_sum -= m_charges.first().second;
        m_charges.removeFirst();
    }
}

int QuotaWindow::used(qint64 nowMs) const
{
    expire(nowMs);
    return m_sum;
}

qint64 QuotaWindow::delayFor(int units, qint64 nowMs) const
{
    const qint64 pace = paceDelay(units, nowMs);
    expire(nowMs);
    const int need = qMin(units, m_capacity);
    int sum = m_sum;
    if (sum + need <= m_capacity)
        return pace;
    // Walk the oldest charges until enough of them have left the window.
    for (const auto &[at, charged] : m_charges) {
        sum -= charged;
        if (sum + need <= m_capacity)
            return qMax(pace, at + m_windowMs - nowMs);
    }
    return 0; // unreachable: an empty window takes `need`
}

void QuotaWindow::charge(int units, qint64 nowMs)
{
    if (units <= 0)
        return;
    expire(nowMs);
    m_charges.append({nowMs, units});
    m_sum += units;
    if (m_burst > 0) {
        refill(nowMs);
        m_tokens -= units;
    }
}

} // namespace em::net
