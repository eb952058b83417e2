#include "graphsync.h"

#include "auth/accesstokensource.h"
#include "graphreplay.h"
#include "ingest/recordbuilder.h"
#include "net/httpclient.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace em::graph {

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

using sync::SyncProgress;
using sync::SyncReport;

namespace {

const std::pair<const char *, store::FolderKind> kKinds[] = {
    {"inbox", store::FolderKind::Inbox},    {"sentitems", store::FolderKind::Sent},
    {"drafts", store::FolderKind::Drafts},  {"deleteditems", store::FolderKind::Trash},
    {"junkemail", store::FolderKind::Spam}, {"archive", store::FolderKind::Archive},
};

// The folder tree as store folders: kinds from the well-known names, paths from parents.
QList<store::FolderSpec> folderSpecs(const GraphClient::FolderTree &tree)
{
    QHash<QString, const Folder *> byId;
    for (const Folder &f : tree.folders)
        byId.insert(f.id, &f);
    QList<store::FolderSpec> out;
    for (const Folder &f : tree.folders) {
        store::FolderSpec s;
        s.remoteId = f.id;
        s.name = f.displayName.isEmpty() ? f.id : f.displayName;
        s.kind = store::FolderKind::User;
        for (const auto &[name, kind] : kKinds)
            if (tree.wellKnown.value(QLatin1String(name)) == f.id)
                s.kind = kind;
        // Up the parents we hold (the root above the top folders is not one of them).
        QStringList path{s.name};
        QSet<QString> seen{f.id};
        for (const Folder *p = byId.value(f.parentFolderId); p && !seen.contains(p->id);
             p = byId.value(p->parentFolderId)) {
            seen.insert(p->id);
            path.prepend(p->displayName);
        }
        s.path = path.join(u'/');
        if (byId.contains(f.parentFolderId))
            s.parentRemoteId = f.parentFolderId;
        out.append(s);
    }
    return out;
}

} // namespace

QString GraphSync::deltaScope(const QString &folderId)
{
    return QStringLiteral("graph.delta.") + folderId;
}

QString GraphSync::FolderRound::encode() const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("link"), link}, {QStringLiteral("generation"), generation}})
            .toJson(QJsonDocument::Compact));
}

GraphSync::FolderRound GraphSync::FolderRound::decode(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    FolderRound r;
    r.link = o.value(QStringLiteral("link")).toString();
    r.generation = o.value(QStringLiteral("generation")).toInt();
    return r;
}

GraphSync::GraphSync(store::MailStore &store, qint64 accountId, auth::AccessTokenSource *tokens,
                     QNetworkAccessManager *nam, QUrl apiBase, const Options &options, QObject *parent)
    : sync::ProviderSync(store, accountId, tokens, nam, sync::FolderModel::SingleFolder, parent), m_options(options)
{
    m_http->setMaxConcurrent(m_options.maxConcurrent);
    // Every request costs one of the budget (a $batch as many as it holds); after the
    // first window's worth, paced a batch at a time.
    m_http->setQuota(m_options.requestsPerWindow, m_options.windowMs + m_options.windowSlackMs, m_options.pacingBurst);
    m_client = std::make_unique<GraphClient>(m_http.get(), std::move(apiBase));
}

void GraphSync::begin()
{
    const Result<int> generation = m_store.maxGeneration(m_accountId);
    if (!generation)
        return stopStore(generation.error());
    m_nextGeneration = generation.value() + 1;
    m_followedUp.clear();
    replayActions();
}

// --- Actions first, so the pull does not undo them ---

