#pragma once

#include "gmaildiscovery.h"
#include "http.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace em::sandbox {

class Mailbox;
class Sandbox;
struct TokenGrant;

// Gmail API v1 under /gmail/v1/users/me/, the upload endpoints under /upload/gmail/v1/,
// and the batch endpoint (/batch/gmail/v1 and /batch). Parameters and bodies are checked
// against the discovery document; errors come in Google's shape; quota units are charged
// per method as Google does.
class GmailApi
{
public:
    explicit GmailApi(Sandbox &sandbox);
    static bool handles(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

    // Google's error body: {"error":{"code","message","errors":[...],"status"}}.
    static HttpResponse error(int status, const QString &reason, const QString &message);
    static HttpResponse notFound();
    static HttpResponse invalid(const QString &message); // 400 invalidArgument

private:
    // One API call after routing and validation.
    struct Call
    {
        const HttpRequest *request = nullptr;
        const DiscoveryMethod *method = nullptr;
        QHash<QString, QString> pathParams;
        QJsonObject body;                  // the request body (JSON) or the upload metadata
        const QByteArray *media = nullptr; // an upload's message bytes, instead of a base64 "raw"
        Mailbox *mailbox = nullptr;
        QString user;
        QString query(const QString &name) const;
        QStringList queryAll(const QString &name) const;
    };

    HttpResponse handleApi(const HttpRequest &request, const TokenGrant &grant, const QByteArray *media = nullptr);
    HttpResponse invoke(Call &call);
    bool scopeAllows(const TokenGrant &grant, const QString &methodId, const QByteArray &httpMethod) const;
    HttpResponse overQuota(const QString &user, qint64 nowMs);
    bool charge(const QString &user, int units, qint64 nowMs);

    // gmailbatch.cpp
    HttpResponse batch(const HttpRequest &request);
    // gmailbatch.cpp: turns an upload into the JSON call it stands for; empty status 0 on success.
    HttpResponse upload(const HttpRequest &request, const TokenGrant &grant);

    // gmaillabels.cpp
    HttpResponse profile(Call &call);
    HttpResponse labelsList(Call &call);
    HttpResponse labelsGet(Call &call);
    HttpResponse labelsCreate(Call &call);
    HttpResponse labelsUpdate(Call &call, bool patch);
    HttpResponse labelsDelete(Call &call);
    HttpResponse historyList(Call &call);
    HttpResponse sendAsList(Call &call);
    QJsonObject labelJson(Mailbox &mailbox, const QString &id, bool withCounts) const;

    // gmailmessages.cpp
    HttpResponse messagesList(Call &call);
    HttpResponse messagesGet(Call &call);
    HttpResponse messagesModify(Call &call);
    HttpResponse messagesBatchModify(Call &call);
    HttpResponse messagesTrash(Call &call, bool trash);
    HttpResponse messagesDelete(Call &call);
    HttpResponse messagesBatchDelete(Call &call);
    HttpResponse attachmentsGet(Call &call);
    HttpResponse messagesSend(Call &call);

    // gmaildrafts.cpp
    HttpResponse draftsCreate(Call &call);
    HttpResponse draftsUpdate(Call &call);
    HttpResponse draftsGet(Call &call);
    HttpResponse draftsList(Call &call);
    HttpResponse draftsSend(Call &call);
    HttpResponse draftsDelete(Call &call);
    // Sends a stored message: SENT label, copies to the sandbox's recipients.
    void deliverCopies(const QByteArray &raw, const QString &from);
    QMap<QString, QString> &drafts(const QString &user); // draft id -> message id, pruned

    struct UploadSession
    {
        QString user;
        QString path; // the /upload/... path of the method
        QByteArray method;
        QJsonObject metadata;
    };

    Sandbox &m_sandbox;
    GmailDiscovery m_discovery;
    QHash<QString, QMap<QString, QString>> m_drafts;           // user -> draft id -> message id
    QHash<QString, QList<qint64>> m_charges;                   // user -> charge times, for Retry-After
    QHash<QString, QHash<QString, QJsonObject>> m_labelExtras; // user -> label id -> visibility
    QHash<QString, UploadSession> m_uploads;                   // resumable sessions by upload_id
    int m_batchCounter = 0;
    int m_uploadCounter = 0;
    int m_labelCounter = 100;
    int m_draftCounter = 0;
};

} // namespace em::sandbox
