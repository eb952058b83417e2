#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "mime/message.h"

namespace em::sandbox {

enum class Provider { Google, Microsoft };
QString providerName(Provider p); // "google" / "microsoft"

struct Label
{
    QString id;          // Gmail: "INBOX", "Label_12"; Graph: a folder id
    QString name;        // Gmail: "INBOX", "Work/Projects"; Graph: display name
    bool system = false; // Gmail system label / Graph well-known folder
    QString wellKnown;   // Graph: "inbox", "sentitems", ...; empty for user folders
    QString parentId;    // Graph: parent folder id; empty at the top
    QString background;  // Gmail label colour
    QString text;
    bool hidden = false; // Graph: hidden folder
};

struct StoredMessage
{
    QString id;       // immutable id (Gmail id; Graph ImmutableId)
    QString restId;   // Graph: the id a move changes unless ImmutableId is asked for; Gmail: == id
    QString threadId; // Gmail threadId; Graph conversationId
    QByteArray raw;
    QSet<QString> labels; // Gmail label ids; Graph: exactly one folder id plus "UNREAD"/"FLAGGED"/"DRAFT"
    qint64 internalDateMs = 0;
    quint64 historyId = 0; // the last change to this message
    quint64 changeSeq = 0; // same as historyId; kept for Graph delta
};

struct HistoryRecord
{
    enum Type { MessageAdded, MessageDeleted, LabelsAdded, LabelsRemoved };
    quint64 id = 0;
    Type type = MessageAdded;
    QString messageId;
    QString threadId;
    QStringList labelIds;    // the labels added or removed
    QStringList labelsAfter; // the message's labels after the change
    QString folderBefore;    // Graph: the folder the message was in before the change
};

// One user's mailbox: the single model behind the Gmail and the Graph APIs. Every change
// gets a new history id; history older than oldestHistoryId has expired.
class Mailbox
{
public:
    Mailbox(QString address, Provider provider, QString displayName);

    const QString &address() const { return m_address; }
    const QString &displayName() const { return m_displayName; }
    Provider provider() const { return m_provider; }

    // Labels (Gmail) or folders (Graph).
    const QMap<QString, Label> &labels() const { return m_labels; }
    Label *label(const QString &id);
    const Label *labelByName(const QString &name) const;
    const Label *wellKnown(const QString &name) const; // Graph folder by well-known name
    QString addLabel(Label label);                     // returns its id (made when empty)
    bool removeLabel(const QString &id);

    // Messages.
    const QMap<QString, StoredMessage> &messages() const { return m_messages; }
    StoredMessage *message(const QString &id);
    StoredMessage *messageByRestId(const QString &restId);
    // Threads by References/In-Reply-To, unless the caller names the RFC Message-ID: then
    // threadId is the thread (empty for a new one) and the raw message is not parsed.
    QString addMessage(const QByteArray &raw, const QSet<QString> &labels, qint64 internalDateMs,
                       const QString &threadId = {}, const QString &rfcMessageId = {});
    // Applies a label change; records history only for what actually changed.
    bool modify(const QString &id, const QSet<QString> &add, const QSet<QString> &remove);
    // Graph move: the one folder label swapped; a new REST id unless keepId.
    bool moveToFolder(const QString &id, const QString &folderId, bool keepId);
    bool removeMessage(const QString &id);

    // History (Gmail history.list, Graph delta).
    quint64 historyId() const { return m_historyId; }
    quint64 oldestHistoryId() const { return m_oldestHistoryId; }
    void expireHistory() { m_oldestHistoryId = m_historyId; }
    const QList<HistoryRecord> &history() const { return m_history; }
    // Graph delta tokens carry this epoch: bumping it invalidates them all (410).
    int deltaEpoch() const { return m_deltaEpoch; }
    void invalidateDeltaTokens() { ++m_deltaEpoch; }

    QString newId(); // deterministic 16-hex-digit id

    // Graph: an edited draft or an added attachment replaces the MIME; recorded as a change.
    bool replaceRaw(const QString &id, const QByteArray &raw);

private:
    quint64 record(HistoryRecord r);
    QString threadOf(const mime::ParsedMessage &parsed) const; // the thread of an ancestor we hold

    QString m_address;
    Provider m_provider;
    QString m_displayName;
    QMap<QString, Label> m_labels;
    QMap<QString, StoredMessage> m_messages;
    QHash<QString, QString> m_byRestId;
    QHash<QString, QString> m_threadByMessageId; // RFC Message-ID -> thread
    QList<HistoryRecord> m_history;
    quint64 m_historyId = 1000;
    quint64 m_oldestHistoryId = 1000;
    quint64 m_idCounter = 0;
    int m_deltaEpoch = 1;
};

} // namespace em::sandbox
