#pragma once

#include "mime/message.h"
#include "store/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Decoders of Microsoft Graph v1.0 mail resources (../shared/api/graph-v1.0-mail-types.xml).
// Each one fails on text that is not a JSON object or lacks a required field, and
// tolerates unknown fields (@odata.* annotations included), missing optional fields and
// values of the wrong type. Dates are ISO 8601 (Edm.DateTimeOffset), read as UTC when
// they carry no offset.
namespace em::graph {

struct Folder
{
    QString id, displayName, parentFolderId;
    int childFolderCount = 0, totalItemCount = 0, unreadItemCount = 0;
    bool isHidden = false;
};

struct FolderPage
{
    QList<Folder> folders;
    QString nextLink; // @odata.nextLink, absolute; empty on the last page
};
// GET /me/mailFolders, .../childFolders. Entries without an id are skipped; a body
// without a "value" list fails.
Result<FolderPage> decodeFolderPage(const QByteArray &json);
// GET /me/mailFolders/inbox etc.; fails without an id.
Result<Folder> decodeFolder(const QByteArray &json);

struct Message
{
    QString id, conversationId, parentFolderId, subject, bodyPreview, internetMessageId;
    bool isRead = false, isDraft = false, flagged = false /* flag.flagStatus == "flagged" */, hasAttachments = false;
    // Graph writes the address as the name when a recipient has none; such a name is
    // dropped, as the MIME parser gives no name for a bare address. Recipients with neither
    // name nor address are skipped.
    mime::Address from;
    mime::AddressList to, cc, bcc;
    qint64 receivedMs = 0, sentMs = 0; // UTC milliseconds; 0 when absent or unreadable
    bool removed = false;              // a delta "@removed" entry: only id is meaningful
    QString removedReason;             // "deleted" or "changed" (left the folder); may be empty
    // The properties present with a value that could not be read (a wrong type, a date
    // that is not one, a recipient that is not an object): the entry is malformed, and
    // these read as their defaults. Empty for a well-formed entry.
    QStringList unreadable;
};
// GET /me/messages/{id}; fails without an id.
Result<Message> decodeMessage(const QByteArray &json);
// One message object as found in a delta page's "value" or a batch answer's body. A
// property left out stays at its default: callers must not read a missing isRead as unread
// unless they selected it. Never fails; id is empty when the object has none.
Message messageFromJson(const QJsonObject &o);

struct DeltaPage
{
    QList<Message> messages; // in page order; entries without an id are skipped
    QString nextLink, deltaLink;
};
// GET /me/mailFolders/{id}/messages/delta and the links it hands out. Exactly one link is
// set on success: when an answer carries both, the nextLink is kept (pages remain). Fails
// when the body has no "value" list or neither link (a cut page).
Result<DeltaPage> decodeDeltaPage(const QByteArray &json);

// Graph's error body {"error":{"code","message","innerError"}}; also the identity
// platform's {"error":"invalid_grant","error_description":"..."}. Empty fields on other
// text. status is not in the body: it stays 0 for the caller to fill from the HTTP status.
struct ApiError
{
    int status = 0;
    QString code, message;
};
ApiError decodeError(const QByteArray &json);

// A store record: remoteId = id, threadKey = conversationId, messageId = internetMessageId
// without <>, subject, fromName/fromAddress, toList/ccList/bccList as display forms,
// dateMs = receivedMs (sentMs when 0), snippet = bodyPreview, flags Read, Starred (flagged),
// Draft and HasAttachments, and Broken with HeadersPending when some property was
// unreadable (a readable entry later fills in the headers). No body:
// bodyText, contentHash and compressedRaw stay empty.
store::MessageRecord recordFromMessage(const Message &m);
// The flags recordFromMessage could not tell because their property was unreadable: a
// known message keeps its own (SyncChanges::Upsert::keepFlags).
quint32 unreadableFlags(const Message &m);

// The $select the client sends for list and delta: only what the list and threading need.
QString messageSelect();

// An ISO 8601 date and time ("2026-01-02T03:04:05Z", fractional seconds and a numeric
// offset allowed; no offset reads as UTC) in UTC milliseconds; 0 when unreadable.
qint64 parseDateTime(const QString &text);

} // namespace em::graph