void GraphSync::replayActions()
{
    report(SyncProgress::Phase::Actions, 0, 0);
    auto *replay = new GraphReplay(m_actions, *m_client, m_store, m_accountId, run());
    connect(replay, &GraphReplay::finished, run(), [this, replay](const GraphReplay::Outcome &o) {
        replay->deleteLater();
        m_report.actionsReplayed += o.replayed;
        m_report.actionsDropped += o.dropped;
        m_report.actionsFailed += o.failed;
        m_report.refused += o.refused;
        if (!o.storeError.isEmpty())
            return stopStore(o.storeError);
        if (o.stoppedBy)
            return stop(*o.stoppedBy);
        refreshFolders([this] { syncFolder(0); });
    });
    replay->run();
}

// --- Folders ---

void GraphSync::refreshFolders(const std::function<void()> &next)
{
    report(SyncProgress::Phase::Folders, 0, 0);
    m_client->folderTree(run(), [this, next](const Answer<GraphClient::FolderTree> &a) {
        if (!a.ok())
            return stop(a.failure);
        const QList<store::FolderSpec> specs = folderSpecs(*a.value);
        const Result<QHash<QString, qint64>> ids = m_store.syncFolders(m_accountId, specs);
        if (!ids)
            return stopStore(ids.error());
        m_folders = ids.value();
        // The delta links of folders that are gone go with them.
        const Result<QStringList> scopes = m_store.checkpointScopes(m_accountId, deltaScope({}));
        if (!scopes)
            return stopStore(scopes.error());
        store::SyncChanges stale;
        for (const QString &scope : scopes.value())
            if (!m_folders.contains(scope.mid(deltaScope({}).size())))
                stale.checkpoints.insert(scope, QString());
        if (!stale.checkpoints.isEmpty() && !apply(stale))
            return;
        // The Inbox first, then the rest by path.
        QList<store::FolderSpec> ordered = specs;
        std::stable_sort(ordered.begin(), ordered.end(), [](const store::FolderSpec &a, const store::FolderSpec &b) {
            const bool ai = a.kind == store::FolderKind::Inbox, bi = b.kind == store::FolderKind::Inbox;
            return ai != bi ? ai : a.path < b.path;
        });
        m_order.clear();
        for (const store::FolderSpec &s : ordered)
            m_order.append(s.remoteId);
        next();
    });
}

// --- Per-folder delta ---

void GraphSync::syncFolder(int index)
{
    if (index >= m_order.size())
        return finishFolders();
    const QString folderId = m_order.at(index);
    const Result<QString> stored = m_store.checkpoint(m_accountId, deltaScope(folderId));
    if (!stored)
        return stopStore(stored.error());
    FolderRound round = FolderRound::decode(stored.value());
    if (round.link.isEmpty() && round.generation == 0)
        round.generation = m_nextGeneration++; // a first round: what it does not see leaves the folder
    deltaPage(index, round);
}

