// em-gmailsync-bench: figures for the Gmail sync against the in-process emulator (issue 5).
//
//   1. rate   full metadata sync rate against the quota bound, for several mailbox sizes
//   2. first  time until the first Inbox page is in the store, for a large mailbox with
//             added latency
//   3. incr   cost of an incremental sync when nothing changed: requests, units, milliseconds
//
// The real client code (GmailSync, HttpClient, MailStore, AccessTokenSource with the tokens
// in a real keychain) talks HTTP over loopback to the emulator, signed in on the emulator's
// consent page. Run it through scripts/with-keyring.sh. A benchmark prints figures; it
// exits non-zero only when something is broken (a sync not in step, quota refusals, a
// store that differs from the mailbox), never because the machine is slow.
// `--help` lists the options; tests/bench/README.md describes the method.
#include "gmailsynctestsupport.h"
#include "syncbenchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace {

using namespace em;
using namespace em::bench;
using sync::SyncProgress;
using sync::SyncReport;

constexpr int kUnitsPerMessage = 5;    // messages.get, format=metadata
constexpr int kGoogleUnits = 15000;    // Google's per-user quota ...
constexpr int kGoogleWindowMs = 60000; // ... per minute
constexpr int kUnlimited = 1000000000; // a quota that never binds

QString g_chargesFile; // --charges: every accepted charge of part 1, as CSV

QString shortPath(const QString &path)
{
    QString p = path;
    p.remove(QStringLiteral("/gmail/v1/users/me/"));
    return p;
}

// Units charged in the whole windows after the first (aligned on the first charge), over
// what those windows allowed: the share of the quota a long sync keeps using once the
// first window's burst is spent. -1 when the run lasted fewer than two whole windows.
double steadyShare(const QList<QPair<qint64, int>> &charges, qint64 windowMs, int capacity)
{
    if (charges.isEmpty())
        return -1;
    const qint64 t0 = charges.first().first;
    const qint64 windows = (charges.last().first - t0) / windowMs;
    if (windows < 2)
        return -1;
    qint64 units = 0;
    for (const auto &[at, u] : charges)
        if (at >= t0 + windowMs && at < t0 + windows * windowMs)
            units += u;
    return double(units) / (double(windows - 1) * capacity);
}

// The emulator with one Gmail user (no Outlook mailbox to seed), a sign-in, a store.
std::unique_ptr<test::GmailSyncFixture> makeFixture(int messages, quint64 seed, int units, int windowMs, int latencyMs,
                                                    double *seedMs)
{
    sandbox::SandboxOptions o = test::GmailSyncFixture::options(messages, seed);
    o.users = {{test::AuthFixtureBase::user(settings::Provider::Google), sandbox::Provider::Google,
                QStringLiteral("Alice Sandbox")}};
    o.limits.gmailUnitsPerMinute = units;
    o.limits.gmailQuotaWindowMs = windowMs;
    o.limits.latencyMs = latencyMs;
    QElapsedTimer t;
    t.start();
    auto fixture = std::make_unique<test::GmailSyncFixture>(std::move(o)); // seeds in the constructor
    if (seedMs)
        *seedMs = t.nsecsElapsed() / 1e6;
    if (!fixture->started) {
        broken(QStringLiteral("the emulator did not start"));
        return nullptr;
    }
    return fixture;
}

// One sync run (bench::timeSync) with what the emulator charged and refused during it.
struct Run : TimedRun
{
    double firstPageMs = -1; // FirstPage progress with done == total (when a full sync ran)
    int requests = 0;
    qint64 units = 0;
    int refusals = 0;
    int status429 = 0;
    QList<QPair<qint64, int>> charges; // the emulator's accepted charges during the run (time, units)
};

Run runSync(test::GmailSyncFixture &fx, qint64 timeoutMs, const ProgressHook &onProgress = {})
{
    sandbox::QuotaTracker &quota = fx.sandbox.quota();
    const QString user = fx.address();
    const qsizetype chargesBefore = quota.gmailCharges(user).size();
    const int refusalsBefore = quota.gmailRefusals(user);
    Run out;
    static_cast<TimedRun &>(out) = timeSync(*fx.sync, fx.sandbox, timeoutMs, [&](const SyncProgress &p, double ms) {
        if (p.phase == SyncProgress::Phase::FirstPage && p.done == p.total && out.firstPageMs < 0)
            out.firstPageMs = ms;
        if (onProgress)
            onProgress(p, ms);
    });
    const auto &charges = quota.gmailCharges(user);
    out.charges = charges.mid(chargesBefore);
    for (const auto &c : std::as_const(out.charges))
        out.units += c.second;
    out.refusals = quota.gmailRefusals(user) - refusalsBefore;
    out.requests = int(out.log.size());
    for (const sandbox::LogEntry &e : std::as_const(out.log))
        out.status429 += e.status == 429;
    return out;
}

