// Profile, labels, history and send-as settings of the emulated Gmail API.
#include "gmailapi.h"

#include "gmailformat.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace em::sandbox {

namespace {

int distinctThreads(const Mailbox &mailbox)
{
    QSet<QString> threads;
    for (const StoredMessage &m : mailbox.messages())
        threads.insert(m.threadId);
    return int(threads.size());
}

QJsonObject idAndThread(const QString &id, const QString &threadId)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("threadId"), threadId}};
}

bool validColor(const QString &c)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(c).hasMatch();
}

} // namespace

HttpResponse GmailApi::profile(Call &call)
{
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("emailAddress"), call.mailbox->address()},
                                          {QStringLiteral("messagesTotal"), int(call.mailbox->messages().size())},
                                          {QStringLiteral("threadsTotal"), distinctThreads(*call.mailbox)},
                                          {QStringLiteral("historyId"), QString::number(call.mailbox->historyId())}});
}

QJsonObject GmailApi::labelJson(Mailbox &mailbox, const QString &id, bool withCounts) const
{
    const Label *l = mailbox.label(id);
    if (!l)
        return {};
    QJsonObject out{{QStringLiteral("id"), l->id},
                    {QStringLiteral("name"), l->name},
                    {QStringLiteral("type"), l->system ? QStringLiteral("system") : QStringLiteral("user")}};
    if (!l->system) {
        const QJsonObject extras = m_labelExtras.value(mailbox.address()).value(id);
        out.insert(QStringLiteral("messageListVisibility"),
                   extras.value(QStringLiteral("messageListVisibility")).toString(QStringLiteral("show")));
        out.insert(QStringLiteral("labelListVisibility"),
                   extras.value(QStringLiteral("labelListVisibility"))
                       .toString(l->hidden ? QStringLiteral("labelHide") : QStringLiteral("labelShow")));
    }
    if (!l->background.isEmpty() || !l->text.isEmpty())
        out.insert(QStringLiteral("color"), QJsonObject{{QStringLiteral("backgroundColor"), l->background},
                                                        {QStringLiteral("textColor"), l->text}});
    if (withCounts) {
        int total = 0, unread = 0;
        QSet<QString> threads, unreadThreads;
        for (const StoredMessage &m : mailbox.messages()) {
            if (!m.labels.contains(id))
                continue;
            ++total;
            threads.insert(m.threadId);
            if (m.labels.contains(QStringLiteral("UNREAD"))) {
                ++unread;
                unreadThreads.insert(m.threadId);
            }
        }
        out.insert(QStringLiteral("messagesTotal"), total);
        out.insert(QStringLiteral("messagesUnread"), unread);
        out.insert(QStringLiteral("threadsTotal"), int(threads.size()));
        out.insert(QStringLiteral("threadsUnread"), int(unreadThreads.size()));
    }
    return out;
}

HttpResponse GmailApi::labelsList(Call &call)
{
    // labels.list gives no counts: Google makes clients ask labels.get for those.
    QJsonArray labels;
    for (const Label &l : call.mailbox->labels())
        labels.append(labelJson(*call.mailbox, l.id, false));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("labels"), labels}});
}

HttpResponse GmailApi::labelsGet(Call &call)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    if (!call.mailbox->label(id))
        return notFound();
    return HttpResponse::json(200, labelJson(*call.mailbox, id, true));
}

HttpResponse GmailApi::labelsCreate(Call &call)
{
    const QString name = call.body.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return invalid(QStringLiteral("Invalid label name"));
    if (call.mailbox->labelByName(name) || call.mailbox->label(name.toUpper()))
        return error(409, QStringLiteral("duplicate"), QStringLiteral("Label name exists or conflicts"));
    const QJsonObject color = call.body.value(QStringLiteral("color")).toObject();
    Label l;
    l.name = name;
    l.background = color.value(QStringLiteral("backgroundColor")).toString();
    l.text = color.value(QStringLiteral("textColor")).toString();
    if ((!l.background.isEmpty() && !validColor(l.background)) || (!l.text.isEmpty() && !validColor(l.text)))
        return invalid(QStringLiteral("Label color is not allowed"));
    // Ids are never reused, also after a delete.
    do
        l.id = QStringLiteral("Label_%1").arg(++m_labelCounter);
    while (call.mailbox->label(l.id));
    call.mailbox->addLabel(l);
    QJsonObject extras;
    for (const char *key : {"messageListVisibility", "labelListVisibility"})
        if (call.body.contains(QLatin1String(key)))
            extras.insert(QLatin1String(key), call.body.value(QLatin1String(key)));
    m_labelExtras[call.user][l.id] = extras;
    return HttpResponse::json(200, labelJson(*call.mailbox, l.id, false));
}