void GraphSync::deltaPage(int index, const FolderRound &round)
{
    const QString folderId = m_order.at(index);
    const bool inbox = index == 0;
    const bool firstPage = round.link.isEmpty();
    report(inbox && firstPage ? SyncProgress::Phase::FirstPage : SyncProgress::Phase::Changes, index, m_order.size());
    const int pageSize = inbox && firstPage ? m_options.firstPage : m_options.pageSize;
    m_client->delta(folderId, round.link, pageSize, run(), [this, index, round, folderId](const Answer<DeltaPage> &a) {
        if (!a.ok()) {
            if (a.failure.syncStateLost()) {
                // Graph forgot where this folder was: it starts over, keeping rows.
                qCInfo(lcGraph) << "delta state lost for a folder; it starts over";
                FolderRound fresh;
                fresh.generation = m_nextGeneration++;
                return deltaPage(index, fresh);
            }
            return stop(a.failure);
        }
        const qint64 folder = m_folders.value(folderId);
        store::SyncChanges changes;
        changes.generation = round.generation;
        for (const Message &m : a.value->messages) {
            if (m.removed) {
                store::MessageDelta d;
                d.remoteIds = {m.id};
                d.removeFolders = {folder};
                changes.deltas.append(d);
                continue;
            }
            store::SyncChanges::Upsert u;
            u.record = recordFromMessage(m);
            u.folderIds = {folder}; // a message is in exactly one folder
            if (!m.unreadable.isEmpty()) {
                // Kept with what could be read, flagged; a known message keeps what this
                // entry could not tell.
                u.keepFlags = unreadableFlags(m);
                ++m_report.malformed;
                qCWarning(lcGraph) << "a change entry with unreadable properties was kept flagged:"
                                   << m.unreadable.join(u',');
            }
            changes.upserts.append(u);
        }
        FolderRound next;
        next.link = a.value->nextLink.isEmpty() ? a.value->deltaLink : a.value->nextLink;
        const bool roundDone = a.value->nextLink.isEmpty();
        if (!roundDone)
            next.generation = round.generation;
        else if (round.generation > 0)
            changes.sweepFolder = {folder, round.generation};
        changes.checkpoints.insert(deltaScope(folderId), next.encode());
        if (!apply(changes))
            return;
        // The Inbox's first page is in the store: what a waiting user sees first.
        if (index == 0 && round.link.isEmpty())
            report(SyncProgress::Phase::FirstPage, a.value->messages.size(), a.value->messages.size());
        if (!roundDone)
            return deltaPage(index, next);
        // A first round lists the folder as it was when the round began (it may have taken
        // several runs, between kills): what changed since comes from its delta link, at
        // once, so that a run that ends in step is in step.
        // Once per folder and run: a server that forgets every fresh link must not keep the
        // run going round.
        if (round.generation > 0 && !m_followedUp.contains(folderId)) {
            m_followedUp.insert(folderId);
            return deltaPage(index, next);
        }
        syncFolder(index + 1);
    });
}

void GraphSync::finishFolders()
{
    // Every folder had its round: what is in none of them is gone from what we sync.
    const Result<int> orphans = m_store.removeOrphans(m_accountId);
    if (!orphans)
        return stopStore(orphans.error());
    m_report.removed += orphans.value();
    prefetch();
}

// --- Bodies ---

void GraphSync::prefetch()
{
    if (m_options.prefetch <= 0)
        return finish(SyncReport::Outcome::InStep);
    const Result<QStringList> ids = m_store.missingBodies(m_accountId, m_options.prefetch);
    if (!ids)
        return stopStore(ids.error());
    if (ids.value().isEmpty())
        return finish(SyncReport::Outcome::InStep);
    report(SyncProgress::Phase::Bodies, 0, ids.value().size());
    auto outstanding = std::make_shared<int>(int(ids.value().size()));
    for (const QString &id : ids.value())
        m_client->mime(id, false, run(), [this, id, outstanding](const Answer<QByteArray> &a) {
            if (a.ok() && storeMime(id, *a.value))
                ++m_report.bodies;
            // A body that did not come is fetched when opened; the run is in step anyway.
            if (--*outstanding == 0)
                finish(SyncReport::Outcome::InStep);
        });
}

bool GraphSync::storeMime(const QString &remoteId, const QByteArray &mime, Status *status)
{
    ingest::RawMessage message;
    message.raw = mime;
    message.remoteId = remoteId;
    const Status s = m_store.storeBody(m_accountId, remoteId, ingest::buildRecord(message));
    if (status)
        *status = s;
    if (!s)
        qCWarning(lcGraph) << "a body could not be stored:" << s.error();
    return s.ok();
}

void GraphSync::fetchBody(const QString &remoteId)
{
    m_client->mime(remoteId, true, this, [this, remoteId](const Answer<QByteArray> &a) {
        if (!a.ok()) {
            Q_EMIT bodyFetched(remoteId, Status::failure(a.failure.gone()
                                                             ? QCoreApplication::translate(
                                                                   "Graph", "This message no longer exists in Outlook")
                                                             : a.failure.message));
            return;
        }
        Status s;
        storeMime(remoteId, *a.value, &s);
        Q_EMIT bodyFetched(remoteId, s);
    });
}

} // namespace em::graph