// The most units the emulator accepted within any window of `windowMs` (its own rule: a
// charge leaves the window when it is windowMs old).
int peakUnits(const QList<QPair<qint64, int>> &charges, qint64 windowMs)
{
    int peak = 0, sum = 0;
    qsizetype first = 0;
    for (qsizetype i = 0; i < charges.size(); ++i) {
        sum += charges.at(i).second;
        while (charges.at(first).first <= charges.at(i).first - windowMs)
            sum -= charges.at(first++).second;
        peak = std::max(peak, sum);
    }
    return peak;
}

// The product's client settings for an emulator of `units` per `windowMs`: its share of
// Google's quota and its slack, scaled to the window (everything in the scaled runs is
// time-scaled alike). `share` > 0 sets the share instead.
gmail::GmailSync::Options clientOptions(int units, int windowMs, double share, int prefetch)
{
    gmail::GmailSync::Options o; // the product's firstPage, listPage, quota and slack
    o.prefetch = prefetch;
    if (units >= kUnlimited) {
        o.unitsPerMinute = kUnlimited;
        o.quotaSlackMs = 0;
    } else {
        const double productShare = double(o.unitsPerMinute) / kGoogleUnits;
        o.unitsPerMinute = int(std::floor(units * (share > 0 ? share : productShare)));
        o.quotaSlackMs = int(qint64(o.quotaSlackMs) * windowMs / o.quotaWindowMs);
    }
    o.quotaWindowMs = windowMs;
    return o;
}

bool checkInStep(test::GmailSyncFixture &fx, const Run &run, const QString &what, bool compareStore)
{
    bool ok = true;
    if (!run.report.inStep()) {
        broken(
            QStringLiteral("%1: the sync ended %2 (%3)").arg(what).arg(int(run.report.outcome)).arg(run.report.error));
        ok = false;
    }
    if (run.refusals > 0 || run.status429 > 0) {
        broken(QStringLiteral("%1: the emulator refused %2 calls over quota (%3 answers 429)")
                   .arg(what)
                   .arg(run.refusals)
                   .arg(run.status429));
        ok = false;
    }
    if (ok && compareStore) {
        int duplicates = -1;
        const QString diff = fx.storeDifferences(&duplicates);
        if (!diff.isEmpty() || duplicates != 0) {
            broken(QStringLiteral("%1: the store differs from the mailbox (%2 duplicates):\n%3")
                       .arg(what)
                       .arg(duplicates)
                       .arg(diff));
            ok = false;
        }
    }
    return ok;
}

// ---------------------------------------------------------------------------------------
// 1. Full metadata sync rate against the quota bound

struct RateCase
{
    QString label;
    int size = 0;
    int units = 0; // the emulator's capacity per window
    int windowMs = 0;
};

