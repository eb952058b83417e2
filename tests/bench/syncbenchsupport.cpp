#include "syncbenchsupport.h"

#include "sandbox.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <limits>

namespace em::bench {

FILE *g_out = stdout;
bool g_failed = false;

void note(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fflush(stderr);
}

void broken(const QString &what)
{
    g_failed = true;
    std::fprintf(stderr, "BROKEN: %s\n", qPrintable(what));
    std::fflush(stderr);
}

void quietLogging()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("emailmanager.*.debug=false\nemailmanager.*.info=false"));
}

QList<int> intList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.append(part.trimmed().toInt());
    return out;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<size_t>(rank, 1, v.size()) - 1);
}

double median(const std::vector<double> &v)
{
    if (v.empty())
        return 0;
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    return s.size() % 2 ? s[s.size() / 2] : (s[s.size() / 2 - 1] + s[s.size() / 2]) / 2;
}

QJsonObject summary(const std::vector<double> &v)
{
    return QJsonObject{{QStringLiteral("median"), median(v)},
                       {QStringLiteral("p95"), percentile(v, 95)},
                       {QStringLiteral("min"), *std::min_element(v.begin(), v.end())},
                       {QStringLiteral("max"), *std::max_element(v.begin(), v.end())}};
}

QString spread(const QJsonObject &r)
{
    const double lo = r.value(QStringLiteral("min")).toDouble(), hi = r.value(QStringLiteral("max")).toDouble();
    return lo == hi ? QString::number(lo)
                    : QStringLiteral("%1 (%2-%3)").arg(r.value(QStringLiteral("median")).toDouble()).arg(lo).arg(hi);
}

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

TimedRun timeSync(sync::AccountSync &sync, sandbox::Sandbox &sandbox, qint64 timeoutMs, const ProgressHook &onProgress,
                  QElapsedTimer *clock)
{
    const qsizetype logBefore = sandbox.log().entries().size();
    TimedRun out;
    bool done = false;
    QEventLoop loop;
    QElapsedTimer own;
    QElapsedTimer &timer = clock ? *clock : own;
    QMetaObject::Connection finished =
        QObject::connect(&sync, &sync::AccountSync::finished, [&](const sync::SyncReport &r) {
            out.ms = timer.nsecsElapsed() / 1e6;
            out.report = r;
            done = true;
            loop.quit();
        });
    QMetaObject::Connection progress =
        QObject::connect(&sync, &sync::AccountSync::progress, [&](const sync::SyncProgress &p) {
            if (onProgress)
                onProgress(p, timer.nsecsElapsed() / 1e6);
        });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(qMin<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    out.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    timer.start();
    sync.start();
    if (!done)
        loop.exec();
    QObject::disconnect(finished);
    QObject::disconnect(progress);
    if (!done) {
        out.ms = timer.nsecsElapsed() / 1e6;
        out.report.outcome = sync::SyncReport::Outcome::Failed;
        out.report.error = QStringLiteral("the sync did not finish within %1 s").arg(timeoutMs / 1000);
        sync.cancel();
    }
    out.log = sandbox.log().entries().mid(logBefore);
    return out;
}

} // namespace em::bench
