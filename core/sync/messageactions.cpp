#include "messageactions.h"

#include <QCoreApplication>
#include <QMap>

namespace em::sync {

namespace {

FolderModel folderModelOf(const QString &provider)
{
    // Gmail files mail under labels; Graph and imported mail in exactly one folder.
    return provider == QLatin1String("google") ? FolderModel::Labels : FolderModel::SingleFolder;
}

bool hasKind(store::MailStore &store, qint64 accountId, store::FolderKind kind)
{
    const Result<QList<store::FolderRef>> folders = store.folders(accountId);
    if (!folders)
        return false; // ensureFolder will say what is wrong
    for (const store::FolderRef &f : folders.value())
        if (f.kind == kind)
            return true;
    return false;
}

} // namespace

Result<QList<qint64>> MessageActions::perform(const MessageRequest &request)
{
    using R = Result<QList<qint64>>;
    QMap<qint64, QStringList> byAccount;
    for (qint64 id : request.messageIds) {
        qint64 accountId = 0;
        const Result<QString> remote = m_store.remoteIdOf(id, &accountId);
        if (remote && accountId > 0)
            byAccount[accountId].append(remote.value());
    }
    if (byAccount.isEmpty())
        return R::failure(QCoreApplication::translate("Actions", "These messages are no longer here"));

    QString target, from;
    qint64 targetAccount = 0;
    if (request.folderId) {
        const Result<store::FolderRef> f = m_store.folder(request.folderId);
        if (!f)
            return R::failure(f.error());
        target = f.value().remoteId;
        targetAccount = f.value().accountId;
    }
    if (request.fromFolderId)
        if (const Result<store::FolderRef> f = m_store.folder(request.fromFolderId))
            from = f.value().remoteId;
    if (targetAccount && (byAccount.size() > 1 || byAccount.firstKey() != targetAccount))
        return R::failure(
            QCoreApplication::translate("Actions", "Messages can only be moved between folders of their own account"));

    // First what every account's action would do, so that one account's refusal (an
    // Outlook account without an Archive folder) changes nothing in the others.
    struct Planned
    {
        qint64 account;
        bool local;
        FolderModel model;
        Action action;
    };
    QList<Planned> plan;
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const Result<QString> provider = m_store.providerOf(it.key());
        if (!provider)
            return R::failure(provider.error());
        Planned p{it.key(), provider.value() == QLatin1String("local"), folderModelOf(provider.value()), Action()};
        p.action.kind = request.kind;
        p.action.remoteIds = it.value();
        p.action.folder = target;
        p.action.fromFolder = from;
        if (p.local) {
            // Imported mail has no server folders to go to: Trash and Archive are made here
            // the first time they are needed.
            const bool trash = request.kind == ActionKind::Trash;
            if ((trash || request.kind == ActionKind::Archive) &&
                !hasKind(m_store, it.key(), trash ? store::FolderKind::Trash : store::FolderKind::Archive)) {
                const QString name = trash ? QCoreApplication::translate("Actions", "Trash")
                                           : QCoreApplication::translate("Actions", "Archive");
                const Result<store::FolderRef> made = m_store.ensureFolder(
                    it.key(), trash ? QStringLiteral("local:trash") : QStringLiteral("local:archive"), name, name,
                    trash ? store::FolderKind::Trash : store::FolderKind::Archive);
                if (!made)
                    return R::failure(made.error());
            }
        }
        bool removes = false;
        ActionQueue queue(m_store, it.key(), p.model);
        if (const Result<store::MessageDelta> effect = queue.localEffect(p.action, &removes); !effect)
            return R::failure(effect.error());
        plan.append(p);
    }
    QList<qint64> queued;
    for (const Planned &p : std::as_const(plan)) {
        ActionQueue queue(m_store, p.account, p.model);
        if (p.local) {
            if (Status s = queue.applyHere(p.action); !s)
                return R::failure(s.error());
            continue;
        }
        const Result<qint64> id = queue.enqueue(p.action);
        if (!id)
            return R::failure(id.error());
        queued.append(p.account);
    }
    return queued;
}

} // namespace em::sync
