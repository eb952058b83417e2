#include "types.h"

#include <array>
#include <utility>

namespace em::store {

namespace {
constexpr std::array<std::pair<FolderKind, const char *>, 11> kKindNames{{
    {FolderKind::Inbox, "inbox"},
    {FolderKind::Sent, "sent"},
    {FolderKind::Drafts, "drafts"},
    {FolderKind::Trash, "trash"},
    {FolderKind::Spam, "spam"},
    {FolderKind::Archive, "archive"},
    {FolderKind::Starred, "starred"},
    {FolderKind::Important, "important"},
    {FolderKind::Category, "category"},
    {FolderKind::User, "user"},
    {FolderKind::All, "all"},
}};
} // namespace

QString folderKindName(FolderKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return QLatin1String(name);
    return QStringLiteral("user");
}

FolderKind folderKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (name == QLatin1String(n))
            return k;
    return FolderKind::User;
}

namespace {
const std::pair<AccountState, const char *> kStateNames[] = {
    {AccountState::Connected, "connected"},
    {AccountState::ReauthRequired, "reauth_required"},
    {AccountState::Error, "error"},
    {AccountState::Disconnected, "disconnected"},
};
} // namespace

QString accountStateName(AccountState state)
{
    for (const auto &[k, name] : kStateNames)
        if (k == state)
            return QLatin1String(name);
    return QStringLiteral("error");
}

AccountState accountStateFromName(const QString &name)
{
    for (const auto &[k, n] : kStateNames)
        if (name == QLatin1String(n))
            return k;
    return AccountState::Error;
}

FolderKind guessFolderKind(const QString &folderName)
{
    const QString n = folderName.section(u'/', -1).trimmed().toLower();
    if (n == QLatin1String("inbox"))
        return FolderKind::Inbox;
    if (n == QLatin1String("sent") || n == QLatin1String("sent items") || n == QLatin1String("sent mail") ||
        n == QLatin1String("sent messages"))
        return FolderKind::Sent;
    if (n == QLatin1String("drafts") || n == QLatin1String("draft"))
        return FolderKind::Drafts;
    if (n == QLatin1String("trash") || n == QLatin1String("deleted items") || n == QLatin1String("deleted messages"))
        return FolderKind::Trash;
    if (n == QLatin1String("spam") || n == QLatin1String("junk") || n == QLatin1String("junk email") ||
        n == QLatin1String("junk e-mail"))
        return FolderKind::Spam;
    if (n == QLatin1String("archive") || n == QLatin1String("archives"))
        return FolderKind::Archive;
    return FolderKind::User;
}

} // namespace em::store
