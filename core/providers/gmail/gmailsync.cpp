#include "gmailsync.h"

#include "auth/accesstokensource.h"
#include "gmailfolders.h"
#include "gmailreplay.h"
#include "ingest/recordbuilder.h"
#include "net/httpclient.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace em::gmail {

Q_DECLARE_LOGGING_CATEGORY(lcGmail)

using sync::SyncProgress;
using sync::SyncReport;

namespace {
constexpr int kMetadataChunk = GmailClient::kBatchLimit;
} // namespace

QString GmailSync::FullState::encode() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("generation"), generation},
                                                       {QStringLiteral("start"), QString::number(startHistory)},
                                                       {QStringLiteral("page"), pageToken},
                                                       {QStringLiteral("listed"), listed},
                                                       {QStringLiteral("total"), total},
                                                       {QStringLiteral("first"), firstPageDone}})
                                 .toJson(QJsonDocument::Compact));
}

std::optional<GmailSync::FullState> GmailSync::FullState::decode(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    FullState s;
    s.generation = o.value(QStringLiteral("generation")).toInt();
    s.startHistory = o.value(QStringLiteral("start")).toString().toULongLong();
    if (s.generation <= 0 || s.startHistory == 0)
        return std::nullopt;
    s.pageToken = o.value(QStringLiteral("page")).toString();
    s.listed = o.value(QStringLiteral("listed")).toInteger();
    s.total = o.value(QStringLiteral("total")).toInteger();
    s.firstPageDone = o.value(QStringLiteral("first")).toBool();
    return s;
}

struct GmailSync::HistoryWork
{
    quint64 start = 0;
    HistoryPage page;
};

GmailSync::GmailSync(store::MailStore &store, qint64 accountId, auth::AccessTokenSource *tokens,
                     QNetworkAccessManager *nam, QUrl apiBase, const Options &options, QObject *parent)
    : sync::ProviderSync(store, accountId, tokens, nam, sync::FolderModel::Labels, parent), m_options(options)
{
    // A window's worth at once, then paced in steps of one batch: an even stream that
    // Google's window, shifted from ours by the network, never sees over the quota.
    m_http->setQuota(m_options.unitsPerMinute, m_options.quotaWindowMs + m_options.quotaSlackMs,
                     GmailClient::kBatchLimit * GmailClient::kUnitsGet);
    m_http->setMaxConcurrent(4);
    m_client = std::make_unique<GmailClient>(m_http.get(), std::move(apiBase));
}

void GmailSync::begin()
{
    m_labelsRefreshed = false;
    replayActions();
}

// --- Step 1: the user's changes go first, so the pull does not undo them ---

void GmailSync::replayActions()
{
    report(SyncProgress::Phase::Actions, 0, 0);
    auto *replay = new GmailReplay(m_actions, *m_client, m_store, m_accountId, run());
    connect(replay, &GmailReplay::finished, run(), [this, replay](const GmailReplay::Outcome &o) {
        replay->deleteLater();
        m_report.actionsReplayed += o.replayed;
        m_report.actionsDropped += o.dropped;
        m_report.actionsFailed += o.failed;
        m_report.refused += o.refused;
        if (!o.storeError.isEmpty())
            return stopStore(o.storeError);
        if (o.stoppedBy)
            return stop(*o.stoppedBy); // still queued, in order, for the next run
        refreshLabels([this] { pull(); });
    });
    replay->run();
}

// --- Step 2: labels ---

void GmailSync::refreshLabels(const std::function<void()> &next)
{
    report(SyncProgress::Phase::Folders, 0, 0);
    m_client->labels(run(), [this, next](const Answer<QList<Label>> &a) {
        if (!a.ok())
            return stop(a.failure);
        const Result<QHash<QString, qint64>> ids = m_store.syncFolders(m_accountId, foldersFromLabels(*a.value));
        if (!ids)
            return stopStore(ids.error());
        m_folders = ids.value();
        next();
    });
}

// --- Step 3: changes ---

