#include "mailbox.h"

#include "mime/mimeparser.h"

#include <QCryptographicHash>

namespace em::sandbox {

QString providerName(Provider p)
{
    return p == Provider::Google ? QStringLiteral("google") : QStringLiteral("microsoft");
}

Mailbox::Mailbox(QString address, Provider provider, QString displayName)
    : m_address(std::move(address)), m_provider(provider), m_displayName(std::move(displayName))
{}

QString Mailbox::newId()
{
    // Stable across runs for the same seed and the same sequence of changes.
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(m_address.toUtf8() + QByteArray::number(++m_idCounter)), QCryptographicHash::Sha1);
    if (m_provider == Provider::Google)
        return QString::fromLatin1(digest.toHex().left(16));
    // Graph ids are long base64url strings starting with "AAMk".
    return QStringLiteral("AAMk") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Label *Mailbox::label(const QString &id)
{
    auto it = m_labels.find(id);
    return it == m_labels.end() ? nullptr : &it.value();
}

const Label *Mailbox::labelByName(const QString &name) const
{
    for (const Label &l : m_labels)
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return &l;
    return nullptr;
}

const Label *Mailbox::wellKnown(const QString &name) const
{
    for (const Label &l : m_labels)
        if (!l.wellKnown.isEmpty() && l.wellKnown.compare(name, Qt::CaseInsensitive) == 0)
            return &l;
    return nullptr;
}

QString Mailbox::addLabel(Label label)
{
    if (label.id.isEmpty())
        label.id = m_provider == Provider::Google ? QStringLiteral("Label_%1").arg(m_labels.size() + 1) : newId();
    const QString id = label.id;
    m_labels.insert(id, std::move(label));
    return id;
}

bool Mailbox::removeLabel(const QString &id)
{
    if (!m_labels.contains(id))
        return false;
    for (StoredMessage &m : m_messages)
        if (m.labels.contains(id))
            modify(m.id, {}, {id});
    m_labels.remove(id);
    return true;
}

StoredMessage *Mailbox::message(const QString &id)
{
    auto it = m_messages.find(id);
    return it == m_messages.end() ? nullptr : &it.value();
}

StoredMessage *Mailbox::messageByRestId(const QString &restId)
{
    const QString id = m_byRestId.value(restId);
    return id.isEmpty() ? nullptr : message(id);
}

QString Mailbox::threadOf(const mime::ParsedMessage &parsed) const
{
    QStringList ancestors = parsed.references;
    if (!parsed.inReplyTo.isEmpty())
        ancestors.append(parsed.inReplyTo);
    for (auto it = ancestors.crbegin(); it != ancestors.crend(); ++it) {
        const QString thread = m_threadByMessageId.value(*it);
        if (!thread.isEmpty())
            return thread;
    }
    return {};
}

QString Mailbox::addMessage(const QByteArray &raw, const QSet<QString> &labels, qint64 internalDateMs,
                            const QString &threadId, const QString &rfcMessageId)
{
    StoredMessage m;
    m.id = newId();
    m.restId = m.id;
    m.raw = raw;
    m.labels = labels;
    m.internalDateMs = internalDateMs;
    // A caller that names the Message-ID has also decided the thread (empty: a new one).
    QString messageId = rfcMessageId;
    if (messageId.isEmpty()) {
        const mime::ParsedMessage parsed = mime::parseMessage(raw);
        m.threadId = threadId.isEmpty() ? threadOf(parsed) : threadId;
        messageId = parsed.messageId;
    } else {
        m.threadId = threadId;
    }
    if (m.threadId.isEmpty())
        m.threadId = m_provider == Provider::Google ? m.id : QStringLiteral("AAQk") + m.id.mid(4);
    if (!messageId.isEmpty())
        m_threadByMessageId.insert(messageId, m.threadId);
    HistoryRecord r;
    r.type = HistoryRecord::MessageAdded;
    r.messageId = m.id;
    r.threadId = m.threadId;
    r.labelsAfter = QStringList(labels.cbegin(), labels.cend());
    m.historyId = m.changeSeq = record(r);
    m_byRestId.insert(m.restId, m.id);
    const QString id = m.id;
    m_messages.insert(id, std::move(m));
    return id;
}

bool Mailbox::modify(const QString &id, const QSet<QString> &add, const QSet<QString> &remove)
{
    StoredMessage *m = message(id);
    if (!m)
        return false;
    const QSet<QString> added = add - m->labels;
    const QSet<QString> removed = remove & m->labels;
    m->labels += added;
    m->labels -= removed;
    const QStringList after(m->labels.cbegin(), m->labels.cend());
    if (!added.isEmpty()) {
        HistoryRecord r{
            0, HistoryRecord::LabelsAdded, id, m->threadId, QStringList(added.cbegin(), added.cend()), after, {}};
        m->historyId = m->changeSeq = record(r);
    }
    if (!removed.isEmpty()) {
        HistoryRecord r{
            0, HistoryRecord::LabelsRemoved, id, m->threadId, QStringList(removed.cbegin(), removed.cend()), after, {}};
        for (const QString &l : removed)
            if (m_labels.contains(l) && m_provider == Provider::Microsoft)
                r.folderBefore = l;
        m->historyId = m->changeSeq = record(r);
    }
    return true;
}

bool Mailbox::moveToFolder(const QString &id, const QString &folderId, bool keepId)
{
    StoredMessage *m = message(id);
    if (!m || !m_labels.contains(folderId))
        return false;
    QSet<QString> folders;
    for (const QString &l : std::as_const(m->labels))
        if (m_labels.contains(l) && l != folderId)
            folders.insert(l);
    if (!keepId) {
        m_byRestId.remove(m->restId);
        m->restId = newId();
        m_byRestId.insert(m->restId, m->id);
    }
    modify(id, {folderId}, folders);
    return true;
}

bool Mailbox::removeMessage(const QString &id)
{
    StoredMessage *m = message(id);
    if (!m)
        return false;
    HistoryRecord r;
    r.type = HistoryRecord::MessageDeleted;
    r.messageId = id;
    r.threadId = m->threadId;
    for (const QString &l : std::as_const(m->labels))
        if (m_labels.contains(l))
            r.folderBefore = l;
    r.labelIds = QStringList(m->labels.cbegin(), m->labels.cend());
    record(r);
    m_byRestId.remove(m->restId);
    m_messages.remove(id);
    return true;
}

bool Mailbox::replaceRaw(const QString &id, const QByteArray &raw)
{
    StoredMessage *m = message(id);
    if (!m)
        return false;
    m->raw = raw;
    // No label changes: an empty LabelsAdded record marks "changed" for delta and history.
    HistoryRecord r{
        0, HistoryRecord::LabelsAdded, id, m->threadId, {}, QStringList(m->labels.cbegin(), m->labels.cend()), {}};
    m->historyId = m->changeSeq = record(r);
    return true;
}

quint64 Mailbox::record(HistoryRecord r)
{
    r.id = ++m_historyId;
    m_history.append(r);
    return r.id;
}

} // namespace em::sandbox
