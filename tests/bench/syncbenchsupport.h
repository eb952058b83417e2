#pragma once

// What the sync benchmarks (em-gmailsync-bench, em-graphsync-bench) share: where the
// tables go, the "something is broken" verdict, order statistics, and one sync run timed
// from start() to finished() in a real event loop with the emulator's log of the run.
#include "requestlog.h"
#include "sync/accountsync.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdio>
#include <functional>
#include <vector>

namespace em::sandbox {
class Sandbox;
}

namespace em::bench {

extern FILE *g_out;   // the tables (stderr with --json, so that stdout is the JSON alone)
extern bool g_failed; // something is broken: the program exits non-zero

// A progress note on stderr.
void note(const char *format, ...) __attribute__((format(printf, 1, 2)));
// Something is broken (not slow): said on stderr, and the exit status becomes 1.
void broken(const QString &what);

// The core's per-request debug and info lines off (they would cost time in every
// figure), unless QT_LOGGING_RULES says otherwise.
void quietLogging();

QList<int> intList(const QString &text);            // "1,2,3"
double percentile(std::vector<double> v, double p); // nearest rank
double median(const std::vector<double> &v);
// {median, p95, min, max} of a non-empty list.
QJsonObject summary(const std::vector<double> &v);
// A summary as a table cell: "3" when every sample was 3, else "median (min-max)".
QString spread(const QJsonObject &summary);
qint64 residentKiB(); // of this process, -1 when unknown

// Runs the event loop for `ms` (answers still in flight land).
void settle(int ms);

// One sync run, waited for in a real event loop (QTest::qWaitFor sleeps 10 ms between
// passes, which would show up in every figure).
struct TimedRun
{
    sync::SyncReport report;
    double ms = 0;                // start() to finished()
    qint64 startedAtMs = 0;       // wall clock at start(), for the log's times
    QList<sandbox::LogEntry> log; // the emulator's log during the run
};

using ProgressHook = std::function<void(const sync::SyncProgress &, double ms)>;

// Starts `sync` and waits for its finished() (at most `timeoutMs`: then the run is
// cancelled and reported Failed). `onProgress` sees every progress with the time since
// start(); `clock`, when given, is the timer started at start(), for hooks on other
// signals.
TimedRun timeSync(sync::AccountSync &sync, sandbox::Sandbox &sandbox, qint64 timeoutMs,
                  const ProgressHook &onProgress = {}, QElapsedTimer *clock = nullptr);

} // namespace em::bench
