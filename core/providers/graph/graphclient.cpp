#include "graphclient.h"

#include "auth/accesstokensource.h"
#include "net/batchrounds.h"
#include "net/httpclient.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrlQuery>

namespace em::graph {

Q_LOGGING_CATEGORY(lcGraph, "emailmanager.graph")

namespace {
const char *const kWellKnown[] = {"inbox", "sentitems", "drafts", "deleteditems", "junkemail", "archive"};
} // namespace

bool Failure::syncStateLost() const
{
    return status == 410 || code.compare(QLatin1String("syncStateNotFound"), Qt::CaseInsensitive) == 0 ||
           code.compare(QLatin1String("resyncRequired"), Qt::CaseInsensitive) == 0;
}

Failure Failure::fromPart(int status, const QByteArray &body)
{
    const ApiError e = decodeError(body);
    Failure f;
    f.status = status;
    f.code = e.code;
    f.message = e.message.isEmpty()
                    ? QCoreApplication::translate("Graph", "Microsoft Graph answered with HTTP status %1").arg(status)
                    : e.message;
    return f;
}

Failure Failure::from(const net::HttpResponse &r)
{
    if (r.status == 0) {
        Failure f;
        f.message =
            r.error.isEmpty() ? QCoreApplication::translate("Graph", "Microsoft Graph could not be reached") : r.error;
        return f;
    }
    return fromPart(r.status, r.body);
}

GraphClient::GraphClient(net::HttpClient *http, QUrl apiBase, QObject *parent)
    : QObject(parent), m_http(http), m_base(std::move(apiBase))
{}

QUrl GraphClient::url(const QString &pathAndQuery) const
{
    QUrl u = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    u.setPath(m_base.path() + pathAndQuery.left(q));
    if (q >= 0)
        u.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    return u;
}

bool GraphClient::isApiUrl(const QUrl &u) const
{
    return u.isValid() && u.scheme() == m_base.scheme() && u.host() == m_base.host() &&
           u.port(u.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_base.port(m_base.scheme() == QLatin1String("https") ? 443 : 80) &&
           u.path().startsWith(m_base.path());
}

void GraphClient::get(const QUrl &u, bool urgent, QObject *context, std::function<void(const net::HttpResponse &)> done,
                      int pageSize)
{
    net::HttpRequest request;
    request.url = u;
    request.quotaUnits = 1; // Graph counts requests
    request.urgent = urgent;
    QByteArray prefer = "IdType=\"ImmutableId\"";
    if (pageSize > 0)
        prefer += ", odata.maxpagesize=" + QByteArray::number(pageSize);
    request.headers.append({"Prefer", prefer});
    m_http->send(request, context, std::move(done));
}

template <typename T, typename Decode>
static void answerWith(const net::HttpResponse &r, Decode decode, const std::function<void(const Answer<T> &)> &done)
{
    Answer<T> a;
    if (!r.ok()) {
        a.failure = Failure::from(r);
    } else if (Result<T> v = decode(r.body); v) {
        a.value = std::move(v).value();
    } else {
        a.failure.status = 0; // a 200 that cannot be read: broken on the way; try later
        a.failure.message = v.error();
    }
    done(a);
}

// --- Folders ---

struct TreeState
{
    QPointer<QObject> context;
    std::function<void(const Answer<GraphClient::FolderTree> &)> done;
    GraphClient::FolderTree tree;
    int outstanding = 0;
    bool failed = false;
};

void GraphClient::folderTree(QObject *context, std::function<void(const Answer<FolderTree> &)> done)
{
    auto state = std::make_shared<TreeState>();
    state->context = context;
    state->done = std::move(done);
    // The well-known folders by name, in one batch; a mailbox may lack some (404).
    QList<BatchRequest> requests;
    for (const char *name : kWellKnown)
        requests.append({QLatin1String(name),
                         "GET",
                         QStringLiteral("/me/mailFolders/") + QLatin1String(name),
                         {},
                         false,
                         {{"Prefer", "IdType=\"ImmutableId\""}}});
    ++state->outstanding;
    runBatch(requests, this, [this, state](const QList<PartAnswer> &answers) {
        --state->outstanding;
        for (int i = 0; i < answers.size(); ++i) {
            const PartAnswer &a = answers.at(i);
            if (a.status >= 200 && a.status < 300) {
                if (Result<Folder> f = decodeFolder(a.body); f)
                    state->tree.wellKnown.insert(QLatin1String(kWellKnown[i]), f.value().id);
            } else if (!a.failure.gone() && !state->failed) {
                state->failed = true;
                if (state->context)
                    state->done({std::nullopt, a.failure});
                return;
            }
        }
        if (state->outstanding == 0 && !state->failed && state->context)
            state->done({state->tree, {}});
    });
    listFolders(url(QStringLiteral("/me/mailFolders?$top=100")), state);
}

void GraphClient::listFolders(const QUrl &u, const std::shared_ptr<TreeState> &state)
{
    ++state->outstanding;
    get(u, false, this, [this, state](const net::HttpResponse &r) {
        --state->outstanding;
        if (state->failed)
            return;
        Answer<FolderPage> page;
        answerWith<FolderPage>(r, decodeFolderPage, [&page](const Answer<FolderPage> &a) { page = a; });
        if (!page.ok()) {
            state->failed = true;
            if (state->context)
                state->done({std::nullopt, page.failure});
            return;
        }
        for (const Folder &f : page.value->folders) {
            if (f.isHidden)
                continue; // hidden folders are not shown anywhere (they stay out of sync)
            state->tree.folders.append(f);
            if (f.childFolderCount > 0)
                listFolders(url(QStringLiteral("/me/mailFolders/%1/childFolders?$top=100")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(f.id)))),
                            state);
        }
        if (!page.value->nextLink.isEmpty()) {
            const QUrl next(page.value->nextLink);
            if (!isApiUrl(next)) {
                state->failed = true;
                if (state->context)
                    state->done(
                        {std::nullopt,
                         Failure{502, {}, QCoreApplication::translate("Graph", "Graph sent a link elsewhere")}});
                return;
            }
            listFolders(next, state);
        }
        if (state->outstanding == 0 && state->context)
            state->done({state->tree, {}});
    });
}