void GmailSync::pull()
{
    const Result<QString> full = m_store.checkpoint(m_accountId, QLatin1String(kFullScope));
    const Result<QString> history = m_store.checkpoint(m_accountId, QLatin1String(kHistoryScope));
    if (!full || !history)
        return stopStore(full ? history.error() : full.error());
    if (const std::optional<FullState> state = FullState::decode(full.value())) {
        m_full = *state; // a full sync was under way: go on from its last finished page
        m_report.fullSync = true;
        qCInfo(lcGmail) << "resuming a full sync at" << m_full.listed << "of" << m_full.total;
        if (!m_full.firstPageDone)
            return fetchFirstPage();
        return listNextPage();
    }
    const quint64 start = history.value().toULongLong();
    if (start == 0)
        return startFull();
    pullHistory(start, {});
}

void GmailSync::startFull()
{
    m_report.fullSync = true;
    m_client->profile(run(), [this](const Answer<Profile> &a) {
        if (!a.ok())
            return stop(a.failure);
        const Result<int> last = m_store.maxGeneration(m_accountId);
        if (!last)
            return stopStore(last.error());
        m_full = FullState{};
        m_full.generation = last.value() + 1;
        m_full.startHistory = a.value->historyId;
        m_full.total = a.value->messagesTotal;
        store::SyncChanges changes;
        changes.checkpoints.insert(QLatin1String(kFullScope), m_full.encode());
        if (!apply(changes))
            return;
        fetchFirstPage();
    });
}

void GmailSync::fetchFirstPage()
{
    report(SyncProgress::Phase::FirstPage, 0, m_options.firstPage);
    GmailClient::ListQuery q;
    q.labelId = QStringLiteral("INBOX");
    q.maxResults = qMax(1, m_options.firstPage);
    q.includeSpamTrash = false;
    m_client->list(q, run(), [this](const Answer<ListPage> &a) {
        if (!a.ok())
            return stop(a.failure);
        QStringList ids;
        for (const auto &[id, thread] : a.value->messages)
            ids.append(id);
        m_client->metadata(ids, false, run(), [this, ids](const QHash<QString, Answer<Metadata>> &answers) {
            store::SyncChanges changes;
            QStringList unknownLabels;
            if (!toUpserts(answers, ids, &changes, &unknownLabels))
                return;
            m_full.firstPageDone = true;
            changes.checkpoints.insert(QLatin1String(kFullScope), m_full.encode());
            if (!apply(changes))
                return;
            report(SyncProgress::Phase::FirstPage, ids.size(), ids.size());
            listNextPage();
        });
    });
}

void GmailSync::listNextPage()
{
    report(SyncProgress::Phase::Full, m_full.listed, m_full.total);
    m_pages.clear();
    listPage(m_full.pageToken);
}

// Lists one page and sends for its metadata at once. Pages are listed ahead (see
// pagesAhead) so the quota always has work queued: no gap at page boundaries.
void GmailSync::listPage(const QString &pageToken)
{
    GmailClient::ListQuery q;
    q.maxResults = m_options.listPage;
    q.pageToken = pageToken;
    m_client->list(q, run(), [this, pageToken](const Answer<ListPage> &a) {
        if (!a.ok()) {
            if (a.failure.status == 400 && !pageToken.isEmpty() && pageToken == m_full.pageToken) {
                // The page token expired between runs: list again from the top; what this
                // generation already stored is skipped without a fetch.
                qCInfo(lcGmail) << "page token refused; listing again from the start";
                m_full.pageToken.clear();
                return listNextPage();
            }
            return stop(a.failure);
        }
        auto page = std::make_shared<Page>();
        for (const auto &[id, thread] : a.value->messages)
            page->ids.append(id);
        page->next = a.value->nextPageToken;
        m_pages.push_back(page);
        if (!fetchPage(page))
            return;
        closeFinishedPages();
    });
}

