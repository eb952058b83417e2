// em-graphsync-bench: figures for the Outlook (Microsoft Graph) sync against the in-process
// emulator (issue 6).
//
//   1. rate   full sync rate for several mailbox sizes and added latencies, the requests it
//             made and which bound limits it: requests in a row times the latency, or
//             Graph's budget of 10,000 requests per mailbox per 10 minutes
//   2. first  time until the first Inbox page is in the store, for a large mailbox with
//             added latency; then the whole sync of that mailbox
//   3. incr   cost of an incremental sync when nothing changed: requests, milliseconds
//
// The real client code (GraphSync, GraphClient, HttpClient with its request budget and
// concurrency limit, MailStore, AccessTokenSource with the tokens in a real keychain)
// talks HTTP over loopback to the emulator, signed in on the emulator's consent page. Run
// it through scripts/with-keyring.sh. A benchmark prints figures; it exits non-zero only
// when something is broken (a sync not in step, a request the emulator throttled, a store
// that differs from the mailbox), never because the machine is slow.
// `--help` lists the options; tests/bench/README.md describes the method.
#include "gmailsynctestsupport.h"
#include "providers/graph/graphsync.h"
#include "syncbenchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using namespace em;
using namespace em::bench;
using sync::SyncProgress;
using sync::SyncReport;

// Graph's limits as the emulator enforces them (sandbox::Limits): per mailbox, 10,000
// requests in 10 minutes and 4 in flight.
const sandbox::Limits kGraphLimits;
constexpr double kGraphWindowS = 600;
constexpr int kWholeMailbox = 100000; // the size the figures are extrapolated to

double budgetPerSecond()
{
    return kGraphLimits.graphRequestsPer10Minutes / kGraphWindowS;
}

// The emulator with one Outlook user, a sign-in, and a store with its sync.
struct GraphFixture : test::AuthFixtureBase
{
    explicit GraphFixture(sandbox::SandboxOptions options) : AuthFixtureBase(std::move(options)) {}

    QString address() const { return user(settings::Provider::Microsoft); }
    sandbox::Mailbox &mailbox() { return *sandbox.mailbox(address()); }

    // Signs in on the consent page and puts the tokens in the keychain.
    Status signInAndStoreTokens()
    {
        const Result<auth::AuthorizedAccount> a = signIn(config(settings::Provider::Microsoft), address());
        if (!a)
            return Status::failure(a.error());
        return storeTokens(settings::Provider::Microsoft, address(), a.value().tokens);
    }

    // A new, empty store in `file` and a sync over it with a new token source (the
    // keychain is read again), as a newly connected account has.
    Status openStore(const QString &file, const graph::GraphSync::Options &options)
    {
        sync.reset();
        auto opened = store::MailStore::open(dir.filePath(file));
        if (!opened)
            return Status::failure(opened.error());
        store = std::move(opened).value();
        const Result<qint64> id = store->ensureAccount(QStringLiteral("microsoft"), address(), QString());
        if (!id)
            return Status::failure(id.error());
        accountId = id.value();
        tokens = std::make_unique<auth::AccessTokenSource>(config(settings::Provider::Microsoft), address(), &keychain,
                                                           &nam);
        // The product's retry policy: nothing here should need a retry.
        sync = std::make_unique<graph::GraphSync>(*store, accountId, tokens.get(), &nam,
                                                  config(settings::Provider::Microsoft).apiBase(), options);
        return {};
    }

    QString storeDifferences(int *duplicates)
    {
        return test::differences(test::graphView(mailbox()), test::viewOf(store->path(), accountId, duplicates));
    }

    // Messages in a folder the client syncs (not hidden).
    int visibleMessages()
    {
        int n = 0;
        for (const sandbox::StoredMessage &m : mailbox().messages())
            for (const QString &l : m.labels)
                if (const sandbox::Label *f = mailbox().label(l); f && !f->hidden) {
                    ++n;
                    break;
                }
        return n;
    }

    QTemporaryDir dir;
    std::unique_ptr<store::MailStore> store;
    qint64 accountId = 0;
    std::unique_ptr<auth::AccessTokenSource> tokens;
    std::unique_ptr<graph::GraphSync> sync;
};

