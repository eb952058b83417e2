// emailctl mark|move|trash: user actions through the offline action queue, then a sync
// that sends them (unless --no-sync).
#include "accountsupport.h"
#include "cli.h"

#include "sync/actionqueue.h"

#include <QCoreApplication>
#include <QMap>

namespace emailctl {

namespace {

using em::sync::Action;
using em::sync::ActionKind;

QString tr(const char *text)
{
    return QCoreApplication::translate("emailctl", text);
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ids"), tr("Message ids, as 'emailctl search --json' shows them."),
                                 QStringLiteral("ID..."));
    parser.addOption({QStringLiteral("no-sync"), tr("Only queue the change; the next sync sends it.")});
}

// Resolves the folder a user named (remote id, path or name, any case) in an account.
std::optional<QString> folderOf(em::store::MailStore &store, qint64 accountId, const QString &name, QString *error)
{
    const auto folders = store.folders(accountId);
    if (!folders) {
        *error = folders.error();
        return std::nullopt;
    }
    for (const em::store::FolderRef &f : folders.value())
        if (f.remoteId == name)
            return f.remoteId;
    for (const em::store::FolderRef &f : folders.value())
        if (f.path.compare(name, Qt::CaseInsensitive) == 0 || f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.remoteId;
    *error = tr("no folder %1 in this account").arg(name);
    return std::nullopt;
}

// Queues `make(account)` for the messages named, per account, then syncs those accounts.
int queueAndSync(const Context &ctx, const QCommandLineParser &parser, const QString &cmd,
                 const std::function<std::optional<Action>(em::store::MailStore &, qint64, QString *)> &make)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        ctx.err << cmd << ": " << tr("name at least one message id") << "\n";
        return Usage;
    }
    Services services;
    if (int code = openStore(services, parser, ctx, cmd); code >= 0)
        return code;
    QMap<qint64, QStringList> byAccount;
    for (const QString &text : pos) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            ctx.err << cmd << ": " << tr("%1 is not a message id").arg(text) << "\n";
            return Usage;
        }
        qint64 accountId = 0;
        const em::Result<QString> remote = services.store->remoteIdOf(id, &accountId);
        if (!remote) {
            ctx.err << cmd << ": " << tr("message %1: %2").arg(text, remote.error()) << "\n";
            return Failure;
        }
        byAccount[accountId].append(remote.value());
    }
    const auto rows = listAccounts(parser);
    if (!rows) {
        ctx.err << cmd << ": " << rows.error() << "\n";
        return Failure;
    }
    QList<em::store::AccountRow> touched;
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        em::store::AccountRow account;
        for (const em::store::AccountRow &a : rows.value())
            if (a.id == it.key())
                account = a;
        if (account.provider == QLatin1String("local") || account.id == 0) {
            ctx.err << cmd << ": " << tr("imported mail (Local Folders) has no server to change") << "\n";
            return Failure;
        }
        QString error;
        std::optional<Action> action = make(*services.store, account.id, &error);
        if (!action) {
            ctx.err << cmd << ": " << account.address << ": " << error << "\n";
            return Failure;
        }
        action->remoteIds = it.value();
        em::sync::ActionQueue queue(*services.store, account.id,
                                    account.provider == QLatin1String("google") ? em::sync::FolderModel::Labels
                                                                                : em::sync::FolderModel::SingleFolder);
        const em::Result<qint64> queued = queue.enqueue(*action);
        if (!queued) {
            ctx.err << cmd << ": " << account.address << ": " << queued.error() << "\n";
            return Failure;
        }
        touched.append(account);
    }
    if (parser.isSet(QStringLiteral("no-sync"))) {
        ctx.out << tr("Queued; the next sync sends it.") << "\n";
        return Ok;
    }
    const int code = syncAccounts(ctx, services, touched, 0, true, cmd);
    if (code != Ok)
        ctx.out << tr("The change is made here and stays queued until the server takes it.") << "\n";
    return code;
}

} // namespace