bool GmailSync::fetchPage(const std::shared_ptr<Page> &page)
{
    const Result<QSet<QString>> seen = m_store.remoteIdsSeen(m_accountId, page->ids, m_full.generation);
    if (!seen) {
        stopStore(seen.error());
        return false;
    }
    QStringList need;
    for (const QString &id : std::as_const(page->ids))
        if (!seen.value().contains(id))
            need.append(id);
    // Chunks go out together; the HttpClient paces them to the quota. Each chunk is a
    // transaction of its own as it lands.
    for (int i = 0; i < need.size(); i += kMetadataChunk) {
        const QStringList chunk = need.mid(i, kMetadataChunk);
        ++page->outstanding;
        m_client->metadata(chunk, false, run(), [this, chunk, page](const QHash<QString, Answer<Metadata>> &a) {
            --page->outstanding;
            store::SyncChanges changes;
            QStringList unknownLabels;
            if (!toUpserts(a, chunk, &changes, &unknownLabels) || !apply(changes))
                return; // the run has stopped
            closeFinishedPages();
        });
    }
    return true;
}

// Enough pages listed ahead to fill a whole quota window when it frees up at once (after
// the first burst); at least two.
int GmailSync::pagesAhead() const
{
    const int unitsPerPage = qMax(1, m_options.listPage) * GmailClient::kUnitsGet;
    return qMax(2, m_options.unitsPerMinute / unitsPerPage + 2);
}

// Moves the checkpoint past every finished page, in order, and keeps enough pages going.
void GmailSync::closeFinishedPages()
{
    while (!m_pages.empty() && m_pages.front()->outstanding == 0) {
        const std::shared_ptr<Page> page = m_pages.front();
        m_pages.pop_front();
        m_full.listed += page->ids.size();
        m_full.pageToken = page->next;
        store::SyncChanges changes;
        changes.checkpoints.insert(QLatin1String(kFullScope), m_full.encode());
        if (!apply(changes))
            return;
        report(SyncProgress::Phase::Full, m_full.listed, qMax(m_full.total, m_full.listed));
        if (page->next.isEmpty())
            return finishFull();
        if (m_pages.empty() && !page->listedNext) {
            page->listedNext = true;
            listPage(page->next);
        }
    }
    if (!m_pages.empty() && int(m_pages.size()) < pagesAhead()) {
        const std::shared_ptr<Page> &last = m_pages.back();
        if (!last->next.isEmpty() && !last->listedNext) {
            last->listedNext = true;
            listPage(last->next);
        }
    }
}

void GmailSync::finishFull()
{
    // What this listing did not see is gone from the server; history from the id noted
    // before the listing brings what changed while it ran.
    QHash<QString, QString> checkpoints{{QLatin1String(kHistoryScope), QString::number(m_full.startHistory)},
                                        {QLatin1String(kFullScope), QString()}};
    const Result<int> swept = m_store.sweep(m_accountId, m_full.generation, checkpoints);
    if (!swept)
        return stopStore(swept.error());
    m_report.removed += swept.value();
    pullHistory(m_full.startHistory, {});
}

// --- Incremental: history ---

void GmailSync::pullHistory(quint64 start, const QString &pageToken)
{
    report(SyncProgress::Phase::Changes, 0, 0);
    m_client->history(start, pageToken, run(), [this, start](const Answer<HistoryPage> &a) {
        if (!a.ok()) {
            if (a.failure.gone()) {
                // History this old has expired: sync everything again, keeping bodies.
                qCInfo(lcGmail) << "history expired; full resync";
                return startFull();
            }
            return stop(a.failure);
        }
        auto work = std::make_shared<HistoryWork>();
        work->start = start;
        work->page = *a.value;
        applyHistoryPage(work);
    });
}