std::unique_ptr<GraphFixture> makeFixture(int messages, quint64 seed, int latencyMs, double *seedMs)
{
    sandbox::SandboxOptions o = test::GmailSyncFixture::options(messages, seed);
    o.users = {{test::AuthFixtureBase::user(settings::Provider::Microsoft), sandbox::Provider::Microsoft,
                QStringLiteral("Bob Sandbox")}};
    o.limits.latencyMs = latencyMs;
    QElapsedTimer t;
    t.start();
    auto fixture = std::make_unique<GraphFixture>(std::move(o)); // seeds in the constructor
    if (seedMs)
        *seedMs = t.nsecsElapsed() / 1e6;
    if (!fixture->started) {
        broken(QStringLiteral("the emulator did not start"));
        return nullptr;
    }
    if (Status s = fixture->signInAndStoreTokens(); !s) {
        broken(QStringLiteral("cannot sign in: %1").arg(s.error()));
        return nullptr;
    }
    return fixture;
}

// "GET mailFolders/Inbox/messages/delta": the API prefix dropped, folder ids by name.
QString describe(GraphFixture &fx, const sandbox::LogEntry &e)
{
    QString p = e.path;
    p.remove(QStringLiteral("/v1.0/me/"));
    p.remove(QStringLiteral("/v1.0/"));
    QStringList parts = p.split(u'/');
    for (QString &part : parts)
        if (const sandbox::Label *f = fx.mailbox().label(part))
            part = f->name;
    return e.method + u' ' + parts.join(u'/');
}

// What the emulator's log says about a run's Graph requests (its own request log: every
// request it admitted or throttled, with the time it answered and how long it held it).
struct LogFigures
{
    int graph = 0;       // requests to /v1.0/ (a $batch is one)
    int other = 0;       // token endpoint and the like
    int status429 = 0;   // throttled (over the budget or over 4 in flight)
    int deltaPages = 0;  // GET .../messages/delta
    int folderCalls = 0; // the folder tree: mailFolders, childFolders, the $batch of well-known folders
    int bodies = 0;      // GET .../$value
    int peakInFlight = 0;
    double heldMs = 0;     // the emulator's holding times summed (concurrent ones count twice)
    double waitingMs = 0;  // time at least one request was with the emulator (their union)
    double emulatorMs = 0; // the emulator's own work (its holding times less the added latency)
};

LogFigures logFigures(const QList<sandbox::LogEntry> &log, int latencyMs, qint64 untilMs = -1)
{
    LogFigures f;
    std::vector<std::pair<qint64, qint64>> held; // (sent, answered), ms since the epoch
    for (const sandbox::LogEntry &e : log) {
        const qint64 end = e.at.toMSecsSinceEpoch();
        if (untilMs >= 0 && end > untilMs)
            continue;
        if (!e.path.startsWith(QLatin1String("/v1.0/"))) {
            ++f.other;
            continue;
        }
        ++f.graph;
        f.status429 += e.status == 429;
        if (e.path.endsWith(QLatin1String("/messages/delta")))
            ++f.deltaPages;
        else if (e.path.endsWith(QLatin1String("/$value")))
            ++f.bodies;
        else if (e.path.contains(QLatin1String("/mailFolders")) || e.path.endsWith(QLatin1String("/$batch")))
            ++f.folderCalls;
        f.heldMs += double(e.latencyMs);
        f.emulatorMs += double(qMax<qint64>(0, e.latencyMs - latencyMs));
        held.emplace_back(end - e.latencyMs, end);
    }
    std::sort(held.begin(), held.end());
    // Their union, and the most held at once (the log has milliseconds: one answered in the
    // millisecond another was taken up does not overlap it).
    qint64 from = 0, to = 0;
    for (size_t i = 0; i < held.size(); ++i) {
        if (i == 0 || held[i].first > to) {
            f.waitingMs += double(to - from);
            from = held[i].first;
            to = held[i].second;
        } else {
            to = std::max(to, held[i].second);
        }
    }
    f.waitingMs += double(to - from);
    for (size_t i = 0; i < held.size(); ++i) {
        int open = 1;
        for (size_t j = 0; j < i; ++j)
            open += held[j].second > held[i].first;
        f.peakInFlight = std::max(f.peakInFlight, open);
    }
    return f;
}

// One sync run (bench::timeSync) and the client's count of its request budget.
struct GraphRun : TimedRun
{
    double firstPageMs = -1; // the first Inbox page's rows committed to the store
    int budgetUnits = 0;     // what the client charged to its budget (a $batch: its parts)
};