QJsonObject rateCase(const RateCase &c, quint64 seed, double share)
{
    double seedMs = 0;
    auto fx = makeFixture(c.size, seed, c.units, c.windowMs, 0, &seedMs);
    if (!fx)
        return {};
    const gmail::GmailSync::Options options = clientOptions(c.units, c.windowMs, share, 0);
    if (Status s = fx->connectAccount(options); !s) {
        broken(QStringLiteral("%1: cannot connect the account: %2").arg(c.label, s.error()));
        return {};
    }
    const int messages = int(fx->mailbox().messages().size());
    const bool unlimited = c.units >= kUnlimited;
    // Expected time at the bound, three times over, plus two minutes.
    const qint64 expectMs = unlimited ? 0 : qint64(messages) * kUnitsPerMessage * c.windowMs / options.unitsPerMinute;
    note("rate: %s, %d messages (seeded in %.1f s), syncing...\n", qPrintable(c.label), messages, seedMs / 1000);
    const Run run = runSync(*fx, expectMs * 3 + 120000 + qint64(messages) * 10);
    const bool ok = checkInStep(*fx, run, QStringLiteral("rate %1 %2").arg(c.label).arg(c.size), true);
    if (ok && run.report.added != messages)
        broken(QStringLiteral("rate %1: %2 added of %3").arg(c.label).arg(run.report.added).arg(messages));

    const double seconds = run.ms / 1000;
    const double rate = messages / seconds;
    const double span = run.charges.isEmpty() ? 0 : double(run.charges.last().first - run.charges.first().first); // ms
    const int peak = unlimited ? peakUnits(run.charges, kGoogleWindowMs) : peakUnits(run.charges, c.windowMs);
    if (!g_chargesFile.isEmpty() && !run.charges.isEmpty()) {
        QFile f(g_chargesFile);
        if (f.open(QIODevice::Append | QIODevice::Text)) {
            QByteArray csv;
            for (const auto &[at, u] : std::as_const(run.charges))
                csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                           .arg(c.label)
                           .arg(c.size)
                           .arg(c.windowMs)
                           .arg(at - run.startedAtMs)
                           .arg(u)
                           .toUtf8();
            f.write(csv);
        }
    }
    QJsonObject o{{QStringLiteral("label"), c.label},
                  {QStringLiteral("messages"), messages},
                  {QStringLiteral("quota_units"), unlimited ? QJsonValue() : QJsonValue(c.units)},
                  {QStringLiteral("quota_window_ms"), c.windowMs},
                  {QStringLiteral("client_units"), unlimited ? QJsonValue() : QJsonValue(options.unitsPerMinute)},
                  {QStringLiteral("client_window_ms"), options.quotaWindowMs + options.quotaSlackMs},
                  {QStringLiteral("seed_ms"), seedMs},
                  {QStringLiteral("sync_ms"), run.ms},
                  {QStringLiteral("first_page_ms"), run.firstPageMs},
                  {QStringLiteral("requests"), run.requests},
                  {QStringLiteral("units"), run.units},
                  {QStringLiteral("units_per_message"), double(run.units) / messages},
                  {QStringLiteral("messages_per_s"), rate},
                  {QStringLiteral("peak_window_units"), peak},
                  {QStringLiteral("refusals"), run.refusals},
                  {QStringLiteral("in_step"), ok}};
    if (!unlimited) {
        const double bound = double(c.units) / (c.windowMs / 1000.0) / kUnitsPerMessage;
        o.insert(QStringLiteral("bound_messages_per_s"), bound);
        o.insert(QStringLiteral("ratio"), rate / bound);
        o.insert(QStringLiteral("steady_share"), steadyShare(run.charges, c.windowMs, c.units));
        o.insert(QStringLiteral("windows"), span / c.windowMs);
    }
    return o;
}