// --- Messages ---

void GraphClient::delta(const QString &folderId, const QString &link, int pageSize, QObject *context,
                        const std::function<void(const Answer<DeltaPage> &)> &done)
{
    QUrl u;
    if (link.isEmpty()) {
        u = url(QStringLiteral("/me/mailFolders/%1/messages/delta?$select=%2")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(folderId)), messageSelect()));
    } else {
        u = QUrl(link);
        if (!isApiUrl(u)) {
            // A stored link that points elsewhere is not followed: that folder starts over.
            done({std::nullopt, Failure{410, QStringLiteral("syncStateNotFound"),
                                        QCoreApplication::translate("Graph", "The stored delta link is not Graph's")}});
            return;
        }
    }
    get(
        u, false, context, [done](const net::HttpResponse &r) { answerWith<DeltaPage>(r, decodeDeltaPage, done); },
        pageSize);
}

void GraphClient::message(const QString &id, QObject *context, const std::function<void(const Answer<Message> &)> &done)
{
    get(url(QStringLiteral("/me/messages/%1?$select=%2")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), messageSelect())),
        false, context, [done](const net::HttpResponse &r) { answerWith<Message>(r, decodeMessage, done); });
}

void GraphClient::mime(const QString &id, bool urgent, QObject *context,
                       const std::function<void(const Answer<QByteArray> &)> &done)
{
    get(url(QStringLiteral("/me/messages/%1/$value").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))), urgent,
        context, [done](const net::HttpResponse &r) {
            Answer<QByteArray> a;
            if (r.ok())
                a.value = r.body;
            else
                a.failure = Failure::from(r);
            done(a);
        });
}

// --- $batch ---

struct GraphBatchState
{
    QList<BatchRequest> requests;
    QPointer<QObject> context;
    std::function<void(const QList<GraphClient::PartAnswer> &)> done;
    QList<GraphClient::PartAnswer> answers;
    net::BatchRounds rounds;
    int outstanding = 0; // batches of this round not answered yet
};

