#pragma once

#include "graphbatch.h"
#include "graphjson.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace em::net {
class HttpClient;
struct HttpResponse;
} // namespace em::net

namespace em::graph {

// Why a call did not succeed, sorted the way sync needs to decide.
struct Failure
{
    int status = 0; // 0: no answer (network, or no access token)
    QString code;   // Graph's error code ("ErrorItemNotFound", "syncStateNotFound", ...)
    QString message;
    bool gone() const { return status == 404; }
    // Still refused after the token was refreshed: the account's, not the call's, problem.
    bool unauthorized() const { return status == 401; }
    // The delta token is no longer valid: that folder starts over.
    bool syncStateLost() const;
    bool transient() const { return status == 0 || status == 429 || status >= 500; }
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

// Microsoft Graph v1.0 mail calls for one mailbox, typed, over the account's HttpClient
// (which owns the request budget, the 4 requests in flight, tokens and retries). Every
// request asks for immutable ids, so a move keeps a message's id. Links Graph hands back
// (next and delta links) are followed only on the API's own origin: the bearer token
// goes nowhere else.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    GraphClient(net::HttpClient *http, QUrl apiBase, QObject *parent = nullptr);

    static constexpr int kBatchLimit = 20;

    // Every visible folder, children included (hidden folders left out), and the ids of
    // the well-known ones by name ("inbox", "sentitems", "drafts", "deleteditems",
    // "junkemail", "archive"; a mailbox may lack some).
    struct FolderTree
    {
        QList<Folder> folders;
        QHash<QString, QString> wellKnown; // name -> folder id
    };
    void folderTree(QObject *context, std::function<void(const Answer<FolderTree> &)> done);
    // One delta page: the first of a round when `link` is empty, else the next or delta
    // link a page gave.
    void delta(const QString &folderId, const QString &link, int pageSize, QObject *context,
               const std::function<void(const Answer<DeltaPage> &)> &done);
    void message(const QString &id, QObject *context, const std::function<void(const Answer<Message> &)> &done);
    // The MIME of a message ($value).
    void mime(const QString &id, bool urgent, QObject *context,
              const std::function<void(const Answer<QByteArray> &)> &done);

    // A batch of requests (any number: sent 20 at a time); a request that fails alone
    // with a transient error is sent again alone a few times. Answers in request order.
    struct PartAnswer
    {
        int status = 0;
        QByteArray body;
        Failure failure; // when status is not 2xx
    };
    void runBatch(const QList<BatchRequest> &requests, QObject *context,
                  std::function<void(const QList<PartAnswer> &)> done);

    bool isApiUrl(const QUrl &url) const;

private:
    void get(const QUrl &url, bool urgent, QObject *context, std::function<void(const net::HttpResponse &)> done,
             int pageSize = 0);
    QUrl url(const QString &pathAndQuery) const;
    void listFolders(const QUrl &url, const std::shared_ptr<struct TreeState> &state);
    void runBatchRound(const std::shared_ptr<struct GraphBatchState> &state);

    net::HttpClient *m_http;
    QUrl m_base;
};

} // namespace em::graph
