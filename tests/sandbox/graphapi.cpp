#include "graphapi.h"

#include "graphjson.h"
#include "mime/mimeparser.h"
#include "sandbox.h"

#include <QJsonDocument>
#include <QUrl>

namespace em::sandbox {

using graph::error;

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

bool hasScope(const TokenGrant &grant, const QString &scope)
{
    for (const QString &s : grant.scopes)
        if (s.compare(scope, Qt::CaseInsensitive) == 0 ||
            s.endsWith(u'/' + scope, Qt::CaseInsensitive)) // https://graph.microsoft.com/Mail.Send
            return true;
    return false;
}

HttpResponse notAllowed(const HttpRequest &r)
{
    return error(r, 405, str("ErrorInvalidRequest"), str("The OData request is not supported."));
}

// Graph tells a malformed id (400) from a well-formed one that names nothing (404).
HttpResponse missingItem(const HttpRequest &r, const QString &id)
{
    if (!id.startsWith(QLatin1String("AAMk")) || id.size() < 20)
        return error(r, 400, str("ErrorInvalidIdMalformed"), str("Id is malformed."));
    return error(r, 404, str("ErrorItemNotFound"), str("The specified object was not found in the store."));
}

bool isAncestor(const Mailbox &mailbox, const QString &ancestor, QString folder)
{
    for (int depth = 0; !folder.isEmpty() && depth < 64; ++depth) {
        if (folder == ancestor)
            return true;
        folder = mailbox.labels().value(folder).parentId;
    }
    return false;
}
} // namespace

bool GraphApi::handles(const HttpRequest &r)
{
    return r.path.startsWith(QLatin1String("/v1.0/")) ||
           r.path.startsWith(QLatin1String("/api/v2.0/AttachmentSessions/"));
}

