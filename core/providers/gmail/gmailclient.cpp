#include "gmailclient.h"

#include "auth/accesstokensource.h"
#include "net/batchrounds.h"
#include "net/httpclient.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace em::gmail {

Q_LOGGING_CATEGORY(lcGmail, "emailmanager.gmail")

namespace {

// What the list and threading need, and nothing else.
const char *const kMetadataHeaders[] = {"From", "To",         "Cc",          "Bcc",       "Subject",
                                        "Date", "Message-ID", "In-Reply-To", "References"};
constexpr int kRawPerBatch = 10; // raw messages can be large: smaller batches

QString encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

bool Failure::transient() const
{
    if (status == 0 || status == 429 || status >= 500)
        return true;
    return status == 403 &&
           (reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded"));
}

Failure Failure::fromPart(int status, const QByteArray &body)
{
    const ApiError e = decodeError(body);
    Failure f;
    f.status = status;
    f.reason = e.reason;
    f.message = e.message.isEmpty()
                    ? QCoreApplication::translate("Gmail", "Gmail answered with HTTP status %1").arg(status)
                    : e.message;
    return f;
}

Failure Failure::from(const net::HttpResponse &r)
{
    if (r.status == 0) {
        Failure f;
        f.message = r.error.isEmpty() ? QCoreApplication::translate("Gmail", "Gmail could not be reached") : r.error;
        return f;
    }
    return fromPart(r.status, r.body);
}

GmailClient::GmailClient(net::HttpClient *http, QUrl apiBase, QObject *parent)
    : QObject(parent), m_http(http), m_base(std::move(apiBase))
{}

QString GmailClient::path(const QString &rest) const
{
    return QStringLiteral("/gmail/v1/users/me/") + rest;
}

void GmailClient::getJson(const QString &pathAndQuery, int units, bool urgent, QObject *context,
                          std::function<void(const net::HttpResponse &)> done)
{
    net::HttpRequest request;
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(m_base.path() + pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    request.url = url;
    request.quotaUnits = units;
    request.urgent = urgent;
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
        // A 200 that cannot be read: the server (or something between) broke it; try later.
        a.failure.status = 0;
        a.failure.message = v.error();
    }
    done(a);
}

void GmailClient::profile(QObject *context, const std::function<void(const Answer<Profile> &)> &done)
{
    getJson(path(QStringLiteral("profile")), kUnitsProfile, false, context,
            [done](const net::HttpResponse &r) { answerWith<Profile>(r, decodeProfile, done); });
}

void GmailClient::labels(QObject *context, const std::function<void(const Answer<QList<Label>> &)> &done)
{
    getJson(path(QStringLiteral("labels")), kUnitsLabels, false, context,
            [done](const net::HttpResponse &r) { answerWith<QList<Label>>(r, decodeLabels, done); });
}

void GmailClient::list(const ListQuery &query, QObject *context,
                       const std::function<void(const Answer<ListPage> &)> &done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("maxResults"), QString::number(query.maxResults));
    if (!query.labelId.isEmpty())
        q.addQueryItem(QStringLiteral("labelIds"), QString::fromLatin1(QUrl::toPercentEncoding(query.labelId)));
    if (query.includeSpamTrash)
        q.addQueryItem(QStringLiteral("includeSpamTrash"), QStringLiteral("true"));
    if (!query.pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), QString::fromLatin1(QUrl::toPercentEncoding(query.pageToken)));
    getJson(path(QStringLiteral("messages?")) + q.query(QUrl::FullyEncoded), kUnitsList, false, context,
            [done](const net::HttpResponse &r) { answerWith<ListPage>(r, decodeListPage, done); });
}

void GmailClient::history(quint64 startHistoryId, const QString &pageToken, QObject *context,
                          const std::function<void(const Answer<HistoryPage> &)> &done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("startHistoryId"), QString::number(startHistoryId));
    q.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("500"));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    getJson(path(QStringLiteral("history?")) + q.query(QUrl::FullyEncoded), kUnitsHistory, false, context,
            [done](const net::HttpResponse &r) { answerWith<HistoryPage>(r, decodeHistoryPage, done); });
}

// --- Batches ---

struct BatchState
{
    QList<BatchPart> parts;
    int unitsPerPart = 0;
    int chunk = GmailClient::kBatchLimit;
    bool urgent = false;
    QPointer<QObject> context;
    std::function<void(const QList<GmailClient::PartAnswer> &)> done;
    QList<GmailClient::PartAnswer> answers;
    net::BatchRounds rounds;
    int outstanding = 0; // batches of this round not answered yet
};

