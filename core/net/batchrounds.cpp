#include "batchrounds.h"

#include "httpclient.h"

#include <QTimer>

#include <algorithm>

namespace em::net {

bool BatchRounds::scheduleNext(HttpClient *http, QObject *owner, std::function<void()> again)
{
    const bool wasThrottled = throttled();
    int &rounds = wasThrottled ? m_throttledRounds : m_rounds;
    if (todo.isEmpty() || ++rounds >= (wasThrottled ? kThrottledRounds : kPartRounds))
        return false;
    std::sort(todo.begin(), todo.end());
    const qint64 delay = wasThrottled ? throttleMs : qint64(250) << m_rounds;
    if (wasThrottled)
        http->holdFor(delay);
    QTimer::singleShot(int(delay), owner, std::move(again));
    return true;
}

} // namespace em::net
