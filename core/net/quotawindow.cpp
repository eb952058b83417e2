#include "quotawindow.h"

#include <QtGlobal>

namespace em::net {

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
    expire(nowMs);
    const int need = qMin(units, m_capacity);
    int sum = m_sum;
    if (sum + need <= m_capacity)
        return 0;
    // Walk the oldest charges until enough of them have left the window.
    for (const auto &[at, charged] : m_charges) {
        sum -= charged;
        if (sum + need <= m_capacity)
            return at + m_windowMs - nowMs;
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
}

} // namespace em::net
