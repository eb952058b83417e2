// em-mailbox-bench: the main window over a store of a million messages. Builds the store
// (or reuses one), then measures what a user feels: opening the folder (to the first rows
// painted, and to the whole list in place), scrolling from top to bottom, the process's
// resident memory, and a cold start (a fresh process) to the first painted rows. Prints
// figures; fails only when something is broken (a list that does not arrive).
#include "mailboxcontroller.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagelistview.h"
#include "store/mailstore.h"
#include "syncbenchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace em;
using em::bench::g_out;
using em::bench::note;

namespace {

const QStringList kNames = {QStringLiteral("Alice Martin"), QStringLiteral("Bob Chen"), QStringLiteral("Carol Díaz"),
                            QStringLiteral("דוד לוי"),      QStringLiteral("王小明"),   QStringLiteral("Eve Adams"),
                            QStringLiteral("Frank Olsen"),  QStringLiteral("Grace Kim")};

// A mailbox as a year of busy mail looks: conversations of one to five messages, newer
// ones unread, a few starred or with attachments.
bool buildStore(const QString &path, int messages)
{
    auto opened = store::MailStore::open(path, store::Footprint::Lean); // as the app does
    if (!opened) {
        bench::broken(opened.error());
        return false;
    }
    store::MailStore &s = *opened.value();
    const qint64 account = s.ensureAccount(QStringLiteral("google"), QStringLiteral("bench@example.com"), {}).value();
    const qint64 inbox = s.ensureFolder(account, QStringLiteral("INBOX"), QStringLiteral("INBOX"),
                                        QStringLiteral("INBOX"), store::FolderKind::Inbox)
                             .value()
                             .id;
    // A small second folder: the benchmark opens the Inbox coming from it.
    const qint64 archive = s.ensureFolder(account, QStringLiteral("Label_archive"), QStringLiteral("Archive"),
                                          QStringLiteral("Archive"), store::FolderKind::User)
                               .value()
                               .id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    constexpr int kBatch = 5000;
    int thread = 0, left = 0;
    for (int i = 0; i < messages; i += kBatch) {
        QList<store::MailStore::Item> items;
        for (int k = i; k < qMin(messages, i + kBatch); ++k) {
            if (left == 0) {
                ++thread;
                left = 1 + (thread * 7) % 5;
            }
            --left;
            store::MessageRecord r;
            r.remoteId = QStringLiteral("m%1").arg(k);
            r.messageId = QStringLiteral("m%1@bench.example").arg(k);
            r.threadKey = QStringLiteral("t%1").arg(thread);
            r.subject = QStringLiteral("Quarterly figures, part %1").arg(thread);
            const QString &name = kNames.at(k % kNames.size());
            r.fromName = name;
            r.fromAddress = QStringLiteral("sender%1@example.net").arg(k % 997);
            r.toList = QStringLiteral("bench@example.com");
            r.dateMs = now - qint64(messages - k) * 30000; // one every 30 s, the newest now
            r.snippet = QStringLiteral("Here are the numbers we talked about on Monday, with the notes.");
            r.flags = (k < messages - 2000 ? store::Read : 0) | (k % 97 == 0 ? store::Starred : 0) |
                      (k % 13 == 0 ? store::HasAttachments : 0);
            items.append({r, k % 10000 == 0 ? QList<qint64>{inbox, archive} : QList<qint64>{inbox}});
        }
        const auto done = s.insertMessages(account, items);
        if (!done) {
            bench::broken(done.error());
            return false;
        }
        if ((i / kBatch) % 20 == 0)
            note("  %d / %d messages stored (%.0f s)\n", i + int(items.size()), messages, t.elapsed() / 1000.0);
    }
    std::fprintf(g_out, "store: %d messages written in %.1f s (%.0f messages/s), %.0f MiB on disk\n", messages,
                 t.elapsed() / 1000.0, messages / (t.elapsed() / 1000.0),
                 (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0);
    return true;
}

// Paints the list now (not at the next event loop pass) and tells whether rows were drawn.
bool paintRows(ui::MainWindow &w)
{
    ui::MessageListView *list = w.messageList();
    list->viewport()->repaint();
    return list->model()->rowCount() > 0;
}

// Resident memory by kind: the heap, and pages of files mapped (the store is read through
// mmap, so the pages of it a query touched count here until the kernel needs them back).
QString residentParts()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QStringList parts;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon") || line.startsWith("RssFile") || line.startsWith("RssShmem"))
            parts.append(QString::fromLatin1(line.simplified()));
    return parts.join(QStringLiteral(", "));
}

int coldStart(const QString &path, qint64 processStartMs)
{
    // A fresh process: the store's pages come from the file cache, the code from disk.
    QElapsedTimer t;
    t.start();
    auto opened = store::MailStore::open(path, store::Footprint::Lean); // as the app does
    if (!opened)
        return 1;
    ui::MainWindow w;
    w.resize(1200, 800);
    ui::MailboxController controller(&w, opened.value().get(), nullptr);
    w.show();
    while (!paintRows(w))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 sinceExec = QDateTime::currentMSecsSinceEpoch() - processStartMs;
    std::printf("%lld %lld %lld\n", static_cast<long long>(t.elapsed()), static_cast<long long>(sinceExec),
                static_cast<long long>(bench::residentKiB()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 processStart = QDateTime::currentMSecsSinceEpoch();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("em-mailbox-bench"));
    bench::quietLogging();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Main window figures over a store of a million messages."));
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages in the store."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("Use (or build once) this store file instead of a temporary one."),
        QStringLiteral("PATH"));
    const QCommandLineOption coldOption(QStringLiteral("cold"), QStringLiteral("Internal: one cold start."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Folder openings and cold starts measured."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({messages, storeOption, coldOption, runs});
    parser.process(app);
    if (parser.isSet(coldOption))
        return coldStart(parser.value(coldOption), processStart);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(storeOption) ? parser.value(storeOption) : dir.filePath(QStringLiteral("mail.sqlite"));
    const int n = parser.value(messages).toInt();
    if (!QFileInfo::exists(path)) {
        note("building a store of %d messages in %s\n", n, qPrintable(path));
        if (!buildStore(path, n))
            return 1;
    }
    auto opened = store::MailStore::open(path, store::Footprint::Lean); // as the app does
    if (!opened) {
        bench::broken(opened.error());
        return 1;
    }
    store::MailStore &mail = *opened.value();
    const qint64 rssBefore = bench::residentKiB();

    ui::MainWindow w;
    w.resize(1200, 800);
    ui::MailboxController controller(&w, &mail, nullptr);
    controller.setMarkReadDelay(-1);
    w.show();
    QSignalSpy shown(&controller, &ui::MailboxController::listShown);
    if (controller.pendingLoad() != 0 && !shown.wait(120000)) {
        bench::broken(QStringLiteral("the first list never arrived"));
        return 1;
    }
    const QModelIndex account = controller.folders()->index(1, 0);
    QModelIndex inbox, other;
    for (int r = 0; r < controller.folders()->rowCount(account); ++r) {
        const QModelIndex f = controller.folders()->index(r, 0, account);
        (f.data(ui::FolderModel::FolderKindRole).toInt() == int(store::FolderKind::Inbox) ? inbox : other) = f;
    }
    if (!inbox.isValid() || !other.isValid()) {
        bench::broken(QStringLiteral("the store has no Inbox and second folder (built by an older benchmark?)"));
        return 1;
    }
    std::vector<double> firstRows, wholeList;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        {
            const QModelIndex &target = inbox;
            // Away and back: each opening reads the folder anew.
            w.folderView()->setCurrentIndex(other);
            if (controller.pendingLoad() != 0)
                shown.wait(120000);
            QElapsedTimer t;
            t.start();
            w.folderView()->setCurrentIndex(target);
            if (!paintRows(w)) {
                bench::broken(QStringLiteral("no rows right after the folder was chosen"));
                return 1;
            }
            firstRows.push_back(t.nsecsElapsed() / 1e6);
            if (controller.pendingLoad() != 0 && !shown.wait(120000)) {
                bench::broken(QStringLiteral("the whole list never arrived"));
                return 1;
            }
            paintRows(w);
            wholeList.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    const int rows = controller.messages()->rowCount();
    const qint64 rssOpen = bench::residentKiB();
    std::fprintf(g_out,
                 "open the Inbox (%d messages, %d conversation rows): first rows painted %s ms, whole list "
                 "in place %s ms\n",
                 controller.messages()->messageCount(), rows, qPrintable(bench::spread(bench::summary(firstRows))),
                 qPrintable(bench::spread(bench::summary(wholeList))));

    // Top to bottom, a page at a time for the first 20,000 rows, then in 2,000 even jumps.
    ui::MessageListView *list = w.messageList();
    QScrollBar *bar = list->verticalScrollBar();
    bar->setValue(0);
    const int page = qMax(1, bar->pageStep());
    std::vector<double> pages;
    QElapsedTimer whole;
    whole.start();
    for (int v = 0; v < qMin(bar->maximum(), 20000); v += page) {
        QElapsedTimer t;
        t.start();
        bar->setValue(v);
        list->viewport()->repaint();
        pages.push_back(t.nsecsElapsed() / 1e6);
    }
    std::vector<double> jumps;
    for (int k = 0; k <= 2000; ++k) {
        QElapsedTimer t;
        t.start();
        bar->setValue(int(qint64(bar->maximum()) * k / 2000));
        list->viewport()->repaint();
        jumps.push_back(t.nsecsElapsed() / 1e6);
    }
    std::fprintf(g_out,
                 "scroll: %zu pages of %d rows, %s ms each; 2,001 jumps to the bottom, %s ms each; %.1f s in all\n",
                 pages.size(), page, qPrintable(bench::spread(bench::summary(pages))),
                 qPrintable(bench::spread(bench::summary(jumps))), whole.elapsed() / 1000.0);
    const qint64 rssScrolled = bench::residentKiB();
    std::fprintf(g_out,
                 "memory (resident): %.0f MiB with the store open, %.0f MiB with the Inbox shown, %.0f MiB "
                 "after scrolling to the bottom (%s)\n",
                 rssBefore / 1024.0, rssOpen / 1024.0, rssScrolled / 1024.0, qPrintable(residentParts()));

    std::vector<double> cold, coldExec, coldRss;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--cold"), path});
        if (!p.waitForFinished(300000) || p.exitCode() != 0) {
            bench::broken(
                QStringLiteral("a cold start failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError())));
            break;
        }
        const QStringList figures = QString::fromLatin1(p.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
        if (figures.size() == 3) {
            cold.push_back(figures.at(0).toDouble());
            coldExec.push_back(figures.at(1).toDouble());
            coldRss.push_back(figures.at(2).toDouble() / 1024.0);
        }
    }
    if (!cold.empty())
        std::fprintf(
            g_out, "cold start to the first rows painted: %s ms from main (%s ms from exec), %s MiB resident\n",
            qPrintable(bench::spread(bench::summary(cold))), qPrintable(bench::spread(bench::summary(coldExec))),
            qPrintable(bench::spread(bench::summary(coldRss))));
    return bench::g_failed ? 1 : 0;
}
