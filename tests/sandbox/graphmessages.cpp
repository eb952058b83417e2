// Message listing ($filter, $orderby, $select, paging) and per-folder delta sync.
#include "graphapi.h"
#include "graphjson.h"
#include "sandbox.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace em::sandbox {

using graph::error;

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

using Predicate = std::function<bool(const StoredMessage &)>;

// The $filter subset clients use for sync windows: receivedDateTime comparisons and
// isRead, joined by "and". Anything else is refused as Graph refuses what it cannot do.
bool parseFilter(const QString &filter, QList<Predicate> *out)
{
    static const QRegularExpression andRe(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateRe(QStringLiteral("^\\s*receivedDateTime\\s+(ge|gt|le|lt)\\s+(\\S+)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression readRe(QStringLiteral("^\\s*isRead\\s+eq\\s+(true|false)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &clause : filter.split(andRe)) {
        if (const auto m = dateRe.match(clause); m.hasMatch()) {
            QString value = m.captured(2);
            if (value.startsWith(u'\'') && value.endsWith(u'\'') && value.size() > 1)
                value = value.mid(1, value.size() - 2);
            const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!at.isValid())
                return false;
            const qint64 ms = at.toMSecsSinceEpoch();
            const QString op = m.captured(1).toLower();
            out->append([ms, op](const StoredMessage &s) {
                // Graph compares at second precision.
                const qint64 t = s.internalDateMs / 1000 * 1000;
                return op == QLatin1String("ge")   ? t >= ms
                       : op == QLatin1String("gt") ? t > ms
                       : op == QLatin1String("le") ? t <= ms
                                                   : t < ms;
            });
        } else if (const auto r = readRe.match(clause); r.hasMatch()) {
            const bool wantRead = r.captured(1).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            out->append(
                [wantRead](const StoredMessage &s) { return s.labels.contains(QStringLiteral("UNREAD")) != wantRead; });
        } else {
            return false;
        }
    }
    return true;
}

// Delta state travels inside the links: opaque to clients, enough for us to resume.
struct DeltaState
{
    QString folder;
    int epoch = 0;
    quint64 since = 0; // history already reported; 0 for the first round
    quint64 upTo = 0;  // history this round reports up to
    // Where the round is, as a position that changes elsewhere cannot shift (a moving
    // offset into a live list would skip messages when earlier ones leave): a first round
    // resumes after the last message listed (newest first); a later round at a position
    // in its fixed span of history.
    int offset = 0;
    qint64 afterDate = 0;
    QString afterId;
    QString select;
};

QString encodeState(const DeltaState &s)
{
    const QJsonObject o{{str("f"), s.folder},
                        {str("e"), s.epoch},
                        {str("s"), QString::number(s.since)},
                        {str("u"), QString::number(s.upTo)},
                        {str("o"), s.offset},
                        {str("ad"), QString::number(s.afterDate)},
                        {str("ai"), s.afterId},
                        {str("sel"), s.select}};
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeState(const QString &token, DeltaState *s)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(*decoded, &pe).object();
    if (pe.error != QJsonParseError::NoError || !o.contains(str("f")) || !o.contains(str("e")))
        return false;
    bool ok1 = false, ok2 = false;
    s->folder = o.value(str("f")).toString();
    s->epoch = o.value(str("e")).toInt();
    s->since = o.value(str("s")).toString().toULongLong(&ok1);
    s->upTo = o.value(str("u")).toString().toULongLong(&ok2);
    s->offset = o.value(str("o")).toInt();
    s->afterDate = o.value(str("ad")).toString().toLongLong();
    s->afterId = o.value(str("ai")).toString();
    s->select = o.value(str("sel")).toString();
    return ok1 && ok2 && s->offset >= 0;
}

HttpResponse badSelect(const HttpRequest &r, const QString &name)
{
    return error(r, 400, str("RequestBroker--ParseUri"),
                 str("Could not find a property named '%1' on type 'microsoft.graph.message'.").arg(name));
}

// A server bug: some selected properties sent with the wrong type (a read state as a
// string, a date that is not one, a sender as a number); the rest stays as it was.
void garble(QJsonObject *entry)
{
    if (entry->contains(QLatin1String("isRead")))
        entry->insert(str("isRead"), str("yes"));
    if (entry->contains(QLatin1String("receivedDateTime")))
        entry->insert(str("receivedDateTime"), str("soon"));
    if (entry->contains(QLatin1String("from")))
        entry->insert(str("from"), 42);
}

bool newestFirst(const StoredMessage *a, const StoredMessage *b)
{
    return a->internalDateMs != b->internalDateMs ? a->internalDateMs > b->internalDateMs : a->id < b->id;
}
} // namespace

