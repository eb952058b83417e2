#pragma once

#include "storereader.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace em::store {

// A message list ready to show: the order of its messages and, when grouped, its
// conversations in the order their first message comes.
struct MessageList
{
    ListSource source;
    ListOrder order;
    bool grouped = false;
    MessageIndex index;
    // Grouped only. Conversation g starts at index position first[g] and has size[g]
    // messages; next[i] is the position of the message after i in its conversation
    // (-1 after the last), so a conversation's messages are walked without a search.
    QList<int> first, size, next;
};

// Groups an index by conversation in one pass (a hash of the conversations seen).
void groupConversations(MessageList *list);

// Loads message lists off the GUI thread, on a connection of its own: a list of a million
// messages takes a few hundred milliseconds to read, which the window must not wait for.
// Only the newest request is answered; older ones still queued are skipped.
class ListLoader : public QObject
{
    Q_OBJECT
public:
    explicit ListLoader(QString storePath, QObject *parent = nullptr);
    ~ListLoader() override;

    // Returns the request's ticket; loaded() carries it back.
    int load(const ListSource &source, const ListOrder &order, bool grouped);

Q_SIGNALS:
    void loaded(int ticket, const em::Result<em::store::MessageList> &list);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace em::store
