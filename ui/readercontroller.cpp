#include "readercontroller.h"

#include "mime/mimeparser.h"
#include "sync/accountsync.h"
#include "sync/syncscheduler.h"

namespace em::ui {

namespace {
constexpr int kConversationShown = 100; // the newest ones; a longer thread is rare and slow to lay out

// "Name <a@b>, c@d" as stored for the list, back into addresses for the header block
// while the message itself is not downloaded.
mime::AddressList addressesOf(const QString &display)
{
    mime::AddressList out;
    for (const QString &part : display.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        mime::Address a;
        const qsizetype open = part.lastIndexOf(u'<');
        if (open > 0 && part.endsWith(u'>')) {
            a.name = part.left(open).trimmed();
            a.address = part.mid(open + 1, part.size() - open - 2).trimmed();
        } else {
            a.address = part.trimmed();
        }
        out.append(a);
    }
    return out;
}
} // namespace

ReaderController::ReaderController(MessageView *view, store::StoreReader *reader, sync::SyncScheduler *scheduler,
                                   QObject *parent)
    : QObject(parent), m_view(view), m_reader(reader), m_scheduler(scheduler)
{
    connect(m_view, &MessageView::bodyNeeded, this, &ReaderController::onBodyNeeded);
}

void ReaderController::clear(const QString &placeholder)
{
    m_shown = 0;
    m_conversation.clear();
    m_withBody.clear();
    m_view->clear(placeholder);
}

std::optional<mime::ParsedMessage> ReaderController::parsed(qint64 messageId, bool keepAttachmentData)
{
    if (!m_reader) // the store could not be read: the window said so
        return std::nullopt;
    const Result<QByteArray> raw = m_reader->rawMessage(messageId);
    if (!raw) {
        Q_EMIT problem(raw.error());
        return std::nullopt;
    }
    if (raw.value().isEmpty())
        return std::nullopt;
    mime::ParseOptions options;
    options.keepAttachmentData = keepAttachmentData;
    return mime::parseMessage(raw.value(), options);
}

ReaderMessage ReaderController::readerMessage(const store::MessageSummary &s, bool withBody)
{
    ReaderMessage m;
    m.id = s.id;
    m.subject = s.subject;
    m.from = {s.fromName, s.fromAddress};
    m.dateMs = s.dateMs;
    m.snippet = s.snippet;
    const Result<store::MessageHeaders> h = m_reader->headers(s.id);
    if (h) {
        m.account = h.value().accountAddress;
        m.to = addressesOf(h.value().toList);
        m.cc = addressesOf(h.value().ccList);
    }
    if (withBody) {
        // Inline images are drawn from the parts' bytes: kept for the message shown.
        m.body = parsed(s.id, true);
        if (m.body) {
            m_withBody.insert(s.id);
            // The message's own headers are the better source once it is here.
            if (!m.body->to.isEmpty())
                m.to = m.body->to;
            if (!m.body->cc.isEmpty())
                m.cc = m.body->cc;
        }
    }
    return m;
}

void ReaderController::show(qint64 messageId, bool includeTrash)
{
    if (!m_reader) // the store could not be read: the window said so
        return;
    const Result<store::MessageHeaders> chosen = m_reader->headers(messageId);
    if (!chosen) {
        clear(tr("This message is no longer here."));
        return;
    }
    Result<QList<store::MessageSummary>> thread = m_reader->conversation(chosen.value().summary.threadId, includeTrash);
    QList<store::MessageSummary> messages = thread ? thread.value() : QList<store::MessageSummary>();
    bool present = false;
    for (const store::MessageSummary &s : std::as_const(messages))
        present = present || s.id == messageId;
    if (!present) // in a folder the conversation leaves out (Trash): it is shown anyway
        messages.append(chosen.value().summary);
    if (messages.size() > kConversationShown)
        messages = messages.mid(messages.size() - kConversationShown);
    QList<ReaderMessage> shown;
    m_conversation.clear();
    m_withBody.clear();
    for (const store::MessageSummary &s : std::as_const(messages)) {
        // Only the chosen message's body now; the others when they are expanded.
        shown.append(readerMessage(s, s.id == messageId));
        m_conversation.append(s.id);
    }
    m_shown = messageId;
    m_view->showConversation(shown, messageId);
}

void ReaderController::refreshShown()
{
    // Light: called as sync writes. The message read gone (deleted elsewhere): said so. An
    // expanded message whose body arrived meanwhile (prefetch): shown. Nothing else is
    // laid out again, so the reader does not jump while the user reads.
    if (!m_reader || m_shown == 0)
        return;
    if (!m_reader->headers(m_shown)) {
        clear(tr("This message is no longer here."));
        return;
    }
    for (qint64 id : std::as_const(m_conversation)) {
        if (m_withBody.contains(id) || !m_view->isExpanded(id))
            continue;
        const Result<store::MessageHeaders> h = m_reader->headers(id);
        if (h && h.value().hasBody)
            m_view->updateMessage(readerMessage(h.value().summary, true));
    }
}

void ReaderController::attach(sync::AccountSync *sync)
{
    for (const QPointer<sync::AccountSync> &s : std::as_const(m_syncs))
        if (s == sync)
            return;
    m_syncs.append(sync);
    connect(sync, &sync::AccountSync::bodyFetched, this, [this](const QString &remoteId, const Status &status) {
        const auto it = m_waiting.find(remoteId);
        if (it == m_waiting.end())
            return;
        const qint64 id = *it;
        m_waiting.erase(it);
        if (!m_conversation.contains(id))
            return; // the user moved on
        if (!status.ok()) {
            Q_EMIT problem(tr("The message could not be downloaded: %1").arg(status.error()));
            return;
        }
        const Result<QList<store::MessageSummary>> rows = m_reader->summaries({id});
        if (rows && !rows.value().isEmpty())
            m_view->updateMessage(readerMessage(rows.value().first(), true));
    });
}

void ReaderController::onBodyNeeded(qint64 messageId)
{
    if (!m_reader) // the store could not be read: the window said so
        return;
    const Result<store::MessageHeaders> h = m_reader->headers(messageId);
    if (!h)
        return;
    if (h.value().hasBody) {
        m_view->updateMessage(readerMessage(h.value().summary, true));
        return;
    }
    sync::AccountSync *sync = m_scheduler ? m_scheduler->account(h.value().summary.accountId) : nullptr;
    if (!sync) {
        Q_EMIT problem(tr("This message is not downloaded, and its account is not syncing now."));
        return;
    }
    attach(sync);
    m_waiting.insert(h.value().remoteId, messageId);
    sync->fetchBody(h.value().remoteId);
}

} // namespace em::ui
