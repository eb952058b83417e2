#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace em::store {

// Message flags, stored as one integer column.
enum MessageFlag : quint32 {
    Read = 1u << 0,
    Starred = 1u << 1,
    Draft = 1u << 2,
    Answered = 1u << 3,
    HasAttachments = 1u << 4,
    Broken = 1u << 5,  // the MIME structure could not be read: raw kept, headers best effort
    Deleted = 1u << 6, // marked deleted (Maildir T) but not expunged
    // Stored from a listing entry that could not be read (with Broken): its headers wait
    // for a readable entry, even when its body (and so Broken) has been settled meanwhile.
    HeadersPending = 1u << 7,
};

// What a folder is, whatever the provider calls it.
enum class FolderKind { Inbox, Sent, Drafts, Trash, Spam, Archive, Starred, Important, Category, User, All };

QString folderKindName(FolderKind kind);
FolderKind folderKindFromName(const QString &name);
// Guesses the kind of a folder from its name, as imported mail has no other hint.
FolderKind guessFolderKind(const QString &folderName);

struct AttachmentRow
{
    QString filename;
    QString mimeType;
    qint64 size = 0;
    QString contentId;
    bool isInline = false;
};

// One message ready for the store: parsed, summarised and compressed off the writer thread.
struct MessageRecord
{
    QString remoteId; // provider id; for imported mail the content hash
    QString messageId;
    QString threadKey; // provider thread id when known; else derived from references
    QString inReplyTo;
    QStringList references;
    QString subject;
    QString fromName, fromAddress;
    QString toList, ccList, bccList; // display forms
    qint64 dateMs = 0;               // UTC milliseconds
    int utcOffsetSeconds = 0;
    QString snippet;
    qint64 size = 0;
    quint32 flags = 0;
    QByteArray contentHash;
    QByteArray compressedRaw; // may be empty (metadata only)
    qint64 rawSize = 0;
    QString bodyText; // plain text for the index
    QList<AttachmentRow> attachments;
};

struct FolderRef
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString path;
    FolderKind kind = FolderKind::User;
    QString remoteId;
};

// An account's standing with its provider, as stored. "Syncing" is not stored: it is
// what the sync scheduler is doing right now.
enum class AccountState { Connected, ReauthRequired, Error, Disconnected };

QString accountStateName(AccountState state); // "connected", "reauth_required", ...
AccountState accountStateFromName(const QString &name);

struct AccountRow
{
    qint64 id = 0;
    QString provider; // settings::providerId()
    QString address;
    QString displayName;
    AccountState state = AccountState::Connected;
    QString stateDetail;   // why it needs attention, in words
    qint64 lastSyncMs = 0; // 0: never
    qint64 messages = 0;
};

} // namespace em::store
