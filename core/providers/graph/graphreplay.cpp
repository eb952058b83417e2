#include "graphreplay.h"

#include "store/mailstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

namespace em::graph {

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

using sync::Action;
using sync::ActionKind;

namespace {
QString refusal(const Action &a, const QString &why)
{
    //: what the user did that the server refused, and the server's reason
    return QCoreApplication::translate("Actions", "%1: %2").arg(sync::describeAction(a), why);
}
QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

GraphReplay::GraphReplay(sync::ActionQueue &queue, GraphClient &client, store::MailStore &store, qint64 accountId,
                         QObject *parent)
    : QObject(parent), m_queue(queue), m_client(client), m_store(store), m_accountId(accountId)
{}

void GraphReplay::run()
{
    const Result<QList<Action>> pending = m_queue.pending();
    const Result<QList<store::FolderRef>> folders = m_store.folders(m_accountId);
    if (!pending || !folders) {
        m_outcome.storeError = pending ? folders.error() : pending.error();
        return done();
    }
    for (const store::FolderRef &f : folders.value())
        if (f.kind != store::FolderKind::User && !m_folderByKind.contains(int(f.kind)))
            m_folderByKind.insert(int(f.kind), f.remoteId);
    m_pending = pending.value();
    next();
}

void GraphReplay::done()
{
    Q_EMIT finished(m_outcome);
}

std::optional<BatchRequest> GraphReplay::requestFor(const Action &a, const QString &id, QString *error) const
{
    const QString message = QStringLiteral("/me/messages/") + encoded(id);
    const QList<QPair<QByteArray, QByteArray>> prefer{{"Prefer", "IdType=\"ImmutableId\""}};
    auto patch = [&](const QJsonObject &body) { return BatchRequest{{}, "PATCH", message, body, true, prefer}; };
    auto moveTo = [&](const QString &folder) -> std::optional<BatchRequest> {
        if (folder.isEmpty()) {
            *error = QCoreApplication::translate("Graph", "This mailbox has no such folder");
            return std::nullopt;
        }
        return BatchRequest{
            {},   "POST", message + QStringLiteral("/move"), QJsonObject{{QStringLiteral("destinationId"), folder}},
            true, prefer};
    };
    auto flag = [](bool on) {
        return QJsonObject{
            {QStringLiteral("flag"), QJsonObject{{QStringLiteral("flagStatus"),
                                                  on ? QStringLiteral("flagged") : QStringLiteral("notFlagged")}}}};
    };
    switch (a.kind) {
    case ActionKind::MarkRead: return patch({{QStringLiteral("isRead"), true}});
    case ActionKind::MarkUnread: return patch({{QStringLiteral("isRead"), false}});
    case ActionKind::Star: return patch(flag(true));
    case ActionKind::Unstar: return patch(flag(false));
    case ActionKind::Archive: return moveTo(m_folderByKind.value(int(store::FolderKind::Archive)));
    case ActionKind::Move: return moveTo(a.folder);
    case ActionKind::Trash: return moveTo(m_folderByKind.value(int(store::FolderKind::Trash)));
    case ActionKind::Untrash: return moveTo(m_folderByKind.value(int(store::FolderKind::Inbox)));
    case ActionKind::Delete: return BatchRequest{{}, "DELETE", message, {}, false, prefer};
    case ActionKind::AddLabel:
    case ActionKind::RemoveLabel:
        *error = QCoreApplication::translate("Graph", "Outlook has folders, not labels");
        return std::nullopt;
    }
    return std::nullopt;
}

void GraphReplay::next()
{
    if (m_pending.isEmpty())
        return done();
    const Action a = m_pending.takeFirst();
    QList<BatchRequest> requests;
    QString error;
    for (const QString &id : a.remoteIds) {
        std::optional<BatchRequest> r = requestFor(a, id, &error);
        if (!r)
            break;
        requests.append(*r);
    }
    if (!error.isEmpty()) {
        ++m_outcome.failed;
        m_outcome.refused << refusal(a, error);
        if (Status s = m_queue.fail(a, error); !s) {
            m_outcome.storeError = s.error();
            return done();
        }
        return restore(a.remoteIds, [this] { next(); });
    }
    // One action's requests per batch round: Graph may run a batch's requests in any
    // order, and two changes to one message must land in the order they were made.
    m_client.runBatch(requests, this, [this, a](const QList<GraphClient::PartAnswer> &answers) {
        const bool moves = a.kind == ActionKind::Archive || a.kind == ActionKind::Move || a.kind == ActionKind::Trash ||
                           a.kind == ActionKind::Untrash;
        bool anyGone = false;
        for (const GraphClient::PartAnswer &p : answers)
            anyGone = anyGone || p.failure.gone();
        if (moves && anyGone) {
            // A move's 404 is the message or the destination: ask which.
            return whichGone(a, answers);
        }
        settle(a, answers, false);
    });
}

void GraphReplay::whichGone(const Action &a, const QList<GraphClient::PartAnswer> &answers)
{
    auto outstanding = std::make_shared<int>(int(a.remoteIds.size()));
    auto exists = std::make_shared<bool>(false);
    for (const QString &id : a.remoteIds)
        m_client.message(id, this, [this, a, answers, outstanding, exists](const Answer<Message> &m) {
            *exists = *exists || m.ok();
            if (--*outstanding == 0)
                settle(a, answers, *exists);
        });
}

void GraphReplay::settle(const Action &a, const QList<GraphClient::PartAnswer> &answers, bool destinationGone)
{
    int gone = 0;
    std::optional<Failure> transient, permanent;
    for (const GraphClient::PartAnswer &p : answers) {
        if (p.status >= 200 && p.status < 300)
            continue;
        if (p.failure.gone())
            ++gone;
        else if (p.failure.transient() || p.failure.unauthorized())
            transient = p.failure;
        else
            permanent = p.failure;
    }
    if (destinationGone && !permanent)
        permanent = Failure{404, QStringLiteral("ErrorItemNotFound"),
                            QCoreApplication::translate("Graph", "The folder no longer exists")};
    Status s;
    if (transient) {
        m_outcome.stoppedBy = transient;
        s = m_queue.retryLater(a, transient->message, 0);
    } else if (permanent) {
        ++m_outcome.failed;
        m_outcome.refused << refusal(a, permanent->message);
        s = m_queue.fail(a, permanent->message);
    } else if (gone == answers.size()) {
        ++m_outcome.dropped;
        s = m_queue.drop(a, QCoreApplication::translate("Actions", "The messages no longer exist on the server"));
    } else {
        ++m_outcome.replayed;
        s = m_queue.done({a.id});
    }
    if (!s) {
        m_outcome.storeError = s.error();
        return done();
    }
    if (transient)
        return done(); // the rest stays queued, in order
    // Refused, or gone: the local copy goes back to what the server has (a message the
    // user moved locally and someone deleted meanwhile must not linger in the target).
    if (permanent || gone > 0)
        return restore(a.remoteIds, [this] { next(); });
    next();
}

void GraphReplay::restore(const QStringList &ids, const std::function<void()> &then)
{
    auto outstanding = std::make_shared<int>(int(ids.size()));
    auto changes = std::make_shared<store::SyncChanges>();
    if (ids.isEmpty())
        return then();
    for (const QString &id : ids) {
        m_client.message(id, this, [this, id, outstanding, changes, then](const Answer<Message> &a) {
            if (a.ok()) {
                const Result<QHash<QString, qint64>> folders = m_store.folderIds(m_accountId);
                const qint64 folder = folders ? folders.value().value(a.value->parentFolderId) : 0;
                store::SyncChanges::Upsert u;
                u.record = recordFromMessage(*a.value);
                u.keepFlags = unreadableFlags(*a.value);
                if (folder)
                    u.folderIds = {folder};
                else
                    u.keepFolders = true; // a folder this sync does not know yet
                changes->upserts.append(u);
            } else if (a.failure.gone()) {
                changes->removed.append(id);
            } // else: could not be had now; the next sync of its folder puts it right
            if (--*outstanding > 0)
                return;
            QSet<QString> touched(changes->removed.cbegin(), changes->removed.cend());
            for (const store::SyncChanges::Upsert &u : std::as_const(changes->upserts))
                touched.insert(u.record.remoteId);
            if (Status s = m_queue.overlay(touched, changes.get()); !s) {
                m_outcome.storeError = s.error();
                return done();
            }
            if (const Result<store::SyncOutcome> o = m_store.applySync(m_accountId, *changes); !o) {
                m_outcome.storeError = o.error();
                return done();
            }
            then();
        });
    }
}

} // namespace em::graph
