#pragma once

#include "messageview.h"
#include "store/storereader.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace em::sync {
class SyncScheduler;
class AccountSync;
} // namespace em::sync

namespace em::ui {

// Feeds the reader pane: the conversation of the message chosen in the list, its bodies
// from the store, and from the provider (ahead of background work) when they are not
// downloaded yet.
class ReaderController : public QObject
{
    Q_OBJECT
public:
    ReaderController(MessageView *view, store::StoreReader *reader, sync::SyncScheduler *scheduler,
                     QObject *parent = nullptr);

    // The conversation of this message, with this one expanded. Messages only in Trash or
    // Spam are part of it only when the user reads one of those.
    void show(qint64 messageId, bool includeTrash);
    void clear(const QString &placeholder);
    qint64 shownMessage() const { return m_shown; }
    // The stored message parsed, its attachments' bytes kept when asked (opening, saving);
    // nullopt when the body is not downloaded or cannot be read (problem() says why).
    std::optional<mime::ParsedMessage> parsed(qint64 messageId, bool keepAttachmentData);
    // After a store change: bodies that arrived meanwhile are shown.
    void refreshShown();

Q_SIGNALS:
    void problem(const QString &text);

private:
    ReaderMessage readerMessage(const store::MessageSummary &summary, bool withBody);
    void onBodyNeeded(qint64 messageId);
    void attach(sync::AccountSync *sync);

    MessageView *m_view;
    store::StoreReader *m_reader;
    QPointer<sync::SyncScheduler> m_scheduler;
    qint64 m_shown = 0;
    QList<qint64> m_conversation;
    QSet<qint64> m_withBody;                    // shown with their body
    QHash<qint64, QString> m_accounts;          // account id -> address, for the header block
    QHash<QString, qint64> m_waiting;           // remote id -> message id, bodies being fetched
    QList<QPointer<sync::AccountSync>> m_syncs; // whose bodyFetched is connected
};

} // namespace em::ui