void printRate(const QJsonArray &rows)
{
    std::fprintf(g_out, "\n1. Full metadata sync (no bodies) against the quota bound\n");
    std::fprintf(g_out, "%-10s %7s %12s %8s %9s %6s %7s %8s %7s %6s %8s %11s %6s %8s\n", "quota", "msgs", "window",
                 "seed s", "sync s", "first", "msg/s", "bound", "ratio", "steady", "u/msg", "peak/cap", "refus",
                 "windows");
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        const bool unlimited = o.value(QStringLiteral("quota_units")).isNull();
        const QString window = unlimited ? QStringLiteral("none")
                                         : QStringLiteral("%1/%2s")
                                               .arg(o.value(QStringLiteral("quota_units")).toInt())
                                               .arg(o.value(QStringLiteral("quota_window_ms")).toInt() / 1000.0);
        std::fprintf(
            g_out, "%-10s %7d %12s %8.1f %9.1f %6.2f %7.1f", qPrintable(o.value(QStringLiteral("label")).toString()),
            o.value(QStringLiteral("messages")).toInt(), qPrintable(window),
            o.value(QStringLiteral("seed_ms")).toDouble() / 1000, o.value(QStringLiteral("sync_ms")).toDouble() / 1000,
            o.value(QStringLiteral("first_page_ms")).toDouble() / 1000,
            o.value(QStringLiteral("messages_per_s")).toDouble());
        if (unlimited)
            std::fprintf(g_out, " %8s %7s %6s %8.2f %11s %6d %8s\n", "-", "-", "-",
                         o.value(QStringLiteral("units_per_message")).toDouble(), "-",
                         o.value(QStringLiteral("refusals")).toInt(), "-");
        else
            std::fprintf(
                g_out, " %8.1f %7.3f %6s %8.2f %5d/%-5d %6d %8.1f\n",
                o.value(QStringLiteral("bound_messages_per_s")).toDouble(), o.value(QStringLiteral("ratio")).toDouble(),
                o.value(QStringLiteral("steady_share")).toDouble() < 0
                    ? "-"
                    : qPrintable(QString::number(o.value(QStringLiteral("steady_share")).toDouble(), 'f', 3)),
                o.value(QStringLiteral("units_per_message")).toDouble(),
                o.value(QStringLiteral("peak_window_units")).toInt(), o.value(QStringLiteral("quota_units")).toInt(),
                o.value(QStringLiteral("refusals")).toInt(), o.value(QStringLiteral("windows")).toDouble());
    }
    std::fprintf(g_out,
                 "bound: capacity / window / %d units a message (the steady rate a sliding window allows; the "
                 "first window is a burst, so short runs beat it); ratio: msg/s over the bound; steady: units "
                 "charged in the whole windows after the first over their capacity (runs of 2+ windows); "
                 "peak/cap: most units the emulator took in any window; first: seconds to the first Inbox "
                 "page; windows: run length in windows\n",
                 kUnitsPerMessage);
    // What the steady share means at Google's quota: the longest quota-bound run.
    QJsonObject best;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("steady_share")).toDouble() > 0 &&
            o.value(QStringLiteral("windows")).toDouble() > best.value(QStringLiteral("windows")).toDouble())
            best = o;
    }
    if (!best.isEmpty()) {
        const double share = best.value(QStringLiteral("steady_share")).toDouble();
        const double perMessage = best.value(QStringLiteral("units_per_message")).toDouble();
        const double real = share * kGoogleUnits / (kGoogleWindowMs / 1000.0) / perMessage;
        std::fprintf(g_out,
                     "at Google's %d units a minute (bound %.0f msg/s): steady share %.3f and %.3f units a message "
                     "(%d messages, %s) give %.1f msg/s = %.0f msg/min; 100,000 messages in %.1f min (the first "
                     "minute's burst left out: about one minute less)\n",
                     kGoogleUnits, double(kGoogleUnits) / 60 / kUnitsPerMessage, share, perMessage,
                     best.value(QStringLiteral("messages")).toInt(),
                     qPrintable(best.value(QStringLiteral("label")).toString()), real, real * 60, 100000 / real / 60);
    }
}

// ---------------------------------------------------------------------------------------
// 2. Time until the first Inbox page is in the store