HttpResponse GraphApi::listMessages(Call &call, const QString &folderId)
{
    const HttpRequest &r = call.request;
    Mailbox &mb = call.mailbox;
    auto param = [&](const char *name) { return r.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };

    QList<Predicate> filters;
    if (r.query.hasQueryItem(str("$filter")) && !parseFilter(param("$filter"), &filters))
        return error(r, 400, str("ErrorInvalidUrlQueryFilter"),
                     str("The query filter contains one or more invalid nodes."));
    bool ascending = false;
    if (r.query.hasQueryItem(str("$orderby"))) {
        const QStringList order = param("$orderby").simplified().split(u' ');
        if (order.value(0).compare(QLatin1String("receivedDateTime"), Qt::CaseInsensitive) != 0 || order.size() > 2 ||
            (order.size() == 2 && order.at(1) != QLatin1String("asc") && order.at(1) != QLatin1String("desc")))
            return error(r, 400, str("ErrorInvalidUrlQuery"), str("The $orderby expression is not supported."));
        ascending = order.value(1) == QLatin1String("asc");
    }
    bool okTop = true, okSkip = true;
    int top = r.query.hasQueryItem(str("$top")) ? param("$top").toInt(&okTop) : 10;
    const int skip = r.query.hasQueryItem(str("$skip")) ? param("$skip").toInt(&okSkip) : 0;
    if (!okTop || !okSkip || top < 1 || skip < 0)
        return error(r, 400, str("ErrorInvalidUrlQuery"), str("The $top or $skip value is invalid."));
    top = qMin(top, 1000);
    const QStringList select = graph::parseSelect(param("$select"));
    if (const QString bad = graph::unknownMessageProperty(select); !bad.isEmpty())
        return badSelect(r, bad);

    QList<const StoredMessage *> matches;
    for (const StoredMessage &m : mb.messages()) {
        if (!folderId.isEmpty() && !m.labels.contains(folderId))
            continue;
        if (std::all_of(filters.cbegin(), filters.cend(), [&](const Predicate &p) { return p(m); }))
            matches.append(&m);
    }
    std::sort(matches.begin(), matches.end(), newestFirst);
    if (ascending)
        std::reverse(matches.begin(), matches.end());

    QJsonArray value;
    for (int i = skip; i < matches.size() && i < skip + top; ++i) {
        const StoredMessage &m = *matches.at(i);
        value.append(graph::selectFields(
            graph::messageJson(mb, m, {call.immutableIds, graph::prefersTextBody(r), m_categories.value(m.id)}),
            select));
    }
    const QString context = folderId.isEmpty()
                                ? str("users('%1')/messages").arg(mb.address())
                                : str("users('%1')/mailFolders('%2')/messages").arg(mb.address(), folderId);
    QJsonObject out{{str("@odata.context"), QString(graph::apiBase(m_sandbox) + str("/$metadata#") + context)},
                    {str("value"), value}};
    if (skip + top < matches.size()) {
        QUrlQuery q = r.query;
        q.removeAllQueryItems(str("$skip"));
        q.addQueryItem(str("$skip"), QString::number(skip + top));
        out.insert(str("@odata.nextLink"),
                   QString(graph::apiBase(m_sandbox) + r.path.mid(5) + u'?' + q.query(QUrl::FullyEncoded)));
    }
    return HttpResponse::json(200, out);
}