// A part Google throttled: how long it asks us to wait (at least a second).
static qint64 throttleOf(const BatchAnswer &b, const Failure &f)
{
    if (b.status != 429 && !(b.status == 403 && f.transient()))
        return 0;
    for (const auto &[name, value] : b.headers)
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
            return qBound(qint64(1000), value.trimmed().toLongLong() * 1000, qint64(120000));
    return 2000;
}

void GmailClient::runBatch(const QList<BatchPart> &parts, int unitsPerPart, bool urgent, QObject *context,
                           std::function<void(const QList<PartAnswer> &)> done)
{
    auto state = std::make_shared<BatchState>();
    state->parts = parts;
    state->unitsPerPart = unitsPerPart;
    state->urgent = urgent;
    state->context = context;
    state->done = std::move(done);
    state->answers.resize(parts.size());
    for (int i = 0; i < parts.size(); ++i)
        state->rounds.todo.append(i);
    if (parts.isEmpty()) {
        state->done({});
        return;
    }
    runBatchRound(state);
}

void GmailClient::runBatchRound(const std::shared_ptr<BatchState> &state)
{
    const QList<int> todo = state->rounds.start();
    const int chunk =
        state->parts.first().pathAndQuery.contains(QLatin1String("format=raw")) ? kRawPerBatch : kBatchLimit;
    QList<QList<int>> batches;
    for (int i = 0; i < todo.size(); i += chunk)
        batches.append(todo.mid(i, chunk));
    state->outstanding = int(batches.size());
    for (const QList<int> &indexes : std::as_const(batches)) {
        QList<BatchPart> parts;
        for (int i : indexes)
            parts.append(state->parts.at(i));
        const BatchEnvelope envelope = encodeBatch(parts);
        net::HttpRequest request;
        request.method = "POST";
        request.url = m_base;
        request.url.setPath(m_base.path() + QStringLiteral("/batch/gmail/v1"));
        request.body = envelope.body;
        request.contentType = envelope.contentType;
        request.quotaUnits = state->unitsPerPart * int(parts.size());
        request.urgent = state->urgent;
        // Every call we batch is safe to repeat (reads, label changes, trash/untrash).
        request.idempotent = true;
        // Google answers a batch sent with an expired token 200, and each call in it 401:
        // the token is refreshed and the batch sent again, as for a 401 of the whole.
        const int partCount = int(parts.size());
        request.refusedInside = [partCount](const net::HttpResponse &r) {
            if (!r.body.contains(" 401"))
                return false; // the usual case, without parsing the answer twice
            const Result<QList<BatchAnswer>> answers = decodeBatch(r.header("Content-Type"), r.body, partCount);
            return answers && std::any_of(answers.value().cbegin(), answers.value().cend(),
                                          [](const BatchAnswer &b) { return b.status == 401; });
        };
        m_http->send(request, this, [this, state, indexes](const net::HttpResponse &r) {
            if (!r.ok()) {
                const Failure f = Failure::from(r);
                for (int i : indexes)
                    state->answers[i] = {r.status, {}, f};
            } else {
                const Result<QList<BatchAnswer>> answers =
                    decodeBatch(r.header("Content-Type"), r.body, int(indexes.size()));
                for (int k = 0; k < indexes.size(); ++k) {
                    PartAnswer &a = state->answers[indexes.at(k)];
                    if (!answers) {
                        a = {0, {}, Failure{0, {}, answers.error()}};
                        continue;
                    }
                    const BatchAnswer &b = answers.value().at(k);
                    a.status = b.status;
                    a.body = b.body;
                    a.failure = (b.status >= 200 && b.status < 300) ? Failure{} : Failure::fromPart(b.status, b.body);
                    state->rounds.throttleMs = qMax(state->rounds.throttleMs, throttleOf(b, a.failure));
                    if (b.status == 0)
                        a.failure.message =
                            QCoreApplication::translate("Gmail", "Gmail left a batched call unanswered");
                }
            }
            // Parts that failed alone go again; when the whole batch got no answer the
            // HttpClient has already retried it, and the run should end (offline) now.
            for (int i : indexes) {
                const PartAnswer &a = state->answers.at(i);
                if (r.ok() && !(a.status >= 200 && a.status < 300) && a.failure.transient())
                    state->rounds.todo.append(i);
            }
            if (--state->outstanding > 0)
                return;
            if (!state->context)
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
            qCDebug(lcGmail) << again << "batched calls sent again" << (throttled ? "(throttled)" : "");
        });
    }
}

