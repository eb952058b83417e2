// em-bench: in-process figures for ingest and search (the CLI figures come from compare.sh).
//   em-bench ingest PATH... STORE      import mbox/Maildir sources into a fresh STORE
//   em-bench search STORE QUERYFILE [RUNS]   first tab-separated column of each line is a query
#include "import/importer.h"
#include "store/mailstore.h"
#include "store/storereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

int ingest(const QStringList &args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: em-bench ingest PATH... STORE\n");
        return 2;
    }
    const QString storePath = args.last();
    QFile::remove(storePath);
    QFile::remove(storePath + QStringLiteral("-wal"));
    QFile::remove(storePath + QStringLiteral("-shm"));
    auto store = em::store::MailStore::open(storePath);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    em::import::Importer importer(*store.value());
    auto summary = importer.run(args.mid(0, args.size() - 1));
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
        return 1;
    }
    const int n = summary.value().imported + summary.value().duplicates;
    std::printf("ingest: %d messages in %.3f seconds = %.0f msg/s (unparseable %d)\n", n, seconds, n / seconds,
                summary.value().unparseable);
    return 0;
}

int search(const QStringList &args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: em-bench search STORE QUERYFILE [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QStringList queries;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        queries.append(line.section(u'\t', 0, 0));
    }
    auto reader = em::store::StoreReader::open(args.at(0));
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error()));
        return 1;
    }
    std::vector<double> ms;
    qint64 hits = 0;
    for (int r = 0; r < runs; ++r) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            auto result = reader.value()->search(q, 50);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (result)
                hits += result.value().size();
            else
                std::fprintf(stderr, "query failed: %s: %s\n", qPrintable(q), qPrintable(result.error()));
        }
    }
    if (ms.empty())
        return 1;
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, size_t(ms.size() * 0.95))];
    std::printf("search: median %.2f ms, p95 %.2f ms over %zu queries (%lld hits)\n", median, p95, ms.size(),
                static_cast<long long>(hits));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("ingest"))
        return ingest(args.mid(1));
    if (args.value(0) == QLatin1String("search"))
        return search(args.mid(1));
    std::fprintf(stderr, "usage: em-bench ingest PATH... STORE | em-bench search STORE QUERYFILE [RUNS]\n");
    return 2;
}
