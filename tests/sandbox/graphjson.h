#pragma once

#include "http.h"
#include "mailbox.h"

#include <QJsonArray>
#include <QJsonObject>

namespace em::sandbox {
class Sandbox;
}

// Building blocks shared by the Graph handlers: the JSON shapes of Graph's resources and
// its error body, ids and the Prefer header.
namespace em::sandbox::graph {

HttpResponse error(const HttpRequest &request, int status, const QString &code, const QString &message);

// Prefer: IdType="ImmutableId" (in one Prefer header or several).
bool prefersImmutableIds(const HttpRequest &request);
// Prefer: odata.maxpagesize=N; 0 when absent.
int preferredPageSize(const HttpRequest &request);
// Prefer: outlook.body-content-type="text"
bool prefersTextBody(const HttpRequest &request);

QString isoUtc(qint64 ms);
QString apiBase(Sandbox &sandbox); // "http://127.0.0.1:port/v1.0"

// The id a client sees: the immutable one only when it asked for it.
QString outId(const StoredMessage &message, bool immutable);
// By REST id; by immutable id too when the request asked for immutable ids.
StoredMessage *findMessage(Mailbox &mailbox, const QString &id, bool immutable);
// By folder id or well-known name.
const Label *findFolder(Mailbox &mailbox, const QString &idOrName);
QString folderOf(const Mailbox &mailbox, const StoredMessage &message);

QJsonObject folderJson(const Mailbox &mailbox, const Label &folder);
QJsonObject recipientJson(const mime::Address &address);
QJsonArray recipientsJson(const mime::AddressList &list);
mime::AddressList recipientsFrom(const QJsonValue &value);

struct MessageOptions
{
    bool immutableIds = false;
    bool textBody = false;
    QStringList categories;
};
QJsonObject messageJson(const Mailbox &mailbox, const StoredMessage &message, const MessageOptions &options);
// Only the selected properties, plus id and @odata.etag as Graph always returns them.
QJsonObject selectFields(const QJsonObject &full, const QStringList &select);
QStringList parseSelect(const QString &select);
// The first selected name that is not a message property, or empty.
QString unknownMessageProperty(const QStringList &select);

// Attachments as Graph lists them, in MIME order; ids are stable per message and index.
QString attachmentId(const StoredMessage &message, int index);
QJsonObject attachmentJson(const StoredMessage &message, int index, const mime::Attachment &attachment,
                           bool withContent);

} // namespace em::sandbox::graph