QJsonObject firstPage(int size, quint64 seed, const QList<int> &latencies, int reps)
{
    const qint64 rssBefore = residentKiB();
    double seedMs = 0;
    note("first: seeding %d messages...\n", size);
    // The emulator's quota is not what is measured here (the first page costs 261 units);
    // lifted so that the requests a cancelled run leaves in flight do not slow the next.
    auto fx = makeFixture(size, seed, kUnlimited, kGoogleWindowMs, 0, &seedMs);
    if (!fx)
        return {};
    const qint64 rssAfter = residentKiB();
    note("first: seeded in %.1f s, resident %+.0f MiB\n", seedMs / 1000, (rssAfter - rssBefore) / 1024.0);
    gmail::GmailSync::Options options; // the product's
    if (Status s = fx->connectAccount(options); !s) {
        broken(QStringLiteral("first page: cannot connect the account: %1").arg(s.error()));
        return {};
    }
    // The newest Inbox messages, by the emulator's order: what the first page must hold.
    QList<const sandbox::StoredMessage *> inbox;
    for (const sandbox::StoredMessage &m : fx->mailbox().messages())
        if (m.labels.contains(QStringLiteral("INBOX")))
            inbox.append(&m);
    std::sort(inbox.begin(), inbox.end(), [](auto *a, auto *b) {
        return a->internalDateMs != b->internalDateMs ? a->internalDateMs > b->internalDateMs : a->id > b->id;
    });
    const int inboxSize = int(inbox.size());
    inbox = inbox.mid(0, options.firstPage);

    QJsonObject out{{QStringLiteral("messages"), int(fx->mailbox().messages().size())},
                    {QStringLiteral("inbox_messages"), inboxSize},
                    {QStringLiteral("seed_ms"), seedMs},
                    {QStringLiteral("seed_resident_mib"), (rssAfter - rssBefore) / 1024.0},
                    {QStringLiteral("page"), options.firstPage}};
    QJsonArray byLatency;
    for (int latency : latencies) {
        fx->sandbox.limits().latencyMs = latency;
        std::vector<double> samples, waits;
        QJsonArray timeline;
        for (int rep = 0; rep < reps; ++rep) {
            // A fresh store and a fresh token source (the keychain is read again), as a
            // newly connected account has.
            fx->sync.reset();
            auto opened =
                store::MailStore::open(fx->dir.filePath(QStringLiteral("first-%1-%2.sqlite").arg(latency).arg(rep)));
            if (!opened) {
                broken(opened.error());
                return out;
            }
            fx->store = std::move(opened).value();
            fx->accountId = fx->store->ensureAccount(QStringLiteral("google"), fx->address(), QString()).value();
            fx->makeSync(options);
            const QString storePath = fx->store->path();
            qint64 stored = -1, storedInbox = -1;
            int newest = 0;
            const Run run = runSync(*fx, 600000, [&](const SyncProgress &p, double) {
                if (p.phase != SyncProgress::Phase::FirstPage || p.done != p.total || stored >= 0)
                    return;
                stored = test::countRows(
                    storePath, QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), fx->accountId);
                storedInbox = test::countRows(
                    storePath,
                    QStringLiteral("SELECT count(*) FROM messages m JOIN message_folders mf ON mf.message_id = m.id "
                                   "JOIN folders f ON f.id = mf.folder_id WHERE m.account_id = ? AND "
                                   "f.remote_id = 'INBOX'"),
                    fx->accountId);
                for (const sandbox::StoredMessage *m : std::as_const(inbox))
                    newest += fx->store->messageIdForRemote(fx->accountId, m->id).value() > 0;
                // Not from inside the signal: the sync goes on after it returns.
                QTimer::singleShot(0, fx->sync.get(), [&fx] { fx->sync->cancel(); });
            });
            if (run.firstPageMs < 0 || run.report.outcome != SyncReport::Outcome::Cancelled) {
                broken(QStringLiteral("first page (latency %1 ms): no first page (outcome %2: %3)")
                           .arg(latency)
                           .arg(int(run.report.outcome))
                           .arg(run.report.error));
                return out;
            }
            if (stored != inbox.size() || storedInbox != inbox.size() || newest != inbox.size())
                broken(QStringLiteral("first page (latency %1 ms): the store held %2 messages (%3 in the Inbox, %4 "
                                      "of the %5 newest Inbox messages)")
                           .arg(latency)
                           .arg(stored)
                           .arg(storedInbox)
                           .arg(newest)
                           .arg(inbox.size()));
            // The listing the cancelled run had sent answers now: let it land before the next run.
            fx->sync.reset();
            settle(2 * latency + 300);
            samples.push_back(run.firstPageMs);
            // The requests before the first page run one after the other: the time spent
            // waiting for the emulator (its own work plus the added latency) is their sum.
            double waited = 0;
            for (const sandbox::LogEntry &e : run.log)
                if (e.at.toMSecsSinceEpoch() - run.startedAtMs <= run.firstPageMs + 1)
                    waited += double(e.latencyMs);
            waits.push_back(waited);
            note("first: latency %d ms, run %d: %.1f ms, %lld messages stored\n", latency, rep + 1, run.firstPageMs,
                 stored);
            if (rep == reps - 1) {
                // The requests until the first page, answer times relative to start().
                for (const sandbox::LogEntry &e : run.log) {
                    const qint64 at = e.at.toMSecsSinceEpoch() - run.startedAtMs;
                    if (at > run.firstPageMs + 1)
                        break;
                    timeline.append(
                        QJsonObject{{QStringLiteral("request"), QString(e.method + u' ' + shortPath(e.path))},
                                    {QStringLiteral("answered_ms"), at},
                                    {QStringLiteral("server_ms"), e.latencyMs - latency},
                                    {QStringLiteral("units"), e.quotaUnits}});
                }
            }
        }
        QJsonArray all;
        for (double s : samples)
            all.append(s);
        byLatency.append(QJsonObject{{QStringLiteral("latency_ms"), latency},
                                     {QStringLiteral("first_page_ms"), all},
                                     {QStringLiteral("median_ms"), median(samples)},
                                     {QStringLiteral("median_waiting_ms"), median(waits)},
                                     {QStringLiteral("requests"), timeline}});
    }
    out.insert(QStringLiteral("runs"), byLatency);
    return out;
}

