#pragma once

#include <QList>
#include <QPair>

namespace em::net {

// A provider quota as a sliding window of charged units ("15,000 units a minute"): a
// request is sent only when the units charged in the last window plus its own fit the
// capacity, so no window the provider can look at ever holds more. Unlike a token bucket
// (which lets a full bucket and its refill through in one window) it allows no bursts
// over the limit, and it leaves nothing unused: a request waits exactly until enough old
// charges leave the window.
//
// With a burst size, requests are also paced once the first window's worth has gone out
// at once (so a small mailbox syncs in seconds): a bucket of `burst` units refills at
// (capacity - burst) per window. The provider then sees an even stream instead of a
// window's worth at once followed by a window of silence, again and again, whose bursts a
// server measuring its own, slightly shifted window could count over the limit.
class QuotaWindow
{
public:
    QuotaWindow(int capacity, qint64 windowMs, int burst = 0);

    // Milliseconds until `units` fit (0: now). More units than the capacity wait for an
    // empty window and are then let through alone.
    qint64 delayFor(int units, qint64 nowMs) const;
    void charge(int units, qint64 nowMs);
    int used(qint64 nowMs) const;
    int capacity() const { return m_capacity; }

private:
    void expire(qint64 nowMs) const;

    qint64 paceDelay(int units, qint64 nowMs) const;
    void refill(qint64 nowMs) const;

    int m_capacity;
    qint64 m_windowMs;
    int m_burst;             // 0: no pacing
    double m_rate = 0;       // units per millisecond
    mutable double m_tokens; // may go below zero: a request bigger than the bucket
    mutable qint64 m_lastRefill = 0;
    mutable QList<QPair<qint64, int>> m_charges; // (time, units), oldest first
    mutable int m_sum = 0;
};

} // namespace em::net