// `onFirstPage` runs when the first Inbox rows are committed (the store's changed signal
// for the Inbox after the FirstPage progress), with the time since start().
GraphRun runSync(GraphFixture &fx, qint64 timeoutMs, const ProgressHook &onProgress = {},
                 const std::function<void(double ms)> &onFirstPage = {})
{
    GraphRun out;
    QElapsedTimer clock;
    qint64 inbox = 0;
    const int budgetBefore = fx.sync->http().quotaUsed();
    QMetaObject::Connection changed =
        QObject::connect(fx.store.get(), &store::MailStore::changed, [&](const QSet<qint64> &folders) {
            if (out.firstPageMs >= 0 || inbox == 0 || !folders.contains(inbox))
                return;
            out.firstPageMs = clock.nsecsElapsed() / 1e6;
            if (onFirstPage)
                onFirstPage(out.firstPageMs);
        });
    static_cast<TimedRun &>(out) = timeSync(
        *fx.sync, fx.sandbox, timeoutMs,
        [&](const SyncProgress &p, double ms) {
            if (p.phase == SyncProgress::Phase::FirstPage && inbox == 0) {
                // The folders are in the store by now: the Inbox's row id.
                const Result<QList<store::FolderRef>> folders = fx.store->folders(fx.accountId);
                if (folders)
                    for (const store::FolderRef &f : folders.value())
                        if (f.kind == store::FolderKind::Inbox)
                            inbox = f.id;
            }
            if (onProgress)
                onProgress(p, ms);
        },
        &clock);
    QObject::disconnect(changed);
    out.budgetUnits = fx.sync ? fx.sync->http().quotaUsed() - budgetBefore : -1;
    return out;
}

bool checkInStep(GraphFixture &fx, const GraphRun &run, const LogFigures &f, const QString &what, bool compareStore)
{
    bool ok = true;
    if (!run.report.inStep()) {
        broken(
            QStringLiteral("%1: the sync ended %2 (%3)").arg(what).arg(int(run.report.outcome)).arg(run.report.error));
        ok = false;
    }
    if (f.status429 > 0) {
        broken(QStringLiteral("%1: the emulator throttled %2 requests (429)").arg(what).arg(f.status429));
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
// 1. Full sync rate and the bound that limits it

// A whole sync of the fixture's mailbox into a new store, as a row of the rate table.
QJsonObject fullSyncRow(GraphFixture &fx, int latency, double seedMs, const QString &what)
{
    graph::GraphSync::Options options; // the product's
    options.prefetch = 0;              // no bodies: the listing is what is measured
    if (Status s = fx.openStore(QStringLiteral("full-%1.sqlite").arg(latency), options); !s) {
        broken(QStringLiteral("%1: %2").arg(what, s.error()));
        return {};
    }
    const int messages = fx.visibleMessages();
    const GraphRun run = runSync(fx, 600000 + qint64(messages) * 20);
    const LogFigures f = logFigures(run.log, latency);
    const bool ok = checkInStep(fx, run, f, what, true);
    if (ok && run.report.added != messages)
        broken(QStringLiteral("%1: %2 added of %3").arg(what).arg(run.report.added).arg(messages));
    const double seconds = run.ms / 1000;
    return QJsonObject{{QStringLiteral("latency_ms"), latency},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("seed_ms"), seedMs},
                       {QStringLiteral("sync_ms"), run.ms},
                       {QStringLiteral("first_page_ms"), run.firstPageMs},
                       {QStringLiteral("messages_per_s"), messages / seconds},
                       {QStringLiteral("requests"), f.graph},
                       {QStringLiteral("other_requests"), f.other},
                       {QStringLiteral("delta_pages"), f.deltaPages},
                       {QStringLiteral("folder_requests"), f.folderCalls},
                       {QStringLiteral("budget_units"), run.budgetUnits},
                       {QStringLiteral("requests_per_message"), double(f.graph) / messages},
                       {QStringLiteral("requests_per_s"), f.graph / seconds},
                       {QStringLiteral("peak_in_flight"), f.peakInFlight},
                       {QStringLiteral("mean_in_flight"), f.heldMs / run.ms},
                       {QStringLiteral("waiting_ms"), f.waitingMs},
                       {QStringLiteral("emulator_ms"), f.emulatorMs},
                       {QStringLiteral("added_latency_ms"), double(f.graph) * latency},
                       {QStringLiteral("client_ms"), run.ms - f.waitingMs},
                       {QStringLiteral("status_429"), f.status429},
                       {QStringLiteral("in_step"), ok}};
}

QJsonObject rateCase(int size, int latency, quint64 seed)
{
    double seedMs = 0;
    auto fx = makeFixture(size, seed, latency, &seedMs);
    if (!fx)
        return {};
    note("rate: %d messages, latency %d ms (seeded in %.1f s), syncing...\n", size, latency, seedMs / 1000);
    return fullSyncRow(*fx, latency, seedMs, QStringLiteral("rate %1 messages, latency %2 ms").arg(size).arg(latency));
}

// Which bound limits a run, in words.
QString limitedBy(const QJsonObject &o)
{
    const int requests = o.value(QStringLiteral("requests")).toInt();
    const double ms = o.value(QStringLiteral("sync_ms")).toDouble();
    if (requests > kGraphLimits.graphRequestsPer10Minutes)
        return QStringLiteral("budget");
    const double latency = o.value(QStringLiteral("added_latency_ms")).toDouble();
    const double emulator = o.value(QStringLiteral("emulator_ms")).toDouble();
    const double client = o.value(QStringLiteral("client_ms")).toDouble();
    // Requests in a row: each costs the latency, the emulator's work and ours.
    QStringList parts;
    if (latency > 0)
        parts << QStringLiteral("latency %1%").arg(qRound(100 * latency / ms));
    parts << QStringLiteral("emulator %1%").arg(qRound(100 * emulator / ms));
    parts << QStringLiteral("client %1%").arg(qRound(100 * client / ms));
    return QStringLiteral("in a row: ") + parts.join(QStringLiteral(", "));
}

void printRateRows(const QJsonArray &rows)
{
    std::fprintf(g_out, "%7s %7s %7s %8s %7s %8s %8s %7s %6s %9s %7s %8s %7s %7s %4s  %s\n", "latency", "msgs",
                 "seed s", "sync s", "first", "msg/s", "requests", "req/msg", "req/s", "in flight", "wait s", "latency",
                 "emul s", "ours s", "429", "bound");
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        auto d = [&](const char *key) { return o.value(QLatin1String(key)).toDouble(); };
        std::fprintf(g_out,
                     "%7d %7d %7.1f %8.2f %7.3f %8.0f %8d %7.4f %6.1f %4d/%-4.2f %7.2f %8.2f %7.2f %7.2f %4d  %s\n",
                     o.value(QStringLiteral("latency_ms")).toInt(), o.value(QStringLiteral("messages")).toInt(),
                     d("seed_ms") / 1000, d("sync_ms") / 1000, d("first_page_ms") / 1000, d("messages_per_s"),
                     o.value(QStringLiteral("requests")).toInt(), d("requests_per_message"), d("requests_per_s"),
                     o.value(QStringLiteral("peak_in_flight")).toInt(), d("mean_in_flight"), d("waiting_ms") / 1000,
                     d("added_latency_ms") / 1000, d("emulator_ms") / 1000, d("client_ms") / 1000,
                     o.value(QStringLiteral("status_429")).toInt(), qPrintable(limitedBy(o)));
    }
}

