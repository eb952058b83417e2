#pragma once

#include "graphclient.h"
#include "sync/providersync.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace em::auth {
class AccessTokenSource;
}
namespace em::net {
class HttpClient;
}
namespace em::store {
class MailStore;
}

namespace em::graph {

// The sync of one Outlook / Microsoft 365 mailbox through Microsoft Graph.
//
// A run: queued actions are replayed; the folder tree (hidden folders left out) and the
// well-known folders refresh the account's folders; then each folder, the Inbox first,
// follows its own delta: the first round lists the folder (its first page stored before
// anything else), later rounds bring what changed; every page is one transaction with
// the folder's next or delta link. `@removed` takes a message out of that folder. A 410
// or syncStateNotFound starts that folder over, keeping what is still valid (rows,
// bodies); at the end of such a round the folder's messages it did not see leave it.
// Messages in no folder any more (deleted, or moved where sync does not look) are removed
// once every folder has had its round. Last, recent bodies are prefetched ($value).
class GraphSync : public sync::ProviderSync
{
    Q_OBJECT
public:
    struct Options
    {
        int firstPage = 50;                         // the Inbox's first page
        int pageSize = 200;                         // Prefer: odata.maxpagesize
        int prefetch = 50;                          // newest bodies downloaded after each run
        int requestsPerWindow = 10000;              // Graph's per-mailbox budget ...
        int windowMs = 10 * 60 * 1000;              // ... per 10 minutes
        int windowSlackMs = 1000;                   // our window outlasts Graph's (network delays)
        int pacingBurst = GraphClient::kBatchLimit; // after the first window, paced this many at a time
        int maxConcurrent = 4;                      // Graph's per-mailbox concurrency limit
    };

    GraphSync(store::MailStore &store, qint64 accountId, auth::AccessTokenSource *tokens, QNetworkAccessManager *nam,
              QUrl apiBase, const Options &options, QObject *parent = nullptr);
    void fetchBody(const QString &remoteId) override;

    static QString deltaScope(const QString &folderId); // "graph.delta.<id>"

private:
    struct FolderRound
    {
        QString link;       // next or delta link; empty: the first page of a first round
        int generation = 0; // > 0: a first round under way (its unseen messages leave at the end)
        QString encode() const;
        static FolderRound decode(const QString &text);
    };

    void begin() override;
    void replayActions();
    void refreshFolders(const std::function<void()> &next);
    void syncFolder(int index);
    void deltaPage(int index, const FolderRound &round);
    void finishFolders();
    void prefetch();
    void stop(const Failure &failure) { ProviderSync::stop(failure.status, failure.message); }
    bool storeMime(const QString &remoteId, const QByteArray &mime, Status *status = nullptr);

    std::unique_ptr<GraphClient> m_client;
    Options m_options;

    QStringList m_order;              // folder ids in sync order (Inbox first)
    QHash<QString, qint64> m_folders; // folder id -> store folder id
    int m_nextGeneration = 0;
    QSet<QString> m_followedUp; // folders whose first round got its follow-up round this run
};

} // namespace em::graph
