#include "gmailreplay.h"

#include "gmailfolders.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace em::gmail {

Q_DECLARE_LOGGING_CATEGORY(lcGmail)

using sync::Action;
using sync::ActionKind;

bool labelChange(const Action &a, QStringList *add, QStringList *remove)
{
    add->clear();
    remove->clear();
    switch (a.kind) {
    case ActionKind::MarkRead: *remove = {QStringLiteral("UNREAD")}; return true;
    case ActionKind::MarkUnread: *add = {QStringLiteral("UNREAD")}; return true;
    case ActionKind::Star: *add = {QStringLiteral("STARRED")}; return true;
    case ActionKind::Unstar: *remove = {QStringLiteral("STARRED")}; return true;
    case ActionKind::Archive: *remove = {QStringLiteral("INBOX")}; return true;
    case ActionKind::AddLabel: *add = {a.folder}; return true;
    case ActionKind::RemoveLabel: *remove = {a.folder}; return true;
    case ActionKind::Move:
        *add = {a.folder};
        *remove = {a.fromFolder.isEmpty() ? QStringLiteral("INBOX") : a.fromFolder};
        return true;
    case ActionKind::Trash:
    case ActionKind::Untrash:
    case ActionKind::Delete: return false;
    }
    return false;
}

namespace {
QString refusal(const Action &a, const QString &why)
{
    //: what the user did that Gmail refused, and Gmail's reason
    return QCoreApplication::translate("Actions", "%1: %2").arg(sync::describeAction(a), why);
}
} // namespace

GmailReplay::GmailReplay(sync::ActionQueue &queue, GmailClient &client, store::MailStore &store, qint64 accountId,
                         QObject *parent)
    : QObject(parent), m_queue(queue), m_client(client), m_store(store), m_accountId(accountId)
{}

void GmailReplay::run()
{
    const Result<QList<Action>> pending = m_queue.pending();
    if (!pending) {
        m_outcome.storeError = pending.error();
        return done();
    }
    m_pending = pending.value();
    next();
}

void GmailReplay::done()
{
    Q_EMIT finished(m_outcome);
}

void GmailReplay::next()
{
    if (m_pending.isEmpty())
        return done();
    // The longest run of neighbouring actions that Gmail can take in one call.
    Group g;
    const Action first = m_pending.takeFirst();
    g.actions.append(first);
    g.ids = first.remoteIds;
    QStringList add, remove;
    if (labelChange(first, &g.add, &g.remove)) {
        while (!m_pending.isEmpty() && labelChange(m_pending.first(), &add, &remove) && add == g.add &&
               remove == g.remove && g.ids.size() + m_pending.first().remoteIds.size() <= 1000) {
            g.ids += m_pending.first().remoteIds;
            g.actions.append(m_pending.takeFirst());
        }
    } else {
        g.perMessage = first.kind == ActionKind::Trash     ? GmailClient::PerMessage::Trash
                       : first.kind == ActionKind::Untrash ? GmailClient::PerMessage::Untrash
                                                           : GmailClient::PerMessage::Delete;
        while (!m_pending.isEmpty() && m_pending.first().kind == first.kind && g.ids.size() < 500) {
            g.ids += m_pending.first().remoteIds;
            g.actions.append(m_pending.takeFirst());
        }
    }
    g.ids.removeDuplicates();
    sendGroup(g);
}

void GmailReplay::sendGroup(const Group &g)
{
    QList<qint64> actionIds;
    for (const Action &a : g.actions)
        actionIds.append(a.id);
    if (!g.perMessage) {
        m_client.batchModify(g.ids, g.add, g.remove, this, [this, g, actionIds](const std::optional<Failure> &f) {
            if (f)
                return failGroup(g, *f);
            if (Status s = m_queue.done(actionIds); !s) {
                m_outcome.storeError = s.error();
                return done();
            }
            m_outcome.replayed += int(g.actions.size());
            next();
        });
        return;
    }
    m_client.perMessage(*g.perMessage, g.ids, this, [this, g](const QHash<QString, Failure> &failures) {
        QStringList restoreIds;
        for (const Action &a : g.actions) {
            int gone = 0;
            std::optional<Failure> transient, permanent;
            for (const QString &id : a.remoteIds) {
                const auto it = failures.constFind(id);
                if (it == failures.constEnd())
                    continue;
                if (it->gone())
                    ++gone;
                else if (it->transient() || it->unauthorized())
                    transient = *it;
                else
                    permanent = *it;
            }
            Status s;
            if (transient) {
                // Stop here; this and everything after it stay queued, in order.
                m_outcome.stoppedBy = transient;
                s = m_queue.retryLater(a, transient->message, 0);
            } else if (permanent) {
                ++m_outcome.failed;
                m_outcome.refused << refusal(a, permanent->message);
                s = m_queue.fail(a, permanent->message);
                restoreIds += a.remoteIds;
            } else if (gone == a.remoteIds.size()) {
                ++m_outcome.dropped;
                s = m_queue.drop(a,
                                 QCoreApplication::translate("Actions", "The messages no longer exist on the server"));
            } else {
                ++m_outcome.replayed;
                s = m_queue.done({a.id});
            }
            if (!s) {
                m_outcome.storeError = s.error();
                return done();
            }
            if (transient)
                break;
        }
        if (m_outcome.stoppedBy)
            return done();
        if (restoreIds.isEmpty())
            return next();
        restore(restoreIds, [this] { next(); });
    });
}

void GmailReplay::failGroup(const Group &g, const Failure &f)
{
    if (f.transient() || f.unauthorized()) {
        m_outcome.stoppedBy = f;
        for (const Action &a : g.actions)
            if (Status s = m_queue.retryLater(a, f.message, 0); !s) {
                m_outcome.storeError = s.error();
                break;
            }
        return done();
    }
    // Refused for good (a label deleted elsewhere, no permission): the user is told, and
    // the local copy goes back to what the server has.
    for (const Action &a : g.actions) {
        ++m_outcome.failed;
        m_outcome.refused << refusal(a, f.message);
        if (Status s = m_queue.fail(a, f.message); !s) {
            m_outcome.storeError = s.error();
            return done();
        }
    }
    restore(g.ids, [this] { next(); });
}

void GmailReplay::restore(const QStringList &ids, const std::function<void()> &then)
{
    m_client.metadata(ids, false, this, [this, ids, then](const QHash<QString, Answer<Metadata>> &answers) {
        const Result<QHash<QString, qint64>> folders = m_store.folderIds(m_accountId);
        if (!folders) {
            m_outcome.storeError = folders.error();
            return done();
        }
        store::SyncChanges changes;
        for (const QString &id : ids) {
            const Answer<Metadata> &a = answers.value(id);
            if (!a.ok()) {
                if (a.failure.gone())
                    changes.removed.append(id);
                continue; // could not be had now: the next full comparison puts it right
            }
            store::SyncChanges::Upsert u;
            u.record = recordFromMetadata(*a.value);
            const Filing filing = fileLabels(a.value->labelIds, folders.value());
            u.folderIds = filing.folderIds;
            u.record.flags = (u.record.flags & ~changes.serverFlags) | filing.flags;
            changes.upserts.append(u);
        }
        if (Status s = m_queue.overlay(QSet<QString>(ids.cbegin(), ids.cend()), &changes); !s) {
            m_outcome.storeError = s.error();
            return done();
        }
        const Result<store::SyncOutcome> outcome = m_store.applySync(m_accountId, changes);
        if (!outcome) {
            m_outcome.storeError = outcome.error();
            return done();
        }
        then();
    });
}

} // namespace em::gmail