// A request Graph throttled: how long it asks us to wait (at least a second).
static qint64 throttleOf(const BatchAnswer &b)
{
    if (b.status != 429)
        return 0;
    for (const auto &[name, value] : b.headers)
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
            return qBound(qint64(1000), value.trimmed().toLongLong() * 1000, qint64(120000));
    return 2000;
}

void GraphClient::runBatch(const QList<BatchRequest> &requests, QObject *context,
                           std::function<void(const QList<PartAnswer> &)> done)
{
    auto state = std::make_shared<GraphBatchState>();
    state->requests = requests;
    state->context = context;
    state->done = std::move(done);
    state->answers.resize(requests.size());
    for (int i = 0; i < requests.size(); ++i)
        state->rounds.todo.append(i);
    if (requests.isEmpty()) {
        state->done({});
        return;
    }
    runBatchRound(state);
}

void GraphClient::runBatchRound(const std::shared_ptr<GraphBatchState> &state)
{
    const QList<int> todo = state->rounds.start();
    QList<QList<int>> batches;
    for (int i = 0; i < todo.size(); i += kBatchLimit)
        batches.append(todo.mid(i, kBatchLimit));
    state->outstanding = int(batches.size());
    for (const QList<int> &indexes : std::as_const(batches)) {
        QList<BatchRequest> parts;
        QStringList ids;
        for (int k = 0; k < indexes.size(); ++k) {
            BatchRequest part = state->requests.at(indexes.at(k));
            part.id = QString::number(k + 1); // unique within this batch
            parts.append(part);
            ids.append(part.id);
        }
        net::HttpRequest request;
        request.method = "POST";
        request.url = url(QStringLiteral("/$batch"));
        request.body = encodeBatch(parts);
        request.contentType = "application/json";
        request.quotaUnits = int(parts.size()); // every request in a batch counts
        // Whole-batch retries only where each part may be repeated; PATCH, move and DELETE
        // of the same message twice end the same way.
        request.idempotent = true;
        // Should Graph answer a request of the batch 401 (the token expired between the
        // batch and its requests), the token is refreshed and the batch sent again.
        request.refusedInside = [ids](const net::HttpResponse &r) {
            if (!r.body.contains("401"))
                return false; // the usual case, without parsing the answer twice
            const Result<QList<BatchAnswer>> answers = decodeBatch(r.body, ids);
            return answers && std::any_of(answers.value().cbegin(), answers.value().cend(),
                                          [](const BatchAnswer &b) { return b.status == 401; });
        };
        m_http->send(request, this, [this, state, indexes, ids](const net::HttpResponse &r) {
            const Result<QList<BatchAnswer>> answers =
                r.ok() ? decodeBatch(r.body, ids) : Result<QList<BatchAnswer>>::failure(Failure::from(r).message);
            for (int k = 0; k < indexes.size(); ++k) {
                PartAnswer &a = state->answers[indexes.at(k)];
                if (!r.ok()) {
                    a = {r.status, {}, Failure::from(r)};
                    continue;
                }
                if (!answers) {
                    a = {0, {}, Failure{0, {}, answers.error()}};
                    continue;
                }
                const BatchAnswer &b = answers.value().at(k);
                a.status = b.status;
                a.body = b.body;
                a.failure = (b.status >= 200 && b.status < 300) ? Failure{} : Failure::fromPart(b.status, b.body);
                state->rounds.throttleMs = qMax(state->rounds.throttleMs, throttleOf(b));
            }
            // Parts that failed alone go again; when the whole batch got no answer the
            // HttpClient has already retried it, and the run should end (offline) now.
            for (int i : indexes) {
                const PartAnswer &a = state->answers.at(i);
                if (r.ok() && !(a.status >= 200 && a.status < 300) && a.failure.transient())
                    state->rounds.todo.append(i);
            }
            if (--state->outstanding > 0 || !state->context)
                return;
            const bool throttled = state->rounds.throttled();
            const qsizetype again = state->rounds.todo.size();
            if (!state->rounds.scheduleNext(m_http, this, [this, state] {
                    if (state->context)
                        runBatchRound(state);
                })) {
                state->done(state->answers);
                return;
            }
            qCDebug(lcGraph) << again << "batched requests sent again" << (throttled ? "(throttled)" : "");
        });
    }
}

} // namespace em::graph
