#pragma once

#include "gmailclient.h"
#include "sync/providersync.h"

#include <QHash>
#include <QPointer>
#include <QUrl>

#include <deque>
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

namespace em::gmail {

class GmailReplay;

// The sync of one Gmail account through the Gmail API.
//
// A run: queued actions are replayed; labels.list refreshes the folders; then, with no
// history checkpoint, a full sync: getProfile's historyId is noted, the first page of
// the Inbox is fetched and stored first, then every message (newest first, spam and
// trash included) in pages of 500 whose metadata comes in batches of 50 at the pace of
// the quota; each batch is a transaction, each finished page moves the resumable
// checkpoint; at the end, messages the listing did not see are swept and history from
// the noted id catches what changed meanwhile. With a checkpoint, history.list from it;
// a 404 (history expired) starts a full sync that keeps what is still valid (bodies).
// Each history page is one transaction with its checkpoint. Last, the newest bodies
// without a body are prefetched.
class GmailSync : public sync::ProviderSync
{
    Q_OBJECT
public:
    struct Options
    {
        int firstPage = 50;         // Inbox messages stored before anything else
        int prefetch = 50;          // newest bodies downloaded after each run (0: none)
        int listPage = 500;         // messages.list page size
        int unitsPerMinute = 15000; // Google's per-user quota ...
        int quotaWindowMs = 60000;  // ... over a sliding minute
        // Our charges leave our window this much later than Google's: a request that took
        // longer to arrive than the next one must not make Google see one batch too many.
        int quotaSlackMs = 1000;
    };

    GmailSync(store::MailStore &store, qint64 accountId, auth::AccessTokenSource *tokens, QNetworkAccessManager *nam,
              QUrl apiBase, const Options &options, QObject *parent = nullptr);
    void fetchBody(const QString &remoteId) override;

    static constexpr const char *kHistoryScope = "gmail.history";
    static constexpr const char *kFullScope = "gmail.full";

private:
    struct FullState
    {
        int generation = 0;
        quint64 startHistory = 0;
        QString pageToken;
        qint64 listed = 0;
        qint64 total = 0;
        bool firstPageDone = false;
        QString encode() const;
        static std::optional<FullState> decode(const QString &text);
    };
    struct HistoryWork;

    void begin() override;
    void replayActions();
    void refreshLabels(const std::function<void()> &next);
    void pull();
    void startFull();
    void fetchFirstPage();
    struct Page
    {
        QStringList ids;
        QString next;
        int outstanding = 0;     // metadata batches not stored yet
        bool listedNext = false; // the page after it was asked for
    };
    void listNextPage();
    void listPage(const QString &pageToken);
    bool fetchPage(const std::shared_ptr<Page> &page);
    void closeFinishedPages();
    int pagesAhead() const;
    void finishFull();
    void pullHistory(quint64 start, const QString &pageToken);
    void applyHistoryPage(const std::shared_ptr<HistoryWork> &work);
    void prefetch();
    // Metadata answers as upserts: gone messages left out, unreadable ones kept flagged.
    bool toUpserts(const QHash<QString, Answer<Metadata>> &answers, const QStringList &order,
                   store::SyncChanges *changes, QStringList *unknownLabels);
    qint64 placeholderFolder(const QString &labelId); // 0: the store failed (the run stopped)
    void storeRaw(const Raw &raw);
    void stop(const Failure &failure) { ProviderSync::stop(failure.status, failure.message); }
    // ProviderSync::apply, with the full sync's generation stamped on what it stores.
    bool apply(store::SyncChanges &changes);

    std::unique_ptr<GmailClient> m_client;
    Options m_options;
    FullState m_full;
    std::deque<std::shared_ptr<Page>> m_pages; // listed, in order, not yet checkpointed
    QHash<QString, qint64> m_folders;          // label id -> folder id
    bool m_labelsRefreshed = false;            // in this run, after an unknown label turned up
};

} // namespace em::gmail