void GmailSync::applyHistoryPage(const std::shared_ptr<HistoryWork> &work)
{
    const HistoryPage &page = work->page;
    // The net effect of the page: messages to fetch whole (added, or unknown here),
    // deletions, and label changes in order for the messages we hold.
    QStringList fetch;
    QSet<QString> fetchSet, deleted;
    struct LabelChange
    {
        QString id;
        QStringList labels;
        bool added;
    };
    QList<LabelChange> labelChanges;
    for (const HistoryEvent &e : page.events) {
        switch (e.type) {
        case HistoryEvent::Added:
            if (!fetchSet.contains(e.messageId)) {
                fetchSet.insert(e.messageId);
                fetch.append(e.messageId);
            }
            deleted.remove(e.messageId);
            break;
        case HistoryEvent::Deleted: deleted.insert(e.messageId); break;
        case HistoryEvent::LabelsAdded:
        case HistoryEvent::LabelsRemoved:
            labelChanges.append({e.messageId, e.labelIds, e.type == HistoryEvent::LabelsAdded});
            break;
        }
    }
    for (const LabelChange &c : std::as_const(labelChanges)) {
        if (fetchSet.contains(c.id) || deleted.contains(c.id))
            continue;
        const Result<qint64> held = m_store.messageIdForRemote(m_accountId, c.id);
        if (!held)
            return stopStore(held.error());
        if (held.value() == 0) {
            // A change to a message we never saw: fetch it whole rather than lose it.
            qCInfo(lcGmail) << "history names a message not held here; fetching it";
            fetchSet.insert(c.id);
            fetch.append(c.id);
        }
    }
    QStringList live;
    for (const QString &id : std::as_const(fetch))
        if (!deleted.contains(id))
            live.append(id);
    const quint64 checkpoint =
        page.nextPageToken.isEmpty() ? page.historyId : (page.events.isEmpty() ? work->start : page.events.last().id);

    m_client->metadata(live, false, run(),
                       [this, work, live, deleted, labelChanges, fetchSet,
                        checkpoint](const QHash<QString, Answer<Metadata>> &answers) {
                           store::SyncChanges changes;
                           QStringList unknownLabels;
                           if (!toUpserts(answers, live, &changes, &unknownLabels))
                               return;
                           for (const LabelChange &c : labelChanges) {
                               if (fetchSet.contains(c.id) || deleted.contains(c.id))
                                   continue;
                               store::MessageDelta d;
                               d.remoteIds = {c.id};
                               for (const QString &l : c.labels) {
                                   bool inverted = false;
                                   if (const quint32 flag = flagsOfLabel(l, &inverted))
                                       (c.added != inverted ? d.setFlags : d.clearFlags) |= flag;
                                   if (!isFolderLabel(l))
                                       continue;
                                   const qint64 folder = m_folders.value(l);
                                   if (folder)
                                       (c.added ? d.addFolders : d.removeFolders).append(folder);
                                   else if (c.added)
                                       unknownLabels.append(l);
                               }
                               changes.deltas.append(d);
                           }
                           if (!unknownLabels.isEmpty() && !m_labelsRefreshed) {
                               // A label made since the run began: learn it, then do this page again.
                               m_labelsRefreshed = true;
                               return refreshLabels([this, work] { applyHistoryPage(work); });
                           }
                           changes.removed = QStringList(deleted.cbegin(), deleted.cend());
                           if (checkpoint > 0)
                               changes.checkpoints.insert(QLatin1String(kHistoryScope), QString::number(checkpoint));
                           if (!apply(changes))
                               return;
                           if (!work->page.nextPageToken.isEmpty()) {
                               report(SyncProgress::Phase::Changes, 0, 0);
                               m_client->history(work->start, work->page.nextPageToken, run(),
                                                 [this, work](const Answer<HistoryPage> &a) {
                                                     if (!a.ok())
                                                         return a.failure.gone() ? startFull() : stop(a.failure);
                                                     auto next = std::make_shared<HistoryWork>();
                                                     next->start = work->start;
                                                     next->page = *a.value;
                                                     applyHistoryPage(next);
                                                 });
                               return;
                           }
                           prefetch();
                       });
}

// --- Shared: metadata into the store ---