int runMark(const Context &ctx)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("read"), tr("Mark as read.")});
    parser.addOption({QStringLiteral("unread"), tr("Mark as unread.")});
    parser.addOption({QStringLiteral("star"), tr("Star.")});
    parser.addOption({QStringLiteral("unstar"), tr("Remove the star.")});
    if (int code = parseCommand(parser, ctx, tr("Mark messages read or unread, starred or not.")); code >= 0)
        return code;
    QList<ActionKind> kinds;
    for (const auto &[option, kind] :
         {std::pair{"read", ActionKind::MarkRead}, std::pair{"unread", ActionKind::MarkUnread},
          std::pair{"star", ActionKind::Star}, std::pair{"unstar", ActionKind::Unstar}})
        if (parser.isSet(QLatin1String(option)))
            kinds.append(kind);
    if (kinds.size() != 1) {
        ctx.err << "emailctl mark: " << tr("give one of --read, --unread, --star, --unstar") << "\n";
        return Usage;
    }
    return queueAndSync(ctx, parser, QStringLiteral("emailctl mark"),
                        [kind = kinds.first()](em::store::MailStore &, qint64, QString *) {
                            Action a;
                            a.kind = kind;
                            return std::optional<Action>(a);
                        });
}

int runMove(const Context &ctx)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("to"), tr("The folder or label to move to."), QStringLiteral("FOLDER")});
    parser.addOption(
        {QStringLiteral("from"), tr("Gmail: the label to take away (default: Inbox)."), QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("archive"), tr("Archive (out of the Inbox).")});
    if (int code = parseCommand(parser, ctx, tr("Move messages to a folder, or archive them.")); code >= 0)
        return code;
    const bool archive = parser.isSet(QStringLiteral("archive"));
    if (archive == parser.isSet(QStringLiteral("to"))) {
        ctx.err << "emailctl move: " << tr("give --to FOLDER or --archive") << "\n";
        return Usage;
    }
    const QString to = parser.value(QStringLiteral("to"));
    const QString from = parser.value(QStringLiteral("from"));
    return queueAndSync(ctx, parser, QStringLiteral("emailctl move"),
                        [=](em::store::MailStore &store, qint64 accountId, QString *error) -> std::optional<Action> {
                            Action a;
                            a.kind = archive ? ActionKind::Archive : ActionKind::Move;
                            if (archive)
                                return a;
                            const std::optional<QString> target = folderOf(store, accountId, to, error);
                            if (!target)
                                return std::nullopt;
                            a.folder = *target;
                            if (!from.isEmpty()) {
                                const std::optional<QString> source = folderOf(store, accountId, from, error);
                                if (!source)
                                    return std::nullopt;
                                a.fromFolder = *source;
                            }
                            return a;
                        });
}

int runTrash(const Context &ctx)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("undo"), tr("Take the messages out of the Trash.")});
    parser.addOption(
        {QStringLiteral("permanent"), tr("Delete for good (Gmail: needs full mail access, not only gmail.modify).")});
    if (int code = parseCommand(parser, ctx, tr("Move messages to the Trash, out of it, or delete them for good."));
        code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("undo")) && parser.isSet(QStringLiteral("permanent"))) {
        ctx.err << "emailctl trash: " << tr("--undo and --permanent do not go together") << "\n";
        return Usage;
    }
    const ActionKind kind = parser.isSet(QStringLiteral("undo"))        ? ActionKind::Untrash
                            : parser.isSet(QStringLiteral("permanent")) ? ActionKind::Delete
                                                                        : ActionKind::Trash;
    return queueAndSync(ctx, parser, QStringLiteral("emailctl trash"),
                        [kind](em::store::MailStore &, qint64, QString *) {
                            Action a;
                            a.kind = kind;
                            return std::optional<Action>(a);
                        });
}

} // namespace emailctl