HttpResponse GmailApi::labelsUpdate(Call &call, bool patch)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    Label *l = call.mailbox->label(id);
    if (!l)
        return notFound();
    if (l->system)
        return invalid(QStringLiteral("Invalid update request"));
    const QJsonObject &b = call.body;
    if (b.contains(QStringLiteral("id")) && b.value(QStringLiteral("id")).toString() != id)
        return invalid(QStringLiteral("Invalid update request"));
    QString name = b.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty()) {
        if (!patch)
            return invalid(QStringLiteral("Invalid label name"));
        name = l->name;
    }
    const Label *same = call.mailbox->labelByName(name);
    if ((same && same->id != id) ||
        (call.mailbox->label(name.toUpper()) && call.mailbox->label(name.toUpper())->system))
        return error(409, QStringLiteral("duplicate"), QStringLiteral("Label name exists or conflicts"));
    QString background = l->background, text = l->text;
    if (b.contains(QStringLiteral("color")) || !patch) {
        const QJsonObject color = b.value(QStringLiteral("color")).toObject();
        background = color.value(QStringLiteral("backgroundColor")).toString();
        text = color.value(QStringLiteral("textColor")).toString();
        if ((!background.isEmpty() && !validColor(background)) || (!text.isEmpty() && !validColor(text)))
            return invalid(QStringLiteral("Label color is not allowed"));
    }
    l->name = name;
    l->background = background;
    l->text = text;
    QJsonObject &extras = m_labelExtras[call.user][id];
    if (!patch)
        extras = {};
    for (const char *key : {"messageListVisibility", "labelListVisibility"})
        if (b.contains(QLatin1String(key)))
            extras.insert(QLatin1String(key), b.value(QLatin1String(key)));
    return HttpResponse::json(200, labelJson(*call.mailbox, id, false));
}

HttpResponse GmailApi::labelsDelete(Call &call)
{
    const QString id = call.pathParams.value(QStringLiteral("id"));
    const Label *l = call.mailbox->label(id);
    if (!l)
        return notFound();
    if (l->system)
        return invalid(QStringLiteral("Invalid delete request"));
    call.mailbox->removeLabel(id);
    m_labelExtras[call.user].remove(id);
    return HttpResponse::empty(204);
}

HttpResponse GmailApi::historyList(Call &call)
{
    Mailbox &mb = *call.mailbox;
    const quint64 start = call.query(QStringLiteral("startHistoryId")).toULongLong();
    if (start < mb.oldestHistoryId())
        return notFound();
    QSet<HistoryRecord::Type> types;
    for (const QString &t : call.queryAll(QStringLiteral("historyTypes"))) {
        if (t == QLatin1String("messageAdded"))
            types.insert(HistoryRecord::MessageAdded);
        else if (t == QLatin1String("messageDeleted"))
            types.insert(HistoryRecord::MessageDeleted);
        else if (t == QLatin1String("labelAdded"))
            types.insert(HistoryRecord::LabelsAdded);
        else if (t == QLatin1String("labelRemoved"))
            types.insert(HistoryRecord::LabelsRemoved);
    }
    const QString labelId = call.query(QStringLiteral("labelId"));
    const int max = call.request->query.hasQueryItem(QStringLiteral("maxResults"))
                        ? call.query(QStringLiteral("maxResults")).toInt()
                        : 100;
    if (max < 1 || max > 500)
        return invalid(QStringLiteral("Invalid maxResults: must be between 1 and 500"));
    quint64 after = start;
    const QString token = call.query(QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        bool ok = false;
        after = token.toULongLong(&ok);
        if (!ok || after < start)
            return invalid(QStringLiteral("Invalid pageToken"));
    }
    QJsonArray history;
    quint64 last = 0;
    bool more = false;
    for (const HistoryRecord &r : mb.history()) {
        if (r.id <= after || (!types.isEmpty() && !types.contains(r.type)))
            continue;
        if (!labelId.isEmpty() && !r.labelIds.contains(labelId) && !r.labelsAfter.contains(labelId))
            continue;
        if (history.size() == max) {
            more = true;
            break;
        }
        QStringList labelsNow(r.labelsAfter);
        labelsNow.sort();
        QJsonObject message = idAndThread(r.messageId, r.threadId);
        if (r.type != HistoryRecord::MessageDeleted)
            message.insert(QStringLiteral("labelIds"), QJsonArray::fromStringList(labelsNow));
        QJsonObject h{{QStringLiteral("id"), QString::number(r.id)},
                      {QStringLiteral("messages"), QJsonArray{idAndThread(r.messageId, r.threadId)}}};
        QStringList changed(r.labelIds);
        changed.sort();
        switch (r.type) {
        case HistoryRecord::MessageAdded:
            h.insert(QStringLiteral("messagesAdded"), QJsonArray{QJsonObject{{QStringLiteral("message"), message}}});
            break;
        case HistoryRecord::MessageDeleted:
            h.insert(QStringLiteral("messagesDeleted"), QJsonArray{QJsonObject{{QStringLiteral("message"), message}}});
            break;
        case HistoryRecord::LabelsAdded:
        case HistoryRecord::LabelsRemoved:
            h.insert(r.type == HistoryRecord::LabelsAdded ? QStringLiteral("labelsAdded")
                                                          : QStringLiteral("labelsRemoved"),
                     QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                            {QStringLiteral("labelIds"), QJsonArray::fromStringList(changed)}}});
            break;
        }
        history.append(h);
        last = r.id;
    }
    QJsonObject out{{QStringLiteral("historyId"), QString::number(mb.historyId())}};
    if (!history.isEmpty())
        out.insert(QStringLiteral("history"), history);
    if (more)
        out.insert(QStringLiteral("nextPageToken"), QString::number(last));
    return HttpResponse::json(200, out);
}

HttpResponse GmailApi::sendAsList(Call &call)
{
    const QJsonObject primary{{QStringLiteral("sendAsEmail"), call.mailbox->address()},
                              {QStringLiteral("displayName"), call.mailbox->displayName()},
                              {QStringLiteral("replyToAddress"), QString()},
                              {QStringLiteral("signature"), QString()},
                              {QStringLiteral("isPrimary"), true},
                              {QStringLiteral("isDefault"), true}};
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("sendAs"), QJsonArray{primary}}});
}

} // namespace em::sandbox