void printRate(const QJsonArray &rows)
{
    const graph::GraphSync::Options client;
    std::fprintf(g_out, "\n1. Full sync (no bodies): rate, requests and the bound that limits it\n");
    printRateRows(rows);
    std::fprintf(
        g_out,
        "requests: Graph requests in the emulator's log (a $batch is one); first: seconds to the first Inbox page "
        "in the store; in flight: most requests the emulator held at once / on average; wait s: time at least one "
        "request was with the emulator; latency: requests x the added latency; emul s: the emulator's own work "
        "(it shares the thread); ours s: sync time less wait s\n");
    std::fprintf(g_out,
                 "Graph's bounds: %d requests per mailbox per 10 minutes (%.1f requests/s sustained; the first %d may "
                 "go at once) and %d in flight; at 50 ms added latency %d in flight allow %.0f requests/s, one at a "
                 "time %.0f. The client: %d per %d + %d ms, %d in flight; first Inbox page %d, pages of %d\n",
                 kGraphLimits.graphRequestsPer10Minutes, budgetPerSecond(), kGraphLimits.graphRequestsPer10Minutes,
                 kGraphLimits.graphConcurrency, kGraphLimits.graphConcurrency, kGraphLimits.graphConcurrency * 20.0,
                 20.0, client.requestsPerWindow, client.windowMs, client.windowSlackMs, client.maxConcurrent,
                 client.firstPage, client.pageSize);
    // Per row: does the budget ever bind, and what would 100,000 messages cost.
    QJsonObject largest;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        const int requests = o.value(QStringLiteral("requests")).toInt();
        const double rate = o.value(QStringLiteral("requests_per_s")).toDouble();
        std::fprintf(g_out,
                     "%6d messages, %2d ms: %d requests in %.2f s = %.1f requests/s (%.2f x the budget's sustained "
                     "rate), at most %d in flight; %s\n",
                     o.value(QStringLiteral("messages")).toInt(), o.value(QStringLiteral("latency_ms")).toInt(),
                     requests, o.value(QStringLiteral("sync_ms")).toDouble() / 1000, rate, rate / budgetPerSecond(),
                     o.value(QStringLiteral("peak_in_flight")).toInt(),
                     requests <= kGraphLimits.graphRequestsPer10Minutes
                         ? "all within the budget's first window, which never delays it: the time is that of "
                           "its requests one after the other"
                         : "over the budget: paced by it");
        if (o.value(QStringLiteral("messages")).toInt() >= largest.value(QStringLiteral("messages")).toInt() &&
            o.value(QStringLiteral("latency_ms")).toInt() >= largest.value(QStringLiteral("latency_ms")).toInt())
            largest = o;
    }
    if (largest.isEmpty())
        return;
    // Requests grow with the pages of each folder over a fixed part (the folder tree, one
    // delta call per folder): a line through the two largest sizes at that latency.
    const int latencyOfLargest = largest.value(QStringLiteral("latency_ms")).toInt();
    const int sizeOfLargest = largest.value(QStringLiteral("messages")).toInt();
    QJsonObject below;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const int n = o.value(QStringLiteral("messages")).toInt();
        if (!o.isEmpty() && o.value(QStringLiteral("latency_ms")).toInt() == latencyOfLargest && n < sizeOfLargest &&
            n > below.value(QStringLiteral("messages")).toInt())
            below = o;
    }
    const double requestsOfLargest = largest.value(QStringLiteral("requests")).toDouble();
    const double perMessage = below.isEmpty()
                                  ? requestsOfLargest / sizeOfLargest
                                  : (requestsOfLargest - below.value(QStringLiteral("requests")).toDouble()) /
                                        (sizeOfLargest - below.value(QStringLiteral("messages")).toInt());
    const double requests = requestsOfLargest + perMessage * (kWholeMailbox - sizeOfLargest);
    const double perRequest = largest.value(QStringLiteral("sync_ms")).toDouble() /
                              largest.value(QStringLiteral("requests")).toInt(); // ms, in a row
    std::fprintf(g_out,
                 "%d messages: about %.0f requests (%.4f more a message beyond %d, at %d ms). Against the budget: "
                 "%s; even spread evenly at its sustained %.1f requests/s they would take %.0f s. One after the other "
                 "at %.0f ms each (the mean at %d messages, %d ms): about %.0f s (part 2 syncs it whole). The budget "
                 "binds only a sync that makes over %d requests within 10 minutes: about %.0f messages at this many "
                 "requests a message, and only if a request takes under %.0f ms\n",
                 kWholeMailbox, requests, perMessage, sizeOfLargest, latencyOfLargest,
                 requests <= kGraphLimits.graphRequestsPer10Minutes ? "under 10,000, so no wait at all"
                                                                    : "over 10,000, so paced",
                 budgetPerSecond(), requests / budgetPerSecond(), perRequest, sizeOfLargest, latencyOfLargest,
                 requests * perRequest / 1000, kGraphLimits.graphRequestsPer10Minutes,
                 kGraphLimits.graphRequestsPer10Minutes / perMessage, 1000 / budgetPerSecond());
}

