#include "actionqueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace em::sync {

Q_LOGGING_CATEGORY(lcActions, "emailmanager.actions")

namespace {

const std::pair<ActionKind, const char *> kKinds[] = {
    {ActionKind::MarkRead, "mark_read"}, {ActionKind::MarkUnread, "mark_unread"},
    {ActionKind::Star, "star"},          {ActionKind::Unstar, "unstar"},
    {ActionKind::Archive, "archive"},    {ActionKind::Move, "move"},
    {ActionKind::AddLabel, "add_label"}, {ActionKind::RemoveLabel, "remove_label"},
    {ActionKind::Trash, "trash"},        {ActionKind::Untrash, "untrash"},
    {ActionKind::Delete, "delete"},
};

QByteArray encodePayload(const Action &a)
{
    QJsonObject o{{QStringLiteral("ids"), QJsonArray::fromStringList(a.remoteIds)}};
    if (!a.folder.isEmpty())
        o.insert(QStringLiteral("folder"), a.folder);
    if (!a.fromFolder.isEmpty())
        o.insert(QStringLiteral("from"), a.fromFolder);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Action> decode(const store::MailStore::ActionRow &row)
{
    const std::optional<ActionKind> kind = actionKindFromName(row.kind);
    const QJsonObject o = QJsonDocument::fromJson(row.payload).object();
    if (!kind)
        return std::nullopt;
    Action a;
    a.id = row.id;
    a.kind = *kind;
    for (const auto &v : o.value(QStringLiteral("ids")).toArray())
        a.remoteIds.append(v.toString());
    a.folder = o.value(QStringLiteral("folder")).toString();
    a.fromFolder = o.value(QStringLiteral("from")).toString();
    a.attempts = row.attempts;
    a.nextAttemptAt = row.nextAttemptAt;
    a.state = row.state;
    a.lastError = row.lastError;
    return a;
}

} // namespace

QString actionKindName(ActionKind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<ActionKind> actionKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString describeAction(const Action &a)
{
    // "(%n)": the count reads right in every language without plural nouns.
    const int n = int(a.remoteIds.size());
    switch (a.kind) {
    case ActionKind::MarkRead: return QCoreApplication::translate("Actions", "Mark as read (%n)", nullptr, n);
    case ActionKind::MarkUnread: return QCoreApplication::translate("Actions", "Mark as unread (%n)", nullptr, n);
    case ActionKind::Star: return QCoreApplication::translate("Actions", "Star (%n)", nullptr, n);
    case ActionKind::Unstar: return QCoreApplication::translate("Actions", "Remove the star (%n)", nullptr, n);
    case ActionKind::Archive: return QCoreApplication::translate("Actions", "Archive (%n)", nullptr, n);
    case ActionKind::Move: return QCoreApplication::translate("Actions", "Move to %1 (%n)", nullptr, n).arg(a.folder);
    case ActionKind::AddLabel:
        return QCoreApplication::translate("Actions", "Add the label %1 (%n)", nullptr, n).arg(a.folder);
    case ActionKind::RemoveLabel:
        return QCoreApplication::translate("Actions", "Remove the label %1 (%n)", nullptr, n).arg(a.folder);
    case ActionKind::Trash: return QCoreApplication::translate("Actions", "Move to Trash (%n)", nullptr, n);
    case ActionKind::Untrash: return QCoreApplication::translate("Actions", "Take out of Trash (%n)", nullptr, n);
    case ActionKind::Delete: return QCoreApplication::translate("Actions", "Delete for good (%n)", nullptr, n);
    }
    return {};
}

ActionQueue::ActionQueue(store::MailStore &store, qint64 accountId, FolderModel model)
    : m_store(store), m_accountId(accountId), m_model(model)
{}

Result<store::MessageDelta> ActionQueue::localEffect(const Action &a, bool *removes)
{
    using R = Result<store::MessageDelta>;
    *removes = false;
    const Result<QList<store::FolderRef>> folders = m_store.folders(m_accountId);
    if (!folders)
        return R::failure(folders.error());
    auto byKind = [&](store::FolderKind kind) -> qint64 {
        for (const store::FolderRef &f : folders.value())
            if (f.kind == kind)
                return f.id;
        return 0;
    };
    auto byRemote = [&](const QString &remoteId) -> qint64 {
        for (const store::FolderRef &f : folders.value())
            if (f.remoteId == remoteId)
                return f.id;
        return 0;
    };
    auto missing = [](const QString &what) {
        return R::failure(QCoreApplication::translate("Actions", "This account has no folder %1").arg(what));
    };
    const bool labels = m_model == FolderModel::Labels;
    store::MessageDelta d;
    d.remoteIds = a.remoteIds;
    auto addIf = [](QList<qint64> &list, qint64 id) {
        if (id)
            list.append(id);
    };
    // A move between single folders: out of wherever it is, into the target.
    auto moveTo = [&](qint64 target) {
        d.removeFromAllFolders = true;
        d.addFolders = {target};
    };
    switch (a.kind) {
    case ActionKind::MarkRead: d.setFlags = store::MessageFlag::Read; break;
    case ActionKind::MarkUnread: d.clearFlags = store::MessageFlag::Read; break;
    case ActionKind::Star:
        d.setFlags = store::MessageFlag::Starred;
        if (labels)
            addIf(d.addFolders, byKind(store::FolderKind::Starred));
        break;
    case ActionKind::Unstar:
        d.clearFlags = store::MessageFlag::Starred;
        if (labels)
            addIf(d.removeFolders, byKind(store::FolderKind::Starred));
        break;
    case ActionKind::Archive:
        if (labels) {
            addIf(d.removeFolders, byKind(store::FolderKind::Inbox));
        } else {
            const qint64 archive = byKind(store::FolderKind::Archive);
            if (!archive)
                return missing(QCoreApplication::translate("Actions", "Archive"));
            moveTo(archive);
        }
        break;
    case ActionKind::Move:
    case ActionKind::AddLabel:
    case ActionKind::RemoveLabel: {
        const qint64 target = byRemote(a.folder);
        if (!target)
            return missing(a.folder);
        if (!labels && a.kind != ActionKind::Move)
            return R::failure(
                QCoreApplication::translate("Actions", "Labels are not available here: this account has folders"));
        if (a.kind == ActionKind::AddLabel)
            d.addFolders = {target};
        else if (a.kind == ActionKind::RemoveLabel)
            d.removeFolders = {target};
        else if (!labels)
            moveTo(target);
        else {
            const qint64 from = a.fromFolder.isEmpty() ? byKind(store::FolderKind::Inbox) : byRemote(a.fromFolder);
            addIf(d.removeFolders, from);
            d.addFolders = {target};
        }
        break;
    }
    case ActionKind::Trash: {
        const qint64 trash = byKind(store::FolderKind::Trash);
        if (!trash)
            return missing(QCoreApplication::translate("Actions", "Trash"));
        if (labels) {
            d.addFolders = {trash};
            addIf(d.removeFolders, byKind(store::FolderKind::Inbox));
            addIf(d.removeFolders, byKind(store::FolderKind::Spam));
        } else {
            moveTo(trash);
        }
        break;
    }
    case ActionKind::Untrash:
        if (labels) {
            // Gmail's untrash takes only the Trash label away: the message stays archived.
            addIf(d.removeFolders, byKind(store::FolderKind::Trash));
        } else {
            const qint64 inbox = byKind(store::FolderKind::Inbox);
            if (!inbox)
                return missing(QCoreApplication::translate("Actions", "Inbox"));
            moveTo(inbox);
        }
        break;
    case ActionKind::Delete: *removes = true; break;
    }
    return d;
}

Result<qint64> ActionQueue::enqueue(const Action &action)
{
    if (action.remoteIds.isEmpty())
        return Result<qint64>::failure(QCoreApplication::translate("Actions", "No message was named"));
    bool removes = false;
    const Result<store::MessageDelta> effect = localEffect(action, &removes);
    if (!effect)
        return Result<qint64>::failure(effect.error());
    store::SyncChanges changes;
    if (removes)
        changes.removed = action.remoteIds;
    else
        changes.deltas.append(effect.value());
    changes.newActions.append({actionKindName(action.kind), encodePayload(action)});
    const Result<store::SyncOutcome> outcome = m_store.applySync(m_accountId, changes);
    if (!outcome)
        return Result<qint64>::failure(outcome.error());
    qCDebug(lcActions) << "queued" << actionKindName(action.kind) << "for" << action.remoteIds.size() << "messages";
    return outcome.value().actionIds.value(0);
}

Status ActionQueue::applyHere(const Action &action)
{
    if (action.remoteIds.isEmpty())
        return Status::failure(QCoreApplication::translate("Actions", "No message was named"));
    bool removes = false;
    const Result<store::MessageDelta> effect = localEffect(action, &removes);
    if (!effect)
        return Status::failure(effect.error());
    store::SyncChanges changes;
    if (removes)
        changes.removed = action.remoteIds;
    else
        changes.deltas.append(effect.value());
    const Result<store::SyncOutcome> outcome = m_store.applySync(m_accountId, changes);
    if (!outcome)
        return Status::failure(outcome.error());
    return {};
}

Result<QList<Action>> ActionQueue::load(const QString &state)
{
    const Result<QList<store::MailStore::ActionRow>> rows = m_store.actions(m_accountId, state);
    if (!rows)
        return Result<QList<Action>>::failure(rows.error());
    QList<Action> out;
    for (const store::MailStore::ActionRow &row : rows.value()) {
        if (std::optional<Action> a = decode(row)) {
            out.append(*a);
        } else {
            // Written by a newer version, or damaged: kept out of the way, not replayed.
            qCWarning(lcActions) << "action" << row.id << "of unknown kind" << row.kind << "set aside";
            store::MailStore::ActionRow bad = row;
            bad.state = QStringLiteral("failed");
            bad.lastError = QCoreApplication::translate("Actions", "This action cannot be read");
            if (Status s = m_store.updateAction(bad); !s)
                return Result<QList<Action>>::failure(s.error());
        }
    }
    return out;
}

Result<QList<Action>> ActionQueue::pending()
{
    return load(QStringLiteral("pending"));
}

Result<QList<Action>> ActionQueue::failed()
{
    return load(QStringLiteral("failed"));
}

Status ActionQueue::update(const Action &a)
{
    return m_store.updateAction(
        {a.id, actionKindName(a.kind), encodePayload(a), a.state, a.attempts, a.nextAttemptAt, a.lastError});
}

Status ActionQueue::done(const QList<qint64> &actionIds)
{
    if (actionIds.isEmpty())
        return {};
    store::SyncChanges changes;
    changes.finishedActions = actionIds;
    const Result<store::SyncOutcome> outcome = m_store.applySync(m_accountId, changes);
    return outcome ? Status() : Status::failure(outcome.error());
}

Status ActionQueue::retryLater(const Action &action, const QString &error, qint64 delayMs)
{
    Action a = action;
    ++a.attempts;
    a.lastError = error;
    a.nextAttemptAt = QDateTime::currentMSecsSinceEpoch() + delayMs;
    return update(a);
}

Status ActionQueue::fail(const Action &action, const QString &error)
{
    Action a = action;
    ++a.attempts;
    a.state = QStringLiteral("failed");
    a.lastError = error;
    qCWarning(lcActions) << "action" << a.id << actionKindName(a.kind) << "failed for good";
    return update(a);
}

Status ActionQueue::drop(const Action &action, const QString &note)
{
    Action a = action;
    a.state = QStringLiteral("dropped");
    a.lastError = note;
    qCInfo(lcActions) << "action" << a.id << actionKindName(a.kind) << "dropped: the messages are gone";
    return update(a);
}

Status ActionQueue::overlay(const QSet<QString> &remoteIds, store::SyncChanges *changes)
{
    if (remoteIds.isEmpty())
        return {};
    const Result<QList<Action>> actions = pending();
    if (!actions)
        return Status::failure(actions.error());
    for (const Action &a : actions.value()) {
        QStringList hit;
        for (const QString &id : a.remoteIds)
            if (remoteIds.contains(id))
                hit.append(id);
        if (hit.isEmpty())
            continue;
        bool removes = false;
        Result<store::MessageDelta> d = localEffect(a, &removes);
        if (!d)
            continue; // its folder went away: it fails when replayed, and sync restores the truth
        if (removes) {
            changes->removed += hit;
            continue;
        }
        store::MessageDelta delta = d.value();
        delta.remoteIds = hit;
        changes->deltas.append(delta);
    }
    return {};
}

} // namespace em::sync