HttpResponse GraphApi::delta(Call &call, const QString &folderId)
{
    const HttpRequest &r = call.request;
    Mailbox &mb = call.mailbox;
    const QString deltaToken = r.query.queryItemValue(str("$deltatoken"), QUrl::FullyDecoded);
    const QString skipToken = r.query.queryItemValue(str("$skiptoken"), QUrl::FullyDecoded);
    DeltaState state;
    if (deltaToken == QLatin1String("latest")) {
        // Graph's shortcut: no items, only a link from now on.
        state.folder = folderId;
        state.epoch = mb.deltaEpoch();
        state.since = mb.historyId();
        state.select = r.query.queryItemValue(str("$select"), QUrl::FullyDecoded);
        const QString link =
            graph::apiBase(m_sandbox) + str("/me/mailFolders/%1/messages/delta?$deltatoken=").arg(folderId);
        return HttpResponse::json(
            200, QJsonObject{{str("@odata.context"),
                              QString(graph::apiBase(m_sandbox) + str("/$metadata#Collection(message)"))},
                             {str("value"), QJsonArray()},
                             {str("@odata.deltaLink"), QString(link + encodeState(state))}});
    }
    if (!deltaToken.isEmpty() || !skipToken.isEmpty()) {
        if (!decodeState(deltaToken.isEmpty() ? skipToken : deltaToken, &state) || state.folder != folderId)
            return error(r, 400, str("ErrorInvalidSyncStateData"), str("The sync state data is invalid."));
        if (state.epoch != mb.deltaEpoch() || (state.since != 0 && state.since < mb.oldestHistoryId()))
            return error(r, 410, str("SyncStateNotFound"),
                         str("The sync state generation is invalid or has expired. Start a new sync."));
        if (!deltaToken.isEmpty()) { // a new round from where the last one ended
            state.upTo = mb.historyId();
            state.offset = 0;
        }
    } else {
        state.folder = folderId;
        state.epoch = mb.deltaEpoch();
        state.upTo = mb.historyId();
        state.select = r.query.queryItemValue(str("$select"), QUrl::FullyDecoded);
    }
    const QStringList select = graph::parseSelect(state.select);
    if (const QString bad = graph::unknownMessageProperty(select); !bad.isEmpty())
        return badSelect(r, bad);
    const int preferred = graph::preferredPageSize(r);
    const int pageSize = preferred > 0 ? qMin(preferred, 1000) : 10;

    // Each entry: the message (still here) or the id of one that left the folder.
    struct Item
    {
        const StoredMessage *message = nullptr;
        QString removedId;
    };
    QList<Item> items;
    bool more = false;
    DeltaState next = state;
    if (state.since == 0) {
        QList<const StoredMessage *> here;
        for (const StoredMessage &m : mb.messages())
            if (m.labels.contains(folderId))
                here.append(&m);
        std::sort(here.begin(), here.end(), newestFirst);
        StoredMessage probe;
        probe.internalDateMs = state.afterDate;
        probe.id = state.afterId;
        auto it =
            state.afterId.isEmpty() ? here.begin() : std::upper_bound(here.begin(), here.end(), &probe, newestFirst);
        for (; it != here.end() && items.size() < pageSize; ++it)
            items.append(Item{*it, {}});
        more = it != here.end();
        if (!items.isEmpty()) {
            next.afterDate = items.last().message->internalDateMs;
            next.afterId = items.last().message->id;
        }
    } else {
        // The messages touched in (since, upTo], in the order of their last change, and
        // whether each was ever in this folder in that span.
        QStringList order;
        QSet<QString> wasHere;
        for (const HistoryRecord &h : mb.history()) {
            if (h.id <= state.since || h.id > state.upTo)
                continue;
            order.removeOne(h.messageId);
            order.append(h.messageId);
            if (h.folderBefore == folderId || h.labelsAfter.contains(folderId) || h.labelIds.contains(folderId))
                wasHere.insert(h.messageId);
        }
        int i = state.offset;
        for (; i < order.size() && items.size() < pageSize; ++i) {
            const QString &id = order.at(i);
            const StoredMessage *m = mb.message(id);
            if (m && m->labels.contains(folderId))
                items.append(Item{m, {}});
            else if (wasHere.contains(id))
                items.append(Item{nullptr, call.immutableIds ? id
                                                             : m_deltaRestIds.value(QString(mb.address() + u'/' + id),
                                                                                    m ? m->restId : id)});
        }
        more = i < order.size();
        next.offset = i;
    }

    QJsonArray value;
    for (const Item &it : std::as_const(items)) {
        if (it.message)
            m_deltaRestIds.insert(QString(mb.address() + u'/' + it.message->id), it.message->restId);
        if (it.message) {
            QJsonObject entry = graph::selectFields(
                graph::messageJson(mb, *it.message,
                                   {call.immutableIds, graph::prefersTextBody(r), m_categories.value(it.message->id)}),
                select);
            if (m_sandbox.roll() < m_sandbox.limits().rateGarble)
                garble(&entry);
            value.append(entry);
        } else
            value.append(QJsonObject{{str("@odata.type"), str("#microsoft.graph.message")},
                                     {str("id"), it.removedId},
                                     {str("@removed"), QJsonObject{{str("reason"), str("deleted")}}}});
    }
    const QString link = graph::apiBase(m_sandbox) + str("/me/mailFolders/%1/messages/delta?").arg(folderId);
    QJsonObject out{{str("@odata.context"), QString(graph::apiBase(m_sandbox) + str("/$metadata#Collection(message)"))},
                    {str("value"), value}};
    if (more) {
        out.insert(str("@odata.nextLink"), QString(link + str("$skiptoken=") + encodeState(next)));
    } else {
        DeltaState done = state;
        done.since = state.upTo;
        done.offset = 0;
        done.afterDate = 0;
        done.afterId.clear();
        out.insert(str("@odata.deltaLink"), QString(link + str("$deltatoken=") + encodeState(done)));
    }
    HttpResponse resp = HttpResponse::json(200, out);
    if (preferred > 0)
        resp.withHeader("Preference-Applied", "odata.maxpagesize=" + QByteArray::number(pageSize));
    return resp;
}

} // namespace em::sandbox