// ---------------------------------------------------------------------------------------
// 2. Time until the first Inbox page is in the store

QJsonObject firstPage(int size, quint64 seed, const QList<int> &latencies, int reps, int fullLatency)
{
    const qint64 rssBefore = residentKiB();
    double seedMs = 0;
    note("first: seeding %d messages...\n", size);
    auto fx = makeFixture(size, seed, 0, &seedMs);
    if (!fx)
        return {};
    const qint64 rssAfter = residentKiB();
    note("first: seeded in %.1f s, resident %+.0f MiB\n", seedMs / 1000, (rssAfter - rssBefore) / 1024.0);
    const graph::GraphSync::Options options; // the product's
    // The newest Inbox messages, in the emulator's delta order: what the first page must hold.
    const QString inboxId = fx->mailbox().wellKnown(QStringLiteral("inbox"))->id;
    QList<const sandbox::StoredMessage *> inbox;
    for (const sandbox::StoredMessage &m : fx->mailbox().messages())
        if (m.labels.contains(inboxId))
            inbox.append(&m);
    std::sort(inbox.begin(), inbox.end(), [](auto *a, auto *b) {
        return a->internalDateMs != b->internalDateMs ? a->internalDateMs > b->internalDateMs : a->id < b->id;
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
        std::vector<double> samples, waits, progressAt;
        QJsonArray timeline;
        int doneEqualsTotal = 0;
        QString firstProgress;
        for (int rep = 0; rep < reps; ++rep) {
            if (Status s = fx->openStore(QStringLiteral("first-%1-%2.sqlite").arg(latency).arg(rep), options); !s) {
                broken(QStringLiteral("first page: %1").arg(s.error()));
                return out;
            }
            const QString storePath = fx->store->path();
            qint64 stored = -1, storedInbox = -1;
            int newest = 0;
            double firstProgressMs = -1;
            const GraphRun run = runSync(
                *fx, 600000,
                [&](const SyncProgress &p, double ms) {
                    if (p.phase != SyncProgress::Phase::FirstPage)
                        return;
                    doneEqualsTotal += p.done == p.total;
                    if (firstProgressMs < 0) {
                        firstProgressMs = ms;
                        firstProgress = QStringLiteral("%1 of %2").arg(p.done).arg(p.total);
                    }
                },
                [&](double) {
                    stored = test::countRows(
                        storePath, QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), fx->accountId);
                    storedInbox = test::countRows(
                        storePath,
                        QStringLiteral("SELECT count(*) FROM messages m JOIN message_folders mf ON mf.message_id = "
                                       "m.id JOIN folders f ON f.id = mf.folder_id WHERE m.account_id = ? AND "
                                       "f.remote_id = '%1'")
                            .arg(inboxId),
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
            // The page the cancelled run had asked for next answers now: let it land first.
            fx->sync.reset();
            settle(2 * latency + 300);
            samples.push_back(run.firstPageMs);
            progressAt.push_back(firstProgressMs);
            // Some requests before the first page run side by side: the time spent waiting
            // for the emulator is the union of the times it held them.
            const LogFigures f = logFigures(run.log, latency, run.startedAtMs + qint64(std::ceil(run.firstPageMs)));
            if (f.status429 > 0)
                broken(
                    QStringLiteral("first page (latency %1 ms): %2 requests throttled").arg(latency).arg(f.status429));
            waits.push_back(f.waitingMs);
            note("first: latency %d ms, run %d: %.1f ms, %lld messages stored\n", latency, rep + 1, run.firstPageMs,
                 stored);
            if (rep == reps - 1) {
                // The requests until the first page, answer times relative to start().
                for (const sandbox::LogEntry &e : run.log) {
                    const qint64 at = e.at.toMSecsSinceEpoch() - run.startedAtMs;
                    if (at > run.firstPageMs + 1)
                        break;
                    timeline.append(QJsonObject{{QStringLiteral("request"), describe(*fx, e)},
                                                {QStringLiteral("taken_up_ms"), at - e.latencyMs},
                                                {QStringLiteral("answered_ms"), at},
                                                {QStringLiteral("server_ms"), e.latencyMs - latency}});
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
                                     {QStringLiteral("first_page_progress_ms"), median(progressAt)},
                                     {QStringLiteral("first_page_progress"), firstProgress},
                                     {QStringLiteral("first_page_progress_done_equals_total"), doneEqualsTotal},
                                     {QStringLiteral("requests"), timeline}});
    }
    out.insert(QStringLiteral("runs"), byLatency);
    if (fullLatency >= 0) {
        fx->sandbox.limits().latencyMs = fullLatency;
        note("first: the whole sync of %d messages at %d ms...\n", size, fullLatency);
        out.insert(QStringLiteral("whole_sync"),
                   fullSyncRow(*fx, fullLatency, seedMs,
                               QStringLiteral("whole sync of %1 messages, latency %2 ms").arg(size).arg(fullLatency)));
    }
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
        std::fprintf(g_out,
                     "    FirstPage progress at %.1f ms median, done %s folders (before the page is asked for); "
                     "FirstPage progress with done == total: %d\n",
                     r.value(QStringLiteral("first_page_progress_ms")).toDouble(),
                     qPrintable(r.value(QStringLiteral("first_page_progress")).toString()),
                     r.value(QStringLiteral("first_page_progress_done_equals_total")).toInt());
        for (const QJsonValue &e : r.value(QStringLiteral("requests")).toArray()) {
            const QJsonObject q = e.toObject();
            std::fprintf(g_out, "    %-44s taken up at %5lld ms, answered at %5lld ms, server %4lld ms\n",
                         qPrintable(q.value(QStringLiteral("request")).toString()),
                         q.value(QStringLiteral("taken_up_ms")).toInteger(),
                         q.value(QStringLiteral("answered_ms")).toInteger(),
                         q.value(QStringLiteral("server_ms")).toInteger());
        }
    }
    std::fprintf(g_out, "taken up: when the emulator's handler began (it works on one request at a time, on the "
                        "thread the sync shares); server: the time it held the request less the added latency\n");
    const QJsonObject whole = o.value(QStringLiteral("whole_sync")).toObject();
    if (!whole.isEmpty()) {
        std::fprintf(g_out, "the whole sync of the same mailbox (no bodies; seed s: the seeding above):\n");
        printRateRows(QJsonArray{whole});
    }
}

// ---------------------------------------------------------------------------------------
// 3. Incremental sync with nothing changed

QJsonObject incremental(int size, quint64 seed, int latency, int prefetch, int runs)
{
    const QString what = QStringLiteral("incremental (latency %1 ms, prefetch %2)").arg(latency).arg(prefetch);
    auto fx = makeFixture(size, seed, latency, nullptr);
    if (!fx)
        return {};
    graph::GraphSync::Options options; // the product's
    options.prefetch = prefetch;
    if (Status s = fx->openStore(QStringLiteral("mail.sqlite"), options); !s) {
        broken(QStringLiteral("%1: %2").arg(what, s.error()));
        return {};
    }
    note("incr: latency %d ms, prefetch %d: full sync of %d messages...\n", latency, prefetch, size);
    const GraphRun full = runSync(*fx, 1800000);
    const LogFigures fullFigures = logFigures(full.log, latency);
    if (!checkInStep(*fx, full, fullFigures, what + QStringLiteral(", full sync"), true))
        return {};
    std::vector<double> ms, requests, units, inFlight;
    QJsonArray perRun;
    QStringList lastRequests;
    int changed = 0, bodies = 0;
    for (int i = 0; i < runs; ++i) {
        const GraphRun run = runSync(*fx, 600000);
        const LogFigures f = logFigures(run.log, latency);
        if (!checkInStep(*fx, run, f, what + QStringLiteral(", run %1").arg(i + 1), false))
            return {};
        ms.push_back(run.ms);
        requests.push_back(f.graph);
        units.push_back(run.budgetUnits);
        inFlight.push_back(f.peakInFlight);
        changed += run.report.added + run.report.updated + run.report.removed;
        bodies += run.report.bodies;
        perRun.append(
            QJsonObject{{QStringLiteral("ms"), run.ms},
                        {QStringLiteral("requests"), f.graph},
                        {QStringLiteral("budget_units"), run.budgetUnits},
                        {QStringLiteral("peak_in_flight"), f.peakInFlight},
                        {QStringLiteral("waiting_ms"), f.waitingMs},
                        {QStringLiteral("bodies"), run.report.bodies},
                        {QStringLiteral("changed"), run.report.added + run.report.updated + run.report.removed}});
        lastRequests.clear();
        for (const sandbox::LogEntry &e : run.log)
            lastRequests << describe(*fx, e);
    }
    if (changed > 0)
        note("incr: %s: %d messages counted as changed over the runs although nothing changed\n", qPrintable(what),
             changed);
    // Nothing changed on the server: the store must still equal the mailbox.
    checkInStep(*fx, full, {}, what + QStringLiteral(", after the runs"), true);
    return QJsonObject{{QStringLiteral("messages"), size},
                       {QStringLiteral("latency_ms"), latency},
                       {QStringLiteral("prefetch"), prefetch},
                       {QStringLiteral("full_sync_ms"), full.ms},
                       {QStringLiteral("full_sync_requests"), fullFigures.graph},
                       {QStringLiteral("full_sync_bodies"), full.report.bodies},
                       {QStringLiteral("full_sync_peak_in_flight"), fullFigures.peakInFlight},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("ms"), summary(ms)},
                       {QStringLiteral("requests"), summary(requests)},
                       {QStringLiteral("budget_units"), summary(units)},
                       {QStringLiteral("peak_in_flight"), summary(inFlight)},
                       {QStringLiteral("bodies"), bodies},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("last_run_requests"), lastRequests.join(QStringLiteral(", "))},
                       {QStringLiteral("per_run"), perRun}};
}

void printIncremental(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return;
    std::fprintf(g_out, "\n3. Incremental sync with nothing changed (the product's client settings)\n");
    std::fprintf(g_out, "%7s %7s %8s %5s %14s %14s %9s %9s %9s %7s %8s\n", "msgs", "latency", "prefetch", "runs",
                 "requests/run", "budget/run", "in flight", "ms med", "ms p95", "bodies", "changed");
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        auto span = [&](const char *key) { return spread(o.value(QLatin1String(key)).toObject()); };
        const QJsonObject ms = o.value(QStringLiteral("ms")).toObject();
        std::fprintf(g_out, "%7d %7d %8d %5d %14s %14s %9s %9.1f %9.1f %7d %8d\n",
                     o.value(QStringLiteral("messages")).toInt(), o.value(QStringLiteral("latency_ms")).toInt(),
                     o.value(QStringLiteral("prefetch")).toInt(), o.value(QStringLiteral("runs")).toInt(),
                     qPrintable(span("requests")), qPrintable(span("budget_units")), qPrintable(span("peak_in_flight")),
                     ms.value(QStringLiteral("median")).toDouble(), ms.value(QStringLiteral("p95")).toDouble(),
                     o.value(QStringLiteral("bodies")).toInt(), o.value(QStringLiteral("changed")).toInt());
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        std::fprintf(g_out,
                     "latency %d, prefetch %d: the full sync before: %.0f ms, %d requests, %d bodies, at most %d in "
                     "flight; the last run's requests: %s\n",
                     o.value(QStringLiteral("latency_ms")).toInt(), o.value(QStringLiteral("prefetch")).toInt(),
                     o.value(QStringLiteral("full_sync_ms")).toDouble(),
                     o.value(QStringLiteral("full_sync_requests")).toInt(),
                     o.value(QStringLiteral("full_sync_bodies")).toInt(),
                     o.value(QStringLiteral("full_sync_peak_in_flight")).toInt(),
                     qPrintable(o.value(QStringLiteral("last_run_requests")).toString()));
    }
    std::fprintf(g_out, "requests: as the emulator logged them (a $batch is one); budget: what the client charged to "
                        "its request budget (a $batch counts its parts); in flight: most requests the emulator held "
                        "at once; ms: start() to finished(); p95 by nearest rank; bodies: bodies prefetched over all "
                        "runs (the full sync before them not counted)\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("em-graphsync-bench"));
    quietLogging(); // a line per request on stderr would cost time in every figure; QT_LOGGING_RULES wins
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Outlook (Microsoft Graph) sync figures against the in-process "
                                                    "emulator. Run through scripts/with-keyring.sh."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Parts to run: rate,first,incr."),
                                  QStringLiteral("LIST"), QStringLiteral("rate,first,incr"));
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Mailbox sizes of the rate part."),
                                   QStringLiteral("LIST"), QStringLiteral("1000,10000,50000"));
    const QCommandLineOption latencies(QStringLiteral("latency"), QStringLiteral("Added latencies of the rate part."),
                                       QStringLiteral("LIST"), QStringLiteral("0,50"));
    const QCommandLineOption firstSize(QStringLiteral("first-size"),
                                       QStringLiteral("Mailbox size of the first-page part."), QStringLiteral("N"),
                                       QStringLiteral("100000"));
    const QCommandLineOption firstLatency(QStringLiteral("first-latency"),
                                          QStringLiteral("Added latencies of the first-page part."),
                                          QStringLiteral("LIST"), QStringLiteral("50,0"));
    const QCommandLineOption firstReps(QStringLiteral("first-runs"), QStringLiteral("Runs per latency."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption firstFull(QStringLiteral("first-full-latency"),
                                       QStringLiteral("Then sync that mailbox whole at this added latency (-1: no)."),
                                       QStringLiteral("MS"), QStringLiteral("50"));
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
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON on stdout (the tables go to stderr)."));
    parser.addOptions({only, sizes, latencies, firstSize, firstLatency, firstReps, firstFull, incrSize, incrRuns,
                       incrLatency, incrPrefetch, seed, json});
    parser.process(app);
    if (parser.isSet(json))
        g_out = stderr;
    const QStringList parts = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const quint64 seedValue = parser.value(seed).toULongLong();
    QJsonObject doc;

    std::fprintf(g_out, "em-graphsync-bench: %d cores, Qt %s\n", QThread::idealThreadCount(), qVersion());
    if (parts.contains(QStringLiteral("rate"))) {
        QJsonArray rows;
        for (int latency : intList(parser.value(latencies)))
            for (int n : intList(parser.value(sizes)))
                rows.append(rateCase(n, latency, seedValue));
        printRate(rows);
        doc.insert(QStringLiteral("rate"), rows);
    }
    if (parts.contains(QStringLiteral("first"))) {
        const QJsonObject o = firstPage(parser.value(firstSize).toInt(), seedValue, intList(parser.value(firstLatency)),
                                        qMax(1, parser.value(firstReps).toInt()), parser.value(firstFull).toInt());
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
        std::fprintf(stderr, "em-graphsync-bench: something is broken (see BROKEN lines above)\n");
    return g_failed ? 1 : 0;
}