void printFirstPage(const QJsonObject &o)
{
    if (o.isEmpty())
        return;
    std::fprintf(g_out, "\n2. First Inbox page in the store, %d messages (%d in the Inbox), page of %d\n",
                 o.value(QStringLiteral("messages")).toInt(), o.value(QStringLiteral("inbox_messages")).toInt(),
                 o.value(QStringLiteral("page")).toInt());
    std::fprintf(g_out, "seeding the emulator: %.1f s, %.0f MiB resident\n",
                 o.value(QStringLiteral("seed_ms")).toDouble() / 1000,
                 o.value(QStringLiteral("seed_resident_mib")).toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("runs")).toArray()) {
        const QJsonObject r = v.toObject();
        QStringList runs;
        for (const QJsonValue &s : r.value(QStringLiteral("first_page_ms")).toArray())
            runs << QString::number(s.toDouble(), 'f', 0);
        const double total = r.value(QStringLiteral("median_ms")).toDouble();
        const double waiting = r.value(QStringLiteral("median_waiting_ms")).toDouble();
        std::fprintf(g_out,
                     "latency %3d ms: start() to first page %7.1f ms median (runs: %s ms); waiting for the emulator "
                     "%.0f ms, the client's own work %.0f ms\n",
                     r.value(QStringLiteral("latency_ms")).toInt(), total, qPrintable(runs.join(QStringLiteral(", "))),
                     waiting, total - waiting);
        for (const QJsonValue &e : r.value(QStringLiteral("requests")).toArray()) {
            const QJsonObject q = e.toObject();
            std::fprintf(g_out, "    %-28s answered at %6lld ms, server %4lld ms, %3d units\n",
                         qPrintable(q.value(QStringLiteral("request")).toString()),
                         q.value(QStringLiteral("answered_ms")).toInteger(),
                         q.value(QStringLiteral("server_ms")).toInteger(), q.value(QStringLiteral("units")).toInt());
        }
    }
}

// ---------------------------------------------------------------------------------------
// 3. Incremental sync with nothing changed

QJsonObject incremental(int size, quint64 seed, int latency, int prefetch, int runs)
{
    const QString what = QStringLiteral("incremental (latency %1 ms, prefetch %2)").arg(latency).arg(prefetch);
    // Google's quota and the product's client settings.
    auto fx = makeFixture(size, seed, kGoogleUnits, kGoogleWindowMs, latency, nullptr);
    if (!fx)
        return {};
    const gmail::GmailSync::Options options = clientOptions(kGoogleUnits, kGoogleWindowMs, 0, prefetch);
    if (Status s = fx->connectAccount(options); !s) {
        broken(QStringLiteral("%1: cannot connect the account: %2").arg(what, s.error()));
        return {};
    }
    note("incr: latency %d ms, prefetch %d: full sync of %d messages...\n", latency, prefetch, size);
    const Run full = runSync(*fx, 1800000);
    if (!checkInStep(*fx, full, what + QStringLiteral(", full sync"), true))
        return {};
    std::vector<double> ms, requests, units;
    QJsonArray perRun;
    QStringList lastRequests;
    int changed = 0, bodies = 0;
    for (int i = 0; i < runs; ++i) {
        const Run run = runSync(*fx, 600000);
        if (!checkInStep(*fx, run, what + QStringLiteral(", run %1").arg(i + 1), false))
            return {};
        ms.push_back(run.ms);
        requests.push_back(run.requests);
        units.push_back(double(run.units));
        changed += run.report.added + run.report.updated + run.report.removed;
        bodies += run.report.bodies;
        perRun.append(
            QJsonObject{{QStringLiteral("ms"), run.ms},
                        {QStringLiteral("requests"), run.requests},
                        {QStringLiteral("units"), run.units},
                        {QStringLiteral("bodies"), run.report.bodies},
                        {QStringLiteral("changed"), run.report.added + run.report.updated + run.report.removed}});
        lastRequests.clear();
        for (const sandbox::LogEntry &e : run.log)
            lastRequests << e.method + u' ' + shortPath(e.path);
    }
    if (changed > 0)
        note("incr: %s: %d messages counted as changed over the runs although nothing changed\n", qPrintable(what),
             changed);
    // Nothing changed on the server: the store must still equal the mailbox.
    checkInStep(*fx, full, what + QStringLiteral(", after the runs"), true);
    return QJsonObject{{QStringLiteral("messages"), size},
                       {QStringLiteral("latency_ms"), latency},
                       {QStringLiteral("prefetch"), prefetch},
                       {QStringLiteral("full_sync_ms"), full.ms},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("ms"), summary(ms)},
                       {QStringLiteral("requests"), summary(requests)},
                       {QStringLiteral("units"), summary(units)},
                       {QStringLiteral("bodies"), bodies},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("last_run_requests"), lastRequests.join(QStringLiteral(", "))},
                       {QStringLiteral("per_run"), perRun}};
}