void GmailClient::metadata(const QStringList &ids, bool urgent, QObject *context,
                           const std::function<void(const QHash<QString, Answer<Metadata>> &)> &done)
{
    QString headers;
    for (const char *h : kMetadataHeaders)
        headers += QStringLiteral("&metadataHeaders=") + QLatin1String(h);
    QList<BatchPart> parts;
    for (const QString &id : ids)
        parts.append({"GET",
                      path(QStringLiteral("messages/")) + encodeId(id) + QStringLiteral("?format=metadata") + headers,
                      {},
                      {}});
    runBatch(parts, kUnitsGet, urgent, context, [ids, done](const QList<PartAnswer> &answers) {
        QHash<QString, Answer<Metadata>> out;
        for (int i = 0; i < ids.size(); ++i) {
            const PartAnswer &p = answers.at(i);
            Answer<Metadata> a;
            if (p.status < 200 || p.status >= 300) {
                a.failure = p.failure;
            } else if (Result<Metadata> m = decodeMetadata(p.body); m) {
                a.value = std::move(m).value();
            } else {
                a.failure = Failure{p.status, QStringLiteral("malformed"), m.error()};
            }
            out.insert(ids.at(i), a);
        }
        done(out);
    });
}

void GmailClient::raw(const QStringList &ids, bool urgent, QObject *context,
                      const std::function<void(const QHash<QString, Answer<Raw>> &)> &done)
{
    QList<BatchPart> parts;
    for (const QString &id : ids)
        parts.append({"GET", path(QStringLiteral("messages/")) + encodeId(id) + QStringLiteral("?format=raw"), {}, {}});
    runBatch(parts, kUnitsGet, urgent, context, [ids, done](const QList<PartAnswer> &answers) {
        QHash<QString, Answer<Raw>> out;
        for (int i = 0; i < ids.size(); ++i) {
            const PartAnswer &p = answers.at(i);
            Answer<Raw> a;
            if (p.status < 200 || p.status >= 300) {
                a.failure = p.failure;
            } else if (Result<Raw> m = decodeRaw(p.body); m) {
                a.value = std::move(m).value();
            } else {
                a.failure = Failure{p.status, QStringLiteral("malformed"), m.error()};
            }
            out.insert(ids.at(i), a);
        }
        done(out);
    });
}

void GmailClient::batchModify(const QStringList &ids, const QStringList &add, const QStringList &remove,
                              QObject *context, const std::function<void(const std::optional<Failure> &)> &done)
{
    constexpr int kMaxIds = 1000;
    auto remaining = std::make_shared<int>(int((ids.size() + kMaxIds - 1) / kMaxIds));
    auto firstFailure = std::make_shared<std::optional<Failure>>();
    if (*remaining == 0) {
        done(std::nullopt);
        return;
    }
    for (int i = 0; i < ids.size(); i += kMaxIds) {
        QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(ids.mid(i, kMaxIds))}};
        if (!add.isEmpty())
            body.insert(QStringLiteral("addLabelIds"), QJsonArray::fromStringList(add));
        if (!remove.isEmpty())
            body.insert(QStringLiteral("removeLabelIds"), QJsonArray::fromStringList(remove));
        net::HttpRequest request;
        request.method = "POST";
        request.url = m_base;
        request.url.setPath(m_base.path() + path(QStringLiteral("messages/batchModify")));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
        request.quotaUnits = kUnitsBatchModify;
        request.idempotent = true; // setting the same labels twice changes nothing
        m_http->send(request, context, [remaining, firstFailure, done](const net::HttpResponse &r) {
            if (!r.ok() && !*firstFailure)
                *firstFailure = Failure::from(r);
            if (--*remaining == 0)
                done(*firstFailure);
        });
    }
}

void GmailClient::perMessage(PerMessage what, const QStringList &ids, QObject *context,
                             const std::function<void(const QHash<QString, Failure> &)> &done)
{
    QList<BatchPart> parts;
    for (const QString &id : ids) {
        const QString base = path(QStringLiteral("messages/")) + encodeId(id);
        switch (what) {
        case PerMessage::Trash: parts.append({"POST", base + QStringLiteral("/trash"), {}, {}}); break;
        case PerMessage::Untrash: parts.append({"POST", base + QStringLiteral("/untrash"), {}, {}}); break;
        case PerMessage::Delete: parts.append({"DELETE", base, {}, {}}); break;
        }
    }
    const int units = what == PerMessage::Delete ? 10 : kUnitsModify;
    runBatch(parts, units, false, context, [ids, done](const QList<PartAnswer> &answers) {
        QHash<QString, Failure> failures;
        for (int i = 0; i < ids.size(); ++i) {
            const PartAnswer &p = answers.at(i);
            if (p.status < 200 || p.status >= 300)
                failures.insert(ids.at(i), p.failure);
        }
        done(failures);
    });
}

} // namespace em::gmail
