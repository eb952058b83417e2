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
                     QNetworkAccessManager *nam, QUrl apiBase, Options options, QObject *parent)
    : sync::AccountSync(parent), m_store(store), m_accountId(accountId), m_tokens(tokens),
      m_http(std::make_unique<net::HttpClient>(nam)), m_actions(store, accountId, sync::FolderModel::SingleFolder),
      m_options(options)
{
    m_http->setTokenSource(tokens);
    m_http->setMaxConcurrent(m_options.maxConcurrent);
    // Every request costs one of the budget (a $batch as many as it holds); after the
    // first window's worth, paced a batch at a time.
    m_http->setQuota(m_options.requestsPerWindow, m_options.windowMs + m_options.windowSlackMs,
                     GraphClient::kBatchLimit);
    m_client = std::make_unique<GraphClient>(m_http.get(), std::move(apiBase));
    if (tokens) {
        connect(tokens, &auth::AccessTokenSource::reauthorizationRequired, this,
                [this](const QString &reason) { m_authProblem = reason; });
        connect(tokens, &auth::AccessTokenSource::configurationError, this, [this](const QString &reason) {
            m_authProblem = reason;
            m_configProblem = true;
        });
    }
}

GraphSync::~GraphSync()
{
    m_run.reset();
}

void GraphSync::report(SyncProgress::Phase phase, qint64 done, qint64 total)
{
    Q_EMIT progress(SyncProgress{m_accountId, phase, done, total});
}

void GraphSync::start()
{
    if (m_run)
        return;
    m_run = std::make_unique<QObject>();
    m_report = SyncReport{};
    m_report.accountId = m_accountId;
    if (m_tokens && m_tokens->needsReauthorization()) {
        finish(SyncReport::Outcome::ReauthRequired,
               QCoreApplication::translate("Graph", "Sign in to this account again"));
        return;
    }
    m_authProblem.clear();
    m_configProblem = false;
    const Result<int> generation = m_store.maxGeneration(m_accountId);
    if (!generation)
        return stopStore(generation.error());
    m_nextGeneration = generation.value() + 1;
    replayActions();
}

void GraphSync::cancel()
{
    if (m_run)
        finish(SyncReport::Outcome::Cancelled, QCoreApplication::translate("Graph", "Sync was cancelled"));
}

void GraphSync::finish(SyncReport::Outcome outcome, const QString &error)
{
    if (!m_run)
        return;
    m_run.reset();
    m_report.outcome = outcome;
    m_report.error = error;
    if (outcome == SyncReport::Outcome::ReauthRequired)
        m_store.setAccountState(m_accountId, store::AccountState::ReauthRequired, error);
    else if (outcome == SyncReport::Outcome::ConfigError)
        m_store.setAccountState(m_accountId, store::AccountState::Error, error);
    else if (outcome == SyncReport::Outcome::InStep)
        m_store.markSynced(m_accountId, QDateTime::currentMSecsSinceEpoch());
    qCInfo(lcGraph).nospace() << "sync of account " << m_accountId << " ended: " << int(outcome) << " +"
                              << m_report.added << " ~" << m_report.updated << " -" << m_report.removed;
    Q_EMIT finished(m_report);
}

void GraphSync::stop(const Failure &failure)
{
    if (!m_authProblem.isEmpty() || (m_tokens && m_tokens->needsReauthorization())) {
        finish(m_configProblem ? SyncReport::Outcome::ConfigError : SyncReport::Outcome::ReauthRequired,
               m_authProblem.isEmpty() ? failure.message : m_authProblem);
        return;
    }
    if (failure.status == 401)
        finish(SyncReport::Outcome::ReauthRequired, failure.message);
    else if (failure.status == 0)
        finish(SyncReport::Outcome::Offline, failure.message);
    else
        finish(SyncReport::Outcome::Failed, failure.message);
}

void GraphSync::stopStore(const QString &error)
{
    finish(SyncReport::Outcome::Failed, error);
}

// --- Actions first, so the pull does not undo them ---

void GraphSync::replayActions()
{
    report(SyncProgress::Phase::Actions, 0, 0);
    auto *replay = new GraphReplay(m_actions, *m_client, m_store, m_accountId, m_run.get());
    connect(replay, &GraphReplay::finished, m_run.get(), [this, replay](const GraphReplay::Outcome &o) {
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

void GraphSync::refreshFolders(std::function<void()> next)
{
    report(SyncProgress::Phase::Folders, 0, 0);
    m_client->folderTree(m_run.get(), [this, next](const Answer<GraphClient::FolderTree> &a) {
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

void GraphSync::deltaPage(int index, FolderRound round)
{
    const QString folderId = m_order.at(index);
    const bool inbox = index == 0;
    const bool firstPage = round.link.isEmpty();
    report(inbox && firstPage ? SyncProgress::Phase::FirstPage : SyncProgress::Phase::Changes, index, m_order.size());
    const int pageSize = inbox && firstPage ? m_options.firstPage : m_options.pageSize;
    m_client->delta(folderId, round.link, pageSize, m_run.get(),
                    [this, index, round, folderId](const Answer<DeltaPage> &a) {
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
                        if (!roundDone)
                            return deltaPage(index, next);
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

bool GraphSync::apply(store::SyncChanges &changes)
{
    QSet<QString> touched;
    for (const store::SyncChanges::Upsert &u : std::as_const(changes.upserts))
        touched.insert(u.record.remoteId);
    for (const store::MessageDelta &d : std::as_const(changes.deltas))
        for (const QString &id : d.remoteIds)
            touched.insert(id);
    // Actions made while this was in flight win over what the server said.
    if (Status s = m_actions.overlay(touched, &changes); !s) {
        stopStore(s.error());
        return false;
    }
    const Result<store::SyncOutcome> outcome = m_store.applySync(m_accountId, changes);
    if (!outcome) {
        stopStore(outcome.error());
        return false;
    }
    m_report.added += outcome.value().added;
    m_report.updated += outcome.value().updated;
    m_report.removed += outcome.value().removed;
    return true;
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
        m_client->mime(id, false, m_run.get(), [this, id, outstanding](const Answer<QByteArray> &a) {
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