void printIncremental(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return;
    std::fprintf(g_out, "\n3. Incremental sync with nothing changed (Google's quota, the product's client settings)\n");
    std::fprintf(g_out, "%7s %7s %8s %5s %14s %14s %9s %9s %7s %8s\n", "msgs", "latency", "prefetch", "runs",
                 "requests/run", "units/run", "ms med", "ms p95", "bodies", "changed");
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        auto span = [&](const char *key) { return spread(o.value(QLatin1String(key)).toObject()); };
        const QJsonObject ms = o.value(QStringLiteral("ms")).toObject();
        std::fprintf(g_out, "%7d %7d %8d %5d %14s %14s %9.1f %9.1f %7d %8d\n",
                     o.value(QStringLiteral("messages")).toInt(), o.value(QStringLiteral("latency_ms")).toInt(),
                     o.value(QStringLiteral("prefetch")).toInt(), o.value(QStringLiteral("runs")).toInt(),
                     qPrintable(span("requests")), qPrintable(span("units")),
                     ms.value(QStringLiteral("median")).toDouble(), ms.value(QStringLiteral("p95")).toDouble(),
                     o.value(QStringLiteral("bodies")).toInt(), o.value(QStringLiteral("changed")).toInt());
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (!o.isEmpty())
            std::fprintf(g_out, "last run's requests (latency %d, prefetch %d): %s\n",
                         o.value(QStringLiteral("latency_ms")).toInt(), o.value(QStringLiteral("prefetch")).toInt(),
                         qPrintable(o.value(QStringLiteral("last_run_requests")).toString()));
    }
    std::fprintf(g_out, "requests and units: as the emulator logged and charged them (a batch is one request); ms: "
                        "start() to finished(); p95 by nearest rank; bodies: bodies prefetched over all runs\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("em-gmailsync-bench"));
    quietLogging(); // a line per request on stderr would cost time in every figure; QT_LOGGING_RULES wins
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Gmail sync figures against the in-process emulator. Run through scripts/with-keyring.sh."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Parts to run: rate,first,incr."),
                                  QStringLiteral("LIST"), QStringLiteral("rate,first,incr"));
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Mailbox sizes of the rate part."),
                                   QStringLiteral("LIST"), QStringLiteral("1000,5000,20000"));
    const QCommandLineOption units(QStringLiteral("quota-units"),
                                   QStringLiteral("The emulator's Gmail units per window in the rate part."),
                                   QStringLiteral("N"), QStringLiteral("15000"));
    const QCommandLineOption window(QStringLiteral("quota-window-ms"),
                                    QStringLiteral("The quota window of the rate part (Google: 60000)."),
                                    QStringLiteral("MS"), QStringLiteral("20000"));
    const QCommandLineOption share(
        QStringLiteral("client-share"),
        QStringLiteral("The client's quota as a share of the emulator's (default: the product's "
                       "share of Google's quota)."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption ceiling(QStringLiteral("no-ceiling"),
                                     QStringLiteral("Skip the run without any quota (the machine's ceiling)."));
    const QCommandLineOption real(QStringLiteral("real-quota-size"),
                                  QStringLiteral("Also sync this many messages at Google's 15,000 units / 60 s "
                                                 "(0: no; takes size/2,900 minutes)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption firstSize(QStringLiteral("first-size"),
                                       QStringLiteral("Mailbox size of the first-page part."), QStringLiteral("N"),
                                       QStringLiteral("100000"));
    const QCommandLineOption firstLatency(QStringLiteral("first-latency"),
                                          QStringLiteral("Added latencies of the first-page part."),
                                          QStringLiteral("LIST"), QStringLiteral("50,0"));
    const QCommandLineOption firstReps(QStringLiteral("first-runs"), QStringLiteral("Runs per latency."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption incrSize(QStringLiteral("incr-size"),
                                      QStringLiteral("Mailbox size of the incremental part."), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption incrRuns(QStringLiteral("incr-runs"), QStringLiteral("Incremental runs per case."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption incrLatency(QStringLiteral("incr-latency"),
                                         QStringLiteral("Added latencies of the incremental part."),
                                         QStringLiteral("LIST"), QStringLiteral("0,50"));
    const QCommandLineOption incrPrefetch(
        QStringLiteral("incr-prefetch"),
        QStringLiteral("Body prefetch settings of the incremental part (product: 50)."), QStringLiteral("LIST"),
        QStringLiteral("0,50"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The emulator's seed."), QStringLiteral("N"),
                                  QStringLiteral("7"));
    const QCommandLineOption charges(QStringLiteral("charges"),
                                     QStringLiteral("Append part 1's accepted charges to FILE as CSV (case, size, "
                                                    "window ms, ms since start(), units)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON on stdout (the tables go to stderr)."));
    parser.addOptions({only, sizes, units, window, share, ceiling, real, firstSize, firstLatency, firstReps, incrSize,
                       incrRuns, incrLatency, incrPrefetch, seed, charges, json});
    parser.process(app);
    g_chargesFile = parser.value(charges);
    if (parser.isSet(json))
        g_out = stderr;
    const QStringList parts = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const quint64 seedValue = parser.value(seed).toULongLong();
    QJsonObject doc;

    std::fprintf(g_out, "em-gmailsync-bench: %d cores, Qt %s\n", QThread::idealThreadCount(), qVersion());
    if (parts.contains(QStringLiteral("rate"))) {
        const int u = parser.value(units).toInt(), w = parser.value(window).toInt();
        const double s = parser.value(share).toDouble();
        QList<RateCase> cases;
        const QList<int> list = intList(parser.value(sizes));
        for (int n : list)
            cases.append({QStringLiteral("scaled"), n, u, w});
        if (!parser.isSet(ceiling) && !list.isEmpty())
            cases.append({QStringLiteral("none"), *std::max_element(list.begin(), list.end()), kUnlimited, w});
        if (const int n = parser.value(real).toInt(); n > 0)
            cases.append({QStringLiteral("google"), n, kGoogleUnits, kGoogleWindowMs});
        QJsonArray rows;
        for (const RateCase &c : std::as_const(cases))
            rows.append(rateCase(c, seedValue, s));
        const gmail::GmailSync::Options scaled = clientOptions(u, w, s, 0),
                                        google = clientOptions(kGoogleUnits, kGoogleWindowMs, s, 0);
        std::fprintf(g_out,
                     "client quota: %d units per %d + %d ms (at Google's quota: %d per %d + %d ms); first page %d, "
                     "list pages %d, batches of 50; no bodies\n",
                     scaled.unitsPerMinute, scaled.quotaWindowMs, scaled.quotaSlackMs, google.unitsPerMinute,
                     google.quotaWindowMs, google.quotaSlackMs, scaled.firstPage, scaled.listPage);
        printRate(rows);
        doc.insert(QStringLiteral("rate"), rows);
    }
    if (parts.contains(QStringLiteral("first"))) {
        const QJsonObject o = firstPage(parser.value(firstSize).toInt(), seedValue, intList(parser.value(firstLatency)),
                                        qMax(1, parser.value(firstReps).toInt()));
        printFirstPage(o);
        doc.insert(QStringLiteral("first_page"), o);
    }
    if (parts.contains(QStringLiteral("incr"))) {
        QJsonArray rows;
        for (int latency : intList(parser.value(incrLatency)))
            for (int prefetch : intList(parser.value(incrPrefetch)))
                rows.append(incremental(parser.value(incrSize).toInt(), seedValue, latency, prefetch,
                                        qMax(1, parser.value(incrRuns).toInt())));
        printIncremental(rows);
        doc.insert(QStringLiteral("incremental"), rows);
    }
    doc.insert(QStringLiteral("broken"), g_failed);
    if (parser.isSet(json))
        std::printf("%s", QJsonDocument(doc).toJson().constData());
    std::fflush(stdout);
    if (g_failed)
        std::fprintf(stderr, "em-gmailsync-bench: something is broken (see BROKEN lines above)\n");
    return g_failed ? 1 : 0;
}