bool GmailSync::toUpserts(const QHash<QString, Answer<Metadata>> &answers, const QStringList &order,
                          store::SyncChanges *changes, QStringList *unknownLabels)
{
    for (const QString &id : order) {
        const Answer<Metadata> &a = answers.value(id);
        if (!a.ok()) {
            if (a.failure.gone())
                continue; // deleted since it was listed: history says so too
            if (a.failure.reason == QLatin1String("malformed")) {
                // Kept with what could be read, flagged, so the listing stays complete.
                store::SyncChanges::Upsert u;
                u.record.remoteId = id;
                u.record.flags = store::MessageFlag::Broken | store::MessageFlag::HeadersPending;
                u.keepFlags = changes->serverFlags; // a known message keeps its flags and labels
                u.keepFolders = true;
                changes->upserts.append(u);
                ++m_report.malformed;
                qCWarning(lcGmail) << "unreadable metadata kept flagged";
                continue;
            }
            stop(a.failure);
            return false;
        }
        store::SyncChanges::Upsert u;
        u.record = recordFromMetadata(*a.value);
        const Filing filing = fileLabels(a.value->labelIds, m_folders);
        u.folderIds = filing.folderIds;
        u.record.flags = (u.record.flags & ~changes->serverFlags) | filing.flags;
        for (const QString &label : filing.unknownLabels) {
            const qint64 folder = placeholderFolder(label);
            if (folder == 0)
                return false;
            u.folderIds.append(folder);
        }
        *unknownLabels += filing.unknownLabels;
        changes->upserts.append(u);
    }
    return true;
}

bool GmailSync::apply(store::SyncChanges &changes)
{
    if (m_full.generation > 0 && m_report.fullSync)
        changes.generation = m_full.generation;
    return ProviderSync::apply(changes);
}

qint64 GmailSync::placeholderFolder(const QString &labelId)
{
    // A label made after this run listed the labels: a folder under its id keeps the
    // message filed; the next labels.list gives it its name (or removes it).
    const Result<store::FolderRef> f =
        m_store.ensureFolder(m_accountId, labelId, labelId, labelId, store::FolderKind::User);
    if (!f) {
        stopStore(f.error());
        return 0;
    }
    m_folders.insert(labelId, f.value().id);
    return f.value().id;
}

// --- Step 4: bodies ---

void GmailSync::prefetch()
{
    if (m_options.prefetch <= 0)
        return finish(SyncReport::Outcome::InStep);
    const Result<QStringList> ids = m_store.missingBodies(m_accountId, m_options.prefetch);
    if (!ids)
        return stopStore(ids.error());
    if (ids.value().isEmpty())
        return finish(SyncReport::Outcome::InStep);
    report(SyncProgress::Phase::Bodies, 0, ids.value().size());
    m_client->raw(ids.value(), false, run(), [this](const QHash<QString, Answer<Raw>> &answers) {
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            if (it.value().ok())
                storeRaw(*it.value().value);
        // A body that did not come is fetched when opened; the run is in step anyway.
        finish(SyncReport::Outcome::InStep);
    });
}

void GmailSync::storeRaw(const Raw &raw)
{
    ingest::RawMessage message;
    message.raw = raw.raw;
    message.remoteId = raw.id;
    message.threadKey = raw.threadId;
    message.receivedMs = raw.internalDateMs;
    const store::MessageRecord record = ingest::buildRecord(message);
    if (Status s = m_store.storeBody(m_accountId, raw.id, record); s)
        ++m_report.bodies;
    else
        qCWarning(lcGmail) << "a body could not be stored:" << s.error();
}

void GmailSync::fetchBody(const QString &remoteId)
{
    m_client->raw({remoteId}, true, this, [this, remoteId](const QHash<QString, Answer<Raw>> &answers) {
        const Answer<Raw> a = answers.value(remoteId);
        if (!a.ok()) {
            Q_EMIT bodyFetched(remoteId,
                               Status::failure(a.failure.gone() ? QCoreApplication::translate(
                                                                      "Gmail", "This message no longer exists in Gmail")
                                                                : a.failure.message));
            return;
        }
        ingest::RawMessage message;
        message.raw = a.value->raw;
        message.remoteId = remoteId;
        message.threadKey = a.value->threadId;
        message.receivedMs = a.value->internalDateMs;
        Q_EMIT bodyFetched(remoteId, m_store.storeBody(m_accountId, remoteId, ingest::buildRecord(message)));
    });
}

} // namespace em::gmail