HttpResponse GraphApi::handle(const HttpRequest &r)
{
    // Upload URLs carry their own credential, as Outlook's do: no Authorization header.
    if (r.path.startsWith(QLatin1String("/api/v2.0/AttachmentSessions/")))
        return uploadChunk(r);
    const TokenGrant *grant = m_sandbox.oauth().validate(r.bearerToken());
    if (!grant || grant->provider != Provider::Microsoft)
        return error(r, 401, str("InvalidAuthenticationToken"), str("Access token is empty or invalid."));
    Mailbox *mailbox = m_sandbox.mailbox(grant->user);
    if (!mailbox)
        return error(r, 404, str("ErrorMailboxNotFound"), str("The mailbox could not be found."));
    if (r.path == QLatin1String("/v1.0/$batch")) {
        HttpResponse resp = r.method == "POST" ? batch(r) : notAllowed(r);
        resp.user = grant->user;
        return resp;
    }
    QStringList segments = r.path.mid(6).split(u'/');
    while (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    if (!segments.isEmpty() && segments.first() == QLatin1String("me")) {
        segments.removeFirst();
    } else if (segments.size() >= 2 && segments.first() == QLatin1String("users")) {
        if (segments.at(1).compare(grant->user, Qt::CaseInsensitive) != 0) {
            HttpResponse resp =
                error(r, 403, str("ErrorAccessDenied"), str("Access is denied. Check credentials and try again."));
            resp.user = grant->user;
            return resp;
        }
        segments.remove(0, 2);
    } else {
        return error(r, 400, str("BadRequest"), str("Resource not found for the segment '%1'.").arg(segments.value(0)));
    }
    Call call{r, *mailbox, *grant, graph::prefersImmutableIds(r), segments};
    HttpResponse resp;
    const bool sending = segments.value(0) == QLatin1String("sendMail") ||
                         (segments.size() > 2 && segments.last() == QLatin1String("send"));
    if (sending && !hasScope(*grant, str("Mail.Send")))
        resp = error(r, 403, str("ErrorAccessDenied"), str("Access is denied. Check credentials and try again."));
    else if (r.method != "GET" && !sending && !hasScope(*grant, str("Mail.ReadWrite")))
        resp = error(r, 403, str("ErrorAccessDenied"), str("Access is denied. Check credentials and try again."));
    else if (r.method == "GET" && !segments.isEmpty() && !hasScope(*grant, str("Mail.ReadWrite")) &&
             !hasScope(*grant, str("Mail.Read")))
        resp = error(r, 403, str("ErrorAccessDenied"), str("Access is denied. Check credentials and try again."));
    else
        resp = route(call);
    resp.user = grant->user;
    return resp;
}

HttpResponse GraphApi::route(Call &call)
{
    const HttpRequest &r = call.request;
    const QString first = call.segments.value(0);
    if (call.segments.isEmpty()) {
        if (r.method != "GET")
            return notAllowed(r);
        const Mailbox &m = call.mailbox;
        return HttpResponse::json(
            200, QJsonObject{
                     {str("@odata.context"), QString(graph::apiBase(m_sandbox) + str("/$metadata#users/$entity"))},
                     {str("id"), QStringLiteral("00000000-0000-0000-%1")
                                     .arg(QString::number(qHash(m.address()), 16).right(12).rightJustified(12, u'0'))},
                     {str("displayName"), m.displayName()},
                     {str("mail"), m.address()},
                     {str("userPrincipalName"), m.address()}});
    }
    if (first == QLatin1String("mailFolders"))
        return folders(call);
    if (first == QLatin1String("messages"))
        return messages(call);
    if (first == QLatin1String("sendMail") && call.segments.size() == 1)
        return r.method == "POST" ? sendMail(call) : notAllowed(r);
    return error(r, 400, str("BadRequest"), str("Resource not found for the segment '%1'.").arg(first));
}

HttpResponse GraphApi::folders(Call &call)
{
    const HttpRequest &r = call.request;
    Mailbox &mb = call.mailbox;
    const QStringList &s = call.segments;
    // Lists top-level folders (parent empty) or the children of one, with $top/$skip paging.
    auto list = [&](const QString &parent, const QString &path) {
        const bool hidden = r.query.queryItemValue(str("includeHiddenFolders")) == QLatin1String("true");
        QJsonArray all;
        for (const Label &l : mb.labels())
            if (l.parentId == parent && (hidden || !l.hidden))
                all.append(graph::folderJson(mb, l));
        bool ok = true;
        const int top = r.query.hasQueryItem(str("$top")) ? r.query.queryItemValue(str("$top")).toInt(&ok) : 10;
        bool okSkip = true;
        const int skip = r.query.hasQueryItem(str("$skip")) ? r.query.queryItemValue(str("$skip")).toInt(&okSkip) : 0;
        if (!ok || !okSkip || top < 0 || skip < 0)
            return error(r, 400, str("BadRequest"), str("Invalid $top or $skip."));
        QJsonArray page;
        for (int i = skip; i < all.size() && i < skip + qMin(top, 1000); ++i)
            page.append(all.at(i));
        QJsonObject out{{str("@odata.context"), QString(graph::apiBase(m_sandbox) + str("/$metadata#") + path)},
                        {str("value"), page}};
        if (skip + top < all.size()) {
            QUrlQuery q = r.query;
            q.removeAllQueryItems(str("$skip"));
            q.removeAllQueryItems(str("$top"));
            q.addQueryItem(str("$top"), QString::number(top));
            q.addQueryItem(str("$skip"), QString::number(skip + top));
            out.insert(str("@odata.nextLink"),
                       QString(graph::apiBase(m_sandbox) + r.path.mid(5) + u'?' + q.query(QUrl::FullyEncoded)));
        }
        return HttpResponse::json(200, out);
    };
    // Creates a folder under parent, refusing a sibling with the same name as Exchange does.
    auto create = [&](const QString &parent) {
        QJsonParseError pe;
        const QJsonObject body = QJsonDocument::fromJson(r.body, &pe).object();
        const QString name = body.value(str("displayName")).toString().trimmed();
        if (pe.error != QJsonParseError::NoError || name.isEmpty())
            return error(r, 400, str("ErrorInvalidRequest"),
                         str("The request body must name the folder (displayName)."));
        for (const Label &l : mb.labels())
            if (l.parentId == parent && l.name.compare(name, Qt::CaseInsensitive) == 0)
                return error(r, 409, str("ErrorFolderExists"), str("A folder with the specified name already exists."));
        const bool hidden = body.value(str("isHidden")).toBool();
        const QString id = mb.addLabel({{}, name, false, {}, parent, {}, {}, hidden});
        return HttpResponse::json(201, graph::folderJson(mb, *mb.label(id)));
    };

    if (s.size() == 1) {
        if (r.method == "GET")
            return list({}, str("users('%1')/mailFolders").arg(mb.address()));
        return r.method == "POST" ? create({}) : notAllowed(r);
    }
    const Label *found = graph::findFolder(mb, s.at(1));
    if (!found)
        return missingItem(r, s.at(1));
    const QString folderId = found->id;
    if (s.size() == 2) {
        if (r.method == "GET")
            return HttpResponse::json(200, graph::folderJson(mb, *found));
        if (r.method == "PATCH") {
            QJsonParseError pe;
            const QJsonObject body = QJsonDocument::fromJson(r.body, &pe).object();
            if (pe.error != QJsonParseError::NoError)
                return error(r, 400, str("BadRequest"), str("Unable to read JSON request payload."));
            if (body.contains(str("displayName"))) {
                const QString name = body.value(str("displayName")).toString().trimmed();
                if (name.isEmpty())
                    return error(r, 400, str("ErrorInvalidRequest"), str("The folder name cannot be empty."));
                for (const Label &l : mb.labels())
                    if (l.id != folderId && l.parentId == found->parentId &&
                        l.name.compare(name, Qt::CaseInsensitive) == 0)
                        return error(r, 409, str("ErrorFolderExists"),
                                     str("A folder with the specified name already exists."));
                mb.label(folderId)->name = name;
            }
            return HttpResponse::json(200, graph::folderJson(mb, *mb.label(folderId)));
        }
        if (r.method == "DELETE") {
            if (found->system || !found->wellKnown.isEmpty())
                return error(r, 403, str("ErrorDeleteDistinguishedFolder"),
                             str("Distinguished folders cannot be deleted."));
            // The folder, its subfolders and their mail go; messages first so history shows them.
            QStringList doomed;
            for (const Label &l : mb.labels())
                if (isAncestor(mb, folderId, l.id))
                    doomed.append(l.id);
            QStringList messages;
            for (const StoredMessage &m : mb.messages())
                if (doomed.contains(graph::folderOf(mb, m)))
                    messages.append(m.id);
            for (const QString &id : messages)
                mb.removeMessage(id);
            for (const QString &id : doomed)
                mb.removeLabel(id);
            return HttpResponse::empty(204);
        }
        return notAllowed(r);
    }
    const QString sub = s.at(2);
    if (sub == QLatin1String("childFolders") && s.size() == 3) {
        if (r.method == "GET")
            return list(folderId, str("users('%1')/mailFolders('%2')/childFolders").arg(mb.address(), folderId));
        return r.method == "POST" ? create(folderId) : notAllowed(r);
    }
    if (sub == QLatin1String("childFolders") && s.size() >= 4) {
        // /mailFolders/{a}/childFolders/{b}/... is /mailFolders/{b}/...
        const Label *child = graph::findFolder(mb, s.at(3));
        if (!child || child->parentId != folderId)
            return missingItem(r, s.at(3));
        call.segments = QStringList{str("mailFolders")} + s.mid(3);
        return folders(call);
    }
    if (sub == QLatin1String("messages")) {
        if (s.size() == 3) {
            if (r.method == "GET")
                return listMessages(call, folderId);
            return notAllowed(r);
        }
        if (s.size() == 4 && s.at(3) == QLatin1String("delta"))
            return r.method == "GET" ? delta(call, folderId) : notAllowed(r);
        // A message named under a folder must be in that folder.
        const StoredMessage *inFolder = graph::findMessage(mb, s.at(3), call.immutableIds);
        if (inFolder && !inFolder->labels.contains(folderId))
            return error(r, 404, str("ErrorItemNotFound"), str("The specified object was not found in the store."));
        call.segments = QStringList{str("messages")} + s.mid(3);
        return messages(call);
    }
    return error(r, 400, str("BadRequest"), str("Resource not found for the segment '%1'.").arg(sub));
}

HttpResponse GraphApi::messages(Call &call)
{
    const HttpRequest &r = call.request;
    const QStringList &s = call.segments;
    if (s.size() == 1) {
        if (r.method == "GET")
            return listMessages(call, {});
        return r.method == "POST" ? createDraft(call) : notAllowed(r);
    }
    if (s.at(1) == QLatin1String("delta"))
        return error(r, 400, str("BadRequest"),
                     str("Change tracking is not supported against 'microsoft.graph.message'."));
    StoredMessage *m = graph::findMessage(call.mailbox, s.at(1), call.immutableIds);
    if (!m)
        return missingItem(r, s.at(1));
    return oneMessage(call, *m);
}

HttpResponse GraphApi::oneMessage(Call &call, StoredMessage &m)
{
    const HttpRequest &r = call.request;
    const QStringList rest = call.segments.mid(2);
    if (rest.isEmpty()) {
        if (r.method == "GET") {
            const QStringList select = graph::parseSelect(r.query.queryItemValue(str("$select"), QUrl::FullyDecoded));
            if (const QString bad = graph::unknownMessageProperty(select); !bad.isEmpty())
                return error(r, 400, str("RequestBroker--ParseUri"),
                             str("Could not find a property named '%1' on type 'microsoft.graph.message'.").arg(bad));
            const QJsonObject full = graph::messageJson(
                call.mailbox, m, {call.immutableIds, graph::prefersTextBody(r), m_categories.value(m.id)});
            return HttpResponse::json(200, graph::selectFields(full, select));
        }
        if (r.method == "PATCH")
            return patchMessage(call, m);
        if (r.method == "DELETE") {
            // Graph's DELETE takes the item out of every visible folder (to Recoverable Items).
            m_categories.remove(m.id);
            call.mailbox.removeMessage(m.id);
            return HttpResponse::empty(204);
        }
        return notAllowed(r);
    }
    const QString action = rest.first();
    if (rest.size() == 1 && action == QLatin1String("$value"))
        return r.method == "GET" ? HttpResponse::bytes(200, m.raw, "text/plain") : notAllowed(r);
    if (action == QLatin1String("attachments"))
        return attachments(call, m);
    if (rest.size() != 1)
        return error(r, 400, str("BadRequest"), str("Resource not found for the segment '%1'.").arg(rest.value(1)));
    if (r.method != "POST")
        return notAllowed(r);
    if (action == QLatin1String("move") || action == QLatin1String("copy"))
        return moveOrCopy(call, m, action == QLatin1String("copy"));
    if (action == QLatin1String("send"))
        return sendDraft(call, m);
    if (action == QLatin1String("permanentDelete")) {
        m_categories.remove(m.id);
        call.mailbox.removeMessage(m.id);
        return HttpResponse::empty(204);
    }
    if (action == QLatin1String("createReply") || action == QLatin1String("createReplyAll") ||
        action == QLatin1String("createForward"))
        return createResponse(call, m, action);
    return error(r, 400, str("BadRequest"), str("Resource not found for the segment '%1'.").arg(action));
}

HttpResponse GraphApi::attachments(Call &call, StoredMessage &m)
{
    const HttpRequest &r = call.request;
    const QStringList rest = call.segments.mid(3); // after "attachments"
    if (rest.isEmpty()) {
        if (r.method == "POST")
            return addAttachment(call, m);
        if (r.method != "GET")
            return notAllowed(r);
        mime::ParseOptions po;
        po.keepAttachmentData = true;
        const mime::ParsedMessage p = mime::parseMessage(m.raw, po);
        QJsonArray value;
        for (int i = 0; i < p.attachments.size(); ++i)
            value.append(graph::attachmentJson(m, i, p.attachments.at(i), true));
        return HttpResponse::json(
            200, QJsonObject{{str("@odata.context"),
                              QString(graph::apiBase(m_sandbox) +
                                      str("/$metadata#users('%1')/messages('%2')/attachments")
                                          .arg(call.mailbox.address(), graph::outId(m, call.immutableIds)))},
                             {str("value"), value}});
    }
    if (rest.first() == QLatin1String("createUploadSession") && rest.size() == 1)
        return r.method == "POST" ? createUploadSession(call, m) : notAllowed(r);
    mime::ParseOptions po;
    po.keepAttachmentData = true;
    const mime::ParsedMessage p = mime::parseMessage(m.raw, po);
    int index = -1;
    for (int i = 0; i < p.attachments.size(); ++i)
        if (graph::attachmentId(m, i) == rest.first())
            index = i;
    if (index < 0)
        return missingItem(r, rest.first());
    if (r.method != "GET")
        return notAllowed(r);
    const mime::Attachment &a = p.attachments.at(index);
    if (rest.size() == 1)
        return HttpResponse::json(200, graph::attachmentJson(m, index, a, true));
    if (rest.size() == 2 && rest.at(1) == QLatin1String("$value"))
        return HttpResponse::bytes(200, a.data, a.mimeType.toLatin1());
    return error(r, 400, str("BadRequest"), str("Resource not found for the segment '%1'.").arg(rest.value(1)));
}

} // namespace em::sandbox
