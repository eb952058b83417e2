#pragma once

#include <QList>
#include <QtGlobal>

#include <functional>
#include <utility>

class QObject;

namespace em::net {

class HttpClient;

// The rounds of one batch run (Gmail's multipart batch, Graph's $batch): calls that failed
// alone with a transient error go again, alone, in a later round: after the provider's
// Retry-After when it throttled them (nothing else is sent meanwhile), else after a pause
// that grows with each round; a few rounds at most.
class BatchRounds
{
public:
    static constexpr int kPartRounds = 5;       // a call failing alone is sent this many times at most ...
    static constexpr int kThrottledRounds = 10; // ... and this many more when it was throttled (Retry-After)

    QList<int> todo;       // the indexes of the calls for the next round
    qint64 throttleMs = 0; // the longest Retry-After of a throttled call this round

    // The calls of the round that starts now.
    QList<int> start()
    {
        throttleMs = 0;
        return std::exchange(todo, {});
    }
    bool throttled() const { return throttleMs > 0; }
    // At the end of a round: true when `again` will run the next one (after the pause, with
    // `http` held meanwhile when throttled); false when nothing is left or the rounds are
    // spent. `again` runs in `owner`'s thread, not at all once `owner` is gone.
    bool scheduleNext(HttpClient *http, QObject *owner, std::function<void()> again);

private:
    int m_rounds = 0;
    int m_throttledRounds = 0;
};

} // namespace em::net
