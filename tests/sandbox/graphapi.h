#pragma once

#include "http.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace em::sandbox {

class Sandbox;
class Mailbox;
struct StoredMessage;
struct TokenGrant;

// Microsoft Graph v1.0 mail under /v1.0/: /me, mailFolders, messages, delta, $value,
// PATCH, move/copy, DELETE, sendMail, drafts, createReply/createForward, attachments and
// upload sessions, $batch. Errors in Graph's shape.
class GraphApi
{
public:
    explicit GraphApi(Sandbox &sandbox) : m_sandbox(sandbox) {}
    static bool handles(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

    // What every handler needs to know about the request it answers.
    struct Call
    {
        const HttpRequest &request;
        Mailbox &mailbox;
        const TokenGrant &grant;
        bool immutableIds = false; // Prefer: IdType="ImmutableId"
        QStringList segments;      // the path after /me/ (or /users/{address}/)
    };

private:
    struct UploadSession
    {
        QString user, messageId, name, contentType, contentId;
        bool isInline = false;
        qint64 size = 0;
        QByteArray data;
        QDateTime expires;
    };

    HttpResponse route(Call &call);
    HttpResponse folders(Call &call);
    HttpResponse folderMessages(Call &call, const QString &folderId);
    HttpResponse messages(Call &call);
    HttpResponse oneMessage(Call &call, StoredMessage &message);
    HttpResponse attachments(Call &call, StoredMessage &message);

    // graphmessages.cpp: listing and delta.
    HttpResponse listMessages(Call &call, const QString &folderId);
    HttpResponse delta(Call &call, const QString &folderId);

    // graphwrite.cpp: changes, sending and drafts.
    HttpResponse patchMessage(Call &call, StoredMessage &message);
    HttpResponse moveOrCopy(Call &call, StoredMessage &message, bool copy);
    HttpResponse createDraft(Call &call);
    HttpResponse sendMail(Call &call);
    HttpResponse sendDraft(Call &call, StoredMessage &message);
    HttpResponse createResponse(Call &call, StoredMessage &message, const QString &kind);
    HttpResponse addAttachment(Call &call, StoredMessage &message);
    HttpResponse createUploadSession(Call &call, StoredMessage &message);
    HttpResponse uploadChunk(const HttpRequest &request);
    void deliverToSandbox(const QByteArray &raw);

    // graphbatch.cpp.
    HttpResponse batch(const HttpRequest &request);

    Sandbox &m_sandbox;
    QHash<QString, QStringList> m_categories; // message id -> categories (not part of the MIME)
    QHash<QString, UploadSession> m_uploads;  // session id -> state
    QHash<QString, QString> m_uploadSecrets;  // session id -> the authtoken of its URL
    // "address/immutable id" -> the REST id a delta last reported: a message that has since
    // moved out (new REST id) or gone must be @removed under the id the client holds.
    QHash<QString, QString> m_deltaRestIds;
    quint64 m_uploadCounter = 0;
};

} // namespace em::sandbox
