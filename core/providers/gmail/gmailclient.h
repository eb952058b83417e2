#pragma once

#include "gmailbatch.h"
#include "gmailjson.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace em::net {
class HttpClient;
struct HttpResponse;
} // namespace em::net

namespace em::gmail {

// Why a call did not succeed, sorted the way sync needs to decide.
struct Failure
{
    int status = 0; // 0: no answer (network, or no access token)
    QString reason; // Google's error reason ("notFound", "rateLimitExceeded", ...)
    QString message;
    bool gone() const { return status == 404; }
    // Still refused after the token was refreshed: the account's, not the call's, problem.
    bool unauthorized() const { return status == 401; }
    // Worth another run later: no answer, throttled, or a server error.
    bool transient() const;
    static Failure from(const net::HttpResponse &response);
    static Failure fromPart(int status, const QByteArray &body);
};

template <typename T>
struct Answer
{
    std::optional<T> value;
    Failure failure;
    bool ok() const { return value.has_value(); }
};

// Gmail API v1 calls for one account, typed, over the account's HttpClient (which owns
// quota, concurrency, tokens and whole-request retries). Batches hold at most 50 calls,
// as Google advises; a part that fails alone with a transient error is sent again alone
// (in a smaller batch) a few times before its failure is reported.
class GmailClient : public QObject
{
    Q_OBJECT
public:
    GmailClient(net::HttpClient *http, QUrl apiBase, QObject *parent = nullptr);

    static constexpr int kBatchLimit = 50;
    // Units Google charges per call.
    static constexpr int kUnitsGet = 5, kUnitsList = 5, kUnitsHistory = 2, kUnitsLabels = 1, kUnitsProfile = 1,
                         kUnitsModify = 5, kUnitsBatchModify = 50, kUnitsBatchDelete = 50;

    void profile(QObject *context, const std::function<void(const Answer<Profile> &)> &done);
    void labels(QObject *context, const std::function<void(const Answer<QList<Label>> &)> &done);
    struct ListQuery
    {
        QString labelId;
        QString pageToken;
        int maxResults = 500;
        bool includeSpamTrash = true;
    };
    void list(const ListQuery &query, QObject *context, const std::function<void(const Answer<ListPage> &)> &done);
    // A 404 (failure.gone()) means the start is too old: a full sync is needed.
    void history(quint64 startHistoryId, const QString &pageToken, QObject *context,
                 const std::function<void(const Answer<HistoryPage> &)> &done);

    // Per id, in any number (split into batches).
    void metadata(const QStringList &ids, bool urgent, QObject *context,
                  const std::function<void(const QHash<QString, Answer<Metadata>> &)> &done);
    void raw(const QStringList &ids, bool urgent, QObject *context,
             const std::function<void(const QHash<QString, Answer<Raw>> &)> &done);

    // Label changes on up to 1000 ids per call (split as needed). Ids that no longer
    // exist are skipped by Google without an error.
    void batchModify(const QStringList &ids, const QStringList &add, const QStringList &remove, QObject *context,
                     const std::function<void(const std::optional<Failure> &)> &done);
    // messages.trash / untrash / delete for each id (batched); a failure per id, absent when done.
    enum class PerMessage { Trash, Untrash, Delete };
    void perMessage(PerMessage what, const QStringList &ids, QObject *context,
                    const std::function<void(const QHash<QString, Failure> &)> &done);

    // The raw batch runner: answers in the order of the parts.
    struct PartAnswer
    {
        int status = 0;
        QByteArray body;
        Failure failure; // when status is not 2xx
    };
    void runBatch(const QList<BatchPart> &parts, int unitsPerPart, bool urgent, QObject *context,
                  std::function<void(const QList<PartAnswer> &)> done);

private:
    void getJson(const QString &pathAndQuery, int units, bool urgent, QObject *context,
                 std::function<void(const net::HttpResponse &)> done);
    void runBatchRound(const std::shared_ptr<struct BatchState> &state);
    QString path(const QString &rest) const; // "/gmail/v1/users/me/" + rest

    net::HttpClient *m_http;
    QUrl m_base;
};

} // namespace em::gmail
